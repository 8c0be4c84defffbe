"""scaling.missing: the template asks for a 0-10 safety scaling and a child named has none.

Where the scaling section holds a number the reader could not tie to a child, the finding is a note
(info) that quotes those words rather than an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.children import children_of
from qa_checker.findings import Finding

ASKED = {"required-per-child", "required", "expected"}
_A_NUMBER = re.compile(r"\b(10|[0-9](\.5)?)\b(?!\s*(%|years?|months?|weeks?|days?|am|pm))")
_ASKS_FOR_SCALING = re.compile(r"\b(scal(e|ing)|0\s*(-|\u2013|to)\s*10|safety (score|rating))\b", re.IGNORECASE)


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    asked = report.profile.scaling
    if asked not in ASKED:
        return
    scaling_sections = report.find("scaling")
    if asked == "expected" and not scaling_sections and not any(
            _ASKS_FOR_SCALING.search(s.heading) or any(_ASKS_FOR_SCALING.search(u.text) for u in s.prompts)
            for s in report.sections):
        return  # a report on no form that asks for a score, with no place for one: nothing to hold it to
    severity = ctx.severity if asked != "expected" else "warning"
    sections = scaling_sections or report.find("recommendation")
    section = sections[0] if sections else None
    place = [s for s in ctx.sentences if s.section.id in ("scaling", "recommendation")]
    for child in children_of(report):
        if child.scaling is not None:
            continue
        first = child.first_name
        unread = next((s for s in place if first in s.text and _A_NUMBER.search(s.text)), None)
        if unread is not None:
            yield ctx.finding(
                sentence=unread, excerpt=unread.text, severity="info",
                message=(f"I could not find a 0-10 safety score for {first} in these words. If there is one, "
                         "write it as \"{first}: 4/10\" so that nobody can misread it.").replace("{first}", first),
                suggestion=f"Write the score as \"{first}: 4/10, because ...\".")
            continue
        written = next((s for s in place if section is not None and s.section is section), None)
        yield ctx.finding(
            section=section, sentence=written, excerpt=written.text if written else "", severity=severity,
            message=(f"There is no safety scaling for {first}. {report.profile.name} asks for a score from 0 "
                     "to 10 for each child, where 0 means the child is not safe and 10 means they are safe."),
            suggestion=f"Add a line such as \"{first}: 4/10, because ...\" with the reason for your score.")


CHECK = register(Check(
    id="scaling.missing", severity="error",
    title="Safety scaling (0-10)",
    description="The template asks for a 0-10 safety scaling and a child named in the report has none.",
    source="Guidance 000 ('for each child/young person on a scale of 0 to 10'); domain research 1.2 (Signs of Safety)",
    run=run))
