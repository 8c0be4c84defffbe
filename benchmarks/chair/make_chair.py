#!/usr/bin/env python3
"""Chair-labelled evaluation set for qa-checker.

Writes 14 fictional professionals' reports to child protection conferences
(DOCX, rendered to PDF with LibreOffice when it is installed) and, beside each,
chair-NN.yaml: the findings a conference chair would raise (every clear breach
of a check's definition in SPEC.md, one item per occurrence) and the hard
negatives a careless checker would wrongly flag.

Deterministic and offline: same input, same DOCX bytes (ZIP timestamps and
document properties are fixed). PDFs carry LibreOffice's own creation date.

Run:  python benchmarks/chair/make_chair.py            (writes and checks)
      python benchmarks/chair/make_chair.py --no-pdf   (skip LibreOffice)
      python benchmarks/chair/make_chair.py --check    (check existing files only)

The self-check (always run) verifies, for every report:
  * every labelled excerpt appears verbatim in the text python-docx reads back
    from the DOCX (paragraphs and table cells);
  * 500-1,800 words;
  * every readability.long-sentence excerpt is one sentence of more than 40
    words, and no other sentence of the author's text is over 40 words;
  * every all-capitals token (2-6 letters) in the author's text is either
    spelled out at its first use, an everyday word (GP, NHS, TV ...), or
    labelled jargon.acronym exactly once (at its first use);
  * deadline.late is labelled exactly when SPEC's working-day rule says late;
  * phrases from the jargon / judgemental / hearsay lists in domain.md that
    occur in the author's text are either labelled or listed as clean.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 1, 1, 9, 0, 0)

# ---------------------------------------------------------------- calendar
# England and Wales bank holidays (gov.uk), 2026-2027.
BANK_HOLIDAYS = {
    dt.date(2026, 1, 1), dt.date(2026, 4, 3), dt.date(2026, 4, 6),
    dt.date(2026, 5, 4), dt.date(2026, 5, 25), dt.date(2026, 8, 31),
    dt.date(2026, 12, 25), dt.date(2026, 12, 28),
    dt.date(2027, 1, 1), dt.date(2027, 3, 26), dt.date(2027, 3, 29),
    dt.date(2027, 5, 3), dt.date(2027, 5, 31), dt.date(2027, 8, 30),
    dt.date(2027, 12, 27), dt.date(2027, 12, 28),
}


def working_days_after(received: dt.date, conference: dt.date) -> int:
    """Working days after the day received, up to and including the conference day."""
    n, d = 0, received + dt.timedelta(days=1)
    while d <= conference:
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
        d += dt.timedelta(days=1)
    return n


def is_late(received: str, conf_date: str, conf_type: str) -> bool:
    need = 2 if conf_type == "initial" else 5
    return working_days_after(dt.date.fromisoformat(received), dt.date.fromisoformat(conf_date)) < need


def long_date(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


# ---------------------------------------------------------------- blocks
# A report is a list of blocks:
#   ("title", text)            Title style            (not author text)
#   ("btitle", text)           bold 14pt paragraph     (not author text)
#   ("h1"|"h2", text)          Heading 1 / Heading 2   (not author text)
#   ("bh", text)               bold Normal paragraph used as a heading
#   ("num", text)              plain numbered line used as a heading ("1) Details ...")
#   ("i", text)                italic guidance prompt left in from the template
#   ("p", text)                author's paragraph
#   ("li", text)               author's bullet item
#   ("meta", text)             "Date of report: ..." style line (author text, fields)
#   ("table", rows)            key-information / family table (first row = header; data, not prose)
#   ("form", rows)             two-column form: rows of (question, answer); question is
#                              str or list of ("bh"|"i", text); answer is str or list of
#                              str / ("p"|"li"|"i", text)
#   ("formbelow", rows)        heading row shaded, answer in the row below; same row shape
AUTHOR_KINDS = {"p", "li", "meta"}


def _shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _cell_write(cell, items, default="p"):
    """Write items into a (fresh) cell. items: str or list of str/(kind, text)."""
    if isinstance(items, str):
        items = [items]
    first = True
    for it in items:
        kind, text = (default, it) if isinstance(it, str) else it
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if kind == "li":
            para.style = "List Bullet"
        run = para.add_run(text)
        if kind == "bh":
            run.bold = True
        if kind == "i":
            run.italic = True
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def build_docx(blocks, path: Path, title_meta: str):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    rpr = st.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-GB")
    rpr.append(lang)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL-SENSITIVE"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp = doc.core_properties
    cp.author = "qa-checker chair benchmark"
    cp.last_modified_by = "qa-checker chair benchmark"
    cp.title = title_meta
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1

    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            doc.add_heading(blk[1], level=0)
        elif kind == "btitle":
            r = doc.add_paragraph().add_run(blk[1])
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "h1":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "bh":
            doc.add_paragraph().add_run(blk[1]).bold = True
        elif kind == "num":
            doc.add_paragraph(blk[1])
        elif kind == "i":
            r = doc.add_paragraph().add_run(blk[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        elif kind in ("p", "meta"):
            doc.add_paragraph(blk[1])
        elif kind == "li":
            doc.add_paragraph(blk[1], style="List Bullet")
        elif kind == "table":
            rows = blk[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    r = c.paragraphs[0].add_run(val)
                    if i == 0:
                        r.bold = True
                        _shade(c)
            doc.add_paragraph()
        elif kind == "form":
            rows = blk[1]
            t = doc.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            for i, (q, a) in enumerate(rows):
                left, right = t.cell(i, 0), t.cell(i, 1)
                _cell_write(left, q, default="bh")
                _shade(left)
                _cell_write(right, a)
            doc.add_paragraph()
        elif kind == "formbelow":
            rows = blk[1]
            t = doc.add_table(rows=2 * len(rows), cols=1)
            t.style = "Table Grid"
            for i, (q, a) in enumerate(rows):
                head, ans = t.cell(2 * i, 0), t.cell(2 * i + 1, 0)
                _cell_write(head, q, default="bh")
                _shade(head)
                _cell_write(ans, a)
            doc.add_paragraph()
        else:
            raise ValueError(kind)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the ZIP with fixed timestamps so the bytes are reproducible
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- text views
def author_units(blocks):
    """The author's own words, one unit per paragraph / list item / answer paragraph.
    Leaves out headings, italic prompts, and key-information / family tables."""
    units = []
    for blk in blocks:
        kind = blk[0]
        if kind in AUTHOR_KINDS:
            units.append(blk[1])
        elif kind in ("form", "formbelow"):
            for _q, a in blk[1]:
                items = [a] if isinstance(a, str) else a
                for it in items:
                    k, text = ("p", it) if isinstance(it, str) else it
                    if k in ("p", "li"):
                        units.append(text)
    return units


def docx_text(path: Path) -> str:
    """Everything python-docx reads back: body paragraphs and table cells, in order."""
    doc = Document(str(path))
    out = []
    body = doc.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
        elif child.tag == qn("w:tbl"):
            for tr in child.iter(qn("w:tr")):
                for tc in tr.iter(qn("w:tc")):
                    for p in tc.iter(qn("w:p")):
                        out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(out)


WORD_RE = re.compile(r"[A-Za-z0-9]")
SENT_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9\"'(])")


def count_words(s: str) -> int:
    return sum(1 for tok in s.split() if WORD_RE.search(tok))


def sentences(unit: str):
    for line in unit.split("\n"):
        for s in SENT_SPLIT.split(line.strip()):
            if s.strip():
                yield s.strip()


# Everyday capitals that are never findings (SPEC: "GP, NHS, TV are never findings").
EVERYDAY_CAPS = {"GP", "GPS", "NHS", "TV", "UK", "OK", "PE", "ID", "II", "III", "IV",
                 "AM", "PM", "MP", "BBC", "DVD", "PIN", "SIM", "NO", "YES", "HIV"}


def acronym_first_uses(units):
    """[(acronym, spelled_out_at_first_use)] in order of first use in the author's text."""
    seen, out = set(), []
    text = "\n".join(units)
    for m in re.finditer(r"(?<![A-Za-z])([A-Z]{2,6})s?(?![A-Za-z])", text):
        acr = m.group(1)
        if acr in seen or acr in EVERYDAY_CAPS:
            continue
        seen.add(acr)
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 2]
        spelled = before.endswith("(") or after.startswith(" (")
        if before.endswith("("):
            # "Child in Need (CIN)": the words before the bracket should start with the acronym's letters
            prev = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 120):m.start()])
            initials = "".join(w[0].upper() for w in prev if w[0].isupper() or w.lower() not in
                               {"and", "of", "in", "the", "for", "to", "on", "with"})
            spelled = acr[0] in initials[-len(acr) - 3:]
        out.append((acr, spelled))
    return out


# Phrases from SPEC and research/domain.md 2(b)/2(c) plus hearsay and opinion
# markers; used only to warn the labeller about unlabelled occurrences.
WATCH = {
    "jargon.term": ["disguised compliance", "presenting as", "non-engagement", "toxic trio",
                    "escalate", "threshold", "good enough parenting", "hidden men", "signpost",
                    "holistic", "facilitate", "service user", "respite", "placement",
                    "siblings", "peers", "engagement", "multi-agency", "stakeholder",
                    "did not attend", "pre-contemplative", "significant emotional harm",
                    "attachment", "deliver", "abscond", "contact centre"],
    "language.judgemental": ["putting herself at risk", "putting himself at risk",
                             "putting themselves at risk", "chaotic", "promiscuous",
                             "refused to engage", "hard to reach", "risky behaviour",
                             "risk-taking", "risky choices", "poor decisions", "lifestyle choice",
                             "older boyfriend", "streetwise", "attention seeking",
                             "attention-seeking", "challenging behaviour", "defiant",
                             "aggressive", "manipulative", "malicious", "disengaged",
                             "non-compliance", "poor relationship choices",
                             "in a relationship with", "troublemaker", "sleeps around"],
    "evidence.unattributed-source": ["it has been reported", "it is known", "allegedly",
                                     "it is understood", "apparently", "reportedly",
                                     "was seen to", "was heard", "it is alleged",
                                     "was seen getting"],
    "evidence.unsubstantiated-opinion": ["i feel", "i believe", "it is clear that",
                                         "appears to be", "in my opinion", "does not prioritise",
                                         "is not prioritising", "are not prioritising"],
    "strengths.attendance-only": ["attended all", "has attended", "attends"],
}


# ---------------------------------------------------------------- reports
REPORTS: list[dict] = []


def report(**kw):
    REPORTS.append(kw)
    return kw


# --- REPORTS BEGIN ---
# ------------------------------------------------------------------ 01
# Norfolk Signs of Safety form; health visitor; initial; good.
report(
    id="01", template="norfolk-sos", author_role="Health Visitor",
    conference={"type": "initial", "date": "2026-12-07"}, received="2026-12-03",
    children=["Alfie Hewitt", "Poppy Hewitt"], grade="good",
    blocks=[
        ("title", "Multi-Agency Report to Child Protection Conference"),
        ("i", "Norfolk Safeguarding Children Partnership"),
        ("table", [["Child's name", "Date of birth", "Lives with"],
                   ["Alfie Hewitt", "02/09/2023", "Mother, Kerry Hewitt"],
                   ["Poppy Hewitt", "05/10/2025", "Mother, Kerry Hewitt"]]),
        ("meta", "Report author: Rachel Okafor, Health Visitor, Norfolk Healthy Child Programme"),
        ("meta", "Date of report: 3 December 2026"),
        ("meta", "Date of conference: 7 December 2026"),
        ("meta", "Conference type: Initial"),

        ("h1", "Overview of your agency's involvement with child/family"),
        ("p", "I am the Health Visitor for Alfie and Poppy. The health visiting service sees every family with "
              "children under five. We offer development reviews, advice on feeding, sleep and behaviour, and "
              "extra visits when a family needs more help."),
        ("p", "The family first became known to our service when Alfie was born in September 2023. I have been "
              "their named Health Visitor since January 2026. Since the police were called to the home on "
              "14 November 2026 I have visited every week."),
        ("p", "I am writing this report for the Initial Child Protection Conference (ICPC) because of the "
              "worries about violence from Dean Morley, the children's father, towards Kerry, and about "
              "Kerry's low mood."),

        ("h1", "What are we worried about now?"),
        ("h2", "Past Harm"),
        ("p", "In May 2025, when Kerry was pregnant with Poppy, she told me that Dean had pushed her against the "
              "kitchen door during an argument. She did not want the police to be told at that time. I gave her "
              "the number of the local domestic abuse service and, with her agreement, told her GP, Dr Anand."),
        ("p", "Kerry had postnatal depression after Alfie was born. She was treated by the perinatal mental "
              "health team until March 2024."),
        ("h2", "Current Harm and Impact"),
        ("p", "On 14 November 2026 a neighbour called the police to the family home. Police Constable Sam Reid "
              "told me by telephone on 16 November that Dean had pushed Kerry while she was holding Poppy, and "
              "that Poppy had a red mark on her left cheek. Dean was arrested. He is on bail with a condition "
              "not to go to the home."),
        ("p", "Kerry's situation was discussed at the Multi-Agency Risk Assessment Conference (MARAC) on "
              "26 November 2026, which I attended. The MARAC agreed that an advocate from the domestic abuse "
              "service would contact Kerry, and she has now met her twice."),
        ("p", "When I visited on 17 November, Alfie stood behind the sofa and would not come out until I had "
              "been there for twenty minutes. Kerry told me he has been wetting the bed again since the "
              "incident. He had been dry at night since the summer."),
        ("p", "Poppy was weighed on 17 November. Her weight had dropped from the 25th centile at her review in "
              "September to the 9th centile. Kerry said Poppy has been unsettled and she has found it hard to "
              "get her to eat."),
        ("p", "Alfie's ASQ at his two-year review showed that his talking was behind what we would expect for "
              "his age. He uses about twenty single words."),
        ("h2", "Complicating factors"),
        ("li", "Kerry's mental health: she told me on 17 November that her low mood has come back. Kerry was "
               "presenting as tired and tearful on that visit. Dr Anand started her on medication on "
               "20 November."),
        ("li", "Money: Kerry has no income of her own while Dean is out of the home, because the Universal "
               "Credit claim was in his name. She applied for her own claim on 23 November."),
        ("li", "Alfie's delayed speech means he cannot always tell adults what has happened or how he feels."),

        ("h1", "What is the impact on the child if the risks are not reduced?"),
        ("p", "I think Alfie and Poppy are likely to see or hear more violence, and could be hurt as Poppy was on "
              "14 November, if Dean comes back home before he has had help to change. Young "
              "children who live with this kind of fear often sleep badly, stop eating well and fall behind in "
              "their talking and play. Alfie already shows some of these signs: the bed-wetting, the hiding and "
              "his speech."),
        ("p", "If Kerry's low mood gets worse, she may find it harder to notice and respond to the children's "
              "needs. Poppy's feeding is the first place this would show."),

        ("h1", "What is working well for the child that reduces the risks and increases the child's safety "
               "and resilience?"),
        ("p", "Kerry acted to protect the children after the incident. She asked Dean to leave and changed the "
              "locks on 18 November. She agreed a plan with me for what she will do if he comes to the house: "
              "call 999 and take the children to her neighbour, Mrs Lister."),
        ("p", "Kerry has brought Poppy to the weighing clinic every week since 17 November, and Poppy's weight "
              "has started to recover: on 1 December she was back above the 9th centile."),
        ("p", "Sandra Hewitt, Kerry's mother, lives two streets away. She has collected Alfie from nursery three "
              "days a week since the incident, and the children stay with her when Kerry has appointments."),
        ("p", "Alfie's nursery keyworker, Mrs Jo Bailey, told me on 24 November 2026 that Alfie is settled at "
              "nursery and has started to use more words at group time."),
        ("p", "Kerry is warm with both children. On every visit I have seen her comfort Poppy quickly when she "
              "cries and get down on the floor to talk to Alfie."),

        ("h1", "Within your own agency's provision"),
        ("p", "When Alfie and Poppy are safe I would expect to see Poppy gaining weight steadily and Alfie dry at "
              "night and using more words. Kerry would feel confident to keep Dean away from the home unless a "
              "safe plan is agreed."),
        ("p", "What I will do:"),
        ("li", "Home visits by me every week until the first core group meeting, then every two weeks until the "
               "review conference"),
        ("li", "Weighing Poppy every week at the Thorpe clinic until she is back on the 25th centile (Rachel "
               "Okafor)"),
        ("li", "Referral of Alfie to the Speech and Language Therapy service by 11 December 2026 (Rachel Okafor)"),
        ("li", "A mood check with Kerry at every visit from 7 December 2026, with the results shared with "
               "Dr Anand each month (Rachel Okafor)"),

        ("h1", "Child/young person's views on their situation and on the report"),
        ("p", "Poppy is 14 months old and cannot tell me her views. When I visited on 1 December she crawled to "
              "Kerry when I came in, then smiled and played with my bag of toys while sitting close to her mum. "
              "When she was unsure she looked at Kerry, who settled her quickly."),
        ("p", "Alfie is three and his speech is limited. Alfie was seen alone in the nursery's quiet room on "
              "24 November; Mrs Bailey waited outside the open door. I used picture cards. He pointed to the "
              "picture of his mum and said \"Mummy happy\". When I showed him the picture of a man he said "
              "\"Daddy shouting\" and turned the card face down. When I asked who he would like to live with, "
              "he pointed to Mummy and Nanny."),
        ("p", "Alfie and Poppy are too young for me to share this report with them."),

        ("h1", "Parents'/carers' views on the situation and on the report"),
        ("p", "I went through this report with Kerry at her home on 3 December 2026 and left her a copy. Kerry "
              "said the report was fair. She said she was \"scared but relieved\" after the police came, and "
              "that the weekly visits have helped because \"someone is checking Poppy is OK\"."),
        ("p", "Kerry does not agree that her low mood affects the children. She says she always gets up for "
              "them, and she asked me to record that here."),
        ("p", "I wrote to Dean on 30 November to offer a meeting. I sent him a copy of this report by recorded "
              "post on 3 December 2026, because his bail conditions mean he cannot come to the home. He has not "
              "replied, so I do not have his views."),

        ("h1", "Recommendation"),
        ("h2", "Alfie Hewitt"),
        ("p", "Scale: 4 out of 10 (0 means Alfie is at risk of significant ongoing harm; 10 means he is safe and "
              "his needs are met)."),
        ("p", "Reason: Kerry has taken clear steps to keep Alfie safe and his grandmother helps every week. But "
              "Alfie has already been frightened by what he saw at home, and he is wetting the bed and hiding. "
              "We do not yet know whether Dean will keep to his bail conditions or accept help."),
        ("p", "I think Alfie needs a Child Protection Plan because he has been frightened by violence at home and "
              "it is not yet clear that it will not happen again."),
        ("h2", "Poppy Hewitt"),
        ("p", "Scale: 3 out of 10."),
        ("p", "Reason: Poppy was hurt on 14 November while in her mother's arms. She is a baby and depends "
              "completely on the adults around her. Her weight fell after the incident, although it is now "
              "going up again."),
        ("p", "I think Poppy needs a Child Protection Plan because she was physically hurt during the incident "
              "on 14 November and her weight shows the effect of the stress at home."),
        ("p", "Rachel Okafor, Health Visitor, 3 December 2026"),
    ],
    findings=[
        {"rule": "jargon.acronym", "excerpt": "ASQ"},
        {"rule": "jargon.term", "excerpt": "presenting as"},
    ],
    clean=[
        {"rule": "jargon.acronym", "excerpt": "ICPC",
         "why": "spelled out at first use: Initial Child Protection Conference (ICPC)"},
        {"rule": "jargon.acronym", "excerpt": "MARAC",
         "why": "spelled out at first use; the second use is therefore clean too"},
        {"rule": "jargon.term", "excerpt": "Multi-Agency Risk Assessment Conference",
         "why": "the proper name of a meeting, not the jargon adjective 'multi-agency'"},
        {"rule": "evidence.unattributed-source", "excerpt": "Police Constable Sam Reid told me by telephone on 16 November",
         "why": "second-hand information with a named source and date"},
        {"rule": "evidence.unattributed-source", "excerpt": "Dean was arrested.",
         "why": "agentless passive, but the source (Police Constable Sam Reid, 16 November) is named in the sentence before"},
        {"rule": "evidence.unattributed-source", "excerpt": "Poppy was weighed on 17 November.",
         "why": "the author's own first-hand practice, dated; not second-hand information"},
        {"rule": "evidence.unattributed-source", "excerpt": "Alfie was seen alone",
         "why": "passive describing the author's own practice, not second-hand information"},
        {"rule": "evidence.unattributed-source", "excerpt": "Mrs Jo Bailey, told me on 24 November 2026",
         "why": "named source and date"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I think Alfie and Poppy are likely to see or hear more violence",
         "why": "evidence in the same sentence (Poppy hurt on 14 November) and the next two (bed-wetting, hiding, speech)"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I think Poppy needs a Child Protection Plan because she was physically hurt",
         "why": "reason and date in the same sentence"},
        {"rule": "strengths.attendance-only", "excerpt": "Kerry has brought Poppy to the weighing clinic every week since 17 November",
         "why": "tied in the same sentence to what changed for Poppy (weight recovering)"},
        {"rule": "child-voice.missing", "excerpt": "Poppy is 14 months old and cannot tell me her views",
         "why": "baby: what the author saw of Poppy is recorded; Alfie's own words are recorded"},
        {"rule": "readability.long-sentence", "excerpt": "Home visits by me every week until the first core group meeting, then every two weeks until the review conference",
         "why": "each list item ends a sentence; the four items together are over 40 words, each alone is under 25"},
        {"rule": "jargon.term", "excerpt": "perinatal mental health team",
         "why": "mental health stated as a fact (a treatment history), not jargon"},
        {"rule": "actions.no-timescale", "excerpt": "Referral of Alfie to the Speech and Language Therapy service by 11 December 2026 (Rachel Okafor)",
         "why": "date and person responsible both given"},
        {"rule": "sharing.not-confirmed", "excerpt": "I went through this report with Kerry at her home on 3 December 2026",
         "why": "shared with mother; posted to father with the reason; children too young (reason given)"},
        {"rule": "deadline.late", "excerpt": "Date of report: 3 December 2026",
         "why": "received Thu 3 Dec; working days after it up to and including the conference day are Fri 4 and Mon 7 Dec = 2, enough for an initial"},
        {"rule": "scaling.no-reason", "excerpt": "Scale: 3 out of 10.",
         "why": "the reason is in the next paragraph (Reason: ...)"},
    ],
)


