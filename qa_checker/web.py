"""`qa-checker serve`: a page on this computer for people who never open a terminal.

Drop or pick one or more reports, read the feedback with each finding marked in
the report's own text, and download the annotated Word copy, the HTML report and
the JSON. Nothing is kept: each upload is checked in a private temporary folder
that is deleted before the answer is sent, and everything the page offers for
download travels inside that one answer. The server listens on 127.0.0.1 only,
unless told otherwise; every form carries a random token, so another program
on the machine cannot post to it; the log records requests, never report text.
"""

from __future__ import annotations

import base64
import html
import re
import secrets
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

from starlette.applications import Starlette
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from qa_checker.config import finding_id
from qa_checker.errors import InputError
from qa_checker.findings import Finding
from qa_checker.pipeline import Checker, FileResult, Options
from qa_checker.render.documents import CSS, render_html
from qa_checker.render.json_out import render_json
from qa_checker.render.text import GRADE_WORDS, check_title, grouped_findings, template_line
from qa_checker.sections import load_rules

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_FILES = 10
TOKEN_SECONDS = 4 * 3600

_PAGE_CSS = CSS + """
.skip{position:absolute;left:-999px}.skip:focus{left:1em;top:1em;background:#fff;padding:.5em;z-index:9}
:focus{outline:3px solid #ffbf47;outline-offset:2px}
label{font-weight:bold;display:block;margin:.8em 0 .3em}
.drop{border:3px dashed #1d4f91;padding:1.5em;text-align:center;border-radius:8px;background:#f3f6fb}
.drop.over{background:#dfe9f7}
button,.button{font-size:1.1em;padding:.5em 1.2em;background:#00703c;color:#fff;border:0;border-radius:4px;
  cursor:pointer;text-decoration:none;display:inline-block;margin:.3em .5em .3em 0}
.button.secondary{background:#1d4f91}
.report-text{border:1px solid #ccc;padding:.5em 1em;max-height:40em;overflow:auto;background:#fff}
.report-text h4{margin:1em 0 .2em}
.problem{border:2px solid #b00020;padding:.5em 1em}
"""


class _Tokens:
    """Random tokens handed out with the page; a post must bring one back (and it is used once)."""

    def __init__(self) -> None:
        self._issued: dict[str, float] = {}
        self._lock = threading.Lock()

    def new(self) -> str:
        token = secrets.token_urlsafe(24)
        with self._lock:
            now = time.monotonic()
            self._issued = {t: at for t, at in self._issued.items() if now - at < TOKEN_SECONDS}
            self._issued[token] = now
        return token

    def use(self, token: str) -> bool:
        with self._lock:
            return self._issued.pop(token, None) is not None


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)}</title><style>{_PAGE_CSS}</style></head><body>"
            "<a class=\"skip\" id=\"skip\" href=\"#main\">Skip to the main content</a>"
            f"<main id=\"main\">{body}</main></body></html>\n")


_DROP_SCRIPT = """
<script>
(function(){
  var zone=document.getElementById('drop'), input=document.getElementById('reports');
  ['dragenter','dragover'].forEach(function(e){zone.addEventListener(e,function(ev){ev.preventDefault();
    zone.classList.add('over');});});
  ['dragleave','drop'].forEach(function(e){zone.addEventListener(e,function(ev){ev.preventDefault();
    zone.classList.remove('over');});});
  zone.addEventListener('drop',function(ev){input.files=ev.dataTransfer.files;
    document.getElementById('chosen').textContent=input.files.length+' file(s) chosen';});
})();
</script>"""


