#!/usr/bin/env python3
"""Build the 'final' held-out corpus for qa-checker.

Twelve fictional reports to child protection conferences, written
independently of the tool: 2 each for norfolk-sos, llr, norfolk-education,
lincolnshire, portsmouth and generic. Each report is written as DOCX
(python-docx, raw OXML through lxml for content controls, numbering, fields
and shading), rendered to PDF with LibreOffice, and described by a YAML
sidecar that records the template, the layouts used, the people named and
every section heading with its canonical id.

Deterministic: fixed content, fixed document properties and fixed ZIP entry
times; no network. Run from anywhere:

    . /work/main/.venv/bin/activate
    python benchmarks/final/make_final.py          # DOCX + YAML + PDF
    python benchmarks/final/make_final.py --no-pdf # DOCX + YAML only

All people, places, schools, services and phone numbers are invented
(phone numbers use Ofcom's drama ranges).
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
GREY = RGBColor(0x7F, 0x7F, 0x7F)
PLACEHOLDER_TEXT = "Click or tap here to enter text."
FIXED_TIME = datetime.datetime(2025, 6, 30, 9, 0, 0)
ZIP_TIME = (2025, 6, 30, 9, 0, 0)

SHADE = "D9D9D9"        # ordinary question / heading cell
SHADE_GROUP = "A6A6A6"  # grouping row over sub-headings
SHADE_SUB = "EDEDED"    # sub-heading rows under a grouping row


def first_words(text, n=8):
    """The first n whitespace-separated words of text, exactly as written."""
    return " ".join(text.split()[:n])


# --------------------------------------------------------------------------
# low-level OXML helpers
# --------------------------------------------------------------------------

def set_style_font(style, name="Arial", size=None, colour=None, bold=None):
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        if attr.endswith("Theme"):
            del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), name)
    if size:
        style.font.size = Pt(size)
    if colour is not None:
        style.font.color.rgb = colour
    if bold is not None:
        style.font.bold = bold


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def new_par(container):
    """A new paragraph at the end of a Document, _Cell or raw lxml element."""
    if hasattr(container, "add_paragraph"):
        return container.add_paragraph()
    p = OxmlElement("w:p")
    container.append(p)
    return Paragraph(p, None)


def add_field(paragraph, instr, shown):
    """A complex field (PAGE, NUMPAGES) inside paragraph."""
    def run_with(child):
        r = OxmlElement("w:r")
        r.append(child)
        paragraph._p.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s \\* MERGEFORMAT " % instr
    run_with(it)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run_with(sep)
    t = OxmlElement("w:t")
    t.text = shown
    run_with(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


class Box:
    """Somewhere to write paragraphs: reuses a cell's empty first paragraph."""

    def __init__(self, container, first=None):
        self.container = container
        self.first = first

    def par(self):
        if self.first is not None:
            p, self.first = self.first, None
            return p
        return new_par(self.container)


# --------------------------------------------------------------------------
# the report builder: writes the DOCX and records the ground truth as it goes
# --------------------------------------------------------------------------

class Report:
    def __init__(self, name, template, layouts, children, adults, author, title):
        self.name = name
        self.template = template
        self.layouts = layouts
        self.children = children
        self.adults = adults
        self.sections = []
        self.prompts = []
        self.cur = None
        self.sdt_next = 4000 + int(name.split("-")[1]) * 100
        self.numid = None
        self.doc = Document()
        self._setup(author, title)

    # ---- document set-up -------------------------------------------------
    def _setup(self, author, title):
        d = self.doc
        st = d.styles
        set_style_font(st["Normal"], "Arial", 11)
        set_style_font(st["Heading 1"], "Arial", 14, RGBColor(0x1F, 0x38, 0x64))
        set_style_font(st["Heading 2"], "Arial", 12, RGBColor(0x1F, 0x38, 0x64))
        set_style_font(st["Heading 3"], "Arial", 11, RGBColor(0x40, 0x40, 0x40))
        set_style_font(st["Title"], "Arial", 20, RGBColor(0, 0, 0))
        pf = st["Normal"].paragraph_format
        pf.space_after = Pt(6)
        ph = st.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        cp = d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.created = FIXED_TIME
        cp.modified = FIXED_TIME
        cp.last_printed = FIXED_TIME
        cp.revision = 1

    def header_footer(self, marking="OFFICIAL-SENSITIVE", footer_marking=False):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp.add_run(marking)
        r.bold = True
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Page ")
        add_field(fp, "PAGE", "1")
        fp.add_run(" of ")
        add_field(fp, "NUMPAGES", "1")
        if footer_marking:
            p2 = sec.footer.add_paragraph()
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p2.add_run(marking).bold = True

    # ---- ground truth ----------------------------------------------------
    def start(self, heading, sid):
        self.cur = {"id": sid, "heading": heading, "has_text": False,
                    "starts_with": None}
        self.sections.append(self.cur)

    def note(self, text, starts_with=None):
        """Record author's own text in the current section."""
        if self.cur is None:
            raise RuntimeError("%s: author text outside a section: %r" % (self.name, text[:40]))
        if not self.cur["has_text"]:
            self.cur["has_text"] = True
            self.cur["starts_with"] = starts_with or first_words(text)

    def end(self):
        self.cur = None

    # ---- runs and paragraphs ----------------------------------------------
    def prompt_run(self, p, text):
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = GREY
        self.prompts.append(text)
        return r

    def items(self, box, items):
        """Write answer items. str = author's text; tuples:
        ('b', s) bullet, ('sub', s) bold sub-heading, ('h3', s) Heading 3
        sub-heading, ('u', s) underlined sub-heading, ('p', s) guidance prompt, ('ph', s) placeholder answer,
        ('i', s) author's text in italics (a quotation)."""
        for it in items:
            kind, s = ("t", it) if isinstance(it, str) else it
            p = box.par()
            if kind == "t":
                p.add_run(s)
                self.note(s)
            elif kind == "i":
                p.add_run(s).italic = True
                self.note(s)
            elif kind == "b":
                p._p.style = "ListBullet"
                p.add_run(s)
                self.note(s)
            elif kind == "sub":
                p.add_run(s).bold = True
            elif kind == "u":
                p.add_run(s).underline = True
            elif kind == "h3":
                p._p.style = "Heading3"
                p.add_run(s)
            elif kind == "p":
                self.prompt_run(p, s)
            elif kind == "ph":
                p.add_run(s)
            else:
                raise ValueError(kind)

    def body(self, *items):
        self.items(Box(self.doc), items)

    # ---- title block (never a section) -------------------------------------
    def title(self, text, size=16, centre=True):
        self.end()
        p = self.doc.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        return p

    def line(self, text, bold=False, italic=False, centre=False, grey=False, prompt=False):
        """A title-block or signature line, outside any section."""
        self.end()
        p = self.doc.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if prompt:
            self.prompt_run(p, text)
            return p
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if grey:
            r.font.color.rgb = GREY
        return p

    # ---- headings -----------------------------------------------------------
    def heading(self, text, sid, level=1, auto_number=False):
        p = self.doc.add_paragraph(style="Heading %d" % level)
        p.add_run(text)
        if auto_number:
            self.number(p)
        self.start(text, sid)
        return p

    def bold_heading(self, text, sid, auto_number=False, caps=False, size=None):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        if auto_number:
            self.number(p)
        self.start(text, sid)
        return p

    def run_in(self, label, sid, answer, bold=True, underline=False):
        """A heading run into its answer on the same line: 'Strengths: Nan...'."""
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(label)
        r.bold = bold
        r.underline = underline
        p.add_run(" " + answer)
        self.start(label, sid)
        self.note(answer)
        return p

    # ---- Word list numbering for auto-numbered headings -------------------
    def number(self, p):
        if self.numid is None:
            numbering = self.doc.part.numbering_part.element
            absn = parse_xml(
                '<w:abstractNum %s w:abstractNumId="71">'
                '<w:nsid w:val="5A1C0E71"/><w:multiLevelType w:val="singleLevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
                '</w:abstractNum>' % nsdecls("w"))
            first_num = numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(absn)
            else:
                numbering.append(absn)
            num = parse_xml('<w:num %s w:numId="71"><w:abstractNumId w:val="71"/></w:num>'
                            % nsdecls("w"))
            last_num = numbering.findall(qn("w:num"))[-1]
            last_num.addnext(num)
            self.numid = 71
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = self.numid

    # ---- tables --------------------------------------------------------------
    def table(self, widths):
        self.end()
        t = self.doc.add_table(rows=0, cols=len(widths))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        t._widths = widths
        return t

    def row(self, t):
        row = t.add_row()
        for c, w in zip(row.cells, t._widths):
            c.width = w
        return row

    def spanning_cell(self, t):
        row = self.row(t)
        cells = row.cells
        if len(cells) > 1:
            return cells[0].merge(cells[-1])
        return cells[0]

    def content_control(self, cell, alias, items=(), empty=False):
        """Answer inside a block-level rich-text content control in cell."""
        tc = cell._tc
        for p in list(tc.findall(qn("w:p"))):
            tc.remove(p)
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        for tagname, val in (("w:alias", alias), ("w:tag", alias.replace(" ", "_")[:60]),
                             ("w:id", str(self.sdt_next))):
            el = OxmlElement(tagname)
            el.set(qn("w:val"), val)
            pr.append(el)
        self.sdt_next += 1
        if empty:
            pr.append(OxmlElement("w:showingPlcHdr"))
        sdt.append(pr)
        content = OxmlElement("w:sdtContent")
        sdt.append(content)
        tc.append(sdt)
        if empty:
            p = new_par(content)
            r = p.add_run(PLACEHOLDER_TEXT)
            rpr = r._r.get_or_add_rPr()
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), "PlaceholderText")
            rpr.insert(0, rs)
        else:
            self.items(Box(content), items)

    def fill(self, cell, items, cc=None, empty=False):
        if cc:
            self.content_control(cell, cc, items, empty)
        else:
            self.items(Box(cell, cell.paragraphs[0]), items)

    def left_row(self, t, heading, sid, guidance=(), answer=(), cc=None, empty=False,
                 fill=SHADE):
        """Two-column form row: question + italic grey guidance in a shaded
        left cell, the answer in the right cell."""
        row = self.row(t)
        left, right = row.cells[0], row.cells[1]
        shade(left, fill)
        p = left.paragraphs[0]
        p.add_run(heading).bold = True
        for g in guidance:
            self.prompt_run(left.add_paragraph(), g)
        self.start(heading, sid)
        self.fill(right, answer, cc, empty)
        self.end()
        return row

    def group_row(self, t, heading, sid, fill=SHADE_GROUP, white=True, guidance=()):
        """A shaded row spanning the table that only groups the rows below."""
        cell = self.spanning_cell(t)
        shade(cell, fill)
        r = cell.paragraphs[0].add_run(heading)
        r.bold = True
        if white:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for g in guidance:
            self.prompt_run(cell.add_paragraph(), g)
        self.start(heading, sid)
        self.end()

    def head_row(self, t, heading, sid, guidance=(), answer=(), cc=None, empty=False,
                 fill=SHADE, answer_cells=None):
        """Shaded heading row spanning the table, answer in the row below.
        answer_cells: list of item-lists for a multi-cell answer row."""
        cell = self.spanning_cell(t)
        shade(cell, fill)
        cell.paragraphs[0].add_run(heading).bold = True
        for g in guidance:
            self.prompt_run(cell.add_paragraph(), g)
        self.start(heading, sid)
        if answer_cells is not None:
            row = self.row(t)
            for c, its in zip(row.cells, answer_cells):
                self.fill(c, its)
        else:
            acell = self.spanning_cell(t)
            self.fill(acell, answer, cc, empty)
        self.end()

    def data_table(self, header, rows, widths, sid=None, heading=None, font=9):
        """A table of data (family composition, key information). When heading
        is given the table is its own section; its starts_with is the first
        name in the table."""
        t = self.table(widths)
        hr = self.row(t)
        for c, text in zip(hr.cells, header):
            shade(c, SHADE)
            r = c.paragraphs[0].add_run(text)
            r.bold = True
            r.font.size = Pt(font)
        for values in rows:
            row = self.row(t)
            for c, text in zip(row.cells, values):
                r = c.paragraphs[0].add_run(text)
                r.font.size = Pt(font)
        if heading is not None:
            # the section was opened by the heading written just before
            self.cur = self.sections[-1]
            self.note(rows[0][0], starts_with=rows[0][0])
            self.end()
        self.doc.add_paragraph()
        return t

    # ---- output ---------------------------------------------------------------
    def save(self, outdir):
        path = os.path.join(outdir, self.name + ".docx")
        tmp = path + ".tmp"
        self.doc.save(tmp)
        with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, zin.read(info.filename))
        os.remove(tmp)
        with open(os.path.join(outdir, self.name + ".yaml"), "w", encoding="utf-8") as f:
            f.write(self.yaml())
        return path

    def yaml(self):
        q = lambda s: json.dumps(s, ensure_ascii=False)
        out = ["file: %s.docx" % self.name,
               "pdf: %s.pdf" % self.name,
               "template: %s" % self.template,
               "layouts: [%s]" % ", ".join(self.layouts),
               "children: [%s]" % ", ".join(q(c) for c in self.children),
               "adults: [%s]" % ", ".join(q(a) for a in self.adults),
               "sections:"]
        for s in self.sections:
            out.append("  - id: %s" % s["id"])
            out.append("    heading: %s" % q(s["heading"]))
            out.append("    has_text: %s" % ("true" if s["has_text"] else "false"))
            if s["has_text"]:
                out.append("    starts_with: %s" % q(s["starts_with"]))
        seen, prompts = set(), []
        for p in self.prompts:
            if p not in seen:
                seen.add(p)
                prompts.append(p)
        if prompts:
            out.append("prompts:")
            out.extend("  - %s" % q(p) for p in prompts)
        else:
            out.append("prompts: []")
        return "\n".join(out) + "\n"


