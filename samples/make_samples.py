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

It also writes ``README.md``: what the YAML fields and layout tags mean, the
conventions the ground truth follows, and a table of the reports.

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
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from corpus.word import (  # noqa: E402  the builder shared by every corpus
    B, DEL, INS, KV, LAYOUTS, P, PH, SHADE, SHADE_DARK, SHADE_LIGHT, SUB, TBL, TR,
    WORD_PLACEHOLDER, Report, render_pdfs,
)


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
        "The CAIU is separate from the officers who answer 999 calls. Most of the incidents described below "
        "were dealt with by response officers, and I have taken the details from their records; where I do "
        "this I name the officer. I have checked the Police National Computer for the adults' convictions and "
        "the force's own records for every address the family have lived at since 2018. I have not included "
        "intelligence that cannot be shared with the family; where that exists I have told the conference "
        "chair separately.",
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
        "restraining order for two years. Probation records show that he completed the programme in "
        "December 2020.",
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
        "19 April 2024: a neighbour rang 101 to report a man shouting and banging on the front door of the "
        "family home at 1am. PC Adebayo attended and found Lee outside; he said he had lost his keys. Sarah "
        "told the officer there had been no argument. The children were asleep upstairs. No offences were "
        "recorded.",
        "30 June 2024: Sarah reported that Lee had grabbed her by the throat during an argument. Officers saw "
        "red marks on her neck. Sarah told officers the children were at their grandmother's house. Lee was "
        "charged with assault by beating; the case was discontinued in September 2024 when Sarah did not "
        "attend court. The case was heard at MARAC on 18 July 2024.",  # planted: MARAC never spelled out
        "1 January 2025 to 3 November 2026: five further calls, all reports of verbal arguments made by "
        "neighbours or by Sarah. On 12 August 2025 Mason, then eight, told PC Lowry 'Lee shouts at Mum every "
        "day'. On each occasion the attending officers recorded that both children were in the home.",
        "Of these five calls, the one on 12 August 2025 was the most serious. Sarah rang 999 at 10.20pm and "
        "said Lee was 'going mad' and had thrown a chair. When officers arrived Lee had left. Sarah had no "
        "injuries but the kitchen chair was broken and there was a dent in the fridge door. Evie, then 12, "
        "was sitting on the stairs with Mason and told PC Lowry she had heard 'banging'. Sarah declined to "
        "make a statement and said she would end the relationship. A DASH risk assessment was graded medium "
        "risk and a notification was sent to Children's Services.",
        "The other four calls (March 2025, November 2025, May 2026 and September 2026) were made by neighbours "
        "who heard shouting. On each occasion officers spoke to Sarah and Lee together, recorded a verbal "
        "argument and sent a notification to Children's Services. On the call in September 2026 the officer "
        "noted that Evie 'appeared upset and went to her room'.",
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
        "Evie described the evening of 3 November in detail. She said she had gone to a friend's house after "
        "school and lost track of time, and got home at about 7.15pm, when she should have been home at 6pm. "
        "She said Lee was 'already wound up' and had been drinking. He told her to go upstairs, followed her "
        "and took his belt off. She said he hit her 'three or four times' across the back of her legs while "
        "she was lying on her bed with her face in the pillow. She said her mum was at work and came home "
        "about an hour later. Evie said she did not tell her mum that night because Lee 'was watching'.",
        "Evie described the first incident, in August 2026, as happening after she answered Lee back about "
        "doing the washing up. She said he hit her twice with the belt on the back of her legs and that it "
        "'stung for ages'. She said she told her mum the next day and her mum said she would 'have words' "
        "with Lee. I have not yet been able to confirm this with Sarah, who has declined to be interviewed as "
        "a witness.",
        "Ms Kaur told me that when she spoke to Mason alone at school on 6 November 2026, he said he had seen "
        "Lee 'whack Evie with his belt' and that he was 'scared Lee will do it to me'. Mason has not been "
        "interviewed by police.",
        "Evie's school told me that her attendance has been 89% this term and that she has been in trouble "
        "twice for being late home from after-school clubs, because her mum rang school looking for her. Her "
        "Head of Year describes her as bright, popular and 'very protective of her little brother'.",
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
        "Lee's previous convictions from 2015 and 2017 were for assaults on a former partner, including one "
        "where he used a weapon (a belt). This is relevant to how he has hurt Evie, and to the risk he may "
        "present to any child he lives with.",
        "Sarah works evening shifts at a supermarket three nights a week, which means that Lee has often been "
        "the only adult caring for the children in the evenings. Sarah has told Ms Kaur that she cannot "
        "afford to give up these shifts.",
        "Darren Clarke lives in Great Yarmouth and has asked Children's Services about seeing the children. "
        "Given the police records of his past violence towards Sarah, this would need careful assessment.",
    ], prompts=[SOS_COMPLICATING])
    r.form_row(t, "impact", curly(H_IMPACT), [
        "If Lee returns to the home and nothing else changes, I think it is likely that Evie will be hit "
        "again and that both children will go on seeing and hearing violence towards their mum. Evie already "
        "takes responsibility for protecting Mason by taking him upstairs; a child of 13 should not have to do "
        "this. There is also a risk that Evie will stop telling adults what is happening if she feels that "
        "telling did not keep her safe.",
        "Mason is nine and has grown up with violence between the adults at home for as long as he can "
        "remember. Children who grow up like this often come to see shouting and hitting as a normal way to "
        "deal with problems, and can become very anxious or withdrawn. Mason has told Ms Kaur he is scared "
        "that he will be next. If nothing changes, I think he will carry on living in fear in his own home.",
    ], prompts=[SOS_IMPACT])
    r.form_row(t, "working-well", curly(H_WELL), [
        "Evie told a trusted adult at school the day after she was hurt. Both children know to go upstairs or "
        "ring 999 when there is violence; Evie did this in 2023.",
        "Sarah has agreed with Ms Kaur that Lee will not come to the house while he is on bail, and police "
        "checks at the address on 10, 14 and 17 November found no sign of him there.",
        "The children's grandmother, Pauline Webb, lives two streets away and the children stay with her "
        "when there are arguments. Police records show they were with her during the incident in June 2024.",
        "Since Lee left the home on 5 November, Sarah has changed her work pattern so that Pauline looks after "
        "the children on the evenings Sarah works. Sarah rang me on 12 November to report that Lee had sent "
        "her a text asking to 'pop round for some clothes', and she told him no. This is the first time police "
        "records show Sarah telling us about contact from Lee without being asked.",
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
        "after his bail ends. She said the police had 'made things worse' by arresting Lee, because he 'was "
        "the one paying the bills', but she agreed that Evie should not have been hit and said she believed "
        "Evie's account.",
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
        "My reasons are these. Evie has been physically hurt by an adult in her home on two occasions that "
        "she has described clearly and consistently, and the marks seen on 4 November support her account. "
        "Both children have lived with violence between the adults caring for them for most of their lives, "
        "and the violence has continued despite arrests, a court order, a programme and several promises "
        "that relationships would end. The adult who hurt Evie has convictions for similar violence and wants "
        "to return home when his bail ends, and Sarah has said she wants that too. The strengths in the "
        "family, especially Pauline and Evie's readiness to tell, are real, but they have not so far been "
        "enough to stop the harm.",
        "What would change my view is Sarah taking clear steps to keep Lee away from the children after his "
        "bail ends, such as agreeing a written safety plan with Children's Services and Pauline, and calling "
        "police if he comes to the home, and this being kept up over several months.",
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
        "Alfie's height and weight on 07/10/2026 were on the 9th centile, down from the 25th centile at his "
        "Year 6 measurement in 2025. His teacher says he often asks for extra fruit at break time.",
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
        "Dad has started collecting Alfie's blue inhaler prescription.",
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
        "When I have seen Chloe with the children she has been gentle with them. On 22/09/2026 she fed Poppy "
        "during the consultation and talked to her throughout, and she brought a bag with nappies, spare "
        "clothes and snacks for both children.",
        "Chloe told me she has started going to a parent and toddler group at the family hub on Wednesday "
        "mornings and that she finds it helps her to 'get out of the flat'.",
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
        "Chloe's sertraline prescription was issued early twice in August 2026 because she said she had lost "
        "a box. This is relevant because Poppy swallowed one of Chloe's tablets on 02/08/2026, and it means "
        "there may be loose tablets in the home.",
        "Poppy's weight has dropped from the 50th to just above the 25th centile since her 8-month check. "
        "Chloe says Poppy is 'fussy' and will only take milk; I have asked the HV to review her feeding.",
        "Tyler's speech may be delayed. At the surgery on 22/09/2026 he said only single words and Chloe told "
        "me he 'mostly points'. He has not yet had a hearing test.",
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
        B("Referral for a hearing test and a speech and language assessment for Tyler."),
        B("HV to review Poppy's feeding and weight."),
        "I would support a CP plan for both children.",
    ])
    r.section("sharing", "Sharing this report with the family", [
        "I have not yet shared this report with Chloe or Kyle. I offered Chloe an appointment on 02/10/2026 "
        "to go through it, but she did not attend. I will offer again before the conference.",
        "When we spoke by phone on 30/09/2026 Chloe said she was frightened that the children would be 'taken "
        "off her'. I explained that the conference is there to agree how everyone can help keep Tyler and "
        "Poppy safe at home.",
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
           "(Ms Patel, social worker).", bullet=True),
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
        "Leanne has always let me into the property when I have asked, and she was honest with me about the "
        "rent arrears at our first meeting. She told me the arrears started when her hours at the supermarket "
        "were cut in March 2025.",
        SUB("Rent account"),
        "Leanne agreed a repayment plan of £5 a week on 03/11/2026 and has made five payments so far.",
        "Leanne has attended both meetings with me at the office.",  # planted: attendance-only strength
        SUB("Neighbours"),
        "Kiera is described by neighbours as a polite girl who is always out with the family dog.",
        SUB("Repairs"),
        "Leanne reported the mould herself in October 2026 and has kept the windows open and cleaned the "
        "walls as our repairs team advised. She gave access for the damp survey on 25/11/2026.",
    ], kind="bold")
    r.section("worries", "2. What are We Worried About?", [
        "I first became involved with the family in April 2026 following complaints from neighbours about "
        "noise and visitors to the property late at night. The property is a three-bedroom house on the "
        "Westfield estate. The household is Leanne, Jayden, Kiera and, since the summer, Marcus.",
        SUB("Anti-social behaviour reports"),
        "Since April 2026 we have received 11 reports from 3 neighbours about shouting, loud music after "
        "midnight and young people coming and going from the property. On 23/08/2026 a neighbour reported "
        "seeing Jayden being pulled into a car by two older males outside the property at 1am.",
        "It is believed that Jaden is involved with older youths who are known to police for drug "
        "dealing.",  # planted: unattributed ("it is believed") and name spelled Jaden
        "On my visit on 12/11/2026 Marcus Doyle answered the door and told me Jayden 'comes and goes as he "
        "likes'. Marcus is not on the tenancy and Leanne had not told us he was living there.",
        "On 30/11/2026 a neighbour sent us a video recorded at 2.15am showing a group of about six young "
        "people arguing in the front garden. One of them appears to be Jayden. A window at the front of the "
        "property was broken the same night and was boarded up by our out-of-hours contractor.",
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
        "When I visited on 12/11/2026 Kiera told me she does not like the people who come round at night and "
        "that she puts a chair against her bedroom door when they are there. She asked me if we could fix her "
        "door 'so it locks'.",
    ], kind="bold")
    r.section("needs-to-happen", "3. What Needs to Happen?", [
        "Leanne needs to keep to the repayment plan.",  # planted: actions with no owner or timescale
        "Marcus needs to be added to the tenancy or move out.",
        "Repairs to be completed to the bedroom door and the mould.",
        "Jayden needs to stop bringing older youths to the property.",  # planted: places responsibility on the child
        "Referral to the money advice service for budgeting support - TBC.",
        "Housing will continue to monitor the anti-social behaviour reports and will consider further action "
        "against the tenancy if they continue.",
        "The family may be eligible for a move to a smaller property if Marcus leaves, which would reduce the "
        "rent. This can be discussed with Leanne.",
    ], kind="bold")
    r.section("other", "4. Any other information", [PH("None")], kind="bold")
    return r


# ---------------------------------------------------------------------------
# norfolk-education: the education pro-forma (guidance 002)
# ---------------------------------------------------------------------------
EDU_NEEDS = [
    "Details of current education provision:",
    "Does the child have any of the following in place?",
    "Individual Education Plan (IEP)",
    "Pastoral Support Plan (PSP)",
    "Outline any additional needs the child may have including any disabilities, medical needs, gifted & "
    "talented, EAL and the support being provided.",
]
EDU_PROGRESS = [
    "Please provide details of the following:",
    "% Attendance (you must attach a registration certificate to this report)",
    "Number and reason for any exclusions:",
    "Please comment on the child’s educational progress:",
]
EDU_PRESENTATION = ("Please comment on and consider the following: school attendance, hygiene, appearance, "
                    "behaviour, relationships with peers and adults, preparedness for learning.")
EDU_PARENTS = ("Please comment on the schools’ relationship with parents including level of engagement and "
               "response to concerns raised. Please also provide comments on your observations of the "
               "parent(s)/child relationship.")
EDU_CONSULTED = ("If no, please provide reasons for this. If yes, what are their wishes, feelings and desired "
                 "outcomes:")
EDU_ANALYSIS = ("Give consideration to the impact that the current and past family functioning and family "
                "history are having on the parents’ capacities to met the child’s needs and specifically their "
                "educational progress.")
EDU_ACTIONS = "Please outline your contribution to the child protection plan as applicable."
EDU_ADULT_COLS = ["Name", "DOB", "Address & Tel. No.", "Relationship to child(ren)",
                  "Parental Responsibility Yes/No", "Ethnicity", "First Language"]
