#!/usr/bin/env python3
"""Blind test corpus for qa-checker.

Writes twelve fictional reports to child protection conferences (blind-01 ...
blind-12) as DOCX, renders each to PDF with LibreOffice, and writes a YAML
sidecar per report giving the template, the layouts used, the people named,
every section heading in document order (with its canonical id, whether it
holds the author's own text and how that text starts) and the guidance prompts
left in from the template.

The corpus was written from the published guidance only (shared/guidance and
shared/research), without looking at the tool, its samples or its rules.
Everything is fixed content: no network, no randomness, fixed ZIP timestamps
and document properties, so re-running it gives byte-identical DOCX files
(the PDFs carry LibreOffice's own creation date).

All names, addresses, dates and services are fictional.

    . /work/main/.venv/bin/activate
    python benchmarks/blind/make_blind.py            # build DOCX + YAML + PDF
    python benchmarks/blind/make_blind.py --no-pdf   # skip rendering
    python benchmarks/blind/make_blind.py --check    # only verify what is there
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import re
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

OUT = Path(__file__).resolve().parent
GREY = RGBColor(0x7F, 0x7F, 0x7F)
PLACEHOLDER_PROMPT = "Click or tap here to enter text."
PLACEHOLDERS = {"n/a", "tbc", "see above", "-", "none", "not known"}
FIXED_TIME = _dt.datetime(2025, 1, 6, 9, 0, 0)

LAYOUTS = {
    "heading-styles": "headings in Word Heading 1/2 styles",
    "bold-headings": "headings as bold Normal paragraphs",
    "numbered-headings": "numbers typed into the heading text ('1) ...', '3. ...')",
    "auto-numbered-headings": "headings numbered by Word list numbering (w:numPr); the number is not in the text",
    "form-table-left": "two-column form table: question and grey italic guidance in a shaded left cell, answer in the right cell",
    "heading-rows": "shaded heading row spanning the table, answer in the row below",
    "grouping-row": "a shaded heading row that only groups the sub-heading rows below it",
    "question-answer-same-cell": "question, guidance and the author's answer all in one table cell",
    "content-controls": "answers inside Word content controls (w:sdt with w:alias / w:tag)",
    "empty-content-control": "a content control left showing its placeholder (w:showingPlcHdr)",
    "protective-marking-header": "OFFICIAL-SENSITIVE header on every page",
    "page-x-of-y-footer": "'Page X of Y' footer built from PAGE / NUMPAGES fields",
    "prompts-left-in": "guidance text from the template left in (italic, grey)",
    "placeholder-answers": "a section answered only with a placeholder (N/A, None, TBC, Not known)",
    "family-table": "family composition or key information table of names and dates of birth",
    "long-answer-page-break": "an answer inside a table long enough to run over a PDF page break",
    "sub-heading": "the author's own sub-headings inside a section",
    "run-in-heading": "a bold heading run into its answer on the same line ('Strengths: Nan ...')",
    "named-headings": "headings that name the child or parent ('What Jessica says')",
}


# --------------------------------------------------------------------------
# low-level OXML helpers
# --------------------------------------------------------------------------

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[col:col + span])
            col += span
            tcW = tc.get_or_add_tcPr().get_or_add_tcW()
            tcW.type = "dxa"
            tcW.w = int(w * 567)


def add_field(par, instr):
    def fld(kind):
        r = par.add_run()
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._r.append(fc)
    fld("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    par.add_run("1")
    fld("end")


def add_numbering(doc, absid, lvl_text="%1.", fmt="decimal", bold=True):
    """Add a one-level list definition; return its numId (== absid)."""
    numbering = doc.part.numbering_part.element
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{absid}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/>'
        '<w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr>'
        f"{rpr}</w:lvl></w:abstractNum>")
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{absid}">'
        f'<w:abstractNumId w:val="{absid}"/></w:num>'))
    return absid


def set_num(par, num_id):
    numPr = par._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def normalise_zip(path):
    """Rewrite the DOCX with fixed timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    tmp.replace(path)


# --------------------------------------------------------------------------
# a report under construction, recording its sections as it is written
# --------------------------------------------------------------------------

