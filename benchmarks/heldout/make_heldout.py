#!/usr/bin/env python3
"""Build the held-out test corpus for qa-checker.

Fifteen fictional reports to child protection conferences (DOCX, rendered to
PDF with LibreOffice), each with a YAML sidecar giving the ground truth: the
template, the layouts used, the children and adults named, every section
heading in document order with its canonical id, whether the author wrote
anything under it and how the author's own answer starts, and the guidance
prompts copied from the template that were left in.

The corpus was written independently of qa_checker/, samples/ and rules/.
Everything here is fixed text: no randomness, no network.  All people,
schools, addresses and telephone numbers are fictional.

    . /work/main/.venv/bin/activate
    python benchmarks/heldout/make_heldout.py            # build DOCX + YAML + PDF
    python benchmarks/heldout/make_heldout.py --no-pdf   # skip LibreOffice
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x76, 0x76, 0x76)
FIXED_TIME = dt.datetime(2025, 1, 1, 9, 0, 0)

# Author's answers that count as empty (SPEC: placeholder answers).
PLACEHOLDERS = {"n/a", "na", "tbc", "see above", "-", "none", "none.", "not known", "n/a."}

# tcPr children that must follow w:shd (schema order)
_SHD_SUCCESSORS = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                   "w:vAlign", "w:hideMark")


def first_words(text, n=8):
    """First n words of the author's answer, as written (trailing comma etc. dropped)."""
    words = text.split()
    k = min(n, len(words))
    out = " ".join(words[:k])
    if k < len(words):
        out = out.rstrip(",;:–-( ")
    return out.strip()


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    for tag in _SHD_SUCCESSORS:
        succ = tcPr.find(qn(tag))
        if succ is not None:
            succ.addprevious(shd)
            return
    tcPr.append(shd)