EDU_CHILD_COLS = ["Name", "Male/Female", "DOB", "Address & Tel. No.", "School & Contact Name", "Ethnicity",
                  "First Language"]
EDU_COL_WIDTHS = [2.9, 1.8, 3.3, 2.6, 2.2, 2.1, 2.1]
EDU_HEADINGS = {
    "author": "Name and Position of Report Author:", "date": "Date:", "child": "Full Name of Child(ren):",
    "dob": "Date(s) of Birth:", "school": "School or Educational Provision:",
    "consulted": "Who have you consulted with in the production of this report?",
    "adults": "FAMILY COMPOSITION - Adults", "children": "FAMILY COMPOSITION - Children",
    "sharing": "Have the child and parents/carers had a copy of this form?",
    "needs": "Child/young person's educational needs.", "progress": "Educational Progress.",
    "presentation": "Child's presentation:", "parents": "Relationships & engagement with parents/carers:",
    "child_consulted": "Has the child been consulted with?",
    "analysis": "Professional analysis of family/child's needs and situation:",
    "actions": "Actions taken by you in respect of the recommendations of the last Child Protection Conference:",
}


def edu_preamble(r: Report):
    r.title("Education Report to a Child Protection Conference")
    r.line("A COPY OF THIS FORM MUST BE RETAINED SECURELY IN THE CHILD’S CP RECORDS", bold=True, size=9,
           center=True)
    r.line("This report should not be used for any purpose other than that for which it was written without "
           "the permission of the author or their line manager.", italic=True, size=9, center=True)


def edu_yes_no(r: Report, heading, yes_items, no_items, control=None):
    """The pro-forma's YES / NO box: question cell spanning two rows, answer under YES or NO."""
    table = r._add_table(r.doc, 3, (11.0, 3.0, 3.0))
    table._widths = [11.0, 3.0, 3.0]
    top, bottom = r._add_row(table, table._widths), r._add_row(table, table._widths)
    question = top.cells[0].merge(bottom.cells[0])
    r._shade(question, SHADE)
    r._run(r._par(question), heading, bold=True)
    for cell, text in ((top.cells[1], "YES"), (top.cells[2], "NO")):
        r._shade(cell, SHADE_LIGHT)
        par = r._par(cell)
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r._run(par, text, bold=True)
    for cell, items, tag in ((bottom.cells[1], yes_items, "yes"), (bottom.cells[2], no_items, "no")):
        if control:
            r.control(cell, f"{control} {tag.upper()}", f"{control.lower().replace(' ', '_')}_{tag}", items)
        else:
            r.render(cell, items)
    r._record("sharing", heading, list(yes_items) + list(no_items))
    r.end_table()


@report
def norfolk_education_01():
    # Secondary DSL on the pro-forma as issued: form tables, family tables, the
    # YES/NO box, the pro-forma's prompts left in, an attendance table nested in
    # the answer cell, sub-headings. Initial conference, so "N/A" for last actions.
    r = Report(
        "norfolk-education-01-proforma", "norfolk-education",
        ["form-table", "family-table", "prompts-left-in", "nested-table", "sub-headings", "header-footer",
         "bold-headings", "placeholders"],
        ("initial", "2026-11-26"), "2026-11-23",
        {"name": "Tom Henderson", "role": "Assistant Headteacher and Designated Safeguarding Lead",
         "agency": "Kingsmere Academy"},
        ["Tia Morgan", "Jack Morgan"], ["Nicola Morgan", "Paul Morgan"])
    r.header_footer()
    edu_preamble(r)
    h = EDU_HEADINGS
    top = r.form_table((4.2, 5.6, 2.6, 4.6))
    r.form_pairs(top, [("author-details", h["author"],
                        ["Tom Henderson, Assistant Headteacher and Designated Safeguarding Lead (DSL)"], None),
                       ("author-details", h["date"], ["23/11/2026"], None)])
    r.form_pairs(top, [("key-information", h["child"], ["Tia Morgan"], None),
                       ("key-information", h["dob"], ["11/04/2012"], None)])
    r.form_pairs(top, [("key-information", h["school"], ["Kingsmere Academy, Year 10 (tutor group 10R)"], None)])
    r.form_pairs(top, [("consultation", h["consulted"], [
        "Miss Rachel Ince (form tutor), Mr Adeyemi (Head of Year 10), Mrs Fox (Special Educational Needs "
        "Co-ordinator), Ms Lambert (school counsellor) and Tia's subject teachers by e-mail. I have also "
        "spoken to Mrs Warren, DSL at Ashwood Primary School, about Tia's brother Jack."], None)])
    r.end_table()
    r.section("family-composition", h["adults"], [
        TBL(EDU_ADULT_COLS, [
            ["Nicola Morgan", "02/12/1983", "12 Orchard Way, Kingsmere. 07700 900412", "Mother", "Yes",
             "White British", "English"],
            ["Paul Morgan", "17/06/1981", "12 Orchard Way, Kingsmere. 07700 900587", "Father", "Yes",
             "White British", "English"],
        ], widths=EDU_COL_WIDTHS, size=8)], kind="bold")
    r.section("family-composition", h["children"], [
        TBL(EDU_CHILD_COLS, [
            ["Tia Morgan", "Female", "11/04/2012", "12 Orchard Way, Kingsmere", "Kingsmere Academy, Mr Henderson",
             "White British", "English"],
            ["Jack Morgan", "Male", "25/09/2017", "12 Orchard Way, Kingsmere", "Ashwood Primary, Mrs Warren",
             "White British", "English"],
        ], widths=EDU_COL_WIDTHS, size=8)], kind="bold")
    edu_yes_no(r, h["sharing"], ["X (20/11/2026)"], [])
    t = r.form_table((5.5, 11.5))
    r.form_row(t, "education", h["needs"], [
        "Tia is in mainstream Year 10 and is studying for nine GCSEs. She does not have an Education, Health "
        "and Care Plan. She has been on the school's SEN Support register since Year 7 because of dyslexia "
        "and has 25% extra time in tests and exams.",
        SUB("Support in place"),
        "Tia has had a Pastoral Support Plan since 12 November 2026, reviewed every three weeks (next review "
        "3 December 2026). She sees Ms Lambert, the school counsellor, every Wednesday and has a 'time-out' "
        "card that lets her go to the Student Support Centre when she feels overwhelmed. She has used it four "
        "times since it was given to her.",
    ], prompts=EDU_NEEDS)
    r.form_row(t, "education", h["progress"], [
        "Tia's attendance has dropped from 96.1% last year to 86.4% this term. Most absences are recorded as "
        "illness (headaches). The registration certificate is attached.",
        SUB("School attendance"),
        TBL(["Period", "Possible sessions", "Sessions attended", "Attendance"], [
            ["2024-25 (Year 9)", "380", "365", "96.1%"],
            ["Autumn 2026 to 20/11", "110", "95", "86.4%"],
        ], widths=[3.8, 2.3, 2.3, 2.2], size=9),
        SUB("Exclusions"),
        "Tia has had no suspensions or exclusions.",
        SUB("Progress"),
        "Tia is predicted grades 4 to 6 in most subjects, in line with her targets. Her English and science "
        "teachers report that she has not handed in any homework since the October half-term, and her "
        "science teacher says she has stopped putting her hand up in lessons.",
    ], prompts=EDU_PROGRESS)
    r.form_row(t, "presentation", h["presentation"], [
        "Tia is usually clean and smartly dressed in uniform and arrives with the right equipment. Since "
        "October she has worn her blazer in every lesson, including on warm days, and has twice asked to be "
        "excused from PE. On 9 November 2026 her form tutor, Miss Ince, saw a red mark on Tia's left cheek; "
        "when asked, Tia said her dad had slapped her across the face and pulled her hair the night before "
        "during an argument about her phone.",
        "Tia has a small group of close friends and gets on well with staff. Since half-term she has been "
        "spending lunchtimes in the library on her own.",
    ], prompts=[EDU_PRESENTATION])
    r.form_row(t, "parent-relationship", h["parents"], [
        "Nicola has a good relationship with school. She rings the attendance line whenever Tia is absent and "
        "came to the meeting I arranged on 12 November 2026, where she was open about the arguments between "
        "Tia and her dad.",
        "Paul came to parents' evening in March 2026. During the meeting he said of Tia, in front of her, "
        "'she's lazy, she'll end up with nothing'. Tia looked down and did not speak for the rest of the "
        "appointment. Since 9 November Paul has rung school twice asking to speak to me and was angry on the "
        "phone both times; he said school had 'no right' to speak to Tia without him.",
        "When Nicola collects Tia, Tia is relaxed with her and they chat and laugh together.",
    ], prompts=[EDU_PARENTS])
    r.form_row(t, "child-views", h["child_consulted"], [
        "Yes. I met Tia on 18/11/2026 with Ms Lambert, whom Tia chose to have with her. Tia said: 'I want Dad "
        "to stop going mental over little things. I don't want him to leave, I just want it to be calm.' She "
        "said she feels safe at school and at her friend Chloe's house, and that she would like to go back to "
        "her dance class on Tuesdays, which she stopped in October. Tia gave permission for me to share this "
        "with her parents and the conference.",
    ], prompts=["Yes / No (please tick)", EDU_CONSULTED])
    r.form_row(t, "analysis", h["analysis"], [
        "Tia is a capable student whose attendance, homework and mood have all dropped since the summer, at "
        "the same time as she has told us about her dad's anger at home. The slap on 8 November is the first "
        "time we have seen an injury, but Tia and her mum both describe arguments that have been getting "
        "worse for about a year. I think Tia is spending more time alone and avoiding PE because she is "
        "worried about being seen or asked questions.",
        "Tia's strengths are her close relationship with her mum, her friendships and her willingness to "
        "talk to adults she trusts. Her dyslexia means that missing lessons has a bigger effect on her "
        "progress, and Year 10 is an important year for her GCSE courses.",
        "School's view is that Tia needs the arguments at home to stop, and needs her dad to find other ways "
        "to manage his anger, so that she can settle back into her learning. We will continue the support set "
        "out above.",
    ], prompts=[EDU_ANALYSIS])
    r.form_row(t, "previous-actions", h["actions"], [PH("N/A")], prompts=[EDU_ACTIONS])
    r.end_table()
    return r


