"""The author's own words, sentence by sentence, each knowing where it stands.

Checks of the writing read sentences, never headings, prompts or table data.
A sentence ends at . ! ? when a new sentence opens after it (not after "Mr",
"e.g.", "approx. 20", an initial, or inside a quotation: rules/grammar/sentences.yaml),
and also where a paragraph, list item or table cell ends, or at a line ending in
a colon (SPEC.md, readability.long-sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from qa_checker.model import Location
from qa_checker.ruledata import load_grammar
from qa_checker.sections import MappedReport, Section, Unit, count_words

# A full stop, ! or ? (and any closing quotes or brackets after it), then space: a possible end.
_END = re.compile(r"[.!?]+[\"'\u2019\u201d)\]]*(?=\s+\S)")
_LINE_END = re.compile(r"(?<=:)\s*\n|\n")
_LAST_WORD = re.compile(r"([^\W\d_](?:[^\W\d_]|\.)*)$")
_OPENERS = "\"'\u2018\u201c(\u00a3#"


@dataclass(frozen=True)
class Sentence:
    text: str
    section: Section
    unit: Unit
    start: int  # offset of the sentence in its unit's text

    @property
    def location(self) -> Location:
        return self.unit.location

    @property
    def words(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True)
class _Abbreviations:
    titles: frozenset[str]
    before_numbers: frozenset[str]
    mid_sentence: frozenset[str]


@lru_cache(maxsize=8)
def _abbreviations(extra_dirs: tuple[str, ...] = ()) -> _Abbreviations:
    data = load_grammar("sentences", extra_dirs)
    return _Abbreviations(*(frozenset(str(w).lower() for w in data.get(key) or [])
                            for key in ("titles", "before_numbers", "mid_sentence")))


def _opens_sentence(rest: str) -> bool:
    first = rest.lstrip()[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in _OPENERS)


def _quoted_regions(line: str) -> list[tuple[int, int]]:
    """Spans inside double quotation marks (straight or curly), where a full stop ends nothing."""
    regions, opened = [], None
    for index, char in enumerate(line):
        if char == "\u201c" or (char == '"' and opened is None):
            opened = index if opened is None else opened
        elif (char == "\u201d" or char == '"') and opened is not None:
            regions.append((opened, index))
            opened = None
    return regions


def _ends_here(before: str, after: str, abbreviations: _Abbreviations) -> bool:
    """Whether the full stop at the end of `before` ends a sentence, given the text `after` it."""
    if not _opens_sentence(after):
        return False
    word_match = _LAST_WORD.search(before)
    if not word_match or not before.endswith("."):
        return True  # "!" or "?", or a full stop after a number or a bracket: "Kai (7). Lily ..."
    word = word_match.group(1).lower().rstrip(".")
    next_word = after.lstrip()
    if word in abbreviations.mid_sentence or word in abbreviations.titles:
        return False  # "e.g. Lego", "Mrs. Whitmore"
    if word in abbreviations.before_numbers and next_word[:1].isdigit():
        return False  # "approx. 20", "No. 9", "Sat. 4 June"
    is_initial = len(word) == 1 and word.isalpha() and next_word[:1].isupper()  # "J. Whitmore"
    return not is_initial


def split_sentences(text: str, extra_dirs: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    """(offset, sentence) pairs for one paragraph or cell of the author's text (rules/grammar/sentences.yaml)."""
    abbreviations = _abbreviations(extra_dirs)
    out: list[tuple[int, str]] = []
    for line_start, line in _lines(text):
        quoted = _quoted_regions(line)
        start = 0
        for match in _END.finditer(line):
            if any(q_start < match.start() and match.end() <= q_end for q_start, q_end in quoted):
                continue  # inside a quotation (not at its close): the quoted words stay whole
            stop = line[start:match.start() + len(match.group(0).rstrip("\"'\u2019\u201d)]"))]
            if not _ends_here(stop, line[match.end():], abbreviations):
                continue
            piece = line[start:match.end()].strip()
            if piece:
                out.append((line_start + start + (len(line[start:]) - len(line[start:].lstrip())), piece))
            start = match.end()
        rest = line[start:].strip()
        if rest:
            out.append((line_start + start + (len(line[start:]) - len(line[start:].lstrip())), rest))
    return out


def _lines(text: str) -> Iterator[tuple[int, str]]:
    position = 0
    for piece in _LINE_END.split(text):
        if piece.strip():
            yield text.find(piece, position), piece
        position += len(piece)


def sentences(report: MappedReport) -> list[Sentence]:
    """Every sentence of the author's own words, in document order (worked out once per report)."""
    if "sentences" not in report.cache:
        extra_dirs = report.ruleset.extra_dirs
        report.cache["sentences"] = [s for section in report.sections for s in section_sentences(section, extra_dirs)]
    return report.cache["sentences"]


def section_sentences(section: Section, extra_dirs: tuple[str, ...] = ()) -> Iterator[Sentence]:
    for unit in section.content:
        for start, text in split_sentences(unit.text, extra_dirs):
            yield Sentence(text, section, unit, start)
