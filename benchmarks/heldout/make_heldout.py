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


# =========================================================================
# 01  LLR, health visitor: Word heading styles, numbered, prompts left in
# =========================================================================
def r01():
    r = Report(1, "llr", ["word-heading-styles", "numbered-headings", "prompts-left-in", "header-footer"],
               ["Mia-Rose Pearson", "Tyler Pearson"], ["Chantelle Pearson", "Dean Kirby", "Lorraine Pearson"],
               "Rachel Dunmore", "Agency Report for Child Protection Conference",
               font="Calibri", header="OFFICIAL-SENSITIVE")
    d = r.doc
    d.add_heading("Agency Report for Child Protection Conference", 0)
    r.label_line(d, "Name of child(ren):", "Mia-Rose Pearson (DOB 14/06/2024); Tyler Pearson (DOB 03/09/2018)")
    r.label_line(d, "Adults:", "Chantelle Pearson (mother); Dean Kirby (Mia-Rose’s father, mum’s partner)")
    r.label_line(d, "Conference:", "Initial Child Protection Conference, 13/03/2025")
    r.label_line(d, "Report author:", "Rachel Dunmore, Health Visitor (SCPHN), Leicester City 0-19 Healthy Child Service")
    r.prompt(d, "Within each section of the report you will see two key questions. The comments in italics give "
                "guidance on the sort of information that would be useful to include.")

    r.sec("working-well", "1. What is Working Well?", "h1", [
        ("prompt", "These include ‘strengths’ and ‘existing safety’:"),
        ("prompt", "What is working well should have real significance in relation to the child’s safety and "
                   "wellbeing. For example things parents do well in their care of the child. (N.B. Attendance at "
                   "appointments without any context tells us very little)."),
        "Chantelle has a warm and loving relationship with Mia-Rose. At my home visit on 19/02/2025 I saw her pick "
        "Mia-Rose up as soon as she started to cry, talk to her softly and hold her close until she settled. "
        "Mia-Rose turned to her mum’s voice and smiled when Chantelle sang to her.",
        "Mia-Rose is growing well. On 19/02/2025 she weighed 8.4kg, which is on the 50th centile and follows the "
        "line she has followed since birth. She can sit without support, babbles (‘ba-ba’, ‘da-da’) and reaches for "
        "toys, which is what we would expect at her age.",
        "Chantelle’s mum, Lorraine Pearson, lives two streets away. Chantelle told me that on the night of "
        "02/02/2025 she took both children to Lorraine’s house, and Lorraine has said they can stay there whenever "
        "they need to. This is a real piece of safety: when things became unsafe at home, Chantelle got the "
        "children out to somewhere safe.",
        "Tyler’s school (Mr Aziz, DSL at Humberstone Lane Primary) tell me Tyler is doing well in Year 1 and is "
        "always collected on time, usually by his nan.",
        "Chantelle has attended all health appointments since the incident.",
    ])
    r.sec("worries", "2. What are We Worried About?", "h1", [
        ("prompt", "What are the behaviours / events / actions that place the child at risk of harm?"),
        ("prompt", "What tells you that the impact on child’s health, wellbeing or development is being impaired?"),
        "On 02/02/2025 police were called to the family home by a neighbour who heard shouting and a loud bang. The "
        "police notification we received on 04/02/2025 says that Dean Kirby had been drinking and punched a hole in "
        "the bedroom door while Chantelle was holding Mia-Rose. Tyler was in the flat at the time. I have not seen "
        "the full police report; this information comes from the notification.",
        "Chantelle told me on 19/02/2025 that this was ‘not the first time’ Dean had ‘lost it’ after drinking, but "
        "she did not want to say more. I am worried that Mia-Rose and Tyler are living with shouting and violence "
        "between the adults who look after them, and that Mia-Rose could be hurt if she is being held during an "
        "argument. Babies who live with this kind of fear can become unsettled, and it can affect how they feed "
        "and sleep.",
        "Chantelle’s score on the Edinburgh Postnatal Depression Scale (EPDS) was 17 on 10/12/2024, which suggests "
        "she may be depressed. She saw her GP and has started an antidepressant, but she told me she still feels "
        "‘flat most days’. When I visited at 11am on 19/02/2025 the curtains were closed and there were three "
        "bottles of formula made up on the kitchen side. Chantelle said she had made them the night before. Feeds "
        "left out at room temperature can make a baby unwell.",
        "Mia-Rose’s 16-week immunisations were given late, on 20/12/2024, after two missed appointments.",
        "Dean has not been present at any of my visits and I have not been able to speak to him. I feel he is "
        "avoiding health services.",
        "There may also be money worries. Chantelle mentioned that the electricity meter was on emergency credit "
        "when I visited.",
    ])
    r.sec("needs-to-happen", "3. What Needs to Happen?", "h1", [
        ("prompt", "Please be specific and clearly state timescales."),
        ("b", "Chantelle to make up each feed fresh. I will go through safe making-up of formula with her at my next "
              "home visit on 06/03/2025."),
        ("b", "Health visiting will increase to Universal Partnership Plus (UPP), with a home visit every two weeks "
              "until the review conference."),
        ("b", "Dean to meet with me before 31/03/2025, at home or at the clinic, so that I can hear his views and "
              "talk with him about safe sleep and coping with a crying baby."),
        ("b", "Chantelle to book a medication review with her GP by 14/03/2025. I will repeat the EPDS at my visit "
              "on 20/03/2025."),
        ("b", "Chantelle to be offered support from a specialist domestic abuse service. The social worker, Sophie "
              "Lang, has said she will make this referral by 21/03/2025 if Chantelle agrees."),
        ("b", "Chantelle and Lorraine to agree a written safety plan with the social worker about what Chantelle "
              "will do with the children if Dean comes home drunk."),
    ])
    r.sec("child-views", "4. The Child’s Voice", "h1", [
        "Mia-Rose is too young to tell us what life is like for her, so I have written what I saw. At both visits "
        "she was clean and dressed warmly. She was alert and curious and watched her mum closely. When a door "
        "banged shut in the corridor outside on 19/02/2025 she startled and cried for several minutes before she "
        "could be settled, which was longer than I would expect.",
        "I have not spoken to Tyler myself as he was at school during my visits. His teacher told Mr Aziz that "
        "Tyler said ‘I like sleeping at Nana’s, it’s quiet there.’",
    ])
    r.sec("sharing", "5. Sharing this report", "h1", [
        "I read this report with Chantelle at home on 10/03/2025. She agreed with most of it but said the flat was "
        "‘not always like that’ and that she had been ill that week. I tried to share it with Dean by phone on "
        "07/03/2025 and 10/03/2025 but he did not answer. A copy has been posted to him.",
    ])
    r.par(d, "")
    r.par(d, "Signed: R. Dunmore\t\tDate: 10/03/2025")
    return r


# =========================================================================
# 02  Norfolk education pro-forma, primary DSL: faithful form
# =========================================================================
def r02():
    r = Report(2, "norfolk-education",
               ["form-table-label-cells", "form-cell-question-and-answer", "family-table", "prompts-left-in",
                "placeholder-answers", "sub-headings"],
               ["Jamie Wright", "Poppy Wright"], ["Sarah Wright", "Gary Thompson", "Craig Wright"],
               "Helen Okafor", "Education Report to a Child Protection Conference",
               font="Arial", size=10, header=None, footer=False)
    d = r.doc
    r.par(d, "Education Report to a Child Protection Conference", bold=True, size=14, align="center")
    r.boiler(d, "A COPY OF THIS FORM MUST BE RETAINED SECURELY IN THE CHILD’S CP RECORDS", bold=True, align="center")
    r.boiler(d, "This report should not be used for any purpose other than that for which it was written without "
                "the permission of the author or their line manager.", italic=True)

    t = r.table([6.0, 11.0])
    for sid, label, vals in [
        ("author-details", "Name and Position of Report Author:",
         ["Helen Okafor, Deputy Headteacher and Designated Safeguarding Lead (DSL)"]),
        ("author-details", "Date:", ["11 March 2025"]),
        ("key-information", "Full Name of Child(ren):", ["Jamie Wright", "Poppy Wright"]),
        ("key-information", "Date(s) of Birth:", ["02/07/2015", "21/11/2019"]),
        ("key-information", "School or Educational Provision:", ["Thornfield Primary School, Norwich"]),
        ("consultation", "Who have you consulted with in the production of this report?",
         ["Miss Kate Barnes (Jamie’s class teacher, Year 4), Mrs Lynn Hollis (Poppy’s Reception teacher), "
          "Mr Dan Fenn (SENCo) and Mrs Jo Price (attendance officer). I have also read our safeguarding records "
          "(CPOMS) back to September 2023."]),
    ]:
        left, right = r.row(t)
        shade(left, SHADE)
        r.begin(sid, label)
        r.par(left, label, bold=True)
        r.answer(right, vals)
    r.par(d, "")

    r.begin("family-composition", "FAMILY COMPOSITION - Adults")
    r.par(d, "FAMILY COMPOSITION - Adults", bold=True)
    r.data_table(["Name", "DOB", "Address & Tel. No.", "Relationship to child(ren)",
                  "Parental Responsibility Yes/No", "Ethnicity", "First Language"],
                 [["Sarah Wright", "14/02/1991", "14 Mousehold Close, Norwich NR3 9XX, 07700 900412", "Mother",
                   "Yes", "White British", "English"],
                  ["Gary Thompson", "Not known", "14 Mousehold Close, Norwich NR3 9XX", "Mum’s partner", "No",
                   "White British", "English"],
                  ["Craig Wright", "09/08/1989", "Lowestoft (address held by Children’s Services)", "Father", "Yes",
                   "White British", "English"],
                  ["", "", "", "", "", "", ""]],
                 [2.6, 2.0, 3.8, 2.6, 2.2, 2.0, 1.8])
    r.par(d, "")
    r.begin("family-composition", "FAMILY COMPOSITION - Children")
    r.par(d, "FAMILY COMPOSITION - Children", bold=True)
    r.data_table(["Name", "Male/Female", "DOB", "Address & Tel. No.", "School & Contact Name", "Ethnicity",
                  "First Language"],
                 [["Jamie Wright", "Male", "02/07/2015", "As mother", "Thornfield Primary – H. Okafor",
                   "White British", "English"],
                  ["Poppy Wright", "Female", "21/11/2019", "As mother", "Thornfield Primary – H. Okafor",
                   "White British", "English"],
                  ["", "", "", "", "", "", ""]],
                 [2.6, 1.9, 2.0, 2.4, 3.7, 2.2, 2.2])
    r.par(d, "")

    t = r.table([11.0, 3.0, 3.0])
    cells = r.row(t)
    r.par(cells[1], "YES", bold=True, align="center")
    r.par(cells[2], "NO", bold=True, align="center")
    q, yes, no = r.row(t)
    r.begin("sharing", "Have the child and parents/carers had a copy of this form?")
    r.par(q, "Have the child and parents/carers had a copy of this form?", bold=True)
    r.answer(yes, ["Yes – Mrs Wright 10/03/25"])
    r.par(d, "")

    t = r.table([17.0])
    (c,) = r.row(t)
    r.begin("education", "Child/young person’s educational needs.")
    r.par(c, "Child/young person’s educational needs.", bold=True)
    r.answer(c, [
        ("prompt", "Details of current education provision:"),
        ("prompt", "Including any PRU placements, alternative education or work-based learning"),
        "Jamie is in Year 4 in a mainstream class of 29 pupils. Poppy is in Reception. Neither child has any "
        "alternative provision.",
        ("prompt", "Does the child have any of the following in place?"),
        ("prompt", "Please provide details including dates for review:"),
        "Jamie has been on the SEN register (SEN Support) since January 2024 for reading and spelling. His "
        "Individual Education Plan (IEP) was last reviewed on 27/01/2025 with mum; the next review is 19/05/2025. "
        "Poppy has speech and language difficulties and is on the waiting list for NHS speech and language therapy "
        "(referred 08/10/2024). She has a small-group language session three times a week.",
        ("prompt", "Please provide details of any additional support or services you have put in place for this child:"),
        "Both children have had a free breakfast club place since 05/11/2024. Jamie sees our Emotional Literacy "
        "Support Assistant (ELSA), Mrs Cole, every Tuesday.",
    ])
    r.begin("education", "Educational Progress.")
    r.par(c, "Educational Progress.", bold=True)
    r.answer(c, [
        ("prompt", "% Attendance (you must attach a registration certificate to this report)"),
        "Jamie 86.2% and Poppy 88.9% this academic year (to 07/03/2025). Most absences are single days on "
        "Mondays, with mum telling the office the children were ‘poorly’. A registration certificate is attached.",
        ("sub", "Lateness"),
        "Jamie has been late 23 times since September, usually by 10-20 minutes. On the days they are late the "
        "children tell staff they ‘had to wait for Gary to get up’ to walk them in. Mum works early shifts at a "
        "bakery on Mondays, Wednesdays and Fridays.",
        ("prompt", "Number and reason for any exclusions:"),
        "None.",
        ("prompt", "Please comment on the child’s educational progress:"),
        "Jamie is working below the expected standard in reading and writing and at the expected standard in "
        "maths. His teacher says he is a capable boy who loses focus when he is tired or hungry. Poppy is working "
        "towards the early learning goals in communication and language and in personal, social and emotional "
        "development.",
    ])
    (c,) = r.row(t)
    r.begin("presentation", "Child’s presentation:")
    r.par(c, "Child’s presentation:", bold=True)
    r.answer(c, [
        ("prompt", "Please comment on and consider the following: school attendance, hygiene, appearance, "
                   "behaviour, relationships with peers and adults, preparedness for learning."),
        "Since October 2024 staff have recorded 14 occasions when Jamie came to school in the same unwashed "
        "uniform for a whole week, and 6 occasions when he told staff he had not had breakfast. On 13/01/2025 he "
        "ate two bowls of cereal at breakfast club and asked if he could take a slice of toast home ‘for Poppy’s "
        "tea’.",
        "Poppy has had head lice on and off since November. Mum was given treatment by the school office on "
        "02/12/2024 and 20/01/2025. On 24/02/2025 Poppy came to school in a night-time pull-up that had not been "
        "changed from the night before; staff changed her and mum was told at collection.",
        "Jamie is liked by other children and is kind to younger pupils. He can become tearful and withdrawn at the "
        "end of the day. Poppy is a happy, sociable little girl in class.",
    ])
    (c,) = r.row(t)
    r.begin("parent-relationship", "Relationships & engagement with parents/carers:")
    r.par(c, "Relationships & engagement with parents/carers:", bold=True)
    r.answer(c, [
        ("prompt", "Please comment on the schools’ relationship with parents including level of engagement and "
                   "response to concerns raised. Please also provide comments on your observations of the "
                   "parent(s)/child relationship."),
        "Mrs Wright is friendly with staff and always says hello in the playground. She came to both parents’ "
        "evenings this year. When I spoke to her about the uniform and breakfast on 15/01/2025 she was upset and "
        "said money was tight since Gary lost his job; she took up the offer of the school uniform bank that week. "
        "However, the children’s presentation has not improved for more than a few days at a time.",
        "We have met Mr Thompson twice, at the school gate. On 06/02/2025 he smelled strongly of cannabis when he "
        "came to collect Poppy, and the office did not release her until mum had been phoned and agreed. Mr Craig "
        "Wright has not had contact with school this year.",
        "When mum collects the children they run to her and she hugs them. Jamie often carries Poppy’s bag and "
        "holds her hand.",
    ])
    (c,) = r.row(t)
    r.begin("child-views", "Has the child been consulted with?")
    r.par(c, "Has the child been consulted with?", bold=True)
    r.answer(c, [
        "Yes – Jamie. I spoke with Jamie on 05/03/2025 in the ELSA room with Mrs Cole present. I have not asked "
        "Poppy because of her age and her speech difficulties, but staff have written down what she says in class.",
        ("prompt", "If no, please provide reasons for this. If yes, what are their wishes, feelings and desired "
                   "outcomes:"),
        "Jamie said: ‘I like it when it’s just me, mum and Poppy.’ He said Gary ‘shouts at mum when there’s no "
        "money’ and that he puts his headphones on ‘so I can’t hear it’. He told me the thing he would most like "
        "to change is ‘having food in the cupboard every day, not just some days’. He said he likes school because "
        "‘you get breakfast and Mrs Cole is kind’.",
        "On 26/02/2025 Poppy told her teacher ‘Gary was cross and he throwed the remote’.",
        ("prompt", "Professional discretion must be exercised before speaking to a child regarding their "
                   "situation.  If in doubt as to whether to speak to the child, consult with the allocated "
                   "social worker."),
    ])
    (c,) = r.row(t)
    r.begin("analysis", "Professional analysis of family/child’s needs and situation:")
    r.par(c, "Professional analysis of family/child’s needs and situation:", bold=True)
    r.answer(c, [
        ("prompt", "Give consideration to the impact that the current and past family functioning and family "
                   "history are having on the parents’ capacities to met the child’s needs and specifically their "
                   "educational progress."),
        "In my professional opinion Jamie and Poppy are loved by their mum, and mum wants to do the best for them. "
        "However, over the last five months there is a clear pattern of the children’s basic needs not being met: "
        "they come to school hungry, in unwashed clothes, with untreated head lice, and they miss school or are "
        "late on days when mum is at work and Gary is looking after them. This is affecting Jamie’s learning; his "
        "reading age has moved on only three months since September (reading tests in 09/2024 and 02/2025).",
        "What Jamie and Poppy have told us about shouting and things being thrown at home worries me. Jamie is "
        "already using headphones to block out arguments, and his teachers see him become withdrawn at the end of "
        "the school day. I believe this is a sign that he is anxious about going home.",
        "Mum has taken up school’s offers of help (breakfast club, uniform bank, head lice treatment), which is a "
        "strength, but the changes have not lasted. I am not clear what Gary’s role is in caring for the children "
        "or whether his cannabis use affects how he looks after them, and I think this needs to be understood "
        "better.",
        "School will continue breakfast club, ELSA sessions and weekly welfare checks with both children, and I "
        "will attend core group meetings.",
    ])
    (c,) = r.row(t)
    r.begin("previous-actions", "Actions taken by you in respect of the recommendations of the last Child "
                                "Protection Conference:")
    r.par(c, "Actions taken by you in respect of the recommendations of the last Child Protection Conference:",
          bold=True)
    r.answer(c, [("prompt", "Please outline your contribution to the child protection plan as applicable."),
                 ("ph", "N/A")])
    r.par(d, "")
    r.par(d, "Signature: H Okafor\t\t\tDate: 11/03/2025")
    r.par(d, "Name: Helen Okafor")
    r.boiler(d, "All Child Protection Conferences must take account of the child’s wishes and feelings.", bold=True)
    r.boiler(d, "Please remember to send a copy of the report to the Chair of the conference 2 days in advance and "
                "take 12 copies of the report with you on the day of the conference", italic=True)
    return r