W2 = lambda left, right: [Cm(left), Cm(right)]
FULL = Cm(17.0)

# ==========================================================================
# The reports. Sections are written in document order; the helper records
# each heading with its canonical id, whether the author wrote anything
# under it, and the first words of the author's own answer.
# ==========================================================================


# --------------------------------------------------------------------------
# final-01  LLR  health visitor; Word heading styles with typed numbers,
# prompts left in, Heading 3 sub-headings, header/footer
# --------------------------------------------------------------------------
def report_01():
    r = Report("final-01", "llr",
               ["heading-styles", "numbered-headings", "prompts-left-in", "author-subheadings",
                "child-name-heading", "header-footer"],
               children=["Lily-Mae Hartley", "Jacob Hartley"],
               adults=["Chantelle Hartley", "Ryan Doughty", "Karen Hartley"],
               author="Bethan Lloyd", title="Agency Report for Child Protection Conference")
    r.header_footer()
    r.title("Agency Report for Child Protection Conference", 18)
    r.line("Initial Child Protection Conference: Wednesday 19 March 2025, 10:00, County Hall, Glenfield",
           centre=True)

    r.heading("Report author and contact details", "author-details")
    r.body("Report written by Bethan Lloyd, Health Visitor, Charnwood 0-19 Healthy Together Team, "
           "Loughborough Family Hub. Telephone 0116 496 0732.",
           "Children: Lily-Mae Hartley (born 04/11/2020) and Jacob Hartley (born 22/08/2024), who live "
           "with their mother, Chantelle Hartley, in Shepshed. Report written on 14 March 2025.")

    r.heading("My involvement with the family", "agency-involvement")
    r.body("I have been the family's health visitor since Jacob's new birth visit on 5 September 2024. "
           "Before that, Lily-Mae was seen by my colleague Anita Patel for her two-year review in "
           "November 2022, which was done at home and raised no worries.",
           "Since September I have visited the home six times (5 September, 17 October and 28 November "
           "2024; 9 January, 6 February and 4 March 2025) and have seen Jacob twice at the baby clinic. "
           "Jacob's father, Ryan Doughty, was at home for three of these visits.",
           "I was asked to write this report after police went to the home on 22 February 2025, when a "
           "neighbour rang 999 about shouting and a loud bang.")

    r.heading("1. What is Working Well?", "working-well")
    r.body(("p", "What is working well should have real significance in relation to the child’s safety "
                 "and wellbeing. For example things parents do well in their care of the child."),
           ("p", "(N.B. Attendance at appointments without any context tells us very little)."),
           "Chantelle is warm and quick to respond to both children. On every visit I have seen her pick "
           "Jacob up when he cries, talk to him while she changes him and follow his cues at feeds. Jacob "
           "is growing well along the 50th centile (7.9 kg on 4 March 2025) and has had all his "
           "immunisations on time.",
           "Lily-Mae goes to Little Acorns Nursery four mornings a week. Chantelle walks her there, and the "
           "nursery manager, Jo Bexley, told me by phone on 10 March 2025 that Lily-Mae always arrives "
           "clean, fed and ready to play.",
           "Chantelle's mother, Karen Hartley, lives two streets away. After the incident on 22 February "
           "Chantelle took both children to stay with her for five nights, which kept them away from the "
           "arguments. Karen told me on 4 March that she will have the children at short notice 'any time "
           "Chantelle needs it'.")

    r.heading("2. What are We Worried About?", "worries")
    r.body(("p", "What are the behaviours / events / actions that place the child at risk of harm?"),
           "I have three worries, set out below with what I saw or was told and when.",
           ("h3", "Arguments between Chantelle and Ryan"),
           "On 22 February 2025 police were called to the home at 23:40. Chantelle told me on 24 February "
           "that Ryan came home after drinking, they argued about money and he punched the kitchen door, "
           "which is now split. Lily-Mae was awake and officers found her sitting on the stairs. Chantelle "
           "said this was the third argument 'like that' since Christmas.",
           "On my visit on 6 February I saw a bruise on Chantelle's left upper arm. She said she had walked "
           "into the door frame. I gave her the number of the local domestic abuse service and recorded "
           "this in my notes.",
           ("h3", "Jacob's sleeping arrangements"),
           "On 9 January and again on 4 March I saw Jacob asleep on the sofa between cushions while Ryan "
           "was also asleep on it. Chantelle said they do this when Jacob is unsettled at night. A baby "
           "sleeping on a sofa with an adult is at much greater risk of sudden infant death. I went "
           "through safer sleep advice with both parents each time.",
           ("h3", "How this is affecting Lily-Mae"),
           "Nursery tell me that since late February Lily-Mae has started wetting herself again and hides "
           "under the table in the home corner when other children shout. Young children who see and hear "
           "violence at home often become anxious and unsettled, and this is what nursery are seeing.",
           "Ryan was not at home for my last two visits, so I have not been able to talk to him about "
           "these worries. The family are also two months behind with their rent and Chantelle says money "
           "is what most of the arguments are about.")

    r.heading("What I have seen and heard from Lily-Mae and Jacob", "child-views")
    r.body("Lily-Mae is four and very chatty. On 4 March she showed me a drawing of her family, with "
           "Jacob and Mummy inside the house and Ryan outside it. When I asked about it she said, 'Ryan "
           "shouted and the door broke. I was on the stairs.' She then went back to her dolls and said, "
           "'Nanny's house is quiet.'",
           "Jacob is six months old. He smiles and babbles when his mum talks to him and turns to her "
           "voice. When a door banged during my visit on 4 March he startled and cried, and took a few "
           "minutes to settle in Chantelle's arms.")

    r.heading("3. What Needs to Happen?", "needs-to-happen")
    r.body(("p", "Please be specific and clearly state timescales."),
           ("b", "Jacob to sleep in his own cot for every sleep, day and night, from now on. I will check "
                 "where he sleeps at every visit and give Ryan the safer sleep leaflet in person by 31 March "
                 "2025."),
           ("b", "With Chantelle's agreement I will refer her to the local domestic abuse service at my "
                 "next visit on 25 March 2025."),
           ("b", "The social worker, Farah Iqbal, to talk with Ryan about support with his drinking before "
                 "the first core group meeting."),
           ("b", "I will visit every two weeks until the review conference and tell the social worker on "
                 "the same day about any new worry."),
           ("b", "Nursery to keep a record of Lily-Mae's wetting and hiding and bring it to each core group "
                 "meeting."))

    r.heading("Sharing this report", "sharing")
    r.body("I read this report with Chantelle at home on 14 March 2025. She agreed with most of it but "
           "wants the conference to know that Ryan 'has never hurt the kids'. Ryan was not at home, so I "
           "posted him a copy on 14 March and asked him to ring me.")

    r.line("")
    r.line("Signed: Bethan Lloyd, Health Visitor          Date: 14 March 2025")
    return r


# --------------------------------------------------------------------------
# final-02  Portsmouth  GP; bold headings with typed "1)" numbers, key
# information table, prompts left in, a heading with the children's names
# --------------------------------------------------------------------------
def report_02():
    r = Report("final-02", "portsmouth",
               ["bold-headings", "numbered-headings", "family-table", "prompts-left-in",
                "child-name-heading"],
               children=["Noah Clarke", "Evie Clarke"],
               adults=["Shannon Clarke", "Kieran Moss", "Denise Clarke"],
               author="Dr Priya Raman", title="Report for Initial Child Protection Conference")
    r.title("Portsmouth Safeguarding Children Partnership", 12)
    r.title("Multi-Agency Report for Initial Child Protection Conference", 15)
    r.line("Conference date: 9 April 2025        Report author: Dr Priya Raman, GP, Eastney Road Surgery",
           centre=True)

    r.bold_heading("Key Information", "key-information", size=12)
    r.body(("p", "Details of children living in the household should be entered here (including any "
                 "unborn children and their expected date of delivery if known)."))
    r.data_table(["Name", "Date of birth", "Relationship", "Lives at", "GP"],
                 [["Noah Clarke", "14/01/2022", "Son of Shannon and Kieran", "Flat 3, 27 Highland Road, Southsea", "Eastney Road Surgery"],
                  ["Evie Clarke", "20/01/2025", "Daughter of Shannon and Kieran", "Flat 3, 27 Highland Road, Southsea", "Eastney Road Surgery"],
                  ["Shannon Clarke", "02/05/2005", "Mother", "Flat 3, 27 Highland Road, Southsea", "Eastney Road Surgery"],
                  ["Kieran Moss", "11/10/2002", "Father", "Flat 3, 27 Highland Road, Southsea", "Not registered with us"],
                  ["Denise Clarke", "30/07/1981", "Maternal grandmother", "14 Tangier Road, Copnor", "Eastney Road Surgery"]],
                 [Cm(3.2), Cm(2.4), Cm(3.8), Cm(4.6), Cm(3.0)], sid="key-information",
                 heading="Key Information")

    r.bold_heading("1) Details of service involvement", "agency-involvement")
    r.body(("p", "Details of key events and actions should be recorded here. Any chronology should be a "
                 "brief overview of significant events in a child's life."),
           "I am the named GP for Shannon, Noah and Evie and have known Shannon since she registered with "
           "the practice as a teenager in 2019. Kieran is not registered with us, so my information about "
           "him comes from Shannon and from what I saw when he came to appointments with her.",
           "Key events:",
           ("b", "28/10/2024: antenatal check with the practice nurse. Shannon said she was 'fine' but "
                 "scored 16 on the depression questionnaire. I saw her on 31/10/2024 and referred her to "
                 "Talking Therapies; she did not book the first session."),
           ("b", "12/12/2024 and 06/02/2025: Noah did not attend his 3-year booster immunisations. Two "
                 "letters were sent."),
           ("b", "17/03/2025: Shannon brought Evie (8 weeks old) to me with a cold. I saw a bruise about "
                 "1 cm across on Evie's left cheek. Shannon said Noah had poked Evie with a toy car. Because "
                 "Evie cannot roll or crawl, I followed the bruising protocol for non-mobile babies and sent "
                 "her to Queen Alexandra Hospital the same afternoon and told Children's Social Care."),
           ("b", "18/03/2025: the hospital child protection medical found no other injuries; the "
                 "paediatrician recorded the cause of the bruise as 'unexplained'."))

    r.bold_heading("2) Noah and Evie's health and development", "health-development")
    r.body("Evie was born at 39 weeks weighing 3.1 kg. She has gained weight steadily and was 4.6 kg on "
           "17 March 2025. Apart from the bruise she was clean, alert and well cared for, and she smiled "
           "at Shannon during the examination.",
           "Noah is three. He has had his baby immunisations but is behind with his pre-school booster. "
           "At his last appointment, on 2 January 2025 for an ear infection, I noticed decay on four of "
           "his top front teeth. Shannon said he goes to bed with a bottle of squash. He has not been "
           "seen by a dentist. His speech is behind what I would expect at his age: he used two-word "
           "phrases with me, such as 'car gone', and Shannon said strangers find him hard to understand.")

    r.bold_heading("3) Information and knowledge of the capacity of the parents/carers to safeguard and "
                   "promote the child's welfare", "parenting-capacity")
    r.body(("p", "It is important to comment on parental strengths as well as any difficulties they may be "
                 "experiencing."),
           "Shannon is 19 and clearly loves her children. She noticed Evie's cold quickly and brought her "
           "in the same day, and she held and fed Evie gently throughout the appointment. She has always "
           "brought the children to me when they are unwell.",
           "Shannon has had low mood since the middle of her pregnancy and told me on 17 March that she "
           "sleeps 'most of the afternoon' when Kieran is home. She said Kieran smokes cannabis in the flat "
           "most evenings and that he 'does the nights' with Evie. I have not been able to talk to Kieran "
           "about this. Routine health care for Noah, such as immunisations and the dentist, has slipped "
           "since Evie was born.")

    r.bold_heading("4) Wider family, housing and money", "family-environment")
    r.body("The family live in a one-bedroom privately rented flat on the second floor, so both children "
           "sleep in their parents' room. Shannon told me that Kieran lost his job at a warehouse in "
           "February and that they are living on Universal Credit.",
           "Shannon's mother, Denise Clarke, lives in Copnor and came to the surgery with Shannon on "
           "17 March. Denise told me she sees the children 'a couple of times a week' and would like to "
           "help more, but that she and Kieran 'don't get on'.")

    r.bold_heading("5) Analysis of implications for the child's future safety, health and development",
                   "analysis")
    r.body("Evie had an unexplained bruise at eight weeks old. A bruise on a baby who cannot move herself "
           "is rare and can be a sign that she has been hurt by an adult; it must be taken seriously even "
           "though there is no other injury. Noah's health needs (dental decay, missed immunisations, "
           "delayed speech) show that his day-to-day care has slipped since Evie was born.",
           "Shannon's low mood is untreated and she is sleeping during the day, which leaves Kieran to care "
           "for a young baby at night while, by Shannon's account, using cannabis. I do not know how well "
           "Kieran copes because I have not met him on his own. What would help is treatment for "
           "Shannon's mood, a dental and speech check for Noah, and a clear plan for who looks after Evie "
           "at night.")

    r.bold_heading("What Shannon and Kieran think", "parent-views")
    r.body("I went through this report with Shannon by phone on 4 April 2025. She agrees that her mood "
           "has been low and asked me to refer her again to Talking Therapies, which I did the same day. "
           "She disagrees that Evie's bruise was caused by an adult and says she saw Noah hit Evie with "
           "his car. Kieran did not come to the phone and has not given his views.")

    r.bold_heading("Child(ren)'s Views", "child-views")
    r.body("Evie is too young to give her views. During the appointment on 17 March she fed well and "
           "settled quickly when Shannon held her against her shoulder. Noah came with them; he played "
           "with the toy garage in my room, brought me a car and said 'Evie cry, Noah sorry'.")

    r.line("")
    r.line("Dr Priya Raman, General Practitioner, Eastney Road Surgery. 4 April 2025")
    return r


