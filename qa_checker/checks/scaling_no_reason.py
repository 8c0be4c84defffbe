"""scaling.no-reason: a 0-10 safety score is given with no reason for it."""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.children import children_of
from qa_checker.findings import Finding


def run(ctx: CheckContext) -> Iterator[Finding]:
    by_sentence: dict[int, list] = {}
    for child in children_of(ctx.report):
        if child.scaling is None or child.scaling_reason or child.scaling_sentence is None:
            continue
        by_sentence.setdefault(id(child.scaling_sentence), []).append(child)
    for children in by_sentence.values():
        sentence = children[0].scaling_sentence
        names = " and ".join(c.known_as or c.first_name for c in children)
        yield ctx.finding(
            sentence=sentence, excerpt=sentence.text,
            message=(f"The safety score for {names} has no reason with it. The chair and the family need to know "
                     "why you chose it, and what would move it up the scale."),
            suggestion="Add \"because ...\" with what you have seen, and what would need to happen to move it up.")


CHECK = register(Check(
    id="scaling.no-reason", severity="warning",
    title="A safety score with no reason",
    description="A 0-10 safety score is given with no reason for it.",
    source="Guidance 003 ('provide a reason for their scaling and identify what would need to happen to move up "
           "the scale'); guidance 000 ('your reasons for your decision making')",
    run=run))