def upload_form(token: str, templates: list[tuple[str, str]], message: str = "", chosen: str | None = None) -> str:
    """The page to choose a report on; `chosen` is the partnership's own form (qa-checker.toml), pre-selected."""
    options = "".join(f'<option value="{html.escape(i)}"{" selected" if i == chosen else ""}>{html.escape(n)}</option>'
                      for i, n in templates)
    problem = f'<div class="problem" role="alert"><p>{html.escape(message)}</p></div>' if message else ""
    return _page("qa-checker: check a report", f"""
<h1>Check a report to a child protection conference</h1>
<p>Choose your report (Word or PDF). It is checked on this computer and is not kept or sent anywhere.</p>
{problem}
<form method="post" action="/check" enctype="multipart/form-data">
  <input type="hidden" name="token" value="{token}">
  <div class="drop" id="drop">
    <label for="reports">Your report (.docx or .pdf), or drop it here</label>
    <input type="file" id="reports" name="reports" accept=".docx,.pdf" multiple required>
    <p id="chosen" aria-live="polite"></p>
  </div>
  <label for="template">The form it was written on</label>
  <select id="template" name="template">
    <option value="">Work it out from the report</option>{options}
  </select>
  <p><button type="submit">Check my report</button></p>
</form>{_DROP_SCRIPT}""")


def _marked_text(result: FileResult) -> str:
    """The report's own words, section by section, with each finding's words marked and linked."""
    report = result.report
    assert report is not None
    by_paragraph: dict[int, list[Finding]] = {}
    for finding in result.findings:
        if finding.excerpt and finding.location.paragraph:
            by_paragraph.setdefault(finding.location.paragraph, []).append(finding)
    parts = []
    for section in report.sections:
        parts.append(f"<h4>{html.escape(section.heading)}</h4>")
        for unit in section.content:
            text = html.escape(unit.text)
            for finding in by_paragraph.get(unit.location.paragraph or -1, []):
                words = html.escape(finding.excerpt)
                if words and words in text:
                    title = html.escape(check_title(finding.rule))
                    mark = f'<mark id="m-{finding_id(finding)}" title="{title}">{words}</mark>'
                    text = text.replace(words, mark, 1)
            parts.append(f"<p>{text}</p>")
    return "".join(parts)


def _download(label: str, name: str, kind: str, data: bytes, secondary: bool = False) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return (f'<a class="button{" secondary" if secondary else ""}" download="{html.escape(name)}" '
            f'href="data:{kind};base64,{encoded}">{html.escape(label)}</a>')


def _result_block(result: FileResult, name: str, annotated: bytes | None) -> str:
    if result.error is not None:
        return (f'<section><h2>{html.escape(name)}</h2><div class="problem" role="alert"><p>'
                f"{html.escape(result.error.message)}</p></div></section>")
    report, score = result.report, result.score
    assert report is not None and score is not None
    stem = Path(name).stem
    downloads = []
    if annotated is not None:
        downloads.append(_download("Download your Word file with comments", f"{stem}-reviewed.docx",
                                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   annotated))
    downloads.append(_download("Download this feedback (HTML)", f"{stem}-feedback.html", "text/html",
                               render_html([result]).encode("utf-8"), secondary=True))
    downloads.append(_download("Download the results (JSON)", f"{stem}-results.json", "application/json",
                               render_json([result]).encode("utf-8"), secondary=True))
    findings = []
    for section, items in grouped_findings(result):
        findings.append(f"<h3>{html.escape('The whole report' if section is None else section.heading)}</h3>")
        for finding in items:
            link = f' <a href="#m-{finding_id(finding)}">see it in your report</a>' if finding.excerpt else ""
            quote = f"<blockquote>{html.escape(finding.excerpt)}</blockquote>" if finding.excerpt else ""
            findings.append(f'<div class="finding {finding.severity}"><p><span class="sev">{finding.severity}</span>'
                            f"{html.escape(finding.message)}{link}</p>{quote}"
                            f"<p><strong>Try:</strong> {html.escape(finding.suggestion)}</p></div>")
    return (f"<section><h2>{html.escape(name)}</h2><p>{html.escape(template_line(report))}</p>"
            f'<p class="score">Score: <strong>{score.value}/100</strong> <span class="grade {score.grade}">'
            f"{GRADE_WORDS[score.grade]}</span></p><p>{''.join(downloads)}</p>"
            f"<h3>Your report, with each point marked</h3><div class=\"report-text\">{_marked_text(result)}</div>"
            f"<h3>What to change</h3>{''.join(findings) or '<p>Nothing to change.</p>'}</section>")