# --------------------------------------------------------------------------
# final-03  generic  IDVA; own headings in Heading styles, Heading 3
# sub-headings, heading with the children's names, header/footer
# --------------------------------------------------------------------------
def report_03():
    r = Report("final-03", "generic",
               ["heading-styles", "author-subheadings", "child-name-heading", "header-footer"],
               children=["Leo Marsden", "Ella Marsden"],
               adults=["Kirsty Marsden", "Shane Marsden", "Lorraine Tate"],
               author="Nadia Hussain", title="Report to Child Protection Conference")
    r.header_footer(footer_marking=True)
    r.title("Safer Together Domestic Abuse Service", 12)
    r.title("Report to Child Protection Conference", 16)
    r.line("Leo Marsden (10) and Ella Marsden (7). Initial conference, 30 January 2025.", centre=True)
    r.line("Written by Nadia Hussain, Independent Domestic Violence Adviser (IDVA), 27 January 2025.",
           centre=True)

    r.heading("How I have been involved with the family", "agency-involvement", level=2)
    r.body("I am an Independent Domestic Violence Adviser. My job is to support adults who are at high "
           "risk of serious harm from a partner or ex-partner. Kirsty Marsden was referred to me by "
           "Northfield Police on 15 January 2025, the day after her husband, Shane Marsden, was arrested. I have "
           "met Kirsty three times (16, 20 and 24 January 2025), twice at our office and once at her "
           "mother's house, and have spoken to her by phone most days. I met Leo and Ella briefly at their "
           "grandmother's house on 24 January.",
           "I work with Kirsty, not with Shane. What I know about Shane comes from Kirsty, from the police "
           "and from the Multi-Agency Risk Assessment Conference (MARAC) held on 22 January 2025.")

    r.heading("Concerns", "worries", level=2)
    r.body("Kirsty has told me about abuse going back at least four years. Two things worry me most for "
           "the children.",
           ("h3", "Incident on 14 January 2025"),
           "Kirsty told me that on the evening of 14 January Shane accused her of messaging another man. "
           "He took her phone, threw it at the wall and then held her against the fridge by her throat. "
           "Leo was in the kitchen doorway. Kirsty said Leo shouted 'Get off her!' and ran to the "
           "neighbour's house, and the neighbour rang the police. Officers saw red marks on Kirsty's neck. "
           "Shane was arrested and is on bail not to contact Kirsty or go to the house until 20 February.",
           "Strangulation is one of the strongest warning signs that someone may go on to seriously hurt "
           "or kill their partner. Leo saw it happen. Both children now know that their dad can hurt "
           "their mum badly.",
           ("h3", "Control over money and contact"),
           "Kirsty says Shane has kept her bank card since 2021 and gives her £40 a week for food for the "
           "four of them. She was not allowed to see her mother without him. She thinks the children "
           "have grown up believing this is normal: Ella once told her 'Daddy is the boss of the money'.",
           "Kirsty says Shane has texted her six times since his bail started, using a friend's phone. "
           "She has shown me the messages and I have passed them to the officer in the case, PC Joe "
           "Trainor. One says 'you'll regret this when I'm back'.")

    r.heading("Protective factors", "working-well", level=2)
    r.body("Kirsty acted to protect the children as soon as Shane was arrested. She moved with them to her "
           "mother's house the same night and has kept them there, and she has agreed that the children "
           "will not have any contact with Shane until the social worker and the court say it is safe.",
           "Kirsty's mother, Lorraine Tate, has a spare room for the children, takes them to school every "
           "day and has changed her locks. Leo's school know about the bail conditions and will not let "
           "anyone but Kirsty or Lorraine collect him or Ella.",
           "Kirsty has been honest with me about what has happened, including things she had never told "
           "anyone before, and she has kept every message from Shane as evidence.")

    r.heading("What Leo and Ella have told me", "child-views", level=2)
    r.body("I spoke to the children with Kirsty in the room on 24 January at their grandmother's house. "
           "Leo was quiet at first. When I asked what it is like staying at Nan's he said, 'It's better. "
           "Nobody's shouting. But I have to share with Ella.' He asked me whether his dad would go to "
           "prison and said, 'I don't want him to be sad, but I don't want him to come back yet.'",
           "Ella drew a picture of Nan's house with a big sun and said it was 'the happy house'. She said "
           "she misses her bedroom and her rabbit, Biscuit, who is still at the family home. Kirsty's "
           "neighbour is feeding him.",
           "Leo's school have told Kirsty that he has been in two fights in the playground since "
           "Christmas. Kirsty thinks he is 'angry at everyone' since the night of 14 January.")

    r.heading("Kirsty's views", "parent-views", level=2)
    r.body("Kirsty has read this report with me and agrees with it. She says: 'I want the kids to feel "
           "safe in their own house again. I know I stayed too long and I'm ashamed of that, but I'm "
           "not going back.' She would like help for Leo because she does not know how to talk to him "
           "about what he saw.")

    r.heading("What I think needs to happen next", "needs-to-happen", level=2)
    r.body(("b", "I will help Kirsty apply for a non-molestation order by 7 February 2025, so that she is "
                 "protected when Shane's bail ends on 20 February."),
           ("b", "Police (PC Trainor) to review the breaches of bail by 31 January 2025."),
           ("b", "The social worker to arrange direct work for Leo about what he saw, and ask school for "
                 "their support, before the first core group meeting."),
           ("b", "Kirsty to be offered a place on the Freedom Programme starting in March 2025; I will "
                 "make the referral by 14 February."),
           ("b", "I will stay involved while the risk remains high and give a written update to each core "
                 "group meeting."))

    r.heading("Safety scale", "scaling", level=2)
    r.body("On a scale where 0 means the children are certain to be hurt again and 10 means everyone is "
           "confident they are safe, I would put both Leo and Ella at 4. They are safer at their "
           "grandmother's house and Kirsty is protecting them, but Shane has already broken his bail "
           "conditions and the most dangerous time for Kirsty is now, after she has left him. To move to "
           "a 6 I would need to see a non-molestation order in place and no further contact from Shane "
           "for at least a month.")

    r.heading("Recommendation to conference", "recommendation", level=2)
    r.body("I believe Leo and Ella have suffered emotional harm from living with domestic abuse and are "
           "likely to suffer more if Shane continues to contact Kirsty. I recommend that both children "
           "are made subject to a Child Protection Plan under the category of emotional abuse.")
    r.line("")
    r.line("Nadia Hussain, IDVA, Safer Together Domestic Abuse Service. Tel 023 9649 6011")
    return r