# =========================================================================
# 03  Portsmouth, school nurse: shaded heading rows spanning a 4-column table
# =========================================================================
def r03():
    r = Report(3, "portsmouth", ["form-table-heading-rows", "family-table", "prompts-left-in", "sub-headings",
                                 "header-footer"],
               ["Leah Carter", "Kai Carter"], ["Natalie Carter", "Ryan Doyle", "Mark Carter"],
               "Joanne Whitlock", "Report to Initial Child Protection Conference",
               font="Arial", size=10, header="OFFICIAL-SENSITIVE", footer="right")
    d = r.doc
    r.par(d, "Portsmouth Safeguarding Children Partnership", bold=True, size=12, align="center")
    r.par(d, "Report to Initial Child Protection Conference", bold=True, size=14, align="center")
    t = r.table([4.0, 4.5, 4.5, 4.0])
    W = SHADE_BLUE

    def head_row(sid, heading, prompts=()):
        (c,) = r.row(t, merged=True, fill=W)
        r.begin(sid, heading)
        r.par(c, heading, bold=True)
        for p in prompts:
            r.prompt(c, p)

    def answer_row(items, sub="bold"):
        (c,) = r.row(t, merged=True)
        r.answer(c, items, sub=sub)

    head_row("author-details", "Report completed by")
    answer_row(["Joanne Whitlock, School Nurse (Specialist Community Public Health Nurse), 0-19 Public Health "
                "Nursing Service. Based at Hillside Academy. Report date: 11/03/2025. Conference: 13/03/2025."])

    head_row("key-information", "Key Information",
             ["Details of children living in the household should be entered here (including any unborn children "
              "and their expected date of delivery if known)."])
    cells = r.row(t, fill=SHADE_LIGHT)
    for cell, h in zip(cells, ["Child’s name", "DOB / EDD", "School / nursery", "Living in household?"]):
        r.par(cell, h, bold=True)
    first = True
    for row in [["Leah Carter", "08/05/2011", "Hillside Academy (Year 9)", "Yes"],
                ["Kai Carter", "17/01/2017", "Ferry Road Junior School (Year 3)", "Yes"],
                ["Unborn baby", "EDD 30/06/2025", "-", "-"]]:
        cells = r.row(t)
        for cell, v in zip(cells, row):
            r.par(cell, v)
        if first:
            r._record(row[0])
            first = False
    (c,) = r.row(t, merged=True)
    r.prompt(c, "Details of all adults living in the household, including parents or carers, should be entered "
                "here. Also include details of any other significant adults.")
    cells = r.row(t, fill=SHADE_LIGHT)
    for cell, h in zip(cells, ["Adult’s name", "DOB", "Relationship to children", "Living in household?"]):
        r.par(cell, h, bold=True)
    for row in [["Natalie Carter", "22/03/1990", "Mother", "Yes"],
                ["Ryan Doyle", "11/11/1993", "Mum’s partner; father of unborn baby", "Yes (since December 2024)"],
                ["Mark Carter", "05/06/1987", "Father of Leah and Kai", "No – lives in Southampton"],
                ["Pauline Carter", "Not known", "Maternal grandmother", "No – lives in Gosport"]]:
        cells = r.row(t)
        for cell, v in zip(cells, row):
            r.par(cell, v)

    head_row("agency-involvement", "1) Details of service involvement",
             ["Details of key events and actions should be recorded here. Any chronology should be a brief overview "
              "of significant events in a child's life."])
    answer_row([
        "I am the school nurse for Hillside Academy and have worked with Leah since September 2024, when her Head "
        "of Year referred her to me because of low mood and marks on her arms. I have seen Leah seven times in "
        "school, most recently on 27/02/2025. I have not worked with Kai directly; he is known to our service "
        "because his school referred him to the enuresis (bedwetting) clinic in 2023.",
        "I referred Leah to CAMHS on 14/10/2024 (accepted; first appointment 06/03/2025) and to the young carers "
        "service on 04/11/2024. I know that the midwifery service and Children’s Social Care are involved with the "
        "family, and that police attended the home on 18/01/2025.",
        "This report is based on my sessions with Leah, one home visit on 21/01/2025 when I met Natalie, and "
        "information from Leah’s school. I have not met Ryan.",
    ])
    head_row("health-development", "2) Information and knowledge relating to the child's health and development")
    answer_row([
        "Leah is 13 and in Year 9. She is physically well and her height and weight are within the normal range.",
        ("sub", "Emotional health"),
        "Leah has told me she has been cutting the tops of her arms with a pencil sharpener blade since the summer. "
        "On 09/12/2024 I saw six healing cuts on her left forearm; she said she does it ‘when everything gets too "
        "loud in my head’. She has not needed medical treatment. Her scores on the anxiety and depression "
        "questionnaire I use (RCADS) were high on 14/10/2024. She is sleeping about five hours a night and says she "
        "lies awake listening to check ‘if mum’s OK’.",
        "Leah’s attendance has dropped to 79% this term and she has missed a number of mornings because she is "
        "helping mum get Kai ready.",
        ("sub", "Health appointments"),
        "Leah missed her CAMHS triage call on 02/12/2024 because Natalie’s phone was off; it was rebooked. Kai has "
        "not been seen by a dentist since 2022 and mum told me he has toothache ‘on and off’. Kai was referred to "
        "the enuresis clinic in 2023 but the family did not attend and he was discharged.",
    ])
    head_row("parenting-capacity", "3) Information and knowledge of the capacity of the parents/carers to "
                                   "safeguard and promote the child's welfare")
    answer_row([
        "Natalie clearly loves her children and talks about them with pride. At the home visit she knew about "
        "Leah’s worries and said she wanted Leah to get help. She has a long-term back condition and takes "
        "prescribed strong painkillers; she told me that on some days she ‘can’t get off the sofa’ and Leah ‘does "
        "everything’. On those days Leah cooks for Kai and takes him to school.",
        "Natalie is 24 weeks pregnant. She has told the midwife she is not sure she can manage a baby as well. "
        "Ryan has been living at the flat since December. The police report dated 18/01/2025, shared at the "
        "strategy meeting, says Ryan pushed Natalie against a wall during an argument and that Leah called 999. I "
        "have not been able to talk with Ryan about his part in caring for the children.",
    ])
    head_row("family-environment", "4) Family and environmental factors")
    answer_row([
        "The family live in a two-bedroom council flat on the fourth floor. Leah shares a bedroom with Kai and says "
        "she has ‘no space to breathe’. Natalie is on Universal Credit and has rent arrears. Mark Carter sees Leah "
        "and Kai every other weekend in Southampton and Leah says she feels calmer at her dad’s. The maternal "
        "grandmother, Pauline, lives in Gosport and helps when she can.",
    ])
    head_row("analysis", "5) Analysis of implications for the child's future safety, health and development",
             ["Please note that this should not include a recommendation as to whether the child should be made "
              "subject to a Child Protection Plan or not; as it is important that these recommendations are formed "
              "with the family within the multi-agency forum, based upon all of the information shared."])
    answer_row([
        "Leah is carrying a level of responsibility at home that is too much for a 13-year-old. Her self-harm, poor "
        "sleep and falling attendance are, in my view, linked to her worry about her mum’s health and the "
        "arguments between Natalie and Ryan. If this continues I would expect Leah’s self-harm to increase and her "
        "education to suffer. Kai’s health needs (dental pain, bedwetting) are not being met, which may mean "
        "Natalie is struggling to notice and act on them rather than not caring.",
        "What would help: a young carers assessment for Leah; practical support for Natalie with her pain and with "
        "day-to-day tasks; Kai seeing a dentist; and a clear understanding of the risk Ryan poses before the baby "
        "is born. I will keep seeing Leah every two weeks in school.",
    ])
    head_row("parent-views", "Parent/Carer Views")
    answer_row([
        "I shared this report with Natalie by phone on 11/03/2025 and posted her a copy. She agreed that Leah ‘does "
        "too much’ and said she would welcome help at home. She disagreed that Ryan is a risk and said the incident "
        "in January was ‘a one-off, we were both stressed’. I have recorded her disagreement here. I have not been "
        "able to share this report with Ryan or Mark.",
    ])
    head_row("child-views", "Child(ren)'s Views",
             ["Please use this space to provide any information you have regarding the child's view of their family "
              "situation."])
    answer_row([
        "Leah said on 27/02/2025: ‘I don’t want anyone to get in trouble. I just want mum to be OK and for it to be "
        "calm.’ She said she would like ‘a day off from looking after Kai’ and that she wants to keep seeing me. "
        "She asked me not to tell Ryan what she had said about him; I explained that her views will be read at "
        "conference and we agreed together what I would write.",
        "I have not asked Kai for his views.",
    ])
    r.par(d, "")
    r.boiler(d, "The parent(s) and each child (if age appropriate) should be provided with a copy of your report in "
                "advance of the conference.", italic=True)
    return r