@report
def norfolk_education_02():
    # Primary school SENCo, review conference, on the pro-forma with content
    # controls (typographic apostrophes). The "consulted" control was left
    # empty. Long analysis in one cell runs over a page. Acronyms unexplained.
    r = Report(
        "norfolk-education-02-review", "norfolk-education",
        ["form-table", "content-controls", "family-table", "long-answer", "tracked-changes", "bold-headings"],
        ("review", "2027-02-04"), "2027-01-27",
        {"name": "Lorraine Pike", "role": "SENCo and Deputy Designated Safeguarding Lead",
         "agency": "Oakfield Church of England Primary School"},
        ["Oscar Bennett", "Isla Bennett"], ["Rachel Bennett", "Dean Fuller", "Mark Bennett"])
    edu_preamble(r)
    h = {k: curly(v) for k, v in EDU_HEADINGS.items()}
    cc = lambda alias, tag, **kw: {"alias": alias, "tag": tag, **kw}
    top = r.form_table((4.2, 5.6, 2.6, 4.6))
    r.form_pairs(top, [("author-details", h["author"], ["Lorraine Pike, SENCo and Deputy DSL"],
                        cc("Report author", "author_name")),
                       ("author-details", h["date"], ["27/01/2027"], cc("Date", "report_date"))])
    r.form_pairs(top, [("key-information", h["child"], ["Oscar Bennett", "Isla Bennett"], cc("Child", "child_name")),
                       ("key-information", h["dob"], ["14/07/2017", "02/02/2021"], cc("DOB", "child_dob"))])
    r.form_pairs(top, [("key-information", h["school"],
                        ["Oakfield Church of England Primary School (Oscar Year 5, Isla Year 1)"],
                        cc("School", "school"))])
    r.form_pairs(top, [("consultation", h["consulted"], [],  # planted: left empty
                        cc("Consulted", "consulted", empty=True))])
    r.end_table()
    r.section("family-composition", h["adults"], [
        TBL(EDU_ADULT_COLS, [
            ["Rachel Bennett", "30/03/1990", "7 Mill Road, Oakfield. 07700 900233", "Mother", "Yes",
             "White British", "English"],
            ["Dean Fuller", "14/11/1987", "7 Mill Road, Oakfield", "Mother's partner", "No", "White British",
             "English"],
            ["Mark Bennett", "09/05/1986", "Flat 3, 40 Station Street, Thetbridge. 07700 900876", "Father",
             "Yes", "White British", "English"],
        ], widths=EDU_COL_WIDTHS, size=8)], kind="bold")
    r.section("family-composition", h["children"], [
        TBL(EDU_CHILD_COLS, [
            ["Oscar Bennett", "Male", "14/07/2017", "7 Mill Road, Oakfield", "Oakfield CE Primary, Mrs Pike",
             "White British", "English"],
            ["Isla Bennett", "Female", "02/02/2021", "7 Mill Road, Oakfield", "Oakfield CE Primary, Mrs Pike",
             "White British", "English"],
        ], widths=EDU_COL_WIDTHS, size=8)], kind="bold")
    edu_yes_no(r, h["sharing"], ["✓ shared with mum 26/01/27"], [], control="Shared")
    t = r.form_table((5.5, 11.5))
    r.form_row(t, "education", h["needs"], [
        "Oscar has an EHCP (last annual review 12/11/2026) for autism and ADHD. He has 25 hours a week of 1:1 "
        "TA support and works with the SENCo in a small group for phonics and maths. The EP last saw him in "
        "September 2026 and SALT see him each half-term.",  # planted: EHCP, TA, SENCo, EP, SALT undefined
        "Isla has no special educational needs. She had six sessions of Lego therapy in the autumn term to "
        "help her with turn-taking and friendships.",
    ], control=cc("Educational needs", "educational_needs"))
    r.form_row(t, "education", h["progress"], [
        "Attendance from 1 September 2026 to 22 January 2027: Oscar 89.6%, Isla 91.0%. At the initial "
        "conference (23/10/2026) their attendance was 84.2% and 86.5%.",
        "Oscar had a one-day suspension on 4 December 2026 for hitting a TA during an incident in the "
        "playground. Isla has had no suspensions.",
        "Oscar is working below age-related expectations in reading, writing and maths, which is in line with "
        "his EHCP outcomes; he has made good progress in maths this term. Isla is working at the expected "
        "standard in reading and maths and towards it in writing.",
    ], control=cc("Educational progress", "educational_progress"))
    r.form_row(t, "presentation", h["presentation"], [
        "Since the initial conference both children have come to school clean and in clean uniform on most "
        "days. Oscar arrived without breakfast on 11 of the 78 school days this year and was given toast in "
        "the breakfast club.",
        "Oscar's ADHD medication is given at home before school. On 14 school days this year he has arrived "
        "without having had it; on those days he has not been able to stay in class for more than ten "
        "minutes at a time and there have been more incidents.",
        "Isla is a chatty, sociable girl with a good group of friends. She has been tearful at drop-off on "
        "Mondays since Christmas.",
    ], control=cc("Presentation", "presentation"))
    r.form_row(t, "parent-relationship", h["parents"], [
        "Rachel meets me every two weeks as agreed in the plan and has come to every meeting. She is warm with "
        "both children and they run to her at the end of the day.",
        "Dean has refused to engage with school. He has not come to any meetings and on 8 January 2027 he "
        "shouted at the office staff when he was asked to wait to collect Isla.",  # planted: judgemental "refused to engage"
        "Mark collects the children every other Saturday. He rang me on 15 January to ask how they were "
        "getting on and I have added him to the school's contact list.",
    ], control=cc("Relationship with parents", "parent_relationship"))
    r.form_row(t, "child-views", h["child_consulted"], [
        "Yes. Oscar's TA, Mrs Kemp, helped him complete an 'All About Me' sheet on 20 January 2027 using "
        "symbols. He chose the 'happy' symbol for school, Mum, Dad's house and his tablet, and the 'angry' "
        "symbol for 'Dean shouting'. He said: 'I like it when it's just Mum.'",
        "I spoke to Isla on 21 January 2027 in the library. She said she likes school 'because of my friends "
        "and Miss Day'. When I asked about home she said: 'Sometimes Mummy is sleepy in the day and I have to "
        "get my own snacks.' She said she would like 'more sleepovers at Daddy's'.",
    ], control=cc("Child consulted", "child_consulted"))
    r.form_row(t, "analysis", h["analysis"], [
        "Since the initial conference in October there have been some real improvements for Oscar and Isla. "
        "Their attendance has risen by about five percentage points each, they are coming to school clean and "
        "in clean uniform most days, and Rachel has kept every meeting with me. These changes matter: Oscar "
        "is now in school for more of the specialist teaching set out in his EHCP, and Isla's teacher has "
        "noticed that she is more settled in the mornings when she arrives on time.",
        "However, I remain worried about three things. The first is Oscar's medication. On the days he "
        "arrives without it, he cannot manage the classroom, he is more likely to hurt himself or others, and "
        "he goes home having learned very little. Fourteen days out of 78 is nearly one day in five. Rachel "
        "has told me that mornings are 'a battle' and that sometimes she is 'too wiped out' to get Oscar to "
        "take his tablet. I believe this is linked to her cannabis use in the evenings, which she told the "
        "social worker about at the core group on 2 December 2026, although I have not seen any direct "
        "evidence of this in school.",
        "The second is the children's emotional wellbeing. Oscar has told us in his own way that Dean's "
        "shouting makes him angry, and the incidents in school often follow weekends when, according to "
        "Rachel, there have been arguments at home. Isla's tearfulness on Mondays and her comment that she "
        "has to get her own snacks because Mummy is 'sleepy' suggest that the weekends are hard for her too. "
        "Children who are anxious about home find it harder to concentrate and learn, and for Oscar, whose "
        "autism already makes change and noise difficult, a tense home makes every day in school harder.",
        TR("The third is that we still know very little about Dean. He lives with the children and collects "
           "Isla from school at least twice a week, but he has not met any professional from school", DEL(","),
           INS(", and as far as I know he has not attended a core group"), ". Without knowing him, it is hard "
           "for school to judge whether the children are safe with him."),
        "There are strengths the plan can build on. Rachel loves her children and they clearly love her: "
        "both children run to her at home time and she knows Oscar's needs well. She is honest with me when "
        "things have gone wrong. Mark is now more involved, the children enjoy their weekends with him, and "
        "Isla has asked to see him more. The children's grandmother, Mrs June Bennett, has offered to help "
        "with the morning routine on school days, which could make the biggest single difference to Oscar.",
        "In school we will continue to offer breakfast club, the daily check-in with Mrs Kemp and the "
        "fortnightly meetings with Rachel. We will keep a daily record of whether Oscar has had his "
        "medication and share it with the social worker weekly. We have requested an early review of Oscar's "
        "EHCP so that his support reflects what we now know about home, and the SENCo will ask the EP to "
        "advise on a calm start to the day for him.",
        "Overall, I think the children are safer and better cared for than in October, but the improvements "
        "are new and depend heavily on Rachel's mood and energy from day to day. The worries about Oscar's "
        "medication, the arguments at home and Dean's role have not yet changed in a way that school can see.",
    ], control=cc("Professional analysis", "analysis"))
    r.form_row(t, "previous-actions", h["actions"], [
        "At the initial conference school agreed to the following actions. All have been completed or are "
        "ongoing:",
        B("Breakfast club place for both children from 26/10/2026: done; Oscar attends most days, Isla "
          "occasionally."),
        B("Fortnightly meetings with Rachel to review attendance and the morning routine: done, eight "
          "meetings held."),
        B("Weekly attendance and medication log sent to the social worker every Friday: done."),
        B("Referral to the school nurse for Isla's bedtime routine: made 30/10/2026; the school nurse saw "
          "Rachel on 20/11/2026."),
    ], control=cc("Actions since last conference", "previous_actions"))
    r.end_table()
    return r


@report
def norfolk_education_03():
    # Infant school head retyped the pro-forma as bold lines (no form tables).
    # A weak report: unevidenced opinion, jargon, attendance-only strengths,
    # unattributed information, not shared with the family and no reason given.
    r = Report(
        "norfolk-education-03-bold-headings", "norfolk-education",
        ["bold-headings", "family-table", "placeholders"],
        ("initial", "2026-10-13"), "2026-10-09",
        {"name": "Karen Lister", "role": "Headteacher and Designated Safeguarding Lead",
         "agency": "Poppyfields Infant School and Nursery"},
        ["Archie Robinson", "Mia Robinson"], ["Stacey Robinson", "Lewis Grant"])
    r.title("Education Report to a Child Protection Conference")
    h = EDU_HEADINGS
    r.section("author-details", h["author"], ["Mrs K. Lister, Headteacher / DSL"], kind="bold")
    r.section("author-details", h["date"], ["09/10/2026"], kind="bold")
    r.section("key-information", h["child"], ["Archie Robinson and Mia Robinson"], kind="bold")
    r.section("key-information", h["dob"], ["Archie 21/06/2020, Mia 15/03/2023"], kind="bold")
    r.section("key-information", h["school"], ["Poppyfields Infant School and Nursery"], kind="bold")
    r.section("consultation", h["consulted"], ["Class teacher, nursery staff and the school family support "
                                                "worker."], kind="bold")
    r.section("family-composition", h["adults"], [
        TBL(EDU_ADULT_COLS[:5], [
            ["Stacey Robinson", "11/01/1996", "22 Beech Road. 07700 900119", "Mother", "Yes"],
            ["Lewis Grant", "Not known", "Not known", "Archie's father", "Yes"],
        ], widths=[3.6, 2.4, 5.0, 3.4, 2.6], size=9)], kind="bold")
    r.section("family-composition", h["children"], [
        TBL(EDU_CHILD_COLS[:5], [
            ["Archie Robinson", "Male", "21/06/2020", "22 Beech Road", "Poppyfields, Mrs Lister"],
            ["Mia Robinson", "Female", "15/03/2023", "22 Beech Road", "Poppyfields Nursery, Mrs Lister"],
        ], widths=[3.6, 2.2, 2.4, 4.0, 4.8], size=9)], kind="bold")
    r.section("sharing", h["sharing"], ["No"], kind="bold")  # planted: not shared, no reason
    r.section("education", h["needs"], [PH("None")], kind="bold")
    r.section("education", h["progress"], [
        "Attendance this year: Archie 91.2%, Mia 74.0% (nursery sessions). Archie has been late 8 times. Last "
        "year Archie's attendance was 89.5% and he was late 21 times.",
        "Archie is working towards the expected standard in reading and writing. He struggles to concentrate "
        "in class and his teacher says he often looks tired. Mia is not yet toilet trained and has limited "
        "speech for her age; nursery staff have started a speech and language programme with her.",
        "Mia uses about 20 single words. She points and pulls adults by the hand to show them what she wants. "
        "She is starting to join in with songs at group time. She often arrives at nursery very hungry and "
        "eats everything at snack time.",
        "Archie's phonics screening result in Year 1 was below the pass mark (24 out of 40) and he will retake "
        "it this year. He is in a small daily reading group with a teaching assistant.",
    ], kind="bold")
    r.section("presentation", h["presentation"], [
        "Archie is presenting as a sad and withdrawn little boy.",  # planted: jargon, no example
        "Both children often come to school in dirty clothes and Mia is sometimes sent in with a full nappy. "
        "Archie has had head lice on and off since September. On 29/09/2026 Archie told his teacher he had "
        "'no tea last night'.",
        "It has been reported that there are people coming to the house late at night.",  # planted: unattributed
        "Incidents this term:",
        B("08/09/2026 - Archie came in wearing shoes that were too small and had rubbed his heels raw. School "
          "gave him a pair of plimsolls."),
        B("17/09/2026 - Mia was collected 40 minutes late from nursery by a man staff did not know, who said "
          "he was 'Stacey's mate'. Mum had not told us. Staff rang mum before letting Mia go."),
        B("29/09/2026 - Archie said he had 'no tea last night' and ate two bowls of cereal at breakfast club."),
        B("05/10/2026 - Archie had a bruise on his forehead. He said he fell off the sofa. Recorded on a body "
          "map."),
        "Archie gets on well with the other children and loves football. He can be very clingy with his "
        "teacher at the end of the day and sometimes says he does not want to go home.",
    ], kind="bold")
    r.section("parent-relationship", h["parents"], [
        "Mum always brings the children to school and is friendly with staff.",  # planted: attendance-type strength
        "I feel mum does not prioritise the children's needs.",  # planted: opinion with no evidence
        "Mum was spoken to about the head lice on three occasions and said she would treat it, but it keeps "
        "coming back.",
        "Mum did not come to the meeting we arranged on 22/09/2026 to talk about Mia's speech. She said she "
        "had forgotten. She is often on her phone when she collects the children and does not always say "
        "hello to them.",
    ], kind="bold")
    r.section("child-views", h["child_consulted"], [
        "No. Archie is only 6 and Mia is 3 so they are too young to be consulted.",  # planted: weak reason
        "Archie does say he likes school and likes playing football at playtime. When his teacher asked him "
        "on 30/09/2026 what he would like to be different, he said 'more food at home and a bed for Mia'.",
    ], kind="bold")
    r.section("analysis", h["analysis"], [
        "School are worried that the children's basic needs are not being met. Archie is often tired, hungry "
        "and dirty and this is affecting his learning. Mia's speech and toileting are delayed. Mum is a single "
        "parent and appears to be struggling. We would support the children being on a plan.",
        "School will continue to give Archie breakfast at breakfast club and will keep spare clothes for both "
        "children. Nursery will continue the speech programme with Mia.",
        "We have offered mum a place on the parenting course at school but she has not taken it up.",
    ], kind="bold")
    r.section("previous-actions", h["actions"], [PH("N/A")], kind="bold")
    return r


# ---------------------------------------------------------------------------
# lincolnshire (guidance 003)
# ---------------------------------------------------------------------------
LINCS_WORRY = [
    "What are the past and current dangers and risks for the child?",
    "What is placing the child at risk of immediate and significant harm?",
    "What has the child experienced? If you are supporting one of the adults in the family, think about how "
    "the adult might appear to the child, if they are experiencing difficulties themselves how might this "
    "impact on their parenting?",
    "Is there evidence that might indicate the child is being ill-treated or their health and development is "
    "being impaired?",
]
LINCS_COMPLICATING = [
    "Factors that contribute to, or cause difficulty to a child. This could be a parent’s mental health being "
    "exacerbated by alcohol, or information that requires additional information to reliably assess risk.",
]
LINCS_WELL = [
    "Things that are currently in place and that have been shown, over time, to directly address areas of "
    "risk and reduce danger for the child.",
    "Positive attributes and resources within the family that, over time, could be built on to provide a "
    "safer environment, e.g. a family member looking after children or a parent ceasing certain behaviour.",
]
LINCS_NEEDS = [
    "What can you recommend the family can do themselves to create a safety plan",
    "How would you want to see them address the worries?",
    "You should make any recommendations for additional support that can be offered too.",
    "You should state in your report whether you feel a child protection plan will be needed.",
]
H_LINCS_WELL = "Existing Safety & Strengths (What's working well)"
H_LINCS_CP = "Do you think a Child Protection Plan is needed?"