# --------------------------------------------------------------------------
# final-04  norfolk-sos  primary school DSL; two-column form table with the
# question and italic grey guidance in a shaded left cell, a grouping row
# over past/current harm/complicating factors, a long answer crossing the
# page break, header/footer
# --------------------------------------------------------------------------
def report_04():
    r = Report("final-04", "norfolk-sos",
               ["form-table-left", "grouping-row", "prompts-left-in", "page-break-in-table",
                "header-footer", "child-name-heading"],
               children=["Harvey Bennett", "Isla Bennett"],
               adults=["Joanne Bennett", "Craig Bennett", "Maureen Bennett"],
               author="Rachel Southgate", title="Multi-Agency Report to Child Protection Conference")
    r.header_footer()
    r.title("Norfolk Safeguarding Children Partnership", 11)
    r.title("Multi-Agency Report to Child Protection Conference", 15)
    r.line("Initial Child Protection Conference: 24 April 2025", centre=True)

    t = r.table(W2(5.6, 11.4))
    r.left_row(t, "Name, role and agency of report author", "author-details",
               answer=["Rachel Southgate, Deputy Headteacher and Designated Safeguarding Lead, "
                       "Cringleford Fields Primary School. Tel 01632 960 418. Report written 16 April 2025."])
    r.left_row(t, "Child(ren) this report is about", "key-information",
               answer=["Harvey Bennett, born 12/06/2016, Year 4 (class teacher Mr Ali Rahman)",
                       "Isla Bennett, born 03/09/2019, Reception (class teacher Mrs Gemma Lowe)"])
    r.left_row(t, "Overview of your agency’s involvement with child/family", "agency-involvement",
               guidance=["Type of service offered by your agency (brief overview)",
                         "First time the family became known to your service.",
                         "Why are you involved with the family currently?"],
               answer=["Harvey and Isla live with their mum, Joanne Bennett, and their dad, Craig Bennett. "
                       "Harvey has been at Cringleford Fields since Reception in September 2020 and Isla "
                       "joined Reception in September 2024. As a school we teach both children every day "
                       "in term time and run a breakfast club and after-school club.",
                       "The family first came to my attention as DSL in November 2021, when Harvey (then in "
                       "Year 1) often arrived hungry and in dirty clothes; a Child in Need plan was in place "
                       "from January to October 2022.",
                       "I am involved now because Harvey came into school on 7 April 2025 with a bruise on "
                       "his face and told his teacher his dad had slapped him. I made a referral to the "
                       "Children's Advice and Duty Service (CADS) the same morning."])
    r.group_row(t, "What are we worried about now?", "worries")
    r.left_row(t, "Past Harm", "past-harm",
               guidance=["Information about past harm/danger that has occurred for the child, their "
                         "siblings or their parents/carers which could increase the risk of harm currently."],
               fill=SHADE_SUB,
               answer=["In 2021-22 Harvey's needs were not being met at home: over one term he came to "
                       "school without breakfast on 23 days, had head lice for weeks at a time and missed "
                       "14% of sessions. The Child in Need plan closed in October 2022 when things had "
                       "improved.",
                       "Mrs Bennett told me in 2022 that Mr Bennett received a police caution in 2020 for "
                       "assaulting a man outside a pub. I do not know of any other violence."])
    r.left_row(t, "Current Harm and Impact", "current-harm",
               guidance=["The Risks that are harmful or pose a risk of significant harm to the child "
                         "currently."],
               fill=SHADE_SUB,
               answer=["The main worry is that Harvey is being physically hurt at home and that both "
                       "children's basic care has slipped back to how it was in 2021. The incidents below "
                       "are taken from our safeguarding records.",
                       ("sub", "Harvey"),
                       "7 April 2025, 08:50: Mr Rahman saw a red and purple mark about 5 cm long on Harvey's "
                       "left cheek, with three lines that looked like fingers. Harvey said: 'Dad slapped me "
                       "because I wouldn't get off the Xbox. He said I was taking the mick.' I saw the mark "
                       "at 09:05 and recorded it on a body map. Harvey was seen by a paediatrician at the "
                       "Norfolk and Norwich Hospital that afternoon, who said the mark fitted a slap with an "
                       "open hand.",
                       "Since Easter Harvey has been quick to anger in class. On 9 April he threw a chair "
                       "when he lost a game of rounders, and on 11 April he told a lunchtime supervisor 'I "
                       "don't care if I get hit, I'm used to it.' He has also started asking to stay in at "
                       "break time with Mrs Okonkwo, our learning mentor, rather than go out to play, which "
                       "is new for him. Mrs Okonkwo says he has asked her twice whether 'you get taken away "
                       "if you tell'.",
                       "Harvey's attendance this year is 88.2%, and 11 of his 19 absences were on Mondays. "
                       "When he comes back on a Tuesday he is often very tired and hungry, and twice "
                       "(24 March and 31 March) he told staff he had been 'up really late on the Xbox'.",
                       ("sub", "Isla"),
                       "Isla has come to school without a coat on 9 of the 14 cold or wet days this term. "
                       "On 3, 10 and 14 April she ate two bowls of cereal at breakfast club and asked for "
                       "toast to take to class. Her Reception teacher, Mrs Lowe, says her clothes are often "
                       "too small and that she has had head lice since February despite three letters home.",
                       "Isla's speech is behind what we would expect for her age. She was referred to "
                       "speech and language therapy in November 2024, but the appointment on 6 February "
                       "2025 was missed and has not been rebooked. Mrs Lowe says Isla often covers her ears "
                       "and hides under the role-play table when the class gets noisy.",
                       ("sub", "Both children"),
                       "Both children are often collected late from after-school club. On four occasions "
                       "since January (13 January, 3 February, 10 March and 7 April) no one had arrived by "
                       "6 pm closing and staff had to phone several times. On 10 March Mr Bennett arrived at "
                       "6:40 pm, smelling strongly of alcohol, and shouted at the club leader in front of "
                       "both children. Isla cried and Harvey said quietly, 'Please don't tell Mum.'",
                       "The impact on Harvey is that he is frightened of his dad, angry at school and "
                       "starting to believe that being hit is normal. The impact on Isla is that she is often "
                       "hungry and cold, her speech is not getting the help it needs, and she is unsettled "
                       "by noise and shouting."])
    r.left_row(t, "Complicating factors", "complicating-factors",
               guidance=["Things that make life more difficult or complicated ie. adult behaviours, "
                         "special needs, diversity, language differences etc…"],
               fill=SHADE_SUB,
               answer=["Mrs Bennett told me on 8 April that she has been 'really down' since losing her job "
                       "in January and is on antidepressants from her GP. Mr Bennett works night shifts at "
                       "a food factory four nights a week and sleeps during the day, so mornings are "
                       "difficult. Mrs Bennett said they have debts from Mr Bennett's online betting and "
                       "that the electricity meter has run out twice this month."])
    r.left_row(t, "What will happen to Harvey and Isla if nothing changes?", "impact",
               answer=["If nothing changes I think Harvey is likely to be hit again, and could be hurt more "
                       "badly as he gets older and answers back. His anger in school is already affecting "
                       "his learning and friendships, and he could end up excluded. Isla is likely to stay "
                       "hungry, cold and unwell with head lice, and her speech delay may become a lasting "
                       "difficulty that holds back her reading and her confidence."])
    r.left_row(t, "What is working well for the child that reduces the risks and increases the child’s "
                  "safety and resilience?", "working-well",
               guidance=["Identify family strengths and safe behaviours (Include strengths within the "
                         "wider family network which increases safety)."],
               answer=["Since 8 April Mrs Bennett has walked both children to school every day and brought "
                       "them to breakfast club by 8:00. She told me she has asked Mr Bennett to leave the "
                       "room when he is angry with Harvey, and Harvey told Mrs Okonkwo on 15 April that "
                       "'Mum sent Dad to the garage to calm down' during an argument at the weekend.",
                       "Harvey's paternal grandmother, Maureen Bennett, collects both children from "
                       "after-school club on Tuesdays and Thursdays and has them for tea. Those are the days "
                       "Harvey is most settled in class on the following morning.",
                       "Harvey is good at football and is proud of being picked for the school team. Isla "
                       "has a close friend in class and loves the book corner."])
    r.left_row(t, "What school can offer", "agency-offer",
               guidance=["Identify the risks, briefly describe what you would expect to see when a child "
                         "is safe and not at risk of harm and the identified action that your agency can "
                         "offer."],
               answer=[("b", "Free breakfast club place for both children every day, from now on (Mrs "
                             "Southgate)."),
                       ("b", "Weekly ELSA (emotional literacy) sessions for Harvey with Mrs Okonkwo from "
                             "28 April 2025 for 12 weeks."),
                       ("b", "Spare uniform and coats for both children; head lice treatment pack sent "
                             "home and checked by Mrs Lowe weekly."),
                       ("b", "I will rebook Isla's speech and language appointment with the family by "
                             "2 May 2025 and offer to go with Mrs Bennett."),
                       ("b", "Any new mark, disclosure or late collection reported to the social worker on "
                             "the same day.")])
    r.left_row(t, "Child/young person’s views on their situation and on the report.", "child-views",
               guidance=["*Please ensure you have the child’s permission to share their views with "
                         "parent/carers and with conference members."],
               answer=["I met Harvey on 15 April with Mrs Okonkwo and used the Three Houses. In his 'house "
                       "of worries' he drew the Xbox and wrote 'Dad shouting'. In his 'house of good things' "
                       "he drew Nanny Mo's house and football. In his 'house of dreams' he wrote 'Dad is not "
                       "angry and we go to the beach'. He said I could share this with conference and with "
                       "his mum, but asked me not to show his dad 'in case he gets mad'.",
                       "Isla told Mrs Lowe on 14 April, 'Daddy shouts loud. I go under my covers.' She "
                       "said she likes school 'because there's toast'."])
    r.left_row(t, "What Mum and Dad think", "parent-views",
               answer=["I shared this report with Mrs Bennett on 16 April. She agreed with it and said, "
                       "'I know things have got on top of us again.' Mr Bennett read it with her and says "
                       "he gave Harvey 'a tap, not a slap' and that school 'are making it into something it "
                       "isn't'. He agreed he was late on 10 March and said he had had 'a couple' after work."])
    r.left_row(t, "Safety scale (0-10) for each child, with reasons", "scaling",
               answer=["Harvey: 3. He has been hit hard enough to leave a mark, he has said he is 'used to "
                       "it', and Mr Bennett does not accept what happened. Mrs Bennett's recent actions are "
                       "what keep the score above 2.",
                       "Isla: 4. She has not been physically hurt as far as we know, but she is often "
                       "hungry and cold, her speech therapy has been missed and she is frightened by "
                       "shouting at home."])
    r.left_row(t, "Recommendation: is the threshold for a Child Protection Plan met?", "recommendation",
               answer=["Harvey: yes. I believe the threshold is met under physical abuse, because he has "
                       "been slapped hard enough to bruise and further harm is likely while his dad denies "
                       "it.",
                       "Isla: yes, under neglect. Her needs could perhaps be met under a Child in Need plan "
                       "on their own, but she lives in the same home, and a joint plan would make sure her "
                       "food, clothing and speech therapy are checked as well."])
    r.line("")
    r.line("Signature: R. Southgate                    Date: 16 April 2025")
    return r

# --------------------------------------------------------------------------
# final-05  lincolnshire  school nurse; bold headings, headings run into
# their answers ("Strengths: Nan collects..."), a heading with the child's name
# --------------------------------------------------------------------------
def report_05():
    r = Report("final-05", "lincolnshire",
               ["bold-headings", "run-in-headings", "child-name-heading"],
               children=["Jessica Marsh"],
               adults=["Tracy Marsh", "Lee Fenwick", "Pauline Marsh"],
               author="Claire Donnelly", title="Multi-Agency Report to Child Protection Conference")
    r.title("Lincolnshire Safeguarding Children Partnership", 11)
    r.title("Multi-Agency Report to Child Protection Conference", 15)
    r.line("Child: Jessica Marsh, born 21/07/2011        Initial conference: 3 April 2025", centre=True)

    r.run_in("Report by:", "author-details",
             "Claire Donnelly, School Nurse, Lincolnshire 0-19 Health Service, based at Witham Vale "
             "Academy, Boston. Written 27 March 2025.")

    r.bold_heading("How I know Jessica", "agency-involvement")
    r.body("I have been the school nurse for Witham Vale Academy since September 2023. Jessica first came "
           "to see me at my Tuesday drop-in in October 2024 about headaches and not sleeping. Since then "
           "she has seen me seven times, most recently on 25 March 2025. I have met her mum, Tracy Marsh, "
           "once, at a meeting in school on 13 March.")

    r.bold_heading("What are we worried about?", "worries")
    r.body("On 10 March 2025 Jessica came to the drop-in and asked to speak to me on her own. She said "
           "that on the evening of Saturday 8 March her mum's partner, Lee Fenwick, hit her with his belt "
           "because she had come home at 9:30 pm instead of 9 pm. She showed me three red and purple marks "
           "across the back of both thighs, each about 10 cm long. She said, 'He's done it before, but "
           "never this bad.' I recorded the marks on a body map and rang Children's Services at 12:15.",
           "Jessica also showed me healing cuts on her left forearm. She told me she started cutting "
           "herself in December 'when it all gets too much at home' and that she does it in the bathroom "
           "because it is the only room with a lock. The cuts were shallow and did not need treatment.",
           "Jessica says her mum does not believe her about the belt. At the school meeting on 13 March "
           "Tracy said Jessica 'makes things up to get attention'. Jessica is now frightened to go home on "
           "the nights Lee is there. Until the strategy meeting on 11 March she was sleeping at home with "
           "no safety plan in place.")

    r.bold_heading("Complicating factors", "complicating-factors")
    r.body("Jessica has ADHD and takes medication, which she says she often forgets because no one "
           "reminds her at home. Her mum told school that she drinks 'a bottle of wine most nights' to "
           "cope with her back pain. Jessica told me Lee smokes cannabis in the garden and that there are "
           "arguments about money most weekends.")

    r.run_in("Strengths:", "working-well",
             "Nan collects Jessica from school every Tuesday and Thursday, and since 11 March Jessica has "
             "been staying at Nan's house on Friday and Saturday nights, which are the nights Lee is at the "
             "family home. Jessica's grandmother, Pauline Marsh, has told the social worker she will keep "
             "doing this for as long as it is needed.")
    r.body("Jessica has a good friendship group and a trusted adult in school, her form tutor Mr Evans, "
           "and she chose to tell us about the belt herself. She has come to every drop-in appointment we "
           "have booked and has started using the 'Calm Harm' app we looked at together instead of cutting "
           "when she feels overwhelmed; she says she has not cut since 14 March.")

    r.bold_heading("What Jessica says", "child-views")
    r.body("Jessica said I could share her words with the conference. On 25 March she told me: 'I love my "
           "mum but I don't feel safe when Lee's there. I just want Mum to believe me.' When I asked what "
           "would make things better she said, 'If Lee didn't live with us, or if I could stay at Nan's "
           "more.' She said she wants to go to the conference for the first part but does not want to be "
           "in the room with Lee.")

    r.bold_heading("What needs to happen?", "needs-to-happen")
    r.body(("b", "Jessica should not be at home overnight when Lee is there until the conference has agreed "
                 "a safety plan. Tracy and Pauline to agree the weekly arrangements with the social worker, "
                 "starting now."),
           ("b", "I will see Jessica weekly at the drop-in, check her arms with her agreement, and refer "
                 "her to the Healthy Minds service by 4 April 2025."),
           ("b", "Tracy to be offered support from the alcohol service and help to understand how Lee's "
                 "behaviour is affecting Jessica; the social worker to discuss this with her by the first "
                 "core group."),
           ("b", "School to make sure Jessica's ADHD medication is given in school from 7 April, and to "
                 "tell the social worker the same day if she is absent without a reason."))

    r.bold_heading("Do I think Jessica needs a Child Protection Plan?", "recommendation")
    r.body("Yes. Jessica has been hit with a belt hard enough to leave bruising and says it has happened "
           "before. Her mum does not yet believe her, so she is not protected at home when Lee is there. "
           "I believe a Child Protection Plan is needed under the category of physical abuse.")

    r.line("")
    r.line("Claire Donnelly, School Nurse                                        27 March 2025")
    return r


