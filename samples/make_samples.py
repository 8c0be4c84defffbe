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


@report
def norfolk_sos_03():
    # Police (Child Abuse Investigation Unit). Two-column form table as the
    # council issues it: typographic apostrophes, prompts in the shaded cells,
    # a 500+ word chronology that runs over a page, nested tables, tracked edits.
    r = Report(
        "norfolk-sos-03-form-table", "norfolk-sos",
        ["form-table", "prompts-left-in", "long-answer", "nested-table", "tracked-changes", "header-footer",
         "family-table"],
        ("initial", "2026-11-19"), "2026-11-18",  # planted: sent one working day before an initial conference
        {"name": "Mark Ellison", "role": "Detective Constable, Child Abuse Investigation Unit",
         "agency": "Norfolk Constabulary"},
        ["Evie Clarke", "Mason Clarke"], ["Sarah Clarke", "Lee Porter", "Darren Clarke"])
    r.header_footer("OFFICIAL-SENSITIVE", "Police information: not to be disclosed further without the "
                    "consent of the author")
    r.title("Multi-Agency Report to Child Protection Conference",
            "Date of conference: 19/11/2026 (Initial)  |  Date of report: 18/11/2026")
    t = r.form_table((5.6, 11.4))
    r.form_row(t, "key-information", "Key information", [
        TBL(["Name", "Date of birth", "Relationship", "Address"], [
            ["Evie Clarke", "21/05/2013", "Subject child", "Home address"],
            ["Mason Clarke", "08/02/2017", "Subject child", "Home address"],
            ["Sarah Clarke", "12/09/1989", "Mother", "Home address"],
            ["Lee Porter", "25/01/1986", "Mother's partner", "Bail address (brother's home)"],
            ["Darren Clarke", "04/06/1987", "Father", "Great Yarmouth"],
        ], widths=[2.8, 2.2, 2.6, 3.3], size=8),
        KV("Author:", "DC 3318 Mark Ellison, Child Abuse Investigation Unit (CAIU), Norfolk Constabulary"),
    ])
    r.form_row(t, "agency-involvement", curly(H_OVERVIEW), [
        "Norfolk Constabulary's Child Abuse Investigation Unit (CAIU) investigates allegations of abuse "
        "against children by members of their family or household. This report is based on a search of police "
        "systems on 16 November 2026 and on my own involvement in the current investigation.",
        "Police first attended the family home in April 2019, when Sarah Clarke reported that her then "
        "husband, Darren Clarke, had assaulted her. Since then there have been 14 domestic abuse incidents "
        "recorded at addresses linked to the family.",
        "I am involved because on 4 November 2026 Evie told her Head of Year that Lee Porter had hit her with "
        "a belt. I was allocated the investigation on 5 November 2026, carried out a joint visit with the "
        "social worker, Ms Kaur, that afternoon, and interviewed Evie on 7 November 2026 under the Achieving "
        "Best Evidence guidance.",
    ], prompts=SOS_OVERVIEW)
    cell = r.merged_row(t, SHADE_DARK)
    r._run(r._par(cell), H_WORRIED_NOW, bold=True)
    r._record("worries", H_WORRIED_NOW, [], has_text=False)
    r.form_row(t, "past-harm", "Past Harm", [
        "Police records show the following incidents. Where the information comes from a police record "
        "rather than my own involvement, I have named the officer or the record.",
        "14 April 2019: Sarah called police to report that Darren had punched her in the face during an "
        "argument in the kitchen. Evie, then five, was in the house; PC Harris recorded that Evie was 'hiding "
        "under the dining table and crying'. Darren was arrested and cautioned for common assault. A Domestic "
        "Abuse, Stalking and Harassment (DASH) risk assessment was completed and graded medium risk.",
        "2 August 2019: neighbours reported shouting. Officers attended and found no offences; Sarah and "
        "Darren said they had argued about money. Recorded as a verbal argument.",
        "21 December 2019: Sarah reported that Darren had pushed her down the stairs while she was holding "
        "Mason, then aged two. Sarah had a sprained wrist; Mason was checked at hospital and had no injuries. "
        "Darren was charged with assault occasioning actual bodily harm. In January 2020 he was given a "
        "12-month community order with a Building Better Relationships programme requirement, and a "
        "restraining order for two years.",
        "February 2020 to April 2022: no incidents recorded. Darren moved to Great Yarmouth in February 2020 "
        "and Sarah told officers in 2021 that he had had no contact with the children since the restraining "
        "order was made.",
        "15 May 2022: Sarah reported that Darren had come to the school gates and shouted at her. The "
        "restraining order had ended in January 2022, no offences were identified and Darren was given "
        "words of advice.",
        "Lee Porter moved into the family home in autumn 2023 (Sarah told officers this on 9 November 2023).",
        "9 November 2023: Evie, then ten, rang 999 and said 'my mum's boyfriend is smashing things'. "
        "Officers found a broken door and a hole in the living room wall. Sarah said Lee had lost his temper "
        "over a phone bill and had not touched anyone. Lee was not arrested. Evie told PC Osei that she had "
        "taken Mason upstairs 'like Mum told us to'.",
        "6 February 2024: Lee was arrested for criminal damage after smashing the windscreen of Sarah's car. "
        "Sarah withdrew her support for a prosecution the next day and no further action was taken.",
        "30 June 2024: Sarah reported that Lee had grabbed her by the throat during an argument. Officers saw "
        "red marks on her neck. Sarah told officers the children were at their grandmother's house. Lee was "
        "charged with assault by beating; the case was discontinued in September 2024 when Sarah did not "
        "attend court. The case was heard at MARAC on 18 July 2024.",  # planted: MARAC never spelled out
        "1 January 2025 to 3 November 2026: five further calls, all reports of verbal arguments made by "
        "neighbours or by Sarah. On 12 August 2025 Mason, then eight, told PC Lowry 'Lee shouts at Mum every "
        "day'. On each occasion the attending officers recorded that both children were in the home.",
        "Sarah told officers on three occasions (November 2023, June 2024 and August 2025) that she would end "
        "the relationship with Lee. He has continued to live at the home until his arrest this month.",
        "Lee Porter has convictions from 2015 and 2017 for violence against a previous partner. This "
        "information was disclosed to Sarah on 8 July 2024 under the Domestic Violence Disclosure Scheme "
        "(Clare's Law) and has been shared with Children's Services.",
    ], prompts=[SOS_PAST])
    r.form_row(t, "current-harm", "Current Harm and Impact", [
        "On 4 November 2026 Evie told Mrs Green, her Head of Year, that Lee had hit her on the back of her "
        "legs with a belt on the evening of 3 November because she had come home late. Mrs Green saw three red "
        "marks across the back of Evie's thighs. Police photographed the marks on 5 November and Evie was "
        "examined the same day by the paediatrician, Dr Okafor, who recorded them as consistent with Evie's "
        "account.",
        "In her interview on 7 November 2026 Evie said this was the second time Lee had used a belt on her; "
        "the first time was 'in the summer holidays'. She said Mason was in the room and 'was screaming at "
        "him to stop'.",
        TR("Lee was arrested on 5 November 2026 and interviewed. He denied hitting Evie and ", DEL("said"),
           INS("told me"), " she had got the marks climbing a fence. He has been released on bail with "
           "conditions not to contact Evie or Mason and not to go to the family home",
           INS(" until 10 December 2026"), ". The investigation is ongoing and a file will be passed to the "
           "Crown Prosecution Service ", DEL("shortly"), INS("by 30 November 2026"), "."),
        "Since Lee left the home Sarah has told Ms Kaur that she wants him to come back when his bail ends.",
    ], prompts=[SOS_CURRENT])
    r.form_row(t, "complicating-factors", "Complicating factors", [
        "Sarah has told officers that she is frightened of Lee and also that she relies on him for money. She "
        "has withdrawn her support for two prosecutions. Lee's bail ends on 10 December 2026.",
        "Evie told me she is worried she will 'get in trouble' at home for telling.",
        "Darren Clarke lives in Great Yarmouth and has asked Children's Services about seeing the children. "
        "Given the police records of his past violence towards Sarah, this would need careful assessment.",
    ], prompts=[SOS_COMPLICATING])
    r.form_row(t, "impact", curly(H_IMPACT), [
        "If Lee returns to the home and nothing else changes, I think it is likely that Evie will be hit "
        "again and that both children will go on seeing and hearing violence towards their mum. Evie already "
        "takes responsibility for protecting Mason by taking him upstairs; a child of 13 should not have to do "
        "this. There is also a risk that Evie will stop telling adults what is happening if she feels that "
        "telling did not keep her safe.",
    ], prompts=[SOS_IMPACT])
    r.form_row(t, "working-well", curly(H_WELL), [
        "Evie told a trusted adult at school the day after she was hurt. Both children know to go upstairs or "
        "ring 999 when there is violence; Evie did this in 2023.",
        "Sarah has agreed with Ms Kaur that Lee will not come to the house while he is on bail, and police "
        "checks at the address on 10, 14 and 17 November found no sign of him there.",
        "The children's grandmother, Pauline Webb, lives two streets away and the children stay with her "
        "when there are arguments. Police records show they were with her during the incident in June 2024.",
    ], prompts=[SOS_WELL])
    r.form_row(t, "agency-offer", curly(H_OFFER), [
        "For Evie and Mason to be safe I would expect to see no further police call-outs to the home, Lee "
        "not living at or visiting the home unless there is a safety plan agreed by Children's Services, and "
        "both children able to tell a safe adult when they are worried. Norfolk Constabulary will:",
        B("continue the criminal investigation and pass the file to the Crown Prosecution Service by "
          "30 November 2026 (DC Ellison);"),
        B("keep the warning marker on the address so that any 999 call is treated as urgent (in place since "
          "6 November 2026);"),
        B("offer Sarah a referral to an Independent Domestic Violence Adviser (IDVA) again at my next visit "
          "on 20 November 2026 (DC Ellison);"),
        B("share any new incident at the address with Children's Services within 24 hours (CAIU duty "
          "sergeant)."),
    ], prompts=[SOS_OFFER])
    r.form_row(t, "child-views", curly(H_CHILD) + ".", [
        "Evie gave me permission to share the following. She said: 'I don't want Lee back. When he's there "
        "everyone's on edge. I want it to be me, Mum and Mason, and I want to see Nan whenever.' She said she "
        "felt 'a bit better' now that she had told school. Evie asked me to tell the conference that she does "
        "not want Mason to 'see stuff anymore'.",
        "I have not asked Mason for his views. He was not interviewed as a witness and I did not want to add "
        "to the number of professionals asking him questions; Ms Kaur has seen him on his own and will share "
        "his views at conference.",
    ], prompts=[SOS_CHILD])
    r.form_row(t, "parent-views", curly(H_PARENT), [
        "I read this report to Sarah by telephone on 16 November 2026, as she did not want to meet in person. "
        "Sarah said she accepted that the older incidents had happened but that 'Lee has never touched the "
        "kids before, he's been under pressure'. She does not agree that Lee should stay away from the home "
        "after his bail ends.",
        "I have not shared this report with Lee Porter because he is a suspect in an ongoing investigation; "
        "I have discussed this with the conference chair. I have not been able to contact Darren Clarke.",
    ], prompts=SOS_PARENT)
    rec = r.form_row(t, "recommendation", "Recommendation", [
        "My view for each child is set out below.",
        TBL(["Child", "Safety scale (0-10)", "Threshold for a CP Plan met?", "Reasons"], [
            ["Evie Clarke", "2", "Yes (physical abuse)",
             "Evie has been hit with a belt twice by an adult who wants to return home; there is a long "
             "history of violence in the home."],
            ["Mason Clarke", "3", "Yes (emotional abuse)",
             "Mason has seen violence towards his mum and sister for most of his life and relies on Evie to "
             "protect him."],
        ], widths=[2.4, 1.9, 2.5, 4.2], size=9),
        "I believe the threshold for a Child Protection Plan is met for both Evie and Mason.",
    ], prompts=SOS_RECOMMENDATION)
    r.end_table()
    r.line("Signed: DC 3318 M. Ellison    18/11/2026", size=10)
    return r