@report
def lincolnshire_01():
    # Adult drug and alcohol recovery worker; Word headings with the briefing
    # sheet's bullet prompts left in. Good practice on the whole (terms
    # explained, strengths tied to safety, scaling with reasons); one action
    # has no timescale.
    r = Report(
        "lincolnshire-01-word-headings", "lincolnshire",
        ["word-headings", "prompts-left-in"],
        ("initial", "2026-09-10"), "2026-09-07",
        {"name": "Natasha Reid", "role": "Recovery Worker", "agency": "Lincoln Community Drug and Alcohol Service"},
        ["Charlie Fox", "Grace Fox"], ["Hayley Fox", "Ben Fox"])
    r.title("Multi-Agency Report to Child Protection Conference")
    for label, value in [
            ("Children:", "Charlie Fox (30/01/2019), Grace Fox (14/09/2021)"),
            ("Parents:", "Hayley Fox (mother), Ben Fox (father)"),
            ("Author:", "Natasha Reid, Recovery Worker, Lincoln Community Drug and Alcohol Service"),
            ("Conference:", "Initial Child Protection Conference, 10/09/2026"),
            ("Report date:", "07/09/2026")]:
        r.render(r.doc, [KV(label, value)])
    r.section("worries", "What are we worried about?", [
        *[P(p) for p in LINCS_WORRY],
        "I have been Hayley Fox's recovery worker at the Lincoln Community Drug and Alcohol Service since "
        "March 2025. Hayley has used heroin on and off since she was 19 and has been prescribed methadone, a "
        "medicine that replaces heroin, since 2022. I see Hayley every two weeks at our service and have made "
        "four home visits; I have met Charlie and Grace on three of those.",
        "Hayley started using heroin again in July 2026. Her urine drug tests on 3 and 17 August 2026 were "
        "positive for heroin as well as methadone. She told me she had used 'three or four times', always "
        "after the children were in bed and Ben had gone to sleep.",
        "On 19 August 2026 Charlie, who is seven, found a used needle in the bathroom bin and showed it to his "
        "grandmother, Mrs Pam Fox, who rang the police. Charlie was not hurt.",
        "When I visited on 20 August 2026, Hayley's methadone was kept in the fridge in a bottle without a "
        "child-proof cap. A small amount of methadone can kill a child. I explained this to Hayley and Ben, "
        "and they moved it into a locked box the same day.",
        "Hayley has told me that when she uses heroin she 'nods off' for up to an hour. If this happened "
        "while she was the only adult with the children, there would be no one awake to look after Grace, "
        "who is four.",
        "At the strategy meeting on 24 August 2026 the social worker, Ms Barker, said Charlie's teacher had "
        "told her that Charlie talks at school about 'Mummy's medicine' and 'Mummy being asleep on the floor'.",
    ])
    r.section("complicating-factors", "Complicating factors", [
        *[P(p) for p in LINCS_COMPLICATING],
        "Ben drinks alcohol most evenings; he told me it is 'four or five cans' a night. I have not assessed "
        "his drinking because he is not a client of our service. When Ben has been drinking he is less likely "
        "to notice if Hayley has used.",
        "The family are behind with their rent and Hayley told me that money worries were part of what led "
        "to her using again.",
        "Hayley's own mother used drugs when Hayley was a child, and Hayley was in foster care from the age "
        "of 9 to 12. She has told me she is 'terrified' of the same thing happening to her children, and that "
        "this fear sometimes stops her telling professionals the truth.",
    ])
    r.section("working-well", H_LINCS_WELL, [
        *[P(p) for p in LINCS_WELL],
        "Since 20 August 2026 Hayley's methadone has been kept in a locked box provided by my service, and the "
        "key is on Ben's key ring. I checked the box on my visits on 27 August and 3 September 2026 and it was "
        "locked both times.",
        "Since 24 August 2026 Hayley has taken her methadone in front of the pharmacist every day, so there is "
        "no take-home supply in the house.",
        "Hayley's urine drug test on 1 September 2026 was negative for heroin, for the first time since July.",
        "Pam Fox, the children's grandmother, lives five minutes away, has the children every Saturday and has "
        "agreed to be called at any time if Hayley has used. Charlie knows to go to her or ring her; he told "
        "me 'Nanny Pam has a spare key for us'.",
        "Hayley is a loving mum. On every home visit I have seen the children go to her for cuddles, and she "
        "reads with Charlie at bedtime.",
    ])
    r.section("needs-to-happen", "What Needs to Happen?", [
        *[P(p) for p in LINCS_NEEDS],
        "For Charlie and Grace to be safe there must always be a sober adult awake and in charge of them, no "
        "drugs or drug equipment anywhere they can reach, and the children must know who to call if they are "
        "worried.",
        B("Hayley will keep taking her methadone daily in front of the pharmacist until at least her "
          "prescription review on 5 October 2026 (Hayley, the pharmacy and Natasha Reid)."),
        B("I will test Hayley's urine every week instead of every two weeks, starting on 7 September 2026, "
          "and send each result to the social worker within two working days (Natasha Reid)."),
        B("Hayley and Ben will write a safety plan with the social worker saying who looks after the children "
          "if either of them has used drugs or alcohol, by the core group on 1 October 2026 (Hayley, Ben and "
          "Ms Barker)."),
        B("Hayley will return all used needles to the needle exchange and keep none at home (Hayley, from "
          "now on; I will check at each home visit)."),
        B("Ben to be referred to the alcohol service for an assessment."),  # planted: no owner or timescale
    ])
    r.section("recommendation", H_LINCS_CP, [
        "Yes. I believe the threshold for a Child Protection Plan is met for Charlie and for Grace, under the "
        "category of neglect, because Hayley has used heroin at home while caring for them, Charlie has found "
        "a used needle, and the children could be left without an adult able to look after them.",
    ])
    r.section("scaling", "Safety scale", [
        "I would scale Charlie at 4/10 because he knows to go to his nan and the methadone is now locked "
        "away, but he has already found a needle and talks about his mum being asleep on the floor.",
        "I would scale Grace at 3/10 because at four she cannot keep herself safe or get help if her mum is "
        "unconscious.",
        "To move up the scale I would need to see at least three months of negative drug tests and the safety "
        "plan working.",
    ])
    r.section("sharing", "Sharing this report", [
        "I went through this report with Hayley and Ben at my visit on 3 September 2026. Hayley agreed with "
        "it. Ben said it was 'harsh but fair' and disagreed that he drinks too much.",
    ])
    return r


@report
def lincolnshire_02():
    # Secondary school DSL, review conference. One table of shaded heading rows;
    # the worries run to 600 words in one cell. Mixed practice: victim-blaming
    # and jargon in places, tracked edits in the actions, "Amber's views".
    r = Report(
        "lincolnshire-02-heading-rows", "lincolnshire",
        ["heading-rows", "long-answer", "header-footer", "family-table", "tracked-changes",
         "child-name-heading"],
        ("review", "2026-12-10"), "2026-12-03",
        {"name": "Priya Sharma", "role": "Designated Safeguarding Lead", "agency": "Witham Valley Academy"},
        ["Amber Lewis", "Finley Lewis"], ["Michelle Lewis", "Gary Hollis"])
    r.header_footer()
    r.title("Multi-Agency Report to Child Protection Conference", "Lincolnshire Safeguarding Children Partnership")
    t = r.form_table((5.5, 3.5, 8.0))
    cell = r.merged_row(t, SHADE_DARK)
    r._run(r._par(cell), "Key information", bold=True)
    r.data_rows(t, ["Name", "Date of birth", "Relationship"], [
        ["Amber Lewis", "09/08/2011", "Subject child (Year 11, Witham Valley Academy)"],
        ["Finley Lewis", "03/03/2019", "Subject child (Year 3, Witham Valley Primary School)"],
        ["Michelle Lewis", "22/10/1988", "Mother"],
        ["Gary Hollis", "13/07/1984", "Mother's partner"],
    ])
    r.render(r.merged_row(t), [
        KV("Report author:", "Priya Sharma, Designated Safeguarding Lead, Witham Valley Academy"),
        KV("Conference:", "Review Child Protection Conference, 10/12/2026. Report completed 03/12/2026."),
    ])
    r._record("key-information", "Key information", [], has_text=True, starts_with="Amber Lewis")
    r.heading_row(t, "worries", "What are we worried about?", [
        "Amber has been on a Child Protection Plan under the category of sexual abuse since the initial "
        "conference on 17 September 2026, because of worries that she is being sexually exploited by older "
        "men. Finley has been on a plan under the category of neglect. Since the initial conference school "
        "has recorded the following.",
        SUB("Attendance"),
        "Amber's attendance this term is 71.3% (1 September to 27 November 2026), with 38 sessions of "
        "unauthorised absence. On 11 of the days she missed, she had been reported missing from home the "
        "night before. Her attendance in Year 10 was 88%.",
        SUB("Missing episodes"),
        "Michelle has reported Amber missing to police six times since September: on 19 September, "
        "3 October, 17 October, 31 October, 14 November and 22 November 2026. Each time Amber came home within "
        "24 hours. After the episode on 31 October Amber came into school on 3 November wearing new trainers "
        "and with a new phone; she told her form tutor a 'friend' had bought them for her.",
        SUB("Older males"),
        "On 6 November 2026 at 3.20pm our site manager, Mr Burrows, saw Amber get into a grey car outside the "
        "school gates. The driver was a man he thought was in his twenties. Mr Burrows wrote down the "
        "registration number and I passed it to police the same afternoon. On 7 November two other Year 11 "
        "girls told their Head of Year that Amber had been 'going to parties in Lincoln with older lads' and "
        "that there was 'always vodka'.",
        "Amber is putting herself at risk by going to these parties and getting into cars with older "
        "males.",  # planted: victim-blaming phrase
        SUB("What Amber has told us"),
        "On 22 November 2026 Amber told Ms Carr, our pastoral lead, that she 'owes' someone called 'Dee' money "
        "and has to 'sort it'. When Ms Carr asked what she meant, Amber said 'forget it' and left the room. I "
        "reported this to the social worker and to the police child exploitation team the same day. On "
        "25 November Ms Carr found Amber crying in the toilets; Amber said 'I can't get out of it' but would "
        "not say what 'it' was.",
        SUB("Wellbeing and learning"),
        "Amber's teachers say she is often very tired in the morning. She has stopped handing in coursework "
        "in four of her subjects and has fallen out with the friends she has had since Year 7. She is "
        "predicted to pass English and maths, but her predicted grades in her other subjects have dropped by "
        "one to two grades since the summer.",
        SUB("Finley"),
        "Mrs Osborne, the DSL at Witham Valley Primary School, told me on 1 December 2026 that Finley often "
        "arrives late and hungry and has been collected late nine times this term, twice after 5pm. Finley "
        "told his teacher: 'Amber usually picks me up but she wasn't there.' A 15-year-old should not be "
        "responsible for collecting her brother, and when Amber is missing there is no plan for who collects "
        "him.",
        SUB("Home"),
        "Michelle has told me that she cannot stop Amber going out: 'I lock the doors but she goes out the "
        "window.' At the core group on 20 November Gary said that Amber 'needs to learn the hard way'. I am "
        "worried that Amber does not have an adult at home who sees her as a child who is being harmed, "
        "rather than as a teenager who is misbehaving.",
    ])
    r.heading_row(t, "complicating-factors", "Complicating factors", [
        "Michelle works evening shifts at a care home four nights a week, so Gary is often the only adult at "
        "home in the evenings. Amber and Gary do not get on, and Amber says she goes out to 'get away from "
        "him'.",
        "Michelle appears to be showing disguised compliance: she agrees to everything in meetings but nothing "
        "changes.",  # planted: jargon, no example
        "Amber had a statement of special educational needs at primary school for learning difficulties. This "
        "may make it harder for her to recognise when she is being exploited and to find a way out.",
    ])
    r.heading_row(t, "working-well", H_LINCS_WELL, [
        "Amber has a good relationship with Ms Carr and goes to see her on most days she is in school. She has "
        "told Ms Carr things she has not told anyone else, including about 'Dee'. This relationship is the "
        "main way we hear what is happening to her.",
        "Michelle reports Amber missing every time she does not come home, usually within an hour of her "
        "curfew, and rings school the next morning. Because of this, police and school know quickly when "
        "Amber is missing and can start looking for her.",
        "Amber's aunt, Kerry, who lives in Sleaford, had Amber to stay for two weekends in November. Amber did "
        "not go missing on either weekend and told Ms Carr that she 'felt normal' there.",
        "Finley goes to Cubs every Thursday and his Cub leader brings him home.",
    ])
    r.heading_row(t, "needs-to-happen", "What Needs to Happen?", [
        "Amber needs adults around her who understand that she is being groomed and exploited, a safe place "
        "to go when she wants to get away from home, and a plan so that Finley is always collected from "
        "school by an adult.",
        B("Ms Carr will see Amber every morning at 8.40am for a ten-minute check-in, starting 7 December 2026 "
          "(Ms Carr)."),
        TR("I will refer Amber to the specialist child exploitation service by ", DEL("18"), INS("11"),
           " December 2026 and ask for a worker who can see her in school (Priya Sharma).", bullet=True),
        B("The attendance officer will tell the social worker about every absence by 10am on the same day, "
          "from 7 December 2026 (Mrs Hill, attendance officer)."),
        B("Michelle and Gary need to put better boundaries in place."),  # planted: vague, no owner or timescale
        "I think a Child Protection Plan is still needed for Amber and for Finley (see below).",
    ])
    r.heading_row(t, "child-views", "Amber's views", [
        "Amber did not want to meet me, but she agreed that Ms Carr could share what she said on 30 November "
        "2026: 'Everyone's making it into a big thing. I'm not stupid.' She said she likes staying at Auntie "
        "Kerry's 'because nobody's on my back'. She wants to go to college next year to do hair and beauty. "
        "When Ms Carr asked what would make things better at home, Amber said: 'If Gary wasn't always having "
        "a go at me.'",
        "Finley told his teacher he wants 'Mum to pick me up more'.",
    ])
    r.heading_row(t, "recommendation", H_LINCS_CP, [
        "Yes. I believe the threshold for a Child Protection Plan continues to be met for Amber, under the "
        "category of sexual abuse, because the worries about exploitation have increased since September.",
        "I believe a Child Protection Plan is still needed for Finley, under the category of neglect, until "
        "there is a reliable plan for his care after school and when Amber is missing.",
    ])
    r.heading_row(t, "scaling", "Safety scale", [
        "Amber: 2/10, because she is going missing more often, has told us she 'owes' money and 'can't get "
        "out of it', and there is not yet a plan that keeps her safe in the evenings.",
        "Finley: 4/10, because his basic care at home is mostly met but he is often left waiting at school "
        "with no adult coming for him.",
    ])
    r.end_table()
    r.line("The report was shared with Michelle Lewis on 02/12/2026 and with Amber (through Ms Carr) on "
           "30/11/2026.", italic=True, size=9)
    return r


