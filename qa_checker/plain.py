"""Small text helpers every stage shares: straight quotes and what counts as a word."""

from __future__ import annotations

import re

# Curly quotes, dashes and no-break spaces as their plain forms: the same length, so offsets still hold.
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                           "\u2014": "-", "\u00a0": " "})
# A word is a token holding a letter or digit; a hyphenated word counts once (SPEC.md).
WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")  # letters of any alphabet: "Zoë", "Ségolène"


def plain_text(text: str) -> str:
    return text.translate(_STRAIGHT)


def count_words(text: str) -> int:
    return len(WORD.findall(text))
