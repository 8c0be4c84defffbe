"""jargon.term: a professional phrase from the jargon list; the finding carries the plain alternative."""

from __future__ import annotations

from qa_checker.checks import Check, register
from qa_checker.checks._engines import substitution
from qa_checker.wordlists import first_sentence

CHECK = register(Check(
    id="jargon.term", severity="warning",
    title="Professional jargon",
    description="A professional phrase from the jargon list (rules/lists/jargon.yaml), with its plain alternative.",
    source="Guidance 002 ('Uses plain language and avoids jargon'); guidance 003 ('everyday language that avoids "
           "professional jargon')",
    run=substitution(
        "jargon", "plain",
        message=lambda words, entry: f"\"{words}\" is professional language that families may not understand. "
                                     f"{first_sentence(entry.why)}".strip(),
        suggestion=lambda words, entry: entry.advice)))