@report
def lincolnshire_03():
    # Health visitor. Headings are bold Normal paragraphs numbered by Word's own
    # list numbering (the number is not in the text). Recommendation for one
    # child only, "Deshawn's views", a placeholder for complicating factors.
    r = Report(
        "lincolnshire-03-autonumbered", "lincolnshire",
        ["numbered-headings", "bold-headings", "child-name-heading", "placeholders"],
        ("initial", "2027-03-02"), "2027-02-26",
        {"name": "Rebecca Holt", "role": "Health Visitor", "agency": "Lincolnshire 0-19 Children's Health Service"},
        ["Deshawn Campbell", "Amara Campbell"], ["Tanisha Campbell", "Jerome Wright"])
    r.title("Child Protection Conference Report - Health Visiting")
    for label, value in [
            ("Children:", "Deshawn Campbell (DOB 11/05/2023), Amara Campbell (DOB 20/12/2026)"),
            ("Parents:", "Tanisha Campbell (mother), Jerome Wright (father of both children)"),
            ("Author:", "Rebecca Holt, Health Visitor, Lincolnshire 0-19 Children's Health Service"),
            ("Initial Child Protection Conference:", "02/03/2027"),
            ("Date of report:", "26/02/2027")]:
        r.render(r.doc, [KV(label, value)])
    r.section("worries", "What are we worried about?", [
        "On 4 February 2027 I visited the family for Amara's 6-8 week review. Amara was 6 weeks and 4 days "
        "old. I saw a bruise about 1cm across on the top of her left ear and two small purple marks behind "
        "it. Amara cannot yet roll over or move herself, so any bruise on a baby of this age is very unusual "
        "and must always be checked by a doctor. Tanisha said Deshawn had hit Amara with a toy car that "
        "morning.",
        "Following the Lincolnshire guidance on bruising in babies who are not yet mobile, I referred Amara to "
        "the paediatric team the same day and told Children's Services. Dr Patel, consultant paediatrician, "
        "examined Amara that afternoon. His report says the bruise on the ear 'could be consistent with a blow "
        "from a hard object' but that 'the explanation given does not fully account for the marks behind the "
        "ear'. X-rays of her whole skeleton on 5 February 2027 showed no broken bones.",
        "Police notified our service on 16 June 2025 that officers had gone to the home after Jerome punched "
        "a wall during an argument with Tanisha while she was holding Deshawn.",
        "At a home visit on 18 February 2027, when Jerome raised his voice at Deshawn for climbing on the "
        "sofa, Deshawn flinched and put his hands over his head.",
        "Tanisha scored 16 on the Edinburgh Postnatal Depression Scale on 4 February 2027, which suggests she "
        "may be depressed.",
    ], kind="bold", autonum=True)
    r.section("complicating-factors", "Complicating factors", [PH("Not known")], kind="bold", autonum=True)
    r.section("working-well", H_LINCS_WELL, [
        "Tanisha has been open with me about the argument in 2025 and about how low she has felt since Amara "
        "was born. She took Amara to the hospital herself on 4 February.",
        "Since 6 February Tanisha's mother, Mrs Grace Campbell, has been living with the family and is there "
        "whenever the children are with Jerome, as agreed in the interim safety plan with the social worker. "
        "She was present at my visits on 11 and 18 February.",
        "Amara is feeding well and her weight is following the 50th centile. She is alert and settles quickly "
        "when Tanisha or her grandmother holds her.",
        "Deshawn goes to nursery three days a week. His key person told me on 19 February that he is a happy, "
        "chatty boy who has settled well.",
    ], kind="bold", autonum=True)
    r.section("needs-to-happen", "What Needs to Happen?", [
        "Amara and Deshawn need to be cared for by adults who keep calm when they cry or misbehave, and "
        "Tanisha needs help with her low mood.",
        B("I will visit weekly until the conference and then every two weeks, including weighing Amara "
          "(Rebecca Holt)."),
        B("Tanisha to see her GP about her low mood by 5 March 2027 (Tanisha; I have booked the appointment "
          "with her)."),
        B("Jerome to be referred to a domestic abuse perpetrator programme."),  # planted: no owner or timescale
        B("ICON advice on coping with a crying baby to be repeated with both parents at every visit."),  # planted: ICON undefined
    ], kind="bold", autonum=True)
    r.section("child-views", "Deshawn's views", [
        "Deshawn is three and a half. I spent time with him on 18 February while he played with a toy garage. "
        "When I asked about his sister he said: 'Amara crying. I kiss her.' When I asked who looks after him "
        "he said 'Mummy and Nanny'. He did not mention his dad. He showed me his 'big boy bed' and was proud "
        "of it.",
        "Amara is too young to share her views. I have seen that she is calm and alert, feeds well and "
        "settles when she is held by her mum or grandmother.",
    ], kind="bold", autonum=True)
    r.section("recommendation", H_LINCS_CP, [
        "Yes. I believe the threshold for a Child Protection Plan is met for Amara, under the category of "
        "physical abuse, because she is a baby who cannot move herself and has bruising that has not been "
        "fully explained.",  # planted: no view given for Deshawn
        "I would scale Amara at 2/10 because the bruising has not been explained and she cannot protect "
        "herself. I would scale Deshawn at 4/10 because his grandmother now lives with the family and he goes "
        "to nursery, but he has seen violence at home and flinches when his dad shouts.",
    ], kind="bold", autonum=True)
    r.line("This report was discussed with Tanisha on 25/02/2027. Jerome was not present.", italic=True, size=10)
    return r


# ---------------------------------------------------------------------------
# portsmouth (guidance 004): no recommendation about a CP plan is wanted
# ---------------------------------------------------------------------------
PORTS_KEY_CHILDREN = ("Details of children living in the household should be entered here (including any "
                      "unborn children and their expected date of delivery if known).")
PORTS_KEY_ADULTS = ("Details of all adults living in the household, including parents or carers, should be "
                    "entered here. Also include details of any other significant adults.")
PORTS_1 = ("This section should state which child(ren) and/or adults you are working with or have worked "
           "with. Please note the end date if your involvement has concluded.")
PORTS_1_CHRONO = ("Details of key events and actions should be recorded here. Any chronology should be a brief "
                  "overview of significant events in a child's life.")
PORTS_2 = ("This section should include developmental progress in the context of the child's age and stage of "
           "development. Account must be taken of any vulnerability for each child, such as learning and/or "
           "physical difficulties.")
PORTS_3 = "It is important to comment on parental strengths as well as any difficulties they may be experiencing."
PORTS_4 = ("Account must be taken of family history and functioning, wider family, Housing, Employment, Income, "
           "Family's social integration and community resources.")
PORTS_5 = ("When analysing information gathered during assessment it is important to distinguish between fact, "
           "observation, allegation and professional opinion. When information is provided from another source, "
           "this should be made clear.")
PORTS_PARENT = ("This should cover any views, wishes and feelings of the parent(s). Please record any areas of "
                "disagreement.")
PORTS_CHILD = ("Please use this space to provide any information you have regarding the child's view of their "
               "family situation.")
H_P1 = "1) Details of service involvement"
H_P2 = "2) Information and knowledge relating to the child's health and development"
H_P3 = ("3) Information and knowledge of the capacity of the parents/carers to safeguard and promote the "
        "child's welfare")
H_P4 = "4) Family and environmental factors"
H_P5 = "5) Analysis of implications for the child's future safety, health and development"


def unnumbered(heading: str) -> str:
    return heading.split(") ", 1)[1][0].upper() + heading.split(") ", 1)[1][1:]


@report
def portsmouth_01():
    # Adult mental health practitioner who works with mum only. Typed numbered
    # bold headings, key information tables with an unborn baby, some template
    # guidance left in. Planted: a repeated passage, a CP-plan recommendation
    # (Portsmouth asks for none), judgemental wording, the child not seen (with reason).
    repeated = ("Natalie stopped taking her antidepressant medication in April 2026 when she found out she was "
                "pregnant, because she was worried it would harm the baby. She did not tell her GP. Her mood "
                "dropped sharply over the following six weeks and she told me she spent most days in bed.")
    r = Report(
        "portsmouth-01-numbered-headings", "portsmouth",
        ["numbered-headings", "bold-headings", "family-table", "header-footer", "prompts-left-in"],
        ("initial", "2026-10-29"), "2026-10-26",
        {"name": "Kerry Ashdown", "role": "Community Mental Health Practitioner",
         "agency": "Portsmouth Community Mental Health Team (East)"},
        ["Jasmine Hill", "Unborn baby Hill"], ["Natalie Hill", "Aaron Pike", "Liam Hill"])
    r.header_footer()
    r.title("Report for Initial Child Protection Conference",
            "Conference date: 29/10/2026    Report date: 26/10/2026")
    r.section("key-information", "Key Information", [
        P(PORTS_KEY_CHILDREN),
        TBL(["Name", "DOB / EDD", "Gender", "School / nursery", "Lives with"], [
            ["Jasmine Hill", "05/10/2018", "Female", "Milton Park Primary School (Year 3)", "Mother"],
            ["Unborn baby Hill", "EDD 14/01/2027", "Not known", "-", "-"],
        ], widths=[3.4, 3.0, 2.2, 5.0, 3.4]),
        P(PORTS_KEY_ADULTS),
        TBL(["Name", "DOB", "Relationship to child(ren)", "Address", "Parental responsibility"], [
            ["Natalie Hill", "27/04/1995", "Mother of Jasmine and the unborn baby", "Family home", "Yes"],
            ["Aaron Pike", "09/09/1992", "Father of the unborn baby; Natalie's partner", "Family home (most nights)",
             "Not yet"],
            ["Liam Hill", "15/02/1993", "Jasmine's father", "Southampton", "Yes"],
        ], widths=[3.0, 2.2, 5.0, 3.8, 3.0]),
    ], kind="bold")
    r.section("agency-involvement", H_P1, [
        P(PORTS_1),
        "I am a Community Mental Health Practitioner in the Portsmouth Community Mental Health Team (East). I "
        "have worked with Natalie Hill since 12 May 2026, when her GP referred her with worsening depression "
        "and anxiety after she found out she was pregnant. I have seen Natalie 14 times: 10 home visits and 4 "
        "clinic appointments. My last contact with her was on 20 October 2026.",
        "I work with Natalie only and I have not met Jasmine. My visits are arranged during school hours so "
        "that Natalie can talk freely, because my role is to support her as an adult patient. What I know "
        "about Jasmine comes from Natalie and from the social worker, Mr Oduya.",  # planted: child not seen, with reason
        "I have not met Aaron. He has refused to engage with services.",  # planted: judgemental wording
        "I referred Natalie to the perinatal mental health team on 3 August 2026. They accepted the referral "
        "and her first appointment is on 2 November 2026.",
    ], kind="bold")
    r.section("health-development", H_P2, [
        P(PORTS_2),
        "I do not have direct knowledge of Jasmine's health and development. Natalie tells me Jasmine is "
        "healthy, doing well at school and 'loves gymnastics'. She has said Jasmine has had nightmares since "
        "the summer.",
        "The baby is due on 14 January 2027. Natalie told me she missed two antenatal appointments in "
        "September because she 'couldn't face leaving the house'. The community midwife confirmed this to me "
        "on 5 October 2026 and told me the baby is growing normally.",
    ], kind="bold")
    r.section("parenting-capacity", H_P3, [
        repeated,
        "When her mood is low, Natalie has told me, Jasmine gets herself ready for school and makes her own "
        "breakfast, and on 'bad days' they 'live on toast'. On 15 September she said: 'Jasmine is the one "
        "looking after me at the moment.'",
        "Natalie understands Jasmine's needs well and speaks about her warmly. She has never missed taking "
        "Jasmine to school, and she tells me she reads with her most evenings when she is well.",
        "Natalie has told me that Aaron 'gets jealous' and checks her phone. On 6 October 2026 she had a "
        "bruise on her wrist; she said she had 'banged it on the door'. I am not able to say how the bruise "
        "was caused.",
        "Natalie restarted medication on 22 August 2026 after talking to her GP and the perinatal team about "
        "which medicines are safe in pregnancy. Her mood has improved a little since September.",
    ], kind="bold")
    r.section("family-environment", H_P4, [
        P(PORTS_4),
        "Natalie and Jasmine live in a two-bedroom housing association flat. Aaron stays there most nights "
        "but is not on the tenancy. Natalie's mother lives in Gosport and visits every week. Natalie is not "
        "working and receives Universal Credit; she has told me she has debts on a catalogue account.",
        "Natalie has few friends locally and says she 'doesn't go out anymore'.",
    ], kind="bold")
    r.section("analysis", H_P5, [
        repeated,  # planted: the same passage as in section 3
        "When Natalie is unwell, Jasmine takes on caring tasks that are not right for an eight-year-old. This "
        "is likely to increase when the baby is born, because the months after a birth are a time when "
        "Natalie's depression may come back. Aaron's behaviour towards Natalie as she describes it (jealousy, "
        "checking her phone) is a worry, and the bruise on 6 October has not been explained.",
        "Natalie's non-engagement with antenatal care in September is a concern.",  # planted: jargon
        "I believe Jasmine and the unborn baby should be made subject to Child Protection Plans under the "
        "category of neglect.",  # planted: recommendation that Portsmouth asks authors not to make
    ], kind="bold")
    r.section("parent-views", "Parent/Carer Views", [
        P(PORTS_PARENT),
        "I shared this report with Natalie at home on 23 October 2026. She agreed with most of it but "
        "disagreed strongly with what I have written about Aaron. She said: 'He has never touched me, I bang "
        "into things all the time when I'm tired,' and asked for her disagreement to be recorded. She said "
        "the support from the mental health team has helped her 'feel like a person again'.",
    ], kind="bold")
    r.section("child-views", "Child(ren)'s Views", [
        P(PORTS_CHILD),
        "I have not met Jasmine, for the reasons given in section 1. Natalie told me Jasmine is 'excited about "
        "being a big sister' but worried that 'the baby will cry all the time'. Mr Oduya will be able to share "
        "Jasmine's own views.",
    ], kind="bold")
    return r


