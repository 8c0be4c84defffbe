"""recommendation.missing: the template asks for a view on a Child Protection Plan and, for a child, none is given.

Precision first: an error only where the report clearly gives no view (no section for it, nothing
about a plan in it, or a view left to the conference); where it talks about a plan in words the plan
grammar cannot read, the finding is a note (info) that quotes those words.
"""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.children import ChildView, children_of, mentions_a_plan, recommendation_of, states_deferral
from qa_checker.findings import Finding
from qa_checker.text import Sentence

ASKED = {"required-per-child", "required", "expected"}
VIEW_SECTIONS = ("recommendation", "scaling", "analysis")


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    asked = report.profile.recommendation
    if asked not in ASKED:
        return
    view_sentences = [s for s in ctx.sentences if s.section.id in VIEW_SECTIONS]
    sections = report.find("recommendation") or report.find("analysis") or report.find("needs-to-happen")
    if asked == "expected" and not report.find("recommendation"):
        return  # a report on no form that asks for a view, with no section for one: nothing to hold it to
    section = sections[0] if sections else None
    severity = ctx.severity if asked != "expected" else "warning"
    children = children_of(report)
    if not children:  # no child named: one finding if no view at all is stated
        if not any(recommendation_of(s.text, s.section.id in VIEW_SECTIONS) for s in ctx.sentences):
            yield from _finding(ctx, None, view_sentences, section, severity, report.profile.name)
        return
    for child in children:
        if child.recommendation is None:
            yield from _finding(ctx, child, view_sentences, section, severity, report.profile.name)


def _finding(ctx: CheckContext, child: ChildView | None, view_sentences: list[Sentence], section, severity: str,
             profile: str) -> Iterator[Finding]:
    name = child.first_name if child else None
    about = [s for s in view_sentences if child is None or child.first_name in s.text] or view_sentences
    deferred = next((s for s in about if states_deferral(s.text)), None)
    unread = next((s for s in about if mentions_a_plan(s.text)), None)
    if deferred is not None:
        yield ctx.finding(sentence=deferred, excerpt=deferred.text, severity=severity,
                          message=_message(name, profile) + " Leaving it to the conference does not give your view.",
                          suggestion=_SUGGESTION)
    elif unread is not None:  # about a plan, in words the grammar cannot read: say so, quietly
        yield ctx.finding(sentence=unread, excerpt=unread.text, severity="info",
                          message=(f"I could not tell from these words what you think {name or 'the child'} needs: "
                                   "a Child Protection Plan, another plan, or none. If it is not clear to me, it may "
                                   "not be clear to the family."),
                          suggestion=_SUGGESTION)
    else:
        first = view_sentences[0] if view_sentences else None
        yield ctx.finding(section=section, sentence=first, excerpt=first.text if first else "", severity=severity,
                          message=_message(name, profile), suggestion=_SUGGESTION)


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
