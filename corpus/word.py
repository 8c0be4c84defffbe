"""Build Word reports the way council forms are drawn, for the test corpora.

One builder (``Report``) shared by every corpus generator: Word heading styles, bold and
numbered headings, two-column form tables with shaded question cells, shaded heading rows
with the answer below, content controls (filled and empty), OFFICIAL-SENSITIVE headers with
Page X of Y footers, guidance prompts left in (grey italic), placeholders, data tables,
tracked changes and nested tables. Output is deterministic: fixed document properties and
ZIP timestamps. ``render_pdfs`` exports DOCX to PDF with LibreOffice, as an author would.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
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

GREY = RGBColor(0x80, 0x80, 0x80)
BLACK = RGBColor(0, 0, 0)
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


class N(str):
    """Numbered list item (Word's automatic numbering) of the author's own writing."""


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

    def __init__(self, *parts, bullet=False):
        self.parts, self.bullet = parts, bullet

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
    def _set_font(self, style, name, size=None, bold=None, italic=None, color=BLACK):
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
        for gc, w in zip(cols, widths_cm, strict=False):
            gc.set(qn("w:w"), str(int(round(w * 567))))
        for row in table.rows:
            for cell, w in zip(row.cells, widths_cm, strict=False):
                cell.width = Cm(w)

    def _add_table(self, target, ncols, widths):
        if isinstance(target, _Cell):
            blocks = [c for c in target._tc if c.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt"))]
            table = target.add_table(0, ncols)
            if len(blocks) == 1 and blocks[0].tag == qn("w:p") and not blocks[0].findall(qn("w:r")):
                target._tc.remove(blocks[0])  # a fresh cell: the nested table comes first
        else:
            table = self.doc.add_table(rows=0, cols=ncols)
        table.style = "Table Grid"
        self._set_widths(table, widths)
        return table

    def _add_row(self, table, widths=None):
        row = table.add_row()
        if widths:
            for cell, w in zip(row.cells, widths, strict=False):
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
            elif isinstance(it, (B, N)):
                par = self._par(target, style="List Bullet" if isinstance(it, B) else "List Number")
                par.add_run(str(it))
                self.words += len(str(it).split())
            elif isinstance(it, KV):
                par = self._par(target)
                self._run(par, it.label, bold=True)
                par.add_run(" " + it.value)
            elif isinstance(it, TR):
                par = self._par(target, style="List Bullet" if it.bullet else None)
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
            for cell, value in zip(row.cells, values, strict=False):
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
        elif items:
            self.render(target, items)
        else:  # an unanswered control that has lost its placeholder: one empty paragraph
            target.add_paragraph()
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
            for cell, value in zip(row.cells, values, strict=False):
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
        def q(s):
            return json.dumps(s, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars
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


def render_pdfs(paths: list[Path], outdir: Path) -> bool:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice (LibreOffice) not found: PDFs not rendered; the committed PDFs are left as they are.")
        return False
    cmd = [soffice, "-env:UserInstallation=file:///tmp/lo-samples", "--headless", "--convert-to", "pdf",
           "--outdir", str(outdir), *map(str, paths)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
    missing = [p.with_suffix(".pdf").name for p in paths if not p.with_suffix(".pdf").exists()]
    if missing:
        raise SystemExit(f"LibreOffice did not produce: {missing}")
    return True