@report
def portsmouth_02():
    # Community midwife, pre-birth. Form table with typed numbered questions,
    # guidance in the shaded cells, answers in content controls, and nested
    # tables (household, antenatal appointments). No recommendation, as asked.
    r = Report(
        "portsmouth-02-form-table", "portsmouth",
        ["form-table", "content-controls", "nested-table", "family-table", "prompts-left-in", "numbered-headings"],
        ("initial", "2027-01-21"), "2027-01-18",
        {"name": "Sian Edwards", "role": "Community Midwife", "agency": "Portsmouth Community Midwifery Team"},
        ["Unborn baby Knight", "Riley Knight"], ["Courtney Knight", "Josh Barnes", "Denise Knight"])
    r.header_footer("OFFICIAL - SENSITIVE")
    r.title("Multi-Agency Report for Initial Child Protection Conference",
            "Portsmouth Safeguarding Children Partnership - restorative approach")
    t = r.form_table((5.4, 11.6))
    cc = lambda alias, tag, **kw: {"alias": alias, "tag": tag, **kw}
    r.form_row(t, "key-information", "Key Information", [
        TBL(["Child", "DOB / EDD", "Gender", "Lives with"], [
            ["Unborn baby Knight", "EDD 02/03/2027", "Male (from scan)", "Mother"],
            ["Riley Knight", "17/08/2024", "Male", "Mother"],
        ], widths=[3.4, 2.8, 2.4, 2.6], size=9),
        TBL(["Adult", "DOB", "Relationship", "Parental responsibility"], [
            ["Courtney Knight", "05/06/2007", "Mother", "Yes"],
            ["Josh Barnes", "28/02/2004", "Father of both children", "Yes (Riley)"],
            ["Denise Knight", "14/10/1981", "Maternal grandmother (tenant)", "No"],
        ], widths=[3.4, 2.2, 3.4, 2.2], size=9),
        KV("Report author:", "Sian Edwards, Community Midwife. Report date: 18/01/2027. Conference: 21/01/2027."),
    ], prompts=[PORTS_KEY_CHILDREN, PORTS_KEY_ADULTS])
    r.form_row(t, "agency-involvement", H_P1, [
        "I am Courtney's community midwife. Midwives care for women during pregnancy and for up to 28 days "
        "after the birth. Courtney booked with our service late, on 10 October 2026, when she was 20 weeks "
        "pregnant; we would expect women to book by 10 weeks. Since then I have seen her four times at the "
        "antenatal clinic and once at home.",
        "I also know the family because I was Courtney's midwife when Riley was born in August 2024. At that "
        "time Riley had a Child in Need (CIN) plan because of domestic abuse by Josh towards Courtney. The "
        "plan ended in March 2025.",
        "I referred the unborn baby to the Multi-Agency Safeguarding Hub (MASH) on 14 November 2026, after "
        "Courtney told me Josh had moved back in.",
    ], prompts=[PORTS_1], control=cc("Service involvement", "service_involvement"))
    row = r.form_row(t, "health-development", H_P2, [
        "The baby is growing normally. The scan on 31 October 2026 showed no problems, and at my home visit on "
        "19 December the baby's growth measured on the expected line. Courtney smokes about ten cigarettes a "
        "day, which increases the risk of the baby being born small and of sudden infant death.",
        "Riley is two. I saw him at my home visit on 19 December 2026. He was walking well and talking in "
        "short phrases, was dressed for the weather and played happily with his cars. His health visitor told "
        "me on 8 January 2027 that his development was on track at his two-year review and that his "
        "immunisations are up to date.",
    ], prompts=[PORTS_2], control=cc("Health and development", "health_development"))
    r.render(row.cells[1], [
        TBL(["Date", "Antenatal appointment", "Attended?"], [
            ["10/10/2026", "Booking appointment (20 weeks)", "Yes"],
            ["24/10/2026", "Anomaly scan", "No - rebooked"],
            ["31/10/2026", "Anomaly scan (rebooked)", "Yes"],
            ["21/11/2026", "Midwife clinic", "Yes"],
            ["05/12/2026", "Consultant clinic", "No"],
            ["19/12/2026", "Midwife home visit", "Yes"],
            ["09/01/2027", "Glucose tolerance test", "No"],
        ], widths=[2.4, 6.0, 2.6], size=9)])
    r.form_row(t, "parenting-capacity", H_P3, [
        "Courtney is caring and attentive with Riley. On my home visit she noticed when he was tired and "
        "settled him for a nap, and she told me she wants to 'do things right this time'.",
        "Courtney told me Josh moved back into the family home in November 2026 and that 'he's changed'. The "
        "police notifications on Riley's health record show that police were called to the home three times "
        "in 2024 because of Josh's violence towards Courtney. Courtney says there have been no incidents since "
        "Josh returned. Courtney's mother, Denise, told me privately on 19 December 2026 that she hears "
        "'shouting most nights'.",
        "Courtney has told me that she and Josh smoke cannabis 'to chill out' in the evenings, outside the "
        "house.",
        "Courtney missed the consultant clinic and the glucose test; she told me she had no bus fare.",
    ], prompts=[PORTS_3], control=cc("Parenting capacity", "parenting_capacity"))
    r.form_row(t, "family-environment", H_P4, [
        "Courtney, Josh, Riley and Denise live in Denise's three-bedroom council house. Courtney is 19 and left "
        "school at 16. Neither Courtney nor Josh is working; Denise works full time as a cleaner. There is not "
        "yet a cot or Moses basket for the new baby.",
    ], prompts=[PORTS_4], control=cc("Family and environment", "family_environment"))
    r.form_row(t, "analysis", H_P5, [
        "The new baby will be born into a home where there has been domestic abuse in the past, where there "
        "are signs it may be happening again (Denise's account of shouting most nights), and where both "
        "parents use cannabis. A newborn baby depends completely on the adults around them and cannot get "
        "away from shouting or violence. Courtney's late booking and missed appointments mean that some checks "
        "on the baby's health have been delayed.",
        "Courtney's care of Riley is a real strength: it shows she can meet a young child's needs, especially "
        "with support. Denise is a protective adult in the home and has been honest with me.",
        "To reduce the harm, I will arrange transport for the rebooked glucose test on 22 January 2027; I "
        "will refer the family to the baby bank for a cot and go through safe sleep advice with Courtney and "
        "Josh by 29 January 2027; and a pre-birth plan should be agreed with the social worker by 36 weeks "
        "(9 February 2027).",
    ], prompts=[PORTS_5], control=cc("Analysis", "analysis"))
    r.form_row(t, "parent-views", "Parent/Carer Views", [
        "I shared this report with Courtney at clinic on 16 January 2027. She agreed with it apart from "
        "Denise's account of shouting, which she says is 'just normal arguing'. She asked me to record that "
        "she is 'not taking drugs, it's just a bit of weed'. I have not been able to share it with Josh, as he "
        "was not at home when I called on 16 January.",
    ], prompts=[PORTS_PARENT], control=cc("Parent views", "parent_views"))
    r.form_row(t, "child-views", "Child(ren)'s Views", [
        "Riley is two and cannot give his views in words. On my visit he went to his mum and his nan for "
        "comfort and was relaxed with them. He did not go to Josh, who stayed in the bedroom for most of my "
        "visit.",
    ], prompts=[PORTS_CHILD], control=cc("Child views", "child_views"))
    r.end_table()
    return r


@report
def portsmouth_03():
    # Primary school. The template's headings typed without their numbers in
    # Word heading styles, sub-headings inside a section, tracked edits, and
    # the author's own headings "Mum's views", "Kai's views", "Esi's views".
    r = Report(
        "portsmouth-03-word-headings", "portsmouth",
        ["word-headings", "family-table", "sub-headings", "tracked-changes", "child-name-heading"],
        ("initial", "2026-12-08"), "2026-12-04",
        {"name": "James Whitlock", "role": "Headteacher and Designated Safeguarding Lead",
         "agency": "Seabrook Primary School"},
        ["Kai Mensah", "Esi Mensah"], ["Abena Mensah", "Kwame Mensah"])
    r.title("Seabrook Primary School: report to Initial Child Protection Conference",
            "Conference 8 December 2026. Report written 4 December 2026.")
    r.section("key-information", "Key Information", [
        TBL(["Name", "Date of birth", "Relationship", "School / address"], [
            ["Kai Mensah", "19/02/2017", "Subject child", "Seabrook Primary School, Year 5"],
            ["Esi Mensah", "08/07/2019", "Subject child", "Seabrook Primary School, Year 3"],
            ["Abena Mensah", "30/01/1988", "Mother", "Family home"],
            ["Kwame Mensah", "12/06/1985", "Father", "Working in Ghana; home twice a year"],
        ], widths=[3.4, 2.6, 3.4, 7.6]),
    ])
    r.section("agency-involvement", unnumbered(H_P1), [
        "Kai has been at Seabrook Primary School since Reception in September 2021, and Esi since Reception in "
        "September 2023. I am the school's Designated Safeguarding Lead and I have known the family since "
        "Kai started.",
        "On 3 November 2026 Kai told his teacher, Mrs Lowe, that 'the fire engine came to our flat' because 'I "
        "was making chips and the pan caught fire'. I spoke to Kai the same morning. He said Mum was at work "
        "and he was looking after Esi. I made a referral to the Multi-Agency Safeguarding Hub (MASH) at "
        "10.15am. The fire service has confirmed that it attended the flat at 8.10pm on 2 November and that no "
        "one was hurt.",
        "Before this, school had no safeguarding concerns about the family.",
    ])
    r.section("health-development", unnumbered(H_P2), [
        "Both children are healthy and have no special educational needs.",
        SUB("Attendance"),
        "This year Kai's attendance is 93.1% and Esi's is 92.4%. Most absences are for illness and are "
        "reported by Abena on the first morning.",
        SUB("Learning"),
        "Kai is working at the expected standard in reading and maths and below it in writing. Esi is working "
        "at the expected standard in all subjects and is one of the strongest readers in her class.",
        SUB("Friendships and wellbeing"),
        TR("Kai is a kind, popular boy. Since October his teacher has noticed that he is often tired on ",
           DEL("Mondays"), INS("Mondays and Tuesdays"), ", and on 6 of the last 20 school days he has come into "
           "breakfast club saying he was hungry. ", INS("On 24 November he fell asleep in a maths lesson.")),
        "Esi is a happy, confident girl with lots of friends. She has told her teacher twice this term that "
        "she 'doesn't like the dark'.",
    ])
    r.section("parenting-capacity", unnumbered(H_P3), [
        "Abena is a warm and caring mum. She comes to every parents' evening, the children are always clean and "
        "smartly dressed, and their homework and reading records are done. When I spoke to her on 3 November "
        "she was shocked and upset about the fire and thanked school for acting quickly.",
        "Abena works as a care assistant on evening shifts, 5pm to 10pm, four days a week. She told me she "
        "leaves the children with a neighbour, but Kai told me the neighbour 'just checks on us sometimes'. "
        "This means that Kai, who is nine, is often in charge of Esi, who is seven, for up to five hours, "
        "including cooking and putting her to bed.",
        "Abena has told me she did not think of this as leaving the children alone, because the neighbour was "
        "next door and Kai 'is very sensible'.",
    ])
    r.section("family-environment", unnumbered(H_P4), [
        "Kwame works in Ghana and comes home twice a year. The family live in a second-floor flat. Abena's "
        "sister, Efua, lives in Fratton and the family are part of a close church community, where Abena says "
        "several friends have offered to help.",
        "Abena has told me that money is tight and that she took the evening shifts because they pay more and "
        "let her do the school run.",
    ])
    r.section("analysis", unnumbered(H_P5), [
        "The main risk to Kai and Esi is being left without an adult in the evenings. The fire on 2 November "
        "shows what can happen when a nine-year-old is cooking on his own, and Kai's tiredness and hunger "
        "suggest that he is carrying a lot of responsibility for his age. Esi's comments about the dark "
        "suggest she is frightened in the evenings.",
        "There are real strengths: Abena loves her children, works hard to provide for them and has always "
        "worked well with school. She has family and friends who have offered to help.",
        "What would make the children safe is a reliable adult at home with them every evening while Abena is "
        "at work. School will keep offering both children breakfast club free of charge and will let the "
        "social worker know at once about any further worries.",
    ])
    r.section("parent-views", "Mum's views", [
        "I met Abena on 2 December 2026 and went through this report with her. She was upset and said she "
        "'had no choice' because she needs the work, but agreed that the report was accurate. She asked me to "
        "add that she has changed her shifts so that she works days from 7 December and that her sister Efua "
        "will collect the children from school on the days she works late.",
    ])
    r.section("child-views", "Kai's views", [
        "I spoke to Kai on 1 December 2026 with Mrs Lowe. Kai said: 'I don't mind looking after Esi but I get "
        "scared when it's dark and there are noises.' He said the fire was 'the scariest thing ever'. He would "
        "like 'Mum to be home at night, or Auntie Efua to come round'. Kai agreed that I could share this.",
    ])
    r.section("child-views", "Esi's views", [
        "Esi said she likes it when Kai makes her toast, and that she doesn't like it 'when Mummy goes to work "
        "and it's just us'. She drew a picture of her family with Auntie Efua holding her hand.",
    ])
    return r


