"""readability.hard-to-read: a section of the author's own text that a parent would find hard to read."""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.findings import Finding


def scores(text: str) -> tuple[float, float]:
    """Flesch Reading Ease and Flesch-Kincaid grade, from textstat (syllables by pyphen)."""
    import textstat  # imported on first use: a tenth of a second at start-up
    return textstat.flesch_reading_ease(text), textstat.flesch_kincaid_grade(text)


def run(ctx: CheckContext) -> Iterator[Finding]:
    settings = ctx.settings
    for section in ctx.report.sections:
        sentences = [s for s in ctx.sentences if s.section is section]
        words = sum(s.words for s in sentences)
        if words < settings["min_words"]:
            continue  # too little text for the formulas to mean anything
        # One sentence per line, so that textstat counts the sentences we count.
        ease, grade = scores("\n".join(s.text.rstrip(".!?:") + "." for s in sentences))
        if ease >= settings["min_reading_ease"] and grade <= settings["max_grade"]:
            continue
        average = words / max(len(sentences), 1)
        yield ctx.finding(
            section=section,
            message=(f"The text under \"{section.heading}\" is hard to read: reading ease {ease:.0f} "
                     f"(plain English is 60 or more) and about {grade:.0f} years of schooling to follow. "
                     f"Its sentences average {average:.0f} words. The family must be able to understand it."),
            suggestion="Use shorter sentences (15 to 20 words) and everyday words instead of professional terms.")


CHECK = register(Check(
    id="readability.hard-to-read", severity="warning",
    title="Hard-to-read sections",
    description="Flesch Reading Ease below 50 or Flesch-Kincaid grade above 12 on at least 40 words of a section.",
    source="Guidance 002: reports 'intelligible to the lay person'; guidance 003: 'everyday language'",
    run=run, settings={"min_words": 40, "min_reading_ease": 50, "max_grade": 12}))