def add_field(par, instr):
    """A Word field (PAGE, NUMPAGES) as begin/instr/separate/result/end runs."""
    def fld(kind):
        r = par.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fld("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    par.add_run("1")
    fld("end")


class Report:
    """One report: a python-docx Document plus the ground truth recorded while it is written."""

    def __init__(self, num, template, layouts, children, adults, author,
                 title_for_props, font="Arial", size=11, header=None,
                 footer=True, header_colour=None):
        self.num = num
        self.name = f"heldout-{num:02d}"
        self.template = template
        self.layouts = list(layouts)
        self.children = list(children)
        self.adults = list(adults)
        self.sections = []
        self.prompts = []
        self._fresh = set()
        self._sdt_id = 100000 + num * 1000
        d = self.doc = Document()
        normal = d.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(size)
        normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        normal.paragraph_format.space_after = Pt(6)
        ph = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        if header:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(header)
            r.bold = True
            if header_colour:
                r.font.color.rgb = header_colour
        if footer:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if footer == "right" else WD_ALIGN_PARAGRAPH.CENTER
            fp.add_run("Page ")
            add_field(fp, "PAGE")
            fp.add_run(" of ")
            add_field(fp, "NUMPAGES")
        cp = d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title_for_props
        cp.created = FIXED_TIME
        cp.modified = FIXED_TIME
        cp.last_printed = FIXED_TIME
        cp.revision = 3
        cp.comments = ""

    # ------------------------------------------------------------ paragraphs
    def _p(self, c, style=None):
        """A new paragraph in the document or a cell (re-using a new cell's empty paragraph)."""
        if isinstance(c, _Cell) and id(c._tc) in self._fresh:
            self._fresh.discard(id(c._tc))
            p = c.paragraphs[0]
            if style:
                p.style = self.doc.styles[style]
            return p
        return c.add_paragraph(style=style) if style else c.add_paragraph()

    def par(self, c, text, bold=False, italic=False, size=None, colour=None,
            align=None, style=None, underline=False):
        p = self._p(c, style)
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        r.underline = underline or None
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def label_line(self, c, label, value):
        """'Label: value' on one line: a field, not a section heading."""
        p = self._p(c)
        p.add_run(label).bold = True
        p.add_run(" " + value)
        return p

    def prompt(self, c, text, style=None):
        """Guidance copied from the template and left in by the author."""
        self.par(c, text, italic=True, colour=GREY, style=style)
        if text not in self.prompts:
            self.prompts.append(text)

    def boiler(self, c, text, bold=False, align=None, italic=False, size=None):
        """Template notice text (not guidance on a section, but copied from the form)."""
        self.par(c, text, bold=bold, italic=italic, align=align, size=size)
        if text not in self.prompts:
            self.prompts.append(text)

    # --------------------------------------------------------- ground truth
    def begin(self, sid, heading, has_text=None, starts_with=None):
        self.sections.append(dict(id=sid, heading=heading, _texts=[],
                                  _has=has_text, _sw=starts_with))

    def _record(self, text):
        if self.sections:
            self.sections[-1]["_texts"].append(text)

    def answer(self, c, items, sub="bold", bullet_style="List Bullet"):
        """Render the author's answer: str paragraphs, ('b', s) bullets, ('sub', s)
        sub-headings, ('prompt', s) guidance, ('ph', s) placeholder answers."""
        for it in items:
            if isinstance(it, str):
                self.par(c, it)
                self._record(it)
                continue
            kind, text = it
            if kind == "b":
                self.par(c, text, style=bullet_style)
                self._record(text)
            elif kind == "prompt":
                self.prompt(c, text)
            elif kind == "ph":
                self.par(c, text)
            elif kind == "sub":
                if sub in ("Heading 2", "Heading 3", "Heading 4"):
                    if isinstance(c, _Cell):
                        self.par(c, text, style=sub)
                    else:
                        self.doc.add_heading(text, int(sub[-1]))
                elif sub == "underline":
                    self.par(c, text, underline=True)
                elif sub == "bold-italic":
                    self.par(c, text, bold=True, italic=True)
                else:
                    self.par(c, text, bold=True)
            else:
                raise ValueError(kind)

    # ------------------------------------------------------------- headings
    def heading(self, c, text, kind):
        if kind in ("h1", "h2", "h3"):
            if isinstance(c, _Cell):
                return self.par(c, text, style=f"Heading {kind[1]}")
            return self.doc.add_heading(text, int(kind[1]))
        if kind == "bold":
            return self.par(c, text, bold=True)
        if kind == "bold-ul":
            return self.par(c, text, bold=True, underline=True)
        if kind == "bold-12":
            return self.par(c, text, bold=True, size=12)
        if kind == "plain":
            return self.par(c, text)
        raise ValueError(kind)

    def sec(self, sid, heading, kind, items, c=None, has_text=None,
            starts_with=None, sub="bold"):
        c = self.doc if c is None else c
        self.begin(sid, heading, has_text, starts_with)
        self.heading(c, heading, kind)
        self.answer(c, items, sub=sub)

    def runin(self, sid, heading, text, c=None, more=()):
        """Bold run-in heading with the answer in the same paragraph."""
        c = self.doc if c is None else c
        self.begin(sid, heading)
        p = self._p(c)
        p.add_run(heading).bold = True
        p.add_run(" " + text)
        self._record(text)
        self.answer(c, list(more))

    # --------------------------------------------------------------- tables
    def table(self, widths_cm, style="Table Grid"):
        t = self.doc.add_table(rows=0, cols=len(widths_cm))
        t.style = self.doc.styles[style]
        t.autofit = False
        for col, w in zip(t.columns, widths_cm):
            col.width = Cm(w)
        t._widths = widths_cm
        return t

    def row(self, t, merged=False, fill=None):
        r = t.add_row()
        cells = list(r.cells)
        for cell, w in zip(cells, t._widths):
            cell.width = Cm(w)
        if merged and len(cells) > 1:
            m = cells[0].merge(cells[-1])
            m.width = Cm(sum(t._widths))
            cells = [m]
        for cell in cells:
            self._fresh.add(id(cell._tc))
            if fill:
                shade(cell, fill)
        return cells

    def data_table(self, header, rows, widths_cm, fill="D9D9D9", size=9):
        """A data table (family composition, key information). Records the first filled-in data cell."""
        t = self.table(widths_cm)
        cells = self.row(t, fill=fill)
        for cell, h in zip(cells, header):
            self.par(cell, h, bold=True, size=size)
        recorded = False
        for data in rows:
            cells = self.row(t)
            for cell, v in zip(cells, data):
                self.par(cell, v, size=size)
                if v.strip() and not recorded:
                    self._record(v)
                    recorded = True
        return t

    def sdt(self, cell, alias, tag, items=None):
        """Put the answer in a block-level content control filling the cell.
        items=None gives an empty control showing Word's placeholder text."""
        self._sdt_id += 1
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        for name, val in (("w:alias", alias), ("w:tag", tag), ("w:id", str(self._sdt_id))):
            e = OxmlElement(name)
            e.set(qn("w:val"), val)
            pr.append(e)
        if items is None:
            pr.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(pr)
        sdt.append(OxmlElement("w:sdtEndPr"))
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        tc = cell._tc
        old = list(tc.iterchildren(qn("w:p")))
        self._fresh.discard(id(tc))
        if items is None:
            p = cell.add_paragraph()
            r = p.add_run("Click or tap here to enter text.")
            r.style = self.doc.styles["Placeholder Text"]
        else:
            self.answer(cell, items)
        new = [e for e in tc.iterchildren(qn("w:p")) if e not in old]
        for e in new:
            content.append(e)
        for e in old:
            tc.remove(e)
        tc.append(sdt)

    # ----------------------------------------------------------------- save
    def truth(self):
        secs = []
        for s in self.sections:
            texts = [t for t in s["_texts"] if t.strip().lower() not in PLACEHOLDERS]
            has = s["_has"] if s["_has"] is not None else bool(texts)
            d = {"id": s["id"], "heading": s["heading"], "has_text": has}
            if has:
                d["starts_with"] = s["_sw"] or first_words(texts[0])
            secs.append(d)
        return dict(file=self.name + ".docx", pdf=self.name + ".pdf",
                    template=self.template, layouts=self.layouts,
                    children=self.children, adults=self.adults,
                    sections=secs, prompts=self.prompts)

    def save(self, outdir):
        path = os.path.join(outdir, self.name + ".docx")
        self.doc.save(path)
        normalise_zip(path)
        with open(os.path.join(outdir, self.name + ".yaml"), "w", encoding="utf-8") as f:
            f.write(to_yaml(self.truth()))
        return path


def normalise_zip(path):
    """Rewrite the DOCX with fixed timestamps so that the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def to_yaml(t):
    q = lambda s: json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    out = [f"file: {t['file']}", f"pdf: {t['pdf']}", f"template: {t['template']}",
           f"layouts: [{', '.join(t['layouts'])}]",
           f"children: [{', '.join(q(c) for c in t['children'])}]",
           f"adults: [{', '.join(q(a) for a in t['adults'])}]",
           "sections:"]
    for s in t["sections"]:
        out.append(f"  - id: {s['id']}")
        out.append(f"    heading: {q(s['heading'])}")
        out.append(f"    has_text: {'true' if s['has_text'] else 'false'}")
        if "starts_with" in s:
            out.append(f"    starts_with: {q(s['starts_with'])}")
    if t["prompts"]:
        out.append("prompts:")
        out.extend(f"  - {q(p)}" for p in t["prompts"])
    else:
        out.append("prompts: []")
    return "\n".join(out) + "\n"


# Shading colours used by the forms
SHADE = "D9D9D9"      # grey question cells / heading rows
SHADE_LIGHT = "F2F2F2"
SHADE_BLUE = "DEEAF6"
SHADE_GREEN = "E2EFD9"
