"""readability.long-sentence: a sentence of more than 25 words (a warning over 40)."""

from __future__ import annotations

from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.findings import Finding
from qa_checker.plain import count_words


def run(ctx: CheckContext) -> Iterator[Finding]:
    limit, very_long = ctx.settings["max_words"], ctx.settings["warning_words"]
    for sentence in ctx.sentences:
        words = sentence.words
        if words <= limit or _is_list(sentence.text):
            continue
        severity = "warning" if words > very_long else ctx.severity
        yield ctx.finding(
            sentence=sentence, excerpt=sentence.text, severity=severity,
            message=(f"This sentence is {words} words long. Sentences over {limit} words are hard to follow, "
                     "especially for a parent reading about their own family."),
            suggestion="Split it into two or three sentences, one point each.")


def _is_list(text: str) -> bool:
    """Short items joined by semicolons ("Chloe; Mr D. Farrant (form tutor); Miss K. Osei (Head of Year 8)")
    are a list written on one line, not one long sentence."""
    items = [i for i in text.split(";") if i.strip()]
    return len(items) >= 3 and all(count_words(i) <= 10 for i in items)


CHECK = register(Check(
    id="readability.long-sentence", severity="info",
    title="Long sentences",
    description="A sentence of more than 25 words (a warning over 40).",
    source="GOV.UK content design: split sentences over 25 words; guidance 002 and 003: plain language",
    run=run, settings={"max_words": 25, "warning_words": 40}))
