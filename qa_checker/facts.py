"""Facts a report states about itself: the conference date and type, and the report's date.

Read from the opening lines and the fields of names and dates ("Date of
conference: 3 December 2026 | Date of report: 27/11/2026", "Report date
08/02/2027. Conference 11/02/2027 (initial).") and from the title ("Report to
Initial Child Protection Conference"): each date is named by the words just
before it. The command line's --conference-date, --conference-type and
--received take precedence over all of these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from qa_checker.dates import find_dates
from qa_checker.sections import MappedReport
from qa_checker.sections.fields import FIELD_SECTIONS, labelled_fields

_BIRTH = re.compile(r"\b(d\.?o\.?b|birth|born|edd|due)\b", re.IGNORECASE)
_CONFERENCE = re.compile(r"\b(conference|icpc|rcpc|cpc|meeting)\b", re.IGNORECASE)
_REPORT = re.compile(r"\b(report|dated|date|written|completed|sent|submitted)\b", re.IGNORECASE)
_REVIEW = re.compile(r"\b(review|rcpc)\b", re.IGNORECASE)
_INITIAL = re.compile(r"\b(initial|icpc|pre-?birth)\b", re.IGNORECASE)


@dataclass(frozen=True)
class ReportFacts:
    conference_date: date | None = None
    conference_type: str | None = None  # "initial" or "review"
    report_date: date | None = None


def _field_lines(report: MappedReport) -> list[str]:
    units = list(report.preamble)
    units += [u for s in report.sections if s.id in FIELD_SECTIONS for u in s.units]
    lines = [f"{label} {' '.join(values)}" for label, values in labelled_fields(report.sections, report.preamble)]
    lines += [u.text for u in units]
    return lines + list(report.document.header_text)


def read_facts(report: MappedReport) -> ReportFacts:
    conference_date = report_date = None
    lines = _field_lines(report)
    for line in lines:
        previous_end = 0
        for start, found in find_dates(line):
            before = line[max(previous_end, start - 40):start]
            previous_end = start + 1
            if _BIRTH.search(before):
                continue
            if _CONFERENCE.search(before):
                conference_date = conference_date or found
            elif _REPORT.search(before):
                report_date = report_date or found
    conference_type = None
    for line in lines:
        if _CONFERENCE.search(line) or _REVIEW.search(line) or _INITIAL.search(line):
            conference_type = _type_of(line)
            if conference_type:
                break
    return ReportFacts(conference_date, conference_type, report_date)


def _type_of(text: str) -> str | None:
    review, initial = _REVIEW.search(text), _INITIAL.search(text)
    if review and not initial:
        return "review"
    if initial and not review:
        return "initial"
    return None
