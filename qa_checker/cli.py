"""The command line: `qa-checker check`, `qa-checker templates`.

Exit status (SPEC.md): 0 no finding at or above --fail-on; 1 there were; 2 a
usage error or an input that could not be read (the other inputs are still
checked and reported).
"""

from __future__ import annotations

import sys
import threading
import time
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qa_checker.checks import REGISTRY
from qa_checker.config import Config, ConfigError, add_accepted, find_config, load_accepted, load_config
from qa_checker.findings import SEVERITY_ORDER
from qa_checker.pipeline import Checker, FileResult, Options, expand
from qa_checker.render.documents import render_html, render_markdown
from qa_checker.render.json_out import render_json
from qa_checker.render.text import render_text
from qa_checker.ruledata import RuleDataError
from qa_checker.sections import load_rules

app = typer.Typer(
    add_completion=False, no_args_is_help=True,
    help="Check reports to child protection conferences against the published guidance.")


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


class ConferenceType(StrEnum):
    initial = "initial"
    review = "review"


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(
            f"'{value}' is not a date in the form YYYY-MM-DD (for example 2026-12-03)") from None


def _options(rules: list[Path] | None, disable: list[str] | None = None, accepted: Path | None = None,
             **fields: str | None) -> tuple[Options, Config]:
    """Options for a run: qa-checker.toml (found upwards from here) joined with what the command line says."""
    config = load_config(find_config())
    if not fields.get("template") and config.template:
        fields["template"] = config.template  # the partnership's own form, set once
    options = Options(
        disabled=tuple(config.disable) + tuple(disable or ()),
        rules_dirs=tuple(config.rules) + tuple(str(p) for p in rules or ()),
        check_settings=config.checks,
        accepted=frozenset(load_accepted(accepted or config.accepted_file)),
        **fields)
    return options, config


def _emit(text: str, output: Path | None) -> None:
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


RulesOption = Annotated[list[Path] | None, typer.Option(
    "--rules", help="A folder of your partnership's own rule data (templates/, word lists). Repeatable.",
    exists=True, file_okay=False)]


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Report files (.docx, .pdf) or folders of them.")],
    template: Annotated[str | None, typer.Option(help="The template profile to check against "
                                                      "(see `qa-checker templates`). Default: recognise it.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="text, json, markdown or html.")
                             ] = OutputFormat.text,
    output: Annotated[Path | None, typer.Option(help="Write the results to this file instead of the screen.")] = None,
    conference_date: Annotated[str | None, typer.Option(help="Date of the conference, YYYY-MM-DD.")] = None,
    conference_type: Annotated[ConferenceType | None, typer.Option(help="initial or review.")] = None,
    received: Annotated[str | None, typer.Option(help="Date the report was received, YYYY-MM-DD.")] = None,
    disable: Annotated[list[str] | None, typer.Option(help="Turn a check off by its id. Repeatable.")] = None,
    fail_on: Annotated[FailOn | None, typer.Option(help="Exit 1 when a finding is at least this severe "
                                                        "(default error).")] = None,
    rules: RulesOption = None,
    accepted: Annotated[Path | None, typer.Option(help="A file of findings accepted one by one "
                                                       "(see `qa-checker accept`).")] = None,
) -> None:
    """Check one or more reports and show what to improve."""
    try:
        options, config = _options(rules, disable, accepted, template=template,
                                   conference_type=conference_type.value if conference_type else None,
                                   conference_date=_iso_date(conference_date), received=_iso_date(received))
        checker = Checker(options)
        fail_on = fail_on or FailOn(config.fail_on or "error")
    except (RuleDataError, ConfigError, ValueError) as exc:
        Console(stderr=True).print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    if output is not None and any(output.resolve() == p.resolve() for p in paths if p.exists()):
        Console(stderr=True).print("[red]--output names one of the reports being checked; "
                                   "qa-checker never overwrites a report.[/red]")
        raise typer.Exit(2)

    results: list[FileResult] = list(checker.check_paths(paths))
    if not results:
        Console(stderr=True).print("[red]No files found to check.[/red]")
        raise typer.Exit(2)

    if output_format is not OutputFormat.text:
        render = {OutputFormat.json: lambda r: render_json(r) + "\n", OutputFormat.markdown: render_markdown,
                  OutputFormat.html: render_html}[output_format]
        _emit(render(results), output)
    elif output is not None:
        with output.open("w", encoding="utf-8") as handle:
            render_text(results, Console(file=handle, width=120, no_color=True))
    else:
        render_text(results, Console())
    raise typer.Exit(exit_status(results, fail_on))