# ---------------------------------------------------------------------------
# generic: reports on no partnership's form, with the author's own headings
# ---------------------------------------------------------------------------
@report
def generic_01():
    # Police report on a force's own layout: bold headings, an incident table.
    # Planted: undefined police acronyms, "chaotic", unattributed information,
    # actions with no timescale, one score with no reason; sent the day before.
    r = Report(
        "generic-01-police", "generic",
        ["bold-headings", "header-footer"],
        ("initial", "2026-11-05"), "2026-11-04",  # planted: late
        {"name": "Lisa Kane", "role": "Police Constable, Public Protection Unit", "agency": "Midshire Constabulary"},
        ["Skye Jennings", "Logan Jennings"], ["Kirsty Jennings", "Wayne Jennings"])
    r.header_footer("OFFICIAL-SENSITIVE", "Midshire Constabulary - Public Protection Unit")
    r.title("POLICE REPORT TO CHILD PROTECTION CONFERENCE")
    for label, value in [
            ("Subject children:", "Skye Jennings (DOB 12/12/2010), Logan Jennings (DOB 04/04/2016)"),
            ("Parents:", "Kirsty Jennings (DOB 03/05/1986), Wayne Jennings (DOB 19/08/1983)"),
            ("Officer:", "PC 2291 Lisa Kane, Public Protection Unit"),
            ("Conference:", "Initial Child Protection Conference 05/11/2026"),
            ("Date of report:", "04/11/2026")]:
        r.render(r.doc, [KV(label, value)])
    r.section("agency-involvement", "Summary of police involvement", [
        "This report was written following research of police systems on 02/11/2026 and summarises police "
        "contact with the Jennings family over the last three years.",
        TBL(["Date", "Incident", "Outcome"], [
            ["14/01/2024", "DA - verbal argument between Kirsty and Wayne, both intoxicated. Children present.",
             "No offences. DASH standard risk."],
            ["30/06/2024", "DA - Wayne pushed Kirsty into a wall; Skye got between them.",
             "Wayne arrested. NFA - victim did not support."],
            ["22/03/2025", "Skye reported missing by Kirsty.", "Found the same night at a friend's address."],
            ["05/09/2025", "Skye arrested for shoplifting with an older female.", "Youth caution."],
            ["17/02/2026", "DA - Kirsty assaulted Wayne with a mug.", "Kirsty charged. Conditional discharge."],
            ["11/10/2026", "Concern for welfare - Logan found walking alone at 23:05.",
             "Returned home. MASH referral."],
            ["19/10/2026", "DA - Wayne threatened to kill Kirsty. Skye filmed it on her phone.",
             "Wayne charged; bail conditions not to attend the address."],
        ], widths=[2.4, 8.6, 6.0], size=9),
        "Police have attended the home address 11 times since January 2024, 6 of them DA related.",  # planted: DA, DASH, NFA, MASH undefined
        "On 30/06/2024 officers attended after a 999 call from Skye, then 13, who said 'my dad is hurting my "
        "mum'. Officers found Kirsty with a red mark on her upper arm. Skye told officers she had stood between "
        "her parents to stop Wayne pushing Kirsty again. Kirsty did not provide a statement and the case was "
        "closed with no further action.",
        "On 17/02/2026 Wayne called police to say Kirsty had thrown a mug at him, cutting his eyebrow. Logan "
        "was in the kitchen at the time. Kirsty was charged with assault by beating and received a "
        "conditional discharge at the magistrates' court in April 2026.",
        "On 19/10/2026 Kirsty called police at 21:40 to say Wayne had threatened to kill her. Officers arrived "
        "at 21:52. Both parents had been drinking. Skye showed officers a video she had recorded on her phone "
        "of the argument, in which Wayne is heard shouting 'I'll kill you' and a door is heard slamming. "
        "Logan was upstairs and told officers he had 'put his headphones on'.",
    ], kind="bold")
    r.section("worries", "Worries", [
        "The home environment is chaotic, with both parents misusing alcohol.",  # planted: judgemental
        "On 11/10/2026 at 23:05 Logan (10) was found by officers walking alone on the ring road in his "
        "pyjamas. He told officers: 'Mum and Dad are fighting and I wanted to go to Nan's.' Officers returned "
        "him home, where both parents were heavily intoxicated and Kirsty had a cut to her lip.",
        "On 19/10/2026 Skye filmed an argument in which Wayne can be heard saying 'I'll kill you'. Wayne was "
        "arrested and charged with making threats to kill and is on bail with conditions not to attend the "
        "address. The trial is listed for February 2027.",
        "It is known that Skye has been seen with older males in the town centre late at night.",  # planted: unattributed
        "The case was heard at MARAC on 28/10/2026.",  # planted: MARAC undefined
        "Logan's school have told the social worker that he has been late 14 times this term and often falls "
        "asleep in class on Monday mornings.",
    ], kind="bold")
    r.section("working-well", "Strengths", [
        "Wayne has kept to his bail conditions; no breaches have been recorded since 19/10/2026.",
        "Kirsty called the police herself on 19/10/2026.",
        "Logan's nan, Mrs Sandra Price, lives nearby and Logan tried to go to her on 11/10/2026, which shows he "
        "knows where there is a safe adult.",
        "Since Wayne left the address on 19/10/2026 there have been no further calls to police from the "
        "address.",
    ], kind="bold")
    r.section("needs-to-happen", "Next steps", [
        "Police will continue to progress the prosecution of Wayne for threats to kill.",
        "Kirsty to be offered a referral to an IDVA.",  # planted: no owner, no timescale, IDVA undefined
        "Neighbourhood PCSO to carry out welfare visits.",
        "Any breach of Wayne's bail conditions will be dealt with as a priority and the social worker will be "
        "informed by the Public Protection Unit.",
    ], kind="bold")
    r.section("child-views", "Voice of the child", [
        "Officers spoke to Logan on 11/10/2026 (recorded on body-worn video). He said: 'I don't like it when "
        "they drink, they get shouty and Dad breaks things.' He said he wanted to live with his nan.",
        "Skye declined to speak to officers on 19/10/2026 but told PC Ahmed: 'I only filmed it so someone "
        "would believe us.'",
        "On 20/10/2026 I visited the address with the social worker. Logan showed us his bedroom and said he "
        "felt 'a bit better' now his dad was not there, but that he missed him. Skye stayed in her room and "
        "said through the door that she was 'fine' and did not want to talk to police.",
    ], kind="bold")
    r.section("recommendation", "Recommendation", [
        "Police would support both Skye and Logan being made subject to Child Protection Plans.",
        "Police would scale the children at 3/10.",  # planted: one score for both, no reason
    ], kind="bold")
    return r


@report
def generic_02():
    # GP report under the practice's own Word headings. Planted: no child's views
    # anywhere, a placeholder section, unattributed information, a heading that
    # maps to nothing ("Medication and prescriptions"), scaling without a reason.
    r = Report(
        "generic-02-gp", "generic",
        ["word-headings", "placeholders"],
        ("review", "2026-09-17"), "2026-09-10",
        {"name": "Dr Anil Mehta", "role": "GP Partner and Practice Safeguarding Lead", "agency": "Castle Street Surgery"},
        ["Ellie Ward", "Harry Ward"], ["Lisa Ward", "Karl Ward"])
    r.title("GP Report to Child Protection Review Conference")
    for label, value in [
            ("Patients:", "Ellie Ward (DOB 23/01/2016), Harry Ward (DOB 11/11/2019)"),
            ("Parents:", "Lisa Ward (DOB 14/02/1989), Karl Ward (DOB 06/10/1985)"),
            ("Author:", "Dr Anil Mehta, GP Partner and Practice Safeguarding Lead, Castle Street Surgery"),
            ("Review conference:", "17/09/2026"),
            ("Report date:", "10/09/2026")]:
        r.render(r.doc, [KV(label, value)])
    r.section("agency-involvement", "Involvement of the practice", [
        "All four members of the family are registered with Castle Street Surgery. Ellie and Harry have been "
        "subject to Child Protection Plans under the category of neglect since the initial conference on "
        "11 June 2026. I have reviewed the records of all four family members for this report; I last saw "
        "Lisa on 2 September 2026 and Karl on 19 August 2026.",
    ])
    r.section("health-development", "Health of the children", [
        "Harry has severe eczema. He is under the paediatric dermatology clinic at the hospital. He was not "
        "brought to his dermatology appointments on 3 July and 21 August 2026 (Was Not Brought, WNB). He was "
        "seen at the surgery by our practice nurse on 12 August 2026 with infected eczema on both arms and "
        "needed a course of antibiotics. His emollient and steroid creams were last collected from the "
        "pharmacy on 14 June 2026, although they should be collected monthly. The hospital clinic wrote to "
        "the practice on 22 August 2026 to say that Harry will be discharged back to the GP if he is not "
        "brought to the next appointment.",
        "Ellie's weight has dropped from the 50th to the 25th centile between January and August 2026. She "
        "was referred to the paediatric team in July 2026 and her first appointment is on 1 October 2026.",
        "Both children's immunisations are up to date.",
        "Ellie has had three consultations for headaches and stomach aches since May 2026. No physical cause "
        "has been found. The school nurse wrote to the practice on 15 July 2026 to say Ellie had been "
        "complaining of stomach aches most mornings at school.",
        "Harry was seen in the out-of-hours service on 27 July 2026 at 11.40pm with an asthma attack. The "
        "out-of-hours notes say he had run out of his brown preventer inhaler 'some weeks ago'.",
    ])
    r.section("other", "Medication and prescriptions", [
        "Lisa is prescribed co-codamol for back pain and sertraline for depression. She has asked for early "
        "repeat prescriptions of co-codamol four times since May 2026. Karl is not on any regular medication.",
    ])
    r.section("worries", "Concerns", [
        "It has been reported that Karl is drinking heavily and has been verbally aggressive to Lisa in front "
        "of the children.",  # planted: unattributed
        "The pattern of missed hospital appointments, uncollected prescriptions and Ellie's weight loss "
        "suggests that the children's health needs are not being met consistently.",
        "Lisa's requests for early prescriptions raise the possibility that she is becoming dependent on "
        "co-codamol, which can make a parent drowsy and less able to supervise children.",
        "Karl attended the surgery on 19 August 2026 with a hand injury. He said he had 'punched a door' "
        "during an argument. He declined a referral to the alcohol service.",
    ])
    r.section("working-well", "What's working well", [
        "Lisa brought Harry to the surgery when his eczema became infected and completed the course of "
        "antibiotics with him; it healed within a week.",
        "Lisa has been open with me about her low mood and her pain, and agreed on 2 September to a plan to "
        "reduce her co-codamol over eight weeks.",
    ])
    r.section("needs-to-happen", "Next steps", [
        B("Harry's dermatology appointment has been rebooked for 24 September 2026. Our practice nurse will "
          "phone Lisa the day before as a reminder (practice nurse)."),
        B("Harry's creams will be put on a monthly repeat and the pharmacy will deliver them to the home, from "
          "14 September 2026 (Dr Mehta)."),
        B("I will see Lisa every two weeks to review her co-codamol reduction and her mood, until at least "
          "the end of November 2026 (Dr Mehta)."),
        B("Karl to be offered an appointment to discuss his alcohol use."),  # planted: no owner or timescale
    ])
    r.section("analysis", "Analysis", [
        "From a health point of view, the children's physical health needs are still not being met reliably "
        "three months into the plan. Harry's eczema has caused him pain and infection that could have been "
        "prevented, and Ellie's weight loss needs to be understood. The main strengths are Lisa's honesty and "
        "her willingness to accept help for herself.",
    ])
    r.section("recommendation", "Recommendation", [
        "I believe the threshold for a CP plan continues to be met for Harry. I feel Ellie's needs could be met "
        "through a CIN plan.",  # planted: CP and CIN undefined, opinion without reason for Ellie
        "I would scale Ellie and Harry at 5/10.",  # planted: no reason
    ])
    r.section("other", "Any other information", [PH("None")])
    return r