# =========================================================================
# 04  Norfolk Signs of Safety, primary DSL: heading rows with answer below
# =========================================================================
def r04():
    r = Report(4, "norfolk-sos", ["form-table-heading-rows", "group-heading", "prompts-left-in", "header-footer"],
               ["Ruby Lake", "Alfie Lake"], ["Gemma Lake", "Lee Lake", "Margaret Lake"],
               "Claire Mutimer", "Multi-Agency Report to Child Protection Conference",
               font="Arial", size=10, header="OFFICIAL-SENSITIVE")
    d = r.doc
    r.par(d, "Multi-Agency Report to Child Protection Conference", bold=True, size=14, align="center")
    r.par(d, "Norfolk Safeguarding Children Partnership", bold=True, align="center")

    t = r.table([5.0, 12.0])
    (c,) = r.row(t, merged=True, fill=SHADE)
    r.begin("author-details", "Worker and agency details")
    r.par(c, "Worker and agency details", bold=True)
    for label, val in [("Name:", "Claire Mutimer"),
                       ("Role:", "Designated Safeguarding Lead (DSL) and Assistant Headteacher"),
                       ("Agency:", "Moorgate Primary Academy, Dereham"),
                       ("Conference:", "Initial Child Protection Conference, 18/03/2025"),
                       ("Children:", "Ruby Lake (DOB 30/04/2014), Alfie Lake (DOB 12/09/2017)"),
                       ("Parents:", "Gemma Lake (mother), Lee Lake (father)")]:
        left, right = r.row(t)
        r.par(left, label, bold=True)
        r.answer(right, [val])
    r.par(d, "")

    t = r.table([17.0])

    def block(sid, heading, prompts, items, fill=SHADE, answer=True):
        (c,) = r.row(t, fill=fill)
        r.begin(sid, heading)
        r.par(c, heading, bold=True)
        for p in prompts:
            r.prompt(c, p)
        if answer:
            (c,) = r.row(t)
            r.answer(c, items)

    block("agency-involvement", "Overview of your agency’s involvement with child/family",
          ["· Type of service offered by your agency (brief overview)",
           "· First time the family became known to your service.",
           "· Why are you involved with the family currently?"], [
        "Ruby (Year 5) and Alfie (Year 2) have attended Moorgate since Reception. The family first became known to "
        "me in March 2023 when Alfie told his teacher that ‘daddy smacked me hard on my legs’. This was referred to "
        "the Children’s Advice and Duty Service (CADS) and there was no further action after a home visit. I am "
        "involved now because on 20/01/2025 Alfie came to school with a bruise on his upper arm and said his dad "
        "‘grabbed me and I banged on the door’."])
    block("worries", "What are we worried about now?", [], [], answer=False)
    block("past-harm", "Past Harm",
          ["Information about past harm/danger that has occurred for the child, their siblings or their "
           "parents/carers which could increase the risk of harm currently."], [
        "March 2023: Alfie told his teacher his dad smacked him on the legs (see above). No marks were seen.",
        "October 2023: Ruby told a lunchtime supervisor that her dad ‘throws things when he’s been at the pub’. "
        "Mum told me at the time that Lee had ‘cut right down’ on drinking."], fill=SHADE_LIGHT)
    block("current-harm", "Current Harm and Impact",
          ["The Risks that are harmful or pose a risk of significant harm to the child currently."], [
        "On 20/01/2025 I saw a bruise about the size of a 50p coin, purple in colour, on the back of Alfie’s left "
        "upper arm, with two smaller marks next to it. Alfie said: ‘Daddy grabbed me because I wouldn’t get in the "
        "bath and I banged on the door.’ I made a referral to CADS the same morning and a Section 47 enquiry "
        "followed. At his child protection medical on 21/01/2025 the paediatrician said the marks were consistent "
        "with Alfie’s account (information from the social worker, Hannah Cole).",
        "Since January Ruby has been coming to the office at lunchtime most days asking to stay inside. She has "
        "told her teacher she has tummy aches, and on 11/02/2025 she said: ‘I don’t like weekends because dad is "
        "home all day.’ Her teacher has noticed that Ruby flinches when a male member of staff raises his voice in "
        "the hall.",
        "Alfie has started hiding under the table in class when he gets something wrong, which he did not do "
        "before Christmas."], fill=SHADE_LIGHT)
    block("complicating-factors", "Complicating factors",
          ["Things that make life more difficult or complicated ie. adult behaviours, special needs, diversity, "
           "language differences etc…"], [
        "Gemma works night shifts at a care home three nights a week, so Lee is the only adult caring for the "
        "children on those evenings. Alfie has an Education, Health and Care Plan (EHCP) for autism and finds "
        "changes to his routine very hard, including bath time. The family have said money is a worry since Lee’s "
        "hours were cut in November."], fill=SHADE_LIGHT)
    block("impact", "What is the impact on the child if the risks are not reduced?",
          ["· What do you believe will be the likely outcome for the child(ren) if their current situation "
           "continues?"], [
        "If nothing changes, I am worried that Alfie will be hurt again when his dad loses his temper, and that the "
        "next injury could be more serious. Both children are already showing us that they are frightened: Ruby "
        "with her stomach aches and wanting to stay inside, Alfie by hiding. Over time I would expect this to "
        "affect their learning, their friendships and how they feel about themselves."])
    block("working-well", "What is working well for the child that reduces the risks and increases the child’s "
                          "safety and resilience?",
          ["· Identify family strengths and safe behaviours (Include strengths within the wider family network "
           "which increases safety)."], [
        "Gemma has been open with school. She came in on 22/01/2025 and told me she was ‘shocked and ashamed’ and "
        "that she had asked Lee to stay at his brother’s for a week, which he did. Since then she has changed her "
        "shifts so that she is at home at bath time on Tuesdays and Thursdays, and she has asked Lee’s mother, "
        "Margaret Lake, to do bath time on the other nights. Ruby told me on 10/03/2025: ‘Nanny Margaret does bath time "
        "now and it’s nice.’",
        "Both children are always well presented and have their lunch and PE kits, and Alfie’s EHCP targets are "
        "being worked on at home: mum uses the visual timetable we gave her.",
        "Lee came to the school meeting on 04/02/2025, accepted that he had grabbed Alfie and said he wants help "
        "with his temper."])
    block("agency-offer", "Within your own agency’s provision……",
          ["· Identify the risks, briefly describe what you would expect to see when a child is safe and not at "
           "risk of harm and the identified action that your agency can offer."], [
        "School will check in with Ruby and Alfie every morning with a trusted adult (Ruby – Mrs Grey; Alfie – his "
        "1:1, Miss Osborne), starting now; offer Ruby six sessions with our play therapist from 24/03/2025; share a "
        "visual bath-time routine with Gemma and Margaret by 21/03/2025; and tell the social worker the same day "
        "about any new marks or anything the children say. When the children are safe I would expect to see them "
        "coming into school relaxed on Mondays, Ruby playing outside with her friends, and Alfie able to tell us "
        "about his weekend without hiding."])
    block("child-views", "Child/young person’s views on their situation and on the report.",
          ["*Please ensure you have the child’s permission to share their views with parent/carers and with "
           "conference members."], [
        "I used the Three Houses tool with Ruby on 10/03/2025 and she agreed I could share it. In her house of "
        "worries she drew her dad shouting and wrote ‘when dad is angry’. In her house of good things she drew her "
        "nan and their dog, Biscuit. In her house of dreams she wrote ‘dad being calm and us going to the beach’.",
        "Alfie told his 1:1: ‘I’m not allowed to be naughty at bath.’ He did not want to talk more and we did not "
        "push him."])
    block("parent-views", "Parents’/carers’ views on the situation and on the report", [], [
        "I went through this report with Gemma on 12/03/2025. She agreed with it and said she wants the children to "
        "stay with her and for Lee to ‘get proper help’. Lee read it on 13/03/2025 and said it was ‘fair’ but that "
        "he has ‘never hurt the kids before’, which I have recorded as his view."])
    block("recommendation", "Recommendation",
          ["· Please consider for each child/young person whether the threshold for a Child Protection Plan is met "
           "and or their needs can be met via different planning.",
           "· Please consider for each child/young person your reasons for your decision making."], [
        "Ruby: I believe the threshold for a Child Protection Plan is met, under the category of emotional abuse, "
        "because of what she has told us and how her behaviour has changed.",
        "Alfie: I believe the threshold for a Child Protection Plan is met, under the category of physical abuse, "
        "because of the injury on 20/01/2025 and the smacking in 2023, and because he is a disabled child who "
        "relies on adults to keep him safe."])
    block("scaling", "Safety scale (0-10)",
          ["· Please consider for each child/young person on a scale of 0 to 10 if the child is safe and their "
           "needs are being met, or the child is at risk of significant ongoing harm and/or their needs are not "
           "met."], [
        "Ruby: 4/10. Mum has acted quickly to keep the children safe, but dad’s temper and drinking have not yet "
        "changed.",
        "Alfie: 3/10. He has been hurt and he cannot easily tell us when things go wrong at home."],
          fill=SHADE_LIGHT)
    return r


# =========================================================================
# 05  Generic, GP letter: bold headings with colons, some run-in
# =========================================================================
def r05():
    r = Report(5, "generic", ["bold-headings", "run-in-headings", "letter-format"],
               ["Harvey Dunn"], ["Kerry Dunn", "Jason Price", "Sandra Dunn"],
               "Dr Priya Natarajan", "Report to Initial Child Protection Conference - Harvey Dunn",
               font="Calibri", size=11, header=None, footer=False)
    d = r.doc
    r.par(d, "Riverside Medical Practice", bold=True, size=14)
    r.par(d, "12 Quay Street, Hamblewick, HB3 7QL   Tel: 01632 960418")
    r.par(d, "14 April 2025")
    r.par(d, "PRIVATE AND CONFIDENTIAL", bold=True)
    r.par(d, "Report to Initial Child Protection Conference – 17 April 2025", bold=True)
    r.par(d, "Re: Harvey Dunn, DOB 12/10/2020, NHS No. 999 123 4567")
    r.par(d, "Mother: Kerry Dunn, DOB 03/01/1995")

    r.sec("agency-involvement", "Practice involvement:", "bold", [
        "I am a GP partner at Riverside Medical Practice and have been Harvey’s and Kerry’s named GP since 2021. "
        "This report is based on our records and on my consultations with Kerry; I have seen Harvey four times in "
        "the last year.",
        "Harvey is registered with us with his mother, Kerry Dunn. His father, Jason Price, is registered at "
        "another practice and I do not hold records for him.",
    ])
    r.sec("worries", "Concerns:", "bold", [
        "Kerry has been prescribed methadone (60ml daily, taken under supervision at the pharmacy) through the "
        "community drug and alcohol service since August 2023. On 03/03/2025 the pharmacy told us she had missed "
        "three days of collection. On 10/03/2025 she came to the surgery with a friend, was drowsy and slurring her "
        "words, and Harvey, aged four, was with her. She told me she had ‘only had a couple of diazepam’ that were "
        "not prescribed to her.",
        "Harvey has not had his preschool booster immunisations (invited 10/2024, 12/2024, 02/2025). He was "
        "brought to A&E on 22/02/2025 by Kerry’s friend after he swallowed an unknown number of Kerry’s sertraline "
        "tablets. He was kept in overnight and went home well. The hospital letter states that the tablets were in "
        "a bag on the floor.",
        "I am concerned that Harvey is at risk of serious harm if medicines, including methadone, are not locked "
        "away, and that there may be times when Kerry is not able to supervise or protect him because of drug use.",
    ])
    r.runin("working-well", "Positives:",
            "Kerry has been honest with me about her relapse and has asked for her methadone to be reviewed. When I "
            "saw Harvey on 10/03/2025 he was clean, well dressed and chatty, and he went to his mum for comfort when "
            "I examined him. Kerry’s mother, Sandra Dunn, lives nearby and has been looking after Harvey three days "
            "a week. Kerry has agreed to a lockable medicine box, which the drug service supplied on 28/02/2025 "
            "(confirmed by her recovery worker).")
    r.runin("child-views", "Views of the child:",
            "Harvey is four. At the appointment on 10/03/2025 he told me his ‘mummy was sleepy’ and that ‘Nanny "
            "makes pancakes’. He played happily with the toys in my room and chatted about his dinosaur. I did not "
            "ask him about home as I did not think it was appropriate in a short GP appointment.")
    r.sec("parent-views", "Mum’s views:", "bold", [
        "I discussed this report with Kerry on 11/04/2025 by telephone. She said she knows she ‘messed up’ and that "
        "she is ‘doing everything’ to get back on track. She would like Harvey to stay with her with help from her "
        "mum.",
    ])
    r.sec("needs-to-happen", "Next steps:", "bold", [
        ("b", "Kerry to attend the drug service for a methadone review (booked for 22/04/2025 with her recovery "
              "worker, Liam Teague)."),
        ("b", "Practice nurse to offer Harvey’s booster immunisations on 24/04/2025; I will ask the health visitor "
              "to follow up if this is missed."),
        ("b", "All medicines in the home to be kept in the locked box; the social worker to check this at home "
              "visits."),
        ("b", "I will review Kerry’s prescribed medicines by 30/04/2025 and reduce any that could be harmful to "
              "Harvey if taken by accident."),
    ])
    r.sec("recommendation", "My recommendation:", "bold", [
        "On the information I have, I think Harvey needs a Child Protection Plan under the category of neglect. "
        "The overdose on 22/02/2025 shows that he has already come to harm, and Kerry’s drug use is not yet "
        "stable.",
    ])
    r.sec("scaling", "Safety scaling:", "bold", [
        "I would scale Harvey’s safety at 4 out of 10. Kerry has taken some steps (the lock box, asking for help, "
        "Sandra’s support) but she relapsed very recently.",
    ])
    r.par(d, "")
    r.par(d, "Yours sincerely,")
    r.par(d, "")
    r.par(d, "Dr Priya Natarajan")
    r.par(d, "GP Partner")
    r.par(d, "cc. Kerry Dunn")
    return r


