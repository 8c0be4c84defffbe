"""child-voice.missing: nothing gives the child's own views, wishes or feelings, or what the author saw of
the child; or the report says the child was not seen or consulted without saying why."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from qa_checker.checks import Check, CheckContext, register
from qa_checker.checks._patterns import REASON, first_names, name_pattern
from qa_checker.dates import find_dates
from qa_checker.findings import Finding
from qa_checker.text import Sentence

# What the child said, asked, wanted or showed: their own voice, not the author's reading of them.
_SPEECH = (r"(said|says|told|tells|telling|asked|asks|wants|wanted|wish(es|ed)|drew|draws|described|"
           r"explained|shared|disclosed|talked|spoke|chose|showed (me|us)|would like|wrote|answered|replied)")
_CHILD_SUBJECT = r"(the child|the children|the young person|both children)"
# The author (or the agency) did not see or ask the child: "I have not met Daniel", "Oskar has not been
# consulted", "The children were not spoken to", or a bare "No." to the form's question. Not "Dad does not see
# the children" (someone else not seeing them).
_NOT_SEEN = re.compile(
    r"\b(i|we|staff|school|the school|nursery|the nursery|police|officers)\s+(have\s+|had\s+|did\s+|was\s+|were\s+|"
    r"could\s+|have\s+yet\s+)?(not|n't|never|been unable to|was unable to|were unable to|unable to)\s+"
    r"(yet\s+|been able to\s+|had the chance to\s+)?(see|seen|speak|spoken|talk|talked|consult|consulted|ask|asked|"
    r"meet|met|visit|visited)\b|"
    r"\b(has|have|was|were|had)\s+(not|never)\s+(yet\s+)?(been\s+)?(seen|spoken to|consulted|asked|met|"
    r"interviewed)\b|"
    r"^\W*no\W*$|^\W*no[.,;:\-]\s", re.IGNORECASE)
_OBSERVED = r"(i|we|staff|the nurse|the health visitor)\s+(saw|see|observed|watched|noticed|met|visited|held|weighed)"


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    born = [p for p in report.people.children if not p.name.lower().startswith("unborn")]
    if report.people.children and not born:
        return  # an unborn baby cannot give views: nothing to ask for
    names = first_names(report)
    # Seeing the child counts as hearing them only for a baby or a child who does not talk (SPEC.md).
    observation_counts = _young_or_nonverbal(report)
    # Without the children's names, anyone named may be the child: give the report the benefit of the doubt.
    child = name_pattern(names) if names else r"\b(?!(?:Mum|Mummy|Dad|Daddy|Mother|Father|Nan|I)\b)[A-Z][a-z]+\b"
    observed = rf"\b{_OBSERVED}\b[^.]{{0,80}}({child}|the child|the children|the baby)\b|" \
        if observation_counts else ""
    voice = re.compile(rf"({child}|{_CHILD_SUBJECT})\W+(\w+\W+){{0,3}}?{_SPEECH}\b|{observed}"
                       rf"({child}|the child)(['\u2019]s)?\s+(own\s+)?(words|views|wishes|feelings|voice)\b|"
                       r"[\"\u201c\u2018'][^\"\u201d\u2019']{3,}[\"\u201d\u2019']", re.IGNORECASE)
    sentences = ctx.sentences
    views_sections = [s for s in report.sections if s.id == "child-views"]
    not_seen: list[Sentence] = []
    heard = False
    for index, sentence in enumerate(sentences):
        text = sentence.text
        about_child = re.compile(rf"{child}|the child|the children|young person", re.IGNORECASE)
        not_seen_here = _NOT_SEEN.search(text)
        if not_seen_here and (sentence.section.id == "child-views" or about_child.search(
                text[max(0, not_seen_here.start() - 40):not_seen_here.end() + 25]) or re.match(
                r"\s+(him|her|them)\b", text[not_seen_here.end():])):
            following = sentences[index + 1].text if index + 1 < len(sentences) else ""
            # The reason may open the next sentence ("This is because ...", "He is four months old").
            if REASON.search(text) or (following and REASON.search(following[:40])):
                heard = True  # not seen or asked, and the report says why
                continue
            not_seen.append(sentence)
            continue
        quote_counts = sentence.section.id == "child-views" or re.search(child, text)
        match = voice.search(text)
        if match and (match.group(0)[:1] not in "\"\u201c\u2018'" or quote_counts):
            heard = True  # the child's voice is there
    # "Oskar has not been consulted." with no reason is a finding even when his sister's views are there.
    if not_seen:
        sentence = not_seen[0]
        yield ctx.finding(
            sentence=sentence, excerpt=sentence.text,
            message=("The report says the child was not seen or asked for their views, but not why. The conference "
                     "needs to know what stopped it, and what the child's life is like from what you do know."),
            suggestion="Say why (for example their age, or advice from the social worker), and describe what you "
                       "have seen of the child.")
        return
    if heard:
        return
    section = views_sections[0] if views_sections else None
    who = ", ".join(names) if names else "the child"
    yield ctx.finding(
        section=section,
        message=(f"Nothing in the report gives {who}'s own views, wishes or feelings, or what you have seen of "
                 "them. The child's voice must be heard at the conference."),
        suggestion="Add what the child has told you, in their words where you can, or for a baby or a child who "
                   "does not talk, what you saw of them and how they seemed.")


def _young_or_nonverbal(report) -> bool:  # noqa: ANN001 - a MappedReport
    if re.search(r"\b(non-?verbal|pre-?verbal|does not (talk|speak)|has no words)\b", report.document.text,
                 re.IGNORECASE):
        return True
    ages = []
    text = report.document.text
    for child in report.people.children:
        dates = find_dates(child.date_of_birth or "")
        if dates:
            ages.append((date.today() - dates[0][1]).days / 365.25)
            continue
        first = re.escape(child.name.split()[0])
        stated = re.search(rf"\b{first}\s*\((?:aged?\s*)?(\d{{1,2}})\)|\b{first},?\s+aged\s+(\d{{1,2}})\b", text)
        if stated:
            ages.append(int(stated.group(1) or stated.group(2)))
    return not ages or min(ages) < 3


CHECK = register(Check(
    id="child-voice.missing", severity="error",
    title="The child's voice",
    description="No passage gives the child's views or what the author saw of the child; or the child was not "
                "seen or consulted and the report does not say why.",
    source="Guidance 000 (child/young person's views); guidance 002 ('If no, please provide reasons'); guidance 004 "
           "('It is important that the child's voice is heard'); Ofsted, The voice of the child (2011)",
    run=run))
