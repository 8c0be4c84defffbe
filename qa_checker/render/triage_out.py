"""Triage output: a rich table for the screen, a self-contained HTML page, or JSON."""

from __future__ import annotations

import html
import json
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qa_checker.render.documents import CSS
from qa_checker.render.text import GRADE_WORDS
from qa_checker.triage import Triage

_PLAN = {"cp-plan": "CP plan", "child-in-need": "Child in Need", "other-plan": "other plan", "no-plan": "no plan",
         None: "no view"}


def _quoted(words: str | None, limit: int = 90) -> str:
    if not words:
        return ""
    words = " ".join(words.split())
    return f' "{words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0] + " ..."}"'


def _child_cell(view: dict) -> str:
    """The reading and the author's words it was read from, so a misreading shows at a glance."""
    score = "no scaling" if view["scaling"] is None else f"{view['scaling']}/10" + (
        "" if view["scaling_reason"] else " (no reason)")
    plan = _PLAN[view["recommendation"]] + _quoted(view.get("recommendation_excerpt"))
    scaled = score + (_quoted(view.get("scaling_excerpt"), 60) if view.get("scaling_excerpt") != view.get(
        "recommendation_excerpt") else "")
    return f"{plan}; {scaled}"


def _received(row) -> str:  # noqa: ANN001 - a ReportRow
    if row.on_time is None:
        return row.received or "not known"
    return f"{row.received}: {'on time' if row.on_time else 'LATE'} ({row.working_days} working days)"


def render_triage_text(result: Triage, console: Console) -> None:
    when = f"{result.conference_type or ''} conference {result.conference_date or '(date not known)'}".strip()
    console.print(f"[bold]Reports for the {escape(when)}[/bold]")
    names = sorted({name for row in result.rows for name in row.children})
    table = Table(show_lines=True)
    for column in ("Report", "Author / agency", "Score", "Received", "Child's voice", *names):
        table.add_column(column)
    for row in result.rows:
        if row.error:
            table.add_row(escape(Path(row.path).name), "", "could not be read", "", "", *["" for _ in names])
            continue
        table.add_row(escape(Path(row.path).name), escape(" / ".join(x for x in (row.author, row.agency) if x) or "-"),
                      f"{row.score} {GRADE_WORDS[row.grade]}", escape(_received(row)),
                      "yes" if row.child_voice else "[red]missing[/red]",
                      *[escape(_child_cell(row.children[n])) if n in row.children else "-" for n in names])
    console.print(table)
    for name, view in sorted(result.spread.items()):
        note = "agencies disagree" if view["agencies_disagree"] else "agencies broadly agree"
        console.print(f"  {escape(name)}: scaled {view['low']:g}-{view['high']:g} across "
                      f"{len(view['scores'])} report(s): {note}.")


def render_triage_json(result: Triage) -> str:
    return json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n"


def render_triage_html(result: Triage) -> str:
    names = sorted({name for row in result.rows for name in row.children})
    head = "".join(f"<th>{html.escape(h)}</th>" for h in ("Report", "Author / agency", "Score", "Received",
                                                          "Child's voice", *names))
    rows = []
    for row in result.rows:
        if row.error:
            name = html.escape(Path(row.path).name)
            rows.append(f"<tr><td>{name}</td><td colspan=\"{4 + len(names)}\">could not be read: "
                        f"{html.escape(row.error)}</td></tr>")
            continue
        who = " / ".join(x for x in (row.author, row.agency) if x) or "-"
        cells = [html.escape(Path(row.path).name), html.escape(who),
                 f'<span class="grade {row.grade}">{row.score}</span>', html.escape(_received(row)),
                 "yes" if row.child_voice else "<strong>missing</strong>",
                 *[html.escape(_child_cell(row.children[n])) if n in row.children else "-" for n in names]]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    spread = "".join(
        f"<li>{html.escape(name)}: scaled {view['low']:g}-{view['high']:g} across {len(view['scores'])} report(s)"
        f"{' - <strong>agencies disagree</strong>' if view['agencies_disagree'] else ''}</li>"
        for name, view in sorted(result.spread.items()))
    when = html.escape(f"{result.conference_type or ''} conference {result.conference_date or ''}".strip())
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>qa-checker triage</title>"
            f"<style>{CSS}</style></head><body><main><h1>Reports for the {when}</h1>"
            f"<table><tr>{head}</tr>{''.join(rows)}</table><h2>Safety scaling across agencies</h2>"
            f"<ul>{spread or '<li>No scaling given.</li>'}</ul></main></body></html>\n")