# ------------------------------------------------------------------ 02
# Norfolk Signs of Safety form; primary school DSL; review; requires improvement.
report(
    id="02", template="norfolk-sos", author_role="Designated Safeguarding Lead (primary school)",
    conference={"type": "review", "date": "2026-11-18"}, received="2026-11-10",
    children=["Jayden Price", "Mia Price"], grade="requires-improvement",
    blocks=[
        ("title", "Multi-Agency Report to Child Protection Conference"),
        ("form", [("Child(ren)", "Jayden Price (10), Mia Price (6)"),
                  ("Agency", "Hillside Primary School"),
                  ("Report author", "Helen Marsh, Designated Safeguarding Lead")]),
        ("meta", "Date of report: 10 November 2026"),
        ("meta", "Date of conference: 18 November 2026"),
        ("meta", "Conference type: Review"),

        ("h1", "Overview of your agency's involvement with child/family"),
        ("p", "Hillside Primary School teaches children aged 4 to 11. Jayden is in Year 6 and Mia is in Year 2. "
              "Both children have been with us since Reception. I am the Designated Safeguarding Lead and I have "
              "known the family since 2021."),
        ("p", "Jayden and Mia have been on CP plans since the initial conference on 19 August 2026, under the "
              "category of neglect. School sees both children every school day and I meet their mum, Stacey "
              "Price, every fortnight."),

        ("h1", "What are we worried about now?"),
        ("h2", "Past Harm"),
        ("p", "On 2 July 2026 Jayden, then aged nine, was found by police walking alone along the main road at "
              "10pm. He told officers he was looking for his mum. Norfolk Police shared this at the initial "
              "conference."),
        ("p", "In the spring term of 2026 Jayden's attendance was 84%. Between January and July 2026 school "
              "raised worries with Stacey six times about the children's clothes and hunger. Each one is "
              "recorded on our safeguarding system."),
        ("h2", "Current Harm and Impact"),
        ("p", "Jayden's attendance this term is 91%, and he has been late on 14 of the 38 school days."),
        ("p", "On the mornings when Jayden is late he usually comes in without breakfast, without his reading "
              "book or PE kit, wearing the same uniform as the day before, and he tells staff that he had to get "
              "Mia ready because his mum was still asleep when it was time to leave."),
        ("p", "I believe Jayden is often hungry when he arrives at school. Since September he has asked for toast "
              "at breakfast club on 23 of the 38 school days, and on 2 November he took food from another "
              "child's lunchbox."),
        ("p", "Mornings at home are chaotic and the children often arrive late."),
        ("p", "Mia's class teacher, Miss Ahmed, told me on 3 November 2026 that Mia has had head lice since the "
              "start of term and that other children have started to move away from her on the carpet. Mia told "
              "Miss Ahmed she is \"itchy all the time\"."),
        ("p", "Jayden's reading has slipped. At the end of Year 5 he was working at the expected level; his "
              "teacher, Mr Fenn, assessed him as below it in October."),
        ("h2", "Complicating factors"),
        ("p", "Stacey has told me she drinks most evenings to help her sleep, and that she finds it hard to get "
              "up in the mornings."),
        ("p", "Lee Jarvis, Stacey's partner, moved into the home in June 2026. Lee is disabled after a back injury "
              "at work and cannot drive."),
        ("p", "Jayden's cousin, Jaydon Cole, who is 15, has stayed at the house most weekends since October. He is "
              "Stacey's nephew and is not one of the children this conference is about. Jayden says he shares "
              "his bed with Jaydon when he stays."),
        ("p", "I feel that Stacey does not prioritise the children's needs. Stacey's mother lives in Lowestoft "
              "and visits once a month."),

        ("h1", "What is the impact on the child if the risks are not reduced?"),
        ("p", "If nothing changes, Jaden will keep taking on the job of getting himself and Mia ready for school, "
              "and he will fall further behind in his last year of primary school. Mia is likely to become more "
              "cut off from other children because of the head lice and her clothes, which she has already "
              "noticed. Both children are likely to stay hungry and tired in class."),

        ("h1", "What is working well for the child that reduces the risks and increases the child's safety "
               "and resilience?"),
        ("p", "Stacey has attended all core group meetings since August."),
        ("p", "Stacey has come to the school's weekly parenting drop-in since September, and since then she has "
              "used the morning routine chart we made together: Mia has been on time on 18 of the last 20 days."),
        ("p", "The Team Around the Family (TAF) meeting on 15 October agreed that Lee would walk the children to "
              "school on Mondays. He has done so on four of the five Mondays since."),
        ("p", "Jayden has a good group of friends and plays in the school football team. He told me football is "
              "\"the best bit of the week\". Miss Ahmed says Mia is doing well with her phonics and is a kind "
              "friend to others."),

        ("h1", "Within your own agency's provision"),
        ("p", "When Jayden and Mia are safe I would expect to see them arriving at school on time, fed and in "
              "clean clothes, and Jayden no longer responsible for getting Mia ready."),
        ("li", "A free breakfast club place for both children every day from 2 November 2026 until July 2027 "
               "(Mrs Marsh to arrange)"),
        ("li", "School will continue to monitor Jayden's attendance and punctuality."),
        ("li", "A weekly check-in for Jayden with our learning mentor, Mrs Doyle, every Tuesday from 17 November "
               "2026"),
        ("li", "The next TAF meeting on 8 December 2026, chaired by me"),

        ("h1", "Child/young person's views on their situation and on the report"),
        ("p", "Jayden was seen alone in my office on 5 November 2026. We used three drawn houses: worries, good "
              "things and dreams. In the good things house he put football, his dog Bruno and \"when Mum makes "
              "pancakes\". In the worry house he put \"Mum not waking up\" and \"being late and getting told "
              "off\". In the dream house he wrote \"Mum gets up and makes breakfast and I just look after me\"."),
        ("p", "Jayden agreed that I could share what he said with his mum and with the conference."),
        ("p", "I talked with Mia in her classroom with Miss Ahmed on 6 November 2026. Mia said she likes school "
              "because \"I get toast\". She said home is \"sometimes noisy when Jaydon stays\"."),

        ("h1", "Parents'/carers' views on the situation and on the report"),
        ("p", "I shared this report with Stacey in school on 9 November 2026 and gave her a copy. Stacey agrees "
              "that the mornings are hard. She feels school \"picks on\" her about head lice, because \"every "
              "family gets them\". She said the breakfast club has been a big help."),
        ("p", "Lee did not come to the meeting; Stacey took a copy home for him. Jayden read the part of the "
              "report about him with me on 9 November. Mia is six, so I told her in simple words what I had "
              "written about her."),

        ("h1", "Recommendation"),
        ("p", "Jayden Price: 4 out of 10. Jayden is still getting himself and his sister ready most mornings, he "
              "is hungry on most days and his reading has slipped this term. Things have improved a little since "
              "the routine chart started."),
        ("p", "I think Jayden's Child Protection Plan should continue because he is still hungry and late on most "
              "days."),
        ("p", "Mia Price: 5 out of 10."),
        ("p", "Mia should remain on a Child Protection Plan."),
        ("p", "Helen Marsh, Designated Safeguarding Lead, 10 November 2026"),
    ],
    findings=[
        {"rule": "jargon.acronym", "excerpt": "CP"},
        {"rule": "readability.long-sentence",
         "excerpt": "On the mornings when Jayden is late he usually comes in without breakfast, without his reading "
                    "book or PE kit, wearing the same uniform as the day before, and he tells staff that he had to "
                    "get Mia ready because his mum was still asleep when it was time to leave."},
        {"rule": "language.judgemental", "excerpt": "chaotic"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I feel that Stacey does not prioritise the children's needs."},
        {"rule": "names.inconsistent", "excerpt": "Jaden"},
        {"rule": "strengths.attendance-only", "excerpt": "Stacey has attended all core group meetings since August."},
        {"rule": "actions.no-timescale", "excerpt": "School will continue to monitor Jayden's attendance and punctuality."},
        {"rule": "scaling.no-reason", "child": "Mia Price", "excerpt": "Mia Price: 5 out of 10."},
    ],
    clean=[
        {"rule": "names.inconsistent", "excerpt": "Jaydon Cole",
         "why": "a different person: Jayden's cousin, introduced as such (age 15, Stacey's nephew)"},
        {"rule": "jargon.acronym", "excerpt": "TAF",
         "why": "spelled out at first use: Team Around the Family (TAF); later use clean"},
        {"rule": "jargon.acronym", "excerpt": "PE",
         "why": "everyday school word (physical education), like GP or TV"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I believe Jayden is often hungry when he arrives at school.",
         "why": "evidence in the next sentence (breakfast club 23 of 38 days; 2 November lunchbox)"},
        {"rule": "strengths.attendance-only", "excerpt": "Stacey has come to the school's weekly parenting drop-in since September",
         "why": "tied in the same sentence to the change for Mia (on time 18 of 20 days)"},
        {"rule": "evidence.unattributed-source", "excerpt": "Jayden was seen alone",
         "why": "the author's own practice, not second-hand information"},
        {"rule": "evidence.unattributed-source", "excerpt": "was found by police",
         "why": "agent named (police), and the source is given: Norfolk Police at the initial conference"},
        {"rule": "evidence.unattributed-source", "excerpt": "Miss Ahmed, told me on 3 November 2026",
         "why": "named source and date"},
        {"rule": "language.judgemental", "excerpt": "Lee is disabled after a back injury",
         "why": "disability stated as a fact about an adult, relevant to who can take the children to school"},
        {"rule": "jargon.term", "excerpt": "category of neglect",
         "why": "the name of the Child Protection Plan category set at the initial conference, not a bare label"},
        {"rule": "actions.no-timescale", "excerpt": "A free breakfast club place for both children every day from 2 November 2026 until July 2027",
         "why": "timescale and person responsible (Mrs Marsh) given"},
        {"rule": "scaling.no-reason", "excerpt": "Jayden Price: 4 out of 10.",
         "why": "reasons follow in the next two sentences"},
        {"rule": "readability.long-sentence", "excerpt": "A weekly check-in for Jayden with our learning mentor, Mrs Doyle, every Tuesday from 17 November 2026",
         "why": "a list item ends a sentence; the list as a whole is over 40 words"},
    ],
)


# ------------------------------------------------------------------ 03
# Norfolk Signs of Safety form; police; initial; inadequate; received late.
report(
    id="03", template="norfolk-sos", author_role="Police (child abuse investigation)",
    conference={"type": "initial", "date": "2026-10-15"}, received="2026-10-14",
    children=["Tia Barker", "Kai Barker"], grade="inadequate",
    blocks=[
        ("title", "Multi-Agency Report to Child Protection Conference"),
        ("form", [("Child(ren)", "Tia Barker (13), Kai Barker (8)"),
                  ("Agency", "Norfolk Constabulary"),
                  ("Report author", "Mark Eades")]),
        ("meta", "Date of report: 14 October 2026"),
        ("meta", "Date of conference: 15 October 2026"),
        ("meta", "Conference type: Initial"),

        ("h1", "Overview of your agency's involvement with child/family"),
        ("p", "I am a DC in the CAIT based at Norwich. Police have been called to the family address on seven "
              "occasions since January 2025, mostly for DA incidents between Gemma Barker and her partner Ryan "
              "Tuttle. Police made a referral to the Multi-Agency Safeguarding Hub (MASH) on 28 September 2026 "
              "after the most recent incident."),

        ("h1", "What are we worried about now?"),
        ("h2", "Past Harm"),
        ("p", "Ryan has a conviction from 2019 for assaulting a former partner (Police National Computer). "
              "Previous incidents at the address:"),
        ("li", "14 January 2025: verbal argument, neighbour called police, no injuries"),
        ("li", "2 May 2025: verbal argument, Ryan left before officers arrived"),
        ("li", "19 March 2026: Gemma had a cut lip and said she fell, no complaint made"),
        ("li", "6 June 2026: Tia reported missing by Gemma, found at a friend's house the next morning"),
        ("li", "30 August 2026: verbal argument, Kai crying on the stairs when officers arrived"),
        ("p", "NFA was recorded for all the domestic incidents as Gemma did not support a prosecution. Tia has "
              "been reported missing by her mother four times since June 2026."),
        ("h2", "Current Harm and Impact"),
        ("p", "On 27 September 2026 officers attended the address at 23:40 following a 999 call from Kai. Ryan "
              "allegedly threatened Gemma with a knife in the kitchen and Kai was in the room. Ryan was arrested "
              "and released on bail on 29 September with conditions not to contact Gemma or attend the "
              "address."),
        ("p", "Officers who attended on 27 September described the house as untidy with dog mess on the kitchen "
              "floor, very little food in the fridge and cupboards and no bedding on Kai's bed, and Kai was still "
              "awake and dressed in his school uniform at nearly midnight when they arrived."),
        ("p", "It has been reported that Ryan has hit Kai in the past."),
        ("p", "A DASH risk assessment was completed with Gemma on 28 September and scored as high risk."),
        ("p", "Tia was seen getting into a car with an adult male near the bus station on 3 October. Tia is "
              "putting herself at risk by going missing and has an older boyfriend aged 19. Incidents are likely "
              "to escalate."),
        ("p", "It is clear that Gemma cannot protect the children. Ryan's bail runs until 9 November 2026."),
        ("h2", "Complicating factors"),
        ("p", "Gemma and Ryan both use cannabis. Officers could smell cannabis in the address on 27 September."),
        ("p", "Gemma is hard to reach and does not answer the door to officers."),

        ("h1", "What is working well for the child that reduces the risks and increases the child's safety "
               "and resilience?"),
        ("p", "Gemma attended the police station for interview when asked and has attended all appointments."),

        ("h1", "Within your own agency's provision"),
        ("p", "Police will continue to monitor the address."),
        ("p", "The investigation into the incident on 27 September is ongoing and a file will be sent to the "
              "Crown Prosecution Service for a charging decision."),

        ("h1", "Child/young person's views on their situation and on the report"),
        ("p", "The children were not spoken to."),

        ("h1", "Parents'/carers' views on the situation and on the report"),
        ("p", "N/A"),

        ("h1", "Recommendation"),
        ("p", "Police will continue to investigate the incident of 27 September and will update conference. "
              "Matter to be discussed at conference."),
        ("p", "Mark Eades"),
    ],
    findings=[
        {"rule": "jargon.acronym", "excerpt": "DC"},
        {"rule": "jargon.acronym", "excerpt": "CAIT"},
        {"rule": "jargon.acronym", "excerpt": "DA", "context": "mostly for DA incidents"},
        {"rule": "jargon.acronym", "excerpt": "NFA"},
        {"rule": "jargon.acronym", "excerpt": "DASH"},
        {"rule": "evidence.unattributed-source", "excerpt": "allegedly"},
        {"rule": "readability.long-sentence",
         "excerpt": "Officers who attended on 27 September described the house as untidy with dog mess on the "
                    "kitchen floor, very little food in the fridge and cupboards and no bedding on Kai's bed, and "
                    "Kai was still awake and dressed in his school uniform at nearly midnight when they arrived."},
        {"rule": "evidence.unattributed-source", "excerpt": "It has been reported that"},
        {"rule": "evidence.unattributed-source", "excerpt": "Tia was seen getting into a car"},
        {"rule": "language.judgemental", "excerpt": "putting herself at risk"},
        {"rule": "language.judgemental", "excerpt": "older boyfriend"},
        {"rule": "jargon.term", "excerpt": "escalate"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "It is clear that Gemma cannot protect the children."},
        {"rule": "language.judgemental", "excerpt": "hard to reach"},
        {"rule": "structure.missing-section", "section": "impact"},
        {"rule": "strengths.attendance-only",
         "excerpt": "Gemma attended the police station for interview when asked and has attended all appointments."},
        {"rule": "actions.no-timescale", "excerpt": "Police will continue to monitor the address."},
        {"rule": "child-voice.missing"},
        {"rule": "structure.missing-section", "section": "parent-views"},
        {"rule": "parent-views.missing"},
        {"rule": "recommendation.missing", "child": "Tia Barker"},
        {"rule": "recommendation.missing", "child": "Kai Barker"},
        {"rule": "scaling.missing", "child": "Tia Barker"},
        {"rule": "scaling.missing", "child": "Kai Barker"},
        {"rule": "sharing.not-confirmed"},
        {"rule": "deadline.late"},
    ],
    clean=[
        {"rule": "jargon.acronym", "excerpt": "MASH",
         "why": "spelled out at first use: Multi-Agency Safeguarding Hub (MASH)"},
        {"rule": "jargon.term", "excerpt": "Multi-Agency Safeguarding Hub",
         "why": "the proper name of a service"},
        {"rule": "readability.long-sentence", "excerpt": "30 August 2026: verbal argument, Kai crying on the stairs when officers arrived",
         "why": "list item of a chronology; each item ends a sentence, together they are over 40 words"},
        {"rule": "evidence.unattributed-source", "excerpt": "Officers who attended on 27 September described",
         "why": "the author's own force's attending officers, dated: attributed"},
        {"rule": "evidence.unattributed-source", "excerpt": "(Police National Computer)",
         "why": "conviction sourced to a named record"},
        {"rule": "structure.missing-section", "excerpt": "The children were not spoken to.",
         "why": "the child-views section has text, so it is not structurally empty; the breach is child-voice.missing (not seen, no reason)"},
        {"rule": "structure.missing-section", "excerpt": "Matter to be discussed at conference.",
         "why": "the recommendation section has text (so no missing-section finding); it gives no view and no scale, which is recommendation.missing and scaling.missing"},
    ],
    notes="The impact section heading is absent altogether. Received the day before an initial conference: "
          "Wed 14 Oct to Thu 15 Oct 2026 is 1 working day (2 needed).",
)


# ------------------------------------------------------------------ 04
# Leicester, Leicestershire and Rutland three-question form; adult mental health nurse; initial; good.
report(
    id="04", template="llr", author_role="Community Psychiatric Nurse (adult mental health)",
    conference={"type": "initial", "date": "2026-09-08"}, received="2026-09-03",
    children=["Harvey Fisher"], grade="good",
    blocks=[
        ("btitle", "Multi-Agency Report to Child Protection Conference"),
        ("i", "Leicester, Leicestershire and Rutland"),
        ("form", [("Child's name and date of birth", "Harvey Fisher, 14/02/2017"),
                  ("Parent/carer", "Leanne Fisher (mother)"),
                  ("Name and role of author", "Sarah Whitlock, Community Psychiatric Nurse"),
                  ("Agency", "Leicestershire Partnership NHS Trust")]),
        ("meta", "Date of report: 3 September 2026"),
        ("meta", "Date of conference: 8 September 2026"),
        ("meta", "Conference type: Initial"),

        ("bh", "My involvement with the family"),
        ("p", "I am Leanne's Community Psychiatric Nurse (CPN) in the Community Mental Health Team (CMHT) for "
              "Hinckley. I have worked with Leanne since 23 July 2026, when she left hospital, and I see her at "
              "home every week. I work with Leanne, not with Harvey. I have met Harvey at home four times, for a "
              "few minutes each time."),

        ("bh", "1. What is Working Well?"),
        ("i", "Strengths and existing safety. Attendance at appointments without any context tells us very little."),
        ("p", "Leanne has kept every weekly appointment with me since she left hospital on 23 July, and in them "
              "she has written a crisis plan that says who will look after Harvey if she is unwell."),
        ("p", "The crisis plan names Leanne's younger sister, Leah Fisher, who lives in Wigston. Leah has agreed to "
              "have Harvey to stay at short notice. She looked after him for the three weeks Leanne was in "
              "hospital, and he went to school every day."),
        ("p", "I believe Leanne now recognises the early signs that she is becoming unwell. On 20 August she "
              "phoned the crisis line herself after two nights without sleep, and agreed to a visit from the HTT "
              "the next day."),
        ("p", "Leanne takes her medication every day. Her pharmacist, Mr Shah, told me on 1 September 2026 that "
              "she has collected every weekly prescription on time since July."),
        ("p", "Harvey's dad, Ashley Brooks, has Harvey every other weekend and for two weeks in the summer "
              "holidays. Leanne says this has not been missed once this year, and Harvey looks forward to it."),
        ("p", "Leanne is proud of Harvey and talks about him warmly. When I visited on 27 August she had helped "
              "him make a cardboard castle for school, and she showed it to me."),

        ("bh", "2. What are We Worried About?"),
        ("p", "On 2 July 2026 Leanne took an overdose of her prescribed tablets at home. This was a suicide "
              "attempt. Harvey was at school. Leah found Leanne when she called round at 3pm and phoned 999. "
              "Leanne spent three weeks on a mental health ward in Leicester."),
        ("p", "Leanne has bipolar disorder, diagnosed in 2019. When she is unwell she sleeps very little, spends "
              "money she does not have and can be up all night. Leanne told me that in the weeks before the "
              "overdose she had stopped taking her medication because it made her tired."),
        ("p", "Harvey may have seen things that frightened him. Leanne told me that on 1 July, the night before "
              "the overdose, she was crying and shouting on the phone for much of the evening while Harvey was "
              "at home."),
        ("p", "Before the admission, Harvey's class teacher at the time, Mrs Patel, told Leah on 29 June that he "
              "had come to school without lunch three times that week. Leah told me this on 24 July."),
        ("p", "If Leanne becomes unwell again and the crisis plan is not used, Harvey could come home from school "
              "to find his mum hurt, or be left without food and care. He could also start to feel that keeping "
              "his mum well is his job."),
        ("p", "Things that make this harder: Leanne has rent arrears of about £900 and she worries about them at "
              "night, which affects her sleep. I signposted Leanne to the Citizens Advice debt service on "
              "1 September. Leanne says she does not drink alcohol or use drugs, and I have seen nothing to "
              "suggest otherwise."),

        ("bh", "Harvey's views"),
        ("p", "I have not talked with Harvey on his own, because my role is to work with Leanne and the social "
              "worker, Mr Ben Adeyemi, is seeing Harvey for the assessment. What I know of Harvey's views comes "
              "from Leanne and from what I have seen."),
        ("p", "Leanne told me on 27 August that Harvey had asked her, \"Are you going to go back to hospital?\" "
              "He told her he liked staying at Auntie Leah's \"but I want to be at home with you\"."),
        ("p", "When I visited on 27 August, Harvey came in from school, gave his mum a hug and told her about his "
              "day. He looked relaxed and chatted to me about his football team."),

        ("bh", "3. What Needs to Happen?"),
        ("i", "Please be specific and clearly state timescales."),
        ("li", "Leanne to keep taking her medication, with a weekly check by me until 31 December 2026 (Sarah "
               "Whitlock, CPN)"),
        ("li", "Leanne and Leah to give Harvey's school a copy of the crisis plan by 18 September 2026, so that "
               "school knows who to call (Leanne, with my help)"),
        ("li", "A review of Leanne's medication with her psychiatrist, Dr Kaur, on 6 October 2026 (Dr Kaur)"),
        ("li", "Leanne to go to her first Citizens Advice appointment about the rent arrears on 10 September 2026"),
        ("li", "The social worker, Mr Adeyemi, to arrange for someone Harvey trusts at school to explain his "
               "mum's illness to him in words he understands, before the review conference"),
        ("bh", "Sharing this report"),
        ("p", "I read this report with Leanne on 2 September 2026 and gave her a copy. She agreed with it and "
              "asked me to add that she is \"doing everything I can to stay well for Harvey\". Harvey is nine. "
              "Leanne and I agreed that she will talk to him about the plan. I have not given him a copy, "
              "because the report is mostly about his mum's health."),
        ("p", "Sarah Whitlock, Community Psychiatric Nurse, 3 September 2026"),
    ],
    findings=[
        {"rule": "jargon.acronym", "excerpt": "HTT"},
        {"rule": "jargon.term", "excerpt": "signposted"},
    ],
    clean=[
        {"rule": "jargon.acronym", "excerpt": "CPN",
         "why": "spelled out at first use: Community Psychiatric Nurse (CPN); the later use is clean"},
        {"rule": "jargon.acronym", "excerpt": "CMHT", "why": "spelled out at first use"},
        {"rule": "names.inconsistent", "excerpt": "Leah Fisher",
         "why": "a different person from Leanne: introduced as her younger sister"},
        {"rule": "language.judgemental", "excerpt": "This was a suicide attempt.",
         "why": "a fact about the mother's health, stated plainly as the guidance asks"},
        {"rule": "jargon.term", "excerpt": "mental health ward", "why": "a fact, not jargon"},
        {"rule": "strengths.attendance-only", "excerpt": "Leanne has kept every weekly appointment with me since she left hospital on 23 July",
         "why": "tied in the same sentence to what changed for Harvey's safety (a crisis plan naming who cares for him)"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I believe Leanne now recognises the early signs that she is becoming unwell.",
         "why": "dated example in the next sentence (20 August, phoned the crisis line herself)"},
        {"rule": "evidence.unattributed-source", "excerpt": "Her pharmacist, Mr Shah, told me on 1 September 2026",
         "why": "named source and date"},
        {"rule": "evidence.unattributed-source", "excerpt": "Mrs Patel, told Leah on 29 June",
         "why": "third-hand, but each link is named and dated (Mrs Patel to Leah, Leah to me on 24 July)"},
        {"rule": "child-voice.missing", "excerpt": "I have not talked with Harvey on his own, because my role is to work with Leanne",
         "why": "not seen alone, with the reason; his views as told by his mother (dated) and what the author saw are recorded"},
        {"rule": "actions.no-timescale", "excerpt": "Leanne to go to her first Citizens Advice appointment about the rent arrears on 10 September 2026",
         "why": "date and person responsible (Leanne) given"},
        {"rule": "sharing.not-confirmed", "excerpt": "I have not given him a copy, because the report is mostly about his mum's health.",
         "why": "shared with the parent; not given to the child, with a reason"},
        {"rule": "recommendation.missing",
         "why": "the LLR form does not ask for a recommendation: the check must stay silent"},
        {"rule": "scaling.missing", "why": "the LLR form does not ask for scaling"},
        {"rule": "parent-views.missing", "why": "not asked by the LLR profile (and Leanne's views are recorded anyway)"},
    ],
)


# ------------------------------------------------------------------ 05
# Leicester, Leicestershire and Rutland three-question form; housing; review; inadequate.
DUP05 = ("The garden is full of rubbish bags and broken furniture, and on my last visit the children were "
         "playing among the broken glass near the back door.")
report(
    id="05", template="llr", author_role="Tenancy Sustainment Officer (housing)",
    conference={"type": "review", "date": "2026-10-09"}, received="2026-10-01",
    children=["Logan Hart", "Evie Hart"], grade="inadequate",
    blocks=[
        ("title", "Multi-Agency Report to Conference"),
        ("form", [("Children", "Logan Hart (7), Evie Hart (4)"),
                  ("Parents", "Danielle Hart, Craig Hart"),
                  ("Author", "Paul Grimes, Leicester City Council Housing")]),
        ("meta", "Date of report: 1 October 2026"),
        ("meta", "Date of conference: 9 October 2026"),
        ("meta", "Conference type: Review"),

        ("bh", "Agency involvement"),
        ("p", "I am the TSO for the Hart family's tenancy at 14 Marsden Close. Mr and Mrs Hart have held the "
              "tenancy since 2019. I became involved in February 2026 because of rent arrears and complaints of "
              "ASB from neighbours. The property is a three-bedroom council house with a back garden."),

        ("bh", "1. What is Working Well?"),
        ("i", "Strengths and existing safety. Attendance at appointments without any context tells us very little."),
        ("p", "N/A"),

        ("bh", "2. What are We Worried About?"),
        ("p", "The family's rent arrears are now £2,340. A Notice of Seeking Possession (NOSP) was served on "
              "4 August 2026. Their HB claim was suspended in July because Mrs Hart did not return the review "
              "form. If the arrears are not reduced the council may apply to court for possession, and the "
              "family could lose their home."),
        ("p", "It is known that the property is used by people buying drugs."),
        ("p", "Our anti-social behaviour log shows five complaints from two neighbours about shouting and banging "
              "late at night between June and September 2026."),
        ("p", "On 15 September I carried out a joint visit with the Environmental Health Officer, Ms Price, and we "
              "found that the kitchen ceiling had a large damp patch with black mould spreading across it, the "
              "smoke alarm had been taken down and the back door would not lock properly."),
        ("p", "Logan and Evie sleep in the back bedroom, next to the kitchen."),
        ("p", DUP05),
        ("p", "I saw Evey playing in the road outside the house on 15 September while her parents were inside."),
        ("p", "Mrs Hart has refused to engage with the money advice service. The household is chaotic and there "
              "is no routine for the children."),
        ("p", "In my opinion the family are not prioritising the children. Mr Hart works nights at a warehouse "
              "in Enderby."),
        ("p", "Housing has been unable to complete the annual tenancy audit due to the family's non-engagement. "
              "Three appointments were offered in July and August and nobody was at home for any of them."),
        ("p", "Repairs: a repair to the back door was booked for 22 September but our contractor could not get "
              "in. The damp has been reported by the family before, in 2024, and a repair was done then."),

        ("bh", "3. What Needs to Happen?"),
        ("i", "Please be specific and clearly state timescales."),
        ("li", "The family need to clear the rent arrears."),
        ("li", "Mr and Mrs Hart must clear the garden. " + DUP05),
        ("li", "Housing will continue to work with the service user to sustain the tenancy."),
        ("li", "I will refer the family to the Early Help service."),
        ("li", "The back door repair has been rebooked for 12 October 2026 and Mrs Hart has agreed to be in "
               "(repairs team)."),
        ("p", "This report has not been shared with the family."),
        ("p", "Paul Grimes, Tenancy Sustainment Officer"),
    ],
    findings=[
        {"rule": "jargon.acronym", "excerpt": "TSO"},
        {"rule": "jargon.acronym", "excerpt": "ASB"},
        {"rule": "structure.missing-section", "section": "working-well"},
        {"rule": "jargon.acronym", "excerpt": "HB"},
        {"rule": "evidence.unattributed-source", "excerpt": "It is known that"},
        {"rule": "readability.long-sentence",
         "excerpt": "On 15 September I carried out a joint visit with the Environmental Health Officer, Ms Price, and "
                    "we found that the kitchen ceiling had a large damp patch with black mould spreading across it, "
                    "the smoke alarm had been taken down and the back door would not lock properly."},
        {"rule": "names.inconsistent", "excerpt": "Evey"},
        {"rule": "language.judgemental", "excerpt": "refused to engage"},
        {"rule": "language.judgemental", "excerpt": "chaotic"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "In my opinion the family are not prioritising the children."},
        {"rule": "jargon.term", "excerpt": "non-engagement"},
        {"rule": "actions.no-timescale", "excerpt": "The family need to clear the rent arrears."},
        {"rule": "duplication.repeated-text", "excerpt": DUP05},
        {"rule": "jargon.term", "excerpt": "service user"},
        {"rule": "actions.no-timescale", "excerpt": "Housing will continue to work with the service user to sustain the tenancy."},
        {"rule": "actions.no-timescale", "excerpt": "I will refer the family to the Early Help service."},
        {"rule": "child-voice.missing"},
        {"rule": "sharing.not-confirmed", "excerpt": "This report has not been shared with the family."},
    ],
    clean=[
        {"rule": "jargon.acronym", "excerpt": "NOSP",
         "why": "spelled out at first use: Notice of Seeking Possession (NOSP)"},
        {"rule": "evidence.unattributed-source", "excerpt": "Our anti-social behaviour log shows five complaints from two neighbours",
         "why": "sourced to the author's own agency's record, with dates; neighbours are not named to protect them"},
        {"rule": "evidence.unattributed-source", "excerpt": "with the Environmental Health Officer, Ms Price",
         "why": "first-hand joint visit with a named officer, dated"},
        {"rule": "actions.no-timescale", "excerpt": "The back door repair has been rebooked for 12 October 2026",
         "why": "date and who is responsible (repairs team, Mrs Hart to be in) given"},
        {"rule": "recommendation.missing", "why": "the LLR form does not ask for a recommendation"},
        {"rule": "scaling.missing", "why": "the LLR form does not ask for scaling"},
        {"rule": "parent-views.missing", "why": "not asked by the LLR profile"},
        {"rule": "readability.long-sentence", "excerpt": "Housing has been unable to complete the annual tenancy audit due to the family's non-engagement.",
         "why": "15 words: only the jargon is a finding"},
    ],
    notes="child-voice.missing: the only mention of the children is what the author saw of Evie (4) in the road "
          "and both children among broken glass; SPEC counts observation only for a baby or non-verbal child, "
          "and neither child's views, wishes or feelings appear. Working-well is a placeholder (N/A).",
)


# ------------------------------------------------------------------ 06
# Norfolk education pro-forma (form tables); primary DSL; initial; requires improvement.
ED_PROMPT_NEEDS = [("bh", "Child/young person's educational needs."),
                   ("i", "Details of current education provision: including any PRU placements, alternative "
                         "education or work-based learning. Does the child have any of the following in place? "
                         "Individual Education Plan (IEP); Pastoral Support Plan (PSP); Special Educational Needs. "
                         "Outline any additional needs the child may have including any disabilities, medical "
                         "needs, gifted & talented, EAL and the support being provided.")]
ED_PROMPT_PROGRESS = [("bh", "Educational Progress."),
                      ("i", "% Attendance (you must attach a registration certificate to this report). Number and "
                            "reason for any exclusions. Please comment on the child's educational progress.")]
ED_PROMPT_PRESENTATION = [("bh", "Child's presentation:"),
                          ("i", "Please comment on and consider the following: school attendance, hygiene, "
                                "appearance, behaviour, relationships with peers and adults, preparedness for "
                                "learning.")]
ED_PROMPT_PARENTS = [("bh", "Relationships & engagement with parents/carers:"),
                     ("i", "Please comment on the schools' relationship with parents including level of engagement "
                           "and response to concerns raised. Please also provide comments on your observations of "
                           "the parent(s)/child relationship.")]
ED_PROMPT_CONSULTED = [("bh", "Has the child been consulted with?"),
                       ("i", "If no, please provide reasons for this. If yes, what are their wishes, feelings and "
                             "desired outcomes:")]
ED_PROMPT_ANALYSIS = [("bh", "Professional analysis of family/child's needs and situation:"),
                      ("i", "Give consideration to the impact that the current and past family functioning and "
                            "family history are having on the parents' capacities to met the child's needs and "
                            "specifically their educational progress.")]
ED_PROMPT_ACTIONS = [("bh", "Actions taken by you in respect of the recommendations of the last Child Protection "
                            "Conference:"),
                     ("i", "Please outline your contribution to the child protection plan as applicable.")]
ED_ADULT_HEAD = ["Name", "DOB", "Address & Tel. No.", "Relationship to child(ren)", "Parental Responsibility Yes/No",
                 "Ethnicity", "First Language"]
ED_CHILD_HEAD = ["Name", "Male/Female", "DOB", "Address & Tel. No.", "School & Contact Name", "Ethnicity",
                 "First Language"]

report(
    id="06", template="norfolk-education", author_role="Deputy Head and Designated Safeguarding Lead (primary)",
    conference={"type": "initial", "date": "2026-06-03"}, received="2026-06-01",
    children=["Amelia Nowak", "Oskar Nowak"], grade="requires-improvement",
    blocks=[
        ("title", "Education Report to a Child Protection Conference"),
        ("i", "A COPY OF THIS FORM MUST BE RETAINED SECURELY IN THE CHILD'S CP RECORDS"),
        ("meta", "Date of report: 1 June 2026"),
        ("meta", "Date of conference: 3 June 2026"),
        ("meta", "Conference type: Initial"),
        ("form", [("Name and Position of Report Author:",
                   "Sarah Goodwin, Deputy Headteacher and Designated Safeguarding Lead"),
                  ("Date:", "1 June 2026"),
                  ("Full Name of Child(ren):", "Amelia Nowak; Oskar Nowak"),
                  ("Date(s) of Birth:", "12/03/2018; 30/09/2021"),
                  ("School or Educational Provision:", "Elmfield Primary School, Dereham"),
                  ("Who have you consulted with in the production of this report?",
                   "Mr Tom Hale, Amelia's class teacher; Mrs Julie Ward, Oskar's Reception teacher; Mrs Ana Silva, "
                   "teaching assistant, who speaks Polish; Mr Carl Booth, attendance officer")]),
        ("bh", "FAMILY COMPOSITION - Adults"),
        ("table", [ED_ADULT_HEAD,
                   ["Katarzyna Nowak", "04/07/1990", "22 Mill Lane, Dereham NR19 1AB, 07700 900123", "Mother", "Yes",
                    "White Polish", "Polish"],
                   ["Piotr Nowak", "11/01/1987", "22 Mill Lane, Dereham NR19 1AB, 07700 900456", "Father", "Yes",
                    "White Polish", "Polish"]]),
        ("bh", "FAMILY COMPOSITION - Children"),
        ("table", [ED_CHILD_HEAD,
                   ["Amelia Nowak", "Female", "12/03/2018", "22 Mill Lane, Dereham", "Elmfield Primary, Mr Hale",
                    "White Polish", "Polish"],
                   ["Oskar Nowak", "Male", "30/09/2021", "22 Mill Lane, Dereham", "Elmfield Primary, Mrs Ward",
                    "White Polish", "Polish"]]),
        ("form", [("Have the child and parents/carers had a copy of this form?", "NO")]),
        ("formbelow", [
            (ED_PROMPT_NEEDS, [
                "Amelia does not have any special educational needs. She speaks Polish at home and English at "
                "school. She had EAL support from Mrs Silva for two years and no longer needs it in class.",
                "Oskar is in Reception. His spoken English is a little behind for his age, and he has a weekly "
                "talking group with a TA."]),
            (ED_PROMPT_PROGRESS, [
                "Amelia's attendance this year is 96.2% and Oskar's is 94.8%. Neither child has had any exclusions.",
                "Amelia is working at the expected standard in reading, writing and maths. Oskar is on track in "
                "most areas for the end of Reception except speaking."]),
            (ED_PROMPT_PRESENTATION, [
                "On 18 May 2026 Amelia came to school with two round bruises on the back of her left thigh, each "
                "about the size of a 2p coin. Mr Hale saw them when she changed for PE and told me straight away. "
                "Amelia told me that Dad had hit her with his belt because she had broken his phone. I referred "
                "this to Children's Services the same morning.",
                "Since then Amelia has been quieter in class. Mr Hale told me on 27 May that she has started to ask "
                "to stay in at playtime and has cried twice when it was time to go home.",
                "Amelia appears anxious when Dad collects her. On 20 May and 22 May I saw her walk slowly to the "
                "gate with her head down when she saw him, while she ran to Mum on the other days that week.",
                "Dad was heard shouting at Amelia in the playground on 21 May.",
                "Amelia is always clean and in uniform, and she is ready to learn. Oskar is a happy, busy little "
                "boy who plays well with other children. Mrs Ward has no worries about his care or clothing."]),
            (ED_PROMPT_PARENTS, [
                "Mum brings both children to school most days and talks to staff at the door. She comes to "
                "parents' evenings and reads with Amelia at home. We talk with Mum in English, and Mrs Silva helps "
                "with Polish when needed.",
                "Dad has not come to any parents' evenings this year. I invited him to meetings on 19 May and "
                "26 May; he did not come to either. Dad has disengaged from school since the referral.",
                "I believe Mum knows more than she is saying. Mum's mobile number changed in April."]),
            (ED_PROMPT_CONSULTED, [
                "Yes. Amelia was seen alone by me on 28 May 2026 in the school library. She chose to talk in "
                "English.",
                "Amelia said she likes school \"because it is calm\" and that her best thing at home is baking with "
                "Mum. She said she is scared when Dad is angry: \"He shouts and then the belt comes.\" She said she "
                "wants Dad \"to stop being angry\" and still wants to live with him. She said I could tell Mum and "
                "the meeting what she said, but asked me not to tell Dad on his own.",
                "I did not ask Oskar about home because he is four and the social worker, Ms Reeve, asked us to "
                "leave this to her joint visit with the police on 19 May. Mrs Ward says Oskar talks happily about "
                "Mum, Dad and his sister."]),
            (ED_PROMPT_ANALYSIS, [
                "Amelia has told us that her dad hits her with a belt, and we have seen bruises that fit what she "
                "said. Since then she has become quieter and more anxious at school, especially at home time. Her "
                "learning is still on track, which shows that school is a safe and settled place for her.",
                "My main worry is that Amelia is frightened of going home when Dad is there, and that if nothing "
                "changes she will stop telling adults what is happening, because she has already asked me not to "
                "tell Dad and she knows that what she said has caused a lot of upset at home.",
                "Oskar is doing well and we have no direct worries about him, but he lives in the same home and "
                "may see or hear what happens to his sister. Mum's care of both children is warm and reliable, and "
                "she has always acted on what we have asked."]),
        ]),
        ("p", "Signature: S Goodwin"),
        ("p", "Name: Sarah Goodwin"),
    ],
    findings=[
        {"rule": "sharing.not-confirmed"},
        {"rule": "jargon.acronym", "excerpt": "EAL", "context": "She had EAL support"},
        {"rule": "jargon.acronym", "excerpt": "TA", "context": "talking group with a TA"},
        {"rule": "evidence.unattributed-source", "excerpt": "Dad was heard shouting at Amelia in the playground on 21 May."},
        {"rule": "language.judgemental", "excerpt": "disengaged"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I believe Mum knows more than she is saying."},
        {"rule": "readability.long-sentence",
         "excerpt": "My main worry is that Amelia is frightened of going home when Dad is there, and that if nothing "
                    "changes she will stop telling adults what is happening, because she has already asked me not "
                    "to tell Dad and she knows that what she said has caused a lot of upset at home."},
    ],
    clean=[
        {"rule": "jargon.term", "excerpt": "relationships with peers and adults",
         "why": "template guidance prompt left in italics, not the author's words"},
        {"rule": "jargon.acronym", "excerpt": "Pastoral Support Plan (PSP)",
         "why": "template guidance prompt, and spelled out anyway"},
        {"rule": "jargon.acronym", "excerpt": "DOB",
         "why": "column header of the family composition table: not the author's prose"},
        {"rule": "jargon.acronym", "excerpt": "PE", "why": "everyday school word (physical education)"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "Amelia appears anxious when Dad collects her.",
         "why": "dated observation in the next sentence (20 and 22 May)"},
        {"rule": "evidence.unattributed-source", "excerpt": "Amelia was seen alone by me",
         "why": "the author's own practice, not second-hand information"},
        {"rule": "evidence.unattributed-source", "excerpt": "Mr Hale told me on 27 May",
         "why": "named source and date"},
        {"rule": "child-voice.missing", "excerpt": "I did not ask Oskar about home because he is four",
         "why": "child not consulted, with the reason; Amelia's own words are recorded"},
        {"rule": "structure.missing-section",
         "why": "no previous-actions section, and none needed: it is required only at a review conference"},
        {"rule": "jargon.acronym", "excerpt": "CHILD'S CP RECORDS",
         "why": "the form's own printed banner (template text), not the author's words"},
        {"rule": "language.judgemental", "excerpt": "relationship with parents including level of engagement",
         "why": "template guidance prompt left in italics"},
        {"rule": "recommendation.missing", "why": "the education pro-forma does not ask for a recommendation"},
        {"rule": "scaling.missing", "why": "not asked by the norfolk-education profile"},
    ],
)


# ------------------------------------------------------------------ 07
# Norfolk education pro-forma (question left, answer right); secondary head of year; review; inadequate; late.
DUP07 = ("Kayla has been missing from home overnight three times since September and each time she has come "
         "back to school the next day tired and will not say where she has been.")
report(
    id="07", template="norfolk-education", author_role="Head of Year (secondary school)",
    conference={"type": "review", "date": "2026-12-10"}, received="2026-12-04",
    children=["Kayla Dunn"], grade="inadequate",
    blocks=[
        ("title", "Education Report to a Child Protection Conference"),
        ("meta", "Date of report: 4 December 2026"),
        ("meta", "Date of conference: 10 December 2026"),
        ("meta", "Conference type: Review"),
        ("form", [("Name and Position of Report Author:", "Gary Pike, Head of Year 9"),
                  ("Full Name of Child(ren):", "Kayla Dunn"),
                  ("Date(s) of Birth:", "08/05/2012"),
                  ("School or Educational Provision:", "Marshland High School"),
                  ("Who have you consulted with in the production of this report?",
                   "Ms Grant (form tutor), Mrs Lacey (attendance), the school nurse")]),
        ("bh", "FAMILY COMPOSITION - Adults"),
        ("table", [ED_ADULT_HEAD,
                   ["Michelle Dunn", "21/10/1985", "3 Fen Road, Wisbech", "Mother", "Yes", "White British", "English"],
                   ["Steve Bright", "02/02/1980", "3 Fen Road, Wisbech", "Mother's partner", "No", "White British",
                    "English"]]),
        ("bh", "FAMILY COMPOSITION - Children"),
        ("table", [ED_CHILD_HEAD,
                   ["Kayla Dunn", "Female", "08/05/2012", "3 Fen Road, Wisbech", "Marshland High, Mr Pike",
                    "White British", "English"],
                   ["Riley Dunn", "Male", "17/03/2015", "3 Fen Road, Wisbech", "Marshland High, Mrs Lacey",
                    "White British", "English"]]),
        ("form", [
            ("Have the child and parents/carers had a copy of this form?", "NO"),
            (ED_PROMPT_NEEDS, [
                "Kayla has had a Pastoral Support Plan (PSP) since October 2026 because of her behaviour. She has no "
                "special educational needs. Her PSP is reviewed every six weeks with Mum."]),
            (ED_PROMPT_PROGRESS, [
                "Attendance this term is 71.4% (last year 88.0%).",
                "Kayla has had two FTE this term: 2 days in October for swearing at a teacher and 3 days in "
                "November for leaving the site without permission.",
                "She is working below her target grades in English, maths and science."]),
            (ED_PROMPT_PRESENTATION, [
                "Kayla is often late, and staff have found her off site at lunchtime several times. Kayla is putting "
                "herself at risk by leaving school at lunchtime and getting into cars. She is in a relationship "
                "with a 19-year-old man called Jordan who waits for her at the gates.",
                "Her form tutor, Ms Grant, told me on 30 November 2026 that Kayla had new acrylic nails and a new "
                "phone and would not say who had paid for them. Staff have raised CSE concerns with the social "
                "worker.",
                "Kayla is promiscuous and boasts about boyfriends in class. Her behaviour is attention seeking.",
                DUP07]),
            (ED_PROMPT_PARENTS, [
                "Mum comes to the PSP reviews and always says she will talk to Kayla, but nothing changes. This is "
                "disguised compliance.",
                "When Mum came in on 12 November with Steve to discuss the second exclusion she said she has no "
                "control over Kayla and that Kayla climbs out of her bedroom window at night, and Steve said that "
                "if school cannot keep her in at lunchtime then that is school's problem.",
                "It is understood that Kayla has been drinking alcohol at weekends. SLT have met with Mum twice.",
                DUP07]),
            (ED_PROMPT_CONSULTED, ["No"]),
            (ED_PROMPT_ANALYSIS, [""]),
            (ED_PROMPT_ACTIONS, ["N/A"]),
        ]),
        ("p", "Signature: G Pike"),
        ("p", "Name: Gary Pike"),
    ],
    findings=[
        {"rule": "sharing.not-confirmed"},
        {"rule": "jargon.acronym", "excerpt": "FTE"},
        {"rule": "language.judgemental", "excerpt": "putting herself at risk"},
        {"rule": "language.judgemental", "excerpt": "in a relationship with"},
        {"rule": "jargon.acronym", "excerpt": "CSE"},
        {"rule": "language.judgemental", "excerpt": "promiscuous"},
        {"rule": "language.judgemental", "excerpt": "attention seeking"},
        {"rule": "jargon.term", "excerpt": "disguised compliance"},
        {"rule": "readability.long-sentence",
         "excerpt": "When Mum came in on 12 November with Steve to discuss the second exclusion she said she has no "
                    "control over Kayla and that Kayla climbs out of her bedroom window at night, and Steve said "
                    "that if school cannot keep her in at lunchtime then that is school's problem."},
        {"rule": "evidence.unattributed-source", "excerpt": "It is understood that"},
        {"rule": "jargon.acronym", "excerpt": "SLT"},
        {"rule": "duplication.repeated-text", "excerpt": DUP07},
        {"rule": "child-voice.missing"},
        {"rule": "structure.missing-section", "section": "analysis"},
        {"rule": "structure.missing-section", "section": "previous-actions"},
        {"rule": "deadline.late"},
    ],
    clean=[
        {"rule": "jargon.acronym", "excerpt": "PSP",
         "why": "spelled out at first use: Pastoral Support Plan (PSP); later uses clean"},
        {"rule": "evidence.unattributed-source", "excerpt": "Her form tutor, Ms Grant, told me on 30 November 2026",
         "why": "named source and date"},
        {"rule": "jargon.term", "excerpt": "Relationships & engagement with parents/carers",
         "why": "template heading, not the author's text"},
        {"rule": "readability.long-sentence", "excerpt": DUP07,
         "why": "32 words: an info-level long sentence, not a warning (over 40); not labelled here"},
        {"rule": "recommendation.missing", "why": "the education pro-forma does not ask for a recommendation"},
    ],
    notes="child-voice.missing: 'Has the child been consulted with?' is answered 'No' with no reason, and nothing "
          "else in the report gives Kayla's views. The analysis cell is empty and previous actions (required at "
          "a review) are 'N/A'. Late: received Fri 4 Dec 2026 for a review on Thu 10 Dec = 4 working days "
          "(5 needed).",
)


# ------------------------------------------------------------------ 08
# Lincolnshire form; GP; initial; requires improvement.
report(
    id="08", template="lincolnshire", author_role="GP",
    conference={"type": "initial", "date": "2026-07-14"}, received="2026-07-09",
    children=["Ellie Mason", "Noah Mason"], grade="requires-improvement",
    blocks=[
        ("title", "Multi-Agency Report to Child Protection Conference"),
        ("i", "Lincolnshire Safeguarding Children Partnership"),
        ("form", [("Children", "Ellie Mason (born 19/04/2021), Noah Mason (born 02/01/2024)"),
                  ("Parents", "Jade Mason (mother), Scott Mason (father)"),
                  ("Author", "Dr Priya Raman, GP Partner, Castle Street Surgery, Sleaford")]),
        ("meta", "Date of report: 9 July 2026"),
        ("meta", "Date of conference: 14 July 2026"),
        ("meta", "Conference type: Initial"),

        ("h1", "Agency involvement"),
        ("p", "I am a GP partner at Castle Street Surgery. The whole family is registered with us: Jade since 2010, "
              "Scott since 2015, and Ellie and Noah since birth. I have been Jade's usual GP since 2021. This "
              "report is based on the practice records and on my own appointments with the family."),

        ("h1", "What are we worried about?"),
        ("p", "Noah did not attend his appointments at the children's outpatient clinic on 3 March and 12 May "
              "2026. I referred him there in January because his weight was below the 2nd centile."),
        ("p", "Noah has had none of his one-year immunisations, which were due in January 2025. The practice has "
              "sent four letters and the HV has visited twice to offer them."),
        ("p", "Ellie has tooth decay in six teeth. The dental hospital's letter of 2 June 2026 says she needs four "
              "teeth removed under general anaesthetic and that she has been in pain. Jade told me Ellie has never "
              "been registered with a dentist."),
        ("p", "When I saw Ellie on 30 June for a chest infection she was wearing a vest and a thin summer dress "
              "although it was a cold wet day, her hair was matted at the back, and she told me she was hungry "
              "and asked if she could have the biscuits from the reception desk."),
        ("p", "Ellie appears to be neglected. The family moved to their current address in March 2025."),
        ("p", "There has been a pattern of non-compliance with health appointments for both children since 2025."),
        ("p", "I believe Ellie and Noah's health needs are not being met at home. Between January and June 2026, 7 "
              "of the 11 appointments made for the children were missed, and Noah's weight has stayed below the "
              "2nd centile."),

        ("h1", "Complicating factors"),
        ("p", "Jade has anxiety and depression. Her mental health has been worse since Noah was born, and she "
              "takes medication for it. She told me on 30 June that some days she \"can't face going out\"."),
        ("p", "Scott works nights in a warehouse. Scott has epilepsy and is disabled by it; he is not allowed to "
              "drive, so getting to appointments in Lincoln means two buses with the children."),
        ("p", "The family live in a village with a bus every two hours."),

        ("h1", "Existing Safety & Strengths (What's working well)"),
        ("p", "Jade attends her own appointments."),
        ("p", "Jade has kept every one of her monthly reviews with me since January, and in that time her anxiety "
              "has eased enough for her to take Ellie to school every day. Ellie's head teacher, Mrs Knight, wrote "
              "to me on 25 June that Ellie's attendance has gone up to 95% this term."),
        ("p", "Ellie is a bright, chatty girl who is clearly loved. She told me about her mum's birthday cake and "
              "her baby brother's first words."),
        ("p", "Jade's mother, Mrs Linda Platt, lives in Sleaford and has offered to drive Jade and the children to "
              "hospital appointments."),

        ("h1", "What Needs to Happen?"),
        ("li", "Noah's outpatient appointment to be rebooked for the week of 20 July 2026; Dr Raman to phone Jade "
               "the day before and Mrs Platt to drive them"),
        ("li", "Noah's immunisations to be given at the surgery by the practice nurse, Sister Jones, by 31 August "
               "2026, with Jade bringing him"),
        ("li", "Jade to register the children with a dentist."),
        ("li", "Ellie's dental treatment to go ahead on the date the dental hospital gives; Dr Raman to check with "
               "the hospital by 31 July 2026 that she was brought"),

        ("h1", "Is a Child Protection Plan needed?"),
        ("p", "Yes. I think Ellie and Noah need a Child Protection Plan under the category of neglect, because "
              "both children's health has been harmed by missed care: Ellie's teeth, and Noah's weight and "
              "immunisations."),

        ("h1", "The children's views"),
        ("p", "Ellie was seen without her mum for ten minutes on 30 June, with the practice nurse, Sister Jones. "
              "She said she likes her school and her teacher. She said her teeth \"hurt when I eat crisps\" and "
              "she wants them to stop hurting. When I asked what she would like to be different at home, she "
              "said \"more dinner\"."),
        ("p", "Noah is two and says only a few words. When I saw him on 30 June he was pale and quiet, sat on his "
              "mum's lap throughout and reached for her when I examined him. He smiled when Ellie played peekaboo "
              "with him."),

        ("h1", "Sharing this report"),
        ("p", "I went through this report with Jade at the surgery on 8 July 2026 and gave her a copy. She agreed "
              "with the facts but not with my view that a plan is needed. Scott was at work, so Jade took a copy "
              "home for him. Ellie is five, so I have not shared the report with her."),
        ("p", "Dr Priya Raman, 9 July 2026"),
    ],
    findings=[
        {"rule": "jargon.term", "excerpt": "did not attend"},
        {"rule": "jargon.acronym", "excerpt": "HV"},
        {"rule": "readability.long-sentence",
         "excerpt": "When I saw Ellie on 30 June for a chest infection she was wearing a vest and a thin summer dress "
                    "although it was a cold wet day, her hair was matted at the back, and she told me she was hungry "
                    "and asked if she could have the biscuits from the reception desk."},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "Ellie appears to be neglected."},
        {"rule": "language.judgemental", "excerpt": "non-compliance"},
        {"rule": "strengths.attendance-only", "excerpt": "Jade attends her own appointments."},
        {"rule": "actions.no-timescale", "excerpt": "Jade to register the children with a dentist."},
    ],
    clean=[
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I believe Ellie and Noah's health needs are not being met at home.",
         "why": "evidence in the next sentence (7 of 11 appointments missed, Noah's weight)"},
        {"rule": "strengths.attendance-only", "excerpt": "Jade has kept every one of her monthly reviews with me since January",
         "why": "tied to a change for the child: Ellie now taken to school every day, attendance 95% (named source)"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "Ellie is a bright, chatty girl who is clearly loved.",
         "why": "the judgement is followed by its evidence in the next sentence (what Ellie told the author)"},
        {"rule": "jargon.term", "excerpt": "under the category of neglect",
         "why": "a Child Protection Plan category, which the Lincolnshire guidance asks agencies to name"},
        {"rule": "language.judgemental", "excerpt": "Scott has epilepsy and is disabled by it",
         "why": "a fact about a parent's health that explains a barrier (cannot drive)"},
        {"rule": "jargon.term", "excerpt": "Her mental health has been worse since Noah was born",
         "why": "a fact, plainly stated"},
        {"rule": "evidence.unattributed-source", "excerpt": "Ellie's head teacher, Mrs Knight, wrote to me on 25 June",
         "why": "named source and date"},
        {"rule": "evidence.unattributed-source", "excerpt": "The dental hospital's letter of 2 June 2026 says",
         "why": "named, dated written source"},
        {"rule": "evidence.unattributed-source", "excerpt": "Ellie was seen without her mum for ten minutes on 30 June",
         "why": "the author's own practice, not hearsay"},
        {"rule": "recommendation.missing", "excerpt": "I think Ellie and Noah need a Child Protection Plan",
         "why": "a clear view for each child named"},
        {"rule": "scaling.missing", "why": "Lincolnshire scales in the meeting: the check must stay silent"},
        {"rule": "child-voice.missing", "excerpt": "Noah is two and says only a few words.",
         "why": "what the author saw of a near non-verbal child is recorded, and Ellie's own words"},
    ],
)