@report
def norfolk_sos_04():
    # School nurse, review conference. Bold paragraphs for headings, the
    # template's grey guidance left in, placeholder answers, "Ruby's voice".
    r = Report(
        "norfolk-sos-04-bold-headings", "norfolk-sos",
        ["bold-headings", "prompts-left-in", "placeholders", "child-name-heading"],
        ("review", "2026-10-22"), "2026-10-19",  # planted: 3 working days before a review (5 needed)
        {"name": "Claire Dobson", "role": "School Nurse",
         "agency": "5-19 Healthy Child Programme, School Nursing Service"},
        ["Ruby Taylor", "Alfie Taylor"], ["Gemma Taylor", "Craig Taylor"])
    r.title("MULTI-AGENCY REPORT TO CHILD PROTECTION CONFERENCE")
    r.section("key-information", "Key Information", [
        "Ruby Taylor, DOB 30/06/2012, Year 10, Hillside Academy",
        "Alfie Taylor, DOB 17/03/2016, Year 6, Marsh Lane Primary School",
        "Parents: Gemma Taylor (mum) and Craig Taylor (dad), both living at the family home",
        "Report by: Claire Dobson, School Nurse. Date of report: 19/10/2026. RCPC: 22/10/2026",  # planted: RCPC undefined
    ], kind="bold")
    r.section("agency-involvement", H_OVERVIEW, [
        *[P(p) for p in SOS_OVERVIEW],
        "I am the school nurse for Hillside Academy and Marsh Lane Primary School. I have known Ruby since "
        "her Head of Year referred her to me in January 2026 because of self-harm. I have seen Ruby for 1:1 "
        "sessions in school on 9 occasions since the ICPC in July 2026. I have seen Alfie twice, for his "
        "asthma review and for a height and weight check.",  # planted: ICPC undefined
    ], kind="bold")
    r.section("worries", H_WORRIED_NOW, kind="bold", group=True)
    r.section("past-harm", "Past Harm", [
        P(SOS_PAST),
        "Ruby and Alfie were made subject to CP plans under the category of neglect at the ICPC on 16/07/2026. "
        "The concerns at that time were mum's alcohol use, the condition of the home and Ruby's self-harm.",
        "It has been reported that Ruby was left to look after Alfie overnight on at least two occasions in "
        "June 2026 while both parents were out.",  # planted: unattributed second-hand information
    ], kind="bold", level=2)
    r.section("current-harm", "Current Harm and Impact", [
        P(SOS_CURRENT),
        "Ruby continues to self-harm by cutting her forearms. She showed me fresh cuts on 02/10/2026 and "
        "told me she had done them 'because it was kicking off at home again'. Ruby has been seen by CAMHS "
        "twice but the appointment on 24/09/2026 was a DNA.",  # planted: CAMHS and DNA undefined
        "Alfie's asthma is not well controlled. He has needed his blue inhaler in school most days this term "
        "and school tell me he has not had a preventer inhaler in school since September. His GP surgery told "
        "me on 12/10/2026 that his preventer prescription has not been collected since July 2026. He was "
        "taken to A&E with an asthma attack on 29/09/2026.",
        "Ruby's hygiene has been poor. On 3 occasions this term she has come to see me wearing the same "
        "shirt, with a strong body odour.",
        "Mum is presenting as more engaged with professionals but this may be disguised compliance, as the "
        "same issues keep coming back.",  # planted: jargon ("presenting as", "disguised compliance")
        "It is clear that Gemma's drinking is getting worse.",  # planted: opinion with no evidence
    ], kind="bold", level=2)
    r.section("complicating-factors", "Complicating factors", [
        P(SOS_COMPLICATING),
        PH("N/A"),  # planted: placeholder for a required section
    ], kind="bold", level=2)
    r.section("impact", H_IMPACT, [P(SOS_IMPACT), PH("See above")], kind="bold")
    r.section("working-well", H_WELL, [
        P(SOS_WELL),
        "Mum attended the last core group meeting on 01/10/2026.",  # planted: attendance-only strength
        "Ruby has attended 7 of her 9 appointments with me.",
        "Ruby has a good relationship with her Nan, who she stays with at weekends.",
    ], kind="bold")
    r.section("agency-offer", H_OFFER, [
        P(SOS_OFFER),
        "School nursing will continue to offer Ruby weekly sessions in school.",  # planted: no timescales
        "I will complete an asthma plan with Alfie and school.",
        "I will make a referral to the emotional health team.",
    ], kind="bold")
    r.section("child-views", "Ruby's voice", [
        P(SOS_CHILD),
        "Ruby told me on 14/10/2026 that she is 'sick of everyone asking the same questions'. She said: "
        "'Mum's drinking is better some weeks and worse others. When it's bad I just stay in my room or go to "
        "Nan's.' She said she likes seeing me because 'you don't go on at me'. She does not want to be on a "
        "plan but does want help with 'the cutting'. Ruby was happy for me to share this.",
        "Alfie said he was fine when I saw him on 07/10/2026.",
    ], kind="bold")
    r.section("parent-views", H_PARENT, [
        *[P(p) for p in SOS_PARENT],
        "I was not able to share this report with Gemma and Craig before the conference. I called at the "
        "house on 16/10/2026 and there was no answer, and I have left a message asking mum to ring me. I will "
        "bring a copy to conference for them.",
    ], kind="bold")
    r.section("scaling", "Safety scale", [
        "Ruby 3/10 - because she is still self-harming, says things are 'kicking off' at home and has "
        "nowhere to go except Nan's.",
        "Alfie 4/10.",  # planted: score without a reason
    ], kind="bold")
    r.section("recommendation", "Recommendation", [
        "I believe Ruby should remain subject to a CP plan under the category of neglect.",
        "I feel Alfie's needs could be met through a CIN plan.",  # planted: opinion, CIN undefined
    ], kind="bold")
    return r


