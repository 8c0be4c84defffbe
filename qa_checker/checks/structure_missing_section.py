"""structure.missing-section: a section the template requires is absent, empty or placeholder only."""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.findings import Finding

RULE = "structure.missing-section"


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    for section_id in report.missing_sections:
        name = report.section_name(section_id)
        written = report.find(section_id)
        if written:  # the heading is there, with nothing (or only "N/A") under it
            section = written[0]
            placeholder = next((u.text for u in section.units if u.kind in ("content", "empty") and u.text.strip()),
                               "")
            yield ctx.finding(
                section=section, excerpt=" ".join(f"{section.heading} {placeholder}".split()),
                message=(f"The section \"{section.heading}\" has no answer of your own (only a "
                         f"placeholder, the form's guidance, or nothing). {report.profile.name} asks for it, "
                         "and the conference needs your information here."),
                suggestion=f"Write what you know for \"{name}\", or say plainly why you cannot.")
        else:
            yield Finding(
                rule=RULE, severity=ctx.severity, section=section_id, heading=None, excerpt="",
                message=(f"There is no section for \"{name}\". {report.profile.name} asks for it, "
                         "and the chair and the family look for it."),
                suggestion=f"Add a heading \"{name}\" and write that section.")


CHECK = register(Check(
    id=RULE, severity="error",
    title="Missing sections",
    description="A section the template requires is absent, or present but empty or placeholder only.",
    source="The template profile's required sections (guidance 000-004; SPEC.md, Template profiles)",
    run=run))