# --------------------------------------------------------------------------
# final-06  norfolk-education  primary school; the education pro-forma:
# label cells with the answer typed after the label, family composition
# tables, a yes/no table, shaded heading rows with guidance and the answer in
# a content control in the row below (one empty), header/footer
# --------------------------------------------------------------------------
def report_06():
    r = Report("final-06", "norfolk-education",
               ["run-in-headings", "family-table", "heading-row-table", "content-controls",
                "empty-content-control", "prompts-left-in", "page-break-in-table", "header-footer"],
               children=["Kai Thompson", "Maisie Reid"],
               adults=["Danielle Thompson", "Jordan Reid"],
               author="Hannah Greaves", title="Education Report to a Child Protection Conference")
    r.header_footer()
    r.title("Education Report to a Child Protection Conference", 15)
    r.line("A COPY OF THIS FORM MUST BE RETAINED SECURELY IN THE CHILD’S CP RECORDS", centre=True,
           prompt=True)
    r.line("This report should not be used for any purpose other than that for which it was written "
           "without the permission of the author or their line manager.", prompt=True)

    # the pro-forma's first table: each cell is a label with its answer after it
    t = r.table(W2(10.0, 7.0))
    row = r.row(t)
    p = row.cells[0].paragraphs[0]
    p.add_run("Name and Position of Report Author:").bold = True
    p.add_run(" Miss Hannah Greaves, Headteacher and Designated Safeguarding Lead")
    r.start("Name and Position of Report Author:", "author-details")
    r.note("Miss Hannah Greaves, Headteacher and Designated Safeguarding Lead")
    p = row.cells[1].paragraphs[0]
    p.add_run("Date:").bold = True
    p.add_run(" 2 June 2025")
    row = r.row(t)
    p = row.cells[0].paragraphs[0]
    p.add_run("Full Name of Child(ren):").bold = True
    p.add_run(" Kai Thompson")
    r.start("Full Name of Child(ren):", "key-information")
    r.note("Kai Thompson", starts_with="Kai Thompson")
    p = row.cells[1].paragraphs[0]
    p.add_run("Date(s) of Birth:").bold = True
    p.add_run(" 19/02/2018")
    c = r.spanning_cell(t)
    p = c.paragraphs[0]
    p.add_run("School or Educational Provision:").bold = True
    p.add_run(" Thorpe Marriott Infant School, Year 2 (Maisie attends our Nursery class)")
    r.end()
    r.doc.add_paragraph()

    t = r.table([FULL])
    r.head_row(t, "Who have you consulted with in the production of this report?", "consultation",
               cc="Consulted",
               answer=["Mrs Sophie Lang (Kai's class teacher), Mr Raj Mistry (SENCo), Mrs Pat Green "
                       "(family support worker in school), Mrs Alison Burke (Nursery teacher, for Maisie) and "
                       "our attendance officer, Mrs Carol Fisher. I also spoke with the allocated social "
                       "worker, Ben Whitlock, on 28 May 2025."])
    r.doc.add_paragraph()

    r.bold_heading("FAMILY COMPOSITION - Adults", "family-composition")
    r.data_table(["Name", "DOB", "Address & Tel. No.", "Relationship to child(ren)",
                  "Parental Responsibility Yes/No", "Ethnicity", "First Language"],
                 [["Danielle Thompson", "05/12/1995", "9 Larch Close, Taverham, 01632 960 552",
                   "Mother of Kai and Maisie", "Yes", "White British", "English"],
                  ["Jordan Reid", "17/08/1993", "9 Larch Close, Taverham, 01632 960 553",
                   "Father of Maisie; Kai's stepfather", "Yes (Maisie) / No (Kai)", "Mixed White and Black Caribbean",
                   "English"]],
                 [Cm(2.8), Cm(2.0), Cm(3.4), Cm(2.8), Cm(2.2), Cm(2.2), Cm(1.6)],
                 heading="FAMILY COMPOSITION - Adults")
    r.bold_heading("FAMILY COMPOSITION - Children", "family-composition")
    r.data_table(["Name", "Male/Female", "DOB", "Address & Tel. No.", "School & Contact Name",
                  "Ethnicity", "First Language"],
                 [["Kai Thompson", "Male", "19/02/2018", "9 Larch Close, Taverham",
                   "Thorpe Marriott Infant School, Miss H Greaves", "White British", "English"],
                  ["Maisie Reid", "Female", "30/04/2021", "9 Larch Close, Taverham",
                   "Thorpe Marriott Infant School Nursery, Mrs A Burke", "Mixed White and Black Caribbean",
                   "English"]],
                 [Cm(2.6), Cm(1.8), Cm(2.0), Cm(3.0), Cm(3.6), Cm(2.4), Cm(1.6)],
                 heading="FAMILY COMPOSITION - Children")

    t = r.table([Cm(9.0), Cm(5.0), Cm(3.0)])
    row = r.row(t)
    shade(row.cells[0], SHADE)
    for c, text in zip(row.cells[1:], ("YES", "NO")):
        shade(c, SHADE)
        c.paragraphs[0].add_run(text).bold = True
    row = r.row(t)
    row.cells[0].paragraphs[0].add_run(
        "Have the child and parents/carers had a copy of this form?").bold = True
    r.start("Have the child and parents/carers had a copy of this form?", "sharing")
    r.fill(row.cells[1], ["Yes - shared with Danielle and Jordan in school on 30 May 2025. I explained "
                          "the main points to Kai in simple words."])
    r.end()
    r.doc.add_paragraph()

    t = r.table([FULL])
    r.head_row(t, "Child/young person’s educational needs.", "education",
               guidance=["Details of current education provision:",
                         "Does the child have any of the following in place?",
                         "Please provide details including dates for review:",
                         "Outline any additional needs the child may have including any disabilities, "
                         "medical needs, gifted & talented, EAL and the support being provided."],
               cc="Educational needs",
               answer=["Kai is in Year 2 in a mainstream class of 27. He is on the SEN register at SEN "
                       "Support for speech, language and concentration, and has an Individual Education "
                       "Plan, last reviewed on 12 May 2025 (next review 7 July 2025). He has been on the "
                       "waiting list for an ADHD assessment with the community paediatrician since "
                       "October 2024.",
                       "He has a teaching assistant with him for phonics and maths every morning and goes to "
                       "our nurture group, 'The Nest', on Tuesday and Thursday afternoons. Since March his "
                       "reading has moved from Pink to Yellow book band and he now writes two simple "
                       "sentences on his own. He is still working towards the expected standard in "
                       "reading, writing and maths.",
                       "His attendance this year is 91.4%, up from 84.0% last year. He has had no "
                       "exclusions."])
    r.head_row(t, "Educational Progress.", "education",
               guidance=["Please comment on the child’s educational progress:",
                         "Please include information on the child’s targets for the current academic year "
                         "and their progress towards meeting these."],
               cc="Educational progress", empty=True)
    r.head_row(t, "Child’s presentation:", "presentation",
               guidance=["Please comment on and consider the following: school attendance, hygiene, "
                         "appearance, behaviour, relationships with peers and adults, preparedness for "
                         "learning."],
               cc="Presentation",
               answer=["Since the last conference Kai has come to school in clean uniform on most days. "
                       "Staff noted unwashed clothes and a strong smell of urine on 6 days in March, 2 days "
                       "in April and none in May. He still often arrives without a coat or PE kit.",
                       "Kai is a friendly boy who likes to help. He finds it hard to wait his turn and can "
                       "push in the line, but he has had fewer incidents this term (4 since Easter, compared "
                       "with 13 in the spring term). He has two good friends, Alfie and Reuben, and plays "
                       "football with them every lunchtime."])
    r.head_row(t, "Relationships & engagement with parents/carers:", "parent-relationship",
               guidance=["Please comment on the schools’ relationship with parents including level of "
                         "engagement and response to concerns raised. Please also provide comments on your "
                         "observations of the parent(s)/child relationship."],
               cc="Parents",
               answer=["Danielle brings Kai and Maisie to school most mornings and stops to talk to the "
                       "class teacher if there has been a difficult night. She came to both IEP meetings "
                       "and to Kai's class assembly on 16 May, where Kai ran to hug her at the end.",
                       "Jordan has come into school twice this term, for the core group on 20 May and to "
                       "collect Maisie when she was unwell. When Kai had wet himself on 3 April, Danielle was "
                       "embarrassed and cross with him at first, but later thanked staff and took the "
                       "spare clothes home to wash."])
    r.head_row(t, "Has the child been consulted with?", "child-views",
               guidance=["If no, please provide reasons for this. If yes, what are their wishes, "
                         "feelings and desired outcomes:"],
               cc="Child consulted",
               answer=["Yes. Mrs Green spoke with Kai in The Nest on 29 May using a 'my week' worksheet. "
                       "He coloured Monday and Friday in green ('happy days') because 'Mummy picks me up'. "
                       "He said, 'I like it when Mummy comes to my class assembly', and 'our house has a "
                       "new carpet and I'm not allowed juice on it'. When asked what he would change, he "
                       "said he wants 'no shouting when I wet the bed'."])
    r.head_row(t, "Professional analysis of family/child’s needs and situation:", "analysis",
               guidance=["Give consideration to the impact that the current and past family functioning "
                         "and family history are having on the parents’ capacities to met the child’s needs "
                         "and specifically their educational progress."],
               cc="Analysis",
               answer=["Kai's care has improved since the plan started in February. He is in school more, "
                       "cleaner and more settled, and his reading is moving forward. These changes have "
                       "lasted for about three months. Danielle has worked hard with us and responds well "
                       "when we raise a worry.",
                       "Kai still wets the bed most nights and he tells us this leads to shouting at home. "
                       "The worry for school is that his progress depends on things staying calm at home, "
                       "and that he is still behind in all his learning. In my view he needs the current "
                       "support to continue until his ADHD assessment is done and the improvement has "
                       "held through the summer holidays."])
    r.head_row(t, "Actions taken by you in respect of the recommendations of the last Child Protection "
                  "Conference:", "previous-actions",
               guidance=["Please outline your contribution to the child protection plan as applicable."],
               cc="Actions since last conference",
               answer=[("b", "Breakfast club place for Kai and Maisie every day since 3 March 2025."),
                       ("b", "Weekly check-in for Kai with Mrs Green since 26 February; daily uniform "
                             "check with spare clothes available."),
                       ("b", "Referral to the school nursing service for bedwetting on 10 March 2025 "
                             "(first appointment 16 June 2025)."),
                       ("b", "Attended core group meetings on 4 March, 15 April and 20 May 2025 and sent "
                             "attendance figures to the social worker every Friday.")])
    r.line("")
    r.line("Signature: H Greaves          Name: Hannah Greaves          Date: 2 June 2025")
    r.line("All Child Protection Conferences must take account of the child’s wishes and feelings.",
           prompt=True)
    return r