@report
def norfolk_sos_05():
    # Adult mental health care coordinator. Word headings with Word's own
    # automatic numbering, every answer in a body-level content control; the
    # child's views control was left empty (Word's placeholder shows).
    r = Report(
        "norfolk-sos-05-content-controls", "norfolk-sos",
        ["word-headings", "numbered-headings", "content-controls", "header-footer", "family-table"],
        ("initial", "2026-09-24"), "2026-09-21",
        {"name": "Daniel Okoro", "role": "Community Mental Health Nurse and Care Coordinator",
         "agency": "Adult Community Mental Health Team (Norwich West)"},
        ["Noah Ahmed", "Layla Ahmed"], ["Aisha Ahmed", "Imran Ahmed"])
    r.header_footer()
    r.title("Multi-Agency Report to Child Protection Conference")
    r.heading("Key information", "word", 1, autonum=True)
    t = r.form_table((5.0, 3.5, 8.5))
    r.data_rows(t, ["Name", "Date of birth", "Relationship"], [])
    for i, (name, dob, rel) in enumerate([
            ("Noah Ahmed", "12/04/2020", "Subject child"),
            ("Layla Ahmed", "03/12/2022", "Subject child"),
            ("Aisha Ahmed", "19/08/1993", "Mother (my patient)"),
            ("Imran Ahmed", "02/02/1990", "Father")], start=1):
        row = r._add_row(t, t._widths)
        for cell, (val, tag) in zip(row.cells, ((name, "name"), (dob, "dob"), (rel, "relationship"))):
            r.control(cell, f"Person {i} {tag}", f"person{i}_{tag}", [val])
    r.end_table()
    r.render(r.doc, [
        KV("Report author:", "Daniel Okoro, Community Mental Health Nurse and Care Coordinator"),
        KV("Date of report:", "21/09/2026"),
        KV("Date of conference:", "24/09/2026 (initial)"),
    ])
    r._record("key-information", "Key information", [], has_text=True, starts_with="Noah Ahmed")
    cc = lambda alias, tag, **kw: {"alias": alias, "tag": tag, **kw}
    r.section("agency-involvement", H_OVERVIEW, [
        "I am Aisha Ahmed's care coordinator in the Adult Community Mental Health Team (CMHT). Our team "
        "supports adults aged 18 to 65 with severe and long-lasting mental health difficulties. I do not work "
        "directly with Noah and Layla; this report is about how Aisha's mental health affects her care of "
        "the children, based on my work with her.",
        "Aisha was first referred to our service by her GP in May 2023, after Layla's birth, with severe "
        "postnatal depression. She was discharged in October 2024 and referred again in June 2026 after she "
        "was admitted to hospital following an overdose.",
        "I have been her care coordinator since 2 July 2026 and have seen her 11 times, 9 times at home and "
        "twice at our clinic. I have seen the children briefly on 6 of my home visits.",
    ], autonum=True, control=cc("Overview of agency involvement", "overview"))
    r.section("worries", H_WORRIED_NOW, autonum=True, group=True)
    r.section("past-harm", "Past Harm", [
        "In 2023 Aisha had a period of severe postnatal depression in which she told her GP she had thoughts "
        "of harming herself and 'sometimes Layla'. She was treated at home by the Crisis Resolution and Home "
        "Treatment Team and Imran took leave from work to care for the children. There were no reports that "
        "the children were harmed.",
        "On 14 June 2026 Aisha took an overdose of paracetamol and her antidepressant medication at home while "
        "the children were in the house. Noah, then six, found her on the bathroom floor and went to a "
        "neighbour for help. Aisha was admitted to an acute mental health ward for 12 days.",
    ], level=2, control=cc("Past Harm", "past_harm"))
    r.section("current-harm", "Current Harm and Impact", [
        "Aisha's mood has improved since she left hospital but it is not yet stable. On 3 September 2026 she "
        "told me she has 'bad days' about twice a week, when she stays in bed and Imran's mother comes in to "
        "look after the children. On 10 September she told me she had had thoughts of ending her life the "
        "week before but had not acted on them and had told Imran.",
        "Aisha is worried about what Noah saw after the overdose. She told me Noah now checks on her several "
        "times a night and asks 'are you poorly again, Mummy?'. The social worker, Ms Fisher, told me on "
        "15 September 2026 that school have noticed Noah is tired and tearful.",
        "Aisha stopped taking her medication for eight days in August because of side effects, without "
        "telling anyone, and her mood dropped during that time.",
    ], level=2, control=cc("Current Harm and Impact", "current_harm"))
    r.section("complicating-factors", "Complicating factors", [
        "Imran works shifts as a delivery driver, including three nights a week, and on those nights Aisha is "
        "alone with the children. The only family nearby is Imran's mother, who is 74 and has limited "
        "mobility.",
        "Aisha speaks English well, but Imran's mother speaks mainly Urdu, which would make it harder for her "
        "to contact services in a crisis.",
    ], level=2, control=cc("Complicating factors", "complicating_factors"))
    r.section("impact", H_IMPACT, [
        "If Aisha's mental health gets worse again and there is no plan for the children, Noah and Layla "
        "could be left without a safe adult, and Noah could again be the one to find his mum unwell. Noah is "
        "already worried and is taking on responsibility for his mum that is not right for a six-year-old. "
        "Layla is three and relies completely on the adults around her.",
    ], autonum=True, control=cc("Impact if risks are not reduced", "impact"))
    r.section("working-well", H_WELL, [
        "Aisha has been honest with me about how she is feeling, including when she has had thoughts of "
        "suicide. On 10 September 2026 she told Imran and rang me the next morning, which is what her crisis "
        "plan asks her to do.",
        "Imran has changed his shifts so that he is now at home on two of the three nights he used to work. "
        "When Aisha has a bad day, Imran's mother comes to the house and gives the children their meals while "
        "Aisha rests. Aisha tells me this has happened on every bad day she has had since July.",
        "Aisha restarted her medication on 28 August and has taken it every day since. Imran keeps the "
        "medication locked away and gives her a week's supply at a time, which makes an overdose like the one "
        "in June much less likely.",
    ], autonum=True, control=cc("What is working well", "working_well"))
    r.section("agency-offer", H_OFFER, [
        "Safety for Noah and Layla would look like Aisha taking her medication as prescribed, Aisha and Imran "
        "both knowing the early warning signs that she is becoming unwell, and a clear plan for who looks "
        "after the children if she does.",
        B("I will visit Aisha weekly until at least 30 November 2026, then fortnightly if her mood is stable."),
        B("Dr Shah, consultant psychiatrist, will review Aisha's medication on 6 October 2026."),
        B("I will write a crisis and relapse plan with Aisha and Imran by 9 October 2026 and share it with "
          "the social worker, school and nursery."),
        B("I will refer Aisha to the psychological therapies service for trauma-focused work by "
          "30 September 2026."),
    ], autonum=True, control=cc("Within your own agency's provision", "agency_offer"))
    r.section("child-views", H_CHILD, [], autonum=True,  # planted: child's views left empty
              control=cc("Child/young person's views", "child_views", empty=True))
    r.section("parent-views", H_PARENT, [
        "I went through this report with Aisha and Imran at home on 18 September 2026. Aisha said she agreed "
        "with it and was 'relieved it's all written down'. Imran said the report was fair, but he does not "
        "think the children need a Child Protection Plan because 'we have sorted things now'. Aisha asked me "
        "to tell the conference that she is 'doing everything I can'.",
    ], autonum=True, control=cc("Parents' views", "parent_views"))
    r.section("recommendation", "Recommendation", [
        "I do not believe the threshold for a Child Protection Plan is met for Noah or for Layla. In my view "
        "their needs can be met through a Child in Need plan, because the family have put a plan in place "
        "for Aisha's bad days and it has worked since July.",
        "I would scale both children at 6/10 because Aisha's mental health is improving and there is a clear "
        "plan for when she is unwell, but it is only ten weeks since she left hospital.",
    ], autonum=True, control=cc("Recommendation", "recommendation"))
    return r


