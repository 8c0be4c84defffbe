"""Render reports written as data into Word (and PDF) in the layouts real forms use.

    python -m corpus.render benchmarks/independent            # every reports/*.md -> files/*.docx, *.pdf
    python -m corpus.render benchmarks/independent --no-pdf   # skip LibreOffice

Each report file (``corpus/markdown.py``) names its layout in the front matter:

- ``word-headings``: headings in Word's Heading 1/2 styles;
- ``bold-headings``: headings as bold Normal paragraphs;
- ``numbered-headings``: typed "1) Heading" lines;
- ``form-table``: the question (and any printed guidance) in a shaded left cell, the answer
  on the right; a question with sub-questions and no answer of its own is a grouping row;
- ``heading-rows``: a shaded full-width heading row with the answer in the row below;
- ``content-controls``: a form table whose answers sit in Word content controls, an
  unanswered one showing Word's placeholder.

The form's key-information boxes (``fields``) come first as a two-column table (as label
lines in ``numbered-headings``), with the partnership's banner and the title above, and the
``header`` text (a protective marking) with "Page X of Y" on every page when it is given.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from corpus.markdown import Block, ReportText, Section, read_report
from corpus.word import KV, SHADE, SHADE_DARK, TBL, B, N, P, Report, _normalise_zip, render_pdfs

LAYOUTS = ("word-headings", "bold-headings", "numbered-headings", "form-table", "heading-rows", "content-controls")
_TABLE_LAYOUTS = {"form-table", "heading-rows", "content-controls"}


def _items(blocks: list[Block]) -> list:
    """Blocks as the Word builder's content items, in order; printed guidance as grey italic prompts."""
    items: list = []
    for block in blocks:
        if block.kind == "prompt":
            items.append(P(block.text))
        elif block.kind == "para":
            items.append(block.text)
        elif block.kind == "bullet":
            items.append(B(block.text))
        elif block.kind == "numbered":
            items.append(N(block.text))
        elif block.kind == "label":
            items.append(KV(block.label, block.text))
        elif block.kind == "table":
            items.append(TBL(block.rows[0], block.rows[1:]))
    return items


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "answer"


class Layout:
    def __init__(self, report: ReportText):
        meta = report.meta
        self.report, self.layout = report, meta.get("layout", "word-headings")
        if self.layout not in LAYOUTS:
            raise ValueError(f"{report.id}: unknown layout {self.layout!r}")
        conference = meta.get("conference") or {}
        author = {"name": _field(meta, "author", "name") or "Author", "role": "", "agency": ""}
        self.doc = Report(report.id, "generic", [], (conference.get("type"), str(conference.get("date"))),
                          str(meta.get("report_date") or conference.get("date")), author,
                          [c["name"] for c in meta.get("children") or []],
                          [a["name"] for a in meta.get("adults") or []])
        self.doc._record = lambda *args, **kwargs: None  # no section ground truth here: the labels say it
        self.number = 0

    def build(self) -> Report:
        meta, doc = self.report.meta, self.doc
        if meta.get("header"):
            doc.header_footer(marking=str(meta["header"]))
        if meta.get("banner"):
            doc.line(str(meta["banner"]), bold=True, size=10, center=True)
        doc.title(str(meta.get("title") or "Report to Child Protection Conference"))
        self._fields(meta.get("fields") or [])
        doc.render(doc.doc, _items(self.report.preamble))
        if self.layout in _TABLE_LAYOUTS:
            self._table_sections()
        else:
            for section in self.report.sections:
                self._heading_section(section)
        return doc

    def _fields(self, fields: list) -> None:
        if not fields:
            return
        if self.layout == "numbered-headings":
            self.doc.render(self.doc.doc, [KV(f"{label}:", str(value)) for label, value in fields])
            return
        table = self.doc.form_table((6.0, 11.0))
        for label, value in fields:
            row = self.doc._add_row(table, table._widths)
            self.doc._shade(row.cells[0], SHADE)
            self.doc._run(self.doc._par(row.cells[0]), str(label), bold=True)
            if str(value).strip():
                self.doc._par(row.cells[1]).add_run(str(value))
        self.doc.end_table()

    # -- headings in the body -----------------------------------------------------
    def _heading_section(self, section: Section) -> None:
        doc, heading = self.doc, section.heading
        if self.layout == "word-headings":
            doc.heading(heading, "word", section.level)
        elif self.layout == "bold-headings" or section.level > 1:
            doc.heading(heading, "bold", section.level)
        else:
            self.number += 1
            numbered = re.match(r"^(\d+[.)]?|(section|part|question)\s+\d+[.):]?)\s", heading, re.IGNORECASE)
            typed = heading if numbered else f"{self.number}) {heading}"  # the author's own numbering stands
            doc.heading(typed, "bold", 1)
        doc.render(doc.doc, _items(section.blocks))

    # -- form tables ----------------------------------------------------------------
    def _table_sections(self) -> None:
        doc = self.doc
        sections = self.report.sections
        table = doc.form_table((6.0, 11.0))
        for index, section in enumerate(sections):
            following = sections[index + 1] if index + 1 < len(sections) else None
            groups = section.level == 1 and not section.answer and following is not None and following.level == 2
            if groups:
                cell = doc.merged_row(table, SHADE_DARK)
                doc._run(doc._par(cell), section.heading, bold=True)
                doc.render(cell, [P(p) for p in section.prompts])
                continue
            items = _items(section.answer)
            if self.layout == "heading-rows":
                doc.heading_row(table, "other", section.heading, items, prompts=section.prompts)
                continue
            control = None
            if self.layout == "content-controls" and not any(isinstance(i, TBL) for i in items):
                # a plain-text control cannot hold a table: such an answer is typed into the cell
                control = {"alias": section.heading[:60], "tag": _slug(section.heading), "empty": not items}
            doc.form_row(table, "other", section.heading, items, prompts=section.prompts, control=control)
        doc.end_table()


def _field(meta: dict, *words: str) -> str:
    """The value of the first key-information box whose label holds all the words."""
    for label, value in meta.get("fields") or []:
        if all(w in str(label).lower() for w in words):
            return str(value)
    return ""


def render_folder(folder: Path, pdf: bool = True) -> list[Path]:
    out = folder / "files"
    out.mkdir(exist_ok=True)
    written = []
    for path in sorted((folder / "reports").glob("*.md")):
        report = read_report(path)
        doc = Layout(report).build()
        target = out / f"{report.id}.docx"
        doc.doc.save(target)
        _normalise_zip(target)
        written.append(target)
    if pdf:
        render_pdfs(written, out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a corpus folder holding reports/*.md")
    parser.add_argument("--no-pdf", action="store_true", help="write the Word files only")
    args = parser.parse_args(argv)
    written = render_folder(args.folder, pdf=not args.no_pdf)
    print(f"rendered {len(written)} reports into {args.folder / 'files'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
