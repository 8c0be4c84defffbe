#!/usr/bin/env python3
"""Build the unseen test corpus for qa-checker.

Twelve fictional reports to child protection conferences in England, two per
template profile (norfolk-sos, llr, norfolk-education, lincolnshire,
portsmouth, generic), written as DOCX with python-docx (raw OXML for content
controls, shading and fields) and rendered to PDF with LibreOffice.  Beside
each DOCX a YAML sidecar records the template, the layout features, the
people named and every section heading in document order.

All content is fixed text in this file: the script is deterministic and needs
no network.  Every person, school, practice and address is fictional.

    . /work/main/.venv/bin/activate
    python benchmarks/unseen/make_unseen.py          # DOCX + YAML + PDF
    python benchmarks/unseen/make_unseen.py --no-pdf # DOCX + YAML only

The corpus was written without reading the tool's code, samples, rules or the
held-out benchmark; see README.md in this folder for the conventions used in
the sidecars.
"""
import io
import json
import os
import re
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
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x7F, 0x7F, 0x7F)
CLICK = "Click or tap here to enter text."
PLACEHOLDERS = {"n/a", "na", "tbc", "see above", "-", "none", "not known",
                "nil", "tbc.", "n/a."}
STARTS_WITH_WORDS = 8


# --------------------------------------------------------------------------
# Item markers used in the content below.  A plain str is the author's own
# words; the subclasses mark everything else.
# --------------------------------------------------------------------------
class P(str):
    """Guidance prompt left in from the template: italic grey."""


class PP(str):
    """Template label or prompt left in, in plain (not italic) type."""


class PB(str):
    """Guidance prompt as a bullet, italic grey."""


class Sub(str):
    """The author's own sub-heading inside a section (not a section)."""


class B(str):
    """The author's own bullet point."""


def smart_quotes(s):
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[/])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def is_placeholder(text):
    t = text.strip().strip(".").strip().lower()
    return t == "" or t in PLACEHOLDERS or text.strip() in PLACEHOLDERS


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_field(paragraph, instr):
    """Append a complex field (PAGE, NUMPAGES) to a paragraph."""
    def fld(kind):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r
    p = paragraph._p
    p.append(fld("begin"))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r.append(it)
    p.append(r)
    p.append(fld("separate"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    p.append(r)
    p.append(fld("end"))


class CellC:
    """Write paragraphs into a table cell, reusing its first empty paragraph."""

    def __init__(self, cell):
        self.cell = cell
        self.first = True

    def add_paragraph(self, style=None):
        if self.first:
            self.first = False
            p = self.cell.paragraphs[0]
            if style:
                p.style = style
            return p
        return self.cell.add_paragraph(style=style)


class SdtC:
    """Write paragraphs into a content control's w:sdtContent."""

    def __init__(self, content):
        self.el = content

    def add_paragraph(self, style=None):
        p = OxmlElement("w:p")
        self.el.append(p)
        return Paragraph(p, None)


class Report:
    _sdt_id = 480000

    def __init__(self, num, template, layouts, children, adults, smart=False,
                 font="Arial", size=11, header="OFFICIAL-SENSITIVE",
                 footer="page-x-of-y"):
        self.num = num
        self.template = template
        self.layouts = layouts
        self.children = children
        self.adults = adults
        self.smart = smart
        self.sections = []
        self.prompts = []
        self.cur = None
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), font)
        for lvl in (1, 2, 3):
            hs = self.doc.styles["Heading %d" % lvl]
            hs.font.name = font
        ph = self.doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = GREY
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        for side in ("left_margin", "right_margin"):
            setattr(sec, side, Cm(2.0))
        sec.top_margin = Cm(2.0)
        sec.bottom_margin = Cm(2.0)
        if header:
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = hp.add_run(header)
            run.bold = True
            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        if footer == "page-x-of-y":
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fp.add_run("Page ")
            add_field(fp, "PAGE")
            fp.add_run(" of ")
            add_field(fp, "NUMPAGES")
        elif footer == "page-x":
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_field(fp, "PAGE")

    # -- text helpers -----------------------------------------------------
    def q(self, s):
        return smart_quotes(s) if self.smart else s

    def para(self, container, text, bold=False, italic=False, color=None,
             size=None, style=None, underline=False, align=None, space_after=None):
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
        if text:
            run = p.add_run(self.q(text))
            run.bold = bold or None
            run.italic = italic or None
            run.underline = underline or None
            if color is not None:
                run.font.color.rgb = color
            if size:
                run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    def start(self, sid, heading):
        self.cur = {"id": sid, "heading": self.q(heading), "texts": []}
        self.sections.append(self.cur)

    def end_sections(self):
        self.cur = None

    def author_text(self, text):
        if self.cur is not None:
            self.cur["texts"].append(self.q(text))

    def items(self, container, items, bullets_as_style=True, sub_style="bold"):
        for it in items:
            if isinstance(it, P):
                self.para(container, it, italic=True, color=GREY)
                self.prompts.append(self.q(it))
            elif isinstance(it, PP):
                self.para(container, it)
                self.prompts.append(self.q(it))
            elif isinstance(it, PB):
                if bullets_as_style:
                    self.para(container, it, italic=True, color=GREY, style="List Bullet")
                    self.prompts.append(self.q(it))
                else:
                    self.para(container, "\u2022 " + it, italic=True, color=GREY)
                    self.prompts.append(self.q("\u2022 " + it))
            elif isinstance(it, Sub):
                if sub_style == "underline":
                    self.para(container, it, underline=True)
                elif sub_style == "h3":
                    self.para(container, it, style="Heading 3")
                else:
                    self.para(container, it, bold=True)
            elif isinstance(it, B):
                if bullets_as_style:
                    self.para(container, it, style="List Bullet")
                    self.author_text(it)
                else:
                    self.para(container, "\u2022 " + it)
                    self.author_text("\u2022 " + it)
            else:
                self.para(container, it)
                self.author_text(it)

    # -- document-level blocks ------------------------------------------------
    def title(self, text, size=15, style=None, align=WD_ALIGN_PARAGRAPH.CENTER):
        if style:
            self.para(self.doc, text, style=style)
        else:
            self.para(self.doc, text, bold=True, size=size, align=align)

    def preamble(self, text, bold=False, italic=False, size=None):
        """Text outside any section (titles, cover lines)."""
        self.para(self.doc, text, bold=bold, italic=italic, size=size)

    def heading(self, sid, text, kind="bold", items=(), sub_style="bold"):
        if kind in ("h1", "h2", "h3"):
            self.para(self.doc, text, style="Heading %s" % kind[1])
        elif kind == "bold":
            self.para(self.doc, text, bold=True)
        elif kind == "bold-u":
            self.para(self.doc, text, bold=True, underline=True)
        elif kind == "plain":
            self.para(self.doc, text)
        else:
            raise ValueError(kind)
        self.start(sid, text)
        self.items(self.doc, items, sub_style=sub_style)

    def gap(self):
        self.cur = None
        self.doc.add_paragraph()

    # -- tables -------------------------------------------------------------
    def table(self, widths):
        t = self.doc.add_table(rows=0, cols=len(widths))
        t.style = "Table Grid"
        t.autofit = False
        t._widths = widths
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w.twips)))
        return t

    def row(self, t):
        row = t.add_row()
        for c, w in zip(row.cells, t._widths):
            c.width = w
        return row

    def spanning(self, t):
        row = self.row(t)
        cells = row.cells
        c = cells[0]
        for other in cells[1:]:
            c = c.merge(other)
        return c

    def sdt_into(self, cell, alias, tag, items):
        """Put a rich-text content control holding `items` into `cell`.
        Empty items -> the control shows Word's placeholder text."""
        Report._sdt_id += 7919
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        empty = not items
        if empty:
            rpr = OxmlElement("w:rPr")
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), "PlaceholderText")
            rpr.append(rs)
            pr.append(rpr)
        for name, val in (("w:alias", alias), ("w:tag", tag), ("w:id", str(Report._sdt_id))):
            el = OxmlElement(name)
            el.set(qn("w:val"), val)
            pr.append(el)
        if empty:
            pr.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(pr)
        sdt.append(OxmlElement("w:sdtEndPr"))
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        first_p = cell._tc.find(qn("w:p"))
        first_p.addprevious(sdt)
        box = SdtC(content)
        if empty:
            p = box.add_paragraph()
            r = p.add_run(CLICK)
            r._r.get_or_add_rPr().insert(0, _rstyle("PlaceholderText"))
        else:
            self.items(box, items, bullets_as_style=False)

    def t_head(self, t, sid, heading, guide=(), fill="BFBFBF", size=None):
        """Shaded heading row spanning the table (a section heading)."""
        c = self.spanning(t)
        shade(c, fill)
        box = CellC(c)
        self.para(box, heading, bold=True, size=size)
        if sid:
            self.start(sid, heading)
        self.items(box, list(guide))
        return c

    def t_answer(self, t, items, sdt=None):
        c = self.spanning(t)
        if sdt:
            self.sdt_into(c, sdt[0], sdt[1], items)
        else:
            self.items(CellC(c), items)
        return c

    def t_field(self, t, label, value, fill="F2F2F2"):
        row = self.row(t)
        left, right = row.cells[0], row.cells[1]
        shade(left, fill)
        self.para(CellC(left), label, bold=True)
        self.para(CellC(right), value)
        self.author_text(value)

    def t_form(self, t, sid, question, guide=(), answer=(), sdt=None, fill="DEEAF6"):
        """Question (and guidance) in a shaded left cell, answer on the right."""
        row = self.row(t)
        left, right = row.cells[0], row.cells[1]
        shade(left, fill)
        box = CellC(left)
        self.para(box, question, bold=True)
        self.start(sid, question)
        self.items(box, list(guide))
        if sdt:
            self.sdt_into(right, sdt[0], sdt[1], list(answer))
        else:
            self.items(CellC(right), list(answer))

    def t_grid(self, t, header, rows, fill="D9D9D9"):
        """A data table (family composition, key information)."""
        row = self.row(t)
        for c, h in zip(row.cells, header):
            shade(c, fill)
            self.para(CellC(c), h, bold=True, size=9)
        for data in rows:
            row = self.row(t)
            for c, v in zip(row.cells, data):
                self.para(CellC(c), v, size=9)
                if v:
                    self.author_text(v)

    # -- output -------------------------------------------------------------
    @property
    def stem(self):
        return "unseen-%02d" % self.num

    def sidecar(self):
        lines = [
            "file: %s.docx" % self.stem,
            "pdf: %s.pdf" % self.stem,
            "template: %s" % self.template,
            "layouts: [%s]" % ", ".join(self.layouts),
            "children: [%s]" % ", ".join(json.dumps(c, ensure_ascii=False) for c in self.children),
            "adults: [%s]" % ", ".join(json.dumps(a, ensure_ascii=False) for a in self.adults),
            "sections:",
        ]
        for s in self.sections:
            real = [x for x in s["texts"] if not is_placeholder(x)]
            has_text = bool(real)
            lines.append("  - id: %s" % s["id"])
            lines.append("    heading: %s" % json.dumps(s["heading"], ensure_ascii=False))
            lines.append("    has_text: %s" % ("true" if has_text else "false"))
            if has_text:
                words = real[0].split()
                lines.append("    starts_with: %s" % json.dumps(
                    " ".join(words[:STARTS_WITH_WORDS]), ensure_ascii=False))
        if self.prompts:
            lines.append("prompts:")
            for p in self.prompts:
                lines.append("  - %s" % json.dumps(p, ensure_ascii=False))
        else:
            lines.append("prompts: []")
        return "\n".join(lines) + "\n"

    def save(self, outdir):
        path = os.path.join(outdir, self.stem + ".docx")
        buf = io.BytesIO()
        self.doc.save(buf)
        # rewrite the ZIP with fixed entry times so that reruns are byte-identical
        with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
                zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                dst.writestr(zi, src.read(info.filename))
        with open(os.path.join(outdir, self.stem + ".yaml"), "w", encoding="utf-8") as fh:
            fh.write(self.sidecar())
        return path


def _rstyle(val):
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), val)
    return rs


W = Cm  # shorthand for widths


