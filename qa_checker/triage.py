"""Triage: every report of one conference side by side, for the chair.

For each report: who wrote it, its score and grade, whether it arrived in time
(working days, England and Wales bank holidays), whether the child's voice is
there, and each child's recommendation and 0-10 scaling. Across reports: each
child's scaling spread, so that a chair sees at once where agencies disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from qa_checker.children import children_of
from qa_checker.dates import working_days_notice
from qa_checker.facts import read_facts
from qa_checker.pipeline import FileResult
from qa_checker.sections.fields import labelled_fields

DISAGREE_SPREAD = 3  # scalings this far apart for one child: the agencies see it differently
_AGENCY = re.compile(r"^(agency|organisation|service|school|setting|practice|team|department|force)\b", re.IGNORECASE)
_AUTHOR = re.compile(r"author|completed by|written by|report by|name of professional|officer|worker|name and",
                     re.IGNORECASE)


@dataclass
class ReportRow:
    path: str
    author: str = ""
    agency: str = ""
    score: int | None = None
    grade: str | None = None
    received: str | None = None
    working_days: int | None = None
    on_time: bool | None = None
    child_voice: bool | None = None
    children: dict[str, dict] = field(default_factory=dict)  # first name -> scaling, reason, recommendation
    error: str | None = None


@dataclass
class Triage:
    conference_date: str | None
    conference_type: str | None
    rows: list[ReportRow]
    spread: dict[str, dict] = field(default_factory=dict)  # first name -> {"scores": {path: n}, "low", "high"}

    def as_dict(self) -> dict:
        return {"schema": "qa-checker/triage@1",
                "conference": {"date": self.conference_date, "type": self.conference_type},
                "reports": [row.__dict__ for row in self.rows], "children": self.spread}


def who_wrote(result: FileResult) -> tuple[str, str]:
    report = result.report
    assert report is not None
    author = agency = ""
    for label, values in labelled_fields(report.sections, report.preamble):
        value = " ".join(values).strip()
        if not value:
            continue
        if not agency and _AGENCY.search(label.strip()):
            agency = value
        elif not author and _AUTHOR.search(label):
            author = value
    if not author:
        author = next((" ".join(u.text.split()) for s in report.find("author-details") for u in s.units
                       if u.kind == "data"), "")
    return author[:80], agency[:80]


def triage(results: list[FileResult], conference_date: str | None, conference_type: str | None) -> Triage:
    rows = []
    facts_date, facts_type = None, None
    for result in results:
        row = ReportRow(path=result.path)
        if result.error is not None or result.report is None or result.score is None:
            row.error = result.error.message if result.error else "could not be read"
            rows.append(row)
            continue
        report = result.report
        facts = read_facts(report)
        facts_date = facts_date or facts.conference_date
        facts_type = facts_type or facts.conference_type
        row.author, row.agency = who_wrote(result)
        row.score, row.grade = result.score.value, result.score.grade
        row.child_voice = not any(f.rule == "child-voice.missing" for f in result.findings)
        row.received = facts.report_date.isoformat() if facts.report_date else None
        for child in children_of(report):
            view = child.as_dict()  # with the words each reading was taken from, for the chair to see
            row.children[child.name.split()[0]] = {key: view[key] for key in (
                "scaling", "scaling_reason", "scaling_excerpt", "recommendation", "recommendation_excerpt")}
        rows.append(row)
    when = date.fromisoformat(conference_date) if conference_date else facts_date
    kind = conference_type or facts_type
    needed = 5 if kind == "review" else 2
    for row in rows:
        if when and row.received:
            row.working_days = working_days_notice(date.fromisoformat(row.received), when)
            row.on_time = row.working_days >= needed
    spread: dict[str, dict] = {}
    for row in rows:
        for name, view in row.children.items():
            if view["scaling"] is not None:
                spread.setdefault(name, {"scores": {}})["scores"][row.path] = view["scaling"]
    for view in spread.values():
        scores = list(view["scores"].values())
        view["low"], view["high"] = min(scores), max(scores)
        view["agencies_disagree"] = len(scores) > 1 and view["high"] - view["low"] >= DISAGREE_SPREAD
    return Triage(when.isoformat() if when else None, kind, rows, spread)