def exit_status(results: list[FileResult], fail_on: FailOn) -> int:
    if any(r.error is not None for r in results):
        return 2
    if fail_on is FailOn.never:
        return 0
    threshold = SEVERITY_ORDER[fail_on.value]
    failed = any(SEVERITY_ORDER[f.severity] >= threshold for r in results for f in r.findings)
    return 1 if failed else 0


@app.command()
def templates(rules: RulesOption = None) -> None:
    """List the template profiles and the sections each one requires."""
    try:
        ruleset = load_rules(tuple(str(p) for p in rules or ()))
    except RuleDataError as exc:
        Console(stderr=True).print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    table = Table(title="Template profiles", show_lines=True)
    table.add_column("id", style="bold", no_wrap=True)
    table.add_column("name")
    table.add_column("required sections")
    table.add_column("recommendation")
    table.add_column("scaling")
    for profile in ruleset.profiles.values():
        table.add_row(profile.id, profile.name, ", ".join(profile.required_ids()),
                      profile.recommendation, profile.scaling)
    Console().print(table)


@app.command()
def annotate(
    report: Annotated[Path, typer.Argument(help="The report, as a Word (.docx) file.")],
    output: Annotated[Path, typer.Option(help="Where to write the copy with comments, e.g. report-reviewed.docx.")],
    template: Annotated[str | None, typer.Option(help="The template profile (default: recognise it).")] = None,
    conference_date: Annotated[str | None, typer.Option(help="Date of the conference, YYYY-MM-DD.")] = None,
    conference_type: Annotated[ConferenceType | None, typer.Option(help="initial or review.")] = None,
    received: Annotated[str | None, typer.Option(help="Date the report was received, YYYY-MM-DD.")] = None,
    rules: RulesOption = None,
) -> None:
    """Write a copy of your Word report with a comment on each thing to improve. Your file is not changed."""
    from qa_checker.annotate import AnnotateError
    from qa_checker.annotate import annotate as write_annotated

    console = Console()
    try:
        options, _ = _options(rules, template=template,
                              conference_type=conference_type.value if conference_type else None,
                              conference_date=_iso_date(conference_date), received=_iso_date(received))
        done = write_annotated(report, output, Checker(options))
    except (AnnotateError, RuleDataError, ConfigError) as exc:
        Console(stderr=True).print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    score = done.result.score
    console.print(f"Wrote {escape(str(output))}: {done.comments} comment(s) from qa-checker "
                  f"({score.value}/100, {score.grade}). Open it in Word and read the comments in the margin.")


