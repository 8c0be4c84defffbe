"""Word lists from `rules/lists/*.yaml`, and one small engine that finds their phrases in text.

Matching is whole words and case-insensitive; a hyphenated compound is one word
(so "escalate" is not found in "de-escalate"); "*" in a phrase stands for at
most one word ("attended all * sessions"); curly quotes count as straight ones.
A phrase inside one of its entry's `not_when` phrases ("threshold for a Child
Protection Plan") is the plain use of the words and is not found, and nor is
anything inside quotation marks: those are someone else's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from qa_checker.plain import plain_text
from qa_checker.ruledata import RuleDataError, load_yaml, rules_dirs

# Double quotes; or single quotes that open before a word and close after one, with apostrophes
# ("she's") allowed inside.
_QUOTED = re.compile(r"\"[^\"]{2,}?\"|(?<![A-Za-z0-9])'(?=[A-Za-z0-9])(?:[^']|'(?=[A-Za-z]))+?'(?![A-Za-z0-9])")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(plain_text(text))]


def _phrase_pattern(phrase: str) -> str:
    parts = []
    for word in phrase.lower().split():
        parts.append(r"(?:\s+[\w'-]+)?" if word == "*" else r"\s+" + re.escape(word))
    body = "".join(parts).removeprefix(r"\s+")
    if body.startswith("(?:"):
        body = body.replace(r"(?:\s+", "(?:", 1)
    return rf"(?<![\w-]){body}(?![\w-])"


@dataclass(frozen=True)
class Entry:
    key: str  # the phrase or term as the list names it
    forms: tuple[str, ...]
    advice: str  # the plain alternative or preferred wording
    why: str
    source: str  # the source, spelled out
    not_when: tuple[str, ...] = ()
    data: dict = field(default_factory=dict, compare=False, hash=False)


def first_sentence(text: str) -> str:
    """The user-facing reason: a list's `why` may go on with notes for whoever maintains the list."""
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip())
    return match.group(1) if match else text.strip()


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry


_TOKEN = re.compile(r"[\w'-]+")


def _tokens(text: str) -> list[str]:
    return [t.strip("'") or t for t in _TOKEN.findall(text.lower())]


class PhraseFinder:
    """Finds every form of every entry in a text, longest first, outside quotes and `not_when` phrases.

    Works word by word (a dictionary from each form's first word), so a list of
    hundreds of phrases costs little more than one.
    """

    def __init__(self, entries: Iterable[Entry], skippable: frozenset[str] = frozenset()) -> None:
        self.entries = list(entries)
        # Words that may stand inside a phrase without breaking it ("it is also understood", "concerns have
        # also been raised"): a list's `skip_between`, and any word ending in -ly when the list has one.
        self.skippable = skippable
        self._by_first: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        for entry in self.entries:
            for form in entry.forms:
                words: list[str] = []
                for part in form.lower().split():
                    words.extend(["*"] if part == "*" else _tokens(part))
                words = tuple(words)
                if words and words[0] != "*":
                    self._by_first.setdefault(words[0], []).append((words, entry))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: len(item[0]), reverse=True)
        self._not_when = {id(e): [re.compile(_phrase_pattern(p), re.IGNORECASE) for p in e.not_when]
                          for e in self.entries if e.not_when}

    def find(self, text: str, skip_quotes: bool = True) -> list[Hit]:
        plain = plain_text(text)
        spans = [(m.start(), m.end(), (m.group().lower().strip("'") or m.group().lower()))
                 for m in _TOKEN.finditer(plain)]
        quotes = quoted_spans(text) if skip_quotes else []
        hits: list[Hit] = []
        index = 0
        while index < len(spans):
            best: tuple[int, Entry] | None = None
            for words, entry in self._by_first.get(spans[index][2], ()):
                length = _match_at(words, spans, index, self.skippable)
                if length and (best is None or length > best[0]):
                    best = (length, entry)
            if best is None:
                index += 1
                continue
            length, entry = best
            start, end = spans[index][0], spans[index + length - 1][1]
            index += length
            if any(q_start <= start < q_end for q_start, q_end in quotes):
                continue
            if any(n.start() <= start and end <= n.end() for p in self._not_when.get(id(entry), ())
                   for n in p.finditer(plain)):
                continue
            hits.append(Hit(start, end, entry))
        return hits