# --------------------------------------------------------------------------
# final-07  llr  police; one-column form table with shaded heading rows and
# the answers in content controls, one placeholder answer, one empty control
# --------------------------------------------------------------------------
def report_07():
    r = Report("final-07", "llr",
               ["heading-row-table", "content-controls", "empty-content-control", "prompts-left-in",
                "placeholder-answers", "page-break-in-table", "header-footer"],
               children=["Oliver Price", "Poppy Price"],
               adults=["Gemma Price", "Dean Walsh", "Lauren Price"],
               author="Emma Lacey", title="Agency Report for Child Protection Conference")
    r.header_footer(footer_marking=True)
    r.title("Leicestershire Police", 12)
    r.title("Agency Report for Child Protection Conference", 15)
    r.line("Review Child Protection Conference: 8 May 2025        Children: Oliver Price (9), Poppy Price (6)",
           centre=True)

    t = r.table([FULL])
    r.head_row(t, "Author details", "author-details", cc="Author details",
               answer=["DC 4417 Emma Lacey, Child Abuse Investigation Unit (CAIU), Leicestershire Police, "
                       "Euston Street, Leicester. Telephone 0116 496 0588. Report completed 2 May 2025."])
    r.head_row(t, "Police involvement with the family", "agency-involvement", cc="Police involvement",
               answer=["Police have been called to the family home at 14 Farndale Close, Wigston five times "
                       "since June 2023 (18/06/2023, 02/12/2023, 30/07/2024, 21/01/2025 and 12/04/2025). All "
                       "five calls were about domestic abuse by Dean Walsh towards Gemma Price. Dean is "
                       "Gemma's former partner and is not the father of either child.",
                       "On 21 January 2025 Dean was arrested for assaulting Gemma by strangulation. He was "
                       "charged and released on court bail with conditions not to contact Gemma or go to "
                       "Farndale Close. His trial is listed at Leicester Crown Court on 16 June 2025. Gemma "
                       "was granted a non-molestation order on 6 February 2025, which lasts until "
                       "6 February 2026."])
    r.head_row(t, "What is Working Well?", "working-well",
               guidance=["These include ‘strengths’ and ‘existing safety’:",
                         "Strengths are: positive behaviours / people / events within the family and wider "
                         "network of support that over time could be built on to provide a safer "
                         "environment to address the worries."],
               cc="What is working well",
               answer=["Gemma has acted to protect the children since January. On 12 April 2025 Dean came "
                       "to the house at 21:15. Gemma did not open the door; she sent Oliver and Poppy "
                       "upstairs, rang 999 and stayed on the line until officers arrived eight minutes "
                       "later. The call recording shows her speaking calmly to the children throughout. "
                       "Dean was arrested nearby for breaking his bail.",
                       "With help from Women's Aid Leicestershire, Gemma had a video doorbell fitted on "
                       "10 February, and she gave officers the footage from 12 April the same night. The "
                       "address has an urgent-response marker on police systems, so any 999 call from the "
                       "house is sent an officer straight away.",
                       "Gemma's sister, Lauren Price, now stays most weekends, and the children know they "
                       "can go to Lauren's flat in Oadby if they need to."])
    r.head_row(t, "What are We Worried About?", "worries",
               guidance=["What tells you that the impact on child’s health, wellbeing or development is "
                         "being impaired?"],
               cc="What are we worried about",
               answer=["The worry is that Dean will not stay away and that the children will again see or "
                       "hear him hurt their mum. On 21 January Oliver was in the room when Dean put his "
                       "hands round Gemma's neck. Oliver told officers he 'thought Mum was going to die' "
                       "and that he hit Dean with his school bag to make him stop. Poppy was found by "
                       "officers hiding in her wardrobe.",
                       "Dean broke his bail on 12 April, less than three months after his arrest. Police "
                       "records show two earlier convictions for violence against former partners (2016 "
                       "and 2019), so his violence has carried on from one relationship to the next.",
                       "Oliver's school have told the social worker that he has been falling asleep in "
                       "class and has twice said he needs to 'stay awake to check the door'. He does not "
                       "yet feel safe at night."])
    r.head_row(t, "What Needs to Happen?", "needs-to-happen",
               guidance=["Please be specific and clearly state timescales."],
               cc="What needs to happen",
               answer=["Leicestershire Police will do the following before the next review:",
                       ("b", "keep the urgent-response marker on the address at least until the trial "
                             "ends (DC Lacey, reviewed monthly);"),
                       ("b", "tell the social worker within 24 hours of any call-out, arrest or change to "
                             "Dean's bail (CAIU duty officer);"),
                       ("b", "keep Gemma updated about the trial through the Witness Care Unit before "
                             "16 June 2025."),
                       "Gemma should keep to the safety plan she agreed with Women's Aid, including ringing "
                       "999 straight away if Dean comes to the house. I would ask that Oliver is offered "
                       "direct work, through school or the social worker, to help him understand that "
                       "keeping his mum safe is not his job, starting before the core group on 22 May 2025."])
    r.head_row(t, "The children's wishes and feelings", "child-views", cc="Child views",
               answer=["I have not spoken to Oliver or Poppy myself. The following is from the body-worn "
                       "video of PC Ryan Moss at the house on 12 April 2025. Oliver said: 'We went upstairs "
                       "like Mum told us. I put the chair against the door.' Poppy was holding her teddy "
                       "and said: 'I don't want Dean to come back. He makes Mummy cry.' Both children were "
                       "calm once officers were inside, and Poppy asked PC Moss if she could hold his radio."])
    r.head_row(t, "Date report shared with family", "sharing", cc="Shared with family",
               answer=[("ph", "TBC")])
    r.head_row(t, "Any other information for the Chair", "other", cc="Other information", empty=True)
    r.line("")
    r.line("Signed: E. Lacey, DC 4417                Date: 2 May 2025")
    return r


# --------------------------------------------------------------------------
# final-08  norfolk-sos  adult mental health; two-column table whose heading
# rows span the table with the answer below, a grouping row over three
# sub-heading rows, a placeholder answer, bold sub-headings in an answer,
# a split answer row for scaling, headings with names
# --------------------------------------------------------------------------
def report_08():
    r = Report("final-08", "norfolk-sos",
               ["heading-row-table", "grouping-row", "placeholder-answers", "author-subheadings",
                "child-name-heading"],
               children=["Mia Rowe", "Freddie Rowe"],
               adults=["Leanne Rowe", "Paul Rowe"],
               author="Marcus Fenn", title="Multi-Agency Report to Child Protection Conference")
    r.title("Multi-Agency Report to Child Protection Conference", 15)
    r.line("Review Child Protection Conference – 12 June 2025 – Great Yarmouth", centre=True)

    t = r.table(W2(8.5, 8.5))
    r.head_row(t, "My involvement with Leanne and the children", "agency-involvement",
               answer=["My name is Marcus Fenn and I am a mental health nurse and Leanne Rowe's care "
                       "coordinator in the Great Yarmouth Community Mental Health Team. I have worked with "
                       "Leanne since 19 February 2025, when she was discharged from a two-week hospital stay "
                       "after a manic episode. Before that she had been under our team in 2019-2020.",
                       "I see Leanne at home every two weeks and speak to her by phone in between. I have "
                       "met Mia Rowe (11) and Freddie Rowe (3) at home on most visits, but my work is with Leanne, "
                       "not the children. This report covers the period from 19 February to 5 June 2025."])
    r.group_row(t, "What are we worried about now?", "worries")
    r.head_row(t, "Past harm", "past-harm", fill=SHADE_SUB, answer=[("ph", "Not known")])
    r.head_row(t, "Current harm and impact", "current-harm", fill=SHADE_SUB,
               answer=["Leanne has bipolar disorder. When she is unwell she can go without sleep for days, "
                       "spend money she does not have and leave the house at night without planning.",
                       ("sub", "Freddie"),
                       "On 2 February 2025, before my involvement, police found Freddie alone in the flat at "
                       "2:10 am; Leanne had gone to a 24-hour shop and then walked to the beach. This is "
                       "recorded in her hospital admission notes. Freddie was unhurt but was found crying by "
                       "the front door.",
                       ("sub", "Mia"),
                       "Mia has been doing a lot of the caring when her mum is unwell. On my visit on "
                       "11 March she was making Freddie's tea and told me she had given him his bath the "
                       "night before 'because Mum was too tired'. Her school told the social worker she was "
                       "late on 14 days in February and March."])
    r.head_row(t, "Things that make it harder for Leanne", "complicating-factors", fill=SHADE_SUB,
               answer=["Leanne's lithium level has to be checked by a blood test every three months, and she "
                       "finds it hard to get to the surgery with Freddie. She has no partner at home. Her "
                       "father, Paul Rowe, helps but lives in Lowestoft and does not drive. Leanne told me "
                       "she still sometimes stops her tablets when she 'feels good', which is how her last "
                       "two relapses started."])
    r.head_row(t, "What could happen to the children if nothing changes", "impact",
               answer=["If Leanne stops her medication and becomes unwell again without anyone noticing, "
                       "Freddie could again be left alone, which at his age could lead to serious injury. "
                       "Mia could go on carrying too much for an eleven-year-old, which is already "
                       "affecting her school and her time with friends."])
    r.head_row(t, "What is working well", "working-well",
               answer=["Leanne has taken her lithium every day since March; her blood levels on 14 March "
                       "and 6 June were in the right range, and she agreed to the pharmacy putting her "
                       "tablets in a weekly dosette box that I check on each visit. She has slept normally "
                       "and kept to a daily routine for over three months.",
                       "Leanne has written a relapse plan with me. It lists her early warning signs (not "
                       "sleeping, talking fast, spending), and it says that if two of them appear Paul "
                       "will come and stay and she will ring me or the crisis team. On 28 April she noticed "
                       "she had slept only four hours two nights running, rang me, and Paul came to stay "
                       "for the weekend.",
                       "Since April Freddie has gone to nursery three days a week, and Leanne takes and "
                       "collects him herself."])
    r.head_row(t, "What the Community Mental Health Team will do", "agency-offer",
               answer=[("b", "Care coordination visits every two weeks until at least December 2025 "
                             "(Marcus Fenn)."),
                       ("b", "A review with Leanne's consultant psychiatrist, Dr Amos, on 3 July 2025."),
                       ("b", "Referral to the young carers service for Mia, made with Leanne on 5 June 2025."),
                       ("b", "I will tell the social worker within one working day if Leanne's early warning "
                             "signs appear or she stops her medication.")])
    r.head_row(t, "Mia's views", "child-views",
               answer=["Mia asked to talk to me on my visit on 5 June while Leanne was putting Freddie to "
                       "bed. She said, 'Mum's much better now. She laughs again.' She said that she still "
                       "worries when her mum stays in bed and that she checks her tablets box 'just in "
                       "case'. She would like to go to the young carers' club on Saturdays. Mia said I "
                       "could tell the conference this. Freddie is too young for me to ask his views; he "
                       "was chatty and relaxed with his mum during my visits."])
    r.head_row(t, "Leanne's views on this report", "parent-views",
               answer=["Leanne read this report with me on 5 June 2025. She agrees with it and said: 'I "
                       "never want Freddie to be on his own again. I didn't know what I was doing that "
                       "night and I hate that.' She thinks the plan is working and would like the children "
                       "to come off a Child Protection Plan."])
    r.head_row(t, "Scaling", "scaling",
               answer_cells=[["Mia: 7 out of 10. Leanne has been well for over three months and has a "
                              "relapse plan that she has used. Mia still takes on too much caring."],
                             ["Freddie: 6 out of 10. He is safe while Leanne is well, but at three he "
                              "would be in danger very quickly if she became unwell at night again."]])
    r.head_row(t, "My recommendation", "recommendation",
               answer=["In my view the threshold for a Child Protection Plan is no longer met for Mia or "
                       "Freddie. I recommend that both children are supported through a Child in Need plan, "
                       "with the relapse plan and young carers support as part of it."])
    r.line("")
    r.line("Marcus Fenn, Care Coordinator (RMN), Great Yarmouth Community Mental Health Team, 5 June 2025")
    return r

