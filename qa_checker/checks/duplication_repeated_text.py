"""duplication.repeated-text: the same passage (about 20 words or more) appears twice."""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.findings import Finding
from qa_checker.plain import WORD
from qa_checker.sections import Section, Unit


def run(ctx: CheckContext) -> Iterator[Finding]:
    size = ctx.settings["min_words"]
    tokens: list[tuple[str, Section, Unit, int, int]] = []  # (word, section, unit, start, end)
    for section in ctx.report.sections:
        for unit in section.content:
            tokens += [(m.group().lower(), section, unit, m.start(), m.end()) for m in WORD.finditer(unit.text)]
    words = [t[0] for t in tokens]
    first_seen: dict[tuple[str, ...], int] = {}
    covered_until = -1
    for index in range(len(words) - size + 1):
        key = tuple(words[index:index + size])
        earlier = first_seen.setdefault(key, index)
        if earlier == index or earlier + size > index or index <= covered_until:
            continue  # first time seen, overlapping itself, or inside a repeat already reported
        length = size
        while index + length < len(words) and words[earlier + length] == words[index + length] \
                and earlier + length < index:
            length += 1
        covered_until = index + length - 1
        _, section, unit, start, _ = tokens[index]
        end_token = max((t for t in tokens[index:index + length] if t[2] is unit), key=lambda t: t[4])
        excerpt = unit.text[start:end_token[4]]
        _, first_section, _, _, _ = tokens[earlier]
        where = "earlier in this section" if first_section is section else f"under \"{first_section.heading}\""
        yield ctx.finding(
            section=section, excerpt=excerpt, location=unit.location,
            message=(f"This passage of {length} words repeats text that is already {where}. "
                     "Repetition makes the report longer to read and can hide what is new."),
            suggestion="Keep it in the section where it fits best and refer to it briefly elsewhere.")


CHECK = register(Check(
    id="duplication.repeated-text", severity="info",
    title="The same text twice",
    description="The same passage of about 20 words or more appears twice.",
    source="Guidance 004: 'Avoid repetition or duplication'",
    run=run, settings={"min_words": 20}))
