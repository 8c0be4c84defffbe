"""recommendation.missing: the template asks for a view on a Child Protection Plan and, for a child, none is given."""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.children import children_of, recommendation_of
from qa_checker.findings import Finding

ASKED = {"required-per-child", "required", "expected"}


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    if report.profile.recommendation not in ASKED:
        return
    severity = ctx.severity if report.profile.recommendation != "expected" else "warning"
    sections = report.find("recommendation") or report.find("analysis") or report.find("needs-to-happen")
    section = sections[0] if sections else None
    children = children_of(report)
    if not children:  # no child named: one finding if no view at all is stated
        if not any(_states_view(s.text) for s in ctx.sentences):
            yield ctx.finding(section=section, severity=severity, message=_message(None, report.profile.name),
                              suggestion=_SUGGESTION)
        return
    for child in children:
        if child.recommendation is None:
            yield ctx.finding(section=section, severity=severity, excerpt="",
                              message=_message(child.name.split()[0], report.profile.name), suggestion=_SUGGESTION)


def _states_view(text: str) -> bool:
    return recommendation_of(text, False) is not None


def _message(name: str | None, profile: str) -> str:
    who = f"{name} needs" if name else "the children need"
    return (f"The report does not say whether you think {who} a Child Protection Plan. "
            f"{profile} asks each agency for its view, child by child, with reasons.")


_SUGGESTION = ("For each child, say whether you think they need a Child Protection Plan, or whether another plan "
               "(Child in Need, early help) would meet their needs, and why.")

CHECK = register(Check(
    id="recommendation.missing", severity="error",
    title="Your view on a Child Protection Plan",
    description="The template asks for a recommendation and no view on a Child Protection Plan is given for a child.",
    source="Guidance 000 ('for each child/young person whether the threshold for a Child Protection Plan is met'); "
           "guidance 003 ('state in your report whether you feel a child protection plan will be needed')",
    run=run))