# --------------------------------------------------------------------------
# final-09  portsmouth  community midwife; Heading 2 over a key information
# table (unborn baby), then a two-column form table with shaded left cells
# (heading + italic grey guidance) and the answers in content controls; a
# long answer crosses the page break; parents' views left as an empty
# content control; header/footer
# --------------------------------------------------------------------------
def report_09():
    r = Report("final-09", "portsmouth",
               ["heading-styles", "family-table", "form-table-left", "content-controls",
                "empty-content-control", "prompts-left-in", "page-break-in-table", "header-footer",
                "child-name-heading"],
               children=["Kayden Walsh", "Unborn baby Walsh"],
               adults=["Rebecca Walsh", "Aaron Pike"],
               author="Joanna Fairweather", title="Report for Initial Child Protection Conference")
    r.header_footer()
    r.title("Portsmouth Safeguarding Children Partnership", 11)
    r.title("Multi-Agency Report for Initial Child Protection Conference (Unborn)", 15)
    r.line("Conference date: 20 March 2025. Report by Joanna Fairweather, Specialist Midwife for "
           "Vulnerable Women, Portsmouth Hospitals University NHS Trust.", centre=True)

    r.heading("Key Information", "key-information", level=2)
    r.data_table(["Name", "Date of birth / EDD", "Relationship", "Address"],
                 [["Kayden Walsh", "08/09/2010", "Son of Rebecca", "22 Arundel Court, Landport"],
                  ["Unborn baby Walsh", "EDD 02/06/2025", "Baby of Rebecca and Aaron", "22 Arundel Court, Landport"],
                  ["Rebecca Walsh", "16/03/1993", "Mother", "22 Arundel Court, Landport"],
                  ["Aaron Pike", "25/11/1990", "Father of unborn baby", "No fixed address (stays at 22 Arundel Court some nights)"]],
                 [Cm(3.6), Cm(3.2), Cm(4.2), Cm(6.0)], heading="Key Information")

    t = r.table(W2(5.8, 11.2))
    r.left_row(t, "Midwifery involvement", "agency-involvement",
               guidance=["State the evidence that your report is based on."],
               cc="Service involvement",
               answer=["I have been Rebecca's midwife since her booking appointment on 4 November 2024, at "
                       "about 10 weeks of pregnancy. I have seen her six times: at the booking "
                       "appointment, at home on 2 December, 13 January and 24 February 2025, and at the "
                       "antenatal clinic on 20 January and 3 March 2025. She missed clinic appointments on "
                       "16 December and 10 February.",
                       "I work with Rebecca and the unborn baby. I have met Kayden, who is 14, at two of my "
                       "home visits. I have met Aaron once, on 24 February. This report is based on my "
                       "visits, the maternity records and a phone call with Rebecca's drug and alcohol "
                       "worker, Gail Hemmings, on 6 March 2025."])
    r.left_row(t, "2) Information and knowledge relating to the child's health and development",
               "health-development",
               guidance=["This section should include developmental progress in the context of the "
                         "child's age and stage of development."],
               cc="Health and development",
               answer=["Rebecca is about 28 weeks pregnant. The baby is growing along the lower line of "
                       "the growth chart; a scan on 3 March 2025 showed the baby is small but growing, and "
                       "a further growth scan is booked for 31 March. Rebecca takes 40 ml of methadone a "
                       "day, prescribed by the drug service, so after birth the baby will need to stay in "
                       "hospital for at least five days to be checked for withdrawal.",
                       "Kayden is in Year 10 at Trafalgar Park School. Rebecca says he has asthma and that "
                       "he is 'a good lad who keeps to his room'. I have not had any information from his "
                       "school."])
    r.left_row(t, "3) Parenting capacity", "parenting-capacity",
               guidance=["Critically important to a child's health and development is the ability of a "
                         "parent or carer to ensure the child's developmental needs are being "
                         "appropriately and adequately responded to, and to adapt to changing needs over "
                         "time."],
               cc="Parenting capacity",
               answer=["Rebecca has told me a lot about her past and I think she has been honest with me. "
                       "She used heroin from the age of 19 until 2021. Her two older children, who are now "
                       "9 and 7, were adopted in 2017 and 2019. She told me she was 'in a really bad place "
                       "back then' and that she did not go to her antenatal appointments with either "
                       "pregnancy. She has been on a methadone prescription since 2021, and Gail Hemmings "
                       "confirmed on 6 March that her drug tests have been clear of heroin since August "
                       "2024. Rebecca told me on 3 March that she used heroin 'once or twice' in July 2024 "
                       "after an argument with Aaron.",
                       "In this pregnancy Rebecca has come to four of her six planned appointments and has "
                       "had all her blood tests. She has bought a cot, a car seat and clothes for the baby, "
                       "and when I visited on 24 February the baby's things were washed and put away in a "
                       "drawer in her bedroom. She talks about the baby warmly and has chosen the name "
                       "Isabelle if it is a girl.",
                       "Kayden has lived with Rebecca all his life. She told me they are close and that "
                       "he 'looks after her' when she is low. On 13 January I saw Kayden make his mum a cup "
                       "of tea and check whether she had eaten. I was worried that he may be doing more "
                       "than a 14-year-old should; when I asked him about it he shrugged and said, 'It's "
                       "just what I do.'",
                       "My biggest worry about Rebecca's capacity to keep a new baby safe is her "
                       "relationship with Aaron. Rebecca told me on 13 January that Aaron pushed her into "
                       "the kitchen worktop in December 2024, when she was about 15 weeks pregnant, and that "
                       "he has 'a temper' when he has been drinking. She did not report this to the police. "
                       "When I visited on 24 February Aaron was there. He answered most of the questions I "
                       "asked Rebecca, and when I asked to see Rebecca on her own he said, 'Anything you "
                       "say to her you can say to me.' Rebecca then said she was fine and did not need "
                       "to talk alone. I was not able to ask her about her safety that day.",
                       "Rebecca told me on 3 March, when Aaron was not there, that she wants to be with him "
                       "because 'he's the baby's dad and he's trying'. She said she would leave him if he "
                       "hurt her again, but she could not say what she would do if he came round drunk "
                       "after the baby was born. She has not yet told me who would help her look after a "
                       "baby at night, and she says that her mum, who lives in Fareham, 'won't want to "
                       "know'.",
                       "Rebecca has shown she can keep appointments, stay off heroin and prepare for the "
                       "baby. Her past shows that she has found it very hard to look after young children "
                       "when she is under stress, and that she tends to put her relationship before her own "
                       "safety. How she copes with a newborn who may have withdrawal symptoms, while living "
                       "with or near Aaron, is the question that matters most for this baby."])
    r.left_row(t, "4) Family and environmental factors", "family-environment",
               guidance=["Account must be taken of family history and functioning, wider family, Housing, "
                         "Employment, Income, Family's social integration and community resources."],
               cc="Family and environment",
               answer=["Rebecca has a two-bedroom council flat on the fourth floor; the lift has been broken "
                       "since January. She lives on benefits and told me she owes £600 in rent arrears. "
                       "She has little contact with her own family. Aaron has no fixed address and stays "
                       "with Rebecca 'a few nights a week'."])
    r.left_row(t, "5) Analysis", "analysis",
               guidance=["Your analysis should identify harms, state what has been done to repair/reduce "
                         "the harm and prevent further harm, and what you consider the needs of the child "
                         "to be."],
               cc="Analysis",
               answer=["The unborn baby's greatest needs will be a safe, calm home with an adult who can "
                       "care for her day and night, including through the first weeks if she is unsettled "
                       "by withdrawal from methadone. The risks are domestic abuse from Aaron, which started "
                       "during this pregnancy, and a return to heroin if Rebecca is under stress. Rebecca's "
                       "progress with her drug use is real and has lasted for seven months.",
                       "Kayden needs to be thought about too: he has been caring for his mum and this may "
                       "grow once the baby arrives."])
    r.left_row(t, "Parent/Carer Views", "parent-views",
               guidance=["Please record any areas of disagreement."],
               cc="Parent views", empty=True)
    r.left_row(t, "Kayden's views", "child-views",
               cc="Child views",
               answer=["On 13 January I asked Kayden how he felt about the baby. He said, 'I'm buzzing. "
                       "I'll help Mum, I can do bottles and that.' When I asked about Aaron he said, 'He's "
                       "alright when he's not drinking,' and then went to his room. The baby is not yet "
                       "born and cannot give views."])
    r.line("")
    r.line("Joanna Fairweather, Specialist Midwife. Tel 023 9649 6250. 10 March 2025")
    return r


# --------------------------------------------------------------------------
# final-10  lincolnshire  drug and alcohol recovery worker; Word Heading 1
# with automatic list numbering, family table, prompts left in, bold
# sub-headings inside a section, header/footer
# --------------------------------------------------------------------------
def report_10():
    r = Report("final-10", "lincolnshire",
               ["heading-styles", "auto-numbered-headings", "family-table", "prompts-left-in",
                "author-subheadings", "header-footer"],
               children=["Tyler-James Cooper", "Summer Cooper"],
               adults=["Darren Cooper", "Nicola Cooper"],
               author="Sam Okoye", title="Multi-Agency Report to Child Protection Conference")
    r.header_footer()
    r.title("Lincolnshire Safeguarding Children Partnership", 11)
    r.title("Multi-Agency Report to Child Protection Conference", 15)
    r.line("Initial conference: 11 March 2025. Author: Sam Okoye, Recovery Worker, Lincs Pathways "
           "Recovery Service, Grantham. Date of report: 5 March 2025.", centre=True)

    r.heading("Family details", "family-composition", auto_number=True)
    r.data_table(["Name", "Relationship", "Date of birth", "Lives at home?"],
                 [["Tyler-James Cooper", "Son", "27/05/2018", "Yes"],
                  ["Summer Cooper", "Daughter", "09/11/2022", "Yes"],
                  ["Nicola Cooper", "Mother", "12/01/1991", "Yes"],
                  ["Darren Cooper", "Father", "03/04/1988", "Yes"]],
                 [Cm(5.0), Cm(4.0), Cm(4.0), Cm(4.0)], heading="Family details")

    r.heading("Why I am involved", "agency-involvement", auto_number=True)
    r.body("I am Darren Cooper's recovery worker. Darren referred himself to our service on 12 February "
           "2025, four days after the incident described below, because he wanted help with his drinking. "
           "I have seen him five times since then at our Grantham office and once at home, on 26 February, "
           "when I also met Nicola, Tyler-James and Summer. I do not work with Nicola or the children.")

    r.heading("What are we worried about?", "worries", auto_number=True)
    r.body(("p", "What are the past and current dangers and risks for the child?"),
           "My worries are about Darren's drinking and what happens to the children when he is drunk.",
           ("sub", "Darren's drinking"),
           "Darren told me at his assessment that for the last two years he has drunk about eight cans of "
           "strong lager every day, more at weekends. He usually starts drinking at lunchtime. He scored "
           "29 on the AUDIT questionnaire, which means he is probably dependent on alcohol. He has tried to "
           "stop on his own twice and both times had the shakes and sweats and started again within a day.",
           ("sub", "The night of 8 February 2025"),
           "Darren told me that on 8 February he was looking after the children while Nicola was at work. "
           "He had drunk about twelve cans. At about 8 pm he carried Summer upstairs to bed, lost his "
           "footing and fell down four steps with her. Summer hit her head on the banister and had a large "
           "bump. Tyler-James, who is six, rang his mum, and she came home and took Summer to Grantham A&E. "
           "Hospital staff told Children's Services. Summer was checked and allowed home the next day.",
           "Darren said he 'can't remember much' of the evening after the fall. Nicola told me on "
           "26 February that Tyler-James now asks 'Is Daddy poorly?' whenever he sees Darren with a can.")

    r.heading("Complicating Factors", "complicating-factors", auto_number=True)
    r.body(("p", "Factors that contribute to, or cause difficulty to a child. This could be a parent’s "
                 "mental health being exacerbated by alcohol, or information that requires additional "
                 "information to reliably assess risk."),
           "Darren has been out of work since October 2024 and says he drinks because he is 'bored and "
           "skint'. Nicola works evening shifts at a care home four nights a week, so Darren is often the "
           "only adult at home with the children at bedtime, which is when he has usually drunk the most. "
           "Stopping drinking suddenly would be dangerous for Darren because of withdrawal fits, so he "
           "needs a planned, medically supervised detox rather than stopping overnight.")

    r.heading("Existing Safety & Strengths (What’s working well)", "working-well", auto_number=True)
    r.body(("p", "Things that are currently in place and that have been shown, over time, to directly "
                 "address areas of risk and reduce danger for the child."),
           "Since 10 February Nicola has arranged for her sister, Kelly, to come round on the evenings she "
           "works, so the children are not alone with Darren at bedtime. Nicola told me this has happened "
           "every work night and Darren confirmed it.",
           "Darren came to us himself and has kept all five appointments. He has cut down to about five "
           "cans a day and has started a drink diary, which he showed me on 3 March. He said he does not "
           "drink before 6 pm now and does not carry the children when he has been drinking. He told me, "
           "'I never want to see Summer's face like that again.'",
           "Tyler-James was able to ring his mum for help on 8 February, which shows he knows who to "
           "call and how.")

    r.heading("What Needs to Happen?", "needs-to-happen", auto_number=True)
    r.body(("b", "Darren to keep reducing his drinking with our support and start a supervised community "
                 "detox; assessment with our doctor booked for 18 March 2025 (Sam Okoye)."),
           ("b", "Darren never to be the only adult caring for the children while he is still drinking; "
                 "Nicola and Kelly to keep the evening arrangement in place until the core group agrees "
                 "otherwise."),
           ("b", "I will give the social worker a written update on Darren's drinking and attendance every "
                 "four weeks, starting 1 April 2025, and tell them the same day if he stops attending."),
           ("b", "Darren and Nicola to be offered a place on our family support group for partners and "
                 "families, starting in April 2025."))

    r.heading("Is a child protection plan needed?", "recommendation", auto_number=True)
    r.body("Yes, I think a Child Protection Plan is needed for Tyler-James and Summer, under neglect. Summer "
           "was injured because Darren was too drunk to care for her safely, and he is still dependent on "
           "alcohol. The steps the family have taken are good but are only four weeks old. A plan would "
           "make sure the evening safety arrangement and Darren's treatment stay in place until his "
           "drinking is under control.")

    r.heading("Attending the conference", "other", auto_number=True)
    r.body("I will attend the conference in person. Darren has agreed for me to share this report and has "
           "read it with me on 5 March 2025. Nicola read it on the same day and agrees with it.")
    return r


