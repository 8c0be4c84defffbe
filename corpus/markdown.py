"""Read one report written as data: YAML front matter, then the body in a small Markdown.

The format (benchmarks/independent/FORMAT.md) is what a writer types: ``# Heading`` for a
form's section or question, ``## Sub-heading``, ``> text`` for the form's printed guidance
left in place, paragraphs, ``- `` bullets, ``1. `` numbered items, ``**Label:** value``
lines and pipe tables. Nothing here knows about Word: ``render.py`` lays the result out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_NUMBERED = re.compile(r"^\d+[.)]\s+")
_LABEL = re.compile(r"^\*\*(.+?)\*\*\s*(.*)$")


@dataclass
class Block:
    """One thing in an answer: kind is para, bullet, numbered, prompt, label or table."""

    kind: str
    text: str = ""
    label: str = ""
    rows: list[list[str]] = field(default_factory=list)  # a table: header row first


@dataclass
class Section:
    heading: str
    level: int  # 1 for ``#``, 2 for ``##``
    blocks: list[Block] = field(default_factory=list)

    @property
    def prompts(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "prompt"]

    @property
    def answer(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "prompt"]


@dataclass
class ReportText:
    meta: dict
    preamble: list[Block]
    sections: list[Section]

    @property
    def id(self) -> str:
        return str(self.meta["id"])


def _table_row(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _is_separator(line: str) -> bool:
    return bool(re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", line.strip()))


def parse_body(text: str) -> tuple[list[Block], list[Section]]:
    preamble: list[Block] = []
    sections: list[Section] = []
    lines = text.splitlines()
    paragraph: list[str] = []

    def target() -> list[Block]:
        return sections[-1].blocks if sections else preamble

    def flush() -> None:
        if paragraph:
            target().append(Block("para", " ".join(s.strip() for s in paragraph)))
            paragraph.clear()

    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("#"):
            flush()
            level = len(stripped) - len(stripped.lstrip("#"))
            sections.append(Section(stripped[level:].strip(), min(level, 2)))
        elif stripped.startswith(">"):
            flush()
            target().append(Block("prompt", stripped.lstrip(">").strip()))
        elif stripped.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                if not _is_separator(lines[i]):
                    rows.append(_table_row(lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            target().append(Block("table", rows=[r + [""] * (width - len(r)) for r in rows]))
            continue
        elif stripped.startswith(("- ", "* ")):
            flush()
            target().append(Block("bullet", stripped[2:].strip()))
        elif _NUMBERED.match(stripped) and not paragraph:
            target().append(Block("numbered", _NUMBERED.sub("", stripped)))
        elif (match := _LABEL.match(stripped)) and not paragraph:
            target().append(Block("label", match.group(2).strip(), label=match.group(1).strip()))
        else:
            paragraph.append(stripped)
        i += 1
    flush()
    return preamble, sections


def read_report(path: Path) -> ReportText:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\s*\n(.*?)\n---\s*\n(.*)$", text, flags=re.S)
    if not match:
        raise ValueError(f"{path.name}: no front matter")
    meta = yaml.safe_load(match.group(1)) or {}
    preamble, sections = parse_body(match.group(2))
    return ReportText(meta, preamble, sections)


def author_text(report: ReportText) -> str:
    """The body as plain text, for checking that labelled excerpts are really there."""
    parts: list[str] = []
    for block in report.preamble + [b for s in report.sections for b in s.blocks]:
        if block.kind == "table":
            parts.extend(cell for row in block.rows for cell in row)
        elif block.kind == "label":
            parts.append(f"{block.label} {block.text}")
        else:
            parts.append(block.text)
    parts.extend(s.heading for s in report.sections)
    return "\n".join(parts)