class Report:
    def __init__(self, num, template, layouts, children, adults, author,
                 font="Arial", size=11, marking=None, page_footer=False):
        for lay in layouts:
            assert lay in LAYOUTS, lay
        self.num = num
        self.name = f"blind-{num:02d}"
        self.template = template
        self.layouts = layouts
        self.children = children
        self.adults = adults
        self.doc = Document()
        self.sections = []
        self.prompts = []
        self.cur = None
        self._sdt_id = 480000 + num * 100
        self._used = set()
        doc = self.doc
        normal = doc.styles["Normal"]
        normal.font.name = font
        normal.font.size = Pt(size)
        rpr = normal.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), font)
        rfonts.set(qn("w:cs"), font)
        normal.paragraph_format.space_after = Pt(6)
        ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        sec = doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        cp = doc.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = ""
        cp.created = FIXED_TIME
        cp.modified = FIXED_TIME
        cp.revision = 1
        if marking:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = hp.add_run(marking)
            r.bold = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        if page_footer:
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fp.add_run("Page ")
            add_field(fp, "PAGE")
            fp.add_run(" of ")
            add_field(fp, "NUMPAGES")

    # ---------------------------------------------------------- recording
    def start(self, sid, heading, starts_with=None, has_text=None):
        self.cur = {"id": sid, "heading": heading, "texts": [],
                    "starts_with": starts_with, "has_text": has_text}
        self.sections.append(self.cur)

    def note(self, text):
        self.cur["texts"].append(text)

    # ---------------------------------------------------------- paragraphs
    def _new_par(self, container, style=None):
        tc = getattr(container, "_tc", None)
        if tc is not None:
            ps = container.paragraphs
            if (len(ps) == 1 and not ps[0].text and tc not in self._used
                    and len(tc.findall(qn("w:p"))) == 1):
                self._used.add(tc)
                if style:
                    ps[0].style = style
                return ps[0]
            self._used.add(tc)
            return container.add_paragraph(style=style)
        return container.add_paragraph(style=style)

    def par(self, container, text="", style=None, bold=False, italic=False,
            color=None, size=None, underline=False, align=None):
        p = self._new_par(container, style)
        if text:
            r = p.add_run(text)
            r.bold = bold or None
            r.italic = italic or None
            r.underline = underline or None
            if color is not None:
                r.font.color.rgb = color
            if size:
                r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def title(self, text, size=14, style=None, align=None, bold=True):
        if style:
            return self.doc.add_paragraph(text, style=style)
        return self.par(self.doc, text, bold=bold, size=size, align=align)

    def prompt(self, container, text):
        self.par(container, text, italic=True, color=GREY, size=9.5)
        if text not in self.prompts:
            self.prompts.append(text)

    def items(self, container, items):
        """Author's own answer: str = paragraph, ('b', s) bullet,
        ('sub', s) bold sub-heading, ('u', s) underlined sub-heading."""
        for it in items:
            if isinstance(it, str):
                self.par(container, it)
                self.note(it)
            elif it[0] == "b":
                self.par(container, it[1], style="List Bullet")
                self.note(it[1])
            elif it[0] == "sub":
                self.par(container, it[1], bold=True, italic=True)
            elif it[0] == "u":
                self.par(container, it[1], underline=True)
            else:
                raise ValueError(it)

    # ---------------------------------------------------------- headings
    def h_style(self, text, sid, level=1, num_id=None, **kw):
        p = self.doc.add_heading(text, level)
        if num_id is not None:
            set_num(p, num_id)
        self.start(sid, text, **kw)
        return p

    def h_bold(self, text, sid, container=None, size=None, num_id=None,
               underline=False, **kw):
        p = self.par(container if container is not None else self.doc, text,
                     bold=True, size=size, underline=underline)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        if num_id is not None:
            set_num(p, num_id)
        self.start(sid, text, **kw)
        return p

    def h_runin(self, head, sid, text, container=None, num_id=None):
        p = self._new_par(container if container is not None else self.doc)
        r = p.add_run(head)
        r.bold = True
        p.add_run(" " + text)
        p.paragraph_format.space_before = Pt(10)
        if num_id is not None:
            set_num(p, num_id)
        self.start(sid, head)
        self.note(text)
        return p

    # ---------------------------------------------------------- content controls
    def _sdt(self, alias, tag, empty):
        self._sdt_id += 1
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        for name, val in (("w:alias", alias), ("w:tag", tag),
                          ("w:id", str(self._sdt_id))):
            e = OxmlElement(name)
            e.set(qn("w:val"), val)
            pr.append(e)
        if empty:
            pr.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        return sdt, content

    def wrap_sdt(self, cell, alias, tag):
        """Move every paragraph of the cell into one rich-text content control."""
        tc = cell._tc
        blocks = [el for el in tc if el.tag in (qn("w:p"), qn("w:tbl"))]
        sdt, content = self._sdt(alias, tag, empty=False)
        for el in blocks:
            content.append(el)
        tc.append(sdt)

    def empty_sdt(self, cell, alias, tag):
        tc = cell._tc
        for el in [el for el in tc if el.tag == qn("w:p")]:
            tc.remove(el)
        sdt, content = self._sdt(alias, tag, empty=True)
        content.append(parse_xml(
            f'<w:p {nsdecls("w")}><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
            f'</w:rPr><w:t>{PLACEHOLDER_PROMPT}</w:t></w:r></w:p>'))
        tc.append(sdt)
        self._used.add(tc)

    # ---------------------------------------------------------- tables
    def table(self, cols, widths, style="Table Grid"):
        t = self.doc.add_table(rows=0, cols=cols)
        t.style = self.doc.styles[style]
        t._widths = widths
        return t

    def row(self, table):
        row = table.add_row()
        set_widths(table, table._widths)
        return row

    def form_row(self, table, heading, sid, prompts=(), answer=(), sdt=None,
                 empty_sdt=None, fill="D9E2F3", starts_with=None, has_text=None):
        """Two-column form: question + guidance on the left, answer right."""
        row = self.row(table)
        left, right = row.cells
        shade(left, fill)
        self.par(left, heading, bold=True)
        for pr in prompts:
            self.prompt(left, pr)
        self.start(sid, heading, starts_with=starts_with, has_text=has_text)
        if empty_sdt:
            self.empty_sdt(right, *empty_sdt)
            return row
        self.items(right, answer)
        if sdt:
            self.wrap_sdt(right, *sdt)
        return row

    def hr_group(self, table, heading, sid, fill="8EAADB"):
        row = self.row(table)
        cell = row.cells[0] if len(row.cells) == 1 else row.cells[0].merge(row.cells[-1])
        shade(cell, fill)
        self.par(cell, heading, bold=True, size=12)
        self.start(sid, heading, has_text=False)
        return row

    def hr_section(self, table, heading, sid, prompts=(), answer=(), sdt=None,
                   empty_sdt=None, fill="D9E2F3", starts_with=None, has_text=None):
        """Shaded heading row spanning the table, answer in the row below."""
        hrow = self.row(table)
        hcell = hrow.cells[0] if len(hrow.cells) == 1 else hrow.cells[0].merge(hrow.cells[-1])
        shade(hcell, fill)
        self.par(hcell, heading, bold=True)
        for pr in prompts:
            self.prompt(hcell, pr)
        self.start(sid, heading, starts_with=starts_with, has_text=has_text)
        arow = self.row(table)
        acell = arow.cells[0] if len(arow.cells) == 1 else arow.cells[0].merge(arow.cells[-1])
        if empty_sdt:
            self.empty_sdt(acell, *empty_sdt)
            return acell
        self.items(acell, answer)
        if sdt:
            self.wrap_sdt(acell, *sdt)
        return acell

    def data_table(self, header, rows, widths, fill="D9D9D9", size=9.5):
        t = self.table(len(header), widths)
        hr = self.row(t)
        for cell, text in zip(hr.cells, header):
            shade(cell, fill)
            self.par(cell, text, bold=True, size=size)
        for data in rows:
            r = self.row(t)
            for cell, text in zip(r.cells, data):
                self.par(cell, text, size=size)
        return t

    def spacer(self):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)

    # ---------------------------------------------------------- output
    def sidecar(self):
        secs = []
        for s in self.sections:
            texts = [t.strip() for t in s["texts"] if t.strip()]
            has_text = s["has_text"]
            if has_text is None:
                has_text = bool(texts) and not all(
                    t.lower().rstrip(".") in PLACEHOLDERS for t in texts)
            entry = {"id": s["id"], "heading": s["heading"], "has_text": has_text}
            if has_text:
                sw = s["starts_with"]
                if sw is None:
                    sw = " ".join(texts[0].split()[:8]).rstrip(",;:")
                entry["starts_with"] = sw
            secs.append(entry)
        return secs

    def write(self):
        docx_path = OUT / f"{self.name}.docx"
        self.doc.save(docx_path)
        normalise_zip(docx_path)
        q = lambda s: json.dumps(s, ensure_ascii=False)
        lines = [f"file: {self.name}.docx", f"pdf: {self.name}.pdf",
                 f"template: {self.template}",
                 f"layouts: [{', '.join(self.layouts)}]",
                 f"children: [{', '.join(q(c) for c in self.children)}]",
                 f"adults: [{', '.join(q(a) for a in self.adults)}]",
                 "sections:"]
        for s in self.sidecar():
            lines.append(f"  - id: {s['id']}")
            lines.append(f"    heading: {q(s['heading'])}")
            lines.append(f"    has_text: {'true' if s['has_text'] else 'false'}")
            if s["has_text"]:
                lines.append(f"    starts_with: {q(s['starts_with'])}")
        if self.prompts:
            lines.append("prompts:")
            lines += [f"  - {q(p)}" for p in self.prompts]
        else:
            lines.append("prompts: []")
        (OUT / f"{self.name}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return docx_path


# ==========================================================================
# the twelve reports
# ==========================================================================

def r01():
    """Lincolnshire, health visitor: Word heading styles, prompts left in."""
    r = Report(1, "lincolnshire",
               ["heading-styles", "prompts-left-in", "protective-marking-header",
                "page-x-of-y-footer", "family-table", "named-headings"],
               ["Maisie Turner", "Alfie Turner"],
               ["Chloe Turner", "Ryan Gallagher", "Liam Pearce", "Angela Turner"],
               "Priya Natarajan", marking="OFFICIAL-SENSITIVE", page_footer=True)
    d = r.doc
    r.title("Lincolnshire Safeguarding Children Partnership", size=12)
    r.title("Multi-Agency Report to Child Protection Conference", style="Title")

    r.h_style("Report author", "author-details")
    r.items(d, [
        "Priya Natarajan, Health Visitor, Boston North 0-19 Team, Lincolnshire "
        "Community Health Services. Telephone 01205 555 014.",
        "Initial Child Protection Conference on 14 May 2025. Report written on 9 May 2025.",
    ])

    r.h_style("Household composition", "family-composition", starts_with="Maisie Turner")
    r.data_table(
        ["Name", "Date of birth", "Relationship to the children", "Lives in the household"],
        [["Maisie Turner", "03/02/2023", "Subject child", "Yes"],
         ["Alfie Turner", "11/10/2024", "Subject child", "Yes"],
         ["Chloe Turner", "22/07/2001", "Mother of Maisie and Alfie", "Yes"],
         ["Ryan Gallagher", "15/03/1998", "Alfie’s father; Chloe’s partner", "Yes"],
         ["Liam Pearce", "30/11/1999", "Maisie’s father", "No (Spalding)"]],
        [4.0, 3.0, 6.0, 4.0])

    r.h_style("My involvement with the family", "agency-involvement")
    r.items(d, [
        "I have been Maisie’s health visitor since her new birth visit in February 2023 "
        "and Alfie’s since he was born in October 2024. I have seen the family nine times "
        "in the last six months: six home visits (four planned and two unannounced), two "
        "clinic appointments and one joint visit with the social worker, Hannah Cole, on "
        "24 April 2025. Alfie was seen undressed and weighed at both clinics and at three "
        "of the home visits. Maisie was seen at every visit except the unannounced visit "
        "on 2 April 2025, when she was asleep upstairs and Chloe did not want to wake her.",
        "My visits increased to every two weeks in January 2025 after Alfie’s weight "
        "dropped from the 50th centile to below the 9th, and again after the police told "
        "Children’s Social Care about an argument at the home on 29 March 2025.",
    ])

    r.h_style("What are we worried about?", "worries")
    r.prompt(d, "What are the past and current dangers and risks for the child?")
    r.prompt(d, "What is placing the child at risk of immediate and significant harm?")
    r.items(d, [
        "I am worried that Alfie is not getting enough milk to grow well. At his review "
        "on 16 April 2025 he weighed 6.9 kg, which is below the 2nd centile; he was on the "
        "50th centile when he was born. Chloe told me she makes his bottles with ‘a bit "
        "less powder so the tin lasts’. When I visited on 2 April 2025 there were two "
        "empty formula tins in the kitchen bin and no full tin in the house.",
        "I am also worried about what the children see and hear at home. On 29 March 2025 "
        "police were called by a neighbour who heard shouting and a door being slammed. "
        "Chloe told me on 2 April that Ryan had ‘punched the wall by the cot’ during an "
        "argument about money. I saw a hole in the plaster about a metre from Alfie’s "
        "cot. Chloe said Maisie was in the room at the time.",
        "Maisie’s speech is behind what I would expect for a child of two. At her "
        "two-year review on 11 February 2025 she used about ten single words; most "
        "children her age use 50 or more and are starting to put two words together.",
    ])

    r.h_style("Complicating factors", "complicating-factors")
    r.prompt(d, "Factors that contribute to, or cause difficulty to a child. This could be a "
                "parent’s mental health being exacerbated by alcohol, or information that "
                "requires additional information to reliably assess risk.")
    r.items(d, [
        "Chloe has told me that she has felt low since Alfie was born. Her answers to the "
        "mood questionnaire I used on 16 April 2025 showed moderate depression. I booked "
        "her a GP appointment for 23 April, which she did not attend. Ryan works nights at "
        "a food factory and sleeps during the day, so Chloe looks after both children on "
        "her own for most of the day. The family owe £1,800 in rent and have had a letter "
        "from their landlord. Chloe told me the family ‘live off £40 a week after bills’.",
    ])

    r.h_style("Existing Safety & Strengths (What’s working well)", "working-well")
    r.prompt(d, "Things that are currently in place and that have been shown, over time, to "
                "directly address areas of risk and reduce danger for the child.")
    r.items(d, [
        "Chloe is warm with both children. On every visit I have seen her pick Alfie up "
        "when he cries, talk to him and look at him while she feeds him. Maisie goes to "
        "her mum for comfort and settles quickly with her, which tells me Maisie feels "
        "safe with Chloe.",
        "Since the plan to feed Alfie every three hours started on 22 April 2025, Chloe "
        "has kept a feeding chart on the fridge, and I have checked it at each visit. "
        "Alfie gained 210 g in the two weeks to 6 May 2025, his first real gain since "
        "January.",
        "Chloe’s mother, Angela Turner, lives two streets away. She has looked after "
        "Maisie three afternoons a week since 14 April so that Chloe can rest, and she "
        "bought formula when the family ran out on 25 April.",
    ])

    r.h_style("What Needs to Happen?", "needs-to-happen")
    r.prompt(d, "How would you want to see them address the worries?")
    r.items(d, [
        ("b", "Alfie to be weighed by me every week at Boston North clinic until he has "
              "gained weight for six weeks in a row (from 15 May 2025; Priya Natarajan and Chloe)."),
        ("b", "Chloe to make up every bottle with the right number of scoops. I will show "
              "her again on 15 May and check the chart at each visit."),
        ("b", "Chloe to see her GP about her low mood by 30 May 2025. I will book the "
              "appointment with her, and Angela has offered to go with her."),
        ("b", "Maisie to be seen by Speech and Language Therapy. I made the referral on "
              "8 May 2025 and will chase it if there is no appointment by 30 June."),
        ("b", "Ryan and Chloe to agree with the social worker what each of them will do "
              "when an argument starts, so that the children are not in the room; by the "
              "first core group meeting."),
        ("b", "The social worker to refer the family to Citizens Advice for help with the "
              "rent arrears by 23 May 2025, so that paying the rent does not mean going "
              "without formula and food."),
    ])

    r.h_style("What I have seen of Maisie and Alfie", "child-views")
    r.items(d, [
        "Maisie is two and has few words, so I cannot ask her about home. On 6 May 2025 "
        "she brought me her doll and said ‘baby cry’, then put the doll in the toy cot and "
        "covered its ears with her hands. She did this twice. She was happy to play near "
        "me and went back to Chloe for a cuddle when the front door banged.",
        "Alfie is seven months old. He smiles and babbles when spoken to and reaches for "
        "toys. He is small for his age and his arms and legs are thin, but he was alert "
        "and settled at my last two visits.",
    ])

    r.h_style("Chloe and Ryan’s views on this report", "parent-views")
    r.items(d, [
        "I read this report with Chloe on 9 May 2025. She agrees that Alfie was not "
        "getting enough milk and said, ‘I didn’t know watering it down was dangerous, I "
        "thought he’d just be hungrier.’ She does not agree that the children heard the "
        "argument on 29 March; she says Maisie was asleep. Ryan was at work, so Chloe "
        "gave him a copy. He has not yet told me his views and I will ask him before "
        "the conference.",
    ])

    r.h_style("Is a Child Protection Plan needed?", "recommendation")
    r.items(d, [
        "Yes. My view is that Alfie and Maisie each need a Child Protection Plan under "
        "the category of neglect. Alfie lost weight for three months because he was not "
        "given enough milk, and we do not yet understand the arguments at home. Things "
        "have started to improve, but only for two weeks, and I would want to see Alfie "
        "keep growing for longer before I felt he was safe without a plan.",
    ])
    return r


def r02():
    """Generic, GP: bold paragraph headings, run-in headings, sub-headings."""
    r = Report(2, "generic",
               ["bold-headings", "run-in-heading", "sub-heading", "named-headings"],
               ["Jayden Price", "Lily-Mae Price"],
               ["Danielle Price", "Craig Hollis"],
               "Dr Samuel Okafor", font="Calibri")
    d = r.doc
    r.title("Riverside Medical Practice", size=16)
    r.title("GP report for the Initial Child Protection Conference on 2 April 2025", size=12)
    r.par(d, "Children: Jayden Price (born 05/09/2015) and Lily-Mae Price (born 17/12/2020)")
    r.par(d, "Written by Dr Samuel Okafor, GP Partner and Safeguarding Lead, on 27 March 2025")

    r.h_bold("Purpose of this report", "other")
    r.items(d, [
        "This report was asked for by Children’s Social Care for the conference on "
        "2 April 2025. It is based on the GP records of Jayden, Lily-Mae and their "
        "mother, Danielle Price, and on my own appointments with them. I have left out details "
        "of Danielle’s health that do not affect the children’s safety; she has agreed "
        "to what is included.",
    ])

    r.h_bold("Our contact with the family", "agency-involvement")
    r.items(d, [
        "Danielle and both children have been registered with the practice since 2016. "
        "Jayden has asthma and is seen in our asthma clinic twice a year. Lily-Mae has "
        "been seen eleven times in the last twelve months, mostly for coughs and ear "
        "infections and once for a burn (see below). I have seen Danielle myself six "
        "times since September 2024 for anxiety and for pain in her ribs. Craig Hollis, "
        "Lily-Mae’s father, is not registered with us.",
    ])

    r.h_bold("Concerns", "worries")
    r.items(d, [
        ("sub", "Lily-Mae’s burn"),
        "On 14 January 2025 Danielle brought Lily-Mae to the surgery with a burn on the "
        "back of her left hand, about 3 cm by 2 cm. Danielle said Lily-Mae had touched "
        "the oven door. The burn was two days old and had not been dressed, and it had "
        "straight edges. I referred Lily-Mae to the hospital’s children’s doctors the "
        "same day, as we do for any burn in a child under five where the explanation and "
        "the injury may not match. The paediatrician, Dr Farah Iqbal, wrote that the "
        "burn could have come from an oven door, but that the two-day delay in getting "
        "treatment was a worry.",
        ("sub", "Danielle’s injuries"),
        "On 3 February 2025 Danielle came to see me with pain in her ribs. She told me "
        "that Craig had pushed her against the kitchen worktop during an argument on "
        "1 February, when the children were in the next room. I found bruising on her "
        "right side. She said Craig had moved out on 2 February and she was changing "
        "the locks. With her agreement I told the police and Children’s Social Care the "
        "same day.",
        ("sub", "Jayden’s asthma"),
        "Jayden’s asthma has not been well controlled since October. Three prescriptions "
        "for his brown preventer inhaler were not collected between October 2024 and "
        "February 2025, and he needed emergency treatment from the out-of-hours doctor "
        "on 19 December 2024. Danielle told me the inhaler ‘kept getting lost between "
        "houses’ when Jayden stayed with his grandmother.",
    ])

    r.h_bold("Impact on the children", "impact")
    r.items(d, [
        "If Jayden does not use his preventer inhaler every day, he is likely to have "
        "more asthma attacks, and a severe attack can kill. If the violence between "
        "Danielle and Craig starts again, both children are likely to be frightened, and "
        "Lily-Mae, who is four, could be hurt by being caught up in it. Jayden has "
        "already told me that he worries about his mum (see below).",
    ])

    r.h_runin("Strengths:", "working-well",
              "Nan collects the children from school every Tuesday and Thursday and has "
              "kept a spare inhaler for Jayden at her house since February, so he has not "
              "been without one since then. Danielle acted quickly to protect the children "
              "after the assault on 1 February: she asked Craig to leave, changed the "
              "locks and has not let him back into the house, which the police confirmed "
              "to me on 20 March. At Jayden’s asthma review on 10 March 2025 his breathing "
              "test was normal for the first time in a year.")

    r.h_bold("What needs to happen next", "needs-to-happen")
    r.items(d, [
        ("b", "Jayden to use his preventer inhaler every day. Our practice nurse, Karen "
              "Milne, will review him on 14 April 2025, and the pharmacy will text Danielle "
              "when each prescription is ready."),
        ("b", "Danielle to see me on 7 April 2025 about her anxiety and to talk about the "
              "local domestic abuse service; I will refer her if she agrees."),
        ("b", "Lily-Mae to have the scar on her hand checked by the practice nurse on "
              "14 April 2025."),
        ("b", "The practice will tell the social worker, Ben Adeyemi, within one working "
              "day if either child is brought in with an injury or misses an appointment."),
    ])

    r.h_bold("What Jayden told me", "child-views")
    r.items(d, [
        "I saw Jayden on his own for part of his asthma review on 10 March 2025, with "
        "Danielle’s agreement. He told me, ‘I use my inhaler at Nan’s because she reminds "
        "me. At home I forget.’ When I asked how things were at home, he said, ‘It’s "
        "better now Craig’s gone. I don’t have to keep Lily-Mae in my room any more.’ He "
        "said he sometimes lies awake ‘listening in case Mum’s crying’.",
        "Lily-Mae is four. She chatted and played with the toys in my room, and did not "
        "want to talk about home.",
    ])

    r.h_bold("Danielle’s view", "parent-views")
    r.items(d, [
        "I went through this report with Danielle on 28 March 2025. She agrees with what "
        "is written about Craig and about the inhalers. She disagrees with the worry "
        "about the burn: she said, ‘It was an accident. I was embarrassed to bring her in "
        "because I thought you’d think I’d done it.’ She asked me to add that the "
        "children have not missed an appointment since February, which is correct.",
    ])

    r.h_bold("Recommendation", "recommendation")
    r.items(d, [
        "I do not think Jayden or Lily-Mae needs a Child Protection Plan. Danielle has "
        "kept Craig away from the home for eight weeks and Jayden’s asthma is now under "
        "control. I think a Child in Need plan would give the family the support they "
        "need, with the practice continuing to see both children.",
    ])
    r.h_runin("Safety scale:", "scaling",
              "I would score both children at 6 out of 10, where 10 means everyone is "
              "confident the children are safe. I have not scored higher because the burn "
              "has not been fully explained and the changes at home are only eight weeks old.")

    r.par(d, "")
    r.par(d, "Dr Samuel Okafor MBBS MRCGP")
    r.par(d, "Riverside Medical Practice, 14 Quay Road, Kingsmead")
    return r


def r03():
    """Norfolk Signs of Safety, police: heading rows with grouping row."""
    r = Report(3, "norfolk-sos",
               ["heading-rows", "grouping-row", "prompts-left-in",
                "protective-marking-header", "page-x-of-y-footer",
                "long-answer-page-break", "named-headings"],
               ["Ruby Ashworth", "Tyler Ashworth"],
               ["Stacey Ashworth", "Dean Ashworth", "Leanne Cross"],
               "DC Mark Ellery", marking="OFFICIAL-SENSITIVE", page_footer=True)
    d = r.doc
    r.title("Norfolk Safeguarding Children Partnership", size=12, align="center")
    r.title("Multi-Agency Report to Child Protection Conference", size=16, align="center")
    r.spacer()
    t = r.table(1, [17.0])
    r.hr_section(t, "Agency and author", "author-details", answer=[
        "Detective Constable Mark Ellery 4417, Safeguarding and Investigations Unit, "
        "Norfolk Constabulary, Wymondham. Report completed on 13 March 2025 for the "
        "Initial Child Protection Conference on 20 March 2025 about Ruby Ashworth "
        "(born 08/05/2013) and Tyler Ashworth (born 27/11/2018), the children of Stacey "
        "Ashworth and Dean Ashworth.",
    ])
    r.hr_section(t, "Overview of your agency’s involvement with child/family", "agency-involvement",
                 prompts=["Type of service offered by your agency (brief overview)",
                          "First time the family became known to your service.",
                          "Why are you involved with the family currently?"],
                 answer=[
        "Norfolk Constabulary has recorded 14 incidents at the family’s address in "
        "Thetford since June 2019, all involving arguments between Stacey and Dean "
        "Ashworth. The police are involved now because of an assault on Stacey on "
        "22 February 2025, when Ruby called 999. I am the officer in the case. Dean was "
        "charged with assault by beating on 24 February 2025 and is on bail with "
        "conditions not to contact Stacey or go to the family home. His trial is listed "
        "at Norwich Magistrates’ Court on 9 June 2025.",
    ])
    r.hr_group(t, "What are we worried about now?", "worries")
    r.hr_section(t, "Past Harm", "past-harm", fill="DEEAF6",
                 prompts=["Information about past harm/danger that has occurred for the "
                          "child, their siblings or their parents/carers which could "
                          "increase the risk of harm currently."],
                 answer=[
        "Of the 14 incidents since 2019, four were recorded as assaults. In August 2021 "
        "Stacey had a cut lip after Dean threw a mobile phone at her; Ruby, then eight, "
        "was in the room. In December 2022 Dean was arrested after kicking in the front "
        "door, and Stacey withdrew her statement two days later. In May 2024 officers "
        "found Tyler, then five, hiding behind the sofa with his hands over his ears. "
        "Each time, Stacey and Dean separated for a few weeks and then got back together.",
    ])
    r.hr_section(t, "Current Harm and Impact", "current-harm", fill="DEEAF6",
                 prompts=["The Risks that are harmful or pose a risk of significant harm "
                          "to the child currently."],
                 answer=[
        "On 22 February 2025 at 21:47 Ruby, aged 11, called 999 from her mobile phone. On "
        "the recording she says, ‘My dad is hurting my mum, please come quick,’ and gives "
        "the address. Officers arrived at 21:56. Body-worn video shows Stacey sitting on "
        "the kitchen floor holding her throat, with red marks on both sides of her neck. "
        "She told officers that Dean had pushed her to the floor and pressed his forearm "
        "against her throat after an argument about money, and that she could not "
        "breathe for ‘a few seconds’. Dean was in the garden and was arrested at 22:03.",
        "Ruby told the officers that she had seen the start of the argument from the "
        "hallway and had taken Tyler, aged six, upstairs to her bedroom, given him her "
        "headphones and turned the music up. When officers went upstairs, Tyler was under "
        "Ruby’s duvet rocking backwards and forwards, and Ruby was standing in front of "
        "the bed. Ruby said to PC Sarah Dawson, ‘I always take him upstairs when they start.’",
        "Pressure on the neck is a serious warning sign. The research the police use to "
        "assess domestic abuse risk shows that being strangled, even when the person "
        "survives, is strongly linked to later serious harm and to domestic homicide. "
        "PC Dawson assessed Stacey’s risk as high on the night, and Stacey’s case was "
        "discussed at the Multi-Agency Risk Assessment Conference on 5 March 2025.",
        "Dean has broken his bail conditions twice. On 2 March 2025 at about 16:30 he "
        "came to the front door and asked to see the children; Stacey did not let him in "
        "and rang 999. On 8 March 2025 he sent Stacey 23 text messages between 23:00 and "
        "02:00, some saying he would ‘sort out’ whoever had ‘turned the kids against "
        "him’. Dean was arrested on 9 March, charged with breaching his bail and released "
        "by the court on the same conditions on 10 March.",
        "The Designated Safeguarding Lead at the children’s school, Mrs Jane Holt, told "
        "me on 4 March 2025 that Ruby has been falling asleep in lessons and has twice "
        "asked to go home at lunchtime ‘to check on Mum’. Tyler’s class teacher has seen "
        "him hitting his head with his hands when he is told it is home time. I am "
        "worried that both children are living in fear of what will happen if their dad "
        "comes back, and that Ruby feels she has to protect her mum and her brother.",
    ])
    r.hr_section(t, "Complicating factors", "complicating-factors", fill="DEEAF6",
                 prompts=["Things that make life more difficult or complicated ie. adult "
                          "behaviours, special needs, diversity, language differences etc…"],
                 answer=[
        "Dean told officers on 22 February that he had drunk ‘about ten cans’. Alcohol "
        "was a factor in nine of the 14 incidents. Stacey has told officers twice that "
        "she relies on Dean for money and for lifts, because she does not drive and the "
        "family live outside the town. Tyler is autistic (his school confirmed the "
        "diagnosis) and finds changes in routine very hard; Stacey says this is one "
        "reason she has let Dean come back in the past.",
    ])
    r.hr_section(t, "What is the impact on the child if the risks are not reduced?", "impact",
                 answer=[
        "If Dean returns to the home and the violence starts again, Ruby and Tyler are "
        "likely to see and hear more of it, and could be hurt if they try to step in. "
        "Ruby is already taking on the job of keeping her mum and brother safe, which is "
        "too much for an 11-year-old. Children who live with this over time can become "
        "anxious, fall behind at school and come to see violence as a normal part of "
        "family life.",
    ])
    r.hr_section(t, "What is working well for the child that reduces the risks and increases "
                    "the child’s safety and resilience?", "working-well",
                 prompts=["Identify family strengths and safe behaviours (Include strengths "
                          "within the wider family network which increases safety)."],
                 answer=[
        "Ruby knew how to get help: she called 999, gave the address clearly and took "
        "Tyler to her bedroom. Stacey rang the police herself on 2 March 2025 when Dean "
        "came to the house; it is the first time she has reported him rather than "
        "letting him in. She is supporting the prosecution and gave a video-recorded "
        "statement on 23 February. Stacey’s sister, Leanne Cross, has a key to the house "
        "and has stayed overnight three times since 22 February.",
    ])
    r.hr_section(t, "Within your own agency’s provision", "agency-offer",
                 prompts=["Identify the risks, briefly describe what you would expect to "
                          "see when a child is safe and not at risk of harm and the "
                          "identified action that your agency can offer."],
                 answer=[
        ("b", "The address has an urgent-response marker, so any 999 call from it gets "
              "the highest priority. It has been in place since 23 February 2025 and will "
              "stay until at least the trial on 9 June 2025."),
        ("b", "I will tell the social worker, Emma Blake, within 24 hours of any "
              "call-out, arrest or bail breach."),
        ("b", "I referred Stacey to the Independent Domestic Violence Advisor service on "
              "24 February; she has had two sessions so far."),
        "When Ruby and Tyler are safe, I would expect to see no incidents at the address "
        "for at least six months, and both children going to bed without listening out "
        "for arguments.",
    ])
    r.hr_section(t, "What Ruby and Tyler have said", "child-views", answer=[
        "Ruby was spoken to by a specially trained officer on 23 February 2025, with "
        "Stacey’s permission, and agreed that what she said could be shared with her mum "
        "and with the conference. She said: ‘I rang because Dad had Mum on the floor and "
        "she couldn’t breathe properly. I told Tyler to go in my room and put his "
        "headphones on.’ She also said, ‘I don’t want Dad to come back until he stops "
        "drinking, but I still want to see him.’",
        "Tyler was not interviewed because of his age and his autism. The officer noted "
        "that he was calm while playing on his tablet, and became upset and covered his "
        "ears when a door slammed at the police station.",
    ])
    r.hr_section(t, "Stacey’s and Dean’s views", "parent-views", answer=[
        "I went through this report with Stacey at home on 14 March 2025. She agrees with "
        "it and said, ‘I know I should have done this years ago, the kids have seen too "
        "much.’ Dean has not been given the full report because of his bail conditions "
        "and the court case; the Chair has agreed that he will see the parts about the "
        "children at conference. I told Dean by phone on 14 March what the police will "
        "say. He said he ‘doesn’t agree that the kids are at risk from him’.",
    ])
    r.hr_section(t, "Safety scale for each child (0-10)", "scaling", answer=[
        "Ruby: 3 out of 10. Tyler: 3 out of 10. (0 means the children are at serious "
        "risk of harm and 10 means they are safe and their needs are met.) I have not "
        "scored lower because Dean is on bail and Stacey has called the police when he "
        "came to the house. I have not scored higher because in the past Stacey and "
        "Dean have got back together after every separation, and the trial is not "
        "until June.",
    ])
    r.hr_section(t, "Is the threshold for a Child Protection Plan met?", "recommendation", answer=[
        "Yes, for both Ruby and Tyler. Both children have been emotionally harmed by "
        "living with domestic abuse for at least six years, and further harm is likely "
        "if Dean returns home. I recommend a Child Protection Plan for each child under "
        "the category of emotional abuse.",
    ])
    r.par(d, "")
    r.par(d, "Signed: M. Ellery (DC 4417)        Date: 13 March 2025")
    return r


def r04():
    """Portsmouth, adult mental health: typed numbered headings, key information."""
    r = Report(4, "portsmouth",
               ["numbered-headings", "bold-headings", "family-table", "sub-heading",
                "named-headings"],
               ["Harrison Bell", "Isla Bell"],
               ["Natalie Bell", "Jordan Reeves", "Sheila Bell"],
               "Karen Whitlock")
    d = r.doc
    r.title("Portsmouth Safeguarding Children Partnership", size=13)
    r.title("Report for Initial Child Protection Conference – 6 March 2025", size=13)
    r.par(d, "Agency: Portsmouth Adult Mental Health Service (East Community Team)")
    r.par(d, "Author: Karen Whitlock, Community Psychiatric Nurse        Date: 27 February 2025")

    r.h_bold("Key Information", "key-information", size=12, starts_with="Harrison Bell")
    r.data_table(
        ["Name", "Date of birth", "Relationship", "Address"],
        [["Harrison Bell", "19/08/2016", "Child", "Flat 6, Kestrel House, Paulsgrove"],
         ["Isla Bell", "02/01/2022", "Child", "Flat 6, Kestrel House, Paulsgrove"],
         ["Natalie Bell", "30/04/1993", "Mother of Harrison and Isla", "Flat 6, Kestrel House, Paulsgrove"],
         ["Jordan Reeves", "11/11/1990", "Isla’s father; Natalie’s partner", "Flat 6, Kestrel House, Paulsgrove"],
         ["Sheila Bell", "08/03/1966", "Maternal grandmother", "Fratton, Portsmouth"]],
        [3.8, 2.8, 5.0, 5.4])

    r.h_bold("1) Details of service involvement", "agency-involvement", size=12)
    r.items(d, [
        "I am Natalie’s care coordinator and have worked with her since 12 June 2023. I "
        "work with Natalie, not with the children. This report is based on my contacts "
        "with her, one home visit when I saw Harrison and Isla, and information from her "
        "psychiatrist, Dr Paul Mensah.",
        "Natalie has bipolar disorder. Between 1 September 2024 and 20 February 2025 I "
        "saw her 14 times: 10 times at home and 4 times at our team base. She was in "
        "hospital on St Mary’s Ward under the Mental Health Act from 3 to 24 November "
        "2024 after she stopped taking her medication. I made a referral to Children’s "
        "Social Care on 5 November 2024 because the children had been left with Jordan, "
        "and I was worried about his drinking.",
    ])

    r.h_bold("2) Information and knowledge relating to the child's health and development",
             "health-development", size=12)
    r.items(d, [
        "I do not work with children, so I can only say what I have seen. On my home "
        "visit on 29 January 2025, Isla was clean and dressed, played with building "
        "blocks and spoke in short sentences (‘Mummy, look, tower!’). Harrison was home "
        "from school with a cold. He was polite, made Natalie a cup of tea without being "
        "asked and told me he ‘looks after Mum when she’s poorly’. Natalie told me that "
        "Harrison’s school have said his reading is behind; I have not checked this with "
        "the school.",
    ])

    r.h_bold("3) Natalie’s capacity to keep the children safe and meet their needs",
             "parenting-capacity", size=12)
    r.items(d, [
        ("u", "When Natalie is well"),
        "When Natalie takes her medication she is a loving and organised parent. On "
        "29 January 2025 the home was tidy, there was food in the fridge, and she had a "
        "weekly planner on the wall showing the school run, Isla’s nursery days and her "
        "own appointments. She knows her early warning signs (sleeping less than four "
        "hours, spending money she does not have, and talking very fast) and wrote them "
        "into her relapse plan with me on 14 January 2025.",
        ("u", "When Natalie is unwell"),
        "Before she went into hospital in November 2024, Natalie had not slept for "
        "several days. Jordan told the crisis team that on 2 November she took the "
        "children to the seafront at 2 am ‘to see the stars’. Harrison missed nine days "
        "of school in the weeks before her admission. Natalie has told me that when she "
        "is high she ‘doesn’t see danger’.",
        "Jordan looked after the children while Natalie was in hospital. He has told me "
        "he drinks ‘six or seven cans a night to unwind’. I have not seen him under the "
        "influence of alcohol on any of my visits.",
    ])

    r.h_bold("4) Family and environmental factors", "family-environment", size=12)
    r.items(d, [
        "The family live in a two-bedroom housing association flat in Paulsgrove; "
        "Harrison and Isla share a room. Jordan lost his job as a delivery driver in "
        "December 2024 and the family now live on Universal Credit. Natalie’s mother, "
        "Sheila Bell, lives in Fratton, about 20 minutes away by bus. She looked after "
        "the children during the day while Natalie was in hospital and takes Isla to "
        "nursery on Mondays and Wednesdays. Natalie says she has few friends and hardly "
        "goes out when she is unwell.",
    ])

    r.h_bold("5) Analysis of implications for the child's future safety, health and development",
             "analysis", size=12)
    r.items(d, [
        "The main harm to Harrison and Isla comes when Natalie becomes unwell and the "
        "adults around her do not notice in time. In November 2024 this led to the "
        "children being out in the middle of the night and Harrison missing school. "
        "Since leaving hospital Natalie has had her medication every week (an injection "
        "that I give her) and has had no further episodes.",
        "The relapse plan is a real strength, but it relies on Jordan and Sheila "
        "spotting the warning signs and calling our team, and Jordan has not yet read "
        "it. Harrison, at eight, sees himself as his mother’s carer, and I think he "
        "needs an adult outside the home he can talk to.",
        "As I see it, the children need: a parent whose illness is spotted early; a "
        "second adult at home who is sober and able to act; and, for Harrison, the "
        "chance to be a child rather than a carer. This is based on my own observations "
        "and on the notes of the crisis team and Dr Mensah.",
    ])

    r.h_bold("Natalie and Jordan’s views", "parent-views", size=12)
    r.items(d, [
        "I read this report with Natalie on 27 February 2025. She agrees with most of it. "
        "She does not agree that Harrison is a young carer: ‘He’s just a kind boy, he "
        "likes helping.’ Jordan rang me on 28 February after reading it. He disagrees "
        "with what I have written about his drinking, because ‘six cans isn’t a problem, "
        "I never drink in the day’. I have recorded both disagreements here.",
    ])

    r.h_bold("What Harrison says", "child-views", size=12)
    r.items(d, [
        "When I visited on 29 January 2025, Harrison told me, ‘When Mum goes to hospital "
        "I have to be the man of the house.’ He said he likes it when Nan stays over "
        "‘because she makes pancakes and nobody shouts’. I have not asked Isla for her "
        "views; she is three and I have met her once, when she was happy playing and "
        "went to her mum for help with her shoes.",
    ])
    return r


def r05():
    """LLR, school nurse: two-column form, content controls, one left empty."""
    r = Report(5, "llr",
               ["form-table-left", "content-controls", "empty-content-control",
                "prompts-left-in", "protective-marking-header", "page-x-of-y-footer",
                "named-headings"],
               ["Kacper Nowak"],
               ["Agnieszka Nowak", "Tomasz Nowak", "Ewa Kowalska"],
               "Rachel Dunmore", marking="OFFICIAL-SENSITIVE", page_footer=True)
    d = r.doc
    r.title("Leicester, Leicestershire and Rutland Safeguarding Children Partnership",
            size=12, align="center")
    r.title("Agency Report for Child Protection Conference", size=15, align="center")
    r.par(d, "Initial Child Protection Conference: 21 March 2025", align="center")
    t = r.table(2, [5.8, 11.2])
    r.form_row(t, "Agency and author details", "author-details", sdt=("Author details", "author"),
               answer=["Rachel Dunmore, Specialist Community Public Health Nurse (School "
                       "Nursing), Leicestershire Partnership NHS Trust, Charnwood team. "
                       "Telephone 0116 555 0193. Report written on 17 March 2025."])
    r.form_row(t, "Child(ren) subject to conference", "key-information",
               sdt=("Child details", "child"),
               answer=["Kacper Nowak, born 02/09/2011, Year 8 at Hathern Brook Academy. "
                       "Lives with his mother, Agnieszka Nowak, and his father, Tomasz "
                       "Nowak. The family speak Polish at home."])
    r.form_row(t, "1. What is Working Well?", "working-well",
               prompts=["Strengths are: positive behaviours / people / events within the "
                        "family and wider network of support that over time could be built "
                        "on to provide a safer environment to address the worries.",
                        "(N.B. Attendance at appointments without any context tells us very little)."],
               sdt=("What is working well", "working_well"),
               answer=[
        "Kacper tells me about every new injury himself. On 14 January and again on "
        "4 March 2025 he came to my drop-in and showed me his arm, which means he trusts "
        "an adult at school enough to ask for help.",
        "Agnieszka took Kacper to the GP on the evening I phoned her (4 March 2025) and "
        "has since locked away the razors and paracetamol in the house, which Kacper "
        "confirmed to me on 11 March. I know of no new cuts since then.",
        "Kacper’s aunt, Ewa Kowalska, lives in Loughborough and he stays with her most "
        "weekends. He calls her flat ‘the quiet place’.",
    ])
    r.form_row(t, "2. What are We Worried About?", "worries",
               prompts=["What are the behaviours / events / actions that place the child at risk of harm?",
                        "What tells you that the impact on child’s health, wellbeing or "
                        "development is being impaired?"],
               sdt=("What are we worried about", "worries"),
               answer=[
        "On 14 January 2025 Kacper showed me three bruises in a line across the back of "
        "his thigh, each about 10 cm long. He told me his dad had hit him with a belt "
        "because he had come home late from football. I made a referral to Children’s "
        "Social Care the same day.",
        "On 4 March 2025 Kacper showed me six fresh cuts on his left forearm. He said he "
        "had cut himself with a blade from a pencil sharpener after an argument with his "
        "dad about his school report. He said, ‘When I do it, it stops the noise in my "
        "head.’ The cuts did not need stitches. I dressed them and phoned Agnieszka the "
        "same afternoon.",
        "Kacper’s weight has dropped from 52 kg in September 2024 to 47 kg on 11 March "
        "2025. He told me he often skips lunch because he ‘isn’t hungry’. His attendance "
        "this term is 86%, and his head of year tells me he has been late 12 times.",
        "The social worker, Joanna Reid, told me on 7 February 2025 that Tomasz said "
        "to her that hitting children ‘is how I was raised and I turned out fine’.",
    ])
    r.form_row(t, "3. What Needs to Happen?", "needs-to-happen",
               prompts=["Please be specific and clearly state timescales."],
               sdt=("What needs to happen", "needs_to_happen"),
               answer=[
        ("b", "I will see Kacper every week at my Tuesday drop-in until the review "
              "conference, check for new injuries and weigh him every two weeks (from "
              "18 March 2025)."),
        ("b", "I referred Kacper to the Child and Adolescent Mental Health Service on "
              "5 March 2025 and will chase the referral by 31 March if he has no appointment."),
        ("b", "Tomasz and Agnieszka to go on a parenting course about managing teenagers’ "
              "behaviour without hitting; the social worker to find a course with a Polish "
              "interpreter by the first core group."),
        ("b", "I will write a safety plan with Kacper on 25 March 2025 for when he feels "
              "like hurting himself, and share it with his aunt Ewa."),
        ("b", "School to give Kacper a free breakfast every day from 24 March 2025; his "
              "head of year, Mr Daniel Fox, has agreed."),
    ])
    r.form_row(t, "Kacper’s wishes and feelings", "child-views",
               sdt=("Child's views", "child_views"),
               answer=[
        "I saw Kacper on his own on 11 March 2025 and asked what he wanted the conference "
        "to know. He said: ‘I don’t want Dad to get in trouble. I just want him to stop "
        "shouting about grades and stop hitting.’ He said he feels safest at school and "
        "at Aunty Ewa’s. He asked that his mum, but not his dad, is told what he said "
        "about the cutting; I have agreed this with the social worker and the Chair.",
    ])
    r.form_row(t, "Has this report been shared with the family?", "sharing",
               sdt=("Shared with family", "shared"),
               answer=[
        "Yes. I read this report with Agnieszka on 17 March 2025 with a Polish "
        "interpreter on the phone. Tomasz was invited but did not come; Agnieszka took "
        "him a copy. Kacper has read the parts about him.",
    ])
    r.form_row(t, "Parents’ comments on this report", "parent-views",
               empty_sdt=("Parents' comments", "parent_views"))
    r.form_row(t, "Anything else the conference should know", "other",
               sdt=("Other information", "other"),
               answer=[
        "Kacper asked me to tell the conference that he plays in the school football "
        "team and they are in the county final on 29 March.",
    ])
    r.par(d, "")
    r.par(d, "Signed: Rachel Dunmore        Date: 17 March 2025")
    return r


def r06():
    """Norfolk education pro-forma: question and answer in one cell, family tables."""
    r = Report(6, "norfolk-education",
               ["form-table-left", "question-answer-same-cell", "family-table",
                "prompts-left-in", "placeholder-answers"],
               ["Kayden Pryce", "Amelia Pryce"],
               ["Leanne Pryce", "Marcus Doyle", "Gary Pryce"],
               "Helen Byrne", font="Arial", size=10.5)
    d = r.doc
    r.title("Education Report to a Child Protection Conference", size=15, align="center")
    r.par(d, "A COPY OF THIS FORM MUST BE RETAINED SECURELY IN THE CHILD’S CP RECORDS",
          bold=True, size=9, align="center")
    t = r.table(2, [6.0, 11.0])
    r.form_row(t, "Name and Position of Report Author:", "author-details", fill="F2F2F2", answer=[
        "Helen Byrne, Designated Safeguarding Lead and Deputy Headteacher. Date: 3 March 2025"])
    r.form_row(t, "Full Name of Child(ren) and Date(s) of Birth:", "key-information", fill="F2F2F2",
               answer=["Kayden Pryce (14/06/2016), Year 4, and Amelia Pryce (30/10/2019), "
                       "Year 1; both at Thorpe Marsh Primary School, Norwich"])
    r.form_row(t, "Who have you consulted with in the production of this report?",
               "consultation", fill="F2F2F2", answer=[
        "Mrs Jo Clarke (Kayden’s class teacher), Miss Priya Shah (Amelia’s class "
        "teacher), Mr Tom Hale (Special Educational Needs Co-ordinator), Mrs Sue Ward "
        "(breakfast club lead) and Mrs Ann Keeble (attendance officer)."])
    r.spacer()

    r.par(d, "FAMILY COMPOSITION - Adults", bold=True)
    r.start("family-composition", "FAMILY COMPOSITION - Adults", starts_with="Leanne Pryce")
    r.data_table(
        ["Name", "DOB", "Address & Tel. No.", "Relationship to child(ren)",
         "Parental Responsibility Yes/No", "Ethnicity", "First Language"],
        [["Leanne Pryce", "09/04/1994", "12 Heron Close, Norwich NR5 0XX, 07700 900412",
          "Mother", "Yes", "White British", "English"],
         ["Marcus Doyle", "21/12/1989", "12 Heron Close, Norwich NR5 0XX, 07700 900877",
          "Stepfather", "No", "White British", "English"],
         ["Gary Pryce", "03/03/1990", "Not known", "Father", "Yes", "White British", "English"]],
        [2.6, 2.1, 3.6, 2.6, 2.2, 2.0, 1.9], size=8.5)
    r.spacer()
    r.par(d, "FAMILY COMPOSITION - Children", bold=True)
    r.start("family-composition", "FAMILY COMPOSITION - Children", starts_with="Kayden Pryce")
    r.data_table(
        ["Name", "Male/Female", "DOB", "Address & Tel. No.", "School & Contact Name",
         "Ethnicity", "First Language"],
        [["Kayden Pryce", "Male", "14/06/2016", "12 Heron Close, Norwich NR5 0XX",
          "Thorpe Marsh Primary, Mrs Byrne", "White British", "English"],
         ["Amelia Pryce", "Female", "30/10/2019", "12 Heron Close, Norwich NR5 0XX",
          "Thorpe Marsh Primary, Mrs Byrne", "White British", "English"]],
        [2.6, 1.9, 2.0, 3.2, 3.3, 2.1, 1.9], size=8.5)
    r.spacer()

    yn = r.table(3, [11.0, 3.0, 3.0])
    hr = r.row(yn)
    for cell, text in zip(hr.cells, ["", "YES", "NO"]):
        shade(cell, "F2F2F2")
        r.par(cell, text, bold=True)
    row = r.row(yn)
    shade(row.cells[0], "F2F2F2")
    r.par(row.cells[0], "Have the child and parents/carers had a copy of this form?", bold=True)
    r.start("sharing", "Have the child and parents/carers had a copy of this form?")
    r.items(row.cells[1], ["Yes – shared with Leanne on 28 February 2025"])
    r.spacer()

    q = r.table(1, [17.0])

    def qa(heading, sid, prompts, answer):
        c = r.row(q).cells[0]
        r.par(c, heading, bold=True)
        for p in prompts:
            r.prompt(c, p)
        r.start(sid, heading)
        r.items(c, answer)

    qa("Child/young person’s educational needs.", "education",
       ["Including any PRU placements, alternative education or work-based learning",
        "Outline any additional needs the child may have including any disabilities, "
        "medical needs, gifted & talented, EAL and the support being provided."],
       ["Both children attend full time. Kayden is on our special educational needs "
        "register for speech and language (SEN Support) and has a support plan that we "
        "review each term; the next review is on 26 March 2025. He has 20 minutes of "
        "small-group language work three times a week with a teaching assistant. Amelia "
        "has no additional needs."])
    qa("Educational Progress.", "education",
       ["Please include information on the child’s targets for the current academic year "
        "and their progress towards meeting these."],
       ["Attendance from September 2024 to 28 February 2025: Kayden 84.6%, Amelia 86.1% "
        "(registration certificates attached). Both children have been late 19 times. "
        "Neither child has been excluded. Kayden is working below the expected level in "
        "reading and writing and at the expected level in maths; his target this year is "
        "to read a Year 3 book on his own, and he is close to it. Amelia is working "
        "towards the expected level in phonics: she scored 22 out of 40 in a practice "
        "phonics check in February."])
    qa("Child’s presentation:", "presentation",
       ["Please comment on and consider the following: school attendance, hygiene, "
        "appearance, behaviour, relationships with peers and adults, preparedness for learning."],
       ["Both children often arrive hungry. Since January, Kayden has come to breakfast "
        "club on 23 of 35 mornings; Mrs Ward says he usually has two bowls of cereal and "
        "asks for toast to take away.",
        "On 10 February 2025 Kayden arrived with a red mark about 4 cm long on his left "
        "cheek. When his teacher asked about it, he said, ‘Marcus grabbed my face because "
        "I wouldn’t eat my tea.’ I made a referral to the Children’s Advice and Duty "
        "Service the same morning.",
        "Kayden’s uniform has been unwashed on most days this term, and other children "
        "have commented on his smell, which upsets him. Amelia is usually clean but often "
        "has no coat, including on 3 February when it was snowing. Kayden is liked by "
        "staff and has two close friends; when he gets something wrong he can become "
        "tearful and hide under the table."])
    qa("Relationships & engagement with parents/carers:", "parent-relationship",
       ["Please comment on the schools’ relationship with parents including level of "
        "engagement and response to concerns raised. Please also provide comments on your "
        "observations of the parent(s)/child relationship."],
       ["Leanne brings the children to school most days and is friendly with staff. She "
        "came to both parents’ evenings and agreed to Kayden’s speech and language "
        "support. When we have raised lateness and hunger, she has said she is ‘doing her "
        "best’, and she accepted breakfast club places for both children.",
        "Marcus has collected the children four times this term. On 17 January I saw him "
        "shout at Kayden, ‘Move or you’re walking home,’ and pull him by the arm to the "
        "car. At home time Amelia runs to Leanne and they chat about her day; Kayden is "
        "quieter and walks behind them."])
    qa("Has the child been consulted with?", "child-views",
       ["If no, please provide reasons for this. If yes, what are their wishes, feelings "
        "and desired outcomes:"],
       ["Yes. I spoke with Kayden on 26 February 2025 using a ‘three houses’ drawing. In "
        "his house of worries he drew Marcus with ‘a shouty mouth’ and wrote ‘no tea when "
        "I’m naughty’. In his house of good things he drew his mum, Amelia and his Xbox. "
        "In his house of dreams he wrote ‘Marcus is kind and Mum is not sad’. Amelia told "
        "her teacher she likes school ‘because of the snack’ and that at home ‘Kayden "
        "gets told off lots’."])
    qa("Professional analysis of family/child’s needs and situation:", "analysis",
       ["Give consideration to the impact that the current and past family functioning and "
        "family history are having on the parents’ capacities to met the child’s needs and "
        "specifically their educational progress."],
       ["Kayden and Amelia are not getting enough to eat at home, often come to school "
        "unwashed and late, and miss about one day in seven. For Kayden, who already "
        "struggles with language, every lost morning widens the gap with his classmates. "
        "The mark on his face on 10 February and what he has drawn and said tell me that "
        "he is frightened of Marcus and that food is being used as a punishment. Leanne "
        "is warm with both children and works with school, but so far this has not "
        "changed what happens at home. Amelia is doing better than her brother, but she "
        "is also behind in phonics and often arrives without the clothes she needs."])
    qa("Actions taken by you in respect of the recommendations of the last Child Protection "
       "Conference:", "previous-actions",
       ["Please outline your contribution to the child protection plan as applicable."],
       ["N/A"])
    r.par(d, "")
    r.par(d, "Signature: H. Byrne")
    r.par(d, "Name: Helen Byrne        Date: 3 March 2025")
    return r


def r07():
    """LLR, recovery worker: Word auto-numbered heading styles, placeholder."""
    r = Report(7, "llr",
               ["heading-styles", "auto-numbered-headings", "placeholder-answers",
                "named-headings"],
               ["Skye Morgan", "Mason Morgan"],
               ["Lisa Morgan", "Paul Whitby"],
               "Joanne Keating", font="Calibri")
    d = r.doc
    num = add_numbering(d, 71, "%1.", bold=True)
    r.title("Leicester, Leicestershire and Rutland", size=12)
    r.title("Agency Report for Child Protection Conference", style="Title")
    r.par(d, "Review Child Protection Conference – 8 April 2025")
    r.par(d, "Report by Joanne Keating, Recovery Worker, Harbour Recovery Leicester")
    r.par(d, "Children: Skye Morgan (15) and Mason Morgan (10)")

    r.h_style("About my involvement", "agency-involvement", num_id=num)
    r.items(d, [
        "I have been Lisa Morgan’s recovery worker since 4 November 2024, when she asked our "
        "service for help with her drinking. I see Lisa once a week, usually at our "
        "Charles Street office, and I have made four home visits, the last on 25 March "
        "2025. I work with Lisa rather than with the children, but I have met Skye and "
        "Mason on three of the home visits. Lisa also comes to our Thursday women’s group.",
    ])
    r.h_style("What is working well?", "working-well", num_id=num)
    r.items(d, [
        "Lisa has not had a drink since 23 January 2025. Her breath tests at each of my "
        "weekly appointments have been zero, and her liver blood test on 10 March 2025 "
        "was better than in December. This matters for the children because the nights "
        "when Skye cooked, put Mason to bed and checked on her mum have stopped: Skye "
        "told me on 25 March that her mum has cooked tea every night this month.",
        "Lisa has written a plan with me for what she will do if she feels like "
        "drinking: ring me or her sponsor, and go to her dad’s house rather than drink "
        "at home. She used the plan on 14 March, a hard day after she heard her benefits "
        "had been cut, and spent the evening at her dad’s.",
        "Paul Whitby, Lisa’s dad, now has a key and calls in every evening at 8 pm. "
        "Mason told me Grandad ‘does my reading with me and checks Mum’s OK’.",
    ])
    r.h_style("What are we worried about?", "worries", num_id=num)
    r.items(d, [
        "Lisa drank heavily for about three years before she came to us. On 9 December "
        "2024 police found Mason, then ten, walking alone to a shop at 11 pm to buy "
        "bread; Lisa was asleep and could not be woken. That is when the children became "
        "subject to Child Protection Plans.",
        "Ten weeks without alcohol is a good start, but it is early. Most people who stop "
        "drinking after a long time drink again at least once in the first year, and "
        "Lisa’s last attempt, in 2023, lasted four months. If she drinks again, Skye is "
        "likely to take back the job of caring for her brother and her mum. Her school "
        "told me her attendance fell to 72% last autumn when she was doing this.",
        "Lisa has told me she is lonely in the evenings and finds weekends hardest. Her "
        "partner left in October 2024 and she has debts of about £3,000.",
    ])
    r.h_style("What needs to happen?", "needs-to-happen", num_id=num)
    r.items(d, [
        ("b", "Lisa to keep coming to weekly appointments with me and to the Thursday "
              "group until at least the next review conference. I will tell the social "
              "worker, Amir Hussain, within one working day if she misses an appointment "
              "or a breath test is not zero."),
        ("b", "Lisa and Paul to write down with the social worker who will look after "
              "Skye and Mason if Lisa drinks, so that Skye is not left in charge; by the "
              "next core group on 29 April 2025."),
        ("b", "I will book Lisa into the Citizens Advice debt clinic at our office on "
              "10 April 2025."),
        ("b", "The social worker to refer Skye for a young carers assessment by "
              "30 April 2025, so that she has support of her own."),
    ])
    r.h_style("What Skye and Mason say", "child-views", num_id=num)
    r.items(d, [
        "I asked Skye and Mason on 25 March 2025 whether they wanted me to tell the "
        "conference anything. Skye said, ‘It’s so much better. Mum is actually Mum again. "
        "I just don’t want to go back to how it was.’ She said she still checks the bins "
        "for bottles ‘just in case’. Mason said, ‘I like that Mum makes pancakes on "
        "Saturdays now,’ and that he wants Grandad to keep coming round.",
    ])
    r.h_style("Lisa’s views", "parent-views", num_id=num)
    r.items(d, [
        "Lisa said: ‘I know I let the kids down. I want people to see I’m trying and I’m "
        "not the same person I was in December.’ She would like the plans to end at this "
        "conference. She agreed with this report but asked me to add that she has been "
        "to every one of Mason’s parents’ evenings this year.",
    ])
    r.h_style("Date this report was shared with the family", "sharing", num_id=num)
    r.items(d, [
        "I read this report with Lisa on 2 April 2025 and gave her a copy. With her "
        "agreement, Skye read the parts about her and Mason.",
    ])
    r.h_style("Any other information", "other", num_id=num)
    r.items(d, ["None"])
    r.par(d, "")
    r.par(d, "Joanne Keating, Recovery Worker, 2 April 2025")
    return r


def r08():
    """Norfolk Signs of Safety, midwife: form table with content controls."""
    r = Report(8, "norfolk-sos",
               ["form-table-left", "content-controls", "empty-content-control",
                "prompts-left-in", "protective-marking-header", "page-x-of-y-footer",
                "named-headings"],
               ["Oscar Lewis", "Unborn baby Lewis"],
               ["Jade Lewis", "Connor Fenwick", "Maureen Platt"],
               "Aisha Rahman", marking="OFFICIAL-SENSITIVE", page_footer=True)
    d = r.doc
    r.title("Norfolk Safeguarding Children Partnership – Multi-Agency Report to Child "
            "Protection Conference", size=13)
    r.par(d, "Initial (pre-birth) Child Protection Conference: 22 May 2025")
    t = r.table(2, [6.2, 10.8])
    r.form_row(t, "Agency / report author", "author-details", sdt=("Report author", "author"),
               answer=["Aisha Rahman, Specialist Safeguarding Midwife, Norfolk Coast "
                       "Maternity Unit. Report written on 14 May 2025."])
    r.form_row(t, "Overview of your agency’s involvement with child/family", "agency-involvement",
               prompts=["Type of service offered by your agency (brief overview)",
                        "Why are you involved with the family currently?"],
               sdt=("Agency involvement", "involvement"),
               answer=[
        "I am the safeguarding midwife for Jade Lewis, who is 26 weeks pregnant with her "
        "second child (due 12 July 2025). I took over her care from her community midwife "
        "on 3 April 2025, after Jade missed her 20-week scan twice and Children’s Social "
        "Care told us that her son, Oscar Lewis, had been seriously injured. Jade lives "
        "with Oscar and with Connor Fenwick, the father of both children. I have seen Jade five times "
        "since then, twice at home with Oscar there. Maternity services first knew Jade "
        "in 2022, when she was pregnant with Oscar.",
    ])
    r.form_row(t, "Past Harm", "past-harm",
               prompts=["Information about past harm/danger that has occurred for the "
                        "child, their siblings or their parents/carers which could "
                        "increase the risk of harm currently."],
               sdt=("Past harm", "past_harm"),
               answer=[
        "On 11 February 2025 Oscar, then 25 months old, was taken to hospital with a "
        "broken left arm. The social worker, Karen Dodd, told me that the hospital’s "
        "child protection doctor said the break was of a kind caused by twisting and did "
        "not fit the explanation that he fell off the sofa. The police investigation is "
        "still going on and no one has been charged. Connor told hospital staff he was "
        "in the room; Jade said she was in the shower.",
    ])
    r.form_row(t, "Current Harm and Impact", "current-harm",
               prompts=["The Risks that are harmful or pose a risk of significant harm to "
                        "the child currently."],
               sdt=("Current harm", "current_harm"),
               answer=[
        "A new baby would be even more at risk than Oscar, because young babies cannot "
        "move away or show us what has happened. Until we know how Oscar’s arm was "
        "broken, I am worried that the same could happen to the baby.",
        "Jade has missed three of her seven pregnancy appointments since January, "
        "including the 20-week scan (missed on 27 February and 13 March and done on "
        "10 April 2025). Missed appointments mean we could miss problems with the baby’s "
        "growth.",
    ])
    r.form_row(t, "Complicating factors", "complicating-factors",
               prompts=["Things that make life more difficult or complicated ie. adult "
                        "behaviours, special needs, diversity, language differences etc…"],
               sdt=("Complicating factors", "complicating"),
               answer=[
        "Jade is 19 and was in care herself from the age of 12 to 17. She told me she "
        "has ‘no one else’ apart from Connor. Connor has told me he smokes cannabis most "
        "evenings ‘to sleep’. The family live in a one-bedroom flat in Great Yarmouth; "
        "there is no cot for the new baby, and Oscar sleeps in his parents’ bed.",
    ])
    r.form_row(t, "What is the impact on the child if the risks are not reduced?", "impact",
               prompts=["What do you believe will be the likely outcome for the child(ren) "
                        "if their current situation continues?"],
               sdt=("Impact", "impact"),
               answer=[
        "If nothing changes, I believe the baby could be seriously hurt in the first "
        "months of life, when babies cry the most and parents are most tired, and Oscar "
        "could be injured again. Sharing a bed with a newborn after a parent has used "
        "cannabis also raises the risk of sudden infant death.",
    ])
    r.form_row(t, "What is working well for the child that reduces the risks and increases "
                  "the child’s safety and resilience?", "working-well",
               prompts=["Identify family strengths and safe behaviours (Include strengths "
                        "within the wider family network which increases safety)."],
               sdt=("What is working well", "working_well"),
               answer=[
        "At her last appointment with me Jade brought a list of questions about safe "
        "sleep, which shows she is thinking about what the baby will need. On 7 May I "
        "watched Jade with Oscar at home: she changed his nappy, talked to him the whole "
        "time and lifted him down from the windowsill straight away when he climbed up.",
        "Oscar’s health visitor tells me his injections are up to date and his two-year "
        "check was normal. Jade’s former foster carer, Maureen Platt, has offered to have "
        "Jade and both children to stay at weekends.",
    ])
    r.form_row(t, "What my service can offer", "agency-offer",
               sdt=("Agency offer", "offer"),
               answer=[
        ("b", "I will see Jade every two weeks until the birth and every week from 36 "
              "weeks (starting 15 May 2025)."),
        ("b", "A plan for the birth and the baby’s first days in hospital, written with "
              "Jade, Connor and the social worker by 34 weeks (14 June 2025)."),
        ("b", "A safe-sleep visit at home with the health visitor before 36 weeks, "
              "including a cot from the baby bank."),
        ("b", "A referral to the Family Nurse Partnership, made on 8 May 2025."),
    ])
    r.form_row(t, "Oscar’s views and what I have seen", "child-views",
               sdt=("Child's views", "child_views"),
               answer=[
        "Oscar is two and says a few words, so I cannot ask him his views. On 7 May 2025 "
        "he chatted to his mum, said ‘Mummy, ball!’ and brought me his toy car. When "
        "Connor came into the room Oscar stopped playing and stood still by the sofa "
        "until Jade picked him up. He did the same when Connor raised his voice on the "
        "phone. I cannot say why, but I have told the social worker.",
    ])
    r.form_row(t, "Jade’s and Connor’s views", "parent-views",
               prompts=["Parent’s/carer’s view of the information contained within this report."],
               empty_sdt=("Parents' views", "parent_views"))
    r.form_row(t, "Safety scale", "scaling",
               prompts=["Please consider for each child/young person on a scale of 0 to 10 "
                        "if the child is safe and their needs are being met, or the child is "
                        "at risk of significant ongoing harm and/or their needs are not met."],
               sdt=("Scaling", "scaling"),
               answer=[
        "Oscar: 3 out of 10. Unborn baby Lewis: 2 out of 10.",
        "I have scored Oscar at 3 because no one has yet explained how his arm was "
        "broken, though Jade’s care of him when I have seen them together has been warm "
        "and safe. I have scored the baby lower because a newborn is more vulnerable, and "
        "there is not yet a plan for the birth or a safe place for the baby to sleep.",
    ])
    r.form_row(t, "Recommendation", "recommendation",
               prompts=["Please consider for each child/young person whether the threshold "
                        "for a Child Protection Plan is met and or their needs can be met via "
                        "different planning."],
               sdt=("Recommendation", "recommendation"),
               answer=[
        "I believe the threshold for a Child Protection Plan is met for both Oscar and "
        "Unborn baby Lewis, under the category of physical abuse. Oscar has had an injury "
        "that doctors say was not an accident, how it happened is still not known, and a "
        "newborn baby will be even more vulnerable.",
    ])
    return r


def r09():
    """Generic, housing officer: typed numbered headings, sub-headings, TBC."""
    r = Report(9, "generic",
               ["numbered-headings", "bold-headings", "sub-heading", "placeholder-answers",
                "named-headings"],
               ["Tiana Clarke", "Leo Clarke"],
               ["Shanice Clarke"],
               "Marcus Webb", font="Verdana", size=10)
    d = r.doc
    r.title("Greenway Homes", size=16)
    r.title("Report to Child Protection Conference", size=13)
    r.par(d, "Tiana Clarke (born 15/05/2012) and Leo Clarke (born 09/09/2017)")
    r.par(d, "Initial conference: 24 March 2025")

    r.h_bold("1. Author details", "author-details", size=11)
    r.items(d, ["Marcus Webb, Tenancy Sustainment Officer, Greenway Homes, Peterborough. "
                "Telephone 01733 555 270. Report written on 17 March 2025."])
    r.h_bold("2. Background to Greenway Homes’ involvement", "agency-involvement", size=11)
    r.items(d, [
        "Shanice Clarke has been a Greenway Homes tenant at 4 Linnet Way since August "
        "2019. She lives there with her two children, Tiana and Leo. I became her tenancy "
        "sustainment officer on 9 December 2024, after our neighbourhood officer reported "
        "a strong smell from the house and rent arrears of £1,140. I have visited the "
        "home five times since then. I have no contact with the children’s school or "
        "doctors; what I know about the children comes from my visits and from Shanice.",
    ])
    r.h_bold("3. Condition of the home and my worries", "worries", size=11)
    r.items(d, [
        ("sub", "Home visit on 4 March 2025"),
        "When I visited at 4.15 pm the kitchen floor was covered in rubbish bags, some "
        "split open, and there were at least 20 dirty plates and pans on the worktops. "
        "There was dog mess on the landing outside Leo’s bedroom. Leo’s mattress was on "
        "the floor with no sheet and was stained and damp. The fridge held a pint of "
        "milk past its date and some margarine. Tiana was cooking noodles for herself "
        "and Leo in the one clean pan. There was black mould on both bedroom walls, "
        "which I have reported for repair.",
        ("sub", "Rent arrears"),
        "The arrears have risen to £1,620 because the housing part of Shanice’s Universal "
        "Credit stopped in January when she missed a review appointment. If the arrears "
        "are not paid or a payment plan agreed, Greenway Homes could start court action "
        "for possession in May 2025, and the family could lose their home.",
        "I am worried that Tiana and Leo are living in a home that is dirty and unsafe, "
        "and that Tiana, who is 12, is doing much of the cooking and looking after Leo.",
    ])
    r.h_bold("4. What is going well", "working-well", size=11)
    r.items(d, [
        "Shanice has let me in on every visit and has been honest about how low she has "
        "felt. After my visit on 4 March she and Tiana filled 14 bags of rubbish, which "
        "our caretaker collected on 6 March; when I went back on 11 March the kitchen "
        "floor was clear and there was food in the cupboards from the food bank. The "
        "children love their dog, Biscuit, and Leo showed me how he feeds and walks him "
        "with his sister.",
    ])
    r.h_bold("5. Tiana and Leo’s views", "child-views", size=11)
    r.items(d, [
        "On 11 March 2025 I asked Tiana, with Shanice’s permission, what she would like "
        "the meeting to know. She said, ‘I don’t mind cooking, but I want my room to not "
        "smell. I don’t bring friends home any more.’ Leo told me his favourite thing is "
        "‘when Mum isn’t tired and we go to the park’. He said his bed is ‘wet and cold’.",
    ])
    r.h_bold("6. Shanice’s view", "parent-views", size=11)
    r.items(d, [
        "Shanice told me she has been depressed since her mum died last summer and that "
        "‘everything just got on top of me’. She agrees the house got into a bad state "
        "but says the children have always been fed. She wants help with the arrears and "
        "would like to move to a house with a garden for the dog.",
    ])
    r.h_bold("7. What needs to happen", "needs-to-happen", size=11)
    r.items(d, [
        ("b", "Greenway Homes to treat the mould in both bedrooms by 4 April 2025 "
              "(Marcus Webb to chase the repairs team)."),
        ("b", "Marcus Webb to help Shanice make a new claim for the housing part of "
              "Universal Credit by 28 March 2025 and agree a plan to pay off the arrears, "
              "so that no court action is started."),
        ("b", "A new bed and mattress for Leo from the Greenway Homes hardship fund; "
              "ordered on 14 March and due by 31 March 2025."),
        ("b", "Shanice to book an appointment with her GP about her low mood by 28 March; "
              "I will ask her about it at my next visit."),
        ("b", "Marcus Webb to visit every two weeks until the review conference and tell "
              "the social worker, Louise Grant, what he finds within two working days of "
              "each visit."),
    ])
    r.h_bold("8. Recommendation", "recommendation", size=11)
    r.items(d, ["TBC"])
    r.h_bold("9. Date shared with family", "sharing", size=11)
    r.items(d, [
        "I read this report with Shanice on 17 March 2025 and left her a copy. Tiana "
        "read the part with her views and said it was right.",
    ])
    r.par(d, "")
    r.par(d, "Marcus Webb")
    r.par(d, "Tenancy Sustainment Officer, Greenway Homes")
    return r


def r10():
    """Norfolk education, review: bold headings retyped from the pro-forma."""
    r = Report(10, "norfolk-education",
               ["bold-headings", "family-table", "sub-heading", "named-headings"],
               ["Jessica Harper"],
               ["Kirsty Harper", "Wayne Harper"],
               "Owen Pritchard", font="Calibri")
    d = r.doc
    r.title("Norfolk – Education Report to a Child Protection Conference", size=15)
    r.par(d, "Review Child Protection Conference – 12 March 2025", bold=True)

    r.h_bold("Report author", "author-details")
    r.items(d, ["Owen Pritchard, Head of Year 9 and Deputy Designated Safeguarding Lead, "
                "Broadland Academy. Report written on 3 March 2025."])
    r.h_bold("Child’s details", "key-information")
    r.items(d, ["Jessica Harper, date of birth 21/01/2011, Year 9, Broadland Academy. "
                "Form tutor: Mrs Alison Reeve."])
    r.h_bold("People consulted", "consultation")
    r.items(d, ["Mrs Alison Reeve (form tutor), Mr Sam Dunn (maths teacher), Ms Grace "
                "Oyelaran (school counsellor), Mrs Paula King (attendance officer) and "
                "Jessica herself."])
    r.h_bold("Family composition", "family-composition", starts_with="Kirsty Harper")
    r.data_table(
        ["Name", "Date of birth", "Relationship to Jessica", "Parental responsibility", "Address"],
        [["Kirsty Harper", "17/09/1985", "Mother", "Yes", "8 Mill Lane, Acle"],
         ["Wayne Harper", "02/06/1983", "Father", "Yes", "King’s Lynn (address held by the social worker)"],
         ["Jessica Harper", "21/01/2011", "Subject child", "–", "8 Mill Lane, Acle"]],
        [3.2, 2.6, 3.3, 3.0, 4.9])
    r.h_bold("Have Jessica and her parents seen this report?", "sharing")
    r.items(d, ["Yes. I went through it with Jessica and Kirsty together on 4 March 2025. "
                "Wayne was sent a copy by email on 4 March and phoned me on 6 March to "
                "talk it through."])
    r.h_bold("Educational needs and progress", "education")
    r.items(d, [
        ("u", "Attendance"),
        "Jessica’s attendance since the last conference on 18 November 2024 is 81.3%, up "
        "from 68% last term. She has had no exclusions. Most of her absences are on "
        "Mondays, and Kirsty has phoned in each time.",
        ("u", "Progress"),
        "Jessica has no special educational needs. She is predicted grade 5 in English "
        "and grade 4 in maths at GCSE, which is in line with her Year 7 test results. Her "
        "science teacher says she has not handed in any homework since January.",
    ])
    r.h_bold("Jessica’s presentation in school", "presentation")
    r.items(d, [
        "Jessica is well presented and has a small group of friends in her form. On most "
        "days she is calm and polite and joins in lessons, especially drama. There have "
        "been two incidents since the last conference. On 13 January 2025 she left school "
        "at lunchtime without permission and was found by police in Great Yarmouth at "
        "9 pm with two men in their twenties; she told her tutor the next day that she "
        "‘went to see a friend’. On 11 February 2025 a teaching assistant found her crying "
        "in the toilets after reading messages on her phone; she would not say who they "
        "were from.",
    ])
    r.h_bold("Working with Kirsty and Wayne", "parent-relationship")
    r.items(d, [
        "Kirsty and I speak every week by phone, and she has come to every meeting school "
        "has arranged. She rang the police straight away when Jessica did not come home "
        "on 13 January. Wayne has come into school once this year, on 27 January; he and "
        "Kirsty argued in reception about whose fault the missing episode was, and "
        "Jessica left the meeting in tears. Jessica is close to her mum and texts her at "
        "break times. She has told me she ‘can’t talk to Dad without it turning into a row’.",
    ])
    r.h_bold("What Jessica says", "child-views")
    r.items(d, [
        "I met Jessica with the school counsellor on 28 February 2025. She said: ‘I’m not "
        "stupid, I know they were too old. I just wanted to get away from the shouting.’ "
        "She said the shouting is mostly on the phone between her parents, about money "
        "and about her. She wants the conference to know: ‘I want Mum and Dad to stop "
        "using me as a messenger.’ She would like to keep seeing the counsellor and wants "
        "a part in the school play in June.",
    ])
    r.h_bold("Professional analysis", "analysis")
    r.items(d, [
        "Jessica is a bright, sociable young person who is doing better at school than at "
        "the last conference: her attendance is up by 13 percentage points and she is "
        "talking to adults in school about how she feels. The main worry is still that "
        "she goes missing with older men, which puts her at risk of sexual exploitation; "
        "this has happened once since the last conference, on 13 January. Jessica tells "
        "us she leaves when the arguments between her parents get too much, so the "
        "conflict between Kirsty and Wayne is directly linked to her safety. Kirsty’s "
        "quick action on 13 January is a real strength. What has not yet changed is how "
        "her parents speak to each other, and Jessica is still caught in the middle.",
    ])
    r.h_bold("Actions since the last conference", "previous-actions")
    r.items(d, [
        ("b", "Jessica has seen the school counsellor every week since 25 November 2024 "
              "(12 sessions)."),
        ("b", "Attendance is checked every morning, and Mrs King phones Kirsty by 9.30 am "
              "if Jessica is not in school (in place since 19 November 2024)."),
        ("b", "I attended all three core group meetings (10 December, 21 January and "
              "25 February)."),
        ("b", "Mrs Reeve ran a session on healthy relationships and staying safe online "
              "for Jessica’s form on 5 February 2025."),
    ])
    r.par(d, "")
    r.par(d, "Signed: O. Pritchard        Date: 3 March 2025")
    return r


def r11():
    """Portsmouth, domestic abuse advisor: heading rows with content controls."""
    r = Report(11, "portsmouth",
               ["heading-rows", "content-controls", "family-table", "placeholder-answers",
                "prompts-left-in", "protective-marking-header", "page-x-of-y-footer",
                "long-answer-page-break", "named-headings"],
               ["Ellie-Rose Hunt", "Noah Hunt"],
               ["Amber Hunt", "Lee Carter"],
               "Claire Dobson", marking="OFFICIAL-SENSITIVE", page_footer=True)
    d = r.doc
    r.title("Portsmouth Safeguarding Children Partnership", size=12)
    r.title("Multi-Agency Report for Initial Child Protection Conference (27 March 2025)", size=14)
    k = r.table(4, [4.0, 3.2, 4.6, 5.2])
    kr = r.row(k)
    kc = kr.cells[0].merge(kr.cells[3])
    shade(kc, "B4C6E7")
    r.par(kc, "Key Information", bold=True, size=12)
    r.start("key-information", "Key Information", starts_with="Ellie-Rose Hunt")
    hdr = r.row(k)
    for cell, text in zip(hdr.cells, ["Name", "Date of birth", "Relationship", "Address"]):
        shade(cell, "D9E2F3")
        r.par(cell, text, bold=True, size=9.5)
    for data in [["Ellie-Rose Hunt", "23/08/2018", "Child", "21 Tern Court, Southsea"],
                 ["Noah Hunt", "14/09/2023", "Child", "21 Tern Court, Southsea"],
                 ["Amber Hunt", "05/02/1996", "Mother of Ellie-Rose and Noah", "21 Tern Court, Southsea"],
                 ["Lee Carter", "19/07/1992", "Noah’s father (does not live with the family)", "Copnor, Portsmouth"]]:
        row = r.row(k)
        for cell, text in zip(row.cells, data):
            r.par(cell, text, size=9.5)
    r.spacer()
    t = r.table(1, [17.0])
    r.hr_section(t, "Report author and agency", "author-details", sdt=("Author", "author"),
                 answer=["Claire Dobson, Independent Domestic Violence Advisor, Solent Safe "
                         "Lives Service. Report written on 20 March 2025."])
    r.hr_section(t, "1) Details of service involvement", "agency-involvement",
                 prompts=["This section should state which child(ren) and/or adults you are "
                          "working with or have worked with."],
                 sdt=("Service involvement", "involvement"),
                 answer=[
        "I have worked with Amber since 6 February 2025, after the police referred her to "
        "our service following an assault by Lee Carter on 3 February 2025. I work with "
        "Amber only. I have not worked directly with Ellie-Rose or Noah, but I saw both "
        "children on my two home visits (14 February and 11 March 2025). I have had eight "
        "contacts with Amber: two home visits, three phone calls and three sessions at "
        "our office. I made a referral to Children’s Social Care on 7 February 2025, and "
        "Amber’s case was discussed at the Multi-Agency Risk Assessment Conference on "
        "19 February 2025.",
    ])
    r.hr_section(t, "2) Ellie-Rose and Noah’s health and development", "health-development",
                 sdt=("Health and development", "health_development"),
                 answer=["Not known"])
    r.hr_section(t, "3) Information and knowledge of the capacity of the parents/carers to "
                    "safeguard and promote the child's welfare", "parenting-capacity",
                 prompts=["It is important to comment on parental strengths as well as any "
                          "difficulties they may be experiencing."],
                 sdt=("Parenting capacity", "parenting_capacity"),
                 answer=[
        "Amber has been the children’s main carer since Noah was born. On both of my home "
        "visits the flat was warm and clean, both children were dressed, and Noah was on "
        "a play mat with toys around him. Amber talked to Ellie-Rose about her day at "
        "school and fed Noah while we spoke. Amber tells me she takes Ellie-Rose to school "
        "every day and that the school has no worries about her; I have not checked this "
        "with the school.",
        "Amber and Lee were together for three years. She has told me about 11 incidents "
        "since 2022 in which Lee hit, pushed or threatened her. On 3 February 2025 Lee "
        "punched Amber in the face in the kitchen while she was holding Noah; Amber told "
        "the police that Noah fell onto the floor mat and was not hurt. Ellie-Rose was in "
        "the living room and came in when she heard Amber scream. The police photographed "
        "bruising around Amber’s left eye, and Lee was arrested and released under "
        "investigation.",
        "Amber has taken important steps to keep the children safe since then. She "
        "applied for a non-molestation order, which the Family Court granted on "
        "20 February 2025 for 12 months; it stops Lee contacting her or coming within "
        "100 metres of the flat. She has changed her phone number, had a door chain and a "
        "video doorbell fitted with our help, and agreed a safety plan with me, which she "
        "keeps on the fridge. Ellie-Rose knows the plan too: if she hears shouting, she "
        "goes to the neighbour at number 19, Mrs Pat Okoro, and asks her to ring 999.",
        "There are still difficulties. Amber has told me she sometimes feels she ‘can’t "
        "cope’ with two young children on her own, and on 11 March she said she had been "
        "having panic attacks at night. She has found it hard to say no to Lee in the "
        "past: between March and October 2024 she let him move back in twice after he "
        "promised to change, and both times the violence started again within a few "
        "weeks. She told me on 11 March that Lee has been messaging her through her "
        "sister’s Facebook account asking to see Noah, and that she has ‘not replied "
        "yet’. Lee has parental responsibility for Noah and wants to see him; this will "
        "need to be arranged safely, through the Family Court or a contact centre, rather "
        "than between Amber and Lee.",
        "Amber understands how this has affected the children. She said, ‘I didn’t "
        "realise how much Ellie-Rose was taking in until she asked me if Daddy Lee was "
        "going to kill me.’",
    ])
    r.hr_section(t, "4) Family and environmental factors", "family-environment",
                 sdt=("Family and environment", "family_environment"),
                 answer=[
        "Amber rents a two-bedroom flat from a private landlord and works 16 hours a week "
        "in a café while Noah is at nursery. Her mother died in 2021, and her sister, "
        "Jodie, lives in Gosport and visits most weekends. Amber says she has lost touch "
        "with most of her friends because Lee did not like her going out. She is worried "
        "about money since Lee stopped paying towards Noah’s nursery fees in February.",
    ])
    r.hr_section(t, "5) Analysis", "analysis", sdt=("Analysis", "analysis"), answer=[
        "Ellie-Rose and Noah have lived with Lee’s violence towards their mother for most "
        "of their lives. On 3 February Noah was in Amber’s arms when she was punched, and "
        "Ellie-Rose heard it and saw the injury. This is the harm. Since then Amber has "
        "done a great deal to reduce it: the court order, the safety plan and the changes "
        "to the flat have meant no further incidents in seven weeks. The biggest risk now "
        "is that Lee finds a way back into the family, as he has twice before, through his "
        "wish to see Noah. Ellie-Rose needs help to make sense of what she has seen, and "
        "Amber needs support with her own anxiety so that she can keep going. This is "
        "based on what Amber has told me, on what I have seen on my visits and on the "
        "police information shared at the risk assessment conference.",
    ])
    r.hr_section(t, "Parent/Carer Views", "parent-views",
                 prompts=["Please record any areas of disagreement."],
                 sdt=("Parent/Carer views", "parent_views"),
                 answer=[
        "I read this report with Amber on 20 March 2025. She agrees with it. She wanted "
        "the conference to know: ‘I’ve done everything they asked. I just want the kids "
        "to have a normal life.’ She disagrees that Lee could find a way back: ‘I’m done "
        "with him this time.’ Lee has not seen this report because of the court order; I "
        "have no contact with him.",
    ])
    r.hr_section(t, "What Ellie-Rose has said", "child-views",
                 sdt=("Child(ren)'s views", "child_views"),
                 answer=[
        "I do not work with Ellie-Rose, but on my home visit on 11 March 2025 she showed "
        "me her drawing of the new doorbell and said, ‘Now we can see who it is before we "
        "open the door, so Daddy Lee can’t just come in.’ She told me she likes her "
        "bedroom ‘because it’s quiet now’. Noah is 18 months old and I have not been able "
        "to gather his views; on both visits he was settled and went happily to his mum "
        "and his sister.",
    ])
    return r


def r12():
    """Lincolnshire, primary school: auto-numbered bold paragraphs, run-in heading."""
    r = Report(12, "lincolnshire",
               ["bold-headings", "auto-numbered-headings", "run-in-heading",
                "prompts-left-in", "protective-marking-header", "page-x-of-y-footer",
                "named-headings"],
               ["Ethan Wright"],
               ["Sophie Wright", "Jamie Wright"],
               "Nicola Barraclough", marking="OFFICIAL-SENSITIVE", page_footer=True)
    d = r.doc
    num = add_numbering(d, 121, "%1)", bold=True)
    r.title("Lincolnshire Safeguarding Children Partnership", size=12)
    r.title("Multi-Agency Report to Child Protection Conference", size=15)
    r.par(d, "Child: Ethan Wright (born 19/04/2017)        Conference: Initial, 10 April 2025")
    r.par(d, "Report by: Nicola Barraclough, Designated Safeguarding Lead, St Botolph’s Church "
             "of England Primary School, Lincoln")

    r.h_bold("School’s involvement with Ethan", "agency-involvement", num_id=num)
    r.items(d, [
        "Ethan has been at St Botolph’s since he started in Reception in September 2021 "
        "and is now in Year 3. I am his class teacher this year as well as the school’s "
        "Designated Safeguarding Lead, so I see him every day. School has recorded 17 "
        "safeguarding concerns about Ethan since September 2024. I made a referral to "
        "Children’s Social Care on 14 March 2025 after the incident on 13 March described "
        "below. Ethan lives with his mum, Sophie Wright, and his dad, Jamie Wright.",
    ])
    r.h_bold("What are we worried about?", "worries", num_id=num)
    r.prompt(d, "What has the child experienced?")
    r.prompt(d, "Is there evidence that might indicate the child is being ill-treated or their "
                "health and development is being impaired?")
    r.items(d, [
        "On 13 March 2025 Jamie came to collect Ethan at 3.15 pm. His speech was slurred, "
        "he was swaying, and he could not remember my name, although he has known me for "
        "two years. We did not let Ethan go with him and rang Sophie, who came from work "
        "at 4.40 pm. Ethan waited with me and asked, ‘Is Dad poorly again?’",
        "Ethan has been collected late 11 times this term. On three of those days "
        "(16 January, 5 February and 27 February) no one came until after 5 pm and we had "
        "to phone Sophie at work.",
        "Ethan complained of toothache from January. On 20 February he could not eat his "
        "lunch and was crying with pain; Sophie told us the dental appointment had been "
        "missed because Jamie ‘forgot’. He has had head lice on and off since October, "
        "and we have sent letters home five times.",
    ])
    r.h_runin("Complicating factors:", "complicating-factors",
              "Jamie told me on 17 March 2025 that he has been ‘using again’ since he lost "
              "his job in December, and that he is on the waiting list for the drug "
              "service. Sophie works 7.30 am to 4 pm in a care home and relies on Jamie to "
              "take Ethan to school and collect him. The family have no relatives in "
              "Lincoln; Sophie’s parents live in Grantham.", num_id=num)
    r.h_bold("What’s working well for Ethan", "working-well", num_id=num)
    r.items(d, [
        "Sophie came straight away on 13 March and has since changed her shifts so that "
        "she collects Ethan on Mondays, Wednesdays and Fridays; she has been on time on "
        "every one of those days since 17 March. She took Ethan to an emergency dentist "
        "on 21 February, the day after we raised it, and he had a tooth taken out; he has "
        "not complained of pain since.",
        "Ethan is a bright, kind boy who reads at the expected level for his age and "
        "loves football. He is proud of the ‘player of the week’ certificate he was given "
        "on 7 March. His best friend is Oliver in his class, and Oliver’s mum, Mrs "
        "Daniels, has collected Ethan twice in an emergency with Sophie’s permission.",
    ])
    r.h_bold("What Ethan has told me", "child-views", num_id=num)
    r.items(d, [
        "I spoke to Ethan on 19 March 2025 in our quiet room. He said, ‘Dad sleeps on the "
        "sofa a lot and I have to be quiet. Sometimes I make my own breakfast, I have "
        "Coco Pops.’ When I asked what would make things better, he said, ‘If Dad didn’t "
        "have the smelly smoke and Mum was home more.’ He likes it when Mum picks him up "
        "‘because we go to the park on the way home’. He knows his words will be shared "
        "with his mum and dad at the meeting and said that was ‘OK, but don’t make Dad sad’.",
    ])
    r.h_bold("What Needs to Happen?", "needs-to-happen", num_id=num)
    r.prompt(d, "You should make any recommendations for additional support that can be offered too.")
    r.items(d, [
        ("b", "Jamie not to collect Ethan from school until the drug service confirms he "
              "is in treatment. School will only let Ethan go home with Sophie, Mrs "
              "Daniels or another adult Sophie names in writing (in place from 20 March "
              "2025, to be reviewed at the first core group)."),
        ("b", "Jamie to go to his first appointment with the drug service, which we "
              "understand is on 15 April 2025, and tell the social worker he has been."),
        ("b", "Sophie to take Ethan for a dental check-up by 30 April 2025 and to treat "
              "his head lice; school will give her a treatment kit."),
        ("b", "School to offer Ethan a free breakfast club place from 24 March 2025 and a "
              "weekly check-in with our learning mentor, Mr Kai Walsh."),
        ("b", "School to tell the social worker the same day if Ethan has not been "
              "collected by 4 pm."),
    ])
    r.h_bold("Does Ethan need a Child Protection Plan?", "recommendation", num_id=num)
    r.items(d, [
        "Yes. I believe Ethan needs a Child Protection Plan under the category of "
        "neglect. He went without dental care until he was in pain, has been left "
        "waiting for hours after school, and was nearly taken home by a parent who was "
        "not fit to look after him. Sophie has made good changes, but they are only three "
        "weeks old and depend on Jamie getting help.",
    ])
    r.h_bold("My safety scale for Ethan", "scaling", num_id=num)
    r.items(d, [
        "I would put Ethan at 4 out of 10, where 0 means he is certain to be harmed and "
        "10 means everyone is confident he is safe. It is not lower because Sophie acted "
        "straight away and Ethan is in school every day and able to tell us how he feels. "
        "To move up to 6, I would need to see Jamie in treatment and Ethan collected on "
        "time by a sober adult every day for at least six weeks.",
    ])
    r.par(d, "")
    r.par(d, "Signed: N. Barraclough        Date: 31 March 2025")
    return r


REPORTS = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12]


