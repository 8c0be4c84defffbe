"""The author's own words, sentence by sentence, each knowing where it stands.

Checks of the writing read sentences, never headings, prompts or table data.
A sentence ends at . ! ? (not after "Mr", "e.g.", a decimal point or an
initial), and also where a paragraph, list item or table cell ends, or at a
line ending in a colon (SPEC.md, readability.long-sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from qa_checker.model import Location
from qa_checker.sections import MappedReport, Section, Unit, count_words

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "mx", "dr", "st", "no", "nos", "e.g", "i.e", "etc", "approx", "vs", "v", "dept", "tel",
    "ref", "inc", "ltd", "co", "pc", "ds", "dc", "sgt", "insp", "cllr", "prof", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "a.m", "p.m", "yr", "yrs", "wk", "wks", "fig", "para", "sec", "cf", "al",
}
_END = re.compile(r"[.!?]+[\"'\u2019\u201d)]*(?=\s+[\"'\u2018\u201c(]?[A-Z0-9\u00a3])")
_LINE_END = re.compile(r"(?<=:)\s*\n|\n")


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


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs for one paragraph or cell of the author's text."""
    out: list[tuple[int, str]] = []
    for line_start, line in _lines(text):
        start = 0
        for match in _END.finditer(line):
            before = line[start:match.start()]
            last_word = re.search(r"([A-Za-z.]+)$", before)
            if last_word:
                word = last_word.group(1).lower().rstrip(".")
                if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                    continue  # "Mr. Smith", "e.g. school", "J. Smith"
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
        report.cache["sentences"] = [s for section in report.sections for s in section_sentences(section)]
    return report.cache["sentences"]


def section_sentences(section: Section) -> Iterator[Sentence]:
    for unit in section.content:
        for start, text in split_sentences(unit.text):
            yield Sentence(text, section, unit, start)