# --------------------------------------------------------------------------
# final-11  generic  housing officer; bold headings typed with numbers, two
# headings run into their answers, placeholder answers, header only
# --------------------------------------------------------------------------
def report_11():
    r = Report("final-11", "generic",
               ["bold-headings", "numbered-headings", "run-in-headings", "placeholder-answers",
                "child-name-heading", "header-footer"],
               children=["Zofia Nowak", "Kacper Nowak"],
               adults=["Agnieszka Nowak", "Tomasz Nowak"],
               author="Gary Whitfield", title="Report to Child Protection Conference")
    r.header_footer("OFFICIAL - SENSITIVE")
    r.title("Seaview Homes - Tenancy Support Team", 12)
    r.title("Report to Child Protection Conference", 15)
    r.line("Re: Zofia Nowak (12) and Kacper Nowak (5), 41 Pembroke Walk, Clacton. Conference: 15 July 2025.",
           centre=True)

    r.bold_heading("1. Author and role", "author-details")
    r.body("Gary Whitfield, Tenancy Support Officer, Seaview Homes. Direct line 01255 496 0214 (mobile "
           "07700 900 481). Report written 8 July 2025.")

    r.bold_heading("2. Our involvement with the family", "agency-involvement")
    r.body("The Nowak family have rented their three-bedroom house from Seaview Homes since March 2019. "
           "The tenancy is in the names of Agnieszka Nowak and Tomasz Nowak. I became involved in January 2025 "
           "when the family fell behind with their rent and our gas engineers were twice unable to get in "
           "to do the yearly gas safety check. Since then I have visited the home five times (14 January, "
           "11 February, 1 April, 20 May and 2 July 2025). A Polish interpreter came to the visits on "
           "1 April and 2 July.")

    r.bold_heading("3. Worries about the home", "worries")
    r.body("On 1 April I found the house in a very poor state. The kitchen had about fifteen full bin bags "
           "stacked by the back door and the floor was sticky. There was dog mess on the floor of the back "
           "bedroom, which is Kacper's room. There is black mould on the walls and ceiling of both children's "
           "bedrooms. Mrs Nowak said the mould 'comes back' however often she wipes it.",
           "Kacper has asthma. Mrs Nowak showed me three inhalers and said he has been to the GP 'many "
           "times' since the winter. The GP surgery has written to us asking for the mould to be treated.",
           "When I visited on 2 July the kitchen had been cleared, but the back bedroom still smelled of "
           "dog mess and Kacper's mattress was damp to the touch. The gas safety check has still not been "
           "done, so we cannot be sure the boiler is safe.",
           "Zofia, who is 12, interpreted for her mother at my first two visits, including about the rent "
           "arrears and the threat of court action. I stopped this as soon as I realised and now book an "
           "interpreter, but Zofia has heard a lot about the family's money worries.")

    r.bold_heading("4. Impact on the children", "impact")
    r.body(("ph", "See above"))

    r.run_in("5. Strengths:", "working-well",
             "Mrs Nowak keeps the children's clothes clean and the living room tidy, and on every visit the "
             "children have been clean and dressed. She agreed on 1 April to clear the kitchen and did this "
             "within two weeks with help from a neighbour.")
    r.body("Mr Nowak works full time at a packing company. Since May he has paid £25 a week towards the "
           "rent arrears without missing a payment, and the debt has come down from £1,840 to £1,540. He "
           "told me he wants the family to keep the house because 'the children's school is here'.")

    r.bold_heading("6. What Zofia and Kacper said", "child-views")
    r.body("On 2 July I spoke with Zofia in the garden while her mother was with the interpreter. She said, "
           "'I'm embarrassed to bring friends here because of the smell.' She said she worries about "
           "Kacper's breathing at night and sometimes sleeps in his room to check on him. Kacper showed me "
           "his Lego and said in English, 'My room is cold and wet. The dog sleeps on my bed.'")

    r.bold_heading("7. Parents' views", "parent-views")
    r.body("With the interpreter, Mrs Nowak said she has felt 'very low' since her father died in Poland "
           "last year and finds it hard to keep on top of the house. She agrees the home needs to be better "
           "for the children and asked for help with the dog, which belonged to her father. Mr Nowak agreed "
           "with the report but said the mould is 'the landlord's job, not ours'. He is partly right: "
           "Seaview Homes must treat the mould and fix the cause.")

    r.bold_heading("8. Next steps", "needs-to-happen")
    r.body(("b", "Seaview Homes to treat the mould and fit extractor fans in the bathroom and kitchen by "
                 "31 July 2025 (repairs team, booked by me)."),
           ("b", "The family to give access for the gas safety check on 17 July 2025; I will attend with "
                 "the engineer."),
           ("b", "Mrs Nowak to be supported to see her GP about her low mood; the social worker to help her "
                 "book this by the first core group."),
           ("b", "I will visit every four weeks until the end of October and share each visit note with "
                 "the social worker."),
           ("b", "An interpreter to be used for every meeting; Zofia should not be asked to interpret."))

    r.run_in("9. Scaling:", "scaling",
             "I would put both children at 5 out of 10, where 10 means the home is safe and healthy for "
             "them. The kitchen has improved and the parents want to keep the home, but Kacper is still "
             "sleeping in a damp, mouldy room that is making his asthma worse.")

    r.bold_heading("10. Recommendation", "recommendation")
    r.body("I do not think the children need a Child Protection Plan. I recommend a Child in Need plan, so "
           "that the repairs, the gas check and support for Mrs Nowak are followed up together.")

    r.bold_heading("11. Any other information", "other")
    r.body(("ph", "None"))
    r.line("")
    r.line("G. Whitfield, Tenancy Support Officer, 8 July 2025")
    return r


# --------------------------------------------------------------------------
# final-12  norfolk-education  secondary school; bold headings with Word
# automatic numbering, family table, underlined sub-headings in a section, a
# placeholder answer at an initial conference, a heading with the child's name
# --------------------------------------------------------------------------
def report_12():
    r = Report("final-12", "norfolk-education",
               ["bold-headings", "auto-numbered-headings", "family-table", "author-subheadings",
                "child-name-heading", "placeholder-answers"],
               children=["Amelia-Rose Dunn", "Archie Dunn"],
               adults=["Sarah Dunn", "Mark Dunn"],
               author="Tom Aldridge", title="Education Report to Child Protection Conference")
    r.title("Wensum Valley High School", 12)
    r.title("Education Report to Child Protection Conference", 15)
    r.line("Amelia-Rose Dunn, Year 9. Initial Child Protection Conference, 20 May 2025.", centre=True)

    r.bold_heading("Report author", "author-details", auto_number=True)
    r.body("Mr Tom Aldridge, Head of Year 9 and Deputy Designated Safeguarding Lead, Wensum Valley High "
           "School, Fakenham. Written 13 May 2025.")

    r.bold_heading("Who I spoke to before writing this report", "consultation", auto_number=True)
    r.body("Mrs Karen Holt (Designated Safeguarding Lead), Ms Amira Shah (form tutor), Mr Dan Price (SENCo), "
           "Mrs Lyn Cotton (attendance officer) and Amelia-Rose's English and science teachers. I also read "
           "the school's safeguarding record for Amelia-Rose from September 2024.")

    r.bold_heading("Family composition", "family-composition", auto_number=True)
    r.data_table(["Name", "Date of birth", "Relationship to Amelia-Rose", "Parental responsibility",
                  "Address"],
                 [["Sarah Dunn", "19/09/1986", "Mother", "Yes", "6 Hempton Road, Fakenham"],
                  ["Mark Dunn", "02/02/1984", "Stepfather", "No", "6 Hempton Road, Fakenham"],
                  ["Amelia-Rose Dunn", "14/01/2011", "-", "-", "6 Hempton Road, Fakenham"],
                  ["Archie Dunn", "05/06/2017", "Half-brother", "-", "6 Hempton Road, Fakenham"]],
                 [Cm(3.6), Cm(2.6), Cm(4.0), Cm(2.8), Cm(4.0)], heading="Family composition")

    r.bold_heading("Has this report been shared?", "sharing", auto_number=True)
    r.body("Yes. I went through this report with Mrs Dunn at school on 14 May 2025 and with Amelia-Rose, on "
           "her own, the same afternoon. Mr Dunn was invited but could not come; Mrs Dunn took a copy home "
           "for him.")

    r.bold_heading("Amelia-Rose in school: learning, attendance and support", "education", auto_number=True)
    r.body("Amelia-Rose is a capable student whose learning has gone backwards this year.",
           ("u", "Attendance"),
           "Her attendance this year is 81.3% (last year 95.6%). Most absences are single days after a "
           "weekend, and on 3 occasions since February she left school at lunchtime without permission. "
           "She has had no exclusions.",
           ("u", "Progress"),
           "In Year 8 she was working at or above her targets in most subjects. Her teachers now report "
           "that she is below target in English, maths and science, and she has handed in 4 of the 11 "
           "pieces of homework set since Easter.",
           ("u", "Support in place"),
           "Amelia-Rose does not have special educational needs. Since March she has met weekly with our "
           "school counsellor and has had a pastoral support plan, last reviewed on 2 May 2025.")

    r.bold_heading("How Amelia-Rose presents in school", "presentation", auto_number=True)
    r.body("Staff describe Amelia-Rose as kind and funny, but tired and withdrawn since January. On "
           "7 March her form tutor saw her get into a silver car outside the school gates at 3:20 pm with "
           "a man who looked about 19 or 20; Amelia-Rose told her he was 'Jay, a friend'. On 24 April she "
           "came to school with a new iPhone and told a friend that Jay bought it for her. Friends told "
           "Ms Shah on 28 April that Amelia-Rose had been 'at a party in King's Lynn' until 3 am at the "
           "weekend. She is always clean and in full uniform.")

    r.bold_heading("Our relationship with Mum and Mark", "parent-relationship", auto_number=True)
    r.body("Mrs Dunn answers our calls and comes into school when we ask. She rang us herself on 1 April "
           "to say Amelia-Rose had not come home until 1 am and she did not know where she had been; she "
           "reported her missing to the police that night. Mrs Dunn says she and Amelia-Rose argue a lot "
           "and that Mark 'has given up trying'. We have had no direct contact with Mr Dunn this year.")

    r.bold_heading("Amelia-Rose's views", "child-views", auto_number=True)
    r.body("I spoke to Amelia-Rose with her form tutor on 9 May. She said Jay is 'just older, he looks "
           "after me' and that 'everyone's making a big deal about nothing'. She said home is 'boring and "
           "everyone shouts', and that she would like her mum to 'trust me more'. She wants to stay at "
           "Wensum Valley and would like to move to a different maths set. She asked that the conference "
           "does not 'tell Jay anything'.")

    r.bold_heading("Professional analysis", "analysis", auto_number=True)
    r.body("The changes we have seen since January, with falling attendance, leaving school, tiredness, a "
           "new phone and an older man collecting her, fit a pattern we are trained to recognise as signs "
           "that a young person may be being groomed for sexual exploitation. Amelia-Rose does not see "
           "herself as at risk, which is common. Mrs Dunn is worried and acting on her worries, but she "
           "cannot keep Amelia-Rose at home, and the arguments at home are pushing Amelia-Rose further "
           "towards Jay. School is the place where she is still seen every day, and keeping her here is "
           "the most protective thing we can do.")

    r.bold_heading("Actions since the last conference", "previous-actions", auto_number=True)
    r.body(("ph", "N/A"))
    r.line("")
    r.line("T. Aldridge                                         13 May 2025")
    return r


REPORTS = [report_01, report_02, report_03, report_04, report_05, report_06,
           report_07, report_08, report_09, report_10, report_11, report_12]


def render_pdf(docx_path, outdir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: skipping PDF rendering of", os.path.basename(docx_path))
        return False
    subprocess.run([soffice, "-env:UserInstallation=file:///tmp/lo-final", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    return True


def main(argv):
    outdir = HERE
    want_pdf = "--no-pdf" not in argv
    for build in REPORTS:
        rep = build()
        path = rep.save(outdir)
        msg = "wrote %s (%s, %d sections)" % (os.path.basename(path), rep.template,
                                               len(rep.sections))
        if want_pdf and render_pdf(path, outdir):
            msg += " + PDF"
        print(msg)


if __name__ == "__main__":
    main(sys.argv[1:])
