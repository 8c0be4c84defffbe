"""deadline.late: the report reached the conference too few working days before it sat."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from qa_checker.checks import Check, CheckContext, register
from qa_checker.dates import working_days_notice
from qa_checker.facts import read_facts
from qa_checker.findings import Finding


def run(ctx: CheckContext) -> Iterator[Finding]:
    facts = read_facts(ctx.report)
    conference = _date(ctx.conference.date) or facts.conference_date
    received = _date(ctx.conference.received) or facts.report_date
    kind = ctx.conference.type or facts.conference_type
    if conference is None or received is None or kind is None:
        return  # cannot decide: stay silent
    needed = ctx.settings["initial_days"] if kind == "initial" else ctx.settings["review_days"]
    notice = working_days_notice(received, conference)
    if received > conference or notice >= needed:
        return
    source = "received" if ctx.conference.received else "dated"
    yield ctx.finding(
        message=(f"The report is {source} {received:%-d %B %Y}, {notice} working day{'s' * (notice != 1)} before "
                 f"the {kind} conference on {conference:%-d %B %Y}. It should arrive at least {needed} working days "
                 "before, so that the chair and the family have time to read it."),
        suggestion=(f"Send it by {_latest(conference, needed):%-d %B %Y}, and share it with the family first."))


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _latest(conference: date, needed: int) -> date:
    """The last day on which a report still gives `needed` working days' notice."""
    day = conference
    while working_days_notice(day, conference) < needed:
        day = date.fromordinal(day.toordinal() - 1)
    return day


CHECK = register(Check(
    id="deadline.late", severity="warning",
    title="Report sent late",
    description="Received fewer than 2 working days before an initial or 5 before a review conference.",
    source="Guidance 003 (two working days before an initial, five before a review conference); guidance 004",
    run=run, settings={"initial_days": 2, "review_days": 5}))
