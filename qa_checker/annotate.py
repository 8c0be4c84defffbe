"""A copy of the author's own Word file with one comment per finding, anchored on the words it is about.

The report itself is never changed: the copy keeps its formatting, tables and
tracked changes, and only gains Word comments (author "qa-checker"). A finding
about a missing section is anchored on the nearest heading; findings about the
whole report, and the score, go in a summary comment at the top.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml import etree

from qa_checker.findings import Finding
from qa_checker.ingest.docx_reader import DEL, MOVE_FROM, SDT, SDT_PR, P, T, W, paragraph_elements
from qa_checker.pipeline import Checker, FileResult
from qa_checker.render.text import GRADE_WORDS, check_title

AUTHOR = "qa-checker"
_R = f"{{{W}}}r"


class AnnotateError(ValueError):
    """A reason the copy cannot be written, in plain words."""


@dataclass
class Annotated:
    result: FileResult
    comments: int
    anchored_exactly: int


def annotate(source: Path, output: Path, checker: Checker, result: FileResult | None = None) -> Annotated:
    """Write the annotated copy; `result` is the report already checked, when the caller has it."""
    if output.resolve() == source.resolve():
        raise AnnotateError("The output file is the report itself; qa-checker never changes a report. "
                            "Choose another name, for example report-reviewed.docx.")
    result = result or checker.check_file(source)
    if result.error is not None:
        raise AnnotateError(result.error.message)
    if result.report is not None and result.report.document.kind != "docx":
        raise AnnotateError("Comments can only be added to the Word (.docx) file. For a PDF, use "
                            "`qa-checker check REPORT.pdf --format html --output feedback.html` instead.")
    document = docx.Document(str(source))
    elements = paragraph_elements(document)
    comments = exact = 0
    whole_report: list[Finding] = []
    for finding in result.findings:
        element = _element_for(finding, elements)
        if element is None:
            whole_report.append(finding)
            continue
        runs, precise = _anchor(document, element, finding.excerpt)
        if not runs:
            whole_report.append(finding)
            continue
        document.add_comment(runs, text=_comment_text(finding), author=AUTHOR, initials="QA")
        comments += 1
        exact += precise
    first = _first_runs(document, elements)
    if first:
        document.add_comment(first, text=_summary(result, whole_report), author=AUTHOR, initials="QA")
        comments += 1
    document.save(str(output))
    return Annotated(result, comments, exact)


def _element_for(finding: Finding, elements: list[etree._Element]) -> etree._Element | None:
    number = finding.location.paragraph
    if number is None or not 1 <= number <= len(elements):
        return None
    return elements[number - 1]


def _text_runs(paragraph: etree._Element) -> list[etree._Element]:
    """The runs whose text the reader counted: not deleted text, not an empty control's prompt."""
    runs = []
    for run in paragraph.iter(_R):
        skip = False
        for ancestor in run.iterancestors():
            if ancestor.tag in (DEL, MOVE_FROM):
                skip = True
            if ancestor.tag == SDT:
                pr = ancestor.find(SDT_PR)
                skip = skip or (pr is not None and pr.find(f"{{{W}}}showingPlcHdr") is not None)
            if ancestor.tag == P:
                break
        if not skip:
            runs.append(run)
    return runs


def _run_text(run: etree._Element) -> str:
    return "".join(t.text or "" for t in run.iter(T))


def _split(run: etree._Element, at: int) -> etree._Element:
    """Split a one-text run at `at` characters; return the new second half (inserted after)."""
    texts = list(run.iter(T))
    second = copy.deepcopy(run)
    first_t, second_t = texts[0], next(second.iter(T))
    whole = first_t.text or ""
    first_t.text, second_t.text = whole[:at], whole[at:]
    for t in (first_t, second_t):
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.addnext(second)
    return second


def _anchor(document: docx.document.Document, paragraph: etree._Element, excerpt: str) -> tuple[list[Run], bool]:
    runs = _text_runs(paragraph)
    if not runs:
        return [], False
    proxy = DocxParagraph(paragraph, document._body)
    texts = [_run_text(r) for r in runs]
    joined = "".join(texts).replace("\u00a0", " ")
    start = joined.find(excerpt) if excerpt else -1
    if start < 0:
        return [Run(r, proxy) for r in runs], False  # the whole paragraph
    end = start + len(excerpt)
    chosen: list[etree._Element] = []
    position = 0
    for run, text in zip(runs, texts, strict=True):
        run_start, run_end = position, position + len(text)
        position = run_end
        if run_end <= start or run_start >= end or not text:
            continue
        simple = len(list(run.iter(T))) == 1
        piece = run
        if simple and run_start < start:
            piece = _split(run, start - run_start)
            run_start = start
        if simple and run_end > end:
            _split(piece, end - run_start)
        chosen.append(piece)
    if not chosen:
        return [Run(r, proxy) for r in runs], False
    return [Run(chosen[0], proxy), Run(chosen[-1], proxy)], True


def _first_runs(document: docx.document.Document, elements: list[etree._Element]) -> list[Run]:
    for element in elements:
        runs = _text_runs(element)
        if runs and any(_run_text(r).strip() for r in runs):
            return [Run(r, DocxParagraph(element, document._body)) for r in runs]
    return []


def _comment_text(finding: Finding) -> str:
    text = finding.message
    if finding.suggestion:
        text += f"\nTry: {finding.suggestion}"
    return f"{text}\n({finding.rule})"


def _summary(result: FileResult, whole_report: list[Finding]) -> str:
    report, score = result.report, result.score
    assert report is not None and score is not None
    lines = [f"qa-checker: {score.value}/100, {GRADE_WORDS[score.grade]}. Template: {report.profile.name}.",
             f"{len(result.findings)} finding(s); each is a comment on the words it is about."]
    if score.lost:
        lost = "; ".join(f"{check_title(i['rule'])} -{i['points']:g}" for i in score.lost)
        lines.append(f"Points lost: {lost}.")
    for finding in whole_report:
        lines.append(f"- {finding.message}" + (f" Try: {finding.suggestion}" if finding.suggestion else ""))
    return "\n".join(lines)