# ------------------------------------------------------------------ 09
# Lincolnshire form; early help family support worker; review; good.
report(
    id="09", template="lincolnshire", author_role="Family Support Worker (early help)",
    conference={"type": "review", "date": "2026-05-29"}, received="2026-05-21",
    children=["Lily Thompson", "Jack Thompson"], grade="good",
    blocks=[
        ("btitle", "Multi-Agency Report to Child Protection Conference"),
        ("i", "Lincolnshire Safeguarding Children Partnership"),
        ("form", [("Children", "Lily Thompson (12), Jack Thompson (7)"),
                  ("Parents", "Nicola Thompson (mother), Marc Thompson (father)"),
                  ("Author", "Donna Reeves, Family Support Worker, Lincolnshire Early Help")]),
        ("meta", "Date of report: 21 May 2026"),
        ("meta", "Date of conference: 29 May 2026"),
        ("meta", "Conference type: Review"),

        ("bh", "Agency involvement"),
        ("p", "I have worked with the family since the initial conference on 17 February 2026, when Lily and Jack "
              "were made subject to Child Protection Plans under the category of emotional abuse. I visit every "
              "week, usually after school so that I see the children too, and I chair the core group."),

        ("bh", "What are we worried about?"),
        ("p", "Lincolnshire Police told the initial conference that they were called to the home four times in "
              "2025 after Marc had been drinking. On 2 January 2026 Marc threw a mug at Nicola, which hit the wall next to Jack. Lily "
              "called the police. Marc moved out the next day and now lives with his mother, Pat Thompson."),
        ("p", "The worry now is smaller but it has not gone. Marc still drinks at weekends. If he came back to "
              "live at home, or saw the children after drinking, Lily and Jack could again see arguments and "
              "violence."),
        ("p", "Lily still worries about her mum. Her head of year, Mr Singh, told me on 14 May 2026 that Lily went "
              "to the school's wellbeing room twice in April after hearing her parents argue on the phone."),
        ("p", "Jack sometimes wets the bed after weekend visits. Nicola has kept a diary since March: it happened "
              "three times in March, once in April and not at all so far in May."),

        ("bh", "Complicating factors"),
        ("p", "Nicola has had panic attacks since the incident in January. She is on the waiting list for talking "
              "therapy through her GP, expected to start in June. Her mental health affects how much she can do "
              "on a bad day, but she has not missed a school run."),
        ("p", "Jack is autistic (diagnosed in 2024) and changes to his routine upset him, so changes to visits "
              "need planning with him in advance."),
        ("p", "Money is tight. Nicola works part-time at a pharmacy and Marc pays child maintenance irregularly."),

        ("bh", "Existing Safety & Strengths (What's working well)"),
        ("p", "Marc has attended all 12 sessions of the Building Better Relationships (BBR) programme, and since "
              "March he has kept to the plan of seeing the children only at his mother's house, sober. Nicola, Lily and Jack each told me separately that this has happened every "
              "time."),
        ("p", "Nicola has kept to the safety plan. When Marc phoned her drunk on 26 April, she ended the call, "
              "told me the next morning and did not let him see the children that weekend."),
        ("p", "Pat Thompson supervises every visit and has agreed to phone Nicola if Marc arrives after drinking. "
              "She has not needed to."),
        ("p", "Nicola's sister, Claire, has the children for a sleepover one Saturday a month, which gives Nicola "
              "respite."),
        ("p", "I think Nicola is now able to keep the children safe from Marc's drinking. She has followed the "
              "safety plan every time it has been tested since March, including on 26 April. Since finishing "
              "the BBR course Marc has also started to talk to me openly about his drinking."),

        ("bh", "The children's views"),
        ("p", "Lily was seen alone at school on 12 May 2026."),
        ("p", "Lily told me that the thing that has made the biggest difference is that her dad is no longer at "
              "home when he has been drinking, because she does not have to lie awake listening for the front "
              "door any more and she now sleeps through the night most nights."),
        ("p", "She wants to carry on seeing her dad at Nana Pat's and would \"maybe\" like him to come to her "
              "birthday tea if Mum agrees. She agreed that I could share this with her parents and the "
              "conference."),
        ("p", "I saw Jack at home on 13 May 2026, with his mum in the kitchen and me in the lounge. Using his toy "
              "cars, he showed me the \"daddy car\" parked at \"Nana's garage\" and said, \"Daddy comes and we "
              "play Lego. No shouting now.\""),

        ("bh", "What Needs to Happen?"),
        ("li", "Nicola to start talking therapy when it is offered in June 2026; I will check she has a date by "
               "30 June 2026 (Donna Reeves)"),
        ("li", "Marc to keep seeing the children only at Pat's house, and sober, until the safety plan is reviewed "
               "in September 2026 (Marc, with Pat checking)"),
        ("li", "Marc to have an assessment with the local alcohol service by 30 June 2026 (Marc; I gave him the "
               "number on 20 May)"),
        ("li", "Weekly visits from me until the end of July 2026, then fortnightly until the plan is reviewed "
               "(Donna Reeves)"),
        ("li", "Lily to keep her weekly session with the school counsellor, Mrs Ellis, until the end of the summer "
               "term (Mr Singh to arrange)"),

        ("bh", "Is a Child Protection Plan needed?"),
        ("p", "No. I do not think Lily and Jack need a Child Protection Plan any more, because the safety plan has "
              "held every time it was tested since March, and neither child has seen violence since "
              "January. I think a Child in Need plan would be enough, because the family now need help to keep "
              "these changes going rather than protection from immediate harm."),
        ("p", "On the safety scale I would put both children at 7 out of 10, because the plan has held for three "
              "months. It would move up if Marc's assessment with the alcohol service goes ahead and he keeps to "
              "the plan over the summer holidays."),

        ("bh", "Sharing this report"),
        ("p", "I read this report with Nicola on 20 May 2026 and with Marc by phone on 21 May 2026; both have a "
              "copy. Marc agrees with it. Nicola asked me to add that she is \"proud of the kids\". I read Lily the "
              "parts about her, and she asked me to change one word, which I did. Jack is seven and autistic, so I "
              "explained the plan to him with pictures rather than giving him the report."),
        ("p", "Donna Reeves, Family Support Worker, 21 May 2026"),
    ],
    findings=[
        {"rule": "jargon.term", "excerpt": "respite"},
        {"rule": "readability.long-sentence",
         "excerpt": "Lily told me that the thing that has made the biggest difference is that her dad is no longer at "
                    "home when he has been drinking, because she does not have to lie awake listening for the front "
                    "door any more and she now sleeps through the night most nights."},
    ],
    clean=[
        {"rule": "deadline.late", "excerpt": "Date of report: 21 May 2026",
         "why": "review: working days after Thu 21 May up to and including Fri 29 May are Fri 22, Tue 26, Wed 27, "
                "Thu 28, Fri 29 (Mon 25 May is a bank holiday) = 5, exactly enough"},
        {"rule": "jargon.acronym", "excerpt": "BBR",
         "why": "spelled out at first use: Building Better Relationships (BBR)"},
        {"rule": "strengths.attendance-only", "excerpt": "Marc has attended all 12 sessions of the Building Better Relationships (BBR) programme",
         "why": "tied in the same sentence to the change in behaviour that keeps the children safe, confirmed by the family"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I think Nicola is now able to keep the children safe from Marc's drinking.",
         "why": "evidence in the next sentence (followed the plan every time tested, 26 April)"},
        {"rule": "evidence.unattributed-source", "excerpt": "Lily was seen alone at school on 12 May 2026.",
         "why": "good practice recorded by the author; not second-hand information"},
        {"rule": "evidence.unattributed-source", "excerpt": "Lincolnshire Police told the initial conference that they were called",
         "why": "passive inside a sentence that names its source"},
        {"rule": "names.inconsistent", "excerpt": "Nana Pat",
         "why": "the same person as Pat Thompson, in Lily's words: a name form, not a misspelling"},
        {"rule": "jargon.term", "excerpt": "category of emotional abuse",
         "why": "the category of the existing plan, as the Lincolnshire guidance names it"},
        {"rule": "language.judgemental", "excerpt": "Jack is autistic",
         "why": "a diagnosis stated as fact, with why it matters to the plan"},
        {"rule": "jargon.acronym", "excerpt": "Child in Need plan",
         "why": "written in full, no acronym"},
        {"rule": "recommendation.not-expected", "excerpt": "I do not think Lily and Jack need a Child Protection Plan any more",
         "why": "Lincolnshire asks for this view (only Portsmouth forbids it)"},
        {"rule": "scaling.no-reason", "excerpt": "On the safety scale I would put both children at 7 out of 10",
         "why": "reason in the same sentence; Lincolnshire does not ask for a scale anyway"},
    ],
)