# ==========================================================================
# render and verify
# ==========================================================================

def render(docx_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"  soffice not found: {docx_path.name} not rendered to PDF")
        return
    subprocess.run([soffice, "-env:UserInstallation=file:///tmp/lo-blind", "--headless",
                    "--convert-to", "pdf", "--outdir", str(OUT), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def docx_text(path):
    """Every paragraph of the body, content controls included, one per line."""
    doc = Document(str(path))
    paras = []
    for p in doc.element.body.iter(qn("w:p")):
        paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return doc, "\n".join(paras)


def check():
    ok = True
    total = 0
    for f in sorted(OUT.glob("blind-*.yaml")):
        meta = yaml.safe_load(f.read_text(encoding="utf-8"))
        docx_path = OUT / meta["file"]
        doc, text = docx_text(docx_path)
        words = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9’'\-]*", text))
        problems = []
        if not 500 <= words <= 1800:
            problems.append(f"{words} words")
        for s in meta["sections"]:
            if s["heading"] not in text:
                problems.append(f"heading not found: {s['heading']!r}")
            if s["has_text"] and s["starts_with"] not in text:
                problems.append(f"starts_with not found: {s['starts_with']!r}")
            if not s["has_text"] and "starts_with" in s:
                problems.append(f"starts_with on empty section {s['heading']!r}")
        for p in meta.get("prompts") or []:
            if p not in text.split("\n"):
                problems.append(f"prompt not found: {p[:40]!r}")
        for name in meta["children"] + meta["adults"]:
            if name not in text:
                problems.append(f"name not found: {name}")
        pdf = OUT / meta["pdf"]
        if not pdf.exists():
            problems.append("no PDF")
        total += words
        status = "ok" if not problems else "; ".join(problems)
        ok &= not problems
        print(f"{meta['file']}: {meta['template']:<18} {words:>5} words, "
              f"{len(meta['sections']):>2} sections, {len(meta.get('prompts') or [])} prompts: {status}")
    print(f"total {total} words")
    return ok


def main(argv):
    if "--check" not in argv:
        for make in REPORTS:
            r = make()
            path = r.write()
            print(f"wrote {path.name}")
            if "--no-pdf" not in argv:
                render(path)
    return 0 if check() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