# ==========================================================================
# 01  llr  -  health visitor; one table with shaded heading rows spanning it
# ==========================================================================
def r01():
    r = Report(1, "llr",
               ["fields-table", "heading-row-table", "numbered-headings",
                "prompts-left-in", "sub-headings", "header-footer"],
               children=["Ellie-Mae Robinson", "Tyler Robinson"],
               adults=["Shannon Robinson", "Dean Price"])
    r.title("Agency Report for Child Protection Conference")
    r.para(r.doc, "Leicester, Leicestershire and Rutland", italic=True,
           align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
    t = r.table([W(5.0), W(12.0)])
    r.t_head(t, "author-details", "Report details")
    r.t_field(t, "Name of professional",
              "Priya Chauhan, Specialist Community Public Health Nurse (Health Visitor)")
    r.t_field(t, "Agency", "Healthy Together 0-19 Service, Leicester City (Braunstone team)")
    r.t_field(t, "Child(ren)", "Ellie-Mae Robinson (DOB 02/11/2024); Tyler Robinson (DOB 19/01/2022)")
    r.t_field(t, "Parents / carers", "Shannon Robinson (mother); Dean Price (father of both children)")
    r.t_field(t, "Conference", "Initial Child Protection Conference, 11 June 2025")
    r.t_field(t, "Date of report", "6 June 2025")

    r.t_head(t, "working-well", "1. What is Working Well?", guide=[
        P("What is working well should have real significance in relation to the child's safety and wellbeing. For example things parents do well in their care of the child."),
        P("(N.B. Attendance at appointments without any context tells us very little)."),
    ])
    r.t_answer(t, [
        "Shannon has a warm and gentle way with Ellie-Mae. At my home visit on 22 May 2025 she noticed Ellie-Mae rubbing her eyes, stopped our conversation and settled her for a nap in her Moses basket, on her back and with no loose blankets, as we discussed at the new birth visit.",
        "Ellie-Mae's weight is following the 50th centile line (7.9 kg on 22 May 2025). She is formula fed and Shannon makes up feeds correctly; I watched her do this on two visits.",
        "Tyler is a chatty, confident little boy. He showed me his dinosaurs and knew the names of six of them. He is dry during the day, which Shannon achieved on her own over the Easter holidays.",
        "Shannon's mum, Julie Robinson, lives two streets away and has Tyler for tea most Tuesdays and Thursdays. Shannon says she rings her mum when things get on top of her, and Julie confirmed this to me by phone on 28 May 2025.",
        "Shannon has attended all of Ellie-Mae's health appointments and immunisations.",
    ])

    r.t_head(t, "worries", "2. What are We Worried About?", guide=[
        P("What are the behaviours / events / actions that place the child at risk of harm?"),
        P("What tells you that the impact on child's health, wellbeing or development is being impaired?"),
    ])
    r.t_answer(t, [
        "On 14 May 2025 police were called to the family home after neighbours heard shouting and a child screaming. Shannon told me on 22 May that Dean had come home drunk, that they argued in the kitchen and that he threw a mug which smashed against the wall near where Tyler was standing. Tyler was not hurt. Ellie-Mae was asleep upstairs.",
        "This is the third incident I know of. At Ellie-Mae's six to eight week review on 3 January 2025 Shannon told me that Dean 'gets nasty when he's had a drink' and that he had pushed her against the fridge on Boxing Day. I completed a DASH risk assessment, which scored 9, and referred her to the IDVA with her consent. She did not take up the IDVA service.",
        "It has been reported that Dean has been at the house since the police told him to stay away.",
        "Tyler's nursery (Little Acorns Day Nursery) told me on 30 May that he has started hitting other children and hides under the table when staff raise their voices. When I visited on 22 May Tyler said to me, 'Daddy broke the cup. Mummy cried.'",
        "Shannon presents as low in mood. Her PHQ-9 score on 22 May was 14, which suggests moderate depression. She told me she is 'not sleeping, just lying there listening for the door'.",
        Sub("Housing and money"),
        "The family live in a two-bedroom flat on the second floor. There is black mould on the wall of the bedroom where both children sleep. Shannon has rent arrears of around \u00a3900 and told me she sometimes skips meals so that Tyler has enough to eat. I am worried that the debt, her low mood and Dean's drinking together make it much harder for her to keep the children safe and to notice what they need.",
    ])

    r.t_head(t, "needs-to-happen", "3. What Needs to Happen?", guide=[
        P("Please be specific and clearly state timescales."),
    ])
    r.t_answer(t, [
        B("Shannon and Dean to agree a written safety plan with the social worker, by the first core group, so that the children are never in the flat when Dean has been drinking. Shannon has said she would ask her mum to have the children."),
        B("Dean to be referred to the Leicester Recovery Hub for help with his drinking, by the social worker, by 20 June 2025."),
        B("I will visit every two weeks until the first core group and then monthly, to check Ellie-Mae's growth and development and to see how Shannon is feeling. I will repeat the PHQ-9 in the week of 23 June 2025."),
        B("I will speak to Little Acorns by 27 June 2025 about how they can help Tyler manage his feelings at nursery."),
        B("Shannon to see her GP about her low mood."),
        B("Social worker to help Shannon report the mould to her landlord and apply to the Household Support Fund."),
    ])

    r.t_head(t, "sharing", "Has this report been shared with the family?")
    r.t_answer(t, [
        "Yes. I read this report with Shannon at home on 6 June 2025. She agreed it was accurate but asked me to add that the mug 'wasn't thrown at Tyler, it just went near him'. I have not been able to share it with Dean as he did not answer my calls on 4 and 5 June.",
    ])
    return r


# ==========================================================================
# 02  portsmouth  -  primary school DSL; plain numbered lines as headings
# ==========================================================================
def r02():
    r = Report(2, "portsmouth",
               ["numbered-headings", "plain-headings", "bold-headings", "key-info-table",
                "prompts-left-in", "placeholder-answers", "sub-headings",
                "child-name-heading", "header-footer"],
               children=["Kacey Brennan", "Riley Brennan"],
               adults=["Leanne Brennan", "Craig Dowsett", "Kevin Brennan"],
               smart=True)
    r.title("Report to Initial Child Protection Conference", size=14)
    r.preamble("Report by: Joanne Fairweather, Deputy Headteacher and Designated Safeguarding Lead, Eastney Park Primary School")
    r.preamble("Date of report: 9 April 2025          Date of conference: 14 April 2025")

    r.heading("key-information", "Key Information", kind="bold", items=[
        P("Details of children living in the household should be entered here (including any unborn children and their expected date of delivery if known)."),
    ])
    t = r.table([W(4.2), W(2.6), W(1.8), W(4.6), W(3.8)])
    r.t_grid(t, ["Name", "Date of birth", "Gender", "School / setting", "Lives with"], [
        ["Kacey Brennan", "17/08/2016", "F", "Eastney Park Primary, Year 4", "Mother and Craig"],
        ["Riley Brennan", "04/03/2019", "M", "Eastney Park Primary, Year 1", "Mother and Craig"],
    ])
    r.para(r.doc, "Details of all adults living in the household, including parents or carers, should be entered here. Also include details of any other significant adults.",
           italic=True, color=GREY)
    r.prompts.append(r.q("Details of all adults living in the household, including parents or carers, should be entered here. Also include details of any other significant adults."))
    t = r.table([W(4.2), W(2.6), W(5.0), W(5.2)])
    r.t_grid(t, ["Name", "Date of birth", "Relationship", "Address"], [
        ["Leanne Brennan", "22/06/1990", "Mother", "14 Tangier Walk, Portsmouth"],
        ["Craig Dowsett", "09/10/1986", "Mother's partner", "14 Tangier Walk, Portsmouth"],
        ["Kevin Brennan", "30/01/1988", "Father (not in household)", "Southampton, address not known"],
    ])
    r.gap()

    r.heading("agency-involvement", "1) Details of service involvement", kind="plain", items=[
        "I am the Designated Safeguarding Lead (DSL) at Eastney Park Primary. Kacey joined us in Reception in September 2020 and Riley in September 2023. School has had safeguarding concerns about the family since November 2023.",
        B("14/11/2023 - bruise to Kacey's left cheek. Mum said it was a scooter accident. Logged on CPOMS, no referral made."),
        B("06/02/2024 - Riley told his teacher 'Craig shouted and the telly smashed'. Referral to MASH; NFA."),
        B("19/09/2024 - Early Help assessment started by school with mum's agreement. TAF meetings held on 3/10/24, 7/11/24 and 16/1/25."),
        B("12/03/2025 - Kacey arrived with a red mark on her neck. She told her class teacher, Miss Harding, 'Craig grabbed me because I wouldn't get off my tablet.' Referral made to MASH the same morning and a section 47 enquiry followed."),
        "School has worked alongside the Family Support Worker from Early Help and the school nurse. Both children were seen in school by the social worker, Amira Haddad, on 13 March 2025.",
    ])

    r.heading("health-development", "2) Information and knowledge relating to the child's health and development",
              kind="plain", sub_style="underline", items=[
        P("This section should include developmental progress in the context of the child's age and stage of development."),
        "Both children are in good physical health and are working at or close to the expected standard, but they are very different at school.",
        Sub("Kacey"),
        "Kacey is in Year 4. Her attendance this year is 91.2%, below our target of 96%, and most of her absences are on Mondays. She is working at the expected standard in reading and maths but below it in writing. Kacey is a quiet, conscientious girl who likes to help in the library at lunchtime. Since Christmas staff have noticed that she is often tired, and she fell asleep in afternoon lessons on 27 January and 4 March 2025.",
        Sub("Riley"),
        "Riley is in Year 1. His attendance is 94.8%. He has speech and language needs, has been seen by the NHS Speech and Language Therapist and is on the SEN register at SEN Support. He can become very dysregulated when there is a sudden loud noise and hides under the table. He presents as a happy boy most of the time. He is sometimes hungry in the morning and has had a free place at breakfast club since January.",
    ])

    r.heading("parenting-capacity", "3) Information and knowledge of the capacity of the parents/carers to safeguard and promote the child's welfare",
              kind="plain", items=[
        "Leanne is a loving mum and the children clearly adore her. She comes to every parents' evening and always rings back when school calls. When Riley's speech therapy appointment was moved she changed her shifts so that she could take him.",
        "However, Leanne has told me several times that she struggles to manage Craig's temper. On 12 March 2025 she said to me, 'I know he goes too far but he's good with them most of the time.' I am worried that she minimises what happens. She did not come into school after Kacey's disclosure and didn't answer the phone all day, which is typical of her disguised compliance.",
        "I have met Craig twice, at the school gate. He was polite to staff. He has not come to any of the TAF meetings.",
        "The children are usually clean and appropriately dressed, although Riley has sometimes worn the same uniform for a whole week.",
    ])

    r.heading("family-environment", "4) Family and environmental factors", kind="plain", items=[
        "See above",
    ])

    r.heading("analysis", "5) Analysis of implications for the child's future safety, health and development",
              kind="plain", items=[
        "Kacey has now told two adults in school that Craig has hurt her. Riley's comment in February 2024 and the way he reacts to loud noises suggest that he has also seen frightening things at home. If Craig continues to lose his temper, I believe Kacey is at risk of further physical harm, and both children are at risk of emotional harm from living with shouting and fear. Kacy's tiredness and her Monday absences suggest that weekends at home are hard for her.",
        "The Early Help plan has not reduced these worries. The TAF has met three times but Craig has not taken part, and the incident in March happened while the plan was in place. The children need a calm home, adults who keep them safe when Craig is angry, and for Kacey to be able to talk about what happens without fear of getting into trouble.",
    ])

    r.heading("parent-views", "Parent/Carer Views", kind="bold", items=[
        "I met Leanne on 8 April 2025 to go through this report. She disagrees that Craig 'hurts' the children: she says he 'grabbed her arm to take the tablet off her and it went wrong'. She agreed that Kacey has been tired and said this is because she is on her tablet late at night. She asked me to record that she 'would never let anyone hurt my kids'. Craig was invited to the meeting but did not come.",
    ])

    r.heading("child-views", "Kacey and Riley's views", kind="bold", items=[
        "I spoke to Kacey on 7 April 2025 in the school library, with her class teacher present. She drew her three houses. In her 'house of worries' she wrote 'when Craig is shouting' and 'when mum cries'. In her 'house of good things' she drew her nan's dog and wrote 'art club' and 'mum's pancakes'. In her 'house of dreams' she wrote 'everyone is kind at home'. Kacey said she was 'a bit scared' about the meeting and asked whether Craig would be told what she had said.",
        "Riley is six and finds it hard to talk about feelings. When I asked him what makes him happy he said 'playing Lego with Mummy'. When I asked what makes him sad he said 'loud'. I saw Riley with his mum at pick-up on 4 April: he ran to her, she hugged him and carried his book bag.",
    ])
    return r


# ==========================================================================
# 03  generic  -  probation officer; Word heading styles, own headings
# ==========================================================================
def r03():
    r = Report(3, "generic",
               ["heading-styles", "numbered-headings", "sub-headings",
                "child-name-heading", "header-footer"],
               children=["Mia Kowalczyk"],
               adults=["Tomasz Kowalczyk", "Gemma Hart"],
               header="OFFICIAL SENSITIVE")
    r.title("Probation Service: Report to Initial Child Protection Conference", style="Title")
    r.preamble("Subject of supervision: Tomasz KOWALCZYK (DOB 21/07/1991), CRN X412765")
    r.preamble("Child: Mia Kowalczyk (DOB 30/09/2020). Mother: Gemma Hart")
    r.preamble("Author: Marcus Oyelaran, Probation Officer, Northampton Probation Delivery Unit. Tel 01604 000 000")
    r.preamble("Date of report: 22 July 2025. Conference: 25 July 2025")

    r.heading("agency-involvement", "1. Basis of this report", kind="h1", items=[
        "I have supervised Mr Kowalczyk since his release from HMP Onley on licence on 3 March 2025. His licence expires on 2 November 2026. This report is based on eleven supervision appointments, two home visits (9 April and 2 July 2025), police call-out records shared under the information sharing agreement, and the OASys assessment completed on 28 February 2025.",
        "I have not met Mia. My work is with her father, and I have spoken to Ms Hart twice by telephone with Mr Kowalczyk's consent.",
    ])

    r.heading("past-harm", "2. Offending history", kind="h1", items=[
        "Mr Kowalczyk has four previous convictions. The two relevant to Mia are:",
        B("August 2019: assault by beating against a previous partner, Ms Laura Finch. Community order with a Building Better Relationships requirement, which he did not complete."),
        B("May 2023: assault occasioning actual bodily harm against Ms Hart. He punched her twice in the face and kicked her while she was on the floor of the living room. Mia, who was two, was in the room and was found by police sitting next to her mother. He was sentenced to 28 months' imprisonment."),
        "Police records show five further domestic incidents at Ms Hart's address between 2021 and 2023 that did not lead to a charge. In three of them alcohol was a factor.",
    ])

    r.heading("worries", "3. Current concerns", kind="h1", sub_style="h3", items=[
        "OASys assesses Mr Kowalczyk as high risk of serious harm to known adults (current or future partners) and medium risk to children, the risk to children being the emotional and physical harm of witnessing violence.",
        "On 18 June 2025 a neighbour told police that she had seen him at Ms Hart's address at about 11pm. Ms Hart first denied this, then told the social worker that he had been 'popping round to see Mia'. Mr Kowalczyk denied it to me at supervision on 20 June and then admitted it on 27 June, saying that he 'just wanted to read her a story'.",
        Sub("Licence conditions"),
        "His licence says that he must not have unsupervised contact with any child under 18 without prior approval, must not contact Ms Hart directly or indirectly, and must tell me about any intimate relationship. The visits in June breached two of these conditions. I issued a formal warning on 27 June 2025. A further breach will lead to a recall request.",
    ])

    r.heading("complicating-factors", "4. Factors affecting risk", kind="h1", items=[
        "Mr Kowalczyk has a long history of binge drinking, and most of the past violence happened when he had been drinking. He says he has not drunk since release, but this cannot be confirmed now that his alcohol monitoring tag has been removed (removed 3 June 2025).",
        "He is unemployed and lives alone in a bedsit in Kettering. He told me he feels 'lonely and useless' and that seeing Mia is 'the only thing I've got'.",
        "Ms Hart is isolated from her own family and relies on him for money. This may make it harder for her to say no to him.",
    ])

    r.heading("working-well", "5. Protective factors", kind="h1", items=[
        "Mr Kowalczyk has attended every supervision appointment on time and has been polite and open.",
        "He has completed 6 of the 24 sessions of Building Better Relationships. His facilitator, Ms Dawn Carter, told me on 15 July that he is 'starting to name his own behaviour rather than blame Gemma', and that in session 5 he described how Mia must have felt when she saw him hit her mother.",
        "His sister, Agnieszka, lives in Corby and he visits her every Sunday. She told me by phone on 10 July that she will ring me if she is worried about his drinking.",
    ])

    r.heading("child-views", "6. Mia's lived experience", kind="h1", items=[
        "I have not met Mia because my role is with her father. What follows is what the adults have told me.",
        "Ms Hart told me on 2 July 2025 that Mia 'asks for daddy every night' and that she drew a picture of 'daddy's new house'. Ms Hart also said that Mia hides behind the sofa when people shout on the television and has started wetting the bed again since June. The nursery manager told the social worker that Mia said, 'Daddy came in the dark and Mummy said it's a secret.'",
        "I am worried that Mia is being asked to keep secrets about her father's visits, and that she is learning that adults' safety rules do not apply at home.",
    ])

    r.heading("parent-views", "7. Mr Kowalczyk's views", kind="h1", items=[
        "Mr Kowalczyk told me that he loves Mia and that he knows he 'messed up' by visiting. He says he 'would never touch Mia' and that what happened with Gemma 'was years ago'. He wants supervised contact at a contact centre and agrees that any contact should be arranged through Children's Social Care. He does not agree with the risk level in OASys.",
    ])

    r.heading("needs-to-happen", "8. What needs to happen", kind="h1", items=[
        B("Mr Kowalczyk to complete the remaining 18 sessions of Building Better Relationships by December 2025. Facilitator to send me a progress report every 6 weeks."),
        B("I will complete a review of his OASys risk assessment by 15 August 2025 and share the risk management plan with the social worker."),
        B("Any contact with Mia to be supervised and agreed in advance by the social worker and by Probation."),
        B("Mr Kowalczyk to be referred to the alcohol service (Change, Grow, Live) by me by 1 August 2025."),
        B("Ms Hart should be offered support from a domestic abuse service."),
    ])

    r.heading("recommendation", "9. Recommendation", kind="h1", items=[
        "In my view the threshold for a Child Protection Plan is met for Mia under the category of emotional abuse. Her father has a history of serious violence towards her mother in front of her, he has recently visited in secret in breach of his licence, and Mia is showing signs of distress. The protective steps so far depend on both parents keeping to rules that they have already broken.",
    ])

    r.heading("sharing", "10. Sharing of this report", kind="h1", items=[
        "I went through this report with Mr Kowalczyk at supervision on 22 July 2025. He did not agree with section 3 but signed to say he had read it. I have not shared it with Ms Hart myself because of the no-contact condition; the social worker, Ms Ruth Agyeman, has agreed to share it with her before the conference.",
    ])
    return r


# ==========================================================================
# 04  norfolk-sos  -  GP; form table, question left, content controls right
# ==========================================================================
def r04():
    r = Report(4, "norfolk-sos",
               ["fields-table", "form-table-left", "grouped-heading-row", "content-controls",
                "empty-content-control", "prompts-left-in", "page-break-in-table",
                "header-footer"],
               children=["Ruby Thorne", "Alfie Thorne"],
               adults=["Natalie Thorne", "Jason Thorne"],
               smart=True, size=10.5)
    r.title("Multi-Agency Report to Child Protection Conference", size=14)
    r.para(r.doc, "Norfolk Safeguarding Children Partnership", align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
    t = r.table([W(6.0), W(11.0)])
    r.t_head(t, "author-details", "Agency details", fill="9CC2E5")
    r.t_field(t, "Agency", "Riverside Medical Practice (GP surgery)")
    r.t_field(t, "Name and role of report author", "Dr Helen Whitlock, GP Partner and practice safeguarding lead")
    r.t_field(t, "Child(ren) subject of conference", "Ruby Thorne (DOB 05/06/2013); Alfie Thorne (DOB 12/01/2023)")
    r.t_field(t, "Conference type and date", "Initial Child Protection Conference, 01/05/2025")
    r.t_field(t, "Date report completed", "28/04/2025")
    r.cur = None
    r.doc.add_paragraph()

    t = r.table([W(6.0), W(11.0)])
    r.t_form(t, "agency-involvement", "Overview of your agency's involvement with child/family", guide=[
        P("\u00b7 Type of service offered by your agency (brief overview)"),
        P("\u00b7 First time the family became known to your service."),
        P("\u00b7 Why are you involved with the family currently?"),
    ], sdt=("Agency involvement", "agency_overview"), answer=[
        "Riverside Medical Practice provides general medical care to the whole family. All four have been registered with us since 2016, Alfie since his birth in January 2023.",
        "We are involved because Natalie has long-standing depression and alcohol dependence, Jason has chronic back pain and is prescribed strong painkillers, and Alfie has missed several immunisations and his 2 year review.",
    ])

    r.t_head(t, "worries", "What are we worried about now?", fill="9CC2E5")

    r.t_form(t, "past-harm", "Past Harm", guide=[
        P("Information about past harm/danger that has occurred for the child, their siblings or their parents/carers which could increase the risk of harm currently."),
    ], sdt=("Past harm", "past_harm"), answer=[
        "Natalie was admitted to the Norfolk and Norwich University Hospital in August 2021 after an overdose of paracetamol and alcohol. Ruby, then 8, found her and rang her nan. Natalie has told me that she drank 'a bottle of wine a night' through most of 2022.",
        "Ruby was referred to CAMHS in 2022 with low mood and self-harm (scratching her arms). She was discharged in March 2023 after 6 sessions.",
    ])

    r.t_form(t, "current-harm", "Current Harm and Impact", guide=[
        P("The Risks that are harmful or pose a risk of significant harm to the child currently."),
    ], sdt=("Current harm and impact", "current_harm"), answer=[
        "On 9 April 2025 Alfie was taken to A&E at 10am with a scald to his right forearm, about 4cm by 3cm, with blistering. Natalie told the ED staff it happened when he pulled a cup of tea off the coffee table 'this morning'. Jason later told the health visitor it happened 'last night after tea'. The ED doctor recorded that the burn looked more than 12 hours old. Alfie was discharged with dressings and follow-up in the practice nurse clinic; he was brought to one of the three dressing appointments.",
        "Alfie was not brought to his 12 month immunisations (three appointments offered, letters sent 14/02/2024, 20/03/2024 and 30/04/2024) or to his 2 year review with the health visitor. He had his MMR in October 2024 only after the health visitor visited the home.",
        "When I saw Natalie for her medication review on 16 April 2025 she smelt of alcohol at 11.20am and her speech was slurred. She told me she was 'only having a couple to take the edge off'. Her liver function tests on 16 April showed a GGT of 212 (normal range under 40), which fits with her drinking heavily and regularly. She has stopped taking her sertraline because she 'didn't see the point'.",
        "Jason is prescribed morphine sulphate tablets 30mg twice a day and pregabalin for back pain. At his review on 3 March 2025 he said he sometimes takes 'an extra one or two' on bad days and he has requested early prescriptions twice since January (17 January and 21 February). He told me that on bad days he 'can't get off the sofa' and that 'Ruby is a godsend, she does everything'.",
        "Ruby attended with Alfie on her own on 22 April 2025 for his dressing appointment, during school hours. The practice nurse, Sister Claire Pegg, recorded that Ruby knew how the dressing should be done and said that her mum was 'not feeling well again'. Ruby is 11. A child of her age should not be responsible for her brother's medical care, and she was missing school to do it. The impact on Ruby is that she is carrying adult worries and is at risk of her low mood returning, and the impact on Alfie is that his health needs are met only when someone outside the family steps in.",
        "It is known that there have been arguments at the house. I cannot say who from.",
        "Taken together, I am worried that neither parent is currently able to supervise a two year old safely for a whole day, that Alfie's injury was not treated promptly, and that Ruby is acting as a carer for her brother and her mum. When Natalie drinks and Jason is sedated by his medication, there may be times when no adult in the house is able to respond to the children, including at night. This is a pattern over many months, not a single incident.",
    ])

    r.t_form(t, "complicating-factors", "Complicating factors", guide=[
        P("Things that make life more difficult or complicated ie. adult behaviours, special needs, diversity, language differences etc\u2026"),
    ], sdt=("Complicating factors", "complicating_factors"), answer=[
        "Jason's pain limits how much he can do physically. Natalie does not want to be referred to the alcohol service because she is worried that 'social services will take the kids'. The family live in a rural village with two buses a day, which makes appointments in Norwich hard to get to without a car.",
    ])

    r.t_form(t, "impact", "What is the impact on the child if the risks are not reduced?", guide=[
        P("\u00b7 What do you believe will be the likely outcome for the child(ren) if their current situation continues?"),
    ], sdt=("Impact", "impact"), answer=[
        "If nothing changes, I think Alfie is likely to have further accidents which are not treated quickly, and to miss the health checks and vaccinations that keep him well. Ruby is likely to keep missing school to care for her brother and mum, and her low mood and self-harm may come back.",
    ])

    r.t_form(t, "working-well", "What is working well for the child that reduces the risks and increases the child's safety and resilience?", guide=[
        P("\u00b7 Identify family strengths and safe behaviours (Include strengths within the wider family network which increases safety)."),
    ], sdt=("What is working well", "working_well"), answer=[
        "Both parents love their children and speak about them warmly. Natalie was tearful at her review and said 'I don't want Ruby to have the childhood I had'.",
        "Ruby's maternal grandmother, Mrs Sandra Lake, lives in the next village. She took Ruby to A&E in 2021 and Ruby says she stays with her 'when mum's bad'. This has been a place of safety for Ruby before.",
        "Jason has kept every one of his own pain clinic appointments.",
    ])

    r.t_form(t, "agency-offer", "Within your own agency's provision\u2026\u2026", guide=[
        P("\u00b7 Identify the risks, briefly describe what you would expect to see when a child is safe and not at risk of harm and the identified action that your agency can offer."),
    ], sdt=("Agency offer", "agency_offer"), answer=[
        "I would expect to see Alfie brought to his health appointments by a parent, with his immunisations up to date, and any injury taken for treatment straight away. I would expect Ruby to be in school.",
        "The practice will: offer Natalie a fortnightly appointment with me to restart treatment for her depression and to talk again about a referral to the alcohol service (first appointment booked for 2 May 2025); put Jason on weekly prescriptions from 1 May 2025 so that he cannot run out early; flag Alfie's record so that any missed appointment is followed up by the practice nurse within 2 working days and shared with the health visitor.",
    ])

    r.t_form(t, "child-views", "Child/young person's views on their situation and on the report.", guide=[
        P("*Please ensure you have the child's permission to share their views with parent/carers and with conference members."),
    ], sdt=("Child's views", "child_views"), answer=[
        "I spoke to Ruby on her own for 10 minutes on 22 April 2025 while the nurse did Alfie's dressing. She said she 'doesn't mind helping' but that she gets 'really tired' and worries about what will happen to Alfie if she is at school. She said, 'Nan's house is the only place I can sleep properly.' Ruby agreed that I could share this with her parents and the conference.",
        "Alfie is two and too young to give his views. He was clean and appropriately dressed, babbled happily and went to Ruby for comfort, not to his mum.",
    ])

    r.t_form(t, "parent-views", "Parents'/carers' views on the situation and on the report", guide=[
        P("\u00b7 Views on the support you have provided and whether they think this has helped their child."),
        P("\u00b7 Parent's/carer's view of the information contained within this report."),
    ], sdt=("Parents' views", "parent_views"), answer=[])

    r.t_form(t, "scaling", "Scaling (0-10) for each child", guide=[
        P("\u00b7 Please consider for each child/young person on a scale of 0 to 10 if the child is safe and their needs are being met, or the child is at risk of significant ongoing harm and/or their needs are not met."),
    ], sdt=("Scaling", "scaling"), answer=[
        "Ruby: 3. Alfie: 2.",
        "Alfie is lower because he is too young to keep himself safe or to ask for help, and because of the delay in treating his burn. Ruby has her nan and can tell adults what is happening.",
    ])

    r.t_form(t, "recommendation", "Recommendation", guide=[
        P("\u00b7 Please consider for each child/young person whether the threshold for a Child Protection Plan is met and or their needs can be met via different planning."),
        P("\u00b7 Please consider for each child/young person your reasons for your decision making."),
    ], sdt=("Recommendation", "recommendation"), answer=[
        "I believe the threshold for a Child Protection Plan under the category of neglect is met for both Alfie and Ruby, for the reasons set out above.",
    ])
    return r


# ==========================================================================
# 05  lincolnshire  -  police; bold Normal paragraphs as headings
# ==========================================================================
def r05():
    r = Report(5, "lincolnshire",
               ["bold-headings", "prompts-left-in", "placeholder-answers", "header-footer"],
               children=["Jayden Cartwright", "Summer Cartwright"],
               adults=["Kerry Cartwright", "Lee Marsh"])
    r.title("LINCOLNSHIRE POLICE", size=13)
    r.title("Report to Child Protection Conference", size=13)
    r.preamble("Children: Jayden Cartwright (13), Summer Cartwright (8)")
    r.preamble("Author: DC 1147 Hannah Scrivener, Domestic Abuse Investigation Team, Public Protection Unit")
    r.preamble("Conference: Review, 19 May 2025.  Report dated 9 May 2025")
    r.doc.add_paragraph()

    r.heading("agency-involvement", "Police involvement", kind="bold", items=[
        "Lincolnshire Police have recorded six domestic abuse incidents involving Kerry Cartwright and her former partner Lee Marsh since November 2023. Lee is not the children's father but lived with the family from 2022 until June 2024. I have been the officer in the case for the most recent incident since 22 March 2025.",
    ])

    r.heading("worries", "What are we worried about?", kind="bold", items=[
        PB("What are the past and current dangers and risks for the child?"),
        "On 22 March 2025 at about 23:40 Lee Marsh forced entry to the family home through the back door. He put both hands round Kerry's neck in the kitchen and squeezed until she could not breathe. Jayden came downstairs, pulled Lee away and rang 999. Officers arrived at 23:52. Kerry had red marks to both sides of her neck and a broken fingernail. Lee had left. He was arrested the next morning and charged with intentional strangulation and criminal damage. He is on conditional bail not to enter Spalding or contact Kerry or the children. Trial is listed for September 2025.",
        "Non-fatal strangulation is one of the strongest warning signs that a domestic abuser may go on to kill. The DASH risk assessment completed on 23 March scored 19 (high risk) and the case was heard at MARAC on 3 April 2025.",
        "Previous incidents include Lee smashing the living room window (November 2023) and Lee pushing Kerry down the stairs while Summer was watching (April 2024). Kerry did not support a prosecution on either occasion.",
        PB("What has the child experienced? If you are supporting one of the adults in the family, think about how the adult might appear to the child, if they are experiencing difficulties themselves how might this impact on their parenting?"),
        "Jayden has seen his mum being strangled and felt he had to step in himself. Summer was upstairs on 22 March but was awake and heard the screaming. Body-worn video shows Summer sitting on the top stair with her hands over her ears and crying.",
        "Intelligence suggests that Lee has been driving past the house since he was bailed.",
    ])

    r.heading("complicating-factors", "Complicating factors", kind="bold", items=[
        "Kerry has a history of depression and was prescribed medication by her GP in 2024 (information from Kerry herself).",
        "Kerry has told me she still has feelings for Lee and that he 'is a different person when he's not drinking'. She has had contact from withheld numbers which she thinks are from him. Lee's family live on the same estate.",
        "Jayden has been in trouble for fighting at school, and Summer has spent time at Lee's mother's house, so Lee still has ways to find out what is happening in the family.",
    ])

    r.heading("working-well", "Existing safety and strengths", kind="bold", items=[
        "Kerry rang the police herself on two of the six occasions and has supported this prosecution. She gave a full video-recorded statement on 23 March and has kept in touch with the Independent Domestic Violence Advisor (IDVA), Ms Rachel Goode.",
        "Target hardening was completed at the address on 28 March 2025 (new back door, window locks and a video doorbell). Kerry has shown both children how to use the doorbell app and the 999 silent solution (pressing 55).",
        "Jayden and Summer have a close relationship with their maternal aunt, Nicola, who lives in Holbeach. Both children stayed with her for a week after the incident.",
    ])

    r.heading("child-views", "What the children have said", kind="bold", items=[
        "Jayden was spoken to by PC Amy Dean on 23 March with Kerry's consent. He said: 'I'm not scared of him. I'm scared of what he'll do to Mum if I'm not there.' He said he does not want to go to school in case Lee comes back while he is out.",
        "Summer told PC Dean, 'I don't like it when Lee is loud. I put my fingers in my ears and sing in my head.'",
    ])

    r.heading("needs-to-happen", "What needs to happen?", kind="bold", items=[
        B("Police will tell Kerry and the social worker within 24 hours of any breach of Lee's bail."),
        B("Kerry to continue to work with the IDVA until at least after the trial in September 2025."),
        B("The address keeps its 'treat as urgent' marker on police systems until the trial. (Police, in place.)"),
        B("Jayden needs someone to talk to about what he saw. I would recommend a referral to the young people's domestic abuse service - the social worker to make this by 31 May 2025."),
        B("A safety plan for the children that does not rely on Jayden protecting his mother."),
    ])

    r.heading("recommendation", "Is a child protection plan needed?", kind="bold", items=[
        "Yes. Police believe that the children should remain subject to a Child Protection Plan, under the category of emotional abuse, at least until the criminal trial is finished. The risk from Lee Marsh is high, the last incident was severe and recent, and Jayden has taken on the job of protecting his mum.",
    ])

    r.heading("scaling", "Safety scale", kind="bold", items=[
        "3/10. The new security at the house and Kerry's support for the prosecution are real steps forward, but Lee has ignored police orders before and the children are still living with the fear of him coming back. I would move up the scale if Lee keeps to his bail conditions and Kerry and the children have a safety plan they can use without Jayden having to step in.",
    ])

    r.heading("sharing", "Shared with family", kind="bold", items=["TBC"])
    return r


# ==========================================================================
# 06  norfolk-education  -  the pro-forma: one-cell rows, prompts interleaved
# ==========================================================================
def r06():
    r = Report(6, "norfolk-education",
               ["fields-table", "single-cell-form", "family-table", "prompts-left-in",
                "prompts-interleaved", "placeholder-answers", "header-footer"],
               children=["Deshawn Okafor-Reid", "Nevaeh Reid"],
               adults=["Tanya Reid", "Michael Okafor"],
               smart=True, size=10)
    r.title("Education Report to a Child Protection Conference", size=14)
    r.para(r.doc, "A COPY OF THIS FORM MUST BE RETAINED SECURELY IN THE CHILD'S CP RECORDS",
           bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)

    t = r.table([W(4.5), W(6.5), W(2.5), W(3.5)])
    row = r.row(t)
    c = row.cells
    shade(c[0], "D9D9D9"); shade(c[2], "D9D9D9")
    r.para(CellC(c[0]), "Name and Position of Report Author:", bold=True)
    r.start("author-details", "Name and Position of Report Author:")
    r.para(CellC(c[1]), "Claire Osborne, Designated Safeguarding Lead and Assistant Headteacher")
    r.author_text("Claire Osborne, Designated Safeguarding Lead and Assistant Headteacher")
    r.para(CellC(c[2]), "Date:", bold=True)
    r.para(CellC(c[3]), "12/05/2025")
    row = r.row(t)
    c = row.cells
    shade(c[0], "D9D9D9"); shade(c[2], "D9D9D9")
    r.para(CellC(c[0]), "Full Name of Child(ren):", bold=True)
    r.start("key-information", "Full Name of Child(ren):")
    r.para(CellC(c[1]), "Deshawn Okafor-Reid")
    r.author_text("Deshawn Okafor-Reid")
    r.para(CellC(c[2]), "Date(s) of Birth:", bold=True)
    r.para(CellC(c[3]), "08/12/2014")
    row = r.row(t)
    c = row.cells
    shade(c[0], "D9D9D9")
    r.para(CellC(c[0]), "School or Educational Provision:", bold=True)
    m = c[1].merge(c[2]).merge(c[3])
    r.para(CellC(m), "Marlpit Junior School, Year 5")
    r.cur = None
    r.doc.add_paragraph()

    t = r.table([W(17)])
    cell = r.row(t).cells[0]
    box = CellC(cell)
    r.para(box, "Who have you consulted with in the production of this report?", bold=True)
    r.start("consultation", "Who have you consulted with in the production of this report?")
    r.items(box, [
        "Mr Arjun Patel (class teacher), Mrs Lesley Grey (SENCo), Ms Kim Dunn (teaching assistant in Year 5), Mrs Pat Edwards (lunchtime supervisor) and our Family Support Worker, Mrs Sue Warnes.",
    ])
    r.cur = None

    r.para(r.doc, "FAMILY COMPOSITION - Adults", bold=True)
    r.start("family-composition", "FAMILY COMPOSITION - Adults")
    t = r.table([W(2.8), W(2.0), W(3.4), W(2.4), W(2.0), W(2.2), W(2.2)])
    r.t_grid(t, ["Name", "DOB", "Address & Tel. No.", "Relationship to child(ren)",
                 "Parental Responsibility Yes/No", "Ethnicity", "First Language"], [
        ["Tanya Reid", "03/04/1992", "Flat 6, Cromer Court, Norwich", "Mother", "Yes", "White British", "English"],
        ["Michael Okafor", "27/09/1988", "Not known (lives in London)", "Father of Deshawn", "Yes", "Black British Nigerian", "English"],
    ])
    r.para(r.doc, "FAMILY COMPOSITION - Children", bold=True)
    r.start("family-composition", "FAMILY COMPOSITION - Children")
    t = r.table([W(2.8), W(1.6), W(2.0), W(3.2), W(3.0), W(2.2), W(2.2)])
    r.t_grid(t, ["Name", "Male/Female", "DOB", "Address & Tel. No.", "School & Contact Name",
                 "Ethnicity", "First Language"], [
        ["Deshawn Okafor-Reid", "M", "08/12/2014", "As above", "Marlpit Junior, Mrs Osborne", "Mixed White and Black African", "English"],
        ["Nevaeh Reid", "F", "15/02/2023", "As above", "Not in a setting", "White British", "English"],
    ])
    r.cur = None
    r.doc.add_paragraph()

    t = r.table([W(13), W(2), W(2)])
    row = r.row(t)
    for cc, txt in zip(row.cells, ["", "YES", "NO"]):
        r.para(CellC(cc), txt, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    row = r.row(t)
    r.para(CellC(row.cells[0]), "Have the child and parents/carers had a copy of this form?", bold=True)
    r.start("sharing", "Have the child and parents/carers had a copy of this form?")
    r.para(CellC(row.cells[1]), "\u2713 mum 13/05/25, Deshawn told verbally", align=WD_ALIGN_PARAGRAPH.CENTER)
    r.author_text("\u2713 mum 13/05/25, Deshawn told verbally")
    r.cur = None
    r.doc.add_paragraph()

    t = r.table([W(17)])

    def block(sid, heading, items):
        cell = r.row(t).cells[0]
        box = CellC(cell)
        r.para(box, heading, bold=True)
        r.start(sid, heading)
        r.items(box, items)

    block("education", "Child/young person's educational needs.", [
        P("Details of current education provision:"),
        P("Including any PRU placements, alternative education or work-based learning"),
        "Deshawn is in Year 5 in a mainstream class and is on a full-time timetable.",
        P("Does the child have any of the following in place?"),
        P("Please provide details including dates for review:"),
        P("Individual Education Plan (IEP)"),
        "No IEP, but Deshawn has a support plan for reading which was reviewed on 28/03/2025.",
        P("Pastoral Support Plan (PSP)"),
        "No.",
        P("Special Educational Needs:"),
        "SEN Support (cognition and learning, reading). He has been assessed by the school's specialist teacher and his reading age in March 2025 was 7 years 8 months (actual age 10 years 3 months).",
        P("Please provide details of any additional support or services you have put in place for this child:"),
        "Daily 1:1 reading with Ms Dunn, free breakfast club since October 2024, a weekly session with our Family Support Worker, and a uniform bank voucher.",
        P("Educational Progress."),
        P("% Attendance (you must attach a registration certificate to this report)"),
        "88.4% this academic year (to 09/05/2025). 14 late marks, mostly after 9.15am. Certificate attached.",
        P("Number and reason for any exclusions:"),
        "None",
        P("Please comment on the child's educational progress:"),
        "Deshawn is working below the expected standard in reading and writing and at the expected standard in maths, where he is making good progress. He loves science and is proud of his rocket model. His progress in reading has slowed since January, which matches the drop in his attendance.",
    ])

    block("presentation", "Child's presentation:", [
        P("Please comment on and consider the following: school attendance, hygiene, appearance, behaviour, relationships with peers and adults, preparedness for learning."),
        "Since January 2025 Deshawn has often come to school in dirty uniform and with no coat, including on 4 February when it was 2\u00b0C. He had head lice on three occasions this term (letters sent 10/01, 07/03 and 25/04). Staff have noticed a strong smell of stale smoke on his clothes. On 19 March he ate two breakfasts at breakfast club and then asked Mrs Edwards at lunch if he could take bread home for 'Nevvy'.",
        "He is a friendly boy with a small group of good friends. He can become withdrawn and tearful when he is tired, and on 6 May he put his head on the desk and said 'I just want to sleep'. He has never been aggressive in school.",
    ])

    block("parent-relationship", "Relationships & engagement with parents/carers:", [
        P("Please comment on the schools' relationship with parents including level of engagement and response to concerns raised. Please also provide comments on your observations of the parent(s)/child relationship."),
        "Mum is always pleasant when she comes in, and she attended the review of Deshawn's reading plan in March. But she often does not answer calls and does not respond to letters. When we raised the head lice and clothing with her on 7 March she said, 'I'm doing my best, I've got a baby,' and became upset. I don't think she is coping.",
        "Deshawn is very protective of his mum and his sister. When mum collects him she is usually on her phone and Deshawn pushes Nevaeh's buggy. We have had no contact from Deshawn's dad this year.",
    ])

    block("child-views", "Has the child been consulted with?", [
        P("Yes  \u2612  No  \u2610  (please tick)"),
        P("If no, please provide reasons for this. If yes, what are their wishes, feelings and desired outcomes:"),
        "Mrs Warnes and I spoke with Deshawn on 8 May 2025. He said home is 'OK but messy' and that he helps mum by 'doing Nevvy's bottles and getting her dressed'. He said he worries that mum is 'sad all the time' and that he would like 'a proper bed' because he sleeps on the sofa. His wish is 'for mum to be happy and for us to go to the beach'. He asked us not to tell his mum that he said the flat was messy.",
    ])

    block("analysis", "Professional analysis of family/child's needs and situation:", [
        P("Give consideration to the impact that the current and past family functioning and family history are having on the parents' capacities to met the child's needs and specifically their educational progress."),
        "Deshawn's basic needs are not being met consistently. He is often hungry, tired, poorly dressed for the weather and late, and this is affecting his reading and his friendships. He is also taking on care of his baby sister that is not right for a ten year old. Mum appears to be struggling with her mental health since Nevaeh was born, but she has not told us this herself and I do not know whether she has support. The pattern has got worse since January, despite the support school has put in place.",
    ])

    block("previous-actions", "Actions taken by you in respect of the recommendations of the last Child Protection Conference:", [
        P("Please outline your contribution to the child protection plan as applicable."),
        "N/A",
    ])
    r.cur = None
    r.doc.add_paragraph()
    r.preamble("Signature: C. Osborne                  Date: 12/05/2025")
    r.preamble("Name: Claire Osborne")
    return r


# ==========================================================================
# 07  portsmouth  -  community mental health nurse; two-column form table
# ==========================================================================
def r07():
    r = Report(7, "portsmouth",
               ["key-info-table", "form-table-left", "numbered-headings", "prompts-left-in",
                "page-break-in-table", "header-footer"],
               children=["Oskar Nowak", "Unborn baby Nowak"],
               adults=["Katarzyna Nowak", "Piotr Nowak"],
               size=10)
    r.title("Multi-Agency Report for Initial Child Protection Conference", size=13)
    r.para(r.doc, "Portsmouth Safeguarding Children Partnership - restorative conference",
           align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    r.preamble("Agency: Portsmouth Community Mental Health Team (North). Author: Gareth Pennington, Community Psychiatric Nurse and care coordinator. Date: 4 July 2025. Conference: 8 July 2025.", size=9)

    t = r.table([W(17)])
    r.t_head(t, "key-information", "Key Information", fill="A8D08D")
    r.cur = r.sections[-1]
    t = r.table([W(4.0), W(3.0), W(2.2), W(7.8)])
    r.t_grid(t, ["Children", "DOB / EDD", "Gender", "School / setting"], [
        ["Oskar Nowak", "14/02/2020", "M", "Reception, St Swithun's Catholic Primary"],
        ["Unborn baby Nowak", "EDD 18/09/2025", "Not known", "-"],
    ], fill="E2EFD9")
    t = r.table([W(4.0), W(3.0), W(4.0), W(6.0)])
    r.t_grid(t, ["Adults", "DOB", "Relationship", "First language / interpreter"], [
        ["Katarzyna Nowak", "11/05/1994", "Mother", "Polish; uses an interpreter for health appointments"],
        ["Piotr Nowak", "02/12/1990", "Father", "Polish; good spoken English"],
    ], fill="E2EFD9")
    r.cur = None
    r.doc.add_paragraph()

    t = r.table([W(5.5), W(11.5)])
    fill = "E2EFD9"
    r.t_form(t, "agency-involvement", "1) Details of service involvement", fill=fill, guide=[
        P("This section should state which child(ren) and/or adults you are working with or have worked with. Please note the end date if your involvement has concluded."),
    ], answer=[
        "I am Katarzyna's care coordinator in the Community Mental Health Team (CMHT) and have worked with her since October 2023. I do not work with Oskar or Piotr directly, but I visit the family home every two weeks and I see Oskar there. This report is based on my visits, our clinical records and what Katarzyna and Piotr have told me.",
        "Katarzyna was diagnosed with bipolar affective disorder in Poland in 2015. She was admitted to St James' Hospital in Portsmouth under section 2 of the Mental Health Act in August 2023, after a manic episode during which she left Oskar, then three, alone in the flat at night. She was discharged to the CMHT in October 2023. She is also known to the perinatal mental health team, who I referred her to on 12 March 2025 when she told me she was pregnant.",
    ])
    r.t_form(t, "health-development", "2) Information and knowledge relating to the child's health and development", fill=fill, guide=[
        P("This section should include developmental progress in the context of the child's age and stage of development. Account must be taken of any vulnerability for each child, such as learning and/or physical difficulties."),
    ], answer=[
        "Oskar appears to be a healthy, lively five year old. On my visits he has played with his cars, chatted to me in a mix of Polish and English and counted to 20 in English. Katarzyna says he is 'doing well' at school, and I have no information from the school.",
        "The pregnancy is 29 weeks. Katarzyna is under consultant-led care because of her medication history. She has attended her antenatal appointments.",
    ])
    r.t_form(t, "parenting-capacity", "3) Information and knowledge of the capacity of the parents/carers to safeguard and promote the child's welfare", fill=fill, guide=[
        P("It is important to comment on parental strengths as well as any difficulties they may be experiencing."),
    ], answer=[
        "When she is well, Katarzyna is a caring and attentive mother. I have seen her sit on the floor and do a jigsaw with Oskar, praise him when he finished it, and make sure he had a drink and a snack before she talked to me. The flat is clean and there are books and toys in Oskar's room. She understands her illness well, can name her early warning signs (not sleeping, spending money, talking very fast) and has a written relapse plan which she agreed with me in February 2024.",
        "The worry is what happens when she is not well. In August 2023, when she was manic, she went out at 2am to 'buy paint for the whole building' and left Oskar asleep alone for about three hours. A neighbour heard him crying and called the police. Katarzyna says she has no memory of that night.",
        "Katarzyna stopped taking lithium in January 2025 when she found out she was pregnant, because she was frightened it would harm the baby. She did this without telling her psychiatrist. She is now on a lower-risk medication, started on 3 April 2025, but it has not yet been shown to keep her well. Women with bipolar disorder have a high risk of becoming unwell in the weeks after giving birth, and this risk is higher for someone who has had a recent change in medication.",
        "Over the last month I have noticed early warning signs. On 19 June 2025 she told me she had slept 'two or three hours a night for a week' because she was 'so excited about the baby', and she had bought a cot, a pram and a second pram in the same week on credit cards. Her speech was quicker than usual and she jumped between topics. I arranged an urgent review with her consultant psychiatrist, Dr Elena Marsh, on 23 June, who increased her medication. On my visit on 3 July she had slept better and was calmer, but she still said that she 'doesn't really need' the medication.",
        "Piotr works nights as a warehouse supervisor, Sunday to Thursday, 10pm to 6am. This means that Katarzyna is alone with Oskar every night of the working week, and would be alone with a newborn baby too. Piotr has told me that he 'can tell when Kasia is going high' and that he would stay home if he saw it, but in August 2023 he was at work and did not know anything was wrong until the police phoned him.",
        "Both parents love Oskar and want this baby. Katarzyna asked me, 'Will they take my baby because I am ill?' She is frightened of social care and this may make it harder for her to be honest about how she is feeling. I have explained that telling us early is what keeps her children safe.",
        "Piotr has not been to any of her psychiatric reviews. He says this is because of his work, but he has said to me that he thinks 'the doctors make too much of it'. I am concerned that he underestimates how quickly Katarzyna can become unwell and how dangerous that is for a baby who cannot be left even for a few minutes.",
        "Katarzyna has no family in England. Her mother lives in Gdansk and has said she could come for a month after the birth, but this has not been arranged. The family do not know many people locally, apart from a friend from church, Mrs Zofia Lis, who has looked after Oskar before.",
    ])
    r.t_form(t, "family-environment", "4) Family and environmental factors", fill=fill, guide=[
        P("Account must be taken of family history and functioning, wider family, Housing, Employment, Income, Family's social integration and community resources."),
    ], answer=[
        "The family rent a two-bedroom flat on the third floor in Fratton. Piotr is the only earner and they have about \u00a34,000 of credit card debt, much of it from when Katarzyna was unwell in 2023. They go to the Polish Mass at St Swithun's every Sunday.",
    ])
    r.t_form(t, "analysis", "5) Analysis of implications for the child's future safety, health and development", fill=fill, guide=[
        P("Your analysis should identify harms, state what has been done to repair/reduce the harm and prevent further harm, and what you consider the needs of the child to be."),
    ], answer=[
        "Oskar has already been harmed once by being left alone at night when his mum was very unwell. Since then Katarzyna has been well for most of the time, and that is a real achievement. But the stopping of lithium, the early warning signs in June and the birth in September all add up to a high chance that she will become unwell again in the next six months, at a time when there will be a baby in the house and Piotr is at work at night.",
        "What Oskar and the baby need is an adult who is awake and well enough to look after them every night, and a plan that everyone, including Piotr, understands and will act on at the first warning sign. Katarzyna needs to keep taking her medication and to be honest with her care team when she is struggling.",
    ])
    r.t_form(t, "parent-views", "Parent/Carer Views", fill=fill, guide=[
        P("Please record any areas of disagreement."),
    ], answer=[
        "I went through this report with Katarzyna and Piotr on 4 July 2025 with a Polish interpreter (Language Line, by phone). Katarzyna said she agrees with it, but she was upset that August 2023 is 'written again and again'. Piotr disagrees that there is a risk now: he said 'she is fine, she is taking the tablets, I will take holiday when the baby comes'. He agreed to think about changing to day shifts.",
    ])
    r.t_form(t, "child-views", "Child(ren)'s Views", fill=fill, guide=[
        P("Please use this space to provide any information you have regarding the child's view of their family situation."),
    ], answer=[
        "I do not work with Oskar directly and have not asked him for his views. On my visit on 19 June, when his mum was talking very fast, Oskar kept bringing me toys and asking 'Mama is silly today?' He told me he is going to be 'the big brother' and that the baby will sleep in his room.",
    ])
    r.t_form(t, "recommendation", "Recommendation", fill=fill, answer=[
        "I recommend that Oskar and the unborn baby are made subject to Child Protection Plans under the category of neglect, so that a clear safety plan is in place before the birth.",
    ])
    return r


# ==========================================================================
# 08  norfolk-sos  -  high school DSL; Word heading styles, numbered
# ==========================================================================
def r08():
    r = Report(8, "norfolk-sos",
               ["heading-styles", "numbered-headings", "grouped-heading", "sub-headings",
                "child-name-heading", "prompts-left-in", "header-footer"],
               children=["Tia-Louise Gower"],
               adults=["Sharon Gower", "Pauline Gower"],
               smart=True)
    r.title("Multi-Agency Report to Child Protection Conference", style="Title")
    r.preamble("Child: Tia-Louise Gower (DOB 23/01/2011), Year 9", bold=True)
    r.preamble("Report author: Owen Farrow, Designated Safeguarding Lead, Kingsfield High School")
    r.preamble("Conference: Review Child Protection Conference, 24 June 2025. Report completed 17 June 2025.")

    r.heading("agency-involvement", "1. Overview of school's involvement", kind="h1", items=[
        "Tia has been at Kingsfield High since Year 7 (September 2022). She has been known to me as DSL since March 2024, when she was first reported missing overnight. She has been on a Child Protection Plan under the category of neglect since the initial conference on 11 March 2025. School's role is to support her attendance and wellbeing and to share what we see with the core group.",
    ])

    r.heading("worries", "2. What are we worried about now?", kind="h1")

    r.heading("past-harm", "2.1 Past harm", kind="h2", items=[
        "Tia was reported missing by her mum five times between March 2024 and February 2025. On two occasions (2 November 2024 and 14 February 2025) she was found by police in a flat in King's Lynn with adult men aged 19 and 23. Tia was 13. She said they were 'just friends' and that she went there to 'chill'.",
    ])

    r.heading("current-harm", "2.2 Current harm and impact", kind="h2", items=[
        "Tia has not been reported missing since the last conference. However, there are still worries.",
        Sub("Going missing from school"),
        "On 8 May 2025 Tia left school at lunchtime and did not come back. Mrs Farrow (no relation), her Head of Year, saw her getting into a grey car outside the school gates. We phoned mum, who said Tia was 'probably at her nan's'. Tia came to school the next day and would not say where she had been.",
        "Tia has had a new iPhone since April, and a friend told her tutor that Tia gets 'free vapes and weed' from 'Deano'. Tia smelt of cannabis in school on 20 May and 3 June 2025.",
        Sub("Attendance"),
        "Tia's attendance since the last conference is 71% (it was 64% in the spring term), so it has improved slightly. Most of her missed sessions are Friday afternoons.",
    ])

    r.heading("complicating-factors", "2.3 Complicating factors", kind="h2", items=[
        "Mum works long shifts at a care home, including weekends and some nights, so Tia is often at home alone or at her nan's. Mum has told me she 'can't lock her in'. Tia's dad is not in contact. Tia has a diagnosis of ADHD and her medication ran out in April; mum has not been able to get a repeat appointment with the paediatrician.",
    ])

    r.heading("impact", "3. Impact on Tia if nothing changes", kind="h1", items=[
        "If the adults around Tia cannot keep track of where she is and who she is with, I think she will be sexually or criminally exploited by the older men she is spending time with, if this is not already happening. She is at risk of dropping out of education altogether and of becoming dependent on cannabis.",
    ])

    r.heading("working-well", "4. What's working well?", kind="h1", items=[
        "Tia has a good relationship with Mrs Clarke, our pastoral manager, and goes to see her most mornings. She told Mrs Clarke about the grey car herself the following week, which is the first time she has told an adult in school about something like this.",
        "Tia's nan, Pauline Gower, has taken Tia to stay with her every weekend that mum is working since April. On 17 May Pauline drove to King's Lynn and brought Tia home when Tia rang her and said she wanted to leave a party.",
        "Mum has been to every core group meeting.",
    ])

    r.heading("agency-offer", "5. What school can offer", kind="h1", items=[
        "What we would expect to see when Tia is safe: Tia in school every day, in lessons, with adults knowing where she is after school, and no contact with the men in King's Lynn.",
        B("Daily check-in with Mrs Clarke at 8.30am, in place now and reviewed at each core group."),
        B("A reduced timetable on Friday afternoons with a vocational hair and beauty course at the local college, starting 1 September 2025 (Mr Farrow to arrange by 18 July 2025)."),
        B("School to call mum and nan by 10am on any day Tia is absent, and to tell the social worker the same day."),
        B("Referral to the school nurse about Tia's ADHD medication (done 16 June 2025)."),
    ])

    r.heading("child-views", "6. Tia's views", kind="h1", items=[
        P("*Please ensure you have the child's permission to share their views with parent/carers and with conference members."),
        "I talked to Tia with Mrs Clarke on 16 June 2025. She gave permission for me to share this. She said, 'Everyone thinks I'm stupid and I'm not. I know what they want.' She said she likes staying at nan's because 'nan actually cooks' and that she wants to do hair and beauty at college. She said she is 'bored of school' and that the only lesson she likes is art. When I asked what would make things better she said, 'If mum was home more. She's always at work or asleep.'",
    ])

    r.heading("parent-views", "7. Mum's views", kind="h1", items=[
        "I shared this report with Sharon on the phone on 17 June 2025. She agreed with most of it. She said she is 'doing everything I can' and feels that school 'only ring when something's wrong'. She did not agree that Tia is being exploited; she thinks Tia is 'just a typical teenager'. She would like more help with getting Tia's ADHD medication.",
    ])

    r.heading("scaling", "8. Safety scale", kind="h1", items=[
        "I would scale Tia at 4 out of 10. This is up from 3 at the last conference because she has not gone missing overnight, her attendance is a little better and she is starting to tell adults what is happening. It is not higher because she is still in contact with older men who give her cannabis and gifts, and she left school in a stranger's car on 8 May.",
    ])

    r.heading("recommendation", "9. Recommendation", kind="h1", items=[
        "School's view is that Tia should remain on a Child Protection Plan. I would also ask the conference to consider whether the category should change to sexual abuse, given the risk of exploitation.",
    ])

    r.heading("other", "10. Attachments", kind="h1", items=[
        "Attendance certificate for Tia (1 September 2024 to 13 June 2025) and a summary of her behaviour log since March 2025. Both are also held on CPOMS.",
    ])
    return r


# ==========================================================================
# 09  generic  -  housing officer; own headings, bold / capitals, no header
# ==========================================================================
def r09():
    r = Report(9, "generic",
               ["bold-headings", "caps-headings", "placeholder-answers"],
               children=["Connor Hollins", "Lacey Hollins"],
               adults=["Donna Hollins", "Wayne Hollins"],
               header=None, footer="page-x", font="Arial", size=11)
    r.para(r.doc, "Fenmoor Homes - Tenancy Sustainment Team", bold=True, size=12)
    r.para(r.doc, "Report for Child Protection Conference", bold=True, size=12)
    r.preamble("Tenant: Ms Donna Hollins, 27 Maple Close. Tenancy ref FH/22817")
    r.preamble("Children in household: Connor Hollins (12) and Lacey Hollins (7)")
    r.preamble("Written by Nadia Rahman, Tenancy Sustainment Officer, 3 October 2025")
    r.doc.add_paragraph()

    r.heading("agency-involvement", "BACKGROUND:", kind="bold", items=[
        "Ms Hollins has been a Fenmoor Homes tenant since 2017. Her case was referred to me by the neighbourhood officer in June 2025 after complaints from neighbours about noise and rubbish in the garden, and rent arrears. I have visited the property 5 times since then (19 June, 3 July, 7 August, 4 September and 29 September 2025).",
    ])

    r.heading("family-environment", "CONDITION OF THE PROPERTY:", kind="bold", items=[
        "On my visit on 4 September 2025 the kitchen had dirty plates and takeaway boxes on every surface and there was a strong smell of dog urine downstairs. There were dog faeces on the floor in the back bedroom. Lacey's bedroom had a mattress on the floor with no sheet. The bathroom sink was blocked. The garden is full of black bags, some of which have split. I took photographs, which I can share with the social worker.",
        "On 29 September the kitchen had been cleaned and the bags were gone from the garden, but the back bedroom was still the same.",
    ])

    r.heading("worries", "CONCERNS:", kind="bold", items=[
        "Ms Hollins' brother Wayne has been staying at the property since about May 2025. He is not on the tenancy. Neighbours have reported people coming and going late at night, and one neighbour told me she thinks he is dealing drugs. I have no evidence of this myself. On 7 August I found a burnt piece of foil and a lighter on the bathroom windowsill, at the height a seven year old could reach.",
        "The rent arrears are \u00a31,642 (3 October 2025). A Notice of Seeking Possession was served on 15 September 2025. If the arrears are not reduced, the family could be evicted, which would mean the children losing their home and maybe their schools.",
        "Ms Hollins is a lovely lady but she is clearly overwhelmed and it is obvious she is depressed. She told me she 'can't face opening the post'.",
        "Connor answered the door to me on 4 September at 11am on a school day. He said he was 'off sick' but he seemed fine.",
    ])

    r.heading("working-well", "Family strengths:", kind="bold", items=[
        "The children seemed relaxed with their mum and Lacey sat on her knee while we talked. On 29 September Ms Hollins had cleaned the kitchen and garden after our conversation on 4 September, and she told me Connor had helped her. She agreed to a referral to the money advice service and attended her first appointment on 25 September 2025, where she agreed a payment plan of \u00a340 a week on top of her rent.",
    ])

    r.heading("child-views", "What the child told me:", kind="bold", items=[
        "Lacey showed me her drawing of a horse and said her favourite thing is 'going to the park with Connor'. When I asked about her bedroom she said 'the dog sleeps in my bed because it's cold'. Connor did not want to talk to me.",
    ])

    r.heading("parent-views", "Views of mum:", kind="bold", items=[
        "Donna says she knows the house 'got on top of her' after she lost her job in the spring and that she wants to keep her home 'more than anything'. She says Wayne is 'trying to sort himself out' and that he has nowhere else to go. She does not agree that he is dealing drugs.",
    ])

    r.heading("agency-involvement", "Other agencies involved:", kind="bold", items=[
        "Not known",
    ])

    r.heading("needs-to-happen", "WHAT NEEDS TO HAPPEN NEXT:", kind="bold", items=[
        "1. I will visit every two weeks until the end of December 2025 to check the condition of the property and support Donna with the payment plan.",
        "2. Wayne needs to leave the property or apply to be added to the household; Donna to decide by 31 October 2025. I will refer him to the council's housing options team.",
        "3. Fenmoor will hold off on possession proceedings as long as the payment plan is kept to. I will review this on 1 December 2025.",
        "4. Donna should see her GP about her mood.",
        "5. Pest control and a deep clean of the back bedroom to be arranged.",
    ])

    r.heading("scaling", "Safety score:", kind="bold", items=[
        "5 for Connor and 4 for Lacey, because she is younger and the drug items were within her reach.",
    ])

    r.heading("recommendation", "Is a CP plan needed?", kind="bold", items=[
        "I am not sure that a Child Protection Plan is needed. I think a Child in Need plan would give Donna the support she needs, as long as Wayne moves out. I will be guided by the conference.",
    ])

    r.heading("sharing", "Report shared with:", kind="bold", items=[
        "Donna, at home on 3 October 2025. She read it and asked me to add that she has now booked a GP appointment.",
    ])
    return r


# ==========================================================================
# 10  llr  -  early help practitioner; heading rows + content controls
# ==========================================================================
def r10():
    r = Report(10, "llr",
               ["fields-table", "heading-row-table", "content-controls", "empty-content-control",
                "prompts-left-in", "header-footer"],
               children=["Oliver Dunmore", "Poppy Dunmore"],
               adults=["Rachel Dunmore", "Sam Dunmore"],
               size=10.5)
    r.title("Agency Report for Child Protection Conference", size=14)
    t = r.table([W(5.0), W(12.0)])
    r.t_head(t, "key-information", "Child and family details", fill="FBE4D5")
    r.t_field(t, "Child(ren)", "Oliver Dunmore (6), DOB 27/03/2019; Poppy Dunmore (4), DOB 05/10/2020")
    r.t_field(t, "Parents / carers", "Rachel Dunmore and Sam Dunmore, 8 Lavender Road, Loughborough")
    r.t_field(t, "Agency and author", "Early Help, Leicestershire County Council. Jordan Pike, Family Practitioner")
    r.t_field(t, "Conference date", "20/08/2025 (initial)")

    r.t_head(t, "working-well", "What is working well?", fill="F4B183", guide=[
        P("Strengths are: positive behaviours / people / events within the family and wider network of support that over time could be built on to provide a safer environment to address the worries."),
        P("Existing Safety is: Arrangements / behaviours that are currently working that have been shown in the past and more recently to directly address or reduce the areas of risk for the child/ren."),
    ])
    r.t_answer(t, [
        "Rachel and Sam are kind and affectionate parents. On every visit I have seen the children go to them for cuddles, and both parents get down on the floor to play. Rachel reads Poppy a bedtime story most nights and Poppy can now recognise her name.",
        "Since the Early Help plan started in April, Sam has cleared the garden and made it safe (the broken glass and the old fridge were removed in May), so the children can play outside.",
        "Rachel's sister, Gemma Wood, lives nearby and picks Oliver up from school on Wednesdays and Fridays. She has said she will tell Early Help if she is worried.",
    ], sdt=("What is working well?", "llr_working_well"))

    r.t_head(t, "worries", "What are we worried about?", fill="F4B183", guide=[
        P("What are the behaviours / events / actions that place the child at risk of harm?"),
        P("What tells you that the impact on child's health, wellbeing or development is being impaired?"),
    ])
    r.t_answer(t, [
        "I have worked with the family under an Early Help plan since 14 April 2025 because of worries about the children's school attendance and the state of the home. The plan has not made enough difference and the family were stepped up to Children's Social Care on 28 July 2025.",
        "On my home visit on 24 July 2025 Poppy (4) answered the front door on her own at 10.40am. Both parents were asleep upstairs. Oliver (6) was eating dry cereal from the box and the gas hob was on with nothing on it. I turned it off. Rachel told me they had been up 'really late' and hadn't heard the door.",
        "Oliver's attendance at Greenfield Primary was 79% last school year, and he was late on 31 occasions. His teacher told me he is often hungry and tired, and that his reading is well behind. He has been on the waiting list for an autism assessment since November 2024. At home his parents find his meltdowns very hard to manage and Sam has shouted at him in front of me (visit on 5 June 2025).",
        "Poppy has tooth decay and needs four teeth removed under general anaesthetic. The dental hospital appointment on 9 July was missed.",
        "Sam told me in June that he has 'a bit of a gambling problem' and that he spent the rent money on online betting in May. The family are two months behind with the rent. Rachel says money worries are 'the reason we argue'. Non-engagement with the budgeting support that was offered.",
    ], sdt=("What are we worried about?", "llr_worries"))

    r.t_head(t, "needs-to-happen", "What needs to happen?", fill="F4B183", guide=[
        P("Please be specific and clearly state timescales."),
    ])
    r.t_answer(t, [
        "Rachel and Sam need to make sure an adult is up and supervising the children from the time they wake until bedtime. They need to get Oliver to school on time every day from the start of term (3 September 2025).",
        "\u2022 Rachel to rebook Poppy's dental appointment this week and tell the social worker the new date.",
        "\u2022 Sam to contact GamCare (free helpline) by 27 August 2025. I will sit with him while he makes the call if he wants me to.",
        "\u2022 I will continue to visit weekly until the child protection plan is agreed and will hand over to the social worker at the first core group.",
        "\u2022 School to put Oliver on the list for breakfast club from September.",
        "\u2022 The family need a referral for parenting support for children with additional needs.",
    ], sdt=("What needs to happen?", "llr_needs"))

    r.t_head(t, "child-views", "Views of the child(ren)", fill="F4B183")
    r.t_answer(t, [], sdt=("Views of the child(ren)", "llr_child_views"))

    r.t_head(t, "sharing", "Has this report been shared with the family?", fill="F4B183")
    r.t_answer(t, [
        "Yes. I shared it with Rachel and Sam together at home on 15 August 2025. Sam said it was 'fair' and Rachel cried when we read about Poppy answering the door.",
    ], sdt=("Shared with family", "llr_shared"))
    return r


# ==========================================================================
# 11  norfolk-education  -  secondary school, review conference; form table
# ==========================================================================
def r11():
    r = Report(11, "norfolk-education",
               ["fields-table", "form-table-left", "family-table", "prompts-left-in",
                "child-name-heading", "page-break-in-table", "header-footer"],
               children=["Kai Whitmore", "Lily Whitmore"],
               adults=["Stacey Whitmore", "Ryan Atkins"],
               smart=True, size=10.5)
    r.title("EDUCATION REPORT TO A CHILD PROTECTION CONFERENCE", size=13)
    r.para(r.doc, "Review Child Protection Conference - 20 November 2025", align=WD_ALIGN_PARAGRAPH.CENTER)
    fill = "D9D9D9"
    t = r.table([W(5.5), W(11.5)])
    r.t_form(t, "author-details", "Report author (name and position)", fill=fill, answer=[
        "Bethany Cole, Head of Year 8 and Deputy Designated Safeguarding Lead",
    ])
    r.t_field(t, "Date", "12 November 2025", fill=fill)
    r.t_form(t, "key-information", "Child", fill=fill, answer=[
        "Kai Whitmore, DOB 02/04/2013, Year 8",
    ])
    r.t_field(t, "School", "Northgate Academy, Dereham", fill=fill)
    r.t_form(t, "consultation", "Who was consulted?", fill=fill, answer=[
        "Kai's form tutor (Mr Dale Hughes), the SENCo (Mrs Ana Ribeiro), the school counsellor, and the attendance officer (Mrs Julie Bird).",
    ])
    r.cur = None
    r.doc.add_paragraph()

    r.para(r.doc, "Family composition", bold=True)
    r.start("family-composition", "Family composition")
    t = r.table([W(3.2), W(2.2), W(3.8), W(2.6), W(2.6), W(2.6)])
    r.t_grid(t, ["Name", "DOB", "Relationship to Kai", "Parental responsibility", "Ethnicity", "First language"], [
        ["Stacey Whitmore", "19/11/1991", "Mother", "Yes", "White British", "English"],
        ["Ryan Atkins", "07/07/1989", "Mother's partner; Lily's father", "No (for Kai)", "White British", "English"],
        ["Kai Whitmore", "02/04/2013", "-", "-", "White British", "English"],
        ["Lily Whitmore", "28/06/2022", "Half-sister", "-", "White British", "English"],
    ])
    r.cur = None
    r.doc.add_paragraph()

    t = r.table([W(5.5), W(11.5)])
    r.t_form(t, "sharing", "Has this report been shared with Kai and his parents?", fill=fill, answer=[
        "Yes - with Stacey on 13 November 2025 in school. Kai read it with me on 12 November and added his own comments (below). Ryan was invited but did not attend.",
    ])
    r.t_form(t, "education", "Educational needs and support", fill=fill, guide=[
        P("Outline any additional needs the child may have including any disabilities, medical needs, gifted & talented, EAL and the support being provided."),
    ], answer=[
        "Kai has dyslexia and is on the SEN register at SEN Support. He has extra time and a reader in tests and uses a laptop in English and humanities. He sees the school counsellor every Tuesday (since 16 September 2025).",
    ])
    r.t_form(t, "education", "Attendance, exclusions and progress", fill=fill, guide=[
        PP("% Attendance (you must attach a registration certificate to this report)"),
    ], answer=[
        "Attendance this term is 93.6% (to 7 November), up from 81.2% in the summer term. No exclusions this term; one fixed-term suspension of 2 days in June 2025 for fighting. Kai is on track in maths and science and slightly below in English.",
    ])
    r.t_form(t, "presentation", "Presentation", fill=fill, guide=[
        P("school attendance, hygiene, appearance, behaviour, relationships with peers and adults, preparedness for learning"),
    ], answer=[
        "Kai comes to school clean, in full uniform, and with his equipment. He is well liked and has a close friendship group from his football team. There has been one behaviour incident this term (shouting at a supply teacher on 21 October), which he apologised for the next day.",
        "He still seems tired on Monday mornings and told Mr Hughes on 3 November that he 'didn't sleep because of the noise' at the weekend.",
    ])
    r.t_form(t, "parent-relationship", "Relationship with parents/carers", fill=fill, guide=[
        P("Please comment on the schools' relationship with parents including level of engagement and response to concerns raised."),
    ], answer=[
        "Stacey's contact with school has improved a great deal since the last conference. She now rings the attendance line when Kai is ill and came to his SEN review on 9 October. We have not met Ryan. Kai talks warmly about his mum and his little sister but goes quiet when Ryan is mentioned.",
    ])
    r.t_form(t, "child-views", "Kai's wishes and feelings", fill=fill, guide=[
        P("Professional discretion must be exercised before speaking to a child regarding their situation."),
    ], answer=[
        "Kai said: 'Things are better. Mum's not crying all the time. Ryan still gets wound up at weekends when he's been drinking and I just go to my room and put my headphones on.' He said he feels safe at school and that football is 'the best bit of my week'. Kai wants to stay living with his mum and Lily and wants 'Ryan to stop drinking and shouting'.",
        "Kai's own comments on this report, which he asked me to type in for him on 12 November: 'I want people to know I'm doing better at school because I've worked hard, not just because of the plan. I don't want Ryan to get in trouble because of what I said, I just want the weekends to be normal. I'd like to keep seeing the counsellor.'",
    ])
    r.t_form(t, "analysis", "Professional analysis", fill=fill, guide=[
        P("Give consideration to the impact that the current and past family functioning and family history are having on the parents' capacities to met the child's needs and specifically their educational progress."),
    ], answer=[
        "Kai was made subject to a Child Protection Plan in August 2025 under the category of emotional abuse, after he told his form tutor that Ryan had pinned his mum against the wall and that he had tried to pull Ryan off her. At that time his attendance had fallen to 81%, he had been suspended for fighting, and he was falling behind in every subject. He told us then that he was 'always on edge' at home.",
        "Since the plan began, there has been real progress in school. Kai's attendance has risen by more than 12 percentage points, his behaviour record is much better, and he is now on track in maths and science. He has used counselling well; the counsellor, with Kai's permission, has told me that he is starting to talk about how scared he was and that he no longer feels he has to 'stand guard' every night. Stacey has been more open with school and has responded quickly when we have raised concerns, for example coming in the same day when Kai's lateness went up in October. These changes matter for Kai because they mean more of his week is predictable and calm, and he is getting the learning support that he needs for his dyslexia.",
        "However, the worries that led to the plan have not gone away. Kai's own account is that Ryan still drinks and becomes angry at weekends. Kai told Mr Hughes on 3 November that there was 'a lot of shouting' on the Saturday night and that Lily was crying. We have no evidence of any physical violence since August, but the pattern of Kai's tiredness and quietness on Monday mornings fits with what he says about weekends. Kai is managing this by withdrawing to his room, which keeps him out of the way but means he is still listening to it. Research and our own experience tell us that children who live with this kind of atmosphere for a long time can struggle with their mood, concentration and relationships, and Kai has a history of responding by fighting.",
        "I also think that Kai's progress is fragile and depends a great deal on the support around him in school. If the counselling stops, or if there is another serious incident at home, I would expect his attendance and behaviour to drop quickly, as they did last summer. We do not know Ryan's views, because he has not engaged with school or, I understand, with the plan, and so we cannot tell whether anything has changed in his behaviour or whether the home is just quieter when professionals are involved.",
        "In summary, school can see clear improvements for Kai over the last three months, and Stacey deserves credit for them. But the adult behaviour at the centre of the plan, Ryan's drinking and anger, is still present at weekends according to Kai, and Kai and Lily are still living with it. Kai would benefit from his counselling continuing to the end of the school year, from the core group hearing directly from Ryan about what he is doing to change, and from a clear plan for what Stacey and the children will do on a weekend when Ryan has been drinking.",
    ])
    r.t_form(t, "previous-actions", "Actions since the last conference", fill=fill, guide=[
        P("Please outline your contribution to the child protection plan as applicable."),
    ], answer=[
        B("Weekly counselling for Kai - in place since 16 September 2025."),
        B("Attendance monitored daily and mum contacted on first day of absence - done every time."),
        B("School attended all three core groups (3 September, 8 October, 5 November 2025)."),
        B("Laptop and exam access arrangements for dyslexia - in place from October 2025."),
        B("Referral to the young carers service - not yet done, I will complete this by 28 November 2025."),
    ])
    r.cur = None
    r.doc.add_paragraph()
    r.preamble("Signed: B. Cole          Date: 12/11/2025")
    return r


# ==========================================================================
# 12  lincolnshire  -  safeguarding midwife; heading rows, numbered, sdt
# ==========================================================================
def r12():
    r = Report(12, "lincolnshire",
               ["fields-table", "heading-row-table", "numbered-headings", "prompts-left-in",
                "content-controls", "empty-content-control", "placeholder-answers",
                "child-name-heading", "header-footer"],
               children=["Harley Moore", "Unborn baby Moore"],
               adults=["Chelsea Moore", "Aaron Flint"],
               size=10.5)
    r.title("Multi-Agency Report to Child Protection Conference", size=14)
    r.para(r.doc, "Lincolnshire Safeguarding Children Partnership", italic=True,
           align=WD_ALIGN_PARAGRAPH.CENTER, size=10)
    t = r.table([W(5.5), W(11.5)])
    fill = "B4C6E7"
    r.t_head(t, "key-information", "Details", fill=fill)
    r.t_field(t, "Child / unborn", "Harley Moore, DOB 03/02/2023; unborn baby, EDD 29/12/2025")
    r.t_field(t, "Parents", "Chelsea Moore (22) and Aaron Flint (25), 41 Station Road, Spalding")
    r.t_field(t, "Report author", "Lorraine Mayhew, Safeguarding Midwife, South Holland Community Midwifery Team")
    r.t_field(t, "Conference", "Initial (pre-birth), 23 October 2025")

    r.t_head(t, "worries", "1. What are we worried about?", fill=fill, guide=[
        PB("What are the past and current dangers and risks for the child?"),
        PB("What is placing the child at risk of immediate and significant harm?"),
        PB("Is there evidence that might indicate the child is being ill-treated or their health and development is being impaired?"),
    ])
    r.t_answer(t, [
        "Chelsea booked late for this pregnancy, at 22 weeks (booking appointment 18 August 2025), and has missed 3 of her 6 antenatal appointments since then (4 September, 25 September and 9 October). At her booking she told me she smokes 15 cigarettes a day and uses cannabis 'most evenings to calm down'. The baby's growth scan on 2 October 2025 showed the baby is measuring small (below the 10th centile), and she has been asked to attend fortnightly growth scans.",
        "Chelsea disclosed at booking that Aaron 'smashes things up' when he is angry and that he broke her phone in July so she couldn't ring her mum. When I asked routinely about domestic abuse she said he has 'never hit me'. She asked me not to write this down. I explained why I had to.",
        "Harley was made subject to a Child Protection Plan in 2023 under the category of neglect when he was four months old, because of concerns about the home conditions and cannabis use. The plan ended in May 2024 and he was stepped down to Child in Need.",
    ])
    r.t_head(t, "child-views", "What life is like for Harley", fill=fill)
    r.t_answer(t, [
        "I saw Harley at home on 9 October 2025. He is two and a half. He was wearing only a nappy and it was soaking and heavy. He was watching a tablet and did not look up when I came in, but he let me play with him with a toy car and laughed when I made it go 'beep'. His health visitor told me he is not yet saying any words, which is later than expected for his age.",
    ])
    r.t_head(t, "complicating-factors", "2. Complicating factors", fill=fill, guide=[
        PB("Factors that contribute to, or cause difficulty to a child. This could be a parent's mental health being exacerbated by alcohol, or information that requires additional information to reliably assess risk."),
    ])
    r.t_answer(t, [
        "Chelsea was in care herself from the age of 12 and has told me she 'doesn't trust social workers'. She has mild learning difficulties and finds letters hard to read; appointment letters may be why she has missed scans. Aaron works cash-in-hand and his hours change week to week, so the family's income is not reliable.",
    ])
    r.t_head(t, "working-well", "3. Existing Safety & Strengths (What's working well)", fill=fill, guide=[
        PB("Things that are currently in place and that have been shown, over time, to directly address areas of risk and reduce danger for the child."),
    ])
    r.t_answer(t, [
        "Chelsea has been honest with me about her smoking and cannabis use, and has accepted a referral to the smoking cessation midwife (first appointment 16 October, which she attended). She has told me she wants to stop cannabis before the baby is born and says she has cut down to 'weekends only'.",
        "Chelsea's mum, Mrs Tracey Moore, lives in Spalding and looks after Harley two days a week. Harley was clean and happy when I saw him at her house on 25 September.",
    ])
    r.t_head(t, "needs-to-happen", "4. What Needs to Happen?", fill=fill, guide=[
        PB("What can you recommend the family can do themselves to create a safety plan"),
        PB("How would you want to see them address the worries?"),
    ])
    r.t_answer(t, [
        B("Chelsea to attend every growth scan and antenatal appointment. I will text her the day before each one, starting now, and will tell the social worker the same day if she misses one."),
        B("Aaron to meet me and the social worker before 14 November 2025 to talk about his anger and what the plan is for when he feels it building up."),
        B("A referral to the perinatal substance misuse service by me, by 31 October 2025."),
        B("A pre-birth plan to be agreed at the core group before 36 weeks (by 24 November 2025), including who will help Chelsea in the first weeks and where the baby will sleep."),
        B("Harley to be referred for a speech and language assessment - health visitor."),
    ])
    r.t_head(t, "recommendation", "5. Does Harley or the baby need a Child Protection Plan?", fill=fill)
    r.t_answer(t, [
        "Yes. I feel that the unborn baby needs a Child Protection Plan under neglect, because of the cannabis use, missed antenatal care and small growth, the worries about Aaron's anger and the history with Harley. I also think Harley's needs should be looked at again under the same plan, because what I saw on 9 October suggests he is not getting the attention he needs.",
    ])
    r.t_head(t, "scaling", "6. Safety scale (0 - 10)", fill=fill)
    r.t_answer(t, ["TBC"])
    r.t_head(t, "sharing", "Date report shared with family", fill=fill)
    r.t_answer(t, [], sdt=("Date shared with family", "date_shared"))
    return r


BUILDERS = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12]


# --------------------------------------------------------------------------
# rendering and self-check
# --------------------------------------------------------------------------
def render_pdf(docx_path, outdir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: skipping PDF rendering of %s" % os.path.basename(docx_path))
        return False
    cmd = [soffice, "-env:UserInstallation=file:///tmp/lo-unseen", "--headless",
           "--convert-to", "pdf", "--outdir", outdir, docx_path]
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    if res.returncode != 0 or not os.path.exists(pdf):
        print("PDF rendering failed for %s: %s" % (docx_path, res.stderr.decode(errors="replace")))
        return False
    return True


def docx_paragraph_texts(path):
    """Every paragraph of the body, including those inside tables and
    content controls (python-docx's cell.text misses the latter)."""
    doc = Document(path)
    out = []
    for p in doc.element.body.iter(qn("w:p")):
        out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return doc, out


def crosses_page_in_table(pdf):
    """True when some page after the first opens (below the running header)
    with a line whose left column is empty: a table row continued from the
    page before, answer on the right, nothing in the question cell."""
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE).stdout.decode()
    for page in txt.split("\f")[1:]:
        lines = [l for l in page.splitlines() if l.strip()]
        if len(lines) >= 2 and re.match(r"^ {15,}\S", lines[1]):
            return True
    return False


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def verify(outdir):
    import yaml  # PyYAML, only needed for the check
    problems = 0
    for b in BUILDERS:
        stem = "unseen-%02d" % int(b.__name__[1:])
        side = yaml.safe_load(open(os.path.join(outdir, stem + ".yaml"), encoding="utf-8"))
        doc, paras = docx_paragraph_texts(os.path.join(outdir, side["file"]))
        full = norm("\n".join(paras))
        words = len(re.findall(r"[A-Za-z0-9\u00c0-\u017f]+(?:['\u2019-][A-Za-z0-9]+)*", full))
        bad = []
        for s in side["sections"]:
            if not any(norm(s["heading"]) == norm(p) for p in paras):
                bad.append("heading not a paragraph of its own: %r" % s["heading"])
            if s["has_text"]:
                if not s.get("starts_with"):
                    bad.append("no starts_with for %r" % s["heading"])
                elif norm(s["starts_with"]) not in full:
                    bad.append("starts_with not found: %r" % s["starts_with"])
            elif "starts_with" in s:
                bad.append("starts_with given for empty section %r" % s["heading"])
        for pr in side.get("prompts") or []:
            if norm(pr) not in full:
                bad.append("prompt not found: %r" % pr)
        # cell.text misses content controls: show it, as the research note says
        sdts = len(doc.element.body.findall(".//" + qn("w:sdt")))
        pdf = os.path.join(outdir, side["pdf"])
        pdf_note = ""
        if os.path.exists(pdf) and shutil.which("pdftotext"):
            txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], stdout=subprocess.PIPE).stdout.decode()
            pages = txt.count("\f")
            plain = subprocess.run(["pdftotext", pdf, "-"], stdout=subprocess.PIPE).stdout.decode()
            flat = norm(plain)
            miss = [s["starts_with"] for s in side["sections"]
                    if s["has_text"] and norm(s["starts_with"]) not in flat]
            pdf_note = "; pdf %d pages, %d starts_with not found verbatim in pdftotext" % (pages, len(miss))
        print("%s  %-18s %2d sections  %4d words  %d content controls%s" % (
            stem, side["template"], len(side["sections"]), words, sdts, pdf_note))
        if not 500 <= words <= 2000:
            bad.append("word count %d outside 500-2000" % words)
        if "page-break-in-table" in side["layouts"] and os.path.exists(pdf):
            if not crosses_page_in_table(pdf):
                bad.append("no table answer found running over a page break")
        for x in bad:
            print("   PROBLEM:", x)
        problems += len(bad)
    return problems


def main(argv):
    outdir = HERE
    os.makedirs(outdir, exist_ok=True)
    want_pdf = "--no-pdf" not in argv
    for build in BUILDERS:
        rep = build()
        path = rep.save(outdir)
        if want_pdf:
            render_pdf(path, outdir)
        print("wrote", os.path.relpath(path, os.getcwd()))
    problems = verify(outdir)
    total = sum(os.path.getsize(os.path.join(outdir, f)) for f in os.listdir(outdir)
                if os.path.isfile(os.path.join(outdir, f)))
    print("folder size: %.2f MB" % (total / 1e6))
    if problems:
        print("%d problem(s)" % problems)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