# ------------------------------------------------------------------ 10
# Lincolnshire form; police domestic abuse investigator; initial; inadequate.
report(
    id="10", template="lincolnshire", author_role="Police (protecting vulnerable people)",
    conference={"type": "initial", "date": "2026-09-02"}, received="2026-08-27",
    children=["Freya Cooper", "Harley Cooper"], grade="inadequate",
    blocks=[
        ("title", "Multi-Agency Report to Child Protection Conference"),
        ("form", [("Children", "Freya Cooper (4), Harley Cooper (18 months)"),
                  ("Mother", "Chloe Cooper"),
                  ("Other adults", "Adam Rhodes (Harley's father, Chloe's partner)"),
                  ("Author", "Detective Constable Aaron Walsh, Lincolnshire Police")]),
        ("meta", "Date of report: 27 August 2026"),
        ("meta", "Date of conference: 2 September 2026"),
        ("meta", "Conference type: Initial"),

        ("h1", "Agency involvement"),
        ("p", "I am a Detective Constable in the Protecting Vulnerable People Unit. This report is based on police "
              "records of incidents at the family's address, 9 Ryland Road, and on my investigation of the "
              "assault on 15 August 2026."),

        ("h1", "What are we worried about?"),
        ("p", "Police have attended the address five times since Adam Rhodes moved in during November 2025:"),
        ("li", "22 November 2025: argument, Adam left before officers arrived"),
        ("li", "1 February 2026: Chloe said Adam had pushed her; she did not want to make a statement"),
        ("li", "14 April 2026: neighbour heard screaming; both adults denied anything had happened"),
        ("li", "3 June 2026: Adam arrested for criminal damage after breaking the front door"),
        ("li", "15 August 2026: Adam arrested for assault; Chloe had a black eye"),
        ("p", "On 15 August 2026 Adam allegedly punched Chloe in the face in the kitchen while Harley was in his "
              "high chair. Freya was at her nan's house that night."),
        ("p", "A DASH was completed and Chloe scored 17, which is high risk. Chloe will be discussed at MARAC on "
              "10 September."),
        ("p", "A DVPN was issued on 16 August but Adam was seen at the address on 20 August."),
        ("p", "Adam has been charged with assault occasioning actual bodily harm and is due at Lincoln Magistrates' "
              "Court on 24 September 2026. His bail conditions are not to contact Chloe directly or indirectly "
              "and not to go to Ryland Road."),
        ("p", "Adam has previous convictions for possession of cannabis (2019) and for assault on a former partner "
              "(2021), from the Police National Computer. It has been reported that Adam uses cocaine."),
        ("p", "Chloe told officers on 15 August that she wanted Adam to leave but on 18 August she rang the station "
              "to withdraw her statement, saying that she loved him, that he had promised to change and that the "
              "children needed their dad at home with them."),
        ("p", "Chloe continues to make poor relationship choices."),

        ("h1", "Complicating factors"),
        ("p", "This is a toxic trio household: domestic abuse, drugs and Chloe's mental health. The home is "
              "chaotic."),
        ("p", "I believe Ms Cooper will let him back. Adam is 27 and unemployed."),
        ("p", "Chloe's mother, Mrs Janet Cooper, lives in Boston and has looked after Freya on some weekends."),
        ("p", "Chloe does not drive and has no other family nearby. She told me on 20 August that she is frightened "
              "of Adam's friends, who live on the same estate."),
        ("p", "Police have put a flag on the address so that any 999 call from it is treated as urgent. Chloe has "
              "been given a panic alarm linked to the control room."),

        ("h1", "Existing Safety & Strengths (What's working well)"),
        ("p", "None"),

        ("h1", "What Needs to Happen?"),
        ("li", "Mother to keep the children safe."),
        ("li", "Police to continue to monitor the address."),
        ("li", "Chloe has been referred to the Independent Domestic Violence Advocate (IDVA) service. The IDVA, "
               "Ms Kaur, will contact her by 4 September 2026."),
        ("p", "Aaron Walsh, Detective Constable"),
    ],
    findings=[
        {"rule": "evidence.unattributed-source", "excerpt": "allegedly"},
        {"rule": "jargon.acronym", "excerpt": "DASH"},
        {"rule": "jargon.acronym", "excerpt": "MARAC"},
        {"rule": "jargon.acronym", "excerpt": "DVPN"},
        {"rule": "evidence.unattributed-source", "excerpt": "Adam was seen at the address on 20 August"},
        {"rule": "evidence.unattributed-source", "excerpt": "It has been reported that"},
        {"rule": "readability.long-sentence",
         "excerpt": "Chloe told officers on 15 August that she wanted Adam to leave but on 18 August she rang the "
                    "station to withdraw her statement, saying that she loved him, that he had promised to change "
                    "and that the children needed their dad at home with them."},
        {"rule": "language.judgemental", "excerpt": "poor relationship choices"},
        {"rule": "jargon.term", "excerpt": "toxic trio"},
        {"rule": "language.judgemental", "excerpt": "chaotic"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I believe Ms Cooper will let him back."},
        {"rule": "structure.missing-section", "section": "working-well"},
        {"rule": "actions.no-timescale", "excerpt": "Mother to keep the children safe."},
        {"rule": "actions.no-timescale", "excerpt": "Police to continue to monitor the address."},
        {"rule": "structure.missing-section", "section": "recommendation"},
        {"rule": "recommendation.missing", "child": "Freya Cooper"},
        {"rule": "recommendation.missing", "child": "Harley Cooper"},
        {"rule": "child-voice.missing"},
        {"rule": "sharing.not-confirmed"},
    ],
    clean=[
        {"rule": "names.inconsistent", "excerpt": "Mrs Janet Cooper",
         "why": "a different person from Ms (Chloe) Cooper: introduced as Chloe's mother"},
        {"rule": "jargon.acronym", "excerpt": "IDVA",
         "why": "spelled out at first use: Independent Domestic Violence Advocate (IDVA); second use clean"},
        {"rule": "readability.long-sentence", "excerpt": "1 February 2026: Chloe said Adam had pushed her; she did not want to make a statement",
         "why": "chronology list items each end a sentence"},
        {"rule": "actions.no-timescale", "excerpt": "Ms Kaur, will contact her by 4 September 2026",
         "why": "named person and date"},
        {"rule": "deadline.late", "excerpt": "Date of report: 27 August 2026",
         "why": "initial: Fri 28 Aug, Tue 1 Sep, Wed 2 Sep = 3 working days (Mon 31 Aug bank holiday); in time"},
        {"rule": "scaling.missing", "why": "Lincolnshire scales in the meeting: the check stays silent"},
        {"rule": "evidence.unattributed-source", "excerpt": "from the Police National Computer",
         "why": "record named as the source"},
    ],
    notes="No 'Is a Child Protection Plan needed?' section and no view anywhere in the text, so both "
          "structure.missing-section (recommendation) and recommendation.missing per child. 'None' under "
          "working-well is a placeholder answer. Nothing about either child's views or what anyone saw of them.",
)


# ------------------------------------------------------------------ 11
# Portsmouth restorative form; school nurse; initial; requires improvement; received late.
DUP11 = ("Deshawn's self-harm started at the same time as the arguments at home got worse, after his dad moved "
         "out in December 2025 and his mum's low mood returned.")
report(
    id="11", template="portsmouth", author_role="School Nurse",
    conference={"type": "initial", "date": "2026-05-26"}, received="2026-05-22",
    children=["Deshawn Clarke", "Amara Clarke"], grade="requires-improvement",
    blocks=[
        ("title", "Report for Initial Child Protection Conference"),
        ("i", "Portsmouth Safeguarding Children Partnership: restorative approach"),
        ("meta", "Report author: Hannah Briggs, School Nurse, Portsmouth School Nursing Service"),
        ("meta", "Date of report: 22 May 2026"),
        ("meta", "Date of conference: 26 May 2026"),
        ("meta", "Conference type: Initial"),
        ("h1", "Key Information"),
        ("bh", "Children (including unborn children)"),
        ("table", [["Name", "Date of birth", "Gender", "School", "Lives with"],
                   ["Deshawn Clarke", "03/02/2014", "Male", "Harbourside Academy", "Mother"],
                   ["Amara Clarke", "27/08/2016", "Female", "St Mark's Junior School", "Mother"]]),
        ("bh", "Adults"),
        ("table", [["Name", "Date of birth", "Relationship to children", "Address"],
                   ["Marcia Clarke", "12/12/1986", "Mother", "41 Kingfisher Road, Portsmouth"],
                   ["Delroy Clarke", "09/06/1984", "Father", "Southampton (does not live with the children)"]]),

        ("bh", "1) Details of service involvement"),
        ("p", "I am the School Nurse for Harbourside Academy, where Deshawn is in Year 7. I have seen Deshawn eight "
              "times since 3 March 2026, when his head of year, Mr Okoro, asked me to see him after Deshawn showed "
              "a friend cuts on his arm. I have met Marcia twice, on 10 March and 19 May."),
        ("p", "I referred Deshawn to CAMHS on 12 March 2026 and he is on the waiting list. I have not worked "
              "directly with Amara. Her school nurse, my colleague Ms Dale, has shared what she knows with me."),

        ("bh", "2) Information and knowledge relating to the child's health and development"),
        ("p", "Deshawn told me on 3 March that he had been cutting his forearm with a pencil sharpener blade for "
              "about two months, \"when home gets loud\". The cuts were shallow and healing. He has told me of four "
              "more times since, the last on 14 May."),
        ("p", DUP11),
        ("p", "Deshaun is growing well and his weight and height are normal for his age. His asthma is well "
              "controlled."),
        ("p", "His self-harm can be manipulative, as he tends to show his cuts to friends."),
        ("p", "Amara is healthy. Ms Dale told me on 18 May 2026 that Amara's teacher has noticed she is often "
              "tired and has fallen asleep in class twice this term."),

        ("bh", "3) Information and knowledge of the capacity of the parents/carers to safeguard and promote the "
               "child's welfare"),
        ("p", "Marcia loves her children and is proud of them. When I met her on 10 March she talked about "
              "Deshawn's football and Amara's dancing, and she agreed straight away to the referral."),
        ("p", "Marcia has depression, which is treated by her GP. She told me on 19 May that she often stays in "
              "bed until the afternoon at weekends and that Deshawn makes breakfast for Amara."),
        ("p", "I think Marcia finds it hard to see how the arguments affect the children. On 19 May she told me "
              "that Deshawn is \"just being dramatic\" and that the cutting is \"a phase\"."),

        ("bh", "4) Family and environmental factors"),
        ("p", "Since Delroy moved out, Marcia and Delroy argue on the phone and on video calls most evenings, often "
              "while the children are in the room. Deshawn told me these arguments are \"the worst bit\"."),
        ("p", "The family live in a two-bedroom flat. Deshawn shares a bedroom with Amara and says he has "
              "\"nowhere to go\" when he is upset."),
        ("p", "Marcia told me that she has asked the council to move the family to a three-bedroom home because "
              "Deshawn is now twelve and should have his own room, but she has been told that there is a long "
              "wait and that she is not currently a high enough priority."),
        ("p", "Marcia's sister, Yvonne, lives nearby and the children stay with her some weekends. Deshawn says "
              "Auntie Yvonne's is \"calm\"."),

        ("bh", "5) Analysis of implications for the child's future safety, health and development"),
        ("p", "Deshawn is hurting himself to cope with the arguments at home, and he has few safe places to go "
              "when he is upset. " + DUP11 + " Without help, the cutting may become more frequent or more "
              "serious. Amara's tiredness may be a sign that she too is affected, but we know less about her."),
        ("p", "Since March, the things that have helped are Deshawn talking to me every two weeks and weekends with "
              "his aunt. He has told me of no new cuts since 14 May."),
        ("p", "I recommend that Deshawn and Amara are made subject to a Child Protection Plan under the category "
              "of emotional abuse."),

        ("bh", "Parent/Carer Views"),
        ("p", "I shared this report with Marcia at home on 21 May 2026 and gave her a copy. Marcia does not agree "
              "that the arguments with Delroy are harming the children; she says \"all parents argue\". She "
              "agrees Deshawn needs help and wants his appointment to come quickly."),
        ("p", "I emailed a copy to Delroy on 21 May. He phoned me and said he is worried about Deshawn and would "
              "like to be more involved."),

        ("bh", "Child(ren)'s Views"),
        ("p", "Deshawn was seen alone in the medical room at school on 19 May 2026. He said: \"I don't want Mum and "
              "Dad to get back together, I just want them to stop shouting.\" He feels safe at school and at "
              "Auntie Yvonne's. He wants to keep seeing me and wants help \"so I don't need to cut\". He read the "
              "parts of this report about him on 21 May and said it was \"true\"."),
        ("p", "I have not spoken with Amara, because I am not her school nurse; Ms Dale will see her on 1 June. "
              "Marcia has read Amara the parts of the report about her."),
        ("p", "Hannah Briggs, School Nurse, 22 May 2026"),
    ],
    findings=[
        {"rule": "jargon.acronym", "excerpt": "CAMHS"},
        {"rule": "duplication.repeated-text", "excerpt": DUP11},
        {"rule": "names.inconsistent", "excerpt": "Deshaun"},
        {"rule": "language.judgemental", "excerpt": "manipulative"},
        {"rule": "readability.long-sentence",
         "excerpt": "Marcia told me that she has asked the council to move the family to a three-bedroom home because "
                    "Deshawn is now twelve and should have his own room, but she has been told that there is a long "
                    "wait and that she is not currently a high enough priority."},
        {"rule": "recommendation.not-expected",
         "excerpt": "I recommend that Deshawn and Amara are made subject to a Child Protection Plan"},
        {"rule": "deadline.late"},
    ],
    clean=[
        {"rule": "evidence.unattributed-source", "excerpt": "Deshawn was seen alone",
         "why": "good practice by the author, not second-hand information"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I think Marcia finds it hard to see how the arguments affect the children.",
         "why": "dated example with her own words in the next sentence"},
        {"rule": "evidence.unattributed-source", "excerpt": "Ms Dale told me on 18 May 2026 that Amara's teacher has noticed",
         "why": "third-hand, but the chain is named and dated"},
        {"rule": "child-voice.missing", "excerpt": "I have not spoken with Amara, because I am not her school nurse",
         "why": "not consulted with the reason and a date she will be seen; Deshawn's own words recorded"},
        {"rule": "parent-views.missing", "excerpt": "Marcia does not agree",
         "why": "parent views recorded, including disagreement as Portsmouth asks"},
        {"rule": "recommendation.missing",
         "why": "Portsmouth asks for no recommendation, so a missing one is never a finding"},
        {"rule": "scaling.missing", "why": "not asked by the Portsmouth profile"},
        {"rule": "jargon.term", "excerpt": "Marcia has depression, which is treated by her GP.",
         "why": "a health fact, plainly stated"},
        {"rule": "names.inconsistent", "excerpt": "Auntie Yvonne",
         "why": "the same person as Marcia's sister Yvonne, in Deshawn's words"},
    ],
    notes="Late: received Fri 22 May 2026 for an initial on Tue 26 May; Mon 25 May is the spring bank holiday, "
          "so only Tue 26 counts = 1 working day (2 needed). A checker that ignores bank holidays gets this "
          "wrong. The repeated passage appears in sections 2 and 5.",
)


# ------------------------------------------------------------------ 12
# Portsmouth restorative form (plain numbered headings); drug and alcohol recovery worker; initial; good.
report(
    id="12", template="portsmouth", author_role="Recovery Worker (adult drug and alcohol service)",
    conference={"type": "initial", "date": "2026-11-13"}, received="2026-11-10",
    children=["Tyler Harris", "Baby Harris (unborn)"], grade="good",
    blocks=[
        ("btitle", "Report for Initial Child Protection Conference"),
        ("meta", "Report author: Kelly Osborne, Recovery Worker, Harbour Recovery Service"),
        ("meta", "Date of report: 10 November 2026"),
        ("meta", "Date of conference: 13 November 2026"),
        ("meta", "Conference type: Initial"),
        ("bh", "Key Information"),
        ("table", [["Child", "Date of birth / due date", "Gender", "School", "Lives with"],
                   ["Tyler Harris", "15/06/2020", "Male", "Eastney Road Infant School", "Mother and father"],
                   ["Baby Harris (unborn)", "Due 02/01/2027", "Not known", "", ""]]),
        ("table", [["Adult", "Date of birth", "Relationship", "Address"],
                   ["Shannon Harris", "30/03/1997", "Mother", "7 Tamar Court, Portsmouth"],
                   ["Jamie Lowe", "18/11/1995", "Father of Tyler and of the unborn baby", "7 Tamar Court, Portsmouth"]]),

        ("num", "1) Details of service involvement"),
        ("p", "I am Shannon's recovery worker at Harbour Recovery Service, which helps adults in Portsmouth with "
              "drug and alcohol use. Shannon referred herself to us on 28 July 2026, when she was about 14 weeks "
              "pregnant and using heroin most days. I have seen her every week since."),
        ("p", "I work with Shannon only; Jamie is not open to our service. I have met Tyler three times at home, "
              "briefly, after school. This report is based on my sessions with Shannon, her test results, and "
              "what the specialist midwife, Ms Rachel Dunne, has shared with me with Shannon's consent."),

        ("num", "2) Information and knowledge relating to the child's health and development"),
        ("p", "I do not work with Tyler and cannot comment in detail on his development. When I visited on "
              "13 October and 3 November he was clean, dressed for the weather and happy to show me his reading "
              "book."),
        ("p", "Tyler's teacher, Mrs Gill, told me by phone on 4 November 2026 that Tyler's attendance this term is "
              "97% and that he is making expected progress, although he was late on six mornings in September."),
        ("p", "The unborn baby: Ms Dunne told me on 2 November that the baby is growing normally on scans. Because "
              "Shannon is taking methadone, the baby may have withdrawal symptoms after birth and is likely to "
              "stay in hospital for some days to be watched."),
        ("p", "Shannon has had tests with us for hepatitis B, hepatitis C and HIV. The BBV results were clear."),

        ("num", "3) Information and knowledge of the capacity of the parents/carers to safeguard and promote the "
                "child's welfare"),
        ("p", "Shannon has been on Opioid Substitution Therapy (OST) since 4 August 2026, taking methadone every day "
              "at her pharmacy. She has kept every appointment with me since then, and her urine tests have been "
              "clear of heroin since 25 August. This means Tyler is no longer at home with a parent under the "
              "influence of heroin."),
        ("p", "I believe Shannon is determined to stay off heroin for her children. She told me on 3 November that "
              "she got rid of her old phone so her dealer cannot contact her, and she has not missed an OST dose "
              "since August."),
        ("p", "Shannon has told me that she used heroin in the home when Tyler was asleep, up to July 2026, and "
              "kept it in a locked box on top of the kitchen cupboard. She says she has had no drugs or equipment "
              "in the home since August. We gave her a new locked box for her methadone on 4 August, and I saw it "
              "in use when I visited on 3 November."),
        ("p", "Shannon does the school run every day and cooks Tyler's tea. Jamie works days as a scaffolder and "
              "does bedtime."),
        ("p", "Shannon has anxiety, and she told me heroin used to \"switch it off\". Her GP has referred her for "
              "talking therapy for her mental health."),

        ("num", "4) Family and environmental factors"),
        ("p", "Jamie used cannabis in the past. Shannon says he stopped when she became pregnant. I have not been "
              "able to check this, as Jamie has not wanted to meet me."),
        ("p", "Shannon's younger sister, Shanice Harris, lives close by and looks after Tyler when Shannon goes to "
              "appointments. Shanice does not use drugs."),
        ("p", "Shannon's father, Ray Harris, is disabled and uses a wheelchair, so he cannot look after Tyler on his "
              "own, but Tyler sees him every Sunday."),
        ("p", "The family rent a two-bedroom flat from a housing association and have no rent arrears. Our "
              "service offers Shannon holistic support, including help with benefits and housing."),

        ("num", "5) Analysis of implications for the child's future safety, health and development"),
        ("p", "The main harm to Tyler was living with a parent who was using heroin every day, which meant there "
              "were times when no sober adult was caring for him. Since August that has changed: Shannon has "
              "stopped using heroin, her tests show it, and there is a safe plan for storing methadone."),
        ("p", "The unborn baby has been exposed to heroin and now to methadone in the womb, and is likely to need "
              "extra care after birth."),
        ("p", "The risk now is that Shannon starts using again, especially around the birth, when stress is high "
              "and sleep is short. If she did, Tyler and the new baby could be left with an adult who could not "
              "respond to them, and a child could swallow methadone or heroin left in reach."),
        ("p", "What would help: Shannon keeping to her treatment plan, and a clear plan for the birth and the first "
              "weeks at home. Jamie also needs to meet professionals, so that we know he can care for the "
              "children safely if Shannon cannot."),
        ("p", "I have not made a recommendation about a Child Protection Plan, because this will be decided with "
              "the family at the conference."),

        ("num", "Parent/Carer Views"),
        ("p", "I read this report with Shannon on 9 November 2026 and gave her a copy. Shannon said it was \"fair "
              "and honest\". She wants the conference to know she is \"doing this for Tyler and the baby\". She "
              "disagrees that Jamie needs to be assessed; she says he has \"never done anything wrong\"."),
        ("p", "Jamie was at work, so I gave Shannon a copy for him and invited him to call me. He has not called."),

        ("num", "Child(ren)'s Views"),
        ("p", "Tyler is six. I have not asked him for his views, because I work with his mum and it would not be "
              "right for me to ask him about her drug use. His social worker, Ms Patel, is seeing him on his own."),
        ("p", "When I visited on 3 November Tyler told me he was \"going to be a big brother\" and showed me the "
              "corner of his room where the baby's cot will go. Shannon says Tyler tells her he likes it when "
              "\"Mum picks me up from school\"."),
        ("p", "Tyler is too young to read this report; Shannon will tell him about the meeting in her own words."),
        ("p", "Kelly Osborne, Recovery Worker, 10 November 2026"),
    ],
    findings=[
        {"rule": "jargon.acronym", "excerpt": "BBV"},
        {"rule": "jargon.term", "excerpt": "holistic"},
    ],
    clean=[
        {"rule": "jargon.acronym", "excerpt": "OST",
         "why": "spelled out at first use: Opioid Substitution Therapy (OST); later use clean"},
        {"rule": "jargon.acronym", "excerpt": "HIV", "why": "everyday medical term, like GP"},
        {"rule": "strengths.attendance-only", "excerpt": "She has kept every appointment with me since then",
         "why": "tied in the same sentence to clear tests, and in the next to what changed for Tyler"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "I believe Shannon is determined to stay off heroin for her children.",
         "why": "dated example in the next sentence"},
        {"rule": "recommendation.not-expected",
         "excerpt": "I have not made a recommendation about a Child Protection Plan",
         "why": "mentions a Child Protection Plan only to say no recommendation is made, as Portsmouth asks"},
        {"rule": "names.inconsistent", "excerpt": "Shanice Harris",
         "why": "a different person from Shannon: introduced as her younger sister"},
        {"rule": "language.judgemental", "excerpt": "is disabled and uses a wheelchair",
         "why": "a fact about the grandfather that explains what care he can give"},
        {"rule": "child-voice.missing", "excerpt": "I have not asked him for his views, because I work with his mum",
         "why": "reason given; Tyler's own words from a dated visit are recorded"},
        {"rule": "evidence.unattributed-source", "excerpt": "Tyler's teacher, Mrs Gill, told me by phone on 4 November 2026",
         "why": "named source and date"},
        {"rule": "evidence.unattributed-source", "excerpt": "Shannon says he stopped when she became pregnant.",
         "why": "named source, and the author says it could not be checked: fact kept apart from allegation"},
        {"rule": "jargon.term", "excerpt": "talking therapy for her mental health", "why": "plain words for a fact"},
        {"rule": "sharing.not-confirmed", "excerpt": "Tyler is too young to read this report",
         "why": "shared with mother, copy for father; child too young, with what will happen instead"},
        {"rule": "parent-views.missing", "excerpt": "She disagrees that Jamie needs to be assessed",
         "why": "parent views recorded, with disagreement; the father's absence is explained"},
    ],
)


# ------------------------------------------------------------------ 13
# Generic agency form (charity); young carers support worker; review; requires improvement.
report(
    id="13", template="generic", author_role="Young Carers Support Worker (voluntary sector)",
    conference={"type": "review", "date": "2026-10-12"}, received="2026-10-02",
    children=["Callum Wright", "Isla Wright"], grade="requires-improvement",
    blocks=[
        ("title", "Report to Child Protection Conference"),
        ("form", [("Children", "Callum Wright (12), Isla Wright (5)"),
                  ("Parent", "Joanne Wright (mother)"),
                  ("Author", "Megan Shaw, Young Carers Support Worker, Norbridge Young Carers")]),
        ("meta", "Date of report: 2 October 2026"),
        ("meta", "Date of conference: 12 October 2026"),
        ("meta", "Conference type: Review"),

        ("h1", "About my involvement"),
        ("p", "Norbridge Young Carers is a charity that supports children who look after someone at home. "
              "Callum's school referred him to us in March 2025 because he helps to care for his mum, Joanne, who "
              "has multiple sclerosis. I see Callum every week at our Tuesday group and once a month at home, "
              "where I also see Isla."),
        ("p", "Callum and Isla have been on Child Protection Plans since 10 June 2026 because of the effect on "
              "them of Joanne's drinking."),

        ("h1", "What are we worried about?"),
        ("p", "Joanne is disabled by multiple sclerosis and uses a wheelchair most of the time. Callum does a lot "
              "of her care: he helps her to the toilet at night, makes meals and gets Isla ready for school. He "
              "told me on 22 September that he was up three times one night the week before to help his mum."),
        ("p", "Joanne drinks wine most evenings. When I visited on 15 September at 5pm she was slurring her words "
              "and there were two empty wine bottles by the sink. Callum put Isla's tea in the microwave while we "
              "talked."),
        ("p", "Apparently Mum's friend Tina stays over a lot and brings alcohol."),
        ("p", "Callum's school, Norbridge Academy, told me through his head of year, Mrs Fox, on 24 September 2026 "
              "that his attendance has dropped to 88% this term, that he has fallen asleep in two lessons and that "
              "he has not handed in any homework since the summer holidays."),
        ("p", "If things do not change, Callum will keep missing sleep and school to care for his mum, and Isla "
              "may be left in the evenings without an adult who can respond to her."),

        ("h1", "What is working well?"),
        ("p", "Callum attends the young carers group every Tuesday."),
        ("p", "Joanne has cut down her drinking since the initial conference. She told me she now drinks only on "
              "Friday and Saturday evenings, and on my last four weekday visits, all after 4pm, she was sober and "
              "cooked tea herself."),
        ("p", "Adult social care started morning and evening care visits for Joanne on 1 August 2026. Since then "
              "Callum no longer helps his mum to wash and dress in the mornings, and he says he gets to school on "
              "time more often."),
        ("p", "Joanne's sister, Fiona, takes Isla to school on Mondays and Wednesdays."),
        ("p", "Isla is a cheerful little girl. When I visited on 15 September she showed me her school book and "
              "was proud of her stickers."),

        ("h1", "What needs to happen?"),
        ("li", "Mum to reduce her drinking."),
        ("li", "Joanne to meet the alcohol service worker, Mr Evans, on 14 October 2026; Mr Evans to review how she "
               "is doing every two weeks until the next review conference"),
        ("li", "A young carer's assessment for Callum by the council's young carers team by 30 November 2026 (I will "
               "make the referral by 16 October 2026)"),
        ("li", "A night-time care visit for Joanne to be discussed by her adult social care worker, Ms Lewis, at "
               "Joanne's review on 21 October 2026"),
        ("li", "If Joanne's drinking goes back to most evenings, I will escalate to my manager and the social worker "
               "the same day."),

        ("h1", "Callum's and Isla's views"),
        ("p", "Callum was seen alone in our group room on 22 September 2026. He said he loves his mum and is proud "
              "of helping her, but he is \"tired all the time\". He said things are \"way better\" since the "
              "carers started coming, and that Mum drinks less. He wants the carers to come at night too \"so I "
              "can sleep\". He agreed I could share this."),
        ("p", "Isla is five. When I visited on 15 September she told me she likes it \"when Callum does my hair\" "
              "and that Mummy \"has a poorly leg\". She said she does not like it when Mummy \"talks funny\"."),

        ("h1", "Parents' views"),
        ("p", "I read this report with Joanne on 1 October 2026 and gave her a copy. She agrees with most of it. "
              "She does not agree that Tina brings alcohol, and asked me to record that. She says the plan has "
              "helped her \"get a grip\" on her drinking."),
        ("p", "Callum read the report with me on 1 October and said it was right. Isla is too young to read it; "
              "Joanne will explain it to her."),

        ("h1", "Recommendation and scaling"),
        ("p", "Callum: 6 out of 10. Joanne is drinking less and the care visits mean Callum does less personal "
              "care, but he is still up at night and his school work is suffering."),
        ("p", "I think Callum and Isla no longer need Child Protection Plans and could move to a CIN plan, because "
              "Joanne's drinking has reduced and both children have more adults around them than in June."),
        ("p", "Megan Shaw, 2 October 2026"),
    ],
    findings=[
        {"rule": "evidence.unattributed-source", "excerpt": "Apparently"},
        {"rule": "readability.long-sentence",
         "excerpt": "Callum's school, Norbridge Academy, told me through his head of year, Mrs Fox, on 24 September "
                    "2026 that his attendance has dropped to 88% this term, that he has fallen asleep in two lessons "
                    "and that he has not handed in any homework since the summer holidays."},
        {"rule": "strengths.attendance-only", "excerpt": "Callum attends the young carers group every Tuesday."},
        {"rule": "actions.no-timescale", "excerpt": "Mum to reduce her drinking."},
        {"rule": "jargon.term", "excerpt": "escalate"},
        {"rule": "jargon.acronym", "excerpt": "CIN"},
        {"rule": "scaling.missing", "child": "Isla Wright"},
    ],
    clean=[
        {"rule": "evidence.unattributed-source", "excerpt": "Callum was seen alone",
         "why": "good practice by the author; not hearsay"},
        {"rule": "evidence.unattributed-source", "excerpt": "told me through his head of year, Mrs Fox, on 24 September 2026",
         "why": "named source and date (the sentence is a long-sentence finding, not a sourcing one)"},
        {"rule": "language.judgemental", "excerpt": "Joanne is disabled by multiple sclerosis",
         "why": "a fact about the parent's health that explains the caring role"},
        {"rule": "strengths.attendance-only", "excerpt": "Adult social care started morning and evening care visits for Joanne",
         "why": "a service tied to a change for Callum (no longer does morning personal care)"},
        {"rule": "actions.no-timescale", "excerpt": "I will escalate to my manager and the social worker the same day",
         "why": "a contingency with who and when; only the word 'escalate' is a finding"},
        {"rule": "scaling.no-reason", "excerpt": "Callum: 6 out of 10.",
         "why": "reason in the next sentence"},
        {"rule": "recommendation.missing", "excerpt": "I think Callum and Isla no longer need Child Protection Plans",
         "why": "a view for both children, with reasons"},
        {"rule": "names.inconsistent", "excerpt": "Mummy",
         "why": "Isla's word for Joanne, quoted: not a second spelling of a name"},
        {"rule": "sharing.not-confirmed", "excerpt": "Isla is too young to read it; Joanne will explain it to her.",
         "why": "shared with the parent and with Callum; reason given for Isla"},
    ],
)


# ------------------------------------------------------------------ 14
# Generic agency form; probation officer; initial; inadequate.
report(
    id="14", template="generic", author_role="Probation Officer",
    conference={"type": "initial", "date": "2026-11-05"}, received="2026-11-02",
    children=["Grace Boyle", "Ollie Boyle"], grade="inadequate",
    blocks=[
        ("title", "Report to Child Protection Conference"),
        ("form", [("Children", "Grace Boyle (9), Ollie Boyle (6)"),
                  ("Subject of supervision", "Connor Boyle (father)"),
                  ("Author", "Lisa Marshall, Probation Officer, The Probation Service")]),
        ("meta", "Date of report: 2 November 2026"),
        ("meta", "Date of conference: 5 November 2026"),
        ("meta", "Conference type: Initial"),

        ("h1", "About my involvement"),
        ("p", "I am Connor Boyle's Probation Officer. Connor was released from prison on licence on 14 August 2026 "
              "after serving half of a 20-month sentence for assaulting Emma Boyle, his former partner and the "
              "mother of Grace and Ollie. His licence ends on 13 June 2027. I supervise him every week."),
        ("p", "Connor is managed under MAPPA at level 1. He lives in approved accommodation in Norwich and works "
              "part-time for a removals firm."),
        ("p", "The Building Better Relationships programme is a group course for men who have been abusive to a "
              "partner. Connor started it in prison and is continuing it in the community."),

        ("h1", "What are we worried about?"),
        ("p", "Connor has a history of DV towards Emma going back to 2018."),
        ("p", "According to the court papers, on 4 January 2025 Connor punched Emma and pushed her down the stairs "
              "while Grace and Ollie were in the house. He was convicted of assault occasioning actual bodily harm "
              "in April 2025."),
        ("p", "Connor's previous probation officer, Mr Hussain, recorded on 3 March 2025 that Connor blamed Emma "
              "for the assault."),
        ("p", "Connor has a licence condition not to contact Emma or the children except through a plan agreed by "
              "Children's Services. On 19 October 2026 Connor was allegedly outside Grace's school at home time."),
        ("p", "In supervision on 26 October Connor told me that he had only gone to the school to see the children "
              "from a distance because he missed them, that he had not spoken to anyone, and that he did not think "
              "this broke his licence because he had stayed on the other side of the road."),
        ("p", "It is clear that Connor poses a high risk to Emma. Connor lives in a hostel in Norwich."),
        ("p", "Connor is manipulative and minimises what he did. He says all the right things in supervision but "
              "this is disguised compliance."),
        ("p", "Emma told the police on 21 October that she is frightened Connor will find out where she and the "
              "children now live."),
        ("p", "Connor has told me that he wants to see his children again and will do \"whatever it takes\". He "
              "has asked me how to apply to the family court."),
        ("p", "Connor has misused alcohol in the past. He says he has not drunk since his release, and his alcohol "
              "tests on 1, 15 and 29 September were negative."),

        ("h1", "What is working well?"),
        ("p", "Connor has attended all his probation appointments and has completed 10 of 24 sessions of the "
              "Building Better Relationships programme."),
        ("p", "Emma has support from her local domestic abuse service, and her safety was discussed at the "
              "Multi-Agency Risk Assessment Conference (MARAC) on 2 September 2026, where a safety plan was agreed "
              "with her."),

        ("h1", "What needs to happen?"),
        ("li", "Continue to supervise Connor."),
        ("li", "Connor to complete BBR."),
        ("li", "My manager will decide whether to recall Connor to prison for the incident on 19 October; the "
               "decision will be made by 9 November 2026 (Lisa Marshall to present it)."),
        ("p", "This report has not been shared with Connor."),
        ("p", "Lisa Marshall, Probation Officer"),
    ],
    findings=[
        {"rule": "jargon.acronym", "excerpt": "MAPPA"},
        {"rule": "jargon.acronym", "excerpt": "DV"},
        {"rule": "evidence.unattributed-source", "excerpt": "allegedly"},
        {"rule": "readability.long-sentence",
         "excerpt": "In supervision on 26 October Connor told me that he had only gone to the school to see the "
                    "children from a distance because he missed them, that he had not spoken to anyone, and that he "
                    "did not think this broke his licence because he had stayed on the other side of the road."},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "It is clear that Connor poses a high risk to Emma."},
        {"rule": "language.judgemental", "excerpt": "manipulative"},
        {"rule": "jargon.term", "excerpt": "disguised compliance"},
        {"rule": "strengths.attendance-only",
         "excerpt": "Connor has attended all his probation appointments and has completed 10 of 24 sessions of the "
                    "Building Better Relationships programme."},
        {"rule": "actions.no-timescale", "excerpt": "Continue to supervise Connor."},
        {"rule": "jargon.acronym", "excerpt": "BBR"},
        {"rule": "actions.no-timescale", "excerpt": "Connor to complete BBR."},
        {"rule": "structure.missing-section", "section": "child-views"},
        {"rule": "child-voice.missing"},
        {"rule": "recommendation.missing", "child": "Grace Boyle"},
        {"rule": "recommendation.missing", "child": "Ollie Boyle"},
        {"rule": "scaling.missing", "child": "Grace Boyle"},
        {"rule": "scaling.missing", "child": "Ollie Boyle"},
        {"rule": "sharing.not-confirmed", "excerpt": "This report has not been shared with Connor."},
    ],
    clean=[
        {"rule": "jargon.acronym", "excerpt": "MARAC",
         "why": "spelled out at first use: Multi-Agency Risk Assessment Conference (MARAC)"},
        {"rule": "jargon.term", "excerpt": "Multi-Agency Risk Assessment Conference",
         "why": "the proper name of a meeting"},
        {"rule": "evidence.unattributed-source", "excerpt": "According to the court papers",
         "why": "named documentary source"},
        {"rule": "evidence.unattributed-source", "excerpt": "Mr Hussain, recorded on 3 March 2025",
         "why": "named source and date"},
        {"rule": "evidence.unsubstantiated-opinion", "excerpt": "He says he has not drunk since his release",
         "why": "the parent's claim is checked against dated test results in the same sentence"},
        {"rule": "actions.no-timescale", "excerpt": "the decision will be made by 9 November 2026 (Lisa Marshall to present it)",
         "why": "who and when are given"},
        {"rule": "parent-views.missing",
         "why": "the generic profile does not ask for parents' views (a chair would still ask for them)"},
        {"rule": "structure.missing-section", "excerpt": "What needs to happen?",
         "why": "present, with content (weak content is actions.no-timescale, not a missing section)"},
    ],
    notes="The 'Building Better Relationships programme' is written in full earlier, but never linked to 'BBR' "
          "(no 'X (BBR)' at first use), so 'BBR' is an unexplained acronym. No children's views section and "
          "nothing anywhere about what Grace or Ollie think or feel. No recommendation and no scaling for "
          "either child (both expected by the generic profile). Sharing: says only that it was not shared with "
          "Connor, with no reason, and nothing about Emma.",
)


