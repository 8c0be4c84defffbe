"""The document model every reader produces and every later stage reads.

A report becomes an ordered list of blocks (paragraphs and tables), whatever
file it came from. Each block keeps the typography the section mapper needs to
recognise headings and guidance prompts (style, bold, italic, grey text, font
size) and where it came from, so that a finding can point at it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Location:
    """Where a block sits in the source file.

    All numbers count from 1, as a reader would. DOCX: `paragraph` counts the
    document's paragraphs in reading order (table cells included); `table`,
    `row` and `cell` (the column) name a table cell. PDF: `page` as well.
    """

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def as_dict(self) -> dict[str, int | None]:
        """The JSON contract's shape: a cell is [row, column]."""
        cell = None if self.cell is None else [self.row, self.cell]
        return {"page": self.page, "paragraph": self.paragraph, "table": self.table, "cell": cell}


@dataclass
class Paragraph:
    text: str
    location: Location = field(default_factory=Location)
    style: str | None = None  # Word style name, as the author's template names it
    heading_level: int | None = None  # 1 = top level; from a heading style or outline level
    bold: bool = False  # every letter is bold
    italic: bool = False  # every letter is italic
    muted: bool = False  # grey text, the colour templates use for guidance
    font_size: float | None = None  # points; PDFs only (DOCX headings come from styles)
    list_level: int | None = None  # Word numbering level; None when not a list item
    placeholder: bool = False  # an empty content control showing Word's prompt
    control: str | None = None  # alias or tag of the content control holding it


@dataclass
class Cell:
    blocks: list[Block] = field(default_factory=list)
    shaded: bool = False  # a filled background: form templates shade their question cells
    span: int = 1  # columns this cell covers (gridSpan)
    continued: bool = False  # the lower part of a vertically merged cell

    @property
    def paragraphs(self) -> list[Paragraph]:
        return list(iter_paragraphs(self.blocks))

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs if p.text)


@dataclass
class Table:
    rows: list[list[Cell]]
    location: Location = field(default_factory=Location)

    @property
    def width(self) -> int:
        return max((sum(c.span for c in row) for row in self.rows), default=0)


Block = Paragraph | Table


@dataclass
class Document:
    """One report as read from its file."""

    path: str
    kind: Literal["docx", "pdf"]
    blocks: list[Block]
    pages: int | None = None  # known for PDFs
    header_text: list[str] = field(default_factory=list)  # page headers/footers, kept apart
    tracked_insertions: int = 0  # words inserted with track changes on (counted as text)
    tracked_deletions: int = 0  # words deleted with track changes on (not text)

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph in reading order, table cells included."""
        return iter_paragraphs(self.blocks)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs() if p.text)


def iter_paragraphs(blocks: list[Block]) -> Iterator[Paragraph]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield block
        else:
            for row in block.rows:
                for cell in row:
                    yield from iter_paragraphs(cell.blocks)
