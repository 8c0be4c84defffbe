"""Text output for people, with rich: what was found, what is missing, in plain words."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qa_checker.pipeline import FileResult
from qa_checker.sections import MappedReport, Section
from qa_checker.sections.mapper import DATA_SECTIONS

_GRADE_STYLE = {"good": "green", "requires-improvement": "yellow", "inadequate": "red"}
_GRADE_WORDS = {"good": "good", "requires-improvement": "requires improvement", "inadequate": "inadequate"}


def render_text(results: list[FileResult], console: Console) -> None:
    for index, result in enumerate(results):
        if index:
            console.print()
        if result.error is not None:
            console.print(f"[bold]{escape(result.path)}[/bold]")
            console.print(f"  [red]Could not check this file[/red] ({result.error.code}): "
                          f"{escape(result.error.message)}")
            continue
        _render_report(result, console)
    checked = [r for r in results if r.error is None]
    failed = len(results) - len(checked)
    if len(results) > 1:
        console.print()
        console.print(f"Checked {len(checked)} file(s)" + (f"; {failed} could not be read." if failed else "."))


def _render_report(result: FileResult, console: Console) -> None:
    report = result.report
    assert report is not None and result.score is not None
    detection = report.detection
    console.print(f"[bold]{escape(result.path)}[/bold]")
    if detection.fallback:
        template_line = (f"Template: {report.profile.name} - the form could not be recognised with confidence "
                         f"({detection.confidence:.2f}), so the generic checks were used. "
                         "Use --template to name it.")
    elif detection.detected:
        template_line = f"Template: {report.profile.name} (recognised, confidence {detection.confidence:.2f})"
    else:
        template_line = f"Template: {report.profile.name} (as asked)"
    console.print(f"  {escape(template_line)}")
    grade = result.score.grade
    console.print(f"  Score: [{_GRADE_STYLE[grade]}]{result.score.value}/100, {_GRADE_WORDS[grade]}"
                  f"[/{_GRADE_STYLE[grade]}]")

    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
    table.add_column("Section")
    table.add_column("Heading as written")
    table.add_column("Words", justify="right")
    for section in report.sections:
        words = _words_cell(report, section)
        table.add_row(escape(report.section_name(section.id) if section.id != "other" else "(other)"),
                      escape(_shorten(section.heading)), words)
    console.print(table)
    if report.people.children:
        names = ", ".join(c.name for c in report.people.children)
        console.print(f"  Children named: {escape(names)}")
    for finding in result.findings:
        colour = {"error": "red", "warning": "yellow", "info": "cyan"}[finding.severity]
        console.print(f"  [{colour}]{finding.severity}[/{colour}] {escape(finding.message)}")
        if finding.suggestion:
            console.print(f"      Suggestion: {escape(finding.suggestion)}")
    if not result.findings:
        console.print("  [green]Every section the template asks for is there.[/green]")


def _words_cell(report: MappedReport, section: Section) -> str:
    spec = report.profile.spec(section.id)
    if section.empty and spec and any(report.has_content(sub) for sub in spec.satisfied_by):
        return "see below"  # a heading that groups sub-sections ("What are we worried about now?")
    if section.empty:
        return "empty"
    if section.id in DATA_SECTIONS:
        return "details"  # names, dates and roles: not counted as writing
    return str(section.words)


def _shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