# --- REPORTS END ---


# ---------------------------------------------------------------- checking
def check_report(r, docx_path: Path, problems: list, warnings: list):
    nn = r["id"]
    text = docx_text(docx_path)
    units = author_units(r["blocks"])
    # 1. excerpts verbatim
    for kind in ("findings", "clean"):
        for f in r.get(kind, []):
            ex = f.get("excerpt")
            if ex is not None and ex not in text:
                problems.append(f"{nn}: {kind} {f['rule']} excerpt not in DOCX text: {ex!r}")
    # 1a. the YAML on disk says exactly what the script holds
    ypath = docx_path.with_suffix(".yaml")
    if ypath.exists():
        y = yaml.safe_load(ypath.read_text(encoding="utf-8"))
        if y["findings"] != r["findings"] or y.get("clean", []) != r.get("clean", []):
            problems.append(f"{nn}: {ypath.name} differs from the script's labels")
        for f in y["findings"] + y.get("clean", []):
            if f.get("excerpt") is not None and f["excerpt"] not in text:
                problems.append(f"{nn}: YAML excerpt not in DOCX text: {f['excerpt']!r}")
    # 1b. an excerpt found more than once in the DOCX text needs a longer 'context' (verbatim, containing it)
    for kind in ("findings", "clean"):
        for f in r.get(kind, []):
            ex = f.get("excerpt")
            if ex is None:
                continue
            ctx = f.get("context")
            if ctx is not None and (ex not in ctx or ctx not in text):
                problems.append(f"{nn}: bad context for {f['rule']} {ex!r}: {ctx!r}")
            if text.count(ex) > 1 and ctx is None and kind == "findings" and f["rule"] != "duplication.repeated-text":
                problems.append(f"{nn}: excerpt {ex!r} ({f['rule']}) occurs {text.count(ex)} times; add 'context'")
    # 2. length
    words = count_words("\n".join(u for u in units))
    all_words = count_words(text)
    if not (500 <= all_words <= 1800):
        problems.append(f"{nn}: {all_words} words (author text {words}), outside 500-1800")
    # 3. long sentences
    labelled = {f["excerpt"] for f in r["findings"] if f["rule"] == "readability.long-sentence"}
    for ex in labelled:
        if count_words(ex) <= 40:
            problems.append(f"{nn}: long-sentence excerpt has only {count_words(ex)} words: {ex[:60]!r}")
    for u in units:
        for s in sentences(u):
            n = count_words(s)
            if n > 40 and s not in labelled:
                problems.append(f"{nn}: unlabelled sentence of {n} words: {s[:80]!r}")
    found = {s for u in units for s in sentences(u)}
    for ex in labelled:
        if ex not in found:
            problems.append(f"{nn}: long-sentence excerpt is not one whole sentence: {ex[:60]!r}")
    # 4. acronyms
    acr_find = [f["excerpt"] for f in r["findings"] if f["rule"] == "jargon.acronym"]
    acr_clean = {f["excerpt"] for f in r.get("clean", []) if f["rule"] == "jargon.acronym"}
    for a in acr_find:
        if acr_find.count(a) > 1:
            problems.append(f"{nn}: acronym {a} labelled more than once")
    for acr, spelled in acronym_first_uses(units):
        if spelled and acr in acr_find:
            problems.append(f"{nn}: {acr} is spelled out at first use but labelled")
        if not spelled and acr not in acr_find:
            problems.append(f"{nn}: {acr} first use not spelled out and not labelled")
        if spelled and acr not in acr_clean:
            warnings.append(f"{nn}: spelled-out acronym {acr} not listed as clean (fine)")
    # 5. deadline
    late = is_late(r["received"], r["conference"]["date"], r["conference"]["type"])
    has = any(f["rule"] == "deadline.late" for f in r["findings"])
    if late != has:
        problems.append(f"{nn}: deadline.late labelled={has} but rule says late={late}")
    for line, want in ((f"Date of report: {long_date(r['received'])}", True),
                       (f"Date of conference: {long_date(r['conference']['date'])}", True),
                       (f"Conference type: {r['conference']['type'].capitalize()}", True)):
        if (line in text) != want:
            problems.append(f"{nn}: missing line {line!r}")
    # 6. watched phrases: labelled (finding or clean) at that place
    author = "\n".join(units)
    low = author.lower()
    spans = []
    for f in r["findings"] + r.get("clean", []):
        ex = f.get("excerpt")
        if ex:
            for m in re.finditer(re.escape(ex.lower()), low):
                spans.append((m.start(), m.end()))
    for rule, phrases in WATCH.items():
        for ph in phrases:
            for m in re.finditer(r"(?<![a-z])" + re.escape(ph), low):
                if not any(a <= m.start() and m.end() <= b for a, b in spans):
                    warnings.append(f"{nn}: watched phrase {ph!r} ({rule}) not labelled or cleared: "
                                    f"...{author[max(0, m.start() - 50):m.end() + 50]!r}...")
    # 7. per-child rules name a child of the report
    for f in r["findings"]:
        if f["rule"] in ("scaling.missing", "scaling.no-reason", "recommendation.missing"):
            if f.get("child") not in r["children"]:
                problems.append(f"{nn}: {f['rule']} without a valid child")
    return all_words