# ---------------------------------------------------------------------------
# llr: Leicester, Leicestershire and Rutland (guidance 001)
# ---------------------------------------------------------------------------
LLR_WELL = [
    "These include ‘strengths’ and ‘existing safety’:",
    "Strengths are: positive behaviours / people / events within the family and wider network of support "
    "that over time could be built on to provide a safer environment to address the worries.",
    "(N.B. Attendance at appointments without any context tells us very little).",
    "Existing Safety is: Arrangements / behaviours that are currently working that have been shown in the "
    "past and more recently to directly address or reduce the areas of risk for the child/ren.",
]
LLR_WORRY = [
    "What are the behaviours / events / actions that place the child at risk of harm?",
    "What tells you that the impact on child’s health, wellbeing or development is being impaired?",
]
LLR_NEEDS = [
    "The report format allows professionals to specifically state the things that would need to be in "
    "place to make the child safe.",
    "Please be specific and clearly state timescales.",
]


@report
def llr_01():
    # GP report on the LLR three-question form, Word headings with the italic
    # guidance left under each. Weaker report: undefined acronyms, attendance-only
    # strengths, jargon, actions without timescales.
    r = Report(
        "llr-01-word-headings", "llr",
        ["word-headings", "prompts-left-in", "header-footer"],
        ("initial", "2026-10-08"), "2026-10-05",
        {"name": "Dr Sarah Whitmore", "role": "General Practitioner", "agency": "Riverside Family Practice"},
        ["Tyler Green", "Poppy Green"], ["Chloe Green", "Kyle Morris"])
    r.header_footer("OFFICIAL-SENSITIVE")
    r.title("Agency Report for Child Protection Conference")
    for label, value in [
            ("Child(ren):", "Tyler Green (DOB 04/05/2023), Poppy Green (DOB 19/11/2025)"),
            ("Parents:", "Chloe Green (mother, DOB 08/03/2004), Kyle Morris (father, DOB 21/12/2000)"),
            ("Agency:", "Riverside Family Practice, Leicester"),
            ("Completed by:", "Dr Sarah Whitmore, GP (practice safeguarding lead)"),
            ("Date of conference:", "08/10/2026"),
            ("Date of report:", "05/10/2026")]:
        r.render(r.doc, [KV(label, value)])
    r.section("working-well", "What is Working Well?", [
        *[P(p) for p in LLR_WELL],
        "Chloe has attended all of her own appointments at the surgery this year (six appointments for her "
        "anxiety).",  # planted: attendance-only strength
        "Poppy's immunisations are up to date. Chloe brought her for her 8, 12 and 16 week vaccinations on "
        "time.",
        "Tyler is a healthy weight and his growth is following the 50th centile.",
        "Chloe's mother, Mrs Janet Green, who is also registered with the practice, sometimes brings Tyler "
        "to his appointments.",
    ])
    r.section("worries", "What are We Worried About?", [
        *[P(p) for p in LLR_WORRY],
        "Poppy has been seen in A&E three times since June 2026:",  # planted: A&E, LRI, DNA, HV undefined
        B("14/06/2026: bruise to the left cheek. Mum said Tyler had hit her with a toy. Discharged."),
        B("02/08/2026: Poppy swallowed a tablet (Chloe's sertraline) that she found on the floor. Observed "
          "overnight at the LRI and discharged with no lasting harm."),
        B("11/09/2026: scald to the right forearm from a cup of tea. She was seen by the paediatric team the "
          "next morning; a child protection medical found the injury consistent with mum's account, but the "
          "delay in seeking help was noted."),
        "Tyler has been a DNA for his 2 year developmental review with the HV twice (June and August 2025) "
        "and has missed three immunisation appointments at the surgery this year.",
        "Chloe has a history of anxiety and depression and has been prescribed sertraline 100mg since 2024. "
        "In my consultation on 22/09/2026 she told me she had been 'struggling to cope' with two small "
        "children and that Kyle 'goes out a lot'. She denied any thoughts of harming herself or the children.",
        "Kyle is registered at the practice but has not been seen since 2021. The HV has reported "
        "non-engagement by dad.",  # planted: jargon, second-hand without detail
        "There is a pattern of missed appointments and frequent A&E attendances, which raises concerns about "
        "supervision and whether the children's health needs are being met.",
    ])
    r.section("needs-to-happen", "What Needs to Happen?", [
        *[P(p) for p in LLR_NEEDS],
        B("Chloe to bring Tyler for his outstanding immunisations."),  # planted: no timescales
        B("Medication in the home to be stored safely out of the children's reach."),
        B("Chloe to continue to see me regularly for review of her anxiety."),
        B("The practice has flagged both children's records so that any missed appointment is followed up "
          "by the practice nurse within a week (done 30/09/2026)."),
        B("I will tell the social worker about any further A&E attendance."),
    ])
    r.section("sharing", "Sharing this report with the family", [
        "I have not yet shared this report with Chloe or Kyle. I offered Chloe an appointment on 02/10/2026 "
        "to go through it, but she did not attend. I will offer again before the conference.",
    ])
    r.line("Dr S. Whitmore, GP", italic=True, size=10)
    return r