# =========================================================================
# 06  Lincolnshire, housing officer: bold paragraph headings, one in capitals
# =========================================================================
def r06():
    r = Report(6, "lincolnshire", ["bold-headings", "all-caps-heading", "prompts-left-in", "header-footer"],
               ["Skye Hudson", "Mason Hudson"], ["Kirsty Hudson", "Darren Shaw", "Jodie Hudson"],
               "Mark Ellerby", "Multi-Agency Report to Child Protection Conference",
               font="Arial", size=11, header="OFFICIAL – SENSITIVE")
    d = r.doc
    r.par(d, "Lincolnshire Safeguarding Children Partnership", bold=True, size=12, align="center")
    r.par(d, "Multi-Agency Report to Child Protection Conference", bold=True, size=14, align="center")

    r.sec("author-details", "Agency and worker details", "bold-12", [
        "Mark Ellerby, Tenancy Sustainment Officer, Fenland Vale Homes. Tel 01632 960771.",
        "Children: Skye Hudson (DOB 19/08/2019) and Mason Hudson (DOB 02/03/2022).",
        "Conference: Initial Child Protection Conference, 07/05/2025.",
    ])
    r.sec("agency-involvement", "Our involvement", "bold-12", [
        "Kirsty Hudson has been our tenant at 7 Marsh Lane, Sutterby Fen, since June 2022. I have been her Tenancy "
        "Sustainment Officer since October 2024, when her rent arrears reached £1,460 and a neighbour reported "
        "that the children were crying late at night. I have visited the home six times, most recently on "
        "24/04/2025.",
    ])
    r.sec("worries", "WHAT ARE WE WORRIED ABOUT?", "bold-12", [
        ("prompt", "What are the past and current dangers and risks for the child?"),
        ("prompt", "What has the child experienced? If you are supporting one of the adults in the family, think "
                   "about how the adult might appear to the child, if they are experiencing difficulties themselves "
                   "how might this impact on their parenting?"),
        "At my visits on 14/02/2025 and 24/04/2025 the house was in a very poor state. There was dog mess on the "
        "kitchen floor and on the stairs, the kitchen bin was overflowing and there were bags of rotting food by "
        "the back door. Mason, who is three, was walking around barefoot. On 24/04/2025 I found that the "
        "children’s bedroom had black mould across one wall and both beds had no sheets; Skye told me ‘we sleep in "
        "mummy’s bed because ours are wet’.",
        "The front door lock was broken when I visited on 14/02/2025. Kirsty told me her ex-partner, Darren Shaw, "
        "had kicked it in on 09/02/2025. There is a non-molestation order which says Darren must not come to the "
        "address. We repaired the lock on 17/02/2025. On 24/04/2025 a neighbour told me she had seen Darren’s van "
        "outside ‘most nights’ that week; I have passed this to the police and the social worker but I have not "
        "seen him there myself.",
        "The children are living in a home that is dirty and damp, which is a risk to their health, and they may "
        "be seeing or hearing an adult who has been violent to their mum.",
    ])
    r.sec("complicating-factors", "Complicating Factors", "bold-12", [
        ("prompt", "Factors that contribute to, or cause difficulty to a child. This could be a parent’s mental "
                   "health being exacerbated by alcohol, or information that requires additional information to "
                   "reliably assess risk."),
        "Kirsty’s rent arrears are now £2,180 and a Notice of Seeking Possession was served on 01/04/2025. If the "
        "family lose the tenancy they are likely to be placed in temporary accommodation away from Skye’s school. "
        "Kirsty has told me she has depression and ‘can’t face’ opening post, which means letters from us and from "
        "the council have gone unanswered. The family have a large dog that is not walked and goes to the toilet "
        "in the house.",
    ])
    r.sec("working-well", "Existing safety and strengths", "bold-12", [
        "Kirsty is very caring towards the children. Skye and Mason were clean and dressed at each visit, and "
        "Kirsty makes sure Skye gets to school: her attendance is 96% (information from the school). Kirsty called "
        "the police herself when Darren broke the door, which shows she will act to protect the children. She let "
        "me in at every visit and has started to talk to me about what she needs help with. Her sister Jodie "
        "Hudson helped her clear the living room in March, and that room has stayed clean.",
    ])
    r.sec("needs-to-happen", "What needs to happen", "bold-12", [
        ("prompt", "What can you recommend the family can do themselves to create a safety plan"),
        ("b", "Fenland Vale Homes to treat the mould and repair the leaking window in the children’s bedroom by "
              "16/05/2025 (works order raised 25/04/2025)."),
        ("b", "I will help Kirsty apply for a Discretionary Housing Payment and set up a repayment plan by "
              "09/05/2025, so that we can pause the possession action."),
        ("b", "Kirsty and Jodie to clear the kitchen and stairs, with a deep-clean grant from our hardship fund, by "
              "23/05/2025. I will visit weekly to check how it is going."),
        ("b", "Kirsty to phone the police every time Darren comes to the address, and the social worker to agree a "
              "safety plan with her about this."),
        ("b", "Kirsty to make an appointment with her GP about her mood (she agreed to do this before conference)."),
    ])
    r.sec("recommendation", "Do I think a CP plan is needed?", "bold-12", [
        "Yes. I think Skye and Mason need a Child Protection Plan for neglect. The home conditions have got worse "
        "since February even with support, and there is a risk from Darren that the family cannot manage on their "
        "own.",
    ])
    r.sec("child-views", "Child’s voice", "bold-12", [
        "I do not work directly with the children. On 24/04/2025 Skye showed me her room and said ‘the wall is "
        "yucky and it makes me cough’. Mason was happy to show me his toy cars and stayed close to his mum.",
    ])
    r.par(d, "")
    r.par(d, "Signed: M Ellerby     Date: 30/04/2025")
    return r


# =========================================================================
# 07  LLR, adult substance misuse worker: two-column form, content controls
# =========================================================================
def r07():
    r = Report(7, "llr", ["form-table-left-cell", "content-controls", "empty-content-control", "prompts-left-in",
                          "placeholder-answers", "header-footer"],
               ["Harley Marsh", "Evie Marsh"], ["Lisa Marsh", "Keith Marsh"],
               "Tom Brereton", "Agency Report for Child Protection Conference",
               font="Arial", size=10, header="OFFICIAL-SENSITIVE")
    d = r.doc
    r.par(d, "Agency Report for Child Protection Conference", bold=True, size=14, align="center")
    r.par(d, "Leicester, Leicestershire and Rutland", align="center")
    t = r.table([6.0, 11.0])

    def row(sid, q, guidance, alias, tag, items):
        left, right = r.row(t)
        shade(left, SHADE_BLUE)
        r.begin(sid, q)
        r.par(left, q, bold=True)
        for g in guidance:
            r.prompt(left, g)
        r.sdt(right, alias, tag, items)

    row("author-details", "Report author and role", [], "Report author", "author", [
        "Tom Brereton, Recovery Worker, Leicestershire Community Recovery Service (adult drug and alcohol service)"])
    row("key-information", "Child(ren) and dates of birth", [], "Children", "children", [
        "Harley Marsh (DOB 11/07/2013)", "Evie Marsh (DOB 25/02/2019)"])
    row("working-well", "What is Working Well?", [
        "These include ‘strengths’ and ‘existing safety’.",
        "What is working well should have real significance in relation to the child’s safety and wellbeing. For "
        "example things parents do well in their care of the child.",
        "(N.B. Attendance at appointments without any context tells us very little)."],
        "What is Working Well?", "working_well", [
        "Lisa Marsh has been honest with me about how much she drinks. She keeps a drink diary, which we go through "
        "together each week. Her diary and breath tests show she has cut down from about two litres of cider a day "
        "in November 2024 to around four cans of lager a day, and she has had 12 alcohol-free days since "
        "01/02/2025.",
        "Lisa has put a plan in place with her father, Keith Marsh, so that on days when she has been drinking, "
        "Keith collects Evie from school and the children stay with him overnight. Keith confirmed this to me by "
        "phone on 03/03/2025 and told me it has happened ‘four or five times’ since January. This shows that Lisa "
        "can recognise when she is not safe to care for the children and act on it.",
        "Lisa has attended all of her appointments."])
    row("worries", "What are We Worried About?", [
        "What are the behaviours / events / actions that place the child at risk of harm?",
        "What tells you that the impact on child’s health, wellbeing or development is being impaired?",
        "There may be additional factors that may complicate the picture or the capacity for change – including "
        "housing, debt, parental issues/needs."],
        "What are We Worried About?", "worried_about", [
        "Lisa has been drinking heavily for around six years. She told me that she drinks from mid-morning and "
        "that on bad days she ‘can’t remember the evening’. On 15/01/2025 she was taken to hospital after a fall at "
        "home; Harley, who is 11, found her on the kitchen floor and called an ambulance. Harley told the "
        "paramedics this had ‘happened before’ (information from the hospital safeguarding team).",
        "When Lisa is drinking the children are not always fed or supervised. Lisa told me Harley often makes tea "
        "for himself and Evie and gets Evie ready for school. Harley’s school has told the social worker his "
        "attendance has dropped to 83%.",
        "Lisa’s liver function tests in December 2024 were abnormal and her GP has advised her not to stop drinking "
        "suddenly, because of the risk of seizures. If Lisa has a seizure or falls while she is alone with the "
        "children, Evie is too young to get help, and Harley would be left to deal with it again.",
        "Lisa has said she feels low and ‘drinks to sleep’. She has a history of depression. I believe she is "
        "minimising how much she drinks at weekends."])
    row("needs-to-happen", "What Needs to Happen?", [
        "The report format allows professionals to specifically state the things that would need to be in place to "
        "make the child safe. It also enables you to concretely propose what your own agency/service can contribute "
        "to building safety for the child/ren. Please be specific and clearly state timescales."],
        "What Needs to Happen?", "needs_to_happen", [
        ("b", "Lisa to start a community alcohol detox with our service in the week of 07/04/2025, once her GP has "
              "reviewed her blood tests (GP appointment 20/03/2025). Harley and Evie to stay with Keith during the "
              "detox week."),
        ("b", "Lisa and Keith to write down their drinking-day plan with the social worker by the first core group, "
              "including who Harley can call if mum is unwell (Keith’s number is saved in Harley’s phone)."),
        ("b", "I will continue weekly key-work sessions and breath tests, and will tell the social worker within one "
              "working day if Lisa misses two sessions in a row."),
        ("b", "Harley to be offered a young carers assessment – the social worker to refer by 31/03/2025.")])
    row("child-views", "Views of the child / young person", [], "Child's views", "child_views", None)
    row("sharing", "Has this report been shared with the family?", [], "Shared with family", "shared", [
        "Yes. I went through the report with Lisa at the recovery hub on 06/03/2025. She said it was ‘hard to read "
        "but true’. She asked me to add that she is ‘doing this for the kids’."])
    row("other", "Any other information", [], "Other information", "other_info", ["None"])
    r.par(d, "")
    r.par(d, "Date of report: 06/03/2025")
    return r