@report
def generic_03():
    # Housing (temporary accommodation) report on a council's own layout: a table
    # of shaded heading rows with typed numbers. Good practice in the main,
    # interpreter used, actions with owners and dates; no scaling given.
    r = Report(
        "generic-03-housing", "generic",
        ["heading-rows", "numbered-headings", "family-table", "child-name-heading"],
        ("initial", "2027-02-11"), "2027-02-08",
        {"name": "Farah Hussain", "role": "Temporary Accommodation Officer",
         "agency": "Housing Options Team, Northbridge City Council"},
        ["Leila Haddad", "Omar Haddad", "Yusuf Haddad"], ["Rania Haddad", "Samir Haddad"])
    r.title("Northbridge City Council Housing Options: report to Child Protection Conference")
    t = r.form_table((5.5, 3.0, 8.5))
    cell = r.merged_row(t, SHADE_DARK)
    r._run(r._par(cell), "Household details", bold=True)
    r.data_rows(t, ["Name", "Date of birth", "Relationship"], [
        ["Leila Haddad", "01/09/2014", "Daughter (Year 7)"],
        ["Omar Haddad", "15/05/2018", "Son (Year 3)"],
        ["Yusuf Haddad", "30/10/2024", "Son"],
        ["Rania Haddad", "11/03/1990", "Mother (applicant). First language Arabic"],
        ["Samir Haddad", "27/07/1986", "Father. Does not live with the family; address not shared"],
    ])
    r.render(r.merged_row(t), [
        KV("Officer:", "Farah Hussain, Temporary Accommodation Officer. Report date 08/02/2027. "
           "Conference 11/02/2027 (initial)."),
    ])
    r._record("key-information", "Household details", [], has_text=True, starts_with="Leila Haddad")
    r.heading_row(t, "agency-involvement", "1. Housing history", [
        "Rania and the three children came to Northbridge from Birmingham on 17 November 2026, after Samir "
        "assaulted Rania at the family home. They were placed in a refuge for one night and then, because "
        "the refuge had no space for a family of four, in bed and breakfast accommodation from 18 November "
        "2026. Rania has made a homeless application and we have accepted that we owe the family the main "
        "housing duty.",
        "The family are still in one room at the bed and breakfast: four people share two beds, the bathroom "
        "is shared with other residents, and there are no cooking facilities. The law says that families "
        "with children should not be in bed and breakfast for more than six weeks; the family have now been "
        "there for twelve weeks. This is because we have not had a suitable self-contained flat available.",
        "I have met Rania six times, always with an Arabic interpreter, and have seen the children on four of "
        "those visits.",
    ])
    r.heading_row(t, "worries", "2. Worries", [
        "Leila told me on 28 January 2027 that her father had sent her messages on Instagram asking where they "
        "are living. She has not replied and showed the messages to her mum, who reported them to police the "
        "same day (police reference given to the social worker).",
        "The room is too small for the family. Yusuf, who is two, has nowhere safe to play and on my visit on "
        "2 February he was climbing on the window sill; the window restrictor was broken. I reported it and it "
        "was repaired on 3 February.",
        "Without a kitchen, Rania is buying takeaway food and the family's money is running out. She told me "
        "the children have had 'chips most nights'.",
        "Rania told me she feels 'trapped' and cries most nights after the children are asleep.",
    ])
    r.heading_row(t, "working-well", "3. What's working well", [
        "Rania has followed the safety plan agreed with the refuge outreach worker: she has changed her phone "
        "number, turned off location sharing on all the family's phones, and has not told anyone in "
        "Birmingham where they are. When Samir contacted Leila, Rania reported it to police straight away.",
        "Leila and Omar started at their new schools on 25 January 2027, and Omar's teacher told me on "
        "5 February that he has made friends and 'is always smiling'.",
        "Rania is a calm and loving mother. On each visit I have seen her feed and play with Yusuf and help "
        "Omar with his reading, even in one room.",
    ])
    r.heading_row(t, "needs-to-happen", "4. Next steps", [
        B("Move the family to a self-contained two-bedroom temporary flat, away from the areas Samir knows, "
          "by 19 February 2027 (Farah Hussain). A flat has been identified and is being checked."),
        B("Add a safety marker to the family's housing record so their address is never disclosed, done on "
          "18 November 2026 (Farah Hussain)."),
        B("Provide a cot, cooker and starter pack for the new flat through the council's furniture scheme by "
          "the moving date (Farah Hussain)."),
        B("Refer Rania to the Arabic-speaking women's group at the family hub by 26 February 2027 (refuge "
          "outreach worker)."),
    ])
    r.heading_row(t, "child-views", "5. Leila's views", [
        "Leila speaks fluent English and talked to me on 2 February 2027 while her mum was with the "
        "interpreter. She said: 'I like my new school but I hate the hotel. Everyone can hear everything.' She "
        "said she was scared when her dad messaged her but 'glad I told Mum'. She wants 'our own place with a "
        "door that locks'. Leila agreed that I could share this.",
        "Omar told me he likes his new school and misses his bike. Yusuf is too young to give his views; he "
        "was clingy with his mum on every visit but settled when she held him.",
    ])
    r.heading_row(t, "parent-views", "6. Mum's views", [
        "I read this report to Rania with an Arabic interpreter on 5 February 2027. She agreed with it and "
        "asked me to tell the conference that she 'did everything to keep the children safe' and that she "
        "wants 'a normal life for them'. She is frightened that Samir will find them.",
    ])
    r.heading_row(t, "recommendation", "7. Recommendation", [
        "I think the children's needs could be met through a Child in Need plan once the family are in a "
        "self-contained flat with the safety measures above, rather than a Child Protection Plan, because Rania "
        "has shown that she can follow the safety plan and protect the children.",
    ])
    r.end_table()
    return r


# ---------------------------------------------------------------------------
# Checking and rendering
# ---------------------------------------------------------------------------
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _xml(path: Path, name: str):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def _paragraph_texts(root) -> list[str]:
    """Text of every w:p as it reads with tracked changes accepted (w:ins kept, w:delText dropped)."""
    return [" ".join("".join(t.text or "" for t in p.iter(W + "t")).split()) for p in root.iter(W + "p")]


def check(r: Report, path: Path) -> list[str]:
    problems = []
    Document(str(path))  # loads with python-docx
    root = _xml(path, "word/document.xml")
    texts = _paragraph_texts(root)
    whole = "\n".join(texts)
    for s in r.sections:
        if s["heading"] not in texts:
            problems.append(f"heading not found as a paragraph: {s['heading']!r}")
        sw = s.get("starts_with")
        if sw and not any(t.startswith(sw) for t in texts):
            problems.append(f"starts_with not found: {sw!r}")
    for p in r.prompts:
        if p not in texts:
            problems.append(f"prompt not found: {p!r}")
    for p in r.placeholders:
        if p not in texts:
            problems.append(f"placeholder not found: {p!r}")
    for name in r.children + r.adults:
        if name not in whole:
            problems.append(f"name not found: {name!r}")
    # the layout tags must be really present in the XML
    tags = set(r.layouts)
    for tc in root.iter(W + "tc"):
        if not [c for c in tc if c.tag in (W + "p", W + "tbl", W + "sdt")]:
            problems.append("a table cell with no paragraph, table or control")
    for content in root.iter(W + "sdtContent"):
        if not len(content):
            problems.append("a content control with nothing in it")
    sdts = root.findall(f".//{W}sdt")
    if ("content-controls" in tags) != bool(sdts):
        problems.append("content-controls tag and w:sdt disagree")
    for sdt in sdts:
        pr = sdt.find(W + "sdtPr")
        if pr.find(W + "alias") is None or pr.find(W + "tag") is None:
            problems.append("content control without alias/tag")
        if pr.find(W + "showingPlcHdr") is not None:
            if _paragraph_texts(sdt) != [WORD_PLACEHOLDER]:
                problems.append("empty control does not show Word's placeholder")
    has = {
        "tracked-changes": bool(root.findall(f".//{W}ins")) and bool(root.findall(f".//{W}delText")),
        "nested-table": bool(root.findall(f".//{W}tc//{W}tbl")),
        "heading-rows": bool(root.findall(f".//{W}gridSpan")),
        "form-table": any(s.get(W + "fill") == SHADE for s in root.iter(W + "shd")),
        "word-headings": any(ps.get(W + "val", "").startswith("Heading") for ps in root.iter(W + "pStyle")),
        "long-answer": any(sum(len(t.split()) for t in _paragraph_texts(tc)) >= 500 for tc in root.iter(W + "tc")),
    }
    for tag, present in has.items():
        if tag in tags and not present:
            problems.append(f"layout tag {tag} not shown in the XML")
    if "numbered-headings" in tags:
        numbered = any(h["heading"][:1].isdigit() for h in r.sections) or bool(root.findall(f".//{W}numPr/{W}numId"))
        if not numbered:
            problems.append("numbered-headings tag but no numbered heading")
    if "header-footer" in tags:
        with zipfile.ZipFile(path) as z:
            heads = [n for n in z.namelist() if n.startswith("word/header")]
            foots = [n for n in z.namelist() if n.startswith("word/footer")]
            if not any(b"OFFICIAL" in z.read(n) for n in heads) or not any(b"NUMPAGES" in z.read(n) for n in foots):
                problems.append("header-footer tag but no marking header / Page X of Y footer")
    if r.placeholders and not ("placeholders" in tags or set(r.placeholders) == {WORD_PLACEHOLDER}):
        problems.append("placeholders used but tag missing")
    if r.prompts and "prompts-left-in" not in tags:
        problems.append("prompts used but tag missing")
    return problems


README_HEAD = """\
# Sample reports

Fictional reports to child protection conferences in England, written on the
forms of the five partnerships in `guidance/` and on no form at all
(`generic`). They are the fixtures the section mapper, the checks and the
renderers are tested against. Every name, school, address and event is
invented.

Generated by `make_samples.py` (run `python samples/make_samples.py`; see its
docstring). Do not edit the DOCX, PDF, YAML or this README by hand: change the
script and run it again.

## Files

For each report `NAME`:

- `NAME.docx`: the report as the author wrote it in Word;
- `NAME.pdf`: the same report exported by LibreOffice (tracked changes are
  shown as markup, so deleted words appear struck through in the PDF);
- `NAME.yaml`: the ground truth for the section mapper.

## The YAML

| field | meaning |
|---|---|
| `template` | the partnership profile the report was written on |
| `layouts` | the layout tags the file shows (list below) |
| `conference`, `report_date` | as written in the report itself |
| `author` | name, role and agency as written in the report |
| `children`, `adults` | full names as in the family / key-information table (or the opening lines when there is no table) |
| `sections` | every section heading, in document order: canonical `id`, `heading` exactly as written (straight or typographic apostrophes as in the file), `has_text`, and `starts_with` |
| `prompts` | template guidance text left in by the author; never content |
| `placeholders` | placeholder answers used, including Word's own "Click or tap here to enter text." of an empty content control |

Conventions:

- A document title, the form's instructions and the opening "Label: value"
  lines before the first heading are not sections. Closing lines ("Signed:
  ...") belong to the last section.
- `has_text` is false when the author wrote nothing, only a placeholder, or
  when the heading only groups sub-sections ("What are we worried about now?").
- `starts_with` is the first words of the author's own answer (never a
  prompt). Every `starts_with` is the start of one paragraph (or table cell)
  of the DOCX, read with tracked changes accepted; none falls inside a tracked
  change. For a data table (key information, family composition) it is the
  first filled data cell, after the header row.
- Label cells inside a key-information or family table (Name, Date of birth
  ...) are column headers, not sections. On the norfolk-education pro-forma
  and on form rows such as "Child(ren) and dates of birth", each question cell
  is a section heading and is listed.
- The same id may appear more than once (for example two `family-composition`
  tables, or "Kai's views" and "Esi's views").
- Sub-headings inside a section (bold lines such as "School attendance") are
  not listed: their text belongs to the section they sit in.
- Headings numbered by Word's own list numbering are listed without the
  number (it is not in the text); typed numbers ("1) ...", "2. ...") are kept.

## Layout tags

| tag | what it means in the file |
|---|---|
| `word-headings` | headings use Word's Heading 1 / Heading 2 styles |
| `bold-headings` | headings are bold Normal paragraphs |
| `numbered-headings` | typed numbers ("1) Details of service involvement") or Word auto-numbering (`w:numPr`) on the heading paragraph |
| `form-table` | question and grey italic guidance in a shaded left cell (`w:shd` D9D9D9), answer on the right |
| `heading-rows` | shaded full-width heading rows (`gridSpan`) with the answer in the row below; a darker grouping row over sub-heading rows |
| `content-controls` | answers in block-level `w:sdt` controls (with `w:alias` / `w:tag`) in cells or the body; an empty one shows Word's placeholder with `w:showingPlcHdr` |
| `header-footer` | OFFICIAL-SENSITIVE header and "Page X of Y" footer (PAGE / NUMPAGES fields) |
| `prompts-left-in` | the template's guidance text left in, italic grey |
| `placeholders` | answers that are only "N/A", "TBC", "See above", "None", "Not known" |
| `family-table` | key information / family composition tables with names, dates of birth, relationships |
| `long-answer` | a 500+ word answer in one table cell; the row breaks across a page in the PDF |
| `child-name-heading` | a heading with the child's name ("Ruby's voice") |
| `sub-headings` | bold sub-headings inside a section |
| `tracked-changes` | `w:ins` / `w:del` left in by the author |
| `nested-table` | a table inside a table cell |

## The reports

The writing mixes good practice with the weaknesses real reports have
(undefined acronyms, jargon, judgemental wording, unevidenced opinion,
unattributed information, attendance-only strengths, missing reasons and
timescales, a name spelled two ways, a repeated passage, late reports ...).
They are marked `# planted:` in `make_samples.py` and are deliberately not
listed in the YAML.

| file | template | conference | author's words | layouts |
|---|---|---|---|---|
"""


def write_readme(built, outdir: Path):
    rows = []
    for r, path in built:
        rows.append(f"| `{path.name}` | {r.template} | {r.conference[0]} {r.conference[1]} | {r.words} | "
                    f"{', '.join(r.layouts)} |")
    (outdir / "README.md").write_text(README_HEAD + "\n".join(rows) + "\n", encoding="utf-8")




def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-pdf", action="store_true", help="write DOCX and YAML only")
    ap.add_argument("--outdir", type=Path, default=HERE, help="output folder (default: this folder)")
    args = ap.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    built, failed = [], False
    for make in REPORTS:
        r = make()
        path = r.save(args.outdir)
        problems = check(r, path)
        note = "  (under 600 words)" if r.words < 600 else ("  (long report)" if r.words > 2500 else "")
        print(f"{path.name:45} {r.template:18} {r.words:5} words{note}")
        for p in problems:
            print(f"    PROBLEM: {p}")
        failed |= bool(problems)
        built.append((r, path))
    slugs = [r.slug for r, _ in built]
    assert len(set(slugs)) == len(slugs)
    coverage = {tag: [r.slug for r, _ in built if tag in r.layouts] for tag in sorted(LAYOUTS)}
    for tag, files in coverage.items():
        if len(files) < 2:
            print(f"    PROBLEM: layout tag {tag} shown by fewer than two files")
            failed = True
    if failed:
        return 1
    write_readme(built, args.outdir)
    if not args.no_pdf:
        if render_pdfs([p for _, p in built], args.outdir):
            print(f"rendered {len(built)} PDFs with LibreOffice")
    return 0


if __name__ == "__main__":
    sys.exit(main())