@report
def llr_02():
    # Early help family support worker, review conference. Two-column form with
    # the guidance in the shaded question cells and every answer in a content
    # control; the author's last edits are still tracked. Good practice:
    # strengths linked to safety, actions with owners and dates.
    r = Report(
        "llr-02-form-table", "llr",
        ["form-table", "content-controls", "prompts-left-in", "tracked-changes"],
        ("review", "2026-11-11"), "2026-11-03",
        {"name": "Bethany Lowe", "role": "Family Support Worker", "agency": "Charnwood Early Help Team"},
        ["Harvey Collins", "Lily-Mae Collins"], ["Donna Collins", "Stephen Collins"])
    r.title("Agency Report for Child Protection Conference",
            "Leicester, Leicestershire and Rutland Safeguarding Children Partnership")
    t = r.form_table((6.0, 11.0))
    cc = lambda alias, tag, **kw: {"alias": alias, "tag": tag, **kw}
    r.form_row(t, "key-information", "Child(ren) and dates of birth", [
        "Harvey Collins (27/01/2015)", "Lily-Mae Collins (06/06/2020)",
    ], control=cc("Children", "children"))
    r.form_row(t, "key-information", "Parents / carers", [
        "Donna Collins (mum); Stephen Collins (maternal grandfather, living in the household since July 2026)",
    ], control=cc("Parents and carers", "parents"))
    r.form_row(t, "author-details", "Name, role and agency of report author", [
        "Bethany Lowe, Family Support Worker, Charnwood Early Help Team",
    ], control=cc("Report author", "author"))
    r.form_row(t, "key-information", "Date of conference / date of report", [
        "Review conference 11/11/2026. Report completed 03/11/2026.",
    ], control=cc("Dates", "dates"))
    r.form_row(t, "working-well", "What is Working Well?", [
        "Donna has kept the downstairs of the house clean and tidy at all eight of my visits since the last "
        "conference, including two unannounced visits on 15/09/2026 and 20/10/2026. There has been food in "
        "the cupboards and the children have had clean clothes each time.",
        "Harvey used to get Lily-Mae ready for school every morning. Since September, Donna gets up with the "
        "children and walks Lily-Mae to school herself. Harvey told me: 'Mum does breakfast now, I just do my "
        "own stuff.' Because of this, Lily-Mae's attendance has gone from 81% last year to 96% this term and "
        "she has not been late since 7 September.",
        "Stephen (grandad) moved into the family home in July 2026. On Donna's bad days he does the school "
        "run and cooks tea, so the children's routine carries on even when Donna is unwell. Lily-Mae told me "
        "'Grandad makes the best beans on toast.'",
        "Donna started seeing her GP about her depression in June and has taken her medication since then. "
        "She told me 'I can get up in the mornings now'.",
    ], prompts=LLR_WELL, control=cc("What is Working Well", "working_well"))
    r.form_row(t, "worries", "What are We Worried About?", [
        "Harvey is still a young carer. He told me on 20/10/2026 that he still 'sorts Mum out' when she is "
        "upset at night, sitting with her until she falls asleep. He has been late to school 12 times this "
        "term and his Head of Year told me on 22/10/2026 that he has fallen asleep in lessons.",
        TR("Donna has debts of about £4,000 and received a ", DEL("notice"), INS("Section 21 notice"),
           " from her landlord on 14/10/2026. She has told me she is 'terrified' of being made homeless and "
           "had not opened her post for ", DEL("weeks"), INS("two weeks"), "."),
        "Upstairs, the children's bedrooms are still very cluttered. On 20/10/2026 Lily-Mae's mattress was on "
        "the floor with no sheet and was stained with urine. Donna says Lily-Mae wets the bed most nights.",
        "Lily-Mae has told her teacher she is 'scared of the dark' and sleeps in Harvey's bed most nights.",
    ], prompts=LLR_WORRY, control=cc("What are We Worried About", "worries"))
    r.form_row(t, "needs-to-happen", "What Needs to Happen?", [
        "For Harvey and Lily-Mae to be safe and well, Harvey needs to be free to be an 11-year-old rather than "
        "his mum's carer, the family needs a secure home, and Lily-Mae needs a clean, dry bed of her own.",
        B("Donna and I will clear and clean Lily-Mae's bedroom together on 10 and 17 November 2026; I will get "
          "a new mattress and bedding through the Household Support Fund by 13 November 2026 (Bethany Lowe)."),
        B("I will refer Harvey to the young carers service by 6 November 2026 so that he has his own worker "
          "and regular time away from caring (Bethany Lowe)."),
        B("Donna will go to her debt advice appointment at Citizens Advice on 12 November 2026; I will go "
          "with her (Donna Collins and Bethany Lowe)."),
        B("Donna will ask her GP for a medication review by 30 November 2026 (Donna Collins)."),
        B("School will refer Lily-Mae to the school nurse about bedwetting; referral made 02/11/2026, "
          "appointment by 4 December 2026 (Lily-Mae's class teacher)."),
        TR("A family network meeting will take place on ", DEL("18"), INS("25"), " November 2026 to agree "
           "who Donna can ring when she is upset at night, so that Harvey does not have to sit up with her "
           "(Ms Patel, social worker)."),
    ], prompts=LLR_NEEDS, control=cc("What Needs to Happen", "needs_to_happen"))
    r.form_row(t, "sharing", "Has this report been shared with the family?", [
        "Yes. I read this report with Donna at home on 02/11/2026 and she signed to say she had seen it. She "
        "agreed with it and asked me to add that 'I know I lean on Harvey too much'. I talked Harvey through "
        "the main points on 03/11/2026; he asked that the meeting knows he 'doesn't mind helping Mum'.",
    ], control=cc("Shared with family", "shared"))
    r.end_table()
    return r


