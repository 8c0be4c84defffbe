#!/usr/bin/env python3
"""Make the bundled sample reports for qa-checker.

What it makes
-------------
Twenty fictional reports to child protection conferences in England, written
the way real professionals fill in their partnership's Word form, one DOCX per
report in this folder (``samples/``), each with:

* ``NAME.pdf``  - the DOCX rendered by LibreOffice (headless), as an author
  would export it before sending;
* ``NAME.yaml`` - the ground truth the tests check the section mapper against:
  template, layout tags, conference, author, children, adults, every section
  heading in document order with its canonical id, whether the author wrote
  anything under it and the first words of what they wrote, the template
  guidance prompts left in, and the placeholder answers used.

The reports cover the five partnership templates (norfolk-sos, llr,
norfolk-education, lincolnshire, portsmouth) and ``generic`` reports on no
partnership's form, and between them every layout tag listed in
``samples/README.md``: Word heading styles, bold paragraphs, typed and
auto-numbered headings, two-column form tables with shaded question cells,
tables with shaded heading rows, content controls (filled and empty),
OFFICIAL-SENSITIVE headers with Page X of Y footers, guidance prompts left in,
placeholder answers, family tables, answers long enough to break across a
page, headings that use the child's name, sub-headings, tracked changes and
nested tables.

The writing deliberately mixes good practice with the weaknesses real reports
have (undefined acronyms, jargon, judgemental phrases, opinions without
evidence, unattributed second-hand information, attendance-only strengths,
missing scaling reasons, actions without timescales, a name spelled two ways,
a repeated passage, a child not seen, a report with no child's views, late
reports). Each planted weakness has a ``# planted:`` comment beside it. The
YAML never lists them: it only records structure.

All names, schools, addresses and events are invented.

How to rerun
------------
::

    . /work/main/.venv/bin/activate        # python-docx, PyYAML, lxml
    python samples/make_samples.py          # writes DOCX + YAML, then PDFs
    python samples/make_samples.py --no-pdf # DOCX + YAML only

The DOCX and YAML output is deterministic (fixed text, fixed document
properties, fixed ZIP timestamps; no randomness, no network). PDFs are
rendered with ``soffice --headless --convert-to pdf``; when ``soffice`` is not
installed (as in CI) the script says so and leaves the committed PDFs alone.
PDF bytes carry LibreOffice's own creation date, so they differ run to run
even though their content does not.

After writing, the script reopens every DOCX and checks that it loads, that
every heading, prompt, placeholder and ``starts_with`` string is really in the
document text, and prints the word count of the author's own writing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

HERE = Path(__file__).resolve().parent

GREY = RGBColor(0x80, 0x80, 0x80)
SHADE = "D9D9D9"        # question / heading cells
SHADE_DARK = "BFBFBF"   # grouping heading rows
SHADE_LIGHT = "F2F2F2"  # header rows of data tables
WORD_PLACEHOLDER = "Click or tap here to enter text."
TEMPLATES = {"norfolk-sos", "llr", "norfolk-education", "lincolnshire", "portsmouth", "generic"}
LAYOUTS = {
    "word-headings", "bold-headings", "numbered-headings", "form-table", "heading-rows",
    "content-controls", "header-footer", "prompts-left-in", "placeholders", "family-table",
    "long-answer", "child-name-heading", "sub-headings", "tracked-changes", "nested-table",
}
SECTION_IDS = {
    "author-details", "key-information", "family-composition", "consultation", "sharing",
    "agency-involvement", "worries", "past-harm", "current-harm", "complicating-factors",
    "impact", "working-well", "needs-to-happen", "agency-offer", "health-development",
    "parenting-capacity", "family-environment", "education", "presentation",
    "parent-relationship", "analysis", "child-views", "parent-views", "recommendation",
    "scaling", "previous-actions", "other",
}


# ---------------------------------------------------------------------------
# Content items. A section's answer is a list of these; a plain ``str`` is a
# paragraph of the author's own writing.
# ---------------------------------------------------------------------------
class P(str):
    """Template guidance prompt left in by the author (italic, grey)."""


class PH(str):
    """Placeholder answer ("N/A", "TBC", "See above" ...): not content."""


class SUB(str):
    """Bold sub-heading inside a section (author's own, not a template heading)."""


class B(str):
    """Bulleted paragraph of the author's own writing."""


class KV:
    """'Label: value' paragraph with a bold label (data lines in key information)."""

    def __init__(self, label: str, value: str):
        self.label, self.value = label, value

    @property
    def text(self) -> str:
        return f"{self.label} {self.value}"


def INS(text: str):
    return ("ins", text)


def DEL(text: str):
    return ("del", text)


class TR:
    """Paragraph with tracked changes: parts are str, INS(text) or DEL(text)."""

    def __init__(self, *parts):
        self.parts = parts

    @property
    def text(self) -> str:  # the text once the changes are accepted
        return "".join(p if isinstance(p, str) else (p[1] if p[0] == "ins" else "") for p in self.parts)


class TBL:
    """A small data table (family composition, chronology, attendance, scaling)."""

    def __init__(self, header, rows, widths=None, size=9):
        self.header, self.rows, self.widths, self.size = header, rows, widths, size

    @property
    def first_cell(self) -> str:
        for row in self.rows:
            for cell in row:
                if cell.strip():
                    return cell
        return ""


def _is_author(item) -> bool:
    return not isinstance(item, (P, PH))


def _text_of(item) -> str:
    if isinstance(item, (TR, KV)):
        return item.text
    if isinstance(item, TBL):
        return item.first_cell
    return str(item)


def _first_words(text: str, n: int = 8) -> str:
    return " ".join(text.split()[:n])


class SdtTarget:
    """The w:sdtContent of a block-level content control, used like a container."""

    def __init__(self, content, parent):
        self.content, self.parent = content, parent

    def add_paragraph(self, style=None):
        p = OxmlElement("w:p")
        self.content.append(p)
        par = Paragraph(p, self.parent)
        if style:
            par.style = style
        return par


# ---------------------------------------------------------------------------
# The report builder
# ---------------------------------------------------------------------------
class Report:
    def __init__(self, slug, template, layouts, conference, report_date, author, children, adults,
                 font="Arial", size=11):
        assert template in TEMPLATES, template
        assert set(layouts) <= LAYOUTS, set(layouts) - LAYOUTS
        self.slug, self.template, self.layouts = slug, template, list(layouts)
        self.conference, self.report_date = conference, report_date
        self.author, self.children, self.adults = author, children, adults
        self.font, self.size = font, size
        self.doc = Document()
        self.sections: list[dict] = []
        self.prompts: list[str] = []
        self.placeholders: list[str] = []
        self.words = 0
        self._rev = 0
        self._sdt = 0
        self._num_id = None
        self._setup()

    # -- document set-up ----------------------------------------------------
    def _set_font(self, style, name, size=None, bold=None, italic=None, color=RGBColor(0, 0, 0)):
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for attr in list(rfonts.attrib):
            del rfonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), name)
        if size:
            style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold
        if italic is not None:
            style.font.italic = italic
        if color is not None:
            col = rpr.find(qn("w:color"))
            if col is not None:
                rpr.remove(col)
            style.font.color.rgb = color

    def _setup(self):
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        sec.header_distance = sec.footer_distance = Cm(1.0)
        styles = self.doc.styles
        normal = styles["Normal"]
        self._set_font(normal, self.font, self.size, color=None)
        normal.paragraph_format.space_after = Pt(6)
        for lvl, size in ((1, 13), (2, 12), (3, 11)):
            st = styles[f"Heading {lvl}"]
            self._set_font(st, self.font, size, bold=True, italic=False)
            st.paragraph_format.space_before = Pt(14 if lvl == 1 else 10)
            st.paragraph_format.space_after = Pt(6)
        for name in ("List Bullet", "Header", "Footer"):
            self._set_font(styles[name], self.font, color=None)
        ph = styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = GREY
        props = self.doc.core_properties
        props.author = self.author["name"]
        props.last_modified_by = self.author["name"]
        props.title = "Report to Child Protection Conference"
        props.subject = ""
        props.keywords = ""
        props.comments = ""
        props.category = ""
        props.revision = 3
        y, m, d = (int(x) for x in self.report_date.split("-"))
        props.created = dt.datetime(y, m, d, 9, 0, 0)
        props.modified = dt.datetime(y, m, d, 16, 30, 0)
        props.last_printed = dt.datetime(y, m, d, 16, 31, 0)

    # -- low-level helpers ----------------------------------------------------
    @staticmethod
    def _run(par, text, bold=False, italic=False, color=None, size=None, style=None):
        r = par.add_run(text)
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if style:
            r.style = style
        return r

    def _par(self, target, style=None):
        """A new paragraph in the body, a cell (reusing the cell's empty last paragraph) or a control."""
        if isinstance(target, _Cell):
            blocks = [c for c in target._tc if c.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt"))]
            last = blocks[-1] if blocks else None
            if (last is not None and last.tag == qn("w:p") and not last.findall(qn("w:r"))
                    and not last.findall(qn("w:ins"))):
                par = Paragraph(last, target)
                if style:
                    par.style = style
                return par
            return target.add_paragraph(style=style)
        if isinstance(target, SdtTarget):
            return target.add_paragraph(style)
        return self.doc.add_paragraph(style=style)

    @staticmethod
    def _shade(cell, fill):
        tc_pr = cell._tc.get_or_add_tcPr()
        old = tc_pr.find(qn("w:shd"))
        if old is not None:
            tc_pr.remove(old)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        for tag in ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"):
            el = tc_pr.find(qn(tag))
            if el is not None:
                el.addprevious(shd)
                return
        tc_pr.append(shd)

    @staticmethod
    def _set_widths(table, widths_cm):
        table.autofit = False
        cols = table._tbl.tblGrid.findall(qn("w:gridCol"))
        for gc, w in zip(cols, widths_cm):
            gc.set(qn("w:w"), str(int(round(w * 567))))
        for row in table.rows:
            for cell, w in zip(row.cells, widths_cm):
                cell.width = Cm(w)

    def _add_table(self, target, ncols, widths):
        if isinstance(target, _Cell):
            table = target.add_table(0, ncols)
        else:
            table = self.doc.add_table(rows=0, cols=ncols)
        table.style = "Table Grid"
        self._set_widths(table, widths)
        return table

    def _add_row(self, table, widths=None):
        row = table.add_row()
        if widths:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
        return row

    def _field(self, par, instr, shown):
        def fld(kind):
            r = par.add_run()
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
        fld("begin")
        r = par.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = f" {instr} "
        r._r.append(it)
        fld("separate")
        par.add_run(shown)
        fld("end")

    # -- content ----------------------------------------------------------------
    def render(self, target, items, cell_width=None):
        for it in items:
            if isinstance(it, P):
                par = self._par(target)
                self._run(par, str(it), italic=True, color=GREY, size=self.size - 1)
                self.prompts.append(str(it))
            elif isinstance(it, PH):
                par = self._par(target)
                par.add_run(str(it))
                self.placeholders.append(str(it))
            elif isinstance(it, SUB):
                par = self._par(target)
                self._run(par, str(it), bold=True)
                par.paragraph_format.keep_with_next = True
                par.paragraph_format.space_before = Pt(6)
                self.words += len(str(it).split())
            elif isinstance(it, B):
                par = self._par(target, style="List Bullet")
                par.add_run(str(it))
                self.words += len(str(it).split())
            elif isinstance(it, KV):
                par = self._par(target)
                self._run(par, it.label, bold=True)
                par.add_run(" " + it.value)
            elif isinstance(it, TR):
                par = self._par(target)
                self._tracked(par, it.parts)
                self.words += len(it.text.split())
            elif isinstance(it, TBL):
                self._data_table(target, it, cell_width)
            elif isinstance(it, str):
                par = self._par(target)
                par.add_run(it)
                self.words += len(it.split())
            else:  # pragma: no cover
                raise TypeError(type(it))

    def _tracked(self, par, parts):
        y, m, d = self.report_date.split("-")
        for part in parts:
            if isinstance(part, str):
                par.add_run(part)
                continue
            kind, text = part
            self._rev += 1
            el = OxmlElement("w:ins" if kind == "ins" else "w:del")
            el.set(qn("w:id"), str(self._rev))
            el.set(qn("w:author"), self.author["name"])
            el.set(qn("w:date"), f"{y}-{m}-{d}T14:{10 + self._rev:02d}:00Z")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t" if kind == "ins" else "w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = text
            r.append(t)
            el.append(r)
            par._p.append(el)

    def _data_table(self, target, tbl: TBL, cell_width=None):
        ncols = len(tbl.header) if tbl.header else len(tbl.rows[0])
        widths = tbl.widths
        if widths is None:
            total = (cell_width - 0.4) if cell_width else 17.0
            widths = [total / ncols] * ncols
        table = self._add_table(target, ncols, widths)
        rows = ([tbl.header] if tbl.header else []) + list(tbl.rows)
        for i, values in enumerate(rows):
            row = self._add_row(table, widths)
            for cell, value in zip(row.cells, values):
                par = self._par(cell)
                is_head = tbl.header and i == 0
                self._run(par, value, bold=bool(is_head), size=tbl.size)
                par.paragraph_format.space_after = Pt(0)
                if is_head:
                    self._shade(cell, SHADE_LIGHT)
        if not isinstance(target, _Cell):
            self.doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return table

    # -- headings ---------------------------------------------------------------
    def _heading_numbering(self):
        if self._num_id is None:
            numbering = self.doc.part.numbering_part.element
            abstract = parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
                '<w:multiLevelType w:val="singleLevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl></w:abstractNum>')
            first_num = numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                numbering.append(abstract)
            self._num_id = numbering.add_num(77).numId
        return self._num_id

    def heading(self, text, kind="word", level=1, autonum=False):
        """kind: 'word' (Heading n style) or 'bold' (bold Normal paragraph)."""
        if kind == "word":
            par = self.doc.add_paragraph(style=f"Heading {level}")
            par.add_run(text)
        elif kind == "bold":
            par = self.doc.add_paragraph()
            self._run(par, text, bold=True, size=self.size + (1 if level == 1 else 0))
            par.paragraph_format.keep_with_next = True
            par.paragraph_format.space_before = Pt(12 if level == 1 else 8)
        else:  # pragma: no cover
            raise ValueError(kind)
        if autonum:
            num_pr = par._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = self._heading_numbering()
        return par

    def title(self, text, sub=None):
        par = self.doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(par, text, bold=True, size=14)
        if sub:
            par = self.doc.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(par, sub, size=self.size - 1)

    def line(self, text, bold=False, italic=False, size=None, center=False):
        """Preamble / closing text outside any section (not recorded)."""
        par = self.doc.add_paragraph()
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(par, text, bold=bold, italic=italic, size=size)
        return par

    # -- recording ------------------------------------------------------------
    def _record(self, sid, heading, items, has_text=None, starts_with=None):
        assert sid in SECTION_IDS, sid
        author_items = [i for i in items if _is_author(i)]
        if has_text is None:
            has_text = bool(author_items)
        entry = {"id": sid, "heading": heading, "has_text": bool(has_text)}
        if has_text:
            if starts_with is None:
                first = author_items[0]
                assert not isinstance(first, (SUB, TR)), (self.slug, heading)
                starts_with = _first_words(_text_of(first))
            entry["starts_with"] = starts_with
        self.sections.append(entry)

    # -- content controls ---------------------------------------------------------
    def _new_sdt(self, alias, tag, empty=False):
        self._sdt += 1
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        for name, val in (("w:alias", alias), ("w:tag", tag),
                          ("w:id", str(-1870000000 + 104729 * self._sdt))):
            el = OxmlElement(name)
            el.set(qn("w:val"), val)
            pr.append(el)
        if empty:
            pr.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(pr)
        sdt.append(OxmlElement("w:sdtEndPr"))
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        return sdt, content

    def control(self, where, alias, tag, items, empty=False):
        """Put ``items`` in a block-level content control in a cell or (where=None) the body."""
        sdt, content = self._new_sdt(alias, tag, empty)
        if isinstance(where, _Cell):
            tc = where._tc
            blocks = [c for c in tc if c.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt"))]
            if len(blocks) == 1 and blocks[0].tag == qn("w:p") and not blocks[0].findall(qn("w:r")):
                tc.remove(blocks[0])
            tc.append(sdt)
            target = SdtTarget(content, where)
        else:
            body = self.doc.element.body
            body.find(qn("w:sectPr")).addprevious(sdt)
            target = SdtTarget(content, self.doc._body)
        if empty:
            par = target.add_paragraph()
            self._run(par, WORD_PLACEHOLDER, style="Placeholder Text")
            self.placeholders.append(WORD_PLACEHOLDER)
        else:
            self.render(target, items)
        return target

    # -- section layouts ------------------------------------------------------------
    def section(self, sid, heading, items=(), kind="word", level=1, autonum=False, group=False,
                control=None, has_text=None, starts_with=None):
        """A heading paragraph followed by the answer in the body.

        control: None, or dict(alias=..., tag=..., empty=bool) to put the author's
        answer (everything after the prompts) in a body-level content control.
        """
        self.heading(heading, kind, level, autonum)
        items = list(items)
        if group:
            self._record(sid, heading, items, has_text=False)
            return
        if control:
            lead = []
            while items and isinstance(items[0], P):
                lead.append(items.pop(0))
            self.render(self.doc, lead)
            self.control(None, control["alias"], control["tag"], items, control.get("empty", False))
            if control.get("empty"):
                has_text = False
            items = lead + items
        else:
            self.render(self.doc, items)
        self._record(sid, heading, items, has_text, starts_with)

    def form_table(self, widths=(6.0, 11.0)):
        table = self._add_table(self.doc, len(widths), widths)
        table._widths = list(widths)
        return table

    def end_table(self):
        self.doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def form_row(self, table, sid, heading, items=(), prompts=(), control=None, has_text=None,
                 starts_with=None, fill=SHADE):
        """Question (bold) and guidance (italic grey) in a shaded left cell, answer on the right."""
        widths = table._widths
        row = self._add_row(table, widths)
        cells = row.cells
        left = cells[0]
        right = cells[1] if len(cells) == 2 else cells[1].merge(cells[-1])
        self._shade(left, fill)
        self._run(self._par(left), heading, bold=True)
        self.render(left, [P(p) for p in prompts])
        items = list(items)
        right_w = sum(widths[1:])
        if control:
            self.control(right, control["alias"], control["tag"], items, control.get("empty", False))
            if control.get("empty"):
                has_text = False
        else:
            self.render(right, items, cell_width=right_w)
        self._record(sid, heading, items, has_text, starts_with)
        return row

    def form_pairs(self, table, pairs):
        """One row of label/value pairs: [(sid, label, items, control), ...] over a 4-column grid."""
        widths = table._widths
        row = self._add_row(table, widths)
        cells = list(row.cells)
        for i, (sid, label, items, control) in enumerate(pairs):
            left = cells[2 * i]
            if i == len(pairs) - 1 and 2 * i + 1 < len(cells) - 1:
                right = cells[2 * i + 1].merge(cells[-1])
            else:
                right = cells[2 * i + 1]
            self._shade(left, SHADE)
            self._run(self._par(left), label, bold=True)
            has_text = None
            if control:
                self.control(right, control["alias"], control["tag"], items, control.get("empty", False))
                if control.get("empty"):
                    has_text = False
            else:
                self.render(right, items)
            self._record(sid, label, items, has_text)
        return row

    def merged_row(self, table, fill=None):
        row = self._add_row(table, table._widths)
        cell = row.cells[0].merge(row.cells[-1]) if len(row.cells) > 1 else row.cells[0]
        if fill:
            self._shade(cell, fill)
        return cell

    def heading_row(self, table, sid, heading, items=(), prompts=(), control=None, group=False,
                    fill=SHADE, has_text=None, starts_with=None):
        """Shaded full-width heading row; the answer goes in the full-width row below."""
        cell = self.merged_row(table, SHADE_DARK if group else fill)
        self._run(self._par(cell), heading, bold=True)
        self.render(cell, [P(p) for p in prompts])
        items = list(items)
        if group:
            self._record(sid, heading, items, has_text=False)
            return
        answer = self.merged_row(table)
        if control:
            self.control(answer, control["alias"], control["tag"], items, control.get("empty", False))
            if control.get("empty"):
                has_text = False
        else:
            self.render(answer, items, cell_width=sum(table._widths))
        self._record(sid, heading, items, has_text, starts_with)

    def data_rows(self, table, header, rows, size=9):
        """Header + data rows spread over the table's own grid (key information inside a form)."""
        for i, values in enumerate([header] + list(rows)):
            row = self._add_row(table, table._widths)
            for cell, value in zip(row.cells, values):
                par = self._par(cell)
                self._run(par, value, bold=(i == 0), size=size)
                par.paragraph_format.space_after = Pt(0)
                if i == 0:
                    self._shade(cell, SHADE_LIGHT)

    # -- header / footer --------------------------------------------------------------
    def header_footer(self, marking="OFFICIAL-SENSITIVE", footer_note=None):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._run(hp, marking, bold=True, size=10)
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run_text in ("Page ",):
            self._run(fp, run_text, size=9)
        self._field(fp, "PAGE", "1")
        self._run(fp, " of ", size=9)
        self._field(fp, "NUMPAGES", "1")
        for r in fp.runs:
            r.font.size = Pt(9)
        if footer_note:
            np_ = sec.footer.add_paragraph()
            np_.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._run(np_, footer_note, size=8, color=GREY)

    # -- output ------------------------------------------------------------------------
    def save(self, outdir: Path):
        path = outdir / f"{self.slug}.docx"
        self.doc.save(path)
        _normalise_zip(path)
        (outdir / f"{self.slug}.yaml").write_text(self.to_yaml(), encoding="utf-8")
        return path

    def to_yaml(self) -> str:
        q = lambda s: json.dumps(s, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars
        a = self.author
        out = [
            f"file: {self.slug}.docx",
            f"pdf: {self.slug}.pdf",
            f"template: {self.template}",
            f"layouts: [{', '.join(self.layouts)}]",
            f"conference: {{type: {self.conference[0]}, date: {q(self.conference[1])}}}",
            f"report_date: {q(self.report_date)}",
            f"author: {{name: {q(a['name'])}, role: {q(a['role'])}, agency: {q(a['agency'])}}}",
            f"children: [{', '.join(q(c) for c in self.children)}]",
            f"adults: [{', '.join(q(c) for c in self.adults)}]",
            "sections:",
        ]
        for s in self.sections:
            out.append(f"  - id: {s['id']}")
            out.append(f"    heading: {q(s['heading'])}")
            out.append(f"    has_text: {'true' if s['has_text'] else 'false'}")
            if "starts_with" in s:
                out.append(f"    starts_with: {q(s['starts_with'])}")
        prompts = list(dict.fromkeys(self.prompts))
        if prompts:
            out.append("prompts:")
            out.extend(f"  - {q(p)}" for p in prompts)
        else:
            out.append("prompts: []")
        placeholders = list(dict.fromkeys(self.placeholders))
        out.append(f"placeholders: [{', '.join(q(p) for p in placeholders)}]")
        text = "\n".join(out) + "\n"
        data = yaml.safe_load(text)
        assert data["sections"] == self.sections, self.slug
        assert data["prompts"] == prompts and data["placeholders"] == placeholders
        return text


def _normalise_zip(path: Path):
    """Rewrite the DOCX with fixed timestamps so that the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


# ---------------------------------------------------------------------------
# Guidance prompts, copied from the partnership templates (guidance/000-004)
# ---------------------------------------------------------------------------
SOS_OVERVIEW = ["Type of service offered by your agency (brief overview)",
                "First time the family became known to your service.",
                "Why are you involved with the family currently?"]
SOS_PAST = ("Information about past harm/danger that has occurred for the child, their siblings or "
            "their parents/carers which could increase the risk of harm currently.")
SOS_CURRENT = "The Risks that are harmful or pose a risk of significant harm to the child currently."
SOS_COMPLICATING = ("Things that make life more difficult or complicated ie. adult behaviours, special "
                    "needs, diversity, language differences etc…")
SOS_IMPACT = ("What do you believe will be the likely outcome for the child(ren) if their current "
              "situation continues?")
SOS_WELL = ("Identify family strengths and safe behaviours (Include strengths within the wider family "
            "network which increases safety).")
SOS_OFFER = ("Identify the risks, briefly describe what you would expect to see when a child is safe and "
             "not at risk of harm and the identified action that your agency can offer.")
SOS_CHILD = ("*Please ensure you have the child’s permission to share their views with parent/carers "
             "and with conference members.")
SOS_PARENT = ["Views on the support you have provided and whether they think this has helped their child.",
              "Parent’s/carer’s view of the information contained within this report."]
SOS_RECOMMENDATION = [
    "Please consider for each child/young person on a scale of 0 to 10 if the child is safe and their "
    "needs are being met, or the child is at risk of significant ongoing harm and/or their needs are not met.",
    "Please consider for each child/young person whether the threshold for a Child Protection Plan is met "
    "and or their needs can be met via different planning.",
    "Please consider for each child/young person your reasons for your decision making.",
]

H_OVERVIEW = "Overview of your agency's involvement with child/family"
H_WORRIED_NOW = "What are we worried about now?"
H_IMPACT = "What is the impact on the child if the risks are not reduced?"
H_WELL = ("What is working well for the child that reduces the risks and increases the child's safety "
          "and resilience?")
H_OFFER = "Within your own agency's provision"
H_CHILD = "Child/young person's views on their situation and on the report"
H_PARENT = "Parents'/carers' views on the situation and on the report"


def curly(text: str) -> str:
    """The same heading as typed in a template that uses typographic apostrophes."""
    return text.replace("'", "’")


# ---------------------------------------------------------------------------
# norfolk-sos (guidance 000)
# ---------------------------------------------------------------------------
@report
def norfolk_sos_01():
    # A good-practice school report: acronyms spelled out, evidence and dates,
    # strengths tied to safety, scaling and recommendation per child with reasons.
    r = Report(
        "norfolk-sos-01-word-headings", "norfolk-sos",
        ["word-headings", "header-footer", "prompts-left-in", "family-table", "sub-headings"],
        ("initial", "2026-12-03"), "2026-11-27",
        {"name": "Helen Carter", "role": "Deputy Headteacher and Designated Safeguarding Lead",
         "agency": "Hollybrook Primary School"},
        ["Ava Smith", "Leo Smith"], ["Kelly Smith", "Jason Reed", "Carol Smith"])
    r.header_footer()
    r.title("Multi-Agency Report to Child Protection Conference")
    r.section("key-information", "Key information", [
        TBL(["Name", "Date of birth", "Relationship", "Lives in the household"], [
            ["Ava Smith", "14/03/2020", "Subject child (Year 2)", "Yes"],
            ["Leo Smith", "09/01/2023", "Subject child (Nursery class)", "Yes"],
            ["Kelly Smith", "22/07/1994", "Mother of Ava and Leo", "Yes"],
            ["Jason Reed", "30/11/1990", "Leo's father; Kelly's partner", "Yes"],
            ["Carol Smith", "05/02/1968", "Maternal grandmother", "No"],
        ], widths=[4.5, 3.0, 5.5, 4.0]),
        KV("Agency:", "Hollybrook Primary School and Nursery"),
        KV("Report author:", "Helen Carter, Deputy Headteacher and Designated Safeguarding Lead (DSL)"),
        KV("Date of report:", "27 November 2026"),
        KV("Date of conference:", "3 December 2026 (Initial Child Protection Conference)"),
    ])
    r.section("agency-involvement", H_OVERVIEW, [
        *[P(p) for p in SOS_OVERVIEW],
        "Hollybrook Primary School is a mainstream primary school with a nursery class for children aged "
        "three and four. Ava joined our Reception class in September 2024 and is now in Year 2. Leo started "
        "in our nursery class in September 2026 and attends five mornings a week.",
        "The family first became known to me as Designated Safeguarding Lead in March 2025, when Ava told "
        "her teacher that 'Jason shouted and broke the telly'. I made a referral to the Children's Advice "
        "and Duty Service (CADS) on the same day. The family were then supported through Early Help by our "
        "Family Support Practitioner, Mrs Lane, from April to September 2025.",
        "We are involved now because on 9 November 2026 Ava arrived at school with a bruise on her left "
        "upper arm. She told her class teacher, Miss Patel, that 'Jason grabbed me when I was trying to get "
        "Mummy's phone'. I made a referral to CADS at 9.40am and a strategy discussion followed on "
        "10 November 2026. This report is based on school records, my own conversations with Ava and her "
        "mum, and information from Miss Patel and Mrs Dunn, the nursery lead.",
    ])
    r.section("worries", H_WORRIED_NOW, group=True)
    r.section("past-harm", "Past Harm", [
        P(SOS_PAST),
        "Between March 2025 and November 2026 school has recorded six occasions when Ava or her mum told us "
        "about arguments at home. On 14 March 2025 Ava said Jason had shouted and broken the television. On "
        "2 June 2025 Kelly told me that Jason had 'pushed me into the door' while Ava was in the room, and "
        "that she had called the police. Kelly showed me a graze on her forearm. On 19 September 2025 Kelly "
        "told me that she had asked Jason to leave and that he was staying with his brother.",
        "Jason returned to the family home in February 2026. Kelly told me on 24 February 2026 that 'he's "
        "done his course and things are different now'. I have not been able to confirm with Jason which "
        "course he attended.",
    ], level=2)
    r.section("current-harm", "Current Harm and Impact", [
        P(SOS_CURRENT),
        "On 9 November 2026 Ava came into class at 8.50am with a bruise about the size of a 50p coin on her "
        "left upper arm. Miss Patel noticed it when Ava took off her jumper for PE at 10.15am. Ava said: "
        "'Jason grabbed me when I was trying to get Mummy's phone. He was shouting at Mummy and she was "
        "crying.' Ava said this happened 'last night after tea'. I recorded the bruise on a body map and "
        "contacted CADS.",
        SUB("Attendance and punctuality"),
        "Ava's attendance this academic year (1 September to 20 November 2026) is 88.2%. Eleven of her "
        "fourteen absences were on Mondays. She has been late on nine occasions, arriving between 9.05am "
        "and 9.40am. Leo's attendance at nursery is 79.5% over the same period.",
        SUB("Emotional wellbeing"),
        "Since October half-term Miss Patel has noticed that Ava is quieter in class and often asks whether "
        "Mummy will be collecting her. On 16 and 18 November Ava cried at home time when she saw that Jason "
        "had come to collect her and Leo. On 18 November she told Mrs Ahmed, our teaching assistant, 'I "
        "don't want to go home if Jason is cross.'",
        "Leo's key person, Mrs Dunn, has noticed that he startles and covers his ears when other children "
        "shout in the outside area. He often plays 'shouting daddies' in the home corner, where he makes one "
        "doll shout at another and then hides it under the table.",
    ], level=2)
    r.section("complicating-factors", "Complicating factors", [
        P(SOS_COMPLICATING),
        "Kelly has told me that she has felt low since the summer and that she is on a waiting list for "
        "talking therapy through her GP. She has told me she has 'no money left by the Friday', and the "
        "family have had help from the food bank three times this term.",
        "Jason does not come into school. When I invited him to a meeting on 12 November 2026 he did not "
        "reply. I have only spoken to him briefly at the school gate, so I do not know his view of the "
        "worries.",
    ], level=2)
    r.section("impact", H_IMPACT, [
        P(SOS_IMPACT),
        "If nothing changes, I am worried that Ava and Leo will continue to see and hear the adults they "
        "live with shouting at and hurting each other, and that they may be hurt again when they try to "
        "help their mum, as Ava told us she did on 8 November. I think Ava will become more anxious: she is "
        "already worried about going home and this is affecting her concentration in class. Her reading has "
        "fallen from the expected standard to 'working towards' since September. Leo's play suggests he is "
        "already frightened by shouting, and at three he is learning from the adults around him how to "
        "manage his own feelings.",
    ])
    r.section("working-well", H_WELL, [
        P(SOS_WELL),
        "Kelly has always been open with school. She told me about the incident in June 2025 herself and "
        "asked for help. In each of our five meetings since March 2025 she has been able to describe what "
        "happened at home and how it affected Ava.",
        "When Jason was living away from the home between September 2025 and February 2026, Ava's "
        "attendance rose to 97% and she was happier and more settled in class. This shows that Kelly was "
        "able to make home calmer and safer for the children during that time.",
        "Ava's grandmother, Carol Smith, collects the children every Wednesday and Friday, and the children "
        "go to stay with her when there are arguments at home. Ava talks warmly about 'Nanny Carol' and "
        "told me 'Nanny's house is quiet'. Carol has told me she is willing to have the children more often.",
        "Ava has a trusted adult in school (Mrs Ahmed) and uses her 'worry box' to tell us how she is "
        "feeling. She told us about the bruise straight away, which shows she knows that school is a safe "
        "place to talk.",
    ])
    r.section("agency-offer", H_OFFER, [
        P(SOS_OFFER),
        "When Ava and Leo are safe I would expect to see them arriving at school on time and rested, "
        "talking about home without fear, and being collected by an adult they are happy to go home with. "
        "I would expect Ava's attendance to be back above 95%.",
        B("Mrs Ahmed will meet Ava every Monday and Thursday morning for a 15-minute check-in (started "
          "10 November 2026; reviewed at each core group)."),
        B("I will offer Ava six sessions of our 'Feelings Detectives' group, starting on 5 January 2027."),
        B("Mrs Dunn will keep a daily record of Leo's play and any worries and will send a summary to the "
          "social worker every two weeks."),
        B("I will meet Kelly every two weeks to look at attendance and agree a plan for mornings, starting "
          "in the week of 7 December 2026."),
        B("The school office will send Ava's and Leo's attendance figures to the social worker every Friday."),
    ])
    r.section("child-views", H_CHILD, [
        P(SOS_CHILD),
        "I spoke to Ava on 24 November 2026 in the nurture room, with Mrs Ahmed present because Ava asked "
        "for her to be there. I explained in simple words that some grown-ups were meeting to help make home "
        "feel safe, and asked if she wanted to tell them anything. Ava drew a picture of her house with a "
        "'happy side' (her bedroom, Leo and Mummy) and a 'sad side' (the kitchen, 'where the shouting is'). "
        "She said: 'I want Jason to stop shouting. I want to live with Mummy and Leo and go to Nanny's on "
        "Fridays.' Ava agreed that I could share her picture and what she said with her mum and with the "
        "meeting.",
        "Leo is three and cannot yet tell us his views in words. Mrs Dunn has seen that he is settled and "
        "smiley when Nanny Carol drops him off, and clingy and tearful on the days Jason drops him off.",
    ])
    r.section("parent-views", H_PARENT, [
        *[P(p) for p in SOS_PARENT],
        "I went through this report with Kelly in school on 26 November 2026. She agreed that it was "
        "accurate. Kelly said school had 'always been there' for her and the children and that the "
        "check-ins have helped Ava. She disagreed with what I have written about Leo and said 'he's too "
        "little to know what's going on'.",
        "I posted a copy of this report to Jason on 26 November 2026 and invited him to meet me. At the time "
        "of writing he has not replied.",
    ])
    r.section("scaling", "Safety scale", [
        "On a scale of 0 to 10, where 0 means Ava and Leo are certain to be harmed again and 10 means "
        "everyone is confident they are safe at home:",
        "I would scale Ava at 3/10 because she was hurt on 8 November while trying to help her mum, she has "
        "told us she is frightened to go home when Jason is cross, and her attendance and learning have "
        "dropped since Jason moved back in.",
        "I would scale Leo at 3/10 because he lives in the same home and sees the same arguments, and his "
        "play in nursery shows that shouting frightens him.",
        "What would move both children up the scale is Jason taking part in a domestic abuse programme, and "
        "Kelly having a written safety plan that uses Nanny Carol's home when things start to get tense.",
    ])
    r.section("recommendation", "Recommendation", [
        "I believe the threshold for a Child Protection Plan is met for Ava, under the category of emotional "
        "abuse, because she has repeatedly seen violence between the adults in her home and was hurt herself "
        "on 8 November 2026.",
        "I believe the threshold for a Child Protection Plan is also met for Leo, under the category of "
        "emotional abuse, for the same reasons and because he is too young to get himself away from the "
        "arguments.",
    ])
    return r


@report
def norfolk_sos_02():
    # Health visitor, review conference. The whole report is one table of shaded
    # heading rows with the answers in content controls in the rows below.
    r = Report(
        "norfolk-sos-02-heading-rows", "norfolk-sos",
        ["heading-rows", "content-controls", "header-footer", "placeholders", "family-table"],
        ("review", "2027-01-14"), "2027-01-06",
        {"name": "Joanne Fairweather", "role": "Health Visitor",
         "agency": "Norfolk Healthy Child Programme (0-19 Service)"},
        ["Maja Nowak", "Oliver Nowak"], ["Zofia Nowak", "Ryan Hughes"])
    r.header_footer()
    r.title("Multi-Agency Report to Child Protection Conference",
            "Norfolk Safeguarding Children Partnership")
    t = r.form_table((4.6, 3.0, 4.9, 4.5))
    cell = r.merged_row(t, SHADE_DARK)
    r._run(r._par(cell), "Key information", bold=True)
    r.data_rows(t, ["Name", "Date of birth", "Relationship", "First language"], [
        ["Maja Nowak", "02/09/2024", "Subject child", "Polish / English"],
        ["Oliver Nowak", "11/08/2026", "Subject child", "-"],
        ["Zofia Nowak", "17/05/2001", "Mother of Maja and Oliver", "Polish"],
        ["Ryan Hughes", "03/10/1997", "Oliver's father; Zofia's partner", "English"],
    ])
    info = r.merged_row(t)
    r.render(info, [
        KV("Agency:", "Norfolk Healthy Child Programme (0-19 Service), Dereham team"),
        KV("Report author:", "Joanne Fairweather, Health Visitor"),
        KV("Date of report:", "06/01/2027"),
        KV("Conference:", "Review Child Protection Conference, 14/01/2027"),
    ])
    r._record("key-information", "Key information", [], has_text=True, starts_with="Maja Nowak")
    r.heading_row(t, "agency-involvement", H_OVERVIEW, [
        "I am the family's health visitor. The health visiting service offers every family with a child "
        "under five the Healthy Child Programme: contacts before birth, at the new birth, at 6-8 weeks, at "
        "one year and at two to two and a half years, with extra visits when a family needs more support. "
        "I have been Maja's health visitor since her new birth visit in September 2024 and Oliver's since "
        "his new birth visit on 24 August 2026.",
        "Maja and Oliver have been on Child Protection Plans under the category of neglect since the initial "
        "conference on 15 October 2026. Since then I have visited the home fortnightly as agreed in the plan. "
        "I have completed seven home visits, three of them unannounced, and attended both core group meetings.",
    ], control={"alias": "Agency involvement", "tag": "agency_involvement"})
    r.heading_row(t, "worries", H_WORRIED_NOW, group=True)
    r.heading_row(t, "past-harm", "Past Harm", [
        "At the initial conference the worries were about the condition of the home, Maja missing her "
        "one-year immunisations and her 12-month review, Oliver's poor weight gain in his first six weeks, "
        "and Ryan drinking heavily in the evenings.",
        "On 29 September 2026 I found Maja, then two, alone in the living room with an open bottle of vodka "
        "on the floor within her reach, while Zofia was upstairs feeding Oliver and Ryan was asleep on the "
        "sofa.",
    ], control={"alias": "Past Harm", "tag": "past_harm"})
    r.heading_row(t, "current-harm", "Current Harm and Impact", [
        "Oliver's weight has improved. He was born on the 25th centile, dropped to just below the 9th centile "
        "at six weeks and is now following the 25th centile again (7.4kg on 5 January 2027). Zofia now makes "
        "up his feeds correctly; I have watched her do this on four visits.",
        "The home has improved but not consistently. On three of my seven visits the kitchen floor had food "
        "and dog faeces on it and there were no clean bottles. On 22 December 2026 the gas had run out and "
        "the home was cold (the thermostat read 13°C); Maja was wearing only a vest and nappy. Zofia told me "
        "there was no money on the meter until Ryan was paid.",
        "Maja's speech is delayed. At her two-year review on 3 November 2026 she scored in the 'further "
        "assessment needed' range for communication on the Ages and Stages Questionnaire (ASQ-3). She uses "
        "about ten words in Polish and English, where we would expect at least fifty. I have referred her to "
        "Speech and Language Therapy. Maja's immunisations are now up to date.",
        "Ryan told me on 5 January 2027 that he is 'only drinking at weekends now'. On my unannounced visit "
        "on Saturday 2 January at 11am he smelt strongly of alcohol and was caring for both children alone.",
    ], control={"alias": "Current Harm and Impact", "tag": "current_harm"})
    r.heading_row(t, "complicating-factors", "Complicating factors", [
        "Zofia's first language is Polish. She speaks good everyday English but told me she does not always "
        "understand letters from professionals. I have used a Polish interpreter for my last four visits and "
        "this report has been translated into Polish.",
        "Zofia scored 14 on the Edinburgh Postnatal Depression Scale on 10 December 2026, which suggests low "
        "mood. She has agreed to see her GP.",
        "The family has a large dog, which Zofia told me snapped at Maja once on 12 November 2026.",
    ], control={"alias": "Complicating factors", "tag": "complicating_factors"})
    r.heading_row(t, "impact", H_IMPACT, [PH("See above")],  # planted: placeholder for a required section
                  control={"alias": "Impact if risks not reduced", "tag": "impact"})
    r.heading_row(t, "working-well", H_WELL, [
        "Zofia has put into practice what we agreed at the initial conference: she now makes Oliver's feeds "
        "up correctly and his weight has recovered as a result. She has taken Maja to both of her Speech and "
        "Language Therapy appointments and practises the picture-card activities with her.",
        "Zofia's friend Marta visits most days and helps with the children. Zofia said Marta 'takes Maja to "
        "the park when I am tired'.",
        "Maja is warm and affectionate with her mum. On 15 December I saw Zofia comfort Maja after she fell, "
        "talking softly to her in Polish, and Maja calmed quickly.",
    ], control={"alias": "What is working well", "tag": "working_well"})
    r.heading_row(t, "agency-offer", H_OFFER, [
        "A safe home for Maja and Oliver would be warm and clean, with both children looked after by a sober "
        "adult at all times and their health appointments kept.",
        B("I will continue fortnightly home visits, including at least one unannounced visit a month, until "
          "the next review conference."),
        B("I will weigh Oliver monthly at the Dereham baby clinic (next on 3 February 2027)."),
        B("I will support Zofia with Maja's speech and language home activities at each visit."),
        B("Referral to the Community Nursery Nurse for help with sleep and routines."),  # planted: no timescale or owner
    ], control={"alias": "Within your own agency's provision", "tag": "agency_offer"})
    r.heading_row(t, "child-views", H_CHILD, [
        "Maja is two and Oliver is five months old, so they cannot tell us their views in words. I have "
        "observed them on every visit. Maja goes to her mum for comfort and brings me her toys to look at. "
        "On 2 January, when Ryan was caring for her alone, she was quiet and watchful and stayed in the "
        "corner of the sofa for the whole visit. Oliver is a smiley baby who makes good eye contact with "
        "Zofia and settles quickly when she holds him.",
    ], control={"alias": "Child's views", "tag": "child_views"})
    r.heading_row(t, "parent-views", H_PARENT, [PH("TBC")],  # planted: parents' views not recorded
                  control={"alias": "Parents' views", "tag": "parent_views"})
    r.heading_row(t, "scaling", "Safety scale", [
        "Maja 4/10 and Oliver 4/10. Oliver's weight has improved, but both children are still left with "
        "Ryan when he has been drinking, the home is still cold and dirty at times, and Maja's speech is "
        "delayed.",
    ], control={"alias": "Safety scale", "tag": "safety_scale"})
    r.heading_row(t, "recommendation", "Recommendation", [
        "I believe that the threshold for a Child Protection Plan is still met for Maja and for Oliver under "
        "the category of neglect, because the improvements have not yet been kept up over time.",
    ], control={"alias": "Recommendation", "tag": "recommendation"})
    r.end_table()
    return r
