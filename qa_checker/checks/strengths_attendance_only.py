"""strengths.attendance-only: a strength that is only attendance, appointments kept or "engagement",
with nothing on what it changed for the child's safety."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.checks._patterns import first_names, name_pattern
from qa_checker.findings import Finding
from qa_checker.wordlists import finder

STRENGTH_SECTIONS = ("working-well",)


def run(ctx: CheckContext) -> Iterator[Finding]:
    attendance = finder("strengths", "attendance_only", extra_dirs=ctx.extra_dirs)
    impact = finder("strengths", "impact_cues", extra_dirs=ctx.extra_dirs)
    sentences = [s for s in ctx.sentences if s.section.id in STRENGTH_SECTIONS]
    names = first_names(ctx.report)
    children = re.compile(rf"{name_pattern(names)}|\b(the )?(child|children|baby|boys|girls)\b", re.IGNORECASE)
    for index, sentence in enumerate(sentences):
        hits = attendance.find(sentence.text)
        if not hits:
            continue
        # What it changed may follow in the next sentence, or lead up to it in the one before.
        nearby = [s for s in sentences[max(0, index - 1):index + 2] if s.unit is sentence.unit]
        if any(impact.find(s.text, skip_quotes=False) for s in nearby):
            continue
        hit = hits[0]
        rest = sentence.text[hit.end:]
        if len(rest.split()) >= 10 and children.search(rest):
            continue  # it goes on to say what the attendance meant for the child
        yield ctx.finding(
            sentence=sentence, excerpt=sentence.text,
            message=("This strength is about attending or \"engaging\", not about what changed for the child. "
                     "Attendance at appointments without any context tells the conference very little."),
            suggestion=(f"Say what \"{sentence.text[hit.start:hit.end]}\" has changed for the child's safety, for "
                        "example what the parent now does differently and since when."))


CHECK = register(Check(
    id="strengths.attendance-only", severity="warning",
    title="Strengths that do not show safety",
    description="A strength under working-well is only attendance or engagement, with nothing on what it "
                "changed for the child's safety.",
    source="Guidance 001 ('What is working well should have real significance in relation to the child's safety'; "
           "'Attendance at appointments without any context tells us very little')",
    run=run))
