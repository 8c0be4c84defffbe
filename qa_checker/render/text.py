"""Text output for people, with rich: findings grouped by section in document order, each with its words
highlighted in place, why it matters, the guidance it comes from, and what to do."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qa_checker.checks import REGISTRY
from qa_checker.findings import Finding
from qa_checker.pipeline import FileResult
from qa_checker.sections import MappedReport, Section
from qa_checker.sections.mapper import DATA_SECTIONS

_GRADE_STYLE = {"good": "green", "requires-improvement": "yellow", "inadequate": "red"}
GRADE_WORDS = {"good": "good", "requires-improvement": "requires improvement", "inadequate": "inadequate"}
_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render_text(results: list[FileResult], console: Console) -> None:
    for index, result in enumerate(results):
        if index:
            console.print()
        if result.error is not None:
            console.print(f"[bold]{escape(result.path)}[/bold]")
            console.print(f"  [red]Could not check this file:[/red] {escape(result.error.message)} "
                          f"(code: {result.error.code})")
            continue
        _render_report(result, console)
    checked = [r for r in results if r.error is None]
    failed = len(results) - len(checked)
    if len(results) > 1:
        console.print()
        console.print(f"Checked {len(checked)} file(s)" + (f"; {failed} could not be read." if failed else "."))


def template_line(report: MappedReport) -> str:
    detection = report.detection
    choose = ("If you know which form it is, choose it (on the command line: --template NAME; for every report: "
              "template = \"NAME\" in qa-checker.toml) and check again.")
    if detection.foreign:
        return (f"Template: {report.profile.name}. The form names {detection.foreign}, whose form qa-checker does "
                "not know, so it used the checks most forms share. A partnership can add its own form as rule data.")
    if detection.fallback and detection.candidates:
        names = {p.id: p.name for p in report.ruleset.profiles.values()}
        could = "; or ".join(f"{names[pid]} ({', '.join(detection.evidence.get(pid, []))})"
                             for pid in detection.candidates)
        return (f"Template: {report.profile.name}. qa-checker is not sure which partnership's form this is. It could "
                f"be {could}. It used the checks most forms share, and calls a section missing only if every one "
                f"of those forms asks for it. {choose}")
    if detection.fallback:
        return (f"Template: {report.profile.name}. qa-checker could not tell which partnership's form this is, "
                f"so it used the checks most forms share. {choose}")
    if detection.detected:
        evidence = detection.evidence.get(report.profile.id, [])
        return f"Template: {report.profile.name} (recognised: {', '.join(evidence) or 'from its headings'})"
    return f"Template: {report.profile.name} (as you chose)"


def check_title(rule: str) -> str:
    """The few plain words people see for a check ("Long sentences"); the id where no check has it."""
    check = REGISTRY.get(rule)
    return check.title if check is not None else rule


def grouped_findings(result: FileResult) -> list[tuple[Section | None, list[Finding]]]:
    """Findings by section in document order; findings about the whole report first."""
    report = result.report
    assert report is not None
    by_section: dict[int, list[Finding]] = {}
    whole: list[Finding] = []
    for finding in result.findings:
        target = _section_of(report, finding)
        if target is None:
            whole.append(finding)
        else:
            by_section.setdefault(report.sections.index(target), []).append(finding)
    groups: list[tuple[Section | None, list[Finding]]] = [(None, whole)] if whole else []
    for index in sorted(by_section):
        items = sorted(by_section[index], key=lambda f: (f.location.paragraph or 0, f.location.page or 0))
        groups.append((report.sections[index], items))
    return groups


def _section_of(report: MappedReport, finding: Finding) -> Section | None:
    if finding.section is None:
        return None
    for section in report.sections:
        if section.id == finding.section and (finding.heading is None or section.heading == finding.heading):
            return section
    return None


def _render_report(result: FileResult, console: Console) -> None:
    report = result.report
    assert report is not None and result.score is not None
    console.print(f"[bold]{escape(result.path)}[/bold]")
    console.print(f"  {escape(template_line(report))}")
    grade = result.score.grade
    console.print(f"  Score: [{_GRADE_STYLE[grade]}]{result.score.value}/100, {GRADE_WORDS[grade]}"
                  f"[/{_GRADE_STYLE[grade]}]")
    if result.score.lost:
        lost = "; ".join(f"{check_title(item['rule'])} -{item['points']:g} ({item['findings']} found)"
                         for item in result.score.lost)
        console.print(f"  Points lost: {escape(lost)}")

    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 2))
    table.add_column("Section")
    table.add_column("Heading as written")
    table.add_column("Words", justify="right")
    for section in report.sections:
        table.add_row(escape(report.section_name(section.id) if section.id != "other" else "(other)"),
                      escape(_shorten(section.heading)), _words_cell(report, section))
    console.print(table)
    if report.people.children:
        console.print(f"  Children named: {escape(', '.join(c.name for c in report.people.children))}")
    if not result.findings:
        console.print("  [green]Nothing to change: the report meets the guidance these checks look for.[/green]")
        return
    for section, findings in grouped_findings(result):
        console.print()
        title = "The whole report" if section is None else f"{section.heading}"
        console.print(f"  [bold underline]{escape(_shorten(title, 90))}[/bold underline]")
        for finding in findings:
            _render_finding(finding, console)


def _render_finding(finding: Finding, console: Console) -> None:
    style = _SEVERITY_STYLE[finding.severity]
    console.print(f"  [{style}]{finding.severity}[/{style}] {escape(finding.message)}")
    if finding.excerpt:
        console.print(f"      [dim]>[/dim] {highlight(finding.context or finding.excerpt, finding.excerpt)}")
    check = REGISTRY.get(finding.rule)
    if finding.suggestion:
        console.print(f"      [green]Try:[/green] {escape(finding.suggestion)}")
    if check is not None:
        console.print(f"      [dim]Why: {escape(check.source)} ({finding.rule})[/dim]")


def highlight(context: str, excerpt: str) -> str:
    """The context with the excerpt marked up in rich's syntax (everything else escaped)."""
    where = context.find(excerpt)
    if where < 0 or not excerpt:
        return escape(context)
    return (escape(context[:where]) + "[reverse]" + escape(excerpt) + "[/reverse]"
            + escape(context[where + len(excerpt):]))


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
