"""Markdown and HTML reports: one file a person can read, print or send on.

The HTML is self-contained (styles inline, no scripts, no fonts or images from
anywhere) so that it opens the same on a locked-down council laptop and prints
cleanly.
"""

from __future__ import annotations

import html
from datetime import date

from qa_checker.checks import REGISTRY
from qa_checker.findings import Finding
from qa_checker.pipeline import FileResult
from qa_checker.render.text import GRADE_WORDS, check_title, grouped_findings, template_line

CSS = """
body{font-family:Arial,Helvetica,sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#1b1b1b;line-height:1.5}
h1{font-size:1.6em}h2{font-size:1.3em;border-bottom:2px solid #1d4f91;padding-bottom:.2em;margin-top:2em}
h3{font-size:1.1em;margin-top:1.5em}
.grade{display:inline-block;padding:.2em .6em;border-radius:4px;font-weight:bold;color:#fff}
.good{background:#00703c}.requires-improvement{background:#8a5a00}.inadequate{background:#b00020}
.finding{border-left:6px solid #1d4f91;padding:.4em .8em;margin:.8em 0;background:#f7f7f7;page-break-inside:avoid}
.finding.error{border-color:#b00020}.finding.warning{border-color:#8a5a00}.finding.info{border-color:#1d4f91}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8em;margin-right:.5em}
blockquote{margin:.4em 0;padding:.3em .6em;background:#fff;border:1px solid #ccc}
mark{background:#ffd54f;color:#000;padding:0 .1em}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #ddd}
.why{color:#505050;font-size:.9em}.error-box{border:2px solid #b00020;padding:.5em 1em}
@media print{body{margin:0;max-width:none}a{color:#000}}
"""


def _mark(context: str, excerpt: str) -> str:
    where = context.find(excerpt) if excerpt else -1
    if where < 0:
        return html.escape(context)
    return (html.escape(context[:where]) + "<mark>" + html.escape(excerpt) + "</mark>"
            + html.escape(context[where + len(excerpt):]))


def _finding_html(finding: Finding) -> str:
    parts = [f'<div class="finding {finding.severity}"><p><span class="sev">{finding.severity}</span>'
             f"{html.escape(finding.message)}</p>"]
    if finding.excerpt:
        parts.append(f"<blockquote>{_mark(finding.context or finding.excerpt, finding.excerpt)}</blockquote>")
    if finding.suggestion:
        parts.append(f"<p><strong>Try:</strong> {html.escape(finding.suggestion)}</p>")
    check = REGISTRY.get(finding.rule)
    if check is not None:
        parts.append(f'<p class="why">Why: {html.escape(check.source)} ({html.escape(finding.rule)})</p>')
    return "".join(parts) + "</div>"


def render_html(results: list[FileResult]) -> str:
    body = [f"<h1>qa-checker: feedback on {len(results)} report{'s' * (len(results) != 1)}</h1>",
            f"<p>Checked on {date.today():%-d %B %Y}. Nothing in this page left your computer.</p>"]
    for result in results:
        body.append(f"<h2>{html.escape(result.path)}</h2>")
        if result.error is not None:
            body.append(f'<div class="error-box"><p><strong>Could not check this file:</strong> '
                        f"{html.escape(result.error.message)} (code: {html.escape(result.error.code)})</p></div>")
            continue
        report, score = result.report, result.score
        assert report is not None and score is not None
        body.append(f"<p>{html.escape(template_line(report))}</p>")
        body.append(f'<p>Score: <strong>{score.value}/100</strong> <span class="grade {score.grade}">'
                    f"{GRADE_WORDS[score.grade]}</span></p>")
        if score.lost:
            rows = "".join(f"<tr><td>{html.escape(check_title(i['rule']))}</td><td>{i['findings']}</td>"
                           f"<td>-{i['points']:g}</td></tr>" for i in score.lost)
            body.append(f"<table><tr><th>Check</th><th>Findings</th><th>Points</th></tr>{rows}</table>")
        rows = "".join(f"<tr><td>{html.escape(report.section_name(s.id))}</td><td>{html.escape(s.heading)}</td>"
                       f"<td>{'empty' if s.empty else s.words}</td></tr>" for s in report.sections)
        body.append(f"<h3>Sections found</h3><table><tr><th>Section</th><th>Heading as written</th>"
                    f"<th>Words</th></tr>{rows}</table>")
        if not result.findings:
            body.append("<p>Nothing to change: the report meets the guidance these checks look for.</p>")
        for section, findings in grouped_findings(result):
            title = "The whole report" if section is None else section.heading
            body.append(f"<h3>{html.escape(title)}</h3>")
            body.extend(_finding_html(f) for f in findings)
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>qa-checker feedback</title><style>{CSS}</style></head><body><main>"
            + "\n".join(body) + "</main></body></html>\n")


def _md(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")


def render_markdown(results: list[FileResult]) -> str:
    out = [f"# qa-checker: feedback on {len(results)} report{'s' * (len(results) != 1)}", ""]
    for result in results:
        out += [f"## {_md(result.path)}", ""]
        if result.error is not None:
            out += [f"**Could not check this file:** {_md(result.error.message)} (code: {result.error.code})", ""]
            continue
        report, score = result.report, result.score
        assert report is not None and score is not None
        out += [_md(template_line(report)), "", f"**Score: {score.value}/100, {GRADE_WORDS[score.grade]}**", ""]
        if score.lost:
            out += ["| Check | Findings | Points |", "|---|---|---|"]
            out += [f"| {_md(check_title(i['rule']))} | {i['findings']} | -{i['points']:g} |" for i in score.lost]
            out.append("")
        out += ["| Section | Heading as written | Words |", "|---|---|---|"]
        out += [f"| {_md(report.section_name(s.id))} | {_md(s.heading)} | {'empty' if s.empty else s.words} |"
                for s in report.sections]
        out.append("")
        for section, findings in grouped_findings(result):
            out += [f"### {_md('The whole report' if section is None else section.heading)}", ""]
            for finding in findings:
                out.append(f"- **{finding.severity}**: {_md(finding.message)}")
                if finding.excerpt:
                    context = finding.context or finding.excerpt
                    marked = _md(context).replace(_md(finding.excerpt), f"**{_md(finding.excerpt)}**", 1)
                    out.append(f"  > {marked}")
                if finding.suggestion:
                    out.append(f"  - Try: {_md(finding.suggestion)}")
                check = REGISTRY.get(finding.rule)
                if check is not None:
                    out.append(f"  - Why: {_md(check.source)} (`{finding.rule}`)")
            out.append("")
    return "\n".join(out) + "\n"
