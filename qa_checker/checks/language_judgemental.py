"""language.judgemental: a judgemental or victim-blaming phrase; the finding carries the preferred wording."""

from __future__ import annotations

from qa_checker.checks import Check, register
from qa_checker.checks._engines import substitution
from qa_checker.wordlists import first_sentence

CHECK = register(Check(
    id="language.judgemental", severity="warning",
    title="Judgemental wording",
    description="A judgemental or victim-blaming phrase from rules/lists/judgemental.yaml, with preferred wording.",
    source="Guidance 004 ('non-judgemental but cover the risk issues'); domain research 2(c) (Children's Society, "
           "NSPCC, TACT)",
    run=substitution(
        "judgemental", "preferred",
        message=lambda words, entry: (f"\"{words}\" judges or blames rather than describes. "
                                      f"{first_sentence(entry.why)}").strip(),
        suggestion=lambda words, entry: entry.advice)))
