"""recommendation.not-expected: the template forbids a recommendation on a CP plan and the report makes one."""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.children import recommendation_of
from qa_checker.findings import Finding


def run(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.report.profile.recommendation != "forbidden":
        return
    for sentence in ctx.sentences:
        if recommendation_of(sentence.text, False) in ("cp-plan", "no-plan"):
            yield ctx.finding(
                sentence=sentence, excerpt=sentence.text,
                message=(f"{ctx.report.profile.name} asks reports not to recommend whether a child should have a "
                         "Child Protection Plan: that decision is made with the family at the conference, from "
                         "everything shared there."),
                suggestion="Keep to what you know and what worries you; leave the plan to the conference.")
            return  # once is enough to make the point


CHECK = register(Check(
    id="recommendation.not-expected", severity="warning",
    title="A view this form does not ask for",
    description="The template forbids a recommendation on a Child Protection Plan and the report makes one.",
    source="Guidance 004: 'this should not include a recommendation as to whether the child should be made subject "
           "to a Child Protection Plan or not'",
    run=run))