def create_app(options: Options | None = None) -> Starlette:
    from qa_checker.annotate import AnnotateError, annotate

    checker = Checker(options or Options())
    templates = [(p.id, p.name) for p in load_rules(checker.options.rules_dirs).profiles.values()]
    tokens = _Tokens()
    busy = threading.BoundedSemaphore(4)  # at most four reports checked at once: bounded memory
    # Keyed by the template asked for; None is "work it out from the report".
    checkers: dict[str | None, Checker] = {checker.options.template: checker}
    chosen = checker.options.template
    checkers_lock = threading.Lock()

    def _checker_for(template: str | None) -> Checker:
        """One checker per template asked for, made once: rule data and matchers are not rebuilt per upload."""
        with checkers_lock:
            if template not in checkers:
                checkers[template] = Checker(replace(checker.options, template=template))
            return checkers[template]

    async def home(request: Request) -> Response:
        return HTMLResponse(upload_form(tokens.new(), templates, chosen=chosen), headers=_NO_STORE)

    async def check(request: Request) -> Response:
        if int(request.headers.get("content-length") or 0) > MAX_FILES * MAX_UPLOAD_BYTES:
            return HTMLResponse(upload_form(tokens.new(), templates, "That is more than this page can take at once. "
                                            "Please check one report at a time.", chosen=chosen), status_code=413,
                                headers=_NO_STORE)
        try:
            form = await request.form(max_files=MAX_FILES, max_fields=10, max_part_size=MAX_UPLOAD_BYTES)
        except MultiPartException:
            return HTMLResponse(upload_form(tokens.new(), templates, f"That file is larger than "
                                            f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MB, or there are more than "
                                            f"{MAX_FILES} files. Conference reports are usually well under 1 MB: "
                                            "please check it is the right file.", chosen=chosen),
                                status_code=413, headers=_NO_STORE)
        try:
            if not tokens.use(str(form.get("token", ""))):
                return HTMLResponse(upload_form(tokens.new(), templates, "This page had expired. Please choose "
                                                "your report again.", chosen=chosen),
                                    status_code=403, headers=_NO_STORE)
            template = str(form.get("template") or "") or None
            template = template if template in dict(templates) else None  # only the profiles offered
            uploads = [u for u in form.getlist("reports") if hasattr(u, "read")]
            if not uploads:
                return HTMLResponse(upload_form(tokens.new(), templates, "Please choose a report to check.",
                                                chosen=chosen),
                                    status_code=400, headers=_NO_STORE)
            blocks = []
            with tempfile.TemporaryDirectory(prefix="qa-checker-") as folder:
                for index, upload in enumerate(uploads):
                    name = _safe_name(upload.filename or f"report-{index + 1}")
                    path = Path(folder) / f"{index}-{name}"
                    if (upload.size or 0) > MAX_UPLOAD_BYTES:
                        blocks.append(_result_block(FileResult(path=name, error=InputError(
                            "too-large", limit=f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MB")), name, None))
                        continue
                    path.write_bytes(await upload.read())
                    blocks.append(await _check_one(path, name, template))
            # The temporary folder and every copy of the upload are gone before the answer is sent.
        finally:
            await form.close()  # and starlette's own spooled copies of the uploads
        body = (f"<h1>Feedback on your report{'s' if len(blocks) > 1 else ''}</h1>{''.join(blocks)}"
                f'<p><a class="button secondary" href="/">Check another report</a></p>')
        return HTMLResponse(_page("qa-checker: feedback", body), headers=_NO_STORE)

    async def _check_one(path: Path, name: str, template: str | None) -> str:
        import anyio

        def work() -> str:
            with busy:
                local = _checker_for(template)
                result = local.check_file(path)
                result.path = name
                annotated = None
                if result.error is None and result.report is not None and result.report.document.kind == "docx":
                    output = path.with_name(path.stem + "-reviewed.docx")
                    try:
                        annotate(path, output, local, result)
                        annotated = output.read_bytes()
                    except (AnnotateError, OSError):
                        annotated = None
                return _result_block(result, name, annotated)

        return await anyio.to_thread.run_sync(work)

    return Starlette(routes=[Route("/", home), Route("/check", check, methods=["POST"])])


_NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
             "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                        "img-src data:; form-action 'self'"}


def _safe_name(name: str) -> str:
    name = Path(name).name
    return re.sub(r"[^\w.\- ]+", "_", name)[:120] or "report"