def to_yaml(r):
    d = {
        "file": f"chair-{r['id']}.docx",
        "pdf": f"chair-{r['id']}.pdf",
        "template": r["template"],
        "author_role": r["author_role"],
        "conference": {"type": r["conference"]["type"], "date": r["conference"]["date"]},
        "received": r["received"],
        "children": r["children"],
        "grade": r["grade"],
        "findings": r["findings"],
        "clean": r.get("clean", []),
    }
    if r.get("notes"):
        d["notes"] = r["notes"]
    return yaml.safe_dump(d, sort_keys=False, allow_unicode=True, width=100)


def render_pdf(docx_path: Path) -> bool:
    exe = shutil.which("soffice")
    if not exe:
        print("soffice not found: skipping PDF rendering")
        return False
    subprocess.run([exe, "-env:UserInstallation=file:///tmp/lo-chair", "--headless",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-pdf", action="store_true")
    ap.add_argument("--check", action="store_true", help="check the existing DOCX files only")
    ap.add_argument("-v", "--verbose", action="store_true", help="print labelling warnings")
    a = ap.parse_args(argv)
    ids = [r["id"] for r in REPORTS]
    assert len(ids) == len(set(ids)) == 14, ids
    problems, warnings, rows = [], [], []
    pdf_ok = None
    for r in REPORTS:
        p = HERE / f"chair-{r['id']}.docx"
        if not a.check:
            build_docx(r["blocks"], p, f"Report to child protection conference ({r['template']})")
            (HERE / f"chair-{r['id']}.yaml").write_text(to_yaml(r), encoding="utf-8")
            if not a.no_pdf and pdf_ok is not False:
                pdf_ok = render_pdf(p)
        n = check_report(r, p, problems, warnings)
        rows.append((r["id"], r["template"], r["author_role"], r["conference"]["type"],
                     r["grade"], len(r["findings"]), len(r.get("clean", [])), n))
    print(f"{'id':3} {'template':18} {'author':34} {'conf':8} {'grade':22} find clean words")
    for row in rows:
        print(f"{row[0]:3} {row[1]:18} {row[2][:34]:34} {row[3]:8} {row[4]:22} {row[5]:4} {row[6]:5} {row[7]}")
    if a.verbose:
        for w in warnings:
            print("note:", w)
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(problems)} problems, {len(warnings)} labelling notes (-v to list)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
