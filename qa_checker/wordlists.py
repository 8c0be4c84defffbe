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

from qa_checker.ruledata import RuleDataError, load_yaml, rules_dirs

_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
# Double quotes; or single quotes that open before a word and close after one, with apostrophes
# ("she's") allowed inside.
_QUOTED = re.compile(r"\"[^\"]{2,}?\"|(?<![A-Za-z0-9])'(?=[A-Za-z0-9])(?:[^']|'(?=[A-Za-z]))+?'(?![A-Za-z0-9])")


def plain_text(text: str) -> str:
    """Curly quotes and dashes made straight: the same length, so offsets still point into `text`."""
    return text.translate(_STRAIGHT)


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


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry


class PhraseFinder:
    """Finds every form of every entry in a text, longest first, outside quotes and `not_when` phrases."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = list(entries)
        by_form: dict[str, Entry] = {}
        for entry in self.entries:
            for form in entry.forms:
                by_form.setdefault(form.lower(), entry)
        forms = sorted(by_form, key=len, reverse=True)
        self._forms = by_form
        self._pattern = re.compile("|".join(f"(?P<f{i}>{_phrase_pattern(f)})" for i, f in enumerate(forms)),
                                   re.IGNORECASE) if forms else None
        self._names = {f"f{i}": form for i, form in enumerate(forms)}
        self._not_when = {id(e): [re.compile(_phrase_pattern(p), re.IGNORECASE) for p in e.not_when]
                          for e in self.entries}

    def find(self, text: str, skip_quotes: bool = True) -> list[Hit]:
        if self._pattern is None:
            return []
        plain = plain_text(text)
        quotes = quoted_spans(text) if skip_quotes else []
        hits = []
        for match in self._pattern.finditer(plain):
            entry = self._forms[self._names[match.lastgroup]]
            start, end = match.span()
            if any(q_start <= start < q_end for q_start, q_end in quotes):
                continue
            if any(n.start() <= start and end <= n.end() for p in self._not_when[id(entry)] for n in p.finditer(plain)):
                continue
            hits.append(Hit(start, end, entry))
        return hits


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
    return PhraseFinder(entries(name, section, advice_key, extra_dirs))