@report
def llr_03():
    # Housing officer. Bold, typed numbered headings; sub-headings inside the
    # sections. Weaker report: name spelled two ways, unattributed claims,
    # judgemental wording, actions with no owner or timescale, placeholders.
    r = Report(
        "llr-03-numbered-headings", "llr",
        ["numbered-headings", "bold-headings", "sub-headings", "placeholders"],
        ("initial", "2026-12-17"), "2026-12-16",  # planted: sent the day before an initial conference
        {"name": "Gary Pritchard", "role": "Tenancy Sustainment Officer", "agency": "Westfield Housing Association"},
        ["Jayden Walsh", "Kiera Walsh"], ["Leanne Walsh", "Marcus Doyle"])
    r.title("Report to Child Protection Conference - Housing")
    for label, value in [
            ("Tenant:", "Leanne Walsh"),
            ("Children in household:", "Jayden Walsh (15), Kiera Walsh (12)"),
            ("Other adults:", "Marcus Doyle (Leanne's partner, not on the tenancy)"),
            ("Officer:", "Gary Pritchard, Tenancy Sustainment Officer, Westfield Housing Association"),
            ("Date:", "16/12/2026 (conference 17/12/2026)")]:
        r.render(r.doc, [KV(label, value)])
    r.section("working-well", "1. What is Working Well?", [
        "Leanne has held her tenancy with Westfield Housing since 2016. Until 2025 the rent account was kept "
        "up to date and we had no reports about the property or the household.",
        SUB("Rent account"),
        "Leanne agreed a repayment plan of £5 a week on 03/11/2026 and has made five payments so far.",
        "Leanne has attended both meetings with me at the office.",  # planted: attendance-only strength
        SUB("Neighbours"),
        "Kiera is described by neighbours as a polite girl who is always out with the family dog.",
    ], kind="bold")
    r.section("worries", "2. What are We Worried About?", [
        "I first became involved with the family in April 2026 following complaints from neighbours about "
        "noise and visitors to the property late at night.",
        SUB("Anti-social behaviour reports"),
        "Since April 2026 we have received 11 reports from 3 neighbours about shouting, loud music after "
        "midnight and young people coming and going from the property. On 23/08/2026 a neighbour reported "
        "seeing Jayden being pulled into a car by two older males outside the property at 1am.",
        "It is believed that Jaden is involved with older youths who are known to police for drug "
        "dealing.",  # planted: unattributed ("it is believed") and name spelled Jaden
        "On my visit on 12/11/2026 Marcus Doyle answered the door and told me Jayden 'comes and goes as he "
        "likes'. Marcus is not on the tenancy and Leanne had not told us he was living there.",
        SUB("Condition of the property"),
        "At my inspection on 12/11/2026 the property was in a poor state. There was a smell of cannabis "
        "throughout. Kiera's bedroom door had a hole kicked in it and there was no lock on the bathroom door. "
        "There was black mould on the walls of both children's bedrooms; a repair has been raised (job "
        "448213).",
        "The family is chaotic and the home is not a safe environment for the children.",  # planted: judgemental, no evidence
        SUB("Rent arrears"),
        "The rent account is £2,340 in arrears as at 14/12/2026. A Notice of Seeking Possession was served on "
        "20/10/2026. If the arrears are not reduced we may apply to court in the new year, which could lead "
        "to the family losing their home.",
        "Jaden's friends have been seen on the CCTV at the block entrance at all hours.",  # planted: Jaden again
    ], kind="bold")
    r.section("needs-to-happen", "3. What Needs to Happen?", [
        "Leanne needs to keep to the repayment plan.",  # planted: actions with no owner or timescale
        "Marcus needs to be added to the tenancy or move out.",
        "Repairs to be completed to the bedroom door and the mould.",
        "Jayden needs to stop bringing older youths to the property.",  # planted: places responsibility on the child
        "Referral to the money advice service for budgeting support - TBC.",
    ], kind="bold")
    r.section("other", "4. Any other information", [PH("None")], kind="bold")
    return r