# =========================================================================
# 08  Norfolk Signs of Safety, police: numbered Word headings
# =========================================================================
def r08():
    r = Report(8, "norfolk-sos", ["word-heading-styles", "numbered-headings", "group-heading",
                                  "placeholder-answers", "header-footer"],
               ["Oliver Reeve", "Grace Reeve", "Freddie Reeve-Turner"],
               ["Danielle Reeve", "Kyle Turner", "Paul Reeve"],
               "DS Laura Finch", "Norfolk Constabulary - Report to Child Protection Conference",
               font="Arial", size=11, header="OFFICIAL SENSITIVE", header_colour=RGBColor(0xC0, 0, 0))
    d = r.doc
    d.add_heading("Norfolk Constabulary – Report to Child Protection Conference", 0)
    r.label_line(d, "Author:", "DS 2291 Laura Finch, Safeguarding and Investigations Unit (SIU)")
    r.label_line(d, "Date of report:", "25/03/2025")
    r.label_line(d, "Conference:", "Initial Child Protection Conference, 28/03/2025")
    r.label_line(d, "Subjects:", "Oliver Reeve (DOB 04/12/2010), Grace Reeve (DOB 19/07/2015), "
                                 "Freddie Reeve-Turner (DOB 08/01/2023)")

    r.sec("agency-involvement", "1. Police involvement", "h1", [
        "Police have been called to the family address, 7 Beech Grove, Thetford, on five occasions since "
        "01/09/2024, all relating to arguments between Danielle Reeve and her partner Kyle Turner. Before that the "
        "family were known to police for one domestic incident in 2019 involving Danielle and her ex-husband, Paul "
        "Reeve. I am the officer in the case for the current investigation into the assault on Danielle on "
        "28/01/2025.",
    ])
    r.sec("worries", "2. What are we worried about now?", "h1", [
        "Police hold the following information. Where I have not witnessed something myself I have said where it "
        "comes from.",
    ])
    r.sec("past-harm", "Past Harm", "h2", [
        "14/06/2019 – Danielle reported that Paul Reeve had pushed her during an argument. Oliver (then 8) was "
        "present. No further action was taken as Danielle did not support a prosecution.",
        "01/09/2024 to 15/01/2025 – four calls to the address. On each occasion officers recorded verbal arguments "
        "between Danielle and Kyle, with the children in the house. On 22/11/2024 officers recorded that Grace was "
        "crying on the stairs and that Kyle had broken a television. A DASH risk assessment was graded medium.",
    ])
    r.sec("current-harm", "Current harm and impact", "h2", [
        "On 28/01/2025 at about 22:40 Oliver, aged 14, called 999 and said ‘he’s strangling my mum’. Attending "
        "officers found Danielle with red marks to her neck. Oliver told officers he had pulled Kyle off his mum. "
        "Freddie, aged two, was asleep upstairs and Grace was in her bedroom. Kyle was arrested for assault "
        "occasioning actual bodily harm and non-fatal strangulation. He is on bail with conditions not to contact "
        "Danielle or attend the address until 30/04/2025. The DASH risk assessment was graded high and the case was "
        "heard at MARAC on 06/02/2025.",
        "Non-fatal strangulation is a serious warning sign of future serious harm. The children have seen and "
        "heard violence in their home, and Oliver has put himself between the adults to protect his mum.",
    ])
    r.sec("complicating-factors", "Complicating factors", "h2", [
        "Kyle is Freddie’s father and Danielle has told officers she wants Freddie to ‘still have his dad’. There "
        "is a risk that contact will restart informally. Kyle has a previous conviction for violence against a "
        "former partner (2016). Danielle told the Independent Domestic Violence Adviser (IDVA) that she is in debt "
        "and relies on Kyle for money.",
    ])
    r.sec("impact", "3. Impact on the children if nothing changes", "h1", [
        "If Kyle returns to the home and nothing else changes, I believe there is a real risk that Danielle will be "
        "seriously injured or killed, and that the children will witness this or be hurt trying to stop it. Oliver "
        "in particular feels he has to protect his mum.",
    ])
    r.sec("working-well", "4. What’s working well", "h1", [
        "Danielle supported the prosecution and gave a statement on 29/01/2025, which is a change from 2019. She "
        "has had a panic alarm and extra locks fitted (Sanctuary scheme, 10/02/2025). There have been no calls to "
        "the address since Kyle was bailed, and Danielle reported a text message from Kyle on 14/02/2025 herself, "
        "which shows she is willing to use the bail conditions to keep the children safe.",
    ])
    r.sec("agency-offer", "5. What the police can offer", "h1", [
        "Police will keep the address flagged so that any call is treated as urgent, deal with any breach of bail, "
        "and update the social worker after the charging decision, which is expected by 30/04/2025. If a Domestic "
        "Violence Protection Order is needed when bail ends I will apply for one. The IDVA service will stay in "
        "contact with Danielle.",
    ])
    r.sec("child-views", "6. Views of the children", "h1", [
        "I have not spoken with the children for this report. Oliver gave an account to officers on 28/01/2025 and "
        "said: ‘I’m sick of it. I just want him gone so mum can be normal again.’ Grace told the attending officer "
        "she was ‘scared he would come back’. Freddie is too young to give his views.",
    ])
    r.sec("parent-views", "7. Parents’ views", "h1", [("ph", "TBC")])
    r.sec("recommendation", "8. Recommendation", "h1", [
        "I believe the threshold for a Child Protection Plan is met for all three children, under the category of "
        "emotional abuse, because of the repeated violence in the home and the serious assault on 28/01/2025.",
        "On the safety scale (0 = the children will be harmed, 10 = they are safe) I would score: Oliver 3, Grace "
        "3, Freddie 2. Freddie is lower because he is the youngest and his father is the person who poses the "
        "risk, and contact arrangements for him are not yet safe. The scores would move up if Kyle stays away and "
        "a safe plan for contact is agreed.",
    ])
    return r


# =========================================================================
# 09  Norfolk education, secondary, review conference: capitals Word headings
# =========================================================================
ANALYSIS_09 = [
    "Jayden has made some real progress since the initial conference. His attendance has gone up from 71% to 84%, "
    "his behaviour points have nearly halved and he is going to most of his counselling sessions. His PE and "
    "design technology teachers see a boy who wants to do well and who responds to adults who give him "
    "responsibility. Michelle has kept to the plan by reporting each missing episode to the police, and she comes "
    "into school when we ask.",
    "However, I am more worried about Jayden now than I was in January. The new phone and trainers, the car "
    "outside school on 07/03/2025, the two nights missing in March and his tiredness on Mondays are, taken "
    "together, signs that he may be being groomed or exploited by older people outside the family. Jayden says "
    "that nobody is making him do anything, and I have no direct evidence that he is carrying or selling drugs. "
    "But children who are being exploited very often say this, and the pattern we are seeing is the pattern we "
    "were warned about in our training. Jaden has also told his tutor that he ‘owes a mate’, which he would not "
    "explain.",
    "At home, Michelle has been honest that she cannot stop Jayden going out. I do not doubt that she is trying, "
    "and she has her hands full with Millie. We still know very little about Carl Bishop and whether he is a "
    "support or a worry for Jayden; Jayden will not talk about him. Jayden’s father is in prison and is due for "
    "release in the summer. Jayden talks about him a lot and is looking forward to seeing him, and I think this "
    "will be a big moment for him, good or bad, that the plan needs to prepare for.",
    "Jayden’s ADHD makes it harder for him to think before he acts and to manage his feelings when he is told "
    "no. His medication is not always taken on Mondays, which is also when his behaviour in school is worst. Some "
    "of his suspensions this year might not have happened if he had taken his medication, and the school has not "
    "always got this right either: on 27/02/2025 he was suspended for swearing at a teacher who had not been told "
    "about his plan.",
    "In school, Jayden needs adults he trusts, a reason to be here (PE, DT and the mentoring scheme), and a "
    "quick response from us and from the police when he is missing or seen with people we do not know. At home, "
    "he needs his mum to have more support to set boundaries, and a safe plan for contact with his father. I "
    "think the risk to Jayden outside the home is now greater than the risks inside it, and the plan should be "
    "changed to reflect that.",
]


def r09():
    r = Report(9, "norfolk-education", ["word-heading-styles", "all-caps-headings", "family-table", "sub-headings",
                                        "long-answer-page-break", "header-footer"],
               ["Jayden Fox", "Millie Fox"], ["Michelle Fox", "Carl Bishop", "Anthony Fox"],
               "Gareth Pells", "Education Report to Child Protection Review Conference",
               font="Calibri", size=11, header="OFFICIAL-SENSITIVE")
    d = r.doc
    d.add_heading("Education Report to Child Protection Review Conference", 0)
    r.sec("author-details", "REPORT AUTHOR", "h2", [
        "Gareth Pells, Head of Year 9 and Deputy Designated Safeguarding Lead, Oakfield Academy, King’s Lynn. "
        "Report written on 02/04/2025 for the review conference on 09/04/2025.",
        "Child: Jayden Fox, Year 9, DOB 21/09/2010.",
    ])
    r.sec("consultation", "CONSULTATION", "h2", [
        "This report has been written with information from Jayden’s tutor (Mr Allard), the attendance officer "
        "(Mrs Begum), the SENCo (Ms Perrin), our school counsellor and the Behaviour Lead, and from our "
        "safeguarding records on CPOMS.",
    ])
    r.begin("family-composition", "FAMILY COMPOSITION")
    d.add_heading("FAMILY COMPOSITION", 2)
    r.data_table(["Name", "Relationship to Jayden", "DOB", "Lives with Jayden?", "Parental responsibility"],
                 [["Michelle Fox", "Mother", "12/12/1985", "Yes", "Yes"],
                  ["Carl Bishop", "Mum’s partner", "Not known", "Yes", "No"],
                  ["Anthony Fox", "Father", "30/03/1983", "No (in prison)", "Yes"],
                  ["Millie Fox", "Sister (attends Gaywood Infant School)", "14/09/2018", "Yes", "-"]],
                 [3.5, 4.5, 2.5, 3.5, 3.0], fill=SHADE_BLUE, size=10)
    r.sec("sharing", "SHARING THIS REPORT", "h2", [
        "I shared this report with Michelle at a meeting in school on 03/04/2025. Jayden read the parts about him "
        "with me on the same day and asked me to add his comments (see Views of the Child).",
    ])
    r.sec("education", "EDUCATIONAL NEEDS AND PROGRESS", "h2", [
        "Jayden is in Year 9. He has special educational needs (SEN Support) because of ADHD, diagnosed in 2022, "
        "and he takes medication in the morning. He has a Pastoral Support Plan (PSP), which was reviewed on "
        "14/03/2025.",
        ("sub", "Attendance"),
        "At the initial conference in January Jayden’s attendance was 71%. Since then it has been 84% (06/01/2025 "
        "to 28/03/2025). He has had 9 unauthorised absences this term, mostly on Fridays.",
        ("sub", "Behaviour and exclusions"),
        "Jayden has had two suspensions this year: 3 days in November 2024 (fighting) and 1 day on 27/02/2025 "
        "(verbal abuse of a teacher). He has had 31 behaviour points this term compared with 58 last term.",
        ("sub", "Progress"),
        "He is working below his target grades in English, maths and science but is on track in PE and design "
        "technology, where teachers describe him as ‘focused and proud of his work’.",
    ], sub="Heading 3")
    r.sec("presentation", "PRESENTATION", "h2", [
        "Jayden usually arrives in full uniform, although his shoes have had holes in them since February and he "
        "has said he is ‘not bothered’. He looks tired on Mondays. Staff have twice seen him with a new phone and "
        "designer trainers that he says were ‘from a mate’. On 07/03/2025 he was seen getting into a car outside "
        "the school gate with two older males who were not known to us; we passed the registration number to the "
        "police.",
    ])
    r.sec("parent-relationship", "RELATIONSHIP WITH PARENTS/CARERS", "h2", [
        "Michelle answers our calls and comes in to meetings when we ask. She has been clear with us that she "
        "‘can’t control him’ when he goes out at night. She told us on 14/03/2025 that Jayden had been missing "
        "overnight twice in March and that she reported it to the police both times, which is in line with the "
        "plan. We have not met Carl Bishop.",
    ])
    r.sec("child-views", "VIEWS OF THE CHILD", "h2", [
        "Jayden said: ‘School’s alright now I’m not in isolation all the time.’ He said he likes PE and his tutor. "
        "When I asked about going out at night he said: ‘It’s just my mates, no one’s making me do nothing.’ He "
        "said he wants ‘to be left alone by social’ and that he would like more time with his dad when he comes "
        "out of prison.",
    ])
    r.sec("analysis", "PROFESSIONAL ANALYSIS", "h2", list(ANALYSIS_09))
    r.sec("previous-actions", "ACTIONS SINCE THE LAST CONFERENCE", "h2", [
        ("b", "Attendance meeting held with Michelle and Jayden on 20/01/2025; an attendance plan is in place."),
        ("b", "Referral to the school counsellor made on 22/01/2025; Jayden has attended 5 of 8 sessions."),
        ("b", "Attended core groups on 05/02/2025 and 12/03/2025."),
        ("b", "Shared the information about the car on 07/03/2025 with the police and the social worker the same "
              "day."),
        ("b", "Not yet done: referral to the Youth Service mentoring scheme – I will make this by 11/04/2025."),
    ])
    return r


