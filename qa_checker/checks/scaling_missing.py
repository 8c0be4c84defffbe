"""scaling.missing: the template asks for a 0-10 safety scaling and a child named has none."""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.children import children_of
from qa_checker.findings import Finding

ASKED = {"required-per-child", "required", "expected"}


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    if report.profile.scaling not in ASKED:
        return
    severity = ctx.severity if report.profile.scaling != "expected" else "warning"
    sections = report.find("scaling") or report.find("recommendation")
    section = sections[0] if sections else None
    for child in children_of(report):
        if child.scaling is None:
            first = child.name.split()[0]
            yield ctx.finding(
                section=section, severity=severity,
                message=(f"There is no safety scaling for {first}. {report.profile.name} asks for a score from 0 "
                         "to 10 for each child, where 0 means the child is not safe and 10 means they are safe."),
                suggestion=f"Add a line such as \"{first}: 4/10, because ...\" with the reason for your score.")


CHECK = register(Check(
    id="scaling.missing", severity="error",
    title="Safety scaling (0-10)",
    description="The template asks for a 0-10 safety scaling and a child named in the report has none.",
    source="Guidance 000 ('for each child/young person on a scale of 0 to 10'); domain research 1.2 (Signs of Safety)",
    run=run))
