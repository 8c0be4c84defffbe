"""parent-views.missing: the template asks for the parents' views and none are recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.checks._patterns import PARENT_WORDS, first_names, name_pattern
from qa_checker.findings import Finding
from qa_checker.wordlists import quoted_spans

_VIEW = (r"(said|says|told|tells|feels?|felt|thinks?|thought|wants?|wanted|agrees?|agreed|disagrees?|disagreed|"
         r"believes?|asked|would like|is worried|was worried|explained|accepts?|accepted|denies|denied|views?|"
         r"wishes|understands?|hopes?)")


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    spec = report.profile.spec("parent-views")
    if spec is None or not spec.is_required(report.conference_type):
        return  # the template does not ask for them
    if "parent-views" in report.missing_sections:
        return  # the missing section is already reported: one gap, counted once
    adults = name_pattern(first_names(report, children=False, adults=True))
    parent = rf"(\b{PARENT_WORDS}\b|{adults})"
    # Anywhere in the report: "Mum told me ...", "'I am trying,' said Dad", "according to Kerry", "Dad's view is".
    view = re.compile(rf"{parent}(['\u2019]s)?\W+(\w+\W+){{0,3}}?{_VIEW}\b|\b{_VIEW}\s+(by\s+)?{parent}"
                      rf"|\baccording to\s+{parent}", re.IGNORECASE)
    # A view is there: someone of the family is reported saying, wanting or feeling something, or is quoted in
    # the section for their views.
    if any(view.search(s.text) or (s.section.id == "parent-views" and quoted_spans(s.text)) for s in ctx.sentences):
        return
    sections = report.find("parent-views")
    written = next((s for s in ctx.sentences if s.section.id == "parent-views"), None)
    yield ctx.finding(
        section=sections[0] if sections else None, sentence=written, excerpt=written.text if written else "",
        message=("The report does not record the parents' or carers' own views: on the worries, on the help "
                 "offered, and on this report. The family should be heard in their own words."),
        suggestion="Add what the parents told you, in their words where you can, and anything they disagree with.")


CHECK = register(Check(
    id="parent-views.missing", severity="warning",
    title="Parents' views",
    description="The template asks for the parents' views and none are recorded.",
    source="Guidance 000 ('Parents'/carers' views on the situation and on the report'); guidance 004 ('Please record "
           "any areas of disagreement')",
    run=run))