# =========================================================================
# 10  Portsmouth, early help: Word headings with shortened wording
# =========================================================================
def r10():
    r = Report(10, "portsmouth", ["word-heading-styles", "family-table", "sub-headings", "header-footer"],
               ["Amelia Nowak", "Jakub Nowak"], ["Agnieszka Nowak", "Tomasz Nowak"],
               "Becky Shaw", "Report for Initial Child Protection Conference",
               font="Arial", size=11, header="OFFICIAL-SENSITIVE")
    d = r.doc
    d.add_heading("Report for Initial Child Protection Conference", 0)
    r.label_line(d, "Prepared by:", "Becky Shaw, Family Support Worker, Early Help and Prevention Service")
    r.label_line(d, "Date:", "23/05/2025")

    r.begin("key-information", "Key information")
    d.add_heading("Key information", 1)
    r.par(d, "Children", bold=True)
    r.data_table(["Name", "Date of birth", "School / nursery", "Lives at home?"],
                 [["Amelia Nowak", "02/02/2018", "Milton Park Infant School (Year 2)", "Yes"],
                  ["Jakub Nowak", "15/09/2020", "Little Stars Nursery", "Yes"]],
                 [4.0, 3.0, 6.5, 3.5], fill=SHADE_GREEN, size=10)
    r.par(d, "")
    r.par(d, "Adults", bold=True)
    r.data_table(["Name", "Date of birth", "Relationship", "First language"],
                 [["Agnieszka Nowak", "04/06/1991", "Mother", "Polish (needs an interpreter)"],
                  ["Tomasz Nowak", "21/10/1988", "Father", "Polish (speaks English)"]],
                 [4.0, 3.0, 4.0, 6.0], fill=SHADE_GREEN, size=10)

    r.sec("agency-involvement", "Service involvement", "h1", [
        "I have worked with the family since 04/11/2024, after Amelia’s school asked Early Help to support with "
        "Amelia’s attendance and with mum being isolated. I have made 14 home visits, always with a Polish "
        "interpreter for mum (by phone), and I run a weekly parenting group that mum has been to six times. "
        "Tomasz has been at home for three of my visits. Early Help stepped the case up to Children’s Social Care "
        "on 29/04/2025 after Amelia told me about an incident at home (see below).",
    ])
    r.sec("health-development", "Health and development", "h1", [
        "Amelia is seven. She is a bright girl who speaks Polish and English, and she often translates for her "
        "mum, including at her own doctor’s appointments.",
        ("sub", "Health appointments"),
        "Jakub has not been seen by a dentist and has visible decay on his front teeth. A dental appointment on "
        "12/03/2025 was missed. Jakub’s speech is delayed in both languages; the nursery referred him to speech "
        "and language therapy in January and his assessment is on 10/06/2025. Both children have had all their "
        "immunisations.",
        "Amelia’s attendance is 89% and she is making expected progress. Jakub’s nursery says he is often very "
        "tired and falls asleep after lunch.",
    ], sub="Heading 3")
    r.sec("parenting-capacity", "Parenting capacity", "h1", [
        "Agnieszka is a caring mum. She plays with Jakub on the floor at my visits, has learnt the songs from the "
        "parenting group and practises them with him. She keeps the flat clean and the children have always been "
        "fed when I visit. She has found it hard to take the children to appointments because she does not drive, "
        "speaks little English and relies on Tomasz for money.",
        "Tomasz works long hours as a delivery driver. He told me ‘the children are my wife’s job’. On 28/04/2025 "
        "Amelia told me that ‘tata was drunk and pushed mama and the plates broke’. Agnieszka later confirmed this "
        "through the interpreter and said it had happened ‘a few times’ when Tomasz drinks at weekends. Tomasz "
        "denies this.",
    ])
    r.sec("family-environment", "Family & environmental factors", "h1", [
        "The family rent a one-bedroom flat above a shop; the children sleep in the bedroom and the parents sleep "
        "in the living room. They moved from Poland in 2019 and have no family in the UK. Agnieszka has said she "
        "has ‘no friends here’ apart from one mum at the school gate. Tomasz manages all the family’s money and "
        "Agnieszka does not have her own bank card.",
    ])
    r.sec("analysis", "Analysis", "h1", [
        "Amelia and Jakub are loved and well cared for day to day by their mum. My worries are the violence from "
        "Tomasz when he has been drinking, which the children see and hear, and the way Agnieszka’s isolation and "
        "lack of money make it hard for her to get the children’s health needs met. Amelia is carrying adult "
        "worries, such as translating for her mum. Jakub’s teeth and speech need attention now, and they are "
        "getting worse while they wait. Agnieszka has shown she wants to learn and will use help when it is "
        "offered in her own language.",
    ])
    r.sec("parent-views", "What mum and dad think", "h1", [
        "I shared this report with Agnieszka on 21/05/2025 with an interpreter. She agreed with it and asked for "
        "help to learn English and to open a bank account. Tomasz read the report on 22/05/2025. He disagreed with "
        "what I wrote about his drinking and said ‘this is a family matter’; I have recorded his disagreement.",
    ])
    r.sec("child-views", "Child’s voice", "h1", [
        "Amelia drew her family for me on 28/04/2025. She drew herself holding Jakub’s hand and her mum crying. "
        "She said: ‘When tata drinks beer I take Jakub in the bedroom and we play quiet.’ She said she wants ‘mama "
        "to be happy and go to the park more’.",
        "Jakub is four and has few words. At my visits he is smiley and goes to his mum for cuddles.",
    ])
    r.sec("sharing", "Date report shared", "h1", [
        "21/05/2025 (mum, with an interpreter); 22/05/2025 (dad).",
    ])
    return r


# =========================================================================
# 11  Norfolk Signs of Safety, GP: two-column form, content controls, long answer
# =========================================================================
CURRENT_HARM_11 = [
    "On 19/01/2025 Lacey took an overdose of around 20 of her father’s pregabalin capsules and some paracetamol. "
    "She was taken to the Norfolk and Norwich University Hospital by ambulance, called by her mother, and was kept "
    "in for two nights. The discharge letter says she told the psychiatric liaison nurse that she had ‘wanted to "
    "sleep and not wake up’ and that she had got the tablets from ‘the kitchen drawer where dad keeps his stuff’.",
    "Since then I have seen Lacey on 24/01/2025, 07/02/2025 and 04/03/2025. At each appointment she had new "
    "superficial cuts on her forearms and thighs, which she showed me. She told me on 04/03/2025 that she cuts "
    "‘most nights’ and that she uses a blade from a pencil sharpener. She has not needed stitches. Her score on the "
    "PHQ-9 depression questionnaire was 23 on 04/03/2025, which means severe depression.",
    "Lacey was referred to CAMHS by the hospital on 21/01/2025 and was offered a first appointment on 12/02/2025, "
    "which she did not attend. Donna told our receptionist that Lacey ‘refused to get out of bed’. A second "
    "appointment is booked for 26/03/2025.",
    "I am worried about the medicines at home. Steve is prescribed pregabalin 300mg twice daily, co-codamol and "
    "diazepam. Our records show he has asked for early repeat prescriptions on five occasions since September "
    "2024, saying tablets were lost or ‘went missing’. On 11/02/2025 our practice pharmacist spoke to Steve about "
    "this and he said he did not know where they had gone. After the overdose the family were advised to lock all "
    "medicines away; Donna told me on 04/03/2025 that a lockable box has been bought but that Steve ‘forgets to "
    "use it’.",
    "Donna is also my patient. She told me on 18/02/2025 that her mood has been low again since Christmas and that "
    "she ‘can’t cope with Lacey’s moods on top of my own’. She has been spending most of the day in bed. Lacey told "
    "me her mum ‘doesn’t really talk to me any more’ and that she does not feel she can go to either parent when "
    "she wants to hurt herself.",
    "The impact on Lacey is serious. She has already tried to end her life once, using medicines that were not "
    "stored safely at home, and she is self-harming most nights. She is isolated at home, she is not going to "
    "school regularly (her school tell me her attendance is 62% this term), and she has told me she does not have "
    "anyone she can talk to. Her parents both love her but, because of their own health problems, they are not "
    "able at the moment to notice when she is at risk or to keep dangerous medicines away from her.",
    "There is also a question about whether some of Steve’s missing tablets have been taken by Lacey over a longer "
    "period. Lacey denies this and I have no evidence either way.",
]


def r11():
    r = Report(11, "norfolk-sos", ["form-table-left-cell", "content-controls", "empty-content-control",
                                   "group-heading", "prompts-left-in", "long-answer-page-break", "header-footer"],
               ["Lacey Cole"], ["Donna Cole", "Steve Cole", "Joanne Cole"],
               "Dr Tom Hendry", "Multi-Agency Report to Child Protection Conference",
               font="Arial", size=10, header="OFFICIAL-SENSITIVE")
    d = r.doc
    r.par(d, "Multi-Agency Report to Child Protection Conference", bold=True, size=14, align="center")
    r.par(d, "Norfolk Safeguarding Children Partnership", align="center")
    t = r.table([6.0, 11.0])

    def row(sid, q, guidance, tag, items):
        left, right = r.row(t)
        shade(left, SHADE)
        r.begin(sid, q)
        r.par(left, q, bold=True)
        for g in guidance:
            r.prompt(left, g)
        r.sdt(right, q, tag, items)

    row("author-details", "Name, role and agency of report author", [], "author", [
        "Dr Tom Hendry, GP Partner, Wensum Valley Medical Centre. Report date 12/03/2025."])
    row("key-information", "Child(ren) – name and date of birth", [], "children", ["Lacey Cole, 23/10/2009"])
    row("agency-involvement", "Overview of your agency’s involvement with child/family", [
        "· Type of service offered by your agency (brief overview)",
        "· First time the family became known to your service.",
        "· Why are you involved with the family currently?"], "overview", [
        "Wensum Valley Medical Centre is a GP practice. Lacey and both her parents, Donna Cole and Steve Cole, "
        "have been registered with us since 2012. I am Lacey’s named GP. We have been more involved since October 2024 because of Lacey’s "
        "self-harm and her overdose in January 2025, and because of worries about the medicines prescribed to her "
        "father."])
    (c,) = r.row(t, merged=True, fill=SHADE)
    r.begin("worries", "What are we worried about now?")
    r.par(c, "What are we worried about now?", bold=True)
    row("past-harm", "Past Harm", [
        "Information about past harm/danger that has occurred for the child, their siblings or their "
        "parents/carers which could increase the risk of harm currently."], "past_harm", [
        "Lacey was first seen by us for low mood in May 2023, aged 13. Donna has a history of severe depression and "
        "was admitted to hospital under the Mental Health Act in 2019 for six weeks, when Lacey was nine; Lacey "
        "stayed with her aunt during that time. Steve has had chronic back pain since an accident at work in 2018."])
    row("current-harm", "Current Harm and Impact", [
        "The Risks that are harmful or pose a risk of significant harm to the child currently."], "current_harm",
        list(CURRENT_HARM_11))
    row("complicating-factors", "Complicating factors", [
        "Things that make life more difficult or complicated ie. adult behaviours, special needs, diversity, "
        "language differences etc…"], "complicating", [
        "Both parents have long-term health problems. Steve is not working and the family’s income has dropped. "
        "The family live in a village with one bus a day, which makes it hard for Lacey to get to CAMHS in Norwich "
        "without a lift, and Donna does not drive."])
    row("impact", "What is the impact on the child if the risks are not reduced?", [
        "· What do you believe will be the likely outcome for the child(ren) if their current situation "
        "continues?"], "impact", [
        "If nothing changes, I believe there is a high risk that Lacey will harm herself seriously again, possibly "
        "fatally, especially if she can still get hold of her father’s medicines."])
    row("working-well", "What is working well for the child that reduces the risks and increases the child’s "
                        "safety and resilience?", [
        "· Identify family strengths and safe behaviours (Include strengths within the wider family network which "
        "increases safety)."], "working_well", [
        "Donna acted quickly on 19/01/2025 and called an ambulance. Both parents come with Lacey to her "
        "appointments and Lacey says her dad ‘tries his best’. Lacey has a close relationship with her aunt, "
        "Joanne Cole, who lives in Aylsham; Lacey stayed with her for a week after the overdose and said she felt "
        "‘safe there’. Lacey has been open with me about her self-harm and has kept every GP appointment, and she "
        "has told me she wants to feel better."])
    row("agency-offer", "Within your own agency’s provision……", [
        "· Identify the risks, briefly describe what you would expect to see when a child is safe and not at risk "
        "of harm and the identified action that your agency can offer."], "agency_offer", [
        "The practice will: see Lacey every two weeks for a review, starting on 18/03/2025 (Dr Hendry); change "
        "Steve’s prescriptions to weekly collection from the pharmacy from 17/03/2025 so that there are fewer "
        "tablets in the house; review Donna’s treatment and refer her back to the community mental health team "
        "(referral sent 10/03/2025); and tell the social worker about any missed appointment within two working "
        "days. A safe situation would be: all medicines locked away with the key held by Donna, Lacey going to "
        "CAMHS, and Lacey telling us she has an adult at home she can go to."])
    row("child-views", "Child/young person’s views on their situation and on the report.", [
        "*Please ensure you have the child’s permission to share their views with parent/carers and with conference "
        "members."], "child_views", [
        "Lacey agreed that I could share what she said on 04/03/2025: ‘I don’t want to die now, I just want it to "
        "stop hurting. Mum and dad are always ill and I don’t want to be another problem.’ She said she would like "
        "to see ‘someone my age, not a doctor’ and that she would like to spend weekends at her aunt Joanne’s."])
    row("parent-views", "Parents’/carers’ views on the situation and on the report", [
        "· Views on the support you have provided and whether they think this has helped their child.",
        "· Parent’s/carer’s view of the information contained within this report."], "parent_views", None)
    row("recommendation", "Recommendation", [
        "· Please consider for each child/young person whether the threshold for a Child Protection Plan is met and "
        "or their needs can be met via different planning."], "recommendation", [
        "In my view the threshold for a Child Protection Plan is met for Lacey, under neglect, because the risks to "
        "her life from the medicines at home, and her parents’ current difficulties in protecting her, are not "
        "being managed, even after the overdose."])
    row("scaling", "Scaling (0-10)", [
        "· Please consider for each child/young person on a scale of 0 to 10 if the child is safe and their needs "
        "are being met, or the child is at risk of significant ongoing harm and/or their needs are not met."],
        "scaling", [
        "3/10. Lacey is self-harming most nights and there are still unlocked medicines in the home. It would move "
        "up if the medicines were locked away, Lacey was going to CAMHS and she had weekends with her aunt."])
    return r


