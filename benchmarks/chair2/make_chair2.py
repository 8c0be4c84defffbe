#!/usr/bin/env python3
"""Build the chair2 evaluation set for qa-checker.

Writes 12 fictional reports to child protection conferences (DOCX, with a PDF
rendered by LibreOffice when `soffice` is installed) and, beside each, a YAML
file with a conference chair's labels: every clear breach of a check in
/work/shared/SPEC.md ("findings") and the hard negatives a careless checker
would wrongly flag ("clean").

Deterministic and offline. Run from anywhere:

    . /work/main/.venv/bin/activate
    python benchmarks/chair2/make_chair2.py            # DOCX + YAML + PDF + self-checks
    python benchmarks/chair2/make_chair2.py --no-pdf   # skip the PDF step

The script ends with self-checks and exits non-zero if one fails:
  * every `excerpt` (findings and clean) appears verbatim in one paragraph of the DOCX;
  * each report has 500-1,800 words;
  * the sentences of more than 40 words in the author's text are exactly the
    labelled readability.long-sentence excerpts;
  * the first unexplained use of each all-capitals token in the author's text
    is exactly the set of labelled jargon.acronym findings;
  * deadline.late is labelled exactly when the working-day rule says late
    (England and Wales bank holidays), and the outcome does not depend on
    whether a profile uses 2, 3 or 5 days for a review conference;
  * spread of templates and grades as briefed; rule ids and section ids valid.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
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

OUT = Path(__file__).resolve().parent

RULES = {
    "structure.missing-section", "readability.hard-to-read", "readability.long-sentence",
    "jargon.acronym", "jargon.term", "language.judgemental", "child-voice.missing",
    "strengths.attendance-only", "evidence.unsubstantiated-opinion",
    "evidence.unattributed-source", "recommendation.missing", "recommendation.not-expected",
    "scaling.missing", "scaling.no-reason", "actions.no-timescale", "sharing.not-confirmed",
    "parent-views.missing", "names.inconsistent", "duplication.repeated-text", "deadline.late",
}
SECTIONS = {
    "author-details", "key-information", "family-composition", "consultation", "sharing",
    "agency-involvement", "worries", "past-harm", "current-harm", "complicating-factors",
    "impact", "working-well", "needs-to-happen", "agency-offer", "health-development",
    "parenting-capacity", "family-environment", "education", "presentation",
    "parent-relationship", "analysis", "child-views", "parent-views", "recommendation",
    "scaling", "previous-actions", "other",
}
# Everyday capitals a chair never flags (the brief: GP, NHS, TV).
EVERYDAY_CAPS = {"GP", "NHS", "TV"}

# England and Wales bank holidays 2026-2027 (gov.uk pattern: substitute days when
# Christmas Day / Boxing Day fall at a weekend).
BANK_HOLIDAYS = {dt.date.fromisoformat(d) for d in [
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
    "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
    "2027-12-27", "2027-12-28",
]}


def working_days_after(received: dt.date, conference: dt.date) -> int:
    """Working days after the day received, up to and including the conference day."""
    n, d = 0, received
    while d < conference:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in BANK_HOLIDAYS:
            n += 1
    return n


# ---------------------------------------------------------------------------
# Report model helpers
# ---------------------------------------------------------------------------

def S(h, *body, lvl=1, prompt=None):
    """A section: heading text, body items, heading level and optional italic prompt.
    Body items: "text" (paragraph), ("b", "text") bullet, ("table", header, rows) data table
    (family / key-information data: not the author's prose)."""
    return {"h": h, "lvl": lvl, "prompt": prompt, "body": list(body)}


def B(text):
    return ("b", text)


def T(header, rows):
    return ("table", header, rows)


def F(rule, excerpt=None, child=None, section=None):
    d = {"rule": rule}
    if excerpt is not None:
        d["excerpt"] = excerpt
    if child is not None:
        d["child"] = child
    if section is not None:
        d["section"] = section
    return d


def C(rule, why, excerpt=None, child=None, section=None):
    d = F(rule, excerpt, child, section)
    d["why"] = why
    return d


def meta(conf, ctype, received):
    def fmt(s):
        d = dt.date.fromisoformat(s)
        return f"{d.day} {d.strftime('%B %Y')}"
    return [f"Date of conference: {fmt(conf)}", f"Conference type: {ctype.capitalize()}",
            f"Date of report: {fmt(received)}"]


REPORTS = []

# ---------------------------------------------------------------------------
# chair2-01  norfolk-sos, initial, GOOD - health visitor - Word headings
# ---------------------------------------------------------------------------
REPORTS.append(dict(
    id="chair2-01", template="norfolk-sos", layout="headings", grade="good",
    conference=("initial", "2026-12-03"), received="2026-11-27",
    children=["Poppy Harrison", "Alfie Harrison"],
    title="Norfolk Safeguarding Children Partnership: Multi-Agency Report to Child Protection Conference",
    header=None,
    pre=["Report author: Sarah Pennington, Health Visitor, Healthy Child Programme, Norfolk Community Health and Care"],
    key=T(["Name", "Date of birth", "Relationship", "Lives at the family home"], [
        ["Poppy Harrison", "14 September 2024", "Child", "Yes"],
        ["Alfie Harrison", "2 August 2026", "Child", "Yes"],
        ["Jade Harrison", "9 May 2001", "Mother of Poppy and Alfie", "Yes"],
        ["Connor Webb", "17 January 1998", "Father of Alfie", "No, with his mother since 2 November 2026"],
    ]),
    sections=[
        S("Overview of your agency's involvement with child/family",
          "I am Poppy and Alfie's health visitor. Health visitors are nurses who support families with "
          "children under five through home visits, clinics and development checks. I first met the family "
          "on 6 October 2024, when I visited Jade after Poppy was born. I visited again for Alfie's new baby "
          "check on 15 August 2026.",
          "I am involved now because of an incident at the family home on 1 November 2026, when a neighbour "
          "called the police. Since then I have visited the family at home four times (5, 9, 16 and 24 "
          "November 2026) and seen Jade and Alfie at the baby clinic once (20 November 2026)."),
        S("What are we worried about now?"),
        S("Past harm", lvl=2, *[
            "Jade told me at our first meeting in October 2024 that Poppy's father, Liam Fisher, hit her while "
            "she was pregnant. Liam moved out in July 2024 and Poppy has not seen him since. Police Constable "
            "Rachel Hunt, Norfolk Constabulary's domestic abuse officer for the area, told me on 4 November 2026 "
            "that police went to Jade's previous address twice in 2024 because of Liam's behaviour."]),
        S("Current harm and impact", lvl=2, *[
            "Jade told me that on the evening of 1 November 2026 Connor pushed her against the kitchen door "
            "while she was holding Alfie. She said Connor had been drinking since the afternoon. Poppy was in "
            "the kitchen and saw it. When I visited on 5 November, Jade had a red mark about the size of my "
            "palm on her upper arm, and she showed me the dent in the kitchen door.",
            "Alfie was not hurt. Jade took him to the children's emergency department at the Norfolk and "
            "Norwich University Hospital that night, and the doctor's letter I have seen records no injury.",
            "I believe Poppy has been frightened by what she has seen at home. On 9 November she hid behind "
            "the sofa when the front door banged, and she said 'Connor shouting' twice before she would come "
            "out. Jade's sleep diary shows that Poppy has woken two or three times a night since 1 November; "
            "before that she usually slept through."]),
        S("Complicating factors", lvl=2, *[
            "Jade has had mental health difficulties since she was 17. Her GP diagnosed postnatal depression "
            "on 30 September 2026 and she takes sertraline, an antidepressant. Jade says she feels 'flat' most "
            "mornings, and she told me the PND makes it hard to get up when Alfie wakes early.",
            "Connor told me on 16 November that he drinks 'eight or nine cans' on a Saturday and more when he "
            "is worried about money. The family owe £640 in rent, according to a letter from the housing "
            "association that Jade showed me."]),
        S("What is the impact on the child if the risks are not reduced?",
          "If Poppy goes on seeing or hearing her mother being hurt, I am worried she will become more "
          "anxious and withdrawn. She is already waking at night and hiding when there are loud noises.",
          "Alfie is at the age when babies learn who will comfort them. If Jade is frightened or low much of "
          "the time, it will be harder for her to notice and respond to him. He could also be injured if he "
          "is in her arms during another incident."),
        S("What is working well for the child that reduces the risks and increases the child's safety and resilience?",
          B("Jade asked Connor to leave on 2 November and he has been staying with his mother in Dereham "
            "since then. Jade says he has not come to the flat. Mrs Karen Lee, the manager of Poppy's nursery, "
            "told me on 23 November 2026 that staff have not seen Connor at drop-off or pick-up."),
          B("Jade has attended all four sessions of the baby massage group at Thetford Children's Centre "
            "since 26 October. At my visits since then I have seen her respond to Alfie more quickly. On 16 "
            "November she picked him up within seconds of him crying and talked to him calmly until he "
            "settled, which I did not see in September."),
          B("Jade's mother, Denise Harrison, lives ten minutes' walk away and has Poppy for tea twice a week. "
            "Jade and Denise have agreed that Jade and the children will go to Denise's house if Connor comes "
            "to the flat, and Jade has Denise's number on speed dial."),
          B("Poppy is developing well. At her two-year review on 22 September 2026 she was using more than 50 "
            "words and putting two words together."),
          "Connor's cousin, Conor Webb (spelt with one 'n'), is a different person. He is not part of this "
          "plan and does not see the children."),
        S("Within your own agency's provision",
          "When Poppy and Alfie are safe, I would expect to see a home without shouting or violence, Poppy "
          "sleeping through the night again, and Jade well enough to notice and meet both children's needs.",
          "Police have referred Jade to the Multi-Agency Risk Assessment Conference (MARAC), a meeting where "
          "agencies plan together to keep people safe from domestic abuse. The MARAC will discuss Jade on 10 "
          "December 2026. An Independent Domestic Violence Advisor (IDVA), Emma Stone, started working with "
          "Jade on 18 November.",
          "What I will do:",
          B("I will visit Jade and the children at home every two weeks until the review conference, starting "
            "on 7 December 2026."),
          B("I will see Alfie for his weight and development check at Thetford clinic on 14 December 2026."),
          B("With Jade's agreement, I will refer her to the perinatal mental health team by 4 December 2026, "
            "because her low mood has lasted more than two months."),
          B("I will tell the social worker, Tom Ellis, on the same day if I see or hear that Connor has been "
            "at the flat.")),
        S("Child/young person's views on their situation and on the report",
          "Poppy is two and cannot yet give her views on her situation or on this report in words. This is "
          "what I have seen and heard. On 24 November Poppy played with her toy kitchen and told her doll 'No "
          "shouting, baby'. She ran to Jade for a cuddle when I arrived and showed me her new shoes. She chats "
          "and laughs with Jade and with her grandmother, Denise.",
          "Alfie is four months old. He is alert and feeding well, and he has gained weight steadily: he "
          "weighed 6.4 kg on 20 November, on the 50th centile. He settles quickly when Jade holds him, and he "
          "smiles and coos when she talks to him."),
        S("Parents'/carers' views on the situation and on the report",
          "I read this report with Jade at her home on 26 November 2026 and left her a copy. Jade agrees with "
          "what I have written. She said: 'I want Connor to get help with his drinking, but I won't have the "
          "kids see that again.' She said the baby massage group has helped her 'feel like a proper mum "
          "again'.",
          "I posted a copy of this report to Connor at his mother's address on 26 November 2026 and spoke to "
          "him by phone on 27 November. Connor said he is ashamed of what happened and that 'it was the "
          "drink'. He disagrees that Poppy is frightened of him; he said she 'was fine with me' before 1 "
          "November."),
        S("Proposed recommendation"),
        S("Scaling (0 to 10) for each child", lvl=2,
          prompt="0 means the child is at risk of significant ongoing harm and their needs are not met; 10 "
                 "means the child is safe and their needs are being met.", *[
            "Poppy: 4 out of 10.",
            "Reason: Connor has left the flat and Jade has a safety plan with her mother, but Poppy saw the "
            "assault on 1 November, she is still frightened, and Connor's drinking has not changed yet.",
            "Alfie: 4 out of 10.",
            "Reason: the same worries apply to Alfie, who was in Jade's arms when she was pushed. Jade is "
            "meeting his day-to-day care needs well."]),
        S("Is the threshold for a Child Protection Plan met?", lvl=2, *[
            "Poppy: yes. I think Poppy needs a Child Protection Plan under the category of emotional abuse. She "
            "saw Connor push her mother on 1 November and since then she has been hiding, waking at night and "
            "talking about shouting.",
            "Alfie: yes. I think Alfie needs a Child Protection Plan under the category of emotional abuse. He "
            "was in Jade's arms when she was pushed, and at four months old he depends completely on the "
            "adults around him to keep him safe."]),
    ],
    findings=[
        F("jargon.acronym", "PND"),
    ],
    clean=[
        C("jargon.acronym", "spelled out at first use: Multi-Agency Risk Assessment Conference (MARAC)", "MARAC"),
        C("jargon.acronym", "spelled out at first use: Independent Domestic Violence Advisor (IDVA)", "IDVA"),
        C("jargon.acronym", "GP is an everyday word", "GP"),
        C("evidence.unsubstantiated-opinion", "the opinion is followed by a dated observation (9 November) and the sleep diary",
          "I believe Poppy has been frightened by what she has seen at home."),
        C("evidence.unsubstantiated-opinion", "the worry is followed by what is already happening (waking, hiding)",
          "I am worried she will become more anxious and withdrawn"),
        C("evidence.unattributed-source", "second-hand information with a named source and date",
          "Police Constable Rachel Hunt, Norfolk Constabulary's domestic abuse officer for the area, told me on 4 November 2026"),
        C("strengths.attendance-only", "attendance tied to what changed for Alfie: observed, dated change in Jade's response",
          "Jade has attended all four sessions of the baby massage group at Thetford Children's Centre since 26 October."),
        C("language.judgemental", "'mental health' stated as a fact, not a label", "mental health difficulties"),
        C("child-voice.missing", "Poppy (2) and Alfie (4 months): the author records what she saw and heard of each child"),
        C("actions.no-timescale", "owner (I) and timescale (every two weeks from 7 December 2026)",
          "I will visit Jade and the children at home every two weeks until the review conference, starting on 7 December 2026."),
        C("actions.no-timescale", "owner and timescale ('on the same day')",
          "I will tell the social worker, Tom Ellis, on the same day if I see or hear that Connor has been at the flat."),
        C("scaling.no-reason", "the reason is on the next line", "Poppy: 4 out of 10.", child="Poppy Harrison"),
        C("scaling.no-reason", "the reason is on the next line", "Alfie: 4 out of 10.", child="Alfie Harrison"),
        C("names.inconsistent", "Conor Webb is a different person, and the report says so", "Conor Webb"),
        C("jargon.term", "'threshold' is in the template heading, not the author's words",
          "Is the threshold for a Child Protection Plan met?"),
        C("sharing.not-confirmed", "shared with both parents with dates; the children are too young"),
        C("recommendation.missing", "view stated for Poppy", child="Poppy Harrison"),
        C("recommendation.missing", "view stated for Alfie", child="Alfie Harrison"),
        C("parent-views.missing", "both parents' views recorded, including Connor's disagreement"),
        C("evidence.unsubstantiated-opinion", "the parent's own words, quoted and attributed, not the author's opinion",
          "'feel like a proper mum again'"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-02  norfolk-sos, review, REQUIRES IMPROVEMENT - GP - two-column form
# ---------------------------------------------------------------------------
REPORTS.append(dict(
    id="chair2-02", template="norfolk-sos", layout="form-lr", grade="requires-improvement",
    conference=("review", "2027-01-13"), received="2027-01-12",
    children=["Kai Robinson", "Lacey Robinson"],
    title="Norfolk Safeguarding Children Partnership: Multi-Agency Report to Child Protection Conference",
    header="OFFICIAL-SENSITIVE",
    pre=["Report author: Dr Priya Raman, GP, Brookfield Surgery, Wymondham"],
    key=T(["Name", "Date of birth", "Relationship"], [
        ["Kai Robinson", "3 March 2017", "Son"],
        ["Lacey Robinson", "19 June 2020", "Daughter"],
        ["Michelle Robinson", "11 February 1990", "Mother"],
        ["Darren Robinson", "5 July 1987", "Father"],
    ]),
    sections=[
        S("Overview of your agency's involvement with child/family",
          "Brookfield Surgery is the family's GP practice. Michelle and Darren have been registered with us "
          "since 2015, and Kai and Lacey since birth. I am the named GP for both children. Since the initial "
          "conference on 21 October 2026 I have seen Kai twice and Lacey three times. I have also reviewed "
          "their records with our practice nurse, Helen Dodds.",
          prompt="Type of service offered by your agency (brief overview). First time the family became known "
                 "to your service. Why are you involved with the family currently?"),
        S("What are we worried about now?"),
        S("Past Harm", lvl=2,
          prompt="Information about past harm/danger that has occurred for the child, their siblings or their "
                 "parents/carers which could increase the risk of harm currently.", *[
            "Before the plan started, Lacey was not brought to four asthma reviews between March 2025 and August "
            "2026, and her inhaler prescriptions were not collected from the pharmacy for three months in the "
            "summer of 2026. Kai was not brought to two hearing appointments at the hospital in 2025."]),
        S("Current Harm and Impact", lvl=2,
          prompt="The Risks that are harmful or pose a risk of significant harm to the child currently.", *[
            "On 29 November 2026 Lacey was taken to the Norfolk and Norwich University Hospital by ambulance "
            "with a severe asthma attack, and she stayed for two nights. The discharge letter says she had not "
            "been using her preventer inhaler regularly.",
            "Mum does not prioritise the children's health needs. The practice moved to online booking in "
            "October 2026, and families can now book reviews through the NHS App.",
            "Kai was seen alone for part of his appointment on 17 December 2026, with his mother's agreement. He "
            "told me that he sometimes makes breakfast for himself and Lacey because 'Mum's asleep'. His hearing "
            "test on 5 January 2027 showed mild hearing loss in his left ear, and I have referred him back to "
            "the ear, nose and throat clinic."]),
        S("Complicating factors", lvl=2,
          prompt="Things that make life more difficult or complicated ie. adult behaviours, special needs, "
                 "diversity, language differences etc…", *[
            "Michelle has told me she has had low mood for several years. She is on the waiting list for "
            "talking therapy, which she chose instead of medication.",
            "Darren has agreed that I can share that he is being treated for liver problems caused by alcohol. "
            "His blood tests in December 2026 were still abnormal, which tells me he is still drinking heavily.",
            "Kai is on the waiting list for CAMHS after his school raised worries about his sleep."]),
        S("What is the impact on the child if the risks are not reduced?",
          "If Lacey's asthma is not managed, she is at risk of another serious attack, and asthma attacks in "
          "children can be life-threatening. Kai is doing jobs an adult should do, and his hearing loss could "
          "hold back his learning if his appointments are missed again.",
          prompt="What do you believe will be the likely outcome for the child(ren) if their current situation "
                 "continues?"),
        S("What is working well for the child that reduces the risks and increases the child's safety and resilience?",
          B("Mr and Mrs Robinson have attended every appointment offered at the surgery since October."),
          B("Lacey's inhalers have been collected on time every month since 1 December 2026. Her peak flow "
            "readings at the surgery rose from 140 on 2 December to 190 on 6 January, which means her airways "
            "are much less tight."),
          B("Darren's mother, Pat Robinson, takes the children to school on Mondays and Wednesdays and keeps a "
            "spare inhaler for Lacey at her house."),
          prompt="Identify family strengths and safe behaviours (Include strengths within the wider family "
                 "network which increases safety)."),
        S("Within your own agency's provision",
          "When Lacey and Kai are safe, I would expect Lacey to be using her preventer inhaler every day with "
          "no more hospital admissions, and Kai to be brought to all his hearing appointments.",
          B("The practice will continue to offer appointments."),
          B("Our practice nurse, Helen Dodds, will review Lacey's asthma every four weeks until the next review "
            "conference, starting on 19 January 2027."),
          B("I will write to the ear, nose and throat clinic by 15 January 2027 to ask that Kai's appointment "
            "letters go to both parents."),
          prompt="Identify the risks, briefly describe what you would expect to see when a child is safe and "
                 "not at risk of harm and the identified action that your agency can offer."),
        S("Child/young person's views on their situation and on the report",
          "Kai told me on 17 December that he likes it when Dad is 'not poorly' and takes him to football. He "
          "said he worries about Lacey 'when she can't breathe'. Lacey told me on 6 January that she likes her "
          "'blue puffer' because it has a dinosaur sticker on it. I asked both children whether I could tell "
          "the conference what they had said, and they both said yes.",
          prompt="Please ensure you have the child's permission to share their views with parent/carers and "
                 "with conference members."),
        S("Parents'/carers' views on the situation and on the report",
          "I went through this report with Mr and Mrs Robinson together at the surgery on 12 January 2027 and "
          "gave them a copy. Michelle agreed with most of it, but she said the missed appointments before "
          "October happened because our text reminders went to an old phone number. Darren said he is 'trying "
          "to cut down' and does not want the children to worry about him.",
          "I have not shared the report with Kai or Lacey directly because of their ages; their parents have "
          "agreed to explain the main points to Kai.",
          prompt="Views on the support you have provided and whether they think this has helped their child. "
                 "Parent's/carer's view of the information contained within this report."),
        S("Proposed recommendation"),
        S("Scaling", lvl=2,
          prompt="Please consider for each child/young person on a scale of 0 to 10 if the child is safe and "
                 "their needs are being met, or the child is at risk of significant ongoing harm and/or their "
                 "needs are not met.", *[
            "Kai: 5 out of 10, because he is now being brought to his health appointments and his hearing loss "
            "has been found, but he is still making breakfast for his sister when his mother is asleep.",
            "Lacey: 5/10."]),
        S("Recommendation", lvl=2,
          prompt="Please consider for each child/young person whether the threshold for a Child Protection Plan "
                 "is met and or their needs can be met via different planning. Please consider for each "
                 "child/young person your reasons for your decision making.", *[
            "I feel the threshold for a Child Protection Plan continues to be met for both Kai and Lacey. "
            "Lacey's hospital admission on 29 November 2026 shows that her asthma care is still not reliable, "
            "and Kai's hearing appointments were missed for a year before the plan."]),
    ],
    findings=[
        F("deadline.late"),
        F("evidence.unsubstantiated-opinion", "Mum does not prioritise the children's health needs."),
        F("jargon.acronym", "CAMHS"),
        F("strengths.attendance-only",
          "Mr and Mrs Robinson have attended every appointment offered at the surgery since October."),
        F("actions.no-timescale", "The practice will continue to offer appointments."),
        F("scaling.no-reason", "Lacey: 5/10.", child="Lacey Robinson"),
        F("jargon.term", "the threshold for a Child Protection Plan continues to be met"),
    ],
    clean=[
        C("evidence.unattributed-source", "'was seen alone' is good practice by the author, not second-hand information",
          "Kai was seen alone"),
        C("evidence.unattributed-source", "the surgery's own records; 'was not brought' is the recommended wording",
          "Lacey was not brought to four asthma reviews"),
        C("jargon.acronym", "NHS is an everyday word", "NHS"),
        C("evidence.unsubstantiated-opinion", "template guidance prompt, not the author's words",
          "What do you believe will be the likely outcome"),
        C("evidence.unsubstantiated-opinion", "'I feel' is followed by dated evidence in the next sentence",
          "I feel the threshold for a Child Protection Plan continues to be met for both Kai and Lacey."),
        C("actions.no-timescale", "owner (Helen Dodds) and timescale (every four weeks from 19 January 2027)",
          "Our practice nurse, Helen Dodds, will review Lacey's asthma every four weeks until the next review conference, starting on 19 January 2027."),
        C("actions.no-timescale", "owner (I) and date (by 15 January 2027)",
          "I will write to the ear, nose and throat clinic by 15 January 2027 to ask that Kai's appointment letters go to both parents."),
        C("scaling.no-reason", "Kai's score has its reason in the same sentence",
          "Kai: 5 out of 10, because", child="Kai Robinson"),
        C("sharing.not-confirmed", "shared with both parents; not with the children, with the reason (their ages)",
          "I have not shared the report with Kai or Lacey directly because of their ages"),
        C("readability.long-sentence", "template guidance prompt (40 words, or more only if slashes split words); not the author's words",
          "Please consider for each child/young person on a scale of 0 to 10 if the child is safe and their needs are being met, or the child is at risk of significant ongoing harm and/or their needs are not met."),
        C("recommendation.missing", "view stated for both children by name", child="Kai Robinson"),
        C("recommendation.missing", "view stated for both children by name", child="Lacey Robinson"),
        C("jargon.term", "'siblings' is in the template's guidance prompt, not the author's words", "their siblings"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-03  norfolk-sos, initial, INADEQUATE - police - bold headings
# ---------------------------------------------------------------------------
DUP03 = ("Kerry and Dean argue frequently and officers have attended the address on several occasions "
         "following 999 calls from neighbours reporting shouting, with the children present in the house at "
         "the time.")
REPORTS.append(dict(
    id="chair2-03", template="norfolk-sos", layout="bold", grade="inadequate",
    conference=("initial", "2027-03-30"), received="2027-03-25",
    children=["Summer Bates", "Riley Bates"],
    title="Norfolk Safeguarding Children Partnership: Multi-Agency Report to Child Protection Conference",
    header=None,
    pre=["Report author: Detective Constable Mark Steadman, Child Abuse Investigation Team, Norfolk Constabulary"],
    key=T(["Name", "Date of birth", "Relationship"], [
        ["Summer Bates", "2 May 2011", "Daughter of Kerry Bates"],
        ["Riley Bates", "11 January 2018", "Son of Kerry Bates"],
        ["Kerry Bates", "23 August 1988", "Mother"],
        ["Dean Shaw", "4 December 1985", "Kerry's partner"],
    ]),
    sections=[
        S("Overview of your agency's involvement with child/family",
          "Norfolk Constabulary has been involved with the Bates family since 2019. This report is from CAIT.",
          "Summer has been reported missing from home on nine occasions since August 2026 and on most of these "
          "occasions she has been found in the company of older males in the Norwich area, some of whom have "
          "convictions for drug supply offences, and she has often returned home under the influence of "
          "alcohol."),
        S("What are we worried about now?"),
        S("Past harm", lvl=2, *[
            "In 2019 Riley, then aged one, was taken into police protection for one night after Kerrie was "
            "arrested for being drunk while looking after him.",
            DUP03]),
        S("Current harm and impact", lvl=2, *[
            "Summer is putting herself at risk by going missing. She has an older boyfriend, believed to be 19, "
            "who drives her around the city. It has been reported that Summer is being given cannabis by this "
            "male. There are concerns about CSE.",
            "On 2 February 2027 Kerry reported Summer missing at 23:00 and she came home at 07:15 the next "
            "morning. On 14 March 2027 Summer was found at 02:30 in a flat in Norwich with two adult males. "
            "Detective Sergeant Lisa Ward served a Child Abduction Warning Notice (CAWN) on one of these males "
            "on 16 March 2027.",
            "Summer's non-engagement with return home interviews is a concern.",
            "Riley is allegedly left alone in the house when Kerry goes out looking for Summer.",
            "It is clear that Kerry cannot keep Summer safe. Kerry works part-time at a supermarket.",
            "The home is chaotic, with dirty dishes and clothes on every surface when officers visited on 14 "
            "March.",
            DUP03]),
        S("Complicating factors", lvl=2, *[
            "Kerry has a history of alcohol misuse. Dean has two convictions for assault, in 2016 and 2021.",
            "In June 2025 Summer was taken to hospital after a suicide attempt; this is recorded on police "
            "systems from the ambulance service's referral to us."]),
        S("What is working well for the child that reduces the risks and increases the child's safety and resilience?",
          "Kerry has attended all meetings with police when asked.",
          "Summer's grandmother, Maureen Bates, has offered to have Summer stay with her at weekends."),
        S("Within your own agency's provision",
          "Police will continue to monitor the family.",
          "Officers will make referrals to other agencies as required."),
        S("Child/young person's views on their situation and on the report", "N/A"),
        S("Parents'/carers' views on the situation and on the report", "Not known"),
        S("Recommendation", "Summer should be made subject to a CP plan."),
        S("Scaling", "Summer 2/10."),
    ],
    findings=[
        F("deadline.late"),
        F("jargon.acronym", "CAIT"),
        F("readability.long-sentence",
          "Summer has been reported missing from home on nine occasions since August 2026 and on most of these "
          "occasions she has been found in the company of older males in the Norwich area, some of whom have "
          "convictions for drug supply offences, and she has often returned home under the influence of "
          "alcohol."),
        F("names.inconsistent", "Kerrie"),
        F("duplication.repeated-text", DUP03),
        F("language.judgemental", "putting herself at risk"),
        F("language.judgemental", "older boyfriend"),
        F("evidence.unattributed-source", "believed to be 19"),
        F("evidence.unattributed-source", "It has been reported that"),
        F("jargon.acronym", "CSE"),
        F("jargon.term", "non-engagement"),
        F("evidence.unattributed-source", "allegedly"),
        F("evidence.unsubstantiated-opinion", "It is clear that Kerry cannot keep Summer safe."),
        F("language.judgemental", "chaotic"),
        F("structure.missing-section", section="impact"),
        F("strengths.attendance-only", "Kerry has attended all meetings with police when asked."),
        F("actions.no-timescale", "Police will continue to monitor the family."),
        F("actions.no-timescale", "Officers will make referrals to other agencies as required."),
        F("structure.missing-section", section="child-views"),
        F("child-voice.missing"),
        F("structure.missing-section", section="parent-views"),
        F("parent-views.missing"),
        F("sharing.not-confirmed"),
        F("jargon.acronym", "CP"),
        F("recommendation.missing", child="Riley Bates"),
        F("scaling.no-reason", "Summer 2/10.", child="Summer Bates"),
        F("scaling.missing", child="Riley Bates"),
    ],
    clean=[
        C("jargon.acronym", "spelled out at first use: Child Abduction Warning Notice (CAWN)", "CAWN"),
        C("language.judgemental", "'suicide attempt' recorded as a fact with its source", "suicide attempt"),
        C("evidence.unattributed-source", "the action and its author are named", "Detective Sergeant Lisa Ward served"),
        C("recommendation.missing", "a view is stated for Summer (a poor one, but present)", child="Summer Bates"),
        C("evidence.unattributed-source", "'reported missing' is the police's own record of missing-person reports, not second-hand information",
          "Summer has been reported missing from home"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-04  llr, initial, GOOD - substance misuse worker - heading row / answer row form
# ---------------------------------------------------------------------------
REPORTS.append(dict(
    id="chair2-04", template="llr", layout="form-rows", grade="good",
    conference=("initial", "2027-02-02"), received="2027-01-29",
    children=["Ellie-May Clarke"],
    title="Leicester, Leicestershire and Rutland Safeguarding Children Partnership: Multi-Agency Report to Conference",
    header="OFFICIAL-SENSITIVE",
    pre=["Report author: Marcus Dlamini, Recovery Worker, Pathways Drug and Alcohol Service, Leicester"],
    key=T(["Name", "Date of birth", "Relationship"], [
        ["Ellie-May Clarke", "3 July 2023", "Daughter"],
        ["Sophie Clarke", "12 March 1997", "Mother"],
        ["Nathan Clarke", "20 October 1995", "Father"],
    ]),
    sections=[
        S("My agency and my involvement with the family",
          "Pathways is a drug and alcohol service for adults. I have been Nathan's recovery worker since he "
          "came to us on 1 September 2026, a week after an overdose at home. I see him every week at our "
          "building on Charles Street, and I have visited the family home twice, on 3 November 2026 and 12 "
          "January 2027.",
          "I have not met Ellie-May, because my work is with Nathan and children do not come to our building; "
          "on both of my home visits she was at nursery."),
        S("1. What is Working Well?",
          "Nathan has been prescribed methadone, an Opioid Substitution Treatment (OST), since 8 September "
          "2026. He takes it each morning at the chemist, where the pharmacist watches him take it.",
          "Nathan has attended every weekly appointment with me since 8 September 2026. This has made a "
          "difference for Ellie-May: his drug tests since 6 October have all been negative for heroin. Sophie "
          "told me on 21 January 2027 that he now collects Ellie-May from nursery on Tuesdays and Thursdays "
          "and gives her tea, which he could not do safely in the summer.",
          "On Sundays, when the chemist is closed, Nathan takes home one dose, which he keeps in a locked box "
          "at the top of a kitchen cupboard. I saw the box on my home visit on 12 January 2027, and Nathan "
          "showed me that he keeps the key on his own keyring.",
          "Sophie does not use drugs and looks after Ellie-May on her own when Nathan is unwell. Mrs Joanne "
          "Price, the manager of Little Acorns Nursery, told me on 19 January 2027 that Ellie-May arrives "
          "clean, fed and happy, and that she talks about 'Daddy's tea' on Tuesdays.",
          prompt="Strengths and existing safety: positive behaviours, people and events in the family and "
                 "wider network, and arrangements that have been shown to reduce the risks for the child. "
                 "(N.B. Attendance at appointments without any context tells us very little)."),
        S("2. What are We Worried About?",
          "Nathan used heroin from 2017 until August 2026. On 24 August 2026 he was looking after Ellie-May "
          "when he took heroin and overdosed. Sophie found him unconscious when she came home from work at 6pm "
          "and called an ambulance. Ellie-May was in her cot, crying, and was not hurt. Nathan and Sophie have "
          "both told me about that night, and the ambulance service's referral to us gives the same account.",
          "I am worried about what would happen if Nathan used heroin again while he was caring for Ellie-May "
          "on his own. He told me on 26 January 2027 that he still has cravings at weekends, which is when he "
          "used to buy heroin.",
          "Nathan made a suicide attempt in March 2022 by taking too much of his prescribed medication. He told "
          "me he has not had thoughts of ending his life since then. His GP, Dr Iqbal, confirmed on 20 January "
          "2027 that there have been no further episodes.",
          "Nathan has anxiety, and he says his mental health is worst when money is short. The family's "
          "Universal Credit was cut in December to repay an overpayment, and Nathan says money worries are his "
          "biggest trigger for wanting to use.",
          "Nathan had a BBV test on 3 November 2026 and is waiting for a repeat test.",
          "Nathan's sister, Sophia Clarke, sometimes babysits Ellie-May. Sophia is a different person from "
          "Ellie-May's mother, Sophie Clarke.",
          prompt="What are the behaviours, events or actions that place the child at risk of harm? What tells "
                 "you that the child's health, wellbeing or development is being affected? What else "
                 "complicates the picture?"),
        S("3. What Needs to Happen?",
          B("Nathan will keep his Sunday methadone in the locked box. I will check the box at a home visit each "
            "month, starting on 9 February 2027."),
          B("I will give Sophie naloxone, a medicine that reverses a heroin overdose, and show her how to use "
            "it, at the home visit on 9 February 2027."),
          B("Nathan will not look after Ellie-May on his own on Friday or Saturday nights until 30 April 2027. "
            "Sophie's mother, Angela Ward, has agreed to be at the house on those nights if Sophie is working."),
          B("I will send Nathan's drug test results to the social worker, Priya Shah, every two weeks until the "
            "review conference, starting on 12 February 2027."),
          B("Nathan will start the Saturday morning recovery group at Pathways on 6 February 2027, and I will "
            "check with the group leader each Monday that he went."),
          "I went through this report with Nathan at our appointment on 28 January 2027 and with Sophie by "
          "phone the same afternoon, and I have given them both a copy. Nathan agrees with it. Sophie asked me "
          "to add that she wants the conference to know how hard Nathan has worked. Ellie-May is three, so she "
          "is too young to be told about the report.",
          prompt="What needs to be in place to make the child safe, and what can your agency contribute? "
                 "Please be specific and clearly state timescales."),
    ],
    findings=[
        F("jargon.acronym", "BBV"),
    ],
    clean=[
        C("jargon.acronym", "spelled out at first use: Opioid Substitution Treatment (OST)", "OST"),
        C("jargon.acronym", "GP is an everyday word", "GP"),
        C("strengths.attendance-only", "attendance tied to what changed for Ellie-May (negative tests, safe care on Tuesdays and Thursdays)",
          "Nathan has attended every weekly appointment with me since 8 September 2026."),
        C("child-voice.missing", "the author says why he has not met Ellie-May (adult service; she was at nursery), and gives the nursery manager's account of her",
          "I have not met Ellie-May, because my work is with Nathan"),
        C("evidence.unsubstantiated-opinion", "the worry is followed by Nathan's dated account of cravings",
          "I am worried about what would happen if Nathan used heroin again while he was caring for Ellie-May on his own."),
        C("language.judgemental", "'suicide attempt' as a dated fact, confirmed by the GP", "suicide attempt"),
        C("language.judgemental", "'mental health' as a fact", "mental health"),
        C("evidence.unattributed-source", "named source and date",
          "Mrs Joanne Price, the manager of Little Acorns Nursery, told me on 19 January 2027"),
        C("names.inconsistent", "Sophia (Nathan's sister) and Sophie (Ellie-May's mother) are different people, said explicitly",
          "Sophia Clarke"),
        C("actions.no-timescale", "owner (I) and date",
          "I will give Sophie naloxone, a medicine that reverses a heroin overdose, and show her how to use it, at the home visit on 9 February 2027."),
        C("actions.no-timescale", "owners (Nathan, Angela Ward) and end date",
          "Nathan will not look after Ellie-May on his own on Friday or Saturday nights until 30 April 2027."),
        C("strengths.attendance-only", "template prompt left in place, not a strength",
          "(N.B. Attendance at appointments without any context tells us very little)."),
        C("deadline.late", "exactly 2 working days (Mon 1 and Tue 2 February 2027) after Friday 29 January: on time for an initial conference"),
        C("recommendation.missing", "the LLR form does not ask for a recommendation", child="Ellie-May Clarke"),
        C("scaling.missing", "the LLR form does not ask for scaling", child="Ellie-May Clarke"),
        C("sharing.not-confirmed", "shared with both parents with the date; Ellie-May is three"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-05  llr, review, INADEQUATE - housing officer - Word headings
# ---------------------------------------------------------------------------
REPORTS.append(dict(
    id="chair2-05", template="llr", layout="headings", grade="inadequate",
    conference=("review", "2027-02-11"), received="2027-02-10",
    children=["Jayden Mills", "Kiera Mills", "Harley Carter"],
    title="Leicester, Leicestershire and Rutland Safeguarding Children Partnership: Multi-Agency Report to Conference",
    header=None,
    pre=["Report author: Gary Pritchard, Tenancy Management Officer, Leicester City Council Housing Services"],
    key=T(["Name", "Date of birth", "Relationship"], [
        ["Jayden Mills", "14 May 2019", "Son of Stacey Mills"],
        ["Kiera Mills", "2 October 2022", "Daughter of Stacey Mills"],
        ["Harley Carter", "30 November 2025", "Son of Stacey Mills and Lee Carter"],
        ["Stacey Mills", "8 June 1996", "Mother, tenant"],
        ["Lee Carter", "1 January 1993", "Stacey's partner, Harley's father"],
    ]),
    sections=[
        S("Housing involvement",
          "Housing Services manages the council's homes in the city. My job is to make sure the conditions of "
          "each tenancy are kept, including paying the rent and looking after the home.",
          "I am the tenancy management officer for the family's council flat in Braunstone. Stacey has held "
          "the tenancy since April 2021 and Lee moved in during 2024. I have been involved since the ICPC in "
          "November 2026 and I have visited the flat five times. The flat has two bedrooms; Jayden and Kiera "
          "share a room and Harley sleeps in his parents' room."),
        S("1. What is Working Well?",
          "Stacey attended the tenancy review meeting on 4 January 2027.",
          "A DHP of £300 was paid onto the rent account in December.",
          "Lee is disabled following a motorbike accident in 2021 and walks with a stick, but Stacey told me "
          "he takes Jayden to school most mornings."),
        S("2. What are We Worried About?",
          "When I visited the property on 19 January 2027 the flat was in a very poor state with rubbish bags "
          "in the hallway, dog mess on the kitchen floor, mould on the bedroom walls and no heating because the "
          "boiler had been turned off after the gas supply was cut off for non-payment in December.",
          "Stacey has a chaotic lifestyle, and on my visits on 12, 19 and 26 January she was still in bed at "
          "11am when I arrived.",
          "I feel Stacey is not coping. Lee's name is not on the tenancy agreement.",
          "The rent arrears are £1,870 as of 8 February 2027. Stacey has refused to engage with the housing "
          "support worker, and the family are hard to reach. Due to non-engagement the housing support "
          "referral was closed on 20 December 2026.",
          "Lee allegedly deals drugs from the flat.",
          "There have been ASB complaints from neighbours about shouting and a dog barking late at night. A "
          "neighbour, Mrs Patel at number 14, told me she saw Jaden outside the block on his own at 9pm on 22 "
          "January.",
          "I believe there is an element of disguised compliance. On 12 and 26 January Stacey told me she "
          "would clear the flat by the weekend, and it had not been done when I went back.",
          "The children were not seen.",
          "I would put safety at 3 out of 10.",
          "Stacey has asked to move to a three-bedroom house. She is on the housing register in band 3, and a "
          "move is unlikely while the rent arrears remain. The kitchen window was broken on 12 January; I "
          "reported it for repair the same day and it was fixed on 15 January."),
        S("3. What Needs to Happen?",
          B("Stacey needs to clear the rubbish from the flat."),
          B("The arrears need to be addressed."),
          B("A referral will be made to environmental health."),
          B("I will arrange for our repairs team to service the boiler by 12 February 2027.")),
    ],
    findings=[
        F("deadline.late"),
        F("jargon.acronym", "ICPC"),
        F("strengths.attendance-only", "Stacey attended the tenancy review meeting on 4 January 2027."),
        F("jargon.acronym", "DHP"),
        F("readability.long-sentence",
          "When I visited the property on 19 January 2027 the flat was in a very poor state with rubbish bags "
          "in the hallway, dog mess on the kitchen floor, mould on the bedroom walls and no heating because the "
          "boiler had been turned off after the gas supply was cut off for non-payment in December."),
        F("language.judgemental", "chaotic lifestyle"),
        F("evidence.unsubstantiated-opinion", "I feel Stacey is not coping."),
        F("language.judgemental", "refused to engage"),
        F("language.judgemental", "hard to reach"),
        F("jargon.term", "non-engagement"),
        F("evidence.unattributed-source", "allegedly"),
        F("jargon.acronym", "ASB"),
        F("names.inconsistent", "Jaden"),
        F("jargon.term", "disguised compliance"),
        F("child-voice.missing"),
        F("actions.no-timescale", "Stacey needs to clear the rubbish from the flat."),
        F("actions.no-timescale", "The arrears need to be addressed."),
        F("actions.no-timescale", "A referral will be made to environmental health."),
        F("sharing.not-confirmed"),
    ],
    clean=[
        C("language.judgemental", "'disabled' as a plain fact about an adult", "Lee is disabled"),
        C("evidence.unattributed-source", "named source", "A neighbour, Mrs Patel at number 14, told me"),
        C("evidence.unsubstantiated-opinion", "the opinion is followed by dated examples in the next sentence",
          "I believe there is an element of disguised compliance."),
        C("scaling.no-reason", "the LLR profile does not ask for scaling, so the check stays silent",
          "I would put safety at 3 out of 10."),
        C("actions.no-timescale", "owner (I) and date",
          "I will arrange for our repairs team to service the boiler by 12 February 2027."),
        C("recommendation.missing", "the LLR form does not ask for a recommendation", child="Jayden Mills"),
        C("recommendation.missing", "the LLR form does not ask for a recommendation", child="Kiera Mills"),
        C("recommendation.missing", "the LLR form does not ask for a recommendation", child="Harley Carter"),
        C("structure.missing-section", "the LLR profile needs only working-well, worries and needs-to-happen",
          section="child-views"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-06  norfolk-education, review, REQUIRES IMPROVEMENT - primary DSL - two-column form
# ---------------------------------------------------------------------------
EDU_BOILER = ("A COPY OF THIS FORM MUST BE RETAINED SECURELY IN THE CHILD'S CP RECORDS. This report should not "
              "be used for any purpose other than that for which it was written without the permission of the "
              "author or their line manager.")
EDU_NEEDS_PROMPT = ("Details of current education provision: Including any PRU placements, alternative education "
                    "or work-based learning. Does the child have any of the following in place? Individual "
                    "Education Plan (IEP), Pastoral Support Plan (PSP), Special Educational Needs. Outline any "
                    "additional needs the child may have including any disabilities, medical needs, gifted & "
                    "talented, EAL and the support being provided.")
EDU_PROGRESS_PROMPT = ("% Attendance (you must attach a registration certificate to this report). Number and "
                       "reason for any exclusions. Please comment on the child's educational progress.")
EDU_PRES_PROMPT = ("Please comment on and consider the following: school attendance, hygiene, appearance, "
                   "behaviour, relationships with peers and adults, preparedness for learning.")
EDU_REL_PROMPT = ("Please comment on the schools' relationship with parents including level of engagement and "
                  "response to concerns raised. Please also provide comments on your observations of the "
                  "parent(s)/child relationship.")
EDU_CONS_PROMPT = "If no, please provide reasons for this. If yes, what are their wishes, feelings and desired outcomes:"
EDU_AN_PROMPT = ("Give consideration to the impact that the current and past family functioning and family "
                 "history are having on the parents' capacities to met the child's needs and specifically "
                 "their educational progress.")
ADULT_HDR = ["Name", "DOB", "Address & Tel. No.", "Relationship to child(ren)", "Parental Responsibility Yes/No",
             "Ethnicity", "First Language"]
CHILD_HDR = ["Name", "Male/Female", "DOB", "Address & Tel. No.", "School & Contact Name", "Ethnicity",
             "First Language"]
REPORTS.append(dict(
    id="chair2-06", template="norfolk-education", layout="form-lr", grade="requires-improvement",
    conference=("review", "2026-12-07"), received="2026-11-27",
    children=["Mia Kowalski", "Oskar Kowalski"],
    title="Norfolk Safeguarding Children Partnership: Education Report to a Child Protection Conference",
    header="OFFICIAL-SENSITIVE", boiler=EDU_BOILER,
    pre=[],
    key=None,
    sections=[
        S("Name and Position of Report Author:",
          "Claire Dawson, Deputy Headteacher and Designated Safeguarding Lead"),
        S("Date:", "27 November 2026"),
        S("Full Name of Child(ren) and Date(s) of Birth:",
          "Mia Kowalski, 4 April 2018 (Year 4); Oskar Kowalski, 30 October 2021 (Reception)"),
        S("School or Educational Provision:", "Hethersett Road Primary School, Norwich"),
        S("Who have you consulted with in the production of this report?",
          "Mr Tom Baker (Mia's class teacher), Miss Laura Finch (Oskar's Reception teacher), Mrs Jan Cole, "
          "our Special Educational Needs Co-ordinator (SENCo), and Mrs Ewa Nowak (a teaching assistant who "
          "speaks Polish with the family)."),
        S("FAMILY COMPOSITION - Adults", T(ADULT_HDR, [
            ["Agnieszka Kowalska", "15/06/1990", "12 Elm Close, Norwich, 07700 900123", "Mother", "Yes",
             "White Polish", "Polish"],
            ["Piotr Kowalski", "02/11/1987", "Known to the social worker", "Father", "Yes", "White Polish",
             "Polish"],
        ])),
        S("FAMILY COMPOSITION - Children", T(CHILD_HDR, [
            ["Mia Kowalski", "Female", "04/04/2018", "12 Elm Close, Norwich", "Hethersett Road Primary, Mr Baker",
             "White Polish", "Polish and English"],
            ["Oskar Kowalski", "Male", "30/10/2021", "12 Elm Close, Norwich", "Hethersett Road Primary, Miss Finch",
             "White Polish", "Polish"],
        ])),
        S("Have the child and parents/carers had a copy of this form?", "Yes ☐   No ☒"),
        S("Child/young person's educational needs.",
          "Mia has an Individual Education Plan (IEP) for reading, last reviewed on 2 October 2026; the next "
          "review is on 15 January 2027. She has a weekly session with our ELSA on Wednesday afternoons.",
          "Oskar has no special educational needs. His first language is Polish, and his English has come on "
          "quickly since September: he now joins in with class stories and asks for help in English.",
          prompt=EDU_NEEDS_PROMPT),
        S("Educational Progress.",
          "Mia's attendance this term is 96.4% (registration certificate attached). She has had no exclusions. "
          "She is working towards the expected standard in reading and is at the expected standard in maths.",
          "Oskar's attendance this term is 91.2%. He missed six days in October; Mrs Kowalska told us he had "
          "chickenpox, and he came back with the spots still healing.",
          prompt=EDU_PROGRESS_PROMPT),
        S("Child's presentation:",
          "Mia has been presenting as tired in class since the start of November. Mr Baker has seen her fall "
          "asleep at her desk twice, on 10 and 17 November.",
          "It has been reported that Dad has been seen at the house in the evenings.",
          "Both children come to school clean and in clean uniform. Oskar plays happily with other children at "
          "break and is proud of his new reading book.",
          prompt=EDU_PRES_PROMPT),
        S("Relationships & engagement with parents/carers:",
          "Mrs Kowalska brings both children to school each morning. (In Polish, surnames change their ending "
          "for women, so Mrs Kowalska is the children's mother and the children's surname is Kowalski.) She "
          "talks to Mrs Nowak in Polish whenever she has a worry, and she came to Mia's IEP review on 2 "
          "October.",
          "I believe Mum is struggling. Mia's class went on a trip to Norwich Castle on 13 November, and Mia "
          "talked about it for days.",
          "At pick-up on 19 November I saw Mia hold her mum's hand and tell her about her day, and Mrs "
          "Kowalska listened and hugged her. Mr Kowalski has not been in touch with the school this term.",
          prompt=EDU_REL_PROMPT),
        S("Has the child been consulted with?",
          "Yes, Mia. Mia was seen alone by me on 20 November 2026 in the school's quiet room. She told me she "
          "likes living with just Mum and Oskar because 'it's quiet now'. She said she misses Tata (her word "
          "for Dad) but she does not want him to 'shout at Mama' again. She said she is tired because Oskar "
          "wakes her up in the night. Mia agreed that I could share what she said with her mum and with the "
          "conference.",
          "Oskar has not been consulted.",
          prompt=EDU_CONS_PROMPT),
        S("Professional analysis of family/child's needs and situation:",
          "Since the last conference Mia's reading has improved and she is much more settled in class, but the "
          "recent tiredness, together with what she has told me about Oskar waking her at night and her "
          "worries about her dad shouting at her mum, suggests that things at home are still hard for her and "
          "that she still needs support from school and from other services.",
          "Mrs Kowalska has told me she is receiving treatment for her mental health from her GP, and that she "
          "has felt 'a little better' since October.",
          "Oskar is settled and making good progress, and I have no worries about his presentation in school.",
          prompt=EDU_AN_PROMPT),
        S("Actions taken by you in respect of the recommendations of the last Child Protection Conference:",
          "The last conference, on 14 September 2026, asked the school to do three things.",
          B("Give Mia weekly emotional support: Mia has had a weekly session with our ELSA since 21 September."),
          B("Tell the social worker the same day if Mr Kowalski comes to the school: he has not come to the "
            "school this term."),
          B("Arrange a Polish-speaking adult for meetings with Mrs Kowalska: Mrs Nowak has joined all three "
            "meetings this term."),
          prompt="Please outline your contribution to the child protection plan as applicable."),
    ],
    findings=[
        F("sharing.not-confirmed"),
        F("jargon.acronym", "ELSA"),
        F("jargon.term", "presenting as"),
        F("evidence.unattributed-source", "It has been reported that"),
        F("evidence.unsubstantiated-opinion", "I believe Mum is struggling."),
        F("child-voice.missing"),
        F("readability.long-sentence",
          "Since the last conference Mia's reading has improved and she is much more settled in class, but the "
          "recent tiredness, together with what she has told me about Oskar waking her at night and her "
          "worries about her dad shouting at her mum, suggests that things at home are still hard for her and "
          "that she still needs support from school and from other services."),
    ],
    clean=[
        C("jargon.acronym", "spelled out at first use: Individual Education Plan (IEP)", "IEP"),
        C("jargon.acronym", "PRU is in the template's guidance prompt, not the author's words", "PRU"),
        C("jargon.acronym", "CP is in the template's boilerplate line, not the author's words", "CP RECORDS"),
        C("jargon.acronym", "GP is an everyday word", "GP"),
        C("strengths.attendance-only", "school attendance figure in the education section; this template has no working-well section",
          "Mia's attendance this term is 96.4%"),
        C("evidence.unattributed-source", "'was seen alone' is good practice by the author", "Mia was seen alone by me"),
        C("names.inconsistent", "Kowalska is the feminine form of Kowalski, explained in the report; same family",
          "Kowalska"),
        C("language.judgemental", "'mental health' as a fact", "mental health"),
        C("evidence.unattributed-source", "named source (Mrs Kowalska)", "Mrs Kowalska told us he had chickenpox"),
        C("structure.missing-section", "actions since the last conference are given (review conference)",
          section="previous-actions"),
        C("jargon.term", "'engagement' is in the template's heading, not the author's words",
          "Relationships & engagement with parents/carers:"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-07  norfolk-education, initial, GOOD - secondary DSL - heading row / answer row form
# ---------------------------------------------------------------------------
REPORTS.append(dict(
    id="chair2-07", template="norfolk-education", layout="form-rows", grade="good",
    conference=("initial", "2026-11-25"), received="2026-11-23",
    children=["Tyler Brooks", "Lily Brooks"],
    title="Norfolk Safeguarding Children Partnership: Education Report to a Child Protection Conference",
    header="OFFICIAL-SENSITIVE", boiler=EDU_BOILER,
    pre=[],
    key=None,
    sections=[
        S("Name and Position of Report Author:",
          "David Okoro, Assistant Headteacher and Designated Safeguarding Lead"),
        S("Date:", "23 November 2026"),
        S("Full Name of Child(ren) and Date(s) of Birth:",
          "Tyler Brooks, 6 May 2012 (Year 10); Lily Brooks, 22 February 2015 (Year 7)"),
        S("School or Educational Provision:", "Wensum Valley Academy, Norwich"),
        S("Who have you consulted with in the production of this report?",
          "I consulted:",
          B("Mr Simon Brookes, Head of Year 10 and Tyler's pastoral lead. He is not related to the Brooks "
            "family, despite the similar surname."),
          B("Mrs Anna Hale, Head of Year 7."),
          B("Ms Rosa Quinn, our Special Educational Needs Co-ordinator (SENCo)."),
          B("Mr Ian Marsh, Tyler's form tutor."),
          B("Mrs Beth Carr, our first aid lead.")),
        S("FAMILY COMPOSITION - Adults", T(ADULT_HDR, [
            ["Natalie Brooks", "19/01/1984", "4 Mill Lane, Norwich, 07700 900456", "Mother", "Yes",
             "White British", "English"],
            ["Darren Brooks", "28/08/1981", "Staying at 22 Hall Road, Norwich (bail address)", "Father", "Yes",
             "White British", "English"],
        ])),
        S("FAMILY COMPOSITION - Children", T(CHILD_HDR, [
            ["Tyler Brooks", "Male", "06/05/2012", "4 Mill Lane, Norwich", "Wensum Valley Academy, Mr Okoro",
             "White British", "English"],
            ["Lily Brooks", "Female", "22/02/2015", "4 Mill Lane, Norwich", "Wensum Valley Academy, Mr Okoro",
             "White British", "English"],
        ])),
        S("Have the child and parents/carers had a copy of this form?",
          "Yes ☒   No ☐",
          "I went through this report with Mrs Brooks on 20 November 2026, and with Tyler and Lily separately "
          "on 23 November 2026. Mr Brooks has bail conditions that stop him coming to the school, so I posted a "
          "copy to his address on 20 November 2026."),
        S("Child/young person's educational needs.",
          "Tyler has Attention Deficit Hyperactivity Disorder (ADHD), diagnosed in 2021, and takes his "
          "medication at home each morning. He has an Individual Education Plan (IEP) with targets for "
          "organisation and for managing frustration, and he can use a time-out card to leave a lesson for "
          "five minutes. His IEP was last reviewed on 30 September 2026.",
          "Lily has no special educational needs.",
          prompt=EDU_NEEDS_PROMPT),
        S("Educational Progress.",
          "Tyler's attendance this year is 94.8% and Lily's is 98.1% (registration certificates attached). "
          "Tyler had a one-day suspension on 2 October 2026 for swearing at a teacher; Lily has had no "
          "suspensions or exclusions.",
          "Tyler is on track for grade 5 in English and maths at the end of Year 11. Lily is at or above the "
          "expected level in all subjects and won the Year 7 poetry prize in October.",
          prompt=EDU_PROGRESS_PROMPT),
        S("Child's presentation:",
          "On 10 November 2026 Tyler arrived with a bruise about 8 cm long on his left forearm. Mrs Carr saw it "
          "at 9.10am and recorded it on a body map.",
          "I am worried that Tyler has become withdrawn this term. Mr Brookes has seen him eating lunch alone "
          "in the library on 11 of the last 15 school days, when last year he ate with his friends from the "
          "football team.",
          "Lily is always clean and neatly dressed. She has a close group of friends and is polite and chatty "
          "with staff.",
          prompt=EDU_PRES_PROMPT),
        S("Relationships & engagement with parents/carers:",
          "Mrs Brooks rings or emails the school whenever the children are ill, and she came to both parents' "
          "evenings this year. Mr Brooks came to Tyler's options evening on 17 September 2026. I have not seen "
          "any worrying behaviour between the parents and the children at school events. Mrs Brooks has told "
          "me that she has her own mental health worries and that she sees her GP every month.",
          prompt=EDU_REL_PROMPT),
        S("Has the child been consulted with?",
          "Yes. Tyler was seen alone by me on 10 and 18 November 2026. He told me: 'I don't want Dad to get in "
          "trouble, I just want him to stop drinking.' He said he feels safe with his mum and wants to stay "
          "living with her and Lily. He asked me to tell the conference that he wants to carry on playing for "
          "the school football team.",
          "Lily spoke to me with Mrs Hale on 19 November 2026. She said that when Dad shouts she hides in her "
          "room with her headphones on 'so I can't hear it'. She said 'school is the best bit of the day'. Both "
          "children agreed that I can share what they told me with their parents and with the conference.",
          prompt=EDU_CONS_PROMPT),
        S("Professional analysis of family/child's needs and situation:",
          "Tyler told me on 10 November that his father hit him with a belt on the evening of 9 November after "
          "drinking. The bruise we saw fits with what he said. Police Constable Hannah Reed told me on 12 "
          "November that Mr Brooks had been arrested and released on bail, with conditions not to go to the "
          "family home.",
          "Tyler's ADHD makes it harder for him to manage strong feelings, and his withdrawal since the "
          "half-term holiday is a change from how he was last year. Lily is doing well at school, but hiding in "
          "her room when her father shouts shows that she is affected too.",
          "I have shared the school's worries with our SLT, and all staff who teach Tyler know to tell me at "
          "once if they notice any new marks or changes in his mood.",
          "In my view both children need a home that is free from violence and shouting. Tyler's bruise on 10 "
          "November and Lily's account of hiding in her room show what they are living with now.",
          prompt=EDU_AN_PROMPT),
    ],
    findings=[
        F("jargon.acronym", "SLT"),
    ],
    clean=[
        C("names.inconsistent", "Mr Brookes (Head of Year) is a different person from the Brooks family, and the report says so",
          "Mr Simon Brookes"),
        C("evidence.unattributed-source", "'was seen alone' is good practice by the author", "Tyler was seen alone by me"),
        C("jargon.acronym", "spelled out at first use: Attention Deficit Hyperactivity Disorder (ADHD)", "ADHD"),
        C("jargon.acronym", "spelled out at first use: Individual Education Plan (IEP)", "IEP"),
        C("jargon.acronym", "EAL is in the template's guidance prompt, not the author's words", "EAL"),
        C("jargon.acronym", "GP is an everyday word", "GP"),
        C("strengths.attendance-only", "attendance figures in the education section; this template has no working-well section",
          "Tyler's attendance this year is 94.8%"),
        C("evidence.unsubstantiated-opinion", "the worry is followed by a named observer and counted days",
          "I am worried that Tyler has become withdrawn this term."),
        C("evidence.unsubstantiated-opinion", "the view is followed by dated evidence",
          "In my view both children need a home that is free from violence and shouting."),
        C("evidence.unattributed-source", "named source and date",
          "Police Constable Hannah Reed told me on 12 November"),
        C("language.judgemental", "'mental health' as a fact, in the parent's own account", "mental health"),
        C("structure.missing-section", "actions since the last conference are asked for only at a review; this is an initial conference",
          section="previous-actions"),
        C("deadline.late", "exactly 2 working days (Tue 24 and Wed 25 November 2026) after Monday 23 November: on time"),
        C("sharing.not-confirmed", "shared with both parents and both children, with dates"),
        C("recommendation.missing", "the education pro-forma does not ask for a recommendation", child="Tyler Brooks"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-08  lincolnshire, initial, REQUIRES IMPROVEMENT - adult mental health - Word headings
# ---------------------------------------------------------------------------
REPORTS.append(dict(
    id="chair2-08", template="lincolnshire", layout="headings", grade="requires-improvement",
    conference=("initial", "2027-01-08"), received="2027-01-04",
    children=["Oliver Dunn", "Grace Dunn"],
    title="Lincolnshire Safeguarding Children Partnership: Multi-Agency Report to Child Protection Conference",
    header=None,
    pre=["Report author: Joanna Fletcher, Community Mental Health Nurse and Care Coordinator, Boston "
         "Community Mental Health Team"],
    key=T(["Name", "Date of birth", "Relationship"], [
        ["Oliver Dunn", "9 August 2016", "Son of Rachel Dunn"],
        ["Grace Dunn", "1 April 2021", "Daughter of Rachel Dunn and Mark Lowe"],
        ["Rachel Dunn", "27 September 1992", "Mother"],
        ["Mark Lowe", "13 March 1989", "Grace's father, lives in Skegness"],
    ]),
    sections=[
        S("What are we worried about?",
          "I am Rachel's CPN and her care coordinator in the Community Mental Health Team (CMHT) in Boston. I "
          "have worked with Rachel since March 2024 and I usually see her every two weeks at our clinic.",
          "Rachel has bipolar disorder, an illness that causes periods of very low mood and periods of very "
          "high mood. In early December 2026 she became very unwell: she stopped sleeping, spent £2,300 on her "
          "credit card in three days, and told me on 9 December that she 'didn't need' her medication.",
          "On 10 December 2026 Oliver found his mother on the bathroom floor after she had taken an overdose. "
          "This was a suicide attempt: Rachel has since told me that she wanted to die that night. Oliver rang "
          "999 and stayed with Grace until the ambulance came. Rachel was admitted to Ash Ward in Lincoln under "
          "the Mental Health Act the next day and stayed for 12 days.",
          "When Rachel is becoming unwell she tends to sleep very little, talk very quickly, spend money she "
          "does not have and stop taking her medication, and in the past this has meant that Oliver has had to "
          "get himself and Grace ready for school and make their meals, which is a lot for a ten-year-old to "
          "manage.",
          "There are elements of the toxic trio in this family, because Rachel's mental health is affected by "
          "her drinking and there has been domestic abuse in the past.",
          "I have not met Oliver or Grace, because my role is to support Rachel, and I see her at the clinic "
          "while the children are at school.",
          prompt="What are the past and current dangers and risks for the child? What is placing the child at "
                 "risk of immediate and significant harm?"),
        S("Complicating factors",
          "Rachel drinks more when she is low. She told me on 4 January 2027 that she drinks a bottle of wine "
          "most evenings when she is depressed.",
          "Grace's father, Mark Lowe, was convicted of assaulting Rachel in 2020. Detective Constable Sam Price "
          "of Lincolnshire Police confirmed this to me on 15 December 2026. Mark sees Grace every other weekend "
          "at his mother's house in Skegness.",
          "Rachel appears to lack insight into how her illness affects the children. She has lived in Boston "
          "for six years.",
          prompt="Factors that contribute to, or cause difficulty to a child."),
        S("Existing safety and strengths (what's working well)",
          "Rachel has attended all her appointments with me since she left hospital on 23 December 2026.",
          "Rachel's sister, Louise Dunn, lives two streets away. When Rachel became unwell in December, Louise "
          "took the children within an hour of my call, and they stayed with her for 12 days. Louise has told "
          "me she will do the same again. Louise Dunn is a different person from Lois Dunn, Rachel and "
          "Louise's mother, who lives in Spalding.",
          "Since 23 December Rachel has taken her lithium, a mood-stabilising medicine, every day. Her blood "
          "test on 30 December showed the lithium level was in the right range, which makes it much less "
          "likely that she will become unwell again soon.",
          "Rachel and I made a crisis plan on 29 December 2026. If she does not sleep for two nights in a row, "
          "she will ring me or the crisis team, and Louise will have the children.",
          prompt="Things that are currently in place and that have been shown, over time, to directly address "
                 "areas of risk and reduce danger for the child."),
        S("What needs to happen?",
          B("I will see Rachel every week until the review conference, starting on 11 January 2027, and I will "
            "arrange her lithium blood test every month, with the next one on 27 January 2027."),
          B("The social worker, Ben Howard, will write Louise's offer to have the children into the family's "
            "safety plan by 15 January 2027."),
          B("Rachel will be referred to the alcohol service."),
          "I read this report with Rachel at the clinic on 4 January 2027 and gave her a copy. Rachel agreed "
          "with most of it, but she does not want the children to have a plan, because she says she is 'well "
          "now'. Rachel and I agreed that she will explain the report to Oliver in her own words, as he is ten; "
          "Grace is too young to read it.",
          prompt="What can you recommend the family can do themselves to create a safety plan? How would you "
                 "want to see them address the worries?"),
        S("Is a Child Protection Plan needed?",
          "Oliver: yes. I think Oliver needs a Child Protection Plan under the category of emotional abuse. He "
          "found his mother after her overdose on 10 December, and he has looked after Grace when Rachel has "
          "been unwell.",
          prompt="You should state in your report whether you feel a child protection plan will be needed."),
    ],
    findings=[
        F("jargon.acronym", "CPN"),
        F("readability.long-sentence",
          "When Rachel is becoming unwell she tends to sleep very little, talk very quickly, spend money she "
          "does not have and stop taking her medication, and in the past this has meant that Oliver has had to "
          "get himself and Grace ready for school and make their meals, which is a lot for a ten-year-old to "
          "manage."),
        F("jargon.term", "toxic trio"),
        F("evidence.unsubstantiated-opinion", "Rachel appears to lack insight into how her illness affects the children."),
        F("strengths.attendance-only",
          "Rachel has attended all her appointments with me since she left hospital on 23 December 2026."),
        F("actions.no-timescale", "Rachel will be referred to the alcohol service."),
        F("recommendation.missing", child="Grace Dunn"),
    ],
    clean=[
        C("jargon.acronym", "spelled out at first use: Community Mental Health Team (CMHT)", "CMHT"),
        C("language.judgemental", "'suicide attempt' as a fact, in the mother's own account", "suicide attempt"),
        C("language.judgemental", "'Mental Health Act' and 'mental health' as facts", "Mental Health Act"),
        C("child-voice.missing", "the author says why she has not met the children (adult service, clinic in school hours)",
          "I have not met Oliver or Grace, because my role is to support Rachel"),
        C("names.inconsistent", "Lois Dunn (grandmother) and Louise Dunn (aunt) are different people, said explicitly",
          "Lois Dunn"),
        C("evidence.unattributed-source", "named source and date",
          "Detective Constable Sam Price of Lincolnshire Police confirmed this to me on 15 December 2026"),
        C("actions.no-timescale", "owner and date",
          "The social worker, Ben Howard, will write Louise's offer to have the children into the family's safety plan by 15 January 2027."),
        C("evidence.unsubstantiated-opinion", "template guidance prompt, not the author's words",
          "whether you feel a child protection plan will be needed"),
        C("evidence.unsubstantiated-opinion", "'I think' followed by dated evidence in the next sentence",
          "I think Oliver needs a Child Protection Plan under the category of emotional abuse."),
        C("scaling.missing", "Lincolnshire scales in the meeting; the report is not asked for a score", child="Oliver Dunn"),
        C("scaling.missing", "Lincolnshire scales in the meeting; the report is not asked for a score", child="Grace Dunn"),
        C("recommendation.missing", "view stated for Oliver", child="Oliver Dunn"),
        C("sharing.not-confirmed", "shared with Rachel with a date; agreed how Oliver will be told; Grace too young"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-09  lincolnshire, review, INADEQUATE - family support worker - bold headings
# ---------------------------------------------------------------------------
DUP09 = ("Charlie's school, St Mary's Primary, told me on 10 February 2027 that Charlie has been late on 14 "
         "occasions this term and has often arrived hungry, asking staff for toast.")
REPORTS.append(dict(
    id="chair2-09", template="lincolnshire", layout="bold", grade="inadequate",
    conference=("review", "2027-03-01"), received="2027-02-26",
    children=["Charlie Nolan", "Evie Nolan"],
    title="Lincolnshire Safeguarding Children Partnership: Report to Review Child Protection Conference",
    header=None,
    pre=["Report author: Kelly Marsh, Family Support Worker, Lincolnshire County Council Children's Services, "
         "Gainsborough"],
    key=T(["Name", "Date of birth", "Relationship"], [
        ["Charlie Nolan", "12 June 2020", "Son"],
        ["Evie Nolan", "5 September 2023", "Daughter"],
        ["Gemma Nolan", "19 April 1995", "Mother"],
        ["Scott Nolan", "7 July 1992", "Father"],
    ]),
    sections=[
        S("What are we worried about?",
          "I am the FSW for the family and I have been visiting weekly since the initial conference on 3 "
          "November 2026. I usually visit on Wednesday mornings and stay for about an hour. Charlie is six and "
          "in Year 1, and Evie is three.",
          "Gemma does not prioritise the children's needs. The family have a dog called Bella.",
          "Gemma and Scott are not providing good enough parenting. On 3 February 2027 Gemma told me that "
          "Evie's nappy had not been changed since the night before.",
          "It is known that Scott uses cannabis daily.",
          DUP09,
          "On 17 February 2027 there was no bedding on Charlie's bed and the kitchen bin was overflowing onto "
          "the floor.",
          "The plan from the initial conference asked Gemma and Scott to get the children to school on time, to "
          "keep the house clean and safe, and to take Evie to her health appointments. Gemma took Evie to her "
          "speech and language assessment on 9 February 2027, and the family live in a three-bedroom council "
          "house in Gainsborough with a garden.",
          "There is disguised compliance, as the family agree to everything at meetings but nothing changes.",
          "Scott has told me on a number of occasions that he is going to stop using cannabis and look for a "
          "job, and Gemma has said that she will get the house tidy and make sure the children get to school on "
          "time, but when I visit nothing has changed and the house is in the same state.",
          "Evie's speech is behind for her age. At her two-year check she had about ten words, and her GP has "
          "referred her to speech and language therapy.",
          "I did not see the children on my last two visits."),
        S("Complicating factors", "N/A"),
        S("Existing Safety & Strengths (What's working well)",
          "Gemma has attended the parenting course.",
          "Gemma's mum, Sandra Wilkins, takes Charlie to school on Mondays, and Gemma says Scott takes both "
          "children to the park on Sunday mornings.",
          "Evie goes to Little Stars nursery three mornings a week, which gives Gemma time to do housework and "
          "shopping."),
        S("What Needs to Happen?",
          "Gemma and Scott need to improve the home conditions.",
          "Scott needs to reduce his cannabis use.",
          "I will do a home conditions check with Gemma on 8 March 2027 and every two weeks after that until "
          "the next review conference.",
          DUP09),
    ],
    findings=[
        F("deadline.late"),
        F("jargon.acronym", "FSW"),
        F("evidence.unsubstantiated-opinion", "Gemma does not prioritise the children's needs."),
        F("jargon.term", "good enough parenting"),
        F("evidence.unattributed-source", "It is known that"),
        F("jargon.term", "disguised compliance"),
        F("readability.long-sentence",
          "Scott has told me on a number of occasions that he is going to stop using cannabis and look for a "
          "job, and Gemma has said that she will get the house tidy and make sure the children get to school on "
          "time, but when I visit nothing has changed and the house is in the same state."),
        F("child-voice.missing"),
        F("structure.missing-section", section="complicating-factors"),
        F("strengths.attendance-only", "Gemma has attended the parenting course."),
        F("actions.no-timescale", "Gemma and Scott need to improve the home conditions."),
        F("actions.no-timescale", "Scott needs to reduce his cannabis use."),
        F("duplication.repeated-text", DUP09),
        F("structure.missing-section", section="recommendation"),
        F("recommendation.missing", child="Charlie Nolan"),
        F("recommendation.missing", child="Evie Nolan"),
        F("sharing.not-confirmed"),
    ],
    clean=[
        C("evidence.unattributed-source", "named source and date (the school)",
          "Charlie's school, St Mary's Primary, told me on 10 February 2027"),
        C("jargon.acronym", "GP is an everyday word", "GP"),
        C("actions.no-timescale", "owner (I) and dates",
          "I will do a home conditions check with Gemma on 8 March 2027 and every two weeks after that until the next review conference."),
        C("evidence.unsubstantiated-opinion", "the judgement ('good enough parenting', flagged as jargon) is followed by a dated example",
          "Gemma and Scott are not providing good enough parenting."),
        C("scaling.missing", "Lincolnshire scales in the meeting", child="Charlie Nolan"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-10  portsmouth, initial, GOOD - health visitor - two-column form, numbered headings
# ---------------------------------------------------------------------------
REPORTS.append(dict(
    id="chair2-10", template="portsmouth", layout="form-lr", grade="good",
    conference=("initial", "2026-12-18"), received="2026-12-15",
    children=["Freddie Martin", "Unborn baby Martin"],
    title="Portsmouth Safeguarding Children Partnership: Report to Initial Child Protection Conference",
    header="OFFICIAL-SENSITIVE",
    pre=["Report author: Amira Hussain, Health Visitor, Portsmouth Public Health Nursing Service"],
    key=None,
    sections=[
        S("Key Information",
          T(["Child's name", "Date of birth or due date", "Gender", "Nursery or school"], [
              ["Freddie Martin", "2 June 2025", "Male", "None"],
              ["Unborn baby Martin", "Due 14 February 2027", "Not known", "Not applicable"],
          ]),
          T(["Adult's name", "Date of birth", "Relationship to the children", "Address"], [
              ["Chloe Martin", "30 January 2004", "Mother", "Flat 3, 18 Clive Road, Fratton"],
              ["Jack Turner", "8 August 2002", "Father of Freddie and the unborn baby", "Flat 3, 18 Clive Road, Fratton"],
              ["Linda Martin", "3 March 1970", "Maternal grandmother", "Southsea"],
          ]),
          prompt="Details of children living in the household should be entered here (including any unborn "
                 "children and their expected date of delivery if known)."),
        S("1) Details of service involvement",
          "I am Freddie's health visitor and I will also be the health visitor for the new baby. I first met "
          "Chloe at Freddie's new baby visit on 16 June 2025. Since the incident on 28 October 2026 I have "
          "visited the family at home every two weeks (4 and 16 November, 1 and 14 December), and I saw Freddie "
          "at his one-year review on 10 June 2026.",
          "This report is based on my own visits and records, and on what the community midwife, Karen Lowe, "
          "told me on 8 December 2026. I have worked with Chloe and Jack together and with Chloe on her own.",
          "After the incident on 28 October, Hampshire and Isle of Wight Constabulary completed a Domestic "
          "Abuse, Stalking and Harassment (DASH) risk assessment with Chloe. They referred her to the Multi-Agency "
          "Risk Assessment Conference (MARAC), which met on 19 November 2026. I shared my information with the "
          "MARAC.",
          prompt="State the evidence that your report is based on. This section should state which child(ren) "
                 "and/or adults you are working with or have worked with."),
        S("2) Information and knowledge relating to the child's health and development",
          "Freddie weighed 11.2 kg on 1 December 2026, which is on the 50th centile and in line with his growth "
          "since birth. At his one-year review he was walking with one hand held and saying 'mama' and 'dada'. "
          "On 1 December he was walking well, saying about 15 words and pointing to things he wanted. His "
          "immunisations are up to date.",
          "Chloe is 31 weeks pregnant and the baby is due on 14 February 2027. Karen Lowe told me that the "
          "pregnancy is progressing normally and that Chloe has attended all her antenatal appointments.",
          "Chloe's EPDS score on 1 December was 11, which is higher than the score of 4 she had after Freddie "
          "was born. I have talked with Chloe about her mood and she has agreed to see her GP on 17 December "
          "2026.",
          prompt="This section should include developmental progress in the context of the child's age and "
                 "stage of development."),
        S("3) Information and knowledge of the capacity of the parents/carers to safeguard and promote the child's welfare",
          "Chloe responds warmly to Freddie. On 1 December I saw her notice that he was tired, change his "
          "nappy and settle him for a nap with a story. The flat was warm and clean, and there was food in the "
          "fridge.",
          "Jack is gentle with Freddie when he is calm. At my visit on 16 November he played with Freddie on "
          "the floor and gave him his lunch.",
          "I think Chloe understands how Jack's anger affects Freddie. She told me on 1 December that Freddie "
          "now flinches when a door slams, and that she takes Freddie out to the park when Jack is angry.",
          "Jack told me he has had help for his mental health in the past, and that he saw his GP about his "
          "anger on 20 November 2026.",
          prompt="It is important to comment on parental strengths as well as any difficulties they may be "
                 "experiencing."),
        S("4) Family and environmental factors",
          "The family rent a two-bedroom flat on the second floor in Fratton from a private landlord. Jack "
          "works full time as a delivery driver, and Chloe is on maternity leave from her job at a bakery.",
          "Chloe's mother, Linda Martin, lives in Southsea. Linda is disabled and uses a wheelchair, so she "
          "cannot get up the stairs to the flat, but Chloe and Freddie visit her three times a week and Chloe "
          "says Linda is the person she turns to first.",
          "Jack's brother, Jake Turner, sometimes stays at the flat at weekends. Jake is a different person "
          "from Jack, and Chloe told me Jake has never been violent towards her.",
          prompt="Account must be taken of family history and functioning, wider family, Housing, Employment, "
                 "Income, Family's social integration and community resources."),
        S("5) Analysis of implications for the child's future safety, health and development",
          "Freddie is growing and developing well, and Chloe meets his everyday needs. The main danger to "
          "Freddie and to the unborn baby is Jack's anger. On 28 October Jack threw Freddie's highchair across "
          "the kitchen while Freddie was in the room; Chloe told me this, and the police log shared with me by "
          "the MARAC coordinator, Dawn Ellis, gives the same account.",
          "A newborn baby could be badly hurt if something is thrown near them, and Freddie is already showing "
          "fear when doors slam.",
          "What has been done to reduce the harm: Jack started a domestic abuse programme, Change for Good, on "
          "3 December 2026, and he has agreed to go to his brother's flat when he feels angry. Chloe told me "
          "this happened twice in November. It is too early to know whether the programme will change Jack's "
          "behaviour.",
          "What the children need: a calm home where nobody is hurt or frightened, and a mother who is well "
          "enough in her mood to care for a toddler and a newborn.",
          "Portsmouth's guidance asks that this report does not make a recommendation about a Child Protection "
          "Plan, so I will talk about this with the family at the conference.",
          prompt="Please note that this should not include a recommendation as to whether the child should be "
                 "made subject to a Child Protection Plan or not."),
        S("Parent/Carer Views",
          "I went through this report with Chloe and Jack at home on 14 December 2026 and left them a copy. "
          "Chloe agreed with it. She said: 'I want the baby to come home to a calm house.' Jack agreed with most "
          "of it, but he disagrees that Freddie is frightened of him; he said Freddie 'runs to me when I get in "
          "from work'.",
          prompt="This should cover any views, wishes and feelings of the parent(s). Please record any areas of "
                 "disagreement."),
        S("Child(ren)'s Views",
          "Freddie is 18 months old and cannot tell us his views in words, so this is what I have seen. He "
          "smiles and babbles with Chloe and brings her books to read. On 1 December, when a door banged in the "
          "wind, Freddie stopped playing, looked at Chloe and cried until she picked him up. He went to Jack for "
          "a cuddle at my visit on 16 November.",
          "The unborn baby's needs are for Chloe to be safe and well for the rest of the pregnancy, and for a "
          "calm home after the birth.",
          prompt="Please use this space to provide any information you have regarding the child's view of their "
                 "family situation."),
    ],
    findings=[
        F("jargon.acronym", "EPDS"),
    ],
    clean=[
        C("jargon.acronym", "spelled out at first use: Domestic Abuse, Stalking and Harassment (DASH)", "DASH"),
        C("jargon.acronym", "spelled out at first use: Multi-Agency Risk Assessment Conference (MARAC)", "MARAC"),
        C("jargon.acronym", "GP is an everyday word", "GP"),
        C("recommendation.not-expected", "the author says she is not making a recommendation, as Portsmouth asks",
          "Portsmouth's guidance asks that this report does not make a recommendation about a Child Protection Plan"),
        C("recommendation.not-expected", "template guidance prompt, not a recommendation",
          "this should not include a recommendation as to whether the child should be made subject to a Child Protection Plan"),
        C("strengths.attendance-only", "a health fact in the health section; Portsmouth has no working-well section",
          "Chloe has attended all her antenatal appointments"),
        C("evidence.unsubstantiated-opinion", "'I think' followed by Chloe's dated account",
          "I think Chloe understands how Jack's anger affects Freddie."),
        C("language.judgemental", "'disabled' as a plain fact about an adult", "Linda is disabled"),
        C("language.judgemental", "'mental health' as a fact", "mental health"),
        C("names.inconsistent", "Jake Turner (Jack's brother) is a different person, said explicitly", "Jake Turner"),
        C("evidence.unattributed-source", "named sources",
          "the police log shared with me by the MARAC coordinator, Dawn Ellis"),
        C("child-voice.missing", "Freddie (18 months): what the author saw, dated; the unborn baby's needs stated"),
        C("parent-views.missing", "both parents' views, with Jack's disagreement recorded"),
        C("sharing.not-confirmed", "shared with both parents with the date"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-11  portsmouth, initial, INADEQUATE - police - bold numbered headings
# ---------------------------------------------------------------------------
DUP11 = ("There have been six incidents reported to police in 2026, all involving verbal arguments and on three "
         "occasions physical assaults by Dale on Shannon in the family home.")
REPORTS.append(dict(
    id="chair2-11", template="portsmouth", layout="bold", grade="inadequate",
    conference=("initial", "2026-12-29"), received="2026-12-24",
    children=["Harvey Cole", "Isla Cole"],
    title="Portsmouth Safeguarding Children Partnership: Multi-Agency Report to Initial Child Protection Conference",
    header=None,
    pre=["Report author: Detective Constable Paul Grainger, Public Protection Unit, Hampshire and Isle of Wight "
         "Constabulary"],
    key=None,
    sections=[
        S("Key Information",
          T(["Child's name", "Date of birth", "Gender", "School"], [
              ["Harvey Cole", "17 March 2017", "Male", "Paulsgrove Junior School"],
              ["Isla Cole", "8 July 2021", "Female", "Paulsgrove Infant School"],
          ]),
          T(["Adult's name", "Date of birth", "Relationship to the children"], [
              ["Shannon Cole", "12 December 1993", "Mother"],
              ["Dale Cole", "25 May 1990", "Father"],
          ])),
        S("1) Details of service involvement",
          "I am the investigating officer for the assault on 6 December 2026. Dale has been charged with assault "
          "by beating and is due at Portsmouth Magistrates' Court on 18 January 2027.",
          "Police have attended the address six times in 2026 for DV incidents.",
          DUP11,
          B("14 March 2026: verbal argument, no offences disclosed."),
          B("2 May 2026: Dale punched Shannon in the face; Shannon did not support a prosecution."),
          B("16 August 2026: Shannon had bruising to her back; Dale was arrested and released with no further "
            "action."),
          B("6 December 2026: assault, details below."),
          "On 6 December 2026 officers attended the home address following a 999 call from a neighbour "
          "reporting screaming and on arrival they found Shannon with a cut lip and Dale had left the address "
          "prior to police arrival and was later arrested in the early hours of the following morning at a "
          "friend's address in Copnor.",
          "Dale was issued with a DVPN on 7 December 2026. I referred Shannon to the Multi-Agency Risk "
          "Assessment Conference (MARAC), which will meet on 14 January 2027. Shannon refused to engage with "
          "the IDVA."),
        S("2) Information and knowledge relating to the child's health and development", "N/A"),
        S("3) Information and knowledge of the capacity of the parents/carers to safeguard and promote the child's welfare",
          "Shannon is often hysterical when officers attend.",
          "It is clear that Shannon cannot protect the children from Dale. Shannon grew up in Gosport.",
          "Shannen has told officers she will not leave Dale.",
          "Dale was seen to push Shannon down the stairs in August 2026."),
        S("4) Family and environmental factors",
          "The family live in a three-bedroom council house in Paulsgrove. Dale's mother, Brenda Cole, lives "
          "nearby.",
          "It is believed that Dale has links to drug dealing in the area.",
          "Shannon works part-time as a care assistant, and Dale is a self-employed plasterer. Harvey and Isla "
          "both go to schools in Paulsgrove, a short walk from the house."),
        S("5) Analysis of implications for the child's future safety, health and development",
          DUP11,
          "The abuse is likely to escalate. Dale's DASH score rose from 9 in March to 16 in December.",
          "I recommend that Harvey and Isla are made subject to Child Protection Plans under the category of "
          "emotional abuse."),
        S("Parent/Carer Views",
          "Shannon said she does not think the children are affected, because they are asleep when the "
          "arguments happen. The report has not been shared with the family."),
        S("Child(ren)'s Views", "Not known"),
    ],
    findings=[
        F("deadline.late"),
        F("jargon.acronym", "DV"),
        F("duplication.repeated-text", DUP11),
        F("readability.long-sentence",
          "On 6 December 2026 officers attended the home address following a 999 call from a neighbour "
          "reporting screaming and on arrival they found Shannon with a cut lip and Dale had left the address "
          "prior to police arrival and was later arrested in the early hours of the following morning at a "
          "friend's address in Copnor."),
        F("jargon.acronym", "DVPN"),
        F("language.judgemental", "refused to engage"),
        F("jargon.acronym", "IDVA"),
        F("structure.missing-section", section="health-development"),
        F("language.judgemental", "hysterical"),
        F("evidence.unsubstantiated-opinion", "It is clear that Shannon cannot protect the children from Dale."),
        F("names.inconsistent", "Shannen"),
        F("evidence.unattributed-source", "was seen to push"),
        F("evidence.unattributed-source", "It is believed that"),
        F("jargon.term", "escalate"),
        F("jargon.acronym", "DASH"),
        F("recommendation.not-expected",
          "I recommend that Harvey and Isla are made subject to Child Protection Plans under the category of "
          "emotional abuse."),
        F("sharing.not-confirmed", "The report has not been shared with the family."),
        F("structure.missing-section", section="child-views"),
        F("child-voice.missing"),
    ],
    clean=[
        C("jargon.acronym", "spelled out at first use: Multi-Agency Risk Assessment Conference (MARAC)", "MARAC"),
        C("parent-views.missing", "Shannon's views are recorded (Dale's are not, but the check asks whether any are)"),
        C("evidence.unsubstantiated-opinion", "'likely to escalate' (flagged as jargon) is followed by the risk scores as evidence",
          "The abuse is likely to escalate."),
        C("evidence.unsubstantiated-opinion", "the mother's view, recorded and attributed in the parents' views section",
          "Shannon said she does not think the children are affected"),
        C("evidence.unattributed-source", "the author's own action, not second-hand information",
          "I referred Shannon to the Multi-Agency Risk Assessment Conference (MARAC)"),
    ],
))

# ---------------------------------------------------------------------------
# chair2-12  generic, review, REQUIRES IMPROVEMENT - CAMHS - Word headings
# ---------------------------------------------------------------------------
REPORTS.append(dict(
    id="chair2-12", template="generic", layout="headings", grade="requires-improvement",
    conference=("review", "2027-01-21"), received="2027-01-13",
    children=["Jasmine Okafor", "Daniel Okafor"],
    title="Cambridgeshire and Peterborough Safeguarding Children Partnership: Professional's Report to Review Child Protection Conference",
    header=None,
    pre=["Report author: Hannah Price, Senior Mental Health Practitioner, Cambridgeshire children's mental health service"],
    key=T(["Name", "Date of birth", "Relationship"], [
        ["Jasmine Okafor", "4 February 2011", "Daughter of Funmi Okafor"],
        ["Daniel Okafor", "19 October 2014", "Son of Funmi Okafor"],
        ["Funmi Okafor", "22 May 1984", "Mother"],
        ["Paul Henderson", "30 June 1980", "Funmi's partner"],
    ]),
    sections=[
        S("My involvement",
          "I am Jasmine's mental health practitioner in Child and Adolescent Mental Health Services (CAMHS). "
          "Jasmine was referred to us by the emergency department at Addenbrooke's Hospital after a suicide "
          "attempt on 20 August 2026, when she took an overdose of paracetamol. I have seen Jasmine 14 times "
          "since 1 September 2026, usually every week at our clinic in Cambridge, and I have met her mother, "
          "Funmi Okafor, four times.",
          "I have not met Daniel, as CAMHS works only with Jasmine in this family."),
        S("What are we worried about?",
          "Jasmine cut her arms five times between October and December 2026, most recently on 28 December, "
          "which she told me about at our session on 6 January 2027. She told me that she cuts after arguments "
          "at home, when Paul shouts at her mother.",
          "Jasmine was seen alone for most of each session, and her mother joined us for the last ten minutes.",
          "At times Jasmine's behaviour at home is attention seeking, but it is also a sign of how unhappy she "
          "is.",
          "I believe Funmi does not recognise the impact of Paul's behaviour on Jasmine. Funmi works as a nurse "
          "at the hospital.",
          "Jasmine told me that her brother, Daniel, stays in his room with his headphones on when Paul "
          "shouts."),
        S("What is working well?",
          "Jasmine has a safety plan that she wrote with me on 15 October 2026, and she keeps it on her phone. "
          "She told me on 6 January that she used it on 28 December: after cutting once, she rang her aunt, "
          "Ngozi Adeyemi, instead of cutting again.",
          "Jasmine has come to every weekly session since September. Because of this we have been able to "
          "build her safety plan together, and her self-harm has gone from most weeks in October to once in "
          "December.",
          "Funmi has been signposted to a parents' support group.",
          "Jasmine's aunt, Ngozi, lives in Ely and has said Jasmine can stay with her whenever she needs to."),
        S("What needs to happen?",
          B("Jasmine will go to the DBT skills group every Tuesday from 12 January to 30 March 2027. The group "
            "leader, Dr Emily Shaw, will tell me the same week if Jasmine misses a session."),
          B("I will meet Funmi on 27 January 2027 to talk about how she can help Jasmine at home when she is "
            "upset."),
          B("CAMHS will continue to monitor Jasmine's mental health."),
          B("The social worker, Amy Collins, will offer Paul a place on a domestic abuse programme by 31 January "
            "2027.")),
        S("Jasmine's views",
          "Jasmine told me on 6 January 2027: 'I want Paul to stop shouting at Mum. I don't want to move out, I "
          "want him to change.' She said she feels safest at her aunt Ngozi's house. Jasmine read this report "
          "with me on 12 January 2027 and agreed that I can share her views with her mum and with the "
          "conference."),
        S("Parents' views",
          "I went through this report with Funmi on 12 January 2027 and gave her a copy. She agreed with most "
          "of it, but she said Paul 'has been better since Christmas'. I have not shared it with Paul, because "
          "Jasmine asked me not to share what she said about him before the conference. The social worker "
          "agreed on 11 January that Paul will read it at the conference with the chair present."),
        S("Recommendation",
          "Jasmine: I think Jasmine should stay on a Child Protection Plan. She cut her arms as recently as 28 "
          "December after an argument at home, and Paul's shouting has not stopped.",
          "Daniel: I think Daniel should also stay on the plan. Jasmine told me he hides in his room when Paul "
          "shouts, so he is living with the same worries."),
        S("Scaling",
          "Jasmine: 4 out of 10.",
          "Reason: Jasmine has a safety plan that she uses and her aunt is a safe place for her, but she is "
          "still self-harming after arguments at home and the shouting has not stopped."),
    ],
    findings=[
        F("language.judgemental", "attention seeking"),
        F("evidence.unsubstantiated-opinion", "I believe Funmi does not recognise the impact of Paul's behaviour on Jasmine."),
        F("jargon.term", "signposted"),
        F("jargon.acronym", "DBT"),
        F("actions.no-timescale", "CAMHS will continue to monitor Jasmine's mental health."),
        F("scaling.missing", child="Daniel Okafor"),
    ],
    clean=[
        C("jargon.acronym", "spelled out at first use: Child and Adolescent Mental Health Services (CAMHS)", "CAMHS"),
        C("language.judgemental", "'suicide attempt' as a dated fact with its source", "suicide attempt"),
        C("evidence.unattributed-source", "'was seen alone' is good practice by the author", "Jasmine was seen alone"),
        C("child-voice.missing", "Jasmine's own words are recorded; the author says why she has not met Daniel",
          "I have not met Daniel, as CAMHS works only with Jasmine in this family."),
        C("strengths.attendance-only", "attendance tied to what changed for Jasmine (safety plan built, self-harm from weekly to once)",
          "Jasmine has come to every weekly session since September."),
        C("actions.no-timescale", "owner (Dr Emily Shaw / Jasmine) and dates",
          "Jasmine will go to the DBT skills group every Tuesday from 12 January to 30 March 2027."),
        C("actions.no-timescale", "owner (Amy Collins) and date",
          "The social worker, Amy Collins, will offer Paul a place on a domestic abuse programme by 31 January 2027."),
        C("scaling.no-reason", "the reason is on the next line", "Jasmine: 4 out of 10.", child="Jasmine Okafor"),
        C("sharing.not-confirmed", "shared with Funmi and Jasmine; not with Paul, with the reason and the agreed plan",
          "I have not shared it with Paul, because"),
        C("recommendation.missing", "view stated for Daniel", child="Daniel Okafor"),
        C("recommendation.missing", "view stated for Jasmine", child="Jasmine Okafor"),
        C("evidence.unsubstantiated-opinion", "'I think' followed by dated evidence",
          "Jasmine: I think Jasmine should stay on a Child Protection Plan."),
        C("language.judgemental", "'mental health' as a fact", "mental health practitioner"),
    ],
))


# ---------------------------------------------------------------------------
# DOCX rendering
# ---------------------------------------------------------------------------

def _shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _grid(table):
    table.style = "Table Grid"


def _prompt_run(p, text):
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    return r


def _first_para(container):
    """First empty paragraph of a fresh cell, else a new one."""
    ps = container.paragraphs
    if len(ps) == 1 and not ps[0].text:
        return ps[0]
    return container.add_paragraph()


def _add_body(container, items, fresh=False):
    first = fresh
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            raise ValueError("data tables are rendered outside form cells")
        if first:
            p = _first_para(container)
            first = False
            if isinstance(it, tuple):
                p.style = "List Bullet"
                p.add_run(it[1])
            else:
                p.add_run(it)
            continue
        if isinstance(it, tuple) and it[0] == "b":
            container.add_paragraph(it[1], style="List Bullet")
        else:
            container.add_paragraph(it)


def _data_table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    _grid(t)
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
        _shade(c)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].paragraphs[0].add_run(v)
    doc.add_paragraph()


def render(rep, path: Path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "chair2 benchmark (fictional)"
    cp.last_modified_by = "chair2 benchmark (fictional)"
    cp.title = rep["title"]
    cp.created = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 1, 9, 0, 0)
    cp.revision = 1
    if rep.get("header"):
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = rep["header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    layout = rep["layout"]

    if layout == "headings":
        doc.add_heading(rep["title"], 0)
    else:
        p = doc.add_paragraph()
        r = p.add_run(rep["title"])
        r.bold = True
        r.font.size = Pt(14)
    if rep.get("boiler"):
        _prompt_run(doc.add_paragraph(), rep["boiler"])
    for line in meta(rep["conference"][1], rep["conference"][0], rep["received"]) + rep["pre"]:
        doc.add_paragraph(line)
    if rep.get("key"):
        _, header, rows = rep["key"]
        _data_table(doc, header, rows)

    secs = rep["sections"]
    if layout in ("headings", "bold"):
        for s in secs:
            if layout == "headings":
                doc.add_heading(s["h"], s["lvl"])
            else:
                p = doc.add_paragraph()
                r = p.add_run(s["h"])
                r.bold = True
                if s["lvl"] == 1:
                    r.font.size = Pt(12)
                else:
                    r.italic = True
            if s["prompt"]:
                _prompt_run(doc.add_paragraph(), s["prompt"])
            for it in s["body"]:
                if isinstance(it, tuple) and it[0] == "table":
                    _data_table(doc, it[1], it[2])
                elif isinstance(it, tuple):
                    doc.add_paragraph(it[1], style="List Bullet")
                else:
                    doc.add_paragraph(it)
        return _save(doc, path)

    table = None

    def new_table(cols):
        t = doc.add_table(rows=0, cols=cols)
        _grid(t)
        return t

    for s in secs:
        has_data = any(isinstance(it, tuple) and it[0] == "table" for it in s["body"])
        if has_data:
            # Data tables (key information / family composition) sit outside the form table.
            table = None
            p = doc.add_paragraph()
            p.add_run(s["h"]).bold = True
            if s["prompt"]:
                _prompt_run(doc.add_paragraph(), s["prompt"])
            for it in s["body"]:
                if isinstance(it, tuple) and it[0] == "table":
                    _data_table(doc, it[1], it[2])
                elif isinstance(it, tuple):
                    doc.add_paragraph(it[1], style="List Bullet")
                else:
                    doc.add_paragraph(it)
            continue
        if layout == "form-lr":
            if table is None:
                table = new_table(2)
            row = table.add_row()
            left, right = row.cells
            if not s["body"]:
                # group heading spanning both columns
                m = left.merge(right)
                m.paragraphs[0].add_run(s["h"]).bold = True
                _shade(m, "BFBFBF")
                continue
            lp = left.paragraphs[0]
            lp.add_run(s["h"]).bold = True
            if s["prompt"]:
                _prompt_run(left.add_paragraph(), s["prompt"])
            _shade(left)
            _add_body(right, s["body"], fresh=True)
        else:  # form-rows: heading row, answer in the row below
            if table is None:
                table = new_table(1)
            hc = table.add_row().cells[0]
            hc.paragraphs[0].add_run(s["h"]).bold = True
            if s["prompt"]:
                _prompt_run(hc.add_paragraph(), s["prompt"])
            _shade(hc)
            if s["body"]:
                ac = table.add_row().cells[0]
                _add_body(ac, s["body"], fresh=True)
    return _save(doc, path)


FIXED_ZIP_TIME = (2026, 11, 1, 9, 0, 0)


def _save(doc, path: Path):
    tmp = path.with_suffix(".tmp.docx")
    doc.save(tmp)
    # Rewrite the ZIP with fixed timestamps so the DOCX bytes are reproducible.
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, zin.read(info.filename))
    tmp.unlink()


# ---------------------------------------------------------------------------
# Reading the DOCX back (for the verbatim check)
# ---------------------------------------------------------------------------
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_paragraphs(path: Path):
    d = Document(str(path))
    out = []
    roots = [d.element.body] + [s.header._element for s in d.sections]
    for root in roots:
        for p in root.iter(W + "p"):
            out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return out


# ---------------------------------------------------------------------------
# Author's text, sentences, words, acronyms (for the self-checks)
# ---------------------------------------------------------------------------

def author_texts(rep):
    """The author's own words in document order: section bodies (not headings, prompts,
    boilerplate, meta lines or data tables)."""
    out = []
    for s in rep["sections"]:
        for it in s["body"]:
            if isinstance(it, tuple) and it[0] == "table":
                continue
            out.append(it[1] if isinstance(it, tuple) else it)
    return out


_SENT_END = re.compile(r"[.!?][')\"’”]*(?=\s+[A-Z0-9'‘\"“(£]|\s*$)")


def sentences(par):
    out, start = [], 0
    for m in _SENT_END.finditer(par):
        s = par[start:m.end()].strip()
        if s:
            out.append(s)
        start = m.end()
    rest = par[start:].strip()
    if rest:
        out.append(rest)
    return out


def nwords(s):
    return sum(1 for tok in s.split() if re.search(r"[A-Za-z0-9]", tok))


def first_unexplained_acronyms(rep):
    seen, unexplained, explained = set(), [], []
    for text in author_texts(rep):
        for m in re.finditer(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])", text):
            tok = m.group(0)
            if tok in seen:
                continue
            seen.add(tok)
            if tok in EVERYDAY_CAPS:
                continue
            before, after = text[:m.start()], text[m.end():]
            if before.endswith("(") and after.startswith(")"):
                explained.append(tok)
            elif re.match(r"\s*\([A-Z][a-z]", after):
                explained.append(tok)
            else:
                unexplained.append(tok)
    return unexplained, explained


# ---------------------------------------------------------------------------
# YAML, checks, PDF
# ---------------------------------------------------------------------------

class _Flow(dict):
    """A mapping written in YAML flow style ({type: initial, date: ...})."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v.items(), flow_style=True))


def label_yaml(rep):
    ctype, cdate = rep["conference"]
    data = {
        "file": f"{rep['id']}.docx",
        "pdf": f"{rep['id']}.pdf",
        "template": rep["template"],
        "conference": _Flow(type=ctype, date=cdate),
        "received": rep["received"],
        "children": rep["children"],
        "grade": rep["grade"],
        "findings": rep["findings"],
        "clean": rep["clean"],
    }
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096,
                     default_flow_style=False)


def check(rep, errors):
    rid = rep["id"]
    docx = OUT / f"{rid}.docx"
    paras = docx_paragraphs(docx)
    # 1. verbatim excerpts
    for kind in ("findings", "clean"):
        for item in rep[kind]:
            assert item["rule"] in RULES, (rid, item)
            if "section" in item:
                assert item["section"] in SECTIONS, (rid, item)
            if "child" in item and item["child"] not in rep["children"]:
                errors.append(f"{rid}: child {item['child']!r} not in children")
            ex = item.get("excerpt")
            if ex is not None and not any(ex in p for p in paras):
                errors.append(f"{rid}: {kind} excerpt not verbatim in DOCX: {ex!r}")
    # 2. length
    words = sum(nwords(p) for p in paras)
    if not 500 <= words <= 1800:
        errors.append(f"{rid}: {words} words (want 500-1800)")
    # 3. long sentences
    long_ = {s for t in author_texts(rep) for s in sentences(t) if nwords(s) > 40}
    labelled = {f["excerpt"] for f in rep["findings"] if f["rule"] == "readability.long-sentence"}
    for s in long_ - labelled:
        errors.append(f"{rid}: unlabelled sentence over 40 words ({nwords(s)}): {s[:80]!r}")
    for s in labelled - long_:
        errors.append(f"{rid}: labelled long sentence is not an author sentence over 40 words: {s[:80]!r}")
    # 4. acronyms
    unexplained, explained = first_unexplained_acronyms(rep)
    lab_acr = [f["excerpt"] for f in rep["findings"] if f["rule"] == "jargon.acronym"]
    if sorted(unexplained) != sorted(lab_acr):
        errors.append(f"{rid}: unexplained acronyms {unexplained} != labelled {lab_acr}")
    for c in rep["clean"]:
        if c["rule"] == "jargon.acronym" and c["excerpt"] in unexplained:
            errors.append(f"{rid}: clean acronym {c['excerpt']} is unexplained")
    # 5. deadline
    ctype, cdate = rep["conference"]
    rec, conf = dt.date.fromisoformat(rep["received"]), dt.date.fromisoformat(cdate)
    for d in (rec, conf):
        if d.weekday() >= 5 or d in BANK_HOLIDAYS:
            errors.append(f"{rid}: {d} is not a working day")
    n = working_days_after(rec, conf)
    need = {"initial": [2], "review": [2, 3, 5]}[ctype]
    outcomes = {n < k for k in need}
    if len(outcomes) != 1:
        errors.append(f"{rid}: lateness depends on the profile setting ({n} working days)")
    late = n < (2 if ctype == "initial" else 5)
    labelled_late = any(f["rule"] == "deadline.late" for f in rep["findings"])
    if late != labelled_late:
        errors.append(f"{rid}: deadline.late labelled={labelled_late} but computed late={late} ({n} working days)")
    rep["_words"], rep["_wd"] = words, n


def render_pdfs(paths):
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: skipping the PDF rendering")
        return
    for p in paths:
        cmd = [soffice, "-env:UserInstallation=file:///tmp/lo-chair2", "--headless", "--convert-to", "pdf",
               "--outdir", str(OUT), str(p)]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        if r.returncode != 0 or not p.with_suffix(".pdf").exists():
            print(f"PDF conversion failed for {p.name}: {r.stderr.strip()}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args()
    os.chdir(OUT)
    paths = []
    for rep in REPORTS:
        path = OUT / f"{rep['id']}.docx"
        render(rep, path)
        (OUT / f"{rep['id']}.yaml").write_text(label_yaml(rep), encoding="utf-8")
        paths.append(path)
    errors = []
    for rep in REPORTS:
        check(rep, errors)
    # spread
    from collections import Counter
    tc = Counter(r["template"] for r in REPORTS)
    want = {"norfolk-sos": 3, "llr": 2, "norfolk-education": 2, "lincolnshire": 2, "portsmouth": 2, "generic": 1}
    if dict(tc) != want:
        errors.append(f"template spread {dict(tc)} != {want}")
    gc = Counter(r["grade"] for r in REPORTS)
    if dict(gc) != {"good": 4, "requires-improvement": 4, "inadequate": 4}:
        errors.append(f"grade spread {dict(gc)}")
    if not args.no_pdf:
        render_pdfs(paths)
    print("| report | template | layout | conference | received (working days) | grade | findings | clean | words |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in REPORTS:
        print(f"| {r['id']} | {r['template']} | {r['layout']} | {r['conference'][0]} {r['conference'][1]} | "
              f"{r['received']} ({r['_wd']}) | {r['grade']} | {len(r['findings'])} | {len(r['clean'])} | {r['_words']} |")
    if errors:
        print("\nSELF-CHECK FAILED:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nself-checks passed: every excerpt is verbatim in its DOCX; lengths, long sentences, acronyms and "
          "deadlines agree with the labels")


if __name__ == "__main__":
    main()
