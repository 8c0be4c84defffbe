"""Small text helpers every stage shares: straight quotes and what counts as a word."""

from __future__ import annotations

import re

# Curly quotes, dashes and no-break spaces as their plain forms: the same length, so offsets still hold.
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                           "\u2014": "-", "\u00a0": " "})
# Words as tokens of letters and digits, for comparing passages (duplication).
# (count_words below counts as SPEC.md does: whitespace-separated tokens holding a letter or digit.)
WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")  # letters of any alphabet: "Zoë", "Ségolène"


def plain_text(text: str) -> str:
    return text.translate(_STRAIGHT)


_HAS_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def count_words(text: str) -> int:
    """SPEC.md: a word is a token holding a letter or digit ("01/03/2027", "e.g.", "mum/dad" are one each;
    a hyphenated word counts once; a lone dash or bullet is not a word)."""
    return sum(1 for token in text.split() if _HAS_LETTER_OR_DIGIT.search(token))