# =========================================================================
# 12  Lincolnshire, community mental health nurse: plain numbered lines
# =========================================================================
def r12():
    r = Report(12, "lincolnshire", ["numbered-plain-headings", "sub-headings", "parent-named-heading", "footer"],
               ["Logan Atkinson", "Isla Reid"], ["Jade Atkinson", "Callum Reid", "Shona McBride"],
               "Sue Gratton", "Report to Initial Child Protection Conference",
               font="Calibri", size=11, header=None, footer=True)
    d = r.doc
    r.par(d, "Report to Initial Child Protection Conference – Lincolnshire", bold=True, size=13)
    r.par(d, "From: Sue Gratton, Community Psychiatric Nurse (CPN), Lincoln North Community Mental Health Team")
    r.par(d, "Re: Logan Atkinson (DOB 17/05/2016) and Isla Reid (DOB 28/01/2025)")
    r.par(d, "Conference date: 12/06/2025")

    r.sec("agency-involvement", "1) Involvement of the CMHT", "plain", [
        "I have been Jade Atkinson's care coordinator since March 2023. Jade has a diagnosis of bipolar affective "
        "disorder. I see her every two weeks at home, and I have seen Logan and Isla at most of these visits. Isla's father, "
        "Callum Reid, lives with the family. I do not work with the children directly. The perinatal mental health team were also involved during Jade's "
        "pregnancy and until April 2025.",
    ])
    r.sec("worries", "2) What we are worried about", "plain", [
        "Jade became unwell in early May 2025. She stopped taking her lithium around 01/05/2025 because she felt "
        "'too flat' on it. She was not sleeping, was spending money she did not have, and on 16/05/2025 Callum "
        "found her walking along the main road with Isla in the pram at 2am. Jade told me she was 'taking Isla to "
        "see the sea'.",
        ("sub", "Medication and relapse"),
        "Jade was admitted to a mother and baby unit on 18/05/2025 as an informal patient and came home on "
        "04/06/2025, back on her medication. This is her third relapse since Logan was born; in 2019 Logan, then "
        "three, was left alone at home for several hours while Jade was unwell (Children's Social Care records).",
        "When Jade is unwell she is not able to keep a baby safe: she does not sleep, forgets feeds and may take "
        "Isla out at night. Logan has seen his mum become unwell before, and he told his teacher in May that he "
        "'has to watch mum'.",
    ], sub="underline")
    r.sec("complicating-factors", "3) Complicating Factors", "plain", [
        "Callum works away from Monday to Friday as a lorry driver. Jade's mother died last year and she has little "
        "other family support. Jade uses cannabis 'to calm down', which can make her mood worse. Jade has told me "
        "she is scared that if she tells professionals she is becoming unwell 'they will take the kids', which may "
        "stop her asking for help early.",
    ])
    r.sec("working-well", "4) Strengths", "plain", [
        "Jade has a good understanding of her illness when she is well. She agreed to go into hospital in May and "
        "she has restarted her medication. Jade and Callum have written a relapse plan with me (dated 06/06/2025) "
        "that lists Jade's early warning signs (not sleeping, talking fast, spending) and what Callum and Jade's "
        "friend Shona McBride will do if they see them: phone me or the crisis team, and take over Isla's care. "
        "Callum has arranged to work locally for the next three months so that he is home every night.",
    ])
    r.sec("needs-to-happen", "5) What needs to happen", "plain", [
        ("b", "Jade to keep taking her medication and to have her lithium level checked every month; next blood "
              "test 19/06/2025 at the GP surgery."),
        ("b", "I will visit weekly until the review conference, then review how often."),
        ("b", "The relapse plan to be shared with the health visitor, Logan's school and the social worker by "
              "13/06/2025 (Sue Gratton)."),
        ("b", "Callum to be home overnight every night until at least 31/08/2025, and to tell the social worker if "
              "this changes."),
        ("b", "Jade to be offered support with her cannabis use (referral to the drug and alcohol service by "
              "20/06/2025, Sue Gratton)."),
    ])
    r.sec("recommendation", "6) My recommendation", "plain", [
        "I think the children can be kept safe through a Child in Need plan rather than a Child Protection Plan, "
        "as long as the relapse plan is in place and Callum is at home. Jade asked for help this time, and the "
        "adults around her now know what to look for. If Callum has to go back to working away, I would want this "
        "looked at again.",
    ])
    r.sec("scaling", "7) Safety scale", "plain", [
        "6 out of 10 for Logan and Isla. Jade is well at the moment and there is a plan, but she has been unwell "
        "three times and the last episode put Isla at real risk.",
    ])
    r.sec("parent-views", "8) Jade's views", "plain", [
        "Jade has read this report with me (10/06/2025). She agrees with it. She said: 'I know what happened was "
        "scary. I want people to help me spot it sooner, not wait until it's bad.'",
    ])
    return r


# =========================================================================
# 13  LLR, primary DSL: bold headings in the author's own words and order
# =========================================================================
def r13():
    r = Report(13, "llr", ["bold-headings", "child-named-heading", "sub-headings", "header"],
               ["Ellie Booth", "Reggie Booth"], ["Kayleigh Booth", "Jordan Booth", "Carol Pickering"],
               "Anita Chauhan", "Report to Child Protection Conference",
               font="Arial", size=11, header="CONFIDENTIAL", footer=False)
    d = r.doc
    r.par(d, "Report to Child Protection Conference – Aylestone Meadows Primary School", bold=True, size=13)
    r.label_line(d, "Pupil:", "Ellie Booth, Year 3, DOB 20/10/2016")
    r.label_line(d, "Family:", "Kayleigh Booth (mum), Jordan Booth (dad), Reggie Booth (brother, aged 1)")
    r.label_line(d, "Written by:", "Anita Chauhan, Designated Safeguarding Lead")
    r.label_line(d, "Date:", "02/06/2025")

    r.sec("worries", "Worries", "bold", [
        "On Monday 12/05/2025 Ellie’s teacher, Mr Lowe, noticed Ellie was sitting awkwardly and would not sit on "
        "the carpet. At 10.15am Ellie told him ‘my legs hurt because dad used his belt’. I spoke to Ellie with Mr "
        "Lowe present and she showed me three red lines across the back of both thighs, which looked to me as if "
        "they had been made by a strap. I did not ask her to undress; she lifted the edge of her shorts. I made a "
        "referral to Children’s Social Care at 10.40am.",
        "Ellie told me it happened on the Saturday ‘because I wet the bed again and dad was so angry’. She said it "
        "had happened ‘before, when I was in Year 2’.",
        ("sub", "What we have seen in school"),
        "Ellie has wet herself in school nine times since January, compared with twice in the whole of last year. "
        "She has become very quiet in class, and staff have noticed that she gets upset if she has an accident and "
        "asks us not to tell her dad. On 21/05/2025 she said to a teaching assistant: ‘Please don’t write it in my "
        "book, dad reads it.’",
        "Dad (Jordan) can present as quite intimidating at the school gate and I feel mum is scared of him.",
    ], sub="bold-italic")
    r.sec("working-well", "Strengths / existing safety", "bold", [
        "Mum (Kayleigh) came into school on 13/05/2025 as soon as she was asked. She was upset and said she did not "
        "know about the belt. She has agreed that she will be the one to deal with bedtime and any wet beds, and "
        "she has bought a mattress protector and pull-ups on the advice of the school nurse. Ellie told me on "
        "23/05/2025 that ‘mummy changes the bed now and she’s not cross’.",
        "Ellie’s attendance is 97%, she is always in clean uniform and she is making good progress in reading. She "
        "has a close friend in class and loves art club.",
        "Ellie’s nan (mum’s mum, Carol Pickering) picks her up on Wednesdays and Fridays and Ellie talks happily "
        "about her.",
    ])
    r.sec("needs-to-happen", "what needs to happen next", "bold", [
        ("b", "School nurse to see Ellie about the wetting and refer her to the continence service if needed – by "
              "20/06/2025 (school nurse team)."),
        ("b", "Jordan to agree that he will not use any physical punishment, and to go on a parenting course (the "
              "social worker to arrange) – to start before the summer holidays."),
        ("b", "School to continue a daily check-in for Ellie with her class TA, Mrs Begum, and to record anything "
              "Ellie says on the same day."),
        ("b", "Parents to tell school about any wet nights so that staff can be ready to support Ellie gently."),
    ])
    r.sec("child-views", "Ellie’s wishes and feelings", "bold", [
        "I talked with Ellie on 23/05/2025 using a ‘worry monster’ drawing. Ellie said she wants ‘dad to stop being "
        "shouty’ and she wants ‘to stay at home with mummy and Reggie’ (her baby brother). She said she feels safe "
        "at school ‘because Mr Lowe is nice and there’s no belts’. When I asked what would make things better she "
        "said ‘if I didn’t wet the bed’. I told her that wetting the bed is not her fault.",
    ])
    r.sec("parent-views", "Parents views", "bold", [
        "I shared this report with Kayleigh on 30/05/2025. She agreed with it. Jordan did not come to the meeting. "
        "Kayleigh said Jordan ‘knows he went too far’.",
    ])
    return r