def _match_at(words: tuple[str, ...], spans: list[tuple[int, int, str]], index: int,
              skippable: frozenset[str] = frozenset()) -> int:
    """How many text tokens from `index` the form matches ("*" takes one word or none, and one skippable
    word may stand between two of the form's words); 0 if none."""
    position = index
    for number, word in enumerate(words):
        if word == "*":
            rest = words[number + 1:]
            with_one = _match_at(rest, spans, position + 1, skippable) if position + 1 <= len(spans) and rest else 0
            without = _match_at(rest, spans, position, skippable) if rest else 0
            if with_one:
                return position + 1 - index + with_one
            if without:
                return position - index + without
            return 0
        for _ in range(2):  # "it is also understood", "I do not feel": up to two such words inside the phrase
            if skippable and number > 0 and position + 1 < len(spans) and spans[position][2] != word and (
                    spans[position][2] in skippable or ("-ly" in skippable and spans[position][2].endswith("ly"))) \
                    and (spans[position + 1][2] == word or (
                        position + 2 < len(spans) and spans[position + 2][2] == word
                        and spans[position + 1][2] in skippable)):
                position += 1
        if position >= len(spans) or spans[position][2] != word:
            return 0
        position += 1
    return position - index


@lru_cache(maxsize=32)
def _raw_list(name: str, extra_dirs: tuple[str, ...]) -> tuple[dict, ...]:
    found = []
    for folder in rules_dirs(extra_dirs):
        path: Path = folder / "lists" / f"{name}.yaml"
        if path.exists():
            data = load_yaml(path)
            if not isinstance(data, dict):
                raise RuleDataError(f"{path}: a word list must be a mapping")
            found.append(data)
    if not found:
        raise RuleDataError(f"the word list '{name}' is missing from rules/lists")
    return tuple(found)


def load_list(name: str, extra_dirs: tuple[str, ...] = ()) -> dict[str, Any]:
    """A list's YAML, with a partnership's files merged in: their entries added to ours."""
    merged: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for data in _raw_list(name, tuple(extra_dirs)):
        sources.update(data.get("sources") or {})
        for key, value in data.items():
            if isinstance(value, list):
                merged[key] = [*merged.get(key, []), *value]
            elif key not in merged:
                merged[key] = value
    merged["sources"] = sources
    return merged


def entries(name: str, section: str = "entries", advice_key: str = "plain",
            extra_dirs: tuple[str, ...] = ()) -> list[Entry]:
    data = load_list(name, extra_dirs)
    sources = data["sources"]
    out = []
    for item in data.get(section) or []:
        if isinstance(item, str):
            item = {"phrase": item}
        key = item.get("phrase") or item.get("term")
        forms = tuple(item.get("forms") or [key, *(item.get("variants") or [])])
        out.append(Entry(key=key, forms=forms, advice=item.get(advice_key) or item.get("expansion") or "",
                         why=item.get("why", ""), source=sources.get(item.get("source", ""), item.get("source", "")),
                         not_when=tuple(item.get("not_when") or ()), data=item))
    return out


@lru_cache(maxsize=32)
def finder(name: str, section: str = "entries", advice_key: str = "plain",
           extra_dirs: tuple[str, ...] = ()) -> PhraseFinder:
    skippable = frozenset(str(w).lower() for w in load_list(name, extra_dirs).get("skip_between") or [])
    return PhraseFinder(entries(name, section, advice_key, extra_dirs), skippable)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """About 3,000 everyday English words (the Dale-Chall list that textstat ships): "HIGH", "SMART", "GROW"
    typed in capitals are words, not acronyms."""
    import textstat  # noqa: F401 - only to find its resources folder

    path = Path(textstat.__file__).parent / "resources" / "en" / "easy_words.txt"
    try:
        return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").split() if w.strip())
    except OSError:
        return frozenset()
