"""Small grammars kept as rule data (rules/grammar/*.yaml), read a clause at a time.

A grammar is a set of named phrase lists ("stay": "remain", "be made subject", ...). Text is cut
into lower-case word tokens once ("doesn't" becomes "does not", curly quotes straight), and each
list finds its phrases in the tokens, longest first, where "*" stands for at most one word. Lists
may overlap each other ("not" is a negation, "not met" a view): each is looked up on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from qa_checker.plain import plain_text
from qa_checker.ruledata import load_grammar

_TOKEN = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*|[;:,]")
_NOT = re.compile(r"^(.*?)(n't|n’t)$")
_IRREGULAR = {"can't": ("can", "not"), "won't": ("will", "not"), "shan't": ("shall", "not"),
              "cannot": ("can", "not")}


@dataclass(frozen=True)
class Token:
    word: str
    start: int  # offset in the text
    end: int


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[Token, ...]:
    """Lower-case words (and ; : , marks) with their offsets; "doesn't" is two tokens, "does" and "not".
    Worked out once per text: several grammars read the same sentence."""
    out: list[Token] = []
    for match in _TOKEN.finditer(plain_text(text)):
        word = match.group(0).lower()
        if word in _IRREGULAR:
            first, second = _IRREGULAR[word]
            out += [Token(first, match.start(), match.end()), Token(second, match.start(), match.end())]
            continue
        negated = _NOT.match(word)
        if negated and negated.group(1):
            out += [Token(negated.group(1), match.start(), match.end()), Token("not", match.start(), match.end())]
            continue
        out.append(Token(word, match.start(), match.end()))
    return tuple(out)


@dataclass(frozen=True)
class Match:
    first: int  # index of the first token
    last: int  # index after the last token
    phrase: str

    def span(self, toks: Sequence[Token]) -> tuple[int, int]:
        return toks[self.first].start, toks[self.last - 1].end


class PhraseSet:
    """One list of phrases, found word by word in a token list."""

    def __init__(self, phrases: list[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            words: list[str] = []
            for part in str(phrase).split():
                words.extend(["*"] if part == "*" else [t.word for t in tokens(part)])
            if words and words[0] != "*":
                self._by_first.setdefault(words[0], []).append(tuple(words))
        for forms in self._by_first.values():
            forms.sort(key=len, reverse=True)

    def find(self, toks: Sequence[Token]) -> list[Match]:
        found: list[Match] = []
        index = 0
        while index < len(toks):
            length = 0
            for form in self._by_first.get(toks[index].word, ()):
                length = _length(form, toks, index)
                if length:
                    found.append(Match(index, index + length, " ".join(form)))
                    break
            index += length or 1
        return found

    def starts(self, toks: Sequence[Token]) -> bool:
        return any(m.first == 0 for m in self.find(toks[:8]))


def _length(form: tuple[str, ...], toks: Sequence[Token], index: int) -> int:
    position = index
    for number, word in enumerate(form):
        if word == "*":
            rest = form[number + 1:]
            if not rest:
                return position - index
            for skip in (1, 0):
                more = _length(rest, toks, position + skip) if position + skip < len(toks) else 0
                if more:
                    return position + skip - index + more
            return 0
        if position >= len(toks) or toks[position].word != word:
            return 0
        position += 1
    return position - index


class Grammar:
    """A grammar file's phrase lists by name; other keys (examples, sources) as they are."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self._sets: dict[str, PhraseSet] = {}

    def __getitem__(self, name: str) -> PhraseSet:
        if name not in self._sets:
            value = self.data.get(name) or []
            if isinstance(value, dict):  # {kind: [phrases]}: every phrase of every kind
                value = [p for phrases in value.values() for p in phrases]
            self._sets[name] = PhraseSet([str(p) for p in value])
        return self._sets[name]

    def kinds(self, name: str) -> dict[str, PhraseSet]:
        """For a list of lists ({kind: [phrases]}), one phrase set per kind."""
        key = f"{name}:kinds"
        if key not in self.data:
            self.data[key] = {kind: PhraseSet([str(p) for p in phrases])
                              for kind, phrases in (self.data.get(name) or {}).items()}
        return self.data[key]


@lru_cache(maxsize=16)
def grammar(name: str, extra_dirs: tuple[str, ...] = ()) -> Grammar:
    return Grammar(dict(load_grammar(name, extra_dirs)))