@app.command()
def triage(
    folder: Annotated[list[Path], typer.Argument(help="The reports for one conference (a folder, or files).")],
    conference_date: Annotated[str | None, typer.Option(help="Date of the conference, YYYY-MM-DD.")] = None,
    conference_type: Annotated[ConferenceType | None, typer.Option(help="initial or review.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="text, json or html.")] = OutputFormat.text,
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of the screen.")] = None,
) -> None:
    """All the reports for one conference side by side: scores, lateness, the child's voice, each child's scaling."""
    from qa_checker.render.triage_out import render_triage_html, render_triage_json, render_triage_text
    from qa_checker.triage import triage as build

    date_text = _iso_date(conference_date)
    kind = conference_type.value if conference_type else None
    try:
        options, _ = _options(None, conference_date=date_text, conference_type=kind)
    except (RuleDataError, ConfigError) as exc:
        Console(stderr=True).print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    results = list(Checker(options).check_paths(folder))
    if not results:
        Console(stderr=True).print("[red]No reports found.[/red]")
        raise typer.Exit(2)
    table = build(results, date_text, kind)
    if output_format is OutputFormat.text and output is None:
        render_triage_text(table, Console())
    elif output_format is OutputFormat.text:
        with output.open("w", encoding="utf-8") as handle:
            render_triage_text(table, Console(file=handle, width=160, no_color=True))
    else:
        _emit(render_triage_json(table) if output_format is OutputFormat.json else render_triage_html(table), output)
    raise typer.Exit(2 if any(r.error for r in results) else 0)


@app.command()
def audit(
    paths: Annotated[list[Path], typer.Argument(help="Folders (or files) of reports.")],
    output: Annotated[Path, typer.Option(help="Folder for findings.csv, reports.csv and index.html.")],
    redact: Annotated[bool, typer.Option(help="Leave out names, dates of birth, addresses, phone numbers, "
                                              "e-mail addresses and postcodes.")] = False,
    workers: Annotated[int | None, typer.Option(help="Processes to use (default: every core).")] = None,
    rules: RulesOption = None,
) -> None:
    """Check hundreds of reports in parallel and write CSV files and a dashboard for the partnership."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from qa_checker.audit import run_audit, summary, write_outputs

    try:
        options, _ = _options(rules)
    except (RuleDataError, ConfigError) as exc:
        Console(stderr=True).print(f"[red]{escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    total = len(expand(paths))
    columns = (TextColumn("Checking"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]:.1f} files/s"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task("audit", total=total, rate=0.0)
        started = time.perf_counter()

        def advance(_record: object) -> None:
            done = progress.tasks[0].completed + 1
            progress.update(task, advance=1, rate=done / max(time.perf_counter() - started, 1e-6))

        records = run_audit([str(p) for p in paths], options, redact, workers, advance)
    write_outputs(records, output, redact)
    figures = summary(records)
    Console().print(f"Checked {figures['checked']} of {figures['reports']} reports "
                    f"({figures['unreadable']} could not be read). Wrote {escape(str(output))}/index.html, "
                    "reports.csv and findings.csv.")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on. Leave it as 127.0.0.1 (this computer only).")
                    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    open_browser: Annotated[bool, typer.Option("--open-browser/--no-browser", help="Open the page in a browser.")
                            ] = True,
) -> None:
    """A page on this computer: drop a report in, read the feedback, download your Word file with comments."""
    import webbrowser

    import uvicorn

    from qa_checker.web import create_app

    console = Console(stderr=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[bold red]Warning:[/bold red] listening on {escape(host)} lets other computers reach this "
                      "page, and the reports people check on it. Only do this on a network you trust.")
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    console.print(f"qa-checker is ready at {url} (press Ctrl+C to stop).")
    if open_browser:
        threading.Timer(1.0, lambda: webbrowser.open(url)).start()
    options, _ = _options(None)  # qa-checker.toml: the partnership's form, rule folders, settings
    uvicorn.run(create_app(options), host=host, port=port, log_level="warning", access_log=False)


@app.command("rules")
def list_rules() -> None:
    """List every check: its id, severity, templates, what it looks for and where that comes from."""
    table = Table(title="Checks", show_lines=True)
    table.add_column("id", style="bold", no_wrap=True)
    table.add_column("severity")
    table.add_column("what it looks for")
    table.add_column("source")
    for check in sorted(REGISTRY.values(), key=lambda c: c.id):
        templates = f" (templates: {', '.join(check.templates)})" if check.templates else ""
        table.add_row(check.id, check.severity, f"[bold]{check.title}[/bold]\n{check.description}{templates}",
                      check.source)
    Console().print(table)


@app.command()
def accept(
    finding: Annotated[str, typer.Argument(help="The finding's id, as shown beside it in the text or HTML output.")],
    rule: Annotated[str, typer.Option(help="The finding's check id, e.g. jargon.term.")],
    reason: Annotated[str, typer.Option(help="Why it is right as it is.")] = "",
    file: Annotated[Path, typer.Option(help="The accepted-findings file to add to.")] = Path("accepted-findings.toml"),
) -> None:
    """Accept one finding without turning its check off (only the rule and id are stored, never report text)."""
    if rule not in REGISTRY:
        Console(stderr=True).print(f"[red]No check is called '{rule}'. `qa-checker rules` lists them.[/red]")
        raise typer.Exit(2)
    add_accepted(file, rule, finding, reason)
    Console().print(f"Accepted {rule} {finding} in {file}. Point qa-checker.toml at it with accepted = \"{file}\".")


def main() -> None:  # pragma: no cover - the console script calls `app`
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