# =========================================================================
# 14  Generic, family hub practitioner: bold underlined headings, long answer
# =========================================================================
def r14():
    r = Report(14, "generic", ["bold-underlined-headings", "sub-headings", "long-answer-page-break",
                               "header-footer"],
               ["Noah Bennett", "Lola Bennett"], ["Claire Bennett", "Martin Bennett", "Jean Bennett"],
               "Sam Okoro", "Report to Child Protection Conference",
               font="Verdana", size=10, header="OFFICIAL-SENSITIVE (when complete)")
    d = r.doc
    r.par(d, "Report to Child Protection Conference", bold=True, size=14)
    r.par(d, "Children: Noah Bennett (12, DOB 06/02/2013) and Lola Bennett (9, DOB 18/07/2015)")
    r.par(d, "Parents: Claire Bennett (mum) and Martin Bennett (dad, lives separately)")
    r.par(d, "Report by: Sam Okoro, Family Hub Practitioner (Early Help), Westmoor Family Hub")
    r.par(d, "Conference: Initial, 24/03/2025     Report date: 19/03/2025")

    r.sec("agency-involvement", "Involvement with the family:", "bold-ul", [
        "I have been the family’s Early Help key worker since 21/10/2024, after Lola’s school asked for help "
        "because she was anxious and often absent. I have completed an Early Help Assessment with Claire and the "
        "children, held three Team Around the Family (TAF) meetings (November, January and February) and visited "
        "the home eleven times. I have met Martin twice, at a TAF meeting and once at his flat. The case was "
        "stepped up to Children’s Social Care on 05/03/2025.",
        "This report is based on my own visits and conversations with Claire, Noah and Lola, what Martin told "
        "me at the TAF meeting on 22/01/2025 and by phone, and information from both children’s schools. Where "
        "something comes from someone else I have said who. I have not seen any police records; Claire told me "
        "that the police came to the house once in December 2024 after an argument between Claire and Martin on "
        "the doorstep, but I do not know the outcome.",
        "During Early Help the family have been offered: my weekly visits; a referral for Lola to the school "
        "counsellor (she has had six sessions); a place for Claire on a parenting course; help with a housing "
        "disrepair complaint; and a food bank voucher in January. Martin was offered a separate meeting to do "
        "his own part of the assessment but did not take this up, saying he ‘has nothing to hide’.",
    ])
    r.sec("worries", "What I am worried about:", "bold-ul", [
        "Claire and Martin separated in August 2024 after 15 years together. Since then there has been a lot of "
        "conflict between them, mostly about the children and money, and the children are caught in the middle.",
        ("sub", "At home"),
        "Claire told me on 10/02/2025 that Martin sends her up to 40 text messages a day and turns up at the house "
        "without warning. She showed me messages from 08/02/2025 which called her ‘a useless mother’ and said he "
        "would ‘make sure the kids see what you really are’. On 15/02/2025 Noah told me his dad ‘asks me loads of "
        "questions about mum and who comes to the house’ when he stays at his dad’s. Martin denies sending "
        "abusive messages and says he is ‘just worried about the kids’.",
        "Since Christmas Noah has become aggressive towards his mum. Claire told me that on 02/03/2025 Noah punched "
        "a hole in the kitchen door and pushed her into the worktop when she took his games console away. I saw "
        "the hole in the door at my visit on 04/03/2025 and Claire showed me a bruise on her hip. Claire says this "
        "has happened ‘four or five times’ and that she is frightened of Noah when he is angry. Lola was in the "
        "room on 02/03/2025 and hid in the bathroom.",
        "The house has had no working boiler since 14/01/2025. Claire is using two electric heaters and the "
        "children are washing with water boiled in the kettle. The landlord has been told but the boiler has not "
        "been fixed.",
        ("sub", "School"),
        "Lola’s school told me (Mrs Harper, pastoral lead, 11/03/2025) that Lola has been refusing to go into class "
        "most mornings and has said she is worried about ‘what will happen to mummy’. Noah’s secondary school has "
        "given him two suspensions since January for fighting. His attendance is 81%.",
        "I am worried that Lola is living with fear every day, both of her brother’s anger and of her parents’ "
        "rows, and that Noah is learning that hurting people is how you deal with feeling angry. If nothing "
        "changes, I think someone in the house is likely to be seriously hurt.",
    ], sub="bold-italic")
    r.sec("working-well", "What is going well:", "bold-ul", [
        "Claire has been open with me from the start and has used every piece of help offered. She took Lola to "
        "the GP about her anxiety and Lola now has a worry plan at school that is working on most days. Claire "
        "has started the Who’s in Charge? course for parents of children who are violent at home (4 of 8 sessions "
        "so far), and she told me she now walks away to the garden with Lola when Noah starts to shout, which has "
        "stopped two arguments getting physical. Noah loves football and goes to training twice a week; his coach "
        "says he is a different boy there. Martin pays for the football and takes Noah to every match.",
    ])
    r.sec("child-views", "Noah and Lola’s views:", "bold-ul", [
        "Noah (15/02/2025): ‘I don’t want to hurt mum. I just lose it and then I feel bad. Dad says mum is the "
        "problem but I don’t know.’ He said he would like ‘someone to talk to who isn’t on anyone’s side’.",
        "Lola (04/03/2025, using a scaling card): she gave home a 3 out of 10, where 10 is ‘happy and safe’. She "
        "said: ‘It’s a 3 because Noah gets really angry and mum cries.’ She said it would be a 10 ‘if everyone just "
        "stopped shouting’.",
    ])
    r.sec("parent-views", "Mum’s view:", "bold-ul", [
        "Claire agrees with this report (shared with her on 18/03/2025). She said she wants help for Noah ‘before "
        "he ends up in trouble’ and for Martin to ‘stop using the kids’.",
    ])
    r.sec("parent-views", "Dad’s view:", "bold-ul", [
        "I sent the report to Martin on 18/03/2025. He phoned me on 19/03/2025 and said it was ‘one-sided’ and "
        "that Claire ‘can’t control Noah’. He wants Noah to live with him. I have recorded that he disagrees with "
        "what I have written about the messages.",
    ])
    r.sec("needs-to-happen", "What needs to happen:", "bold-ul", [
        ("b", "Boiler to be repaired by the landlord – Claire and I to report it to the council’s private housing "
              "team by 21/03/2025 if it is not fixed."),
        ("b", "Claire to finish the Who’s in Charge? course (last session 29/04/2025)."),
        ("b", "Noah to be referred for one-to-one support about anger from a youth worker – I will make the "
              "referral by 28/03/2025."),
        ("b", "Martin and Claire to be offered the Reducing Parental Conflict programme, separately, by "
              "04/04/2025 (Sam Okoro)."),
        ("b", "Lola’s worry plan to continue at school, with a review by Mrs Harper before Easter."),
    ])
    r.sec("recommendation", "Recommendation:", "bold-ul", [
        "I think the children’s needs could be met through a Child in Need plan. Claire is able to protect Lola "
        "and is using help well; the risks come mainly from Noah’s behaviour and from the conflict between the "
        "parents, which need specialist support rather than a Child Protection Plan.",
    ])
    r.sec("scaling", "Scaling:", "bold-ul", [
        "Noah 5/10 and Lola 4/10. Lola is lower because she is the one who is frightened and who hides; things "
        "would move up if the incidents at home stopped for a month and the boiler was fixed.",
    ])
    r.sec("other", "Other information:", "bold-ul", [
        "Jean Bennett (the children’s paternal grandmother) has asked if she can attend conference. Claire has "
        "said she does not want this. I have given Jean the conference chair’s details.",
    ])
    return r


# =========================================================================
# 15  Norfolk education, day nursery, review: labels and answers in one cell
# =========================================================================
def r15():
    r = Report(15, "norfolk-education", ["form-cell-run-in-labels", "family-table", "child-named-heading",
                                         "sub-headings", "prompts-left-in"],
               ["Bobby Ashworth", "Tilly Ashworth"], ["Stacey Ashworth", "Wayne Ashworth", "Jean Ashworth"],
               "Lorna Pike", "Education Report to a Child Protection Conference",
               font="Arial", size=10, header=None, footer=False)
    d = r.doc
    r.par(d, "Education Report to a Child Protection Conference", bold=True, size=14, align="center")
    r.boiler(d, "A COPY OF THIS FORM MUST BE RETAINED SECURELY IN THE CHILD’S CP RECORDS", bold=True,
             align="center")

    t = r.table([17.0])
    for sid, label, val in [
        ("author-details", "Name and Position of Report Author:",
         "Lorna Pike, Nursery Manager and Designated Safeguarding Lead"),
        ("author-details", "Date:", "30/06/2025"),
        ("key-information", "Full Name of Child(ren):", "Bobby Ashworth"),
        ("key-information", "Date(s) of Birth:", "14/08/2021"),
        ("key-information", "School or Educational Provision:", "Little Acorns Day Nursery, Gorleston"),
        ("consultation", "Who have you consulted with in the production of this report?",
         "Bobby’s key person (Chloe Dye), the nursery SENCo (Amira Khan) and our room leader. I also spoke to "
         "Mrs Rudd, the DSL at Tilly’s school, and to the health visitor."),
    ]:
        (c,) = r.row(t)
        r.runin(sid, label, val, c=c)

    r.par(d, "")
    r.begin("family-composition", "Family composition")
    r.par(d, "Family composition", bold=True)
    r.data_table(["Name", "DOB", "Relationship to Bobby", "Parental Responsibility", "Lives with Bobby?"],
                 [["Stacey Ashworth", "27/05/1996", "Mother", "Yes", "Yes"],
                  ["Wayne Ashworth", "03/11/1992", "Father", "Yes", "Yes (since February 2025)"],
                  ["Tilly Ashworth", "09/01/2018", "Sister", "-", "Yes"],
                  ["Jean Ashworth", "Not known", "Paternal grandmother", "No", "No"]],
                 [3.8, 2.5, 4.0, 3.3, 3.4])
    r.par(d, "")

    t = r.table([17.0])
    (c,) = r.row(t)
    r.runin("sharing", "Have the child and parents/carers had a copy of this form?",
            "Yes – mum and dad on 26/06/2025 (Bobby is too young).", c=c)
    (c,) = r.row(t)
    r.begin("education", "Bobby’s learning and development")
    r.par(c, "Bobby’s learning and development", bold=True)
    r.answer(c, [
        "Bobby is 3 years 10 months old and comes to nursery for 30 funded hours a week, Monday to Thursday. He has "
        "an Individual Education Plan (IEP) for speech and language, which was reviewed on 09/06/2025. He is on the "
        "waiting list for a speech and language therapy assessment.",
        "At our last assessment (June 2025) Bobby was working well below the expected level in communication and "
        "language and in personal, social and emotional development, and at the expected level in physical "
        "development. He now uses about 40 single words, up from about 15 in March.",
        ("sub", "Attendance"),
        "Bobby’s attendance since the last conference (03/04/2025) is 81%, up from 68% the term before. Most "
        "missed days are Mondays. Dad has started bringing Bobby on the days mum works.",
    ], sub="underline")
    (c,) = r.row(t)
    r.begin("presentation", "Child’s presentation:")
    r.par(c, "Child’s presentation:", bold=True)
    r.answer(c, [
        ("prompt", "Please comment on and consider the following: school attendance, hygiene, appearance, "
                   "behaviour, relationships with peers and adults, preparedness for learning."),
        "Bobby’s presentation has improved since April. He now usually arrives in clean clothes with a packed "
        "lunch. He has had nappy rash on four occasions this term (down from eleven last term) and staff have "
        "shared creams with mum. On 12/05/2025 staff noticed a small burn on the back of his right hand; mum said "
        "he had touched the oven door at home and that it had been treated at the walk-in centre, which the health "
        "visitor confirmed. Bobby’s weight is now on the 9th centile, up from the 2nd in January (health visitor "
        "weighing, 04/06/2025).",
    ])
    (c,) = r.row(t)
    r.begin("parent-relationship", "Relationships & engagement with parents/carers:")
    r.par(c, "Relationships & engagement with parents/carers:", bold=True)
    r.answer(c, [
        "Stacey is warm with Bobby at drop-off and collection and always asks staff how his day has been. Wayne has "
        "been doing drop-offs since May and now joins in with our ‘stay and play’ sessions. Both parents came to "
        "Bobby’s IEP review. Bobby’s grandmother Jean collects him on Thursdays and is very involved.",
        "Earlier in the year we found it hard to reach Stacey by phone and messages were not answered; this has "
        "got better since April.",
    ])
    (c,) = r.row(t)
    r.begin("child-views", "Bobby’s wishes and feelings")
    r.par(c, "Bobby’s wishes and feelings", bold=True)
    r.answer(c, [
        "Bobby cannot yet tell us in sentences how he feels, so his key person has written down what she sees. "
        "Bobby runs in happily in the mornings and goes straight to the sand tray. When dad arrives he shouts "
        "‘Daddy!’ and runs to him. He likes to tell staff ‘Nanny car’ on Thursdays. He became upset on 19/06/2025 "
        "when a member of staff raised her voice at another child, and he hid behind the sofa in the book corner "
        "for ten minutes.",
    ])
    (c,) = r.row(t)
    r.begin("analysis", "Professional analysis of family/child’s needs and situation:")
    r.par(c, "Professional analysis of family/child’s needs and situation:", bold=True)
    r.answer(c, [
        ("prompt", "Give consideration to the impact that the current and past family functioning and family "
                   "history are having on the parents’ capacities to met the child’s needs and specifically their "
                   "educational progress."),
        "Since the last conference things have got better for Bobby. He is gaining weight, his clothes and hygiene "
        "are better and he is coming to nursery more often. His speech is still very delayed and this will affect "
        "him when he starts school in September 2026 unless he gets specialist help soon. I think the parents "
        "have made real changes, and Jean’s support has made a big difference. My remaining worry is whether "
        "these changes will last, as this is the second time the family have had a Child Protection Plan.",
    ])
    (c,) = r.row(t)
    r.begin("previous-actions", "Actions taken by you in respect of the recommendations of the last Child "
                                "Protection Conference:")
    r.par(c, "Actions taken by you in respect of the recommendations of the last Child Protection Conference:",
          bold=True)
    r.answer(c, [
        "Nursery has held monthly meetings with Stacey and Wayne (April, May, June); weighed Bobby every two weeks "
        "and shared his weights with the health visitor; chased the speech and language referral (letter "
        "15/05/2025); and offered two extra funded ‘stay and play’ sessions, which Wayne has used.",
    ])
    r.par(d, "")
    r.par(d, "Signature: L. Pike\t\tDate: 30/06/2025")
    return r


# =========================================================================
REPORTS = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15]


def render_pdfs(paths):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: PDFs not rendered (the committed PDFs are left as they are)")
        return
    for p in paths:
        cmd = [soffice, "-env:UserInstallation=file:///tmp/lo-heldout", "--headless", "--convert-to", "pdf",
               "--outdir", HERE, p]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        print("rendered", os.path.basename(p)[:-5] + ".pdf")


def main(argv):
    paths = []
    for build in REPORTS:
        rep = build()
        paths.append(rep.save(HERE))
        print("wrote", rep.name + ".docx", rep.name + ".yaml")
    if "--no-pdf" not in argv:
        render_pdfs(paths)


if __name__ == "__main__":
    main(sys.argv[1:])
