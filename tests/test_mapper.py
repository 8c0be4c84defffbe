"""Section mapping on small reports built in each layout, with hard negatives."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import RGBColor

from qa_checker.ingest import load_document
from qa_checker.sections import map_document


def _shade(cell) -> None:  # noqa: ANN001
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="D9D9D9"/>'))


def _bold(document, text: str) -> None:  # noqa: ANN001
    document.add_paragraph().add_run(text).bold = True


def _guidance(container, text: str) -> None:  # noqa: ANN001
    run = container.add_paragraph().add_run(text)
    run.italic = True
    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def _map(document, tmp_path: Path, **kwargs):  # noqa: ANN001, ANN202
    path = tmp_path / "report.docx"
    document.save(path)
    return map_document(load_document(path), kwargs.pop("ruleset"), **kwargs)


def test_bold_headings_prompts_and_subheadings(tmp_path: Path, ruleset) -> None:
    d = docx.Document()
    _bold(d, "What is working well?")
    _guidance(d, "What is working well should have real significance in relation to the child's safety and "
                 "wellbeing. For example things parents do well in their care of the child.")
    d.add_paragraph("Nan has collected Ava from school every day since September and keeps her overnight "
                    "when mum has been drinking.")
    _bold(d, "School attendance")  # a sub-heading of the author's own: stays in working-well
    d.add_paragraph("Ava's attendance has risen from 81% to 95% since Nan started taking her.")
    _bold(d, "What are we worried about?")
    d.add_paragraph("On 3 March Ava came to school with a bruise on her cheek.")
    _bold(d, "What needs to happen?")
    d.add_paragraph("N/A")
    report = _map(d, tmp_path, ruleset=ruleset, template="llr")
    ids = [s.id for s in report.sections]
    assert ids == ["working-well", "worries", "needs-to-happen"]
    well = report.sections[0]
    assert well.text.startswith("Nan has collected Ava") and "attendance has risen" in well.text
    assert "real significance" not in well.text and len(well.prompts) == 1
    assert [u.kind for u in well.units].count("subheading") == 1
    assert report.sections[2].empty  # "N/A" is a placeholder
    assert report.missing_sections == ["needs-to-happen"]


def test_form_table_question_left_answer_right(tmp_path: Path, ruleset) -> None:
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    left = table.cell(0, 0)
    left.text = "Complicating factors"
    _guidance(left, "Things that make life more difficult or complicated ie. adult behaviours, special needs, "
                    "diversity, language differences etc")
    _shade(left)
    table.cell(0, 1).text = "Mum's first language is Polish and she has no interpreter at meetings."
    table.cell(1, 0).text = "Ruby's voice"
    _shade(table.cell(1, 0))
    table.cell(1, 1).text = "Ruby said: “I like it at Nan’s because it is quiet.”"
    report = _map(d, tmp_path, ruleset=ruleset)
    by_id = {s.id: s for s in report.sections}
    assert by_id["complicating-factors"].text.startswith("Mum's first language is Polish")
    assert by_id["complicating-factors"].prompts  # the guidance stays apart
    assert "quiet" in by_id["child-views"].text


def test_heading_rows_with_grouping_row_and_answer_below(tmp_path: Path, ruleset) -> None:
    d = docx.Document()
    table = d.add_table(rows=5, cols=2)
    rows = ["What are we worried about now?", "Past Harm", None, "Current Harm and Impact", None]
    answers = {2: "In 2024 Leo was on a plan for neglect.", 4: "Leo has missed 14 days of school since June."}
    for index, heading in enumerate(rows):
        merged = table.cell(index, 0).merge(table.cell(index, 1))
        merged.text = heading if heading else answers[index]
        if heading:
            _shade(merged)
    report = _map(d, tmp_path, ruleset=ruleset)
    assert [s.id for s in report.sections] == ["worries", "past-harm", "current-harm"]
    assert report.sections[1].text == "In 2024 Leo was on a plan for neglect."
    assert report.sections[2].words == 9


def test_italic_quote_of_the_child_is_content_not_guidance(tmp_path: Path, ruleset) -> None:
    d = docx.Document()
    d.add_heading("Voice of the child", 1)
    quote = d.add_paragraph().add_run("“I don’t want to go home when Dad is there.”")
    quote.italic = True
    report = _map(d, tmp_path, ruleset=ruleset)
    assert report.sections[0].id == "child-views"
    assert report.sections[0].text.startswith("“I don’t want to go home")


def test_key_information_table_gives_children_and_adults(tmp_path: Path, ruleset) -> None:
    d = docx.Document()
    d.add_heading("Key Information", 1)
    table = d.add_table(rows=4, cols=4)
    for col, label in enumerate(["Name", "Date of birth", "Relationship", "Address"]):
        table.cell(0, col).text = label
    people = [("Ava Smith", "03/04/2018", "Daughter"), ("Leo Smith", "12/09/2021", "Son"),
              ("Kelly Smith", "01/02/1992", "Mother")]
    for row, (name, dob, relationship) in enumerate(people, start=1):
        for col, value in enumerate([name, dob, relationship, "12 High Street"]):
            table.cell(row, col).text = value
    d.add_heading("Worries", 1)
    d.add_paragraph("Ava has told her teacher that there is often no food at home.")
    report = _map(d, tmp_path, ruleset=ruleset)
    assert [c.name for c in report.people.children] == ["Ava Smith", "Leo Smith"]
    assert [a.name for a in report.people.adults] == ["Kelly Smith"]
    key = report.find("key-information")[0]
    assert key.words == 0  # names and dates are data, not the author's prose
    assert report.find("worries")[0].words == 13


def test_labelled_fields_before_the_first_heading(tmp_path: Path, ruleset) -> None:
    d = docx.Document()
    d.add_paragraph("Full Name of Child(ren): Jayden Cole, Mia Cole")
    d.add_paragraph("Date of conference: 3 December 2026")
    d.add_heading("Worries", 1)
    d.add_paragraph("Jayden has come to school hungry on six days this term.")
    report = _map(d, tmp_path, ruleset=ruleset)
    assert [c.name for c in report.people.children] == ["Jayden Cole", "Mia Cole"]
    key = report.find("key-information")[0]
    assert [u.kind for u in key.units] == ["heading", "data", "data"] and not key.empty and key.words == 0
    assert key.heading == "Full Name of Child(ren):"


@pytest.mark.parametrize("profile_id, headings", [
    ("norfolk-sos", ["Overview of your agency's involvement with child/family", "What are we worried about now?",
                     "Past Harm", "Current Harm and Impact", "Complicating factors",
                     "What is the impact on the child if the risks are not reduced?",
                     "What is working well for the child that reduces the risks and increases the child's "
                     "safety and resilience?", "Within your own agency's provision",
                     "Child/young person's views on their situation and on the report",
                     "Parents'/carers' views on the situation and on the report", "Recommendation"]),
    ("llr", ["1. What is Working Well?", "2. What are We Worried About?", "3. What Needs to Happen?"]),
    ("lincolnshire", ["What are we worried about?", "Complicating factors",
                      "Existing Safety & Strengths (What's working well)", "What Needs to Happen?",
                      "Is a child protection plan needed?"]),
    ("portsmouth", ["Key Information", "1) Details of service involvement",
                    "2) Information and knowledge relating to the child's health and development",
                    "3) Information and knowledge of the capacity of the parents/carers to safeguard and "
                    "promote the child's welfare", "4) Family and environmental factors",
                    "5) Analysis of implications for the child's future safety, health and development",
                    "Parent/Carer Views", "Child(ren)'s Views"]),
    ("norfolk-education", ["Who have you consulted with in the production of this report?",
                           "Child/young person's educational needs.", "Child's presentation:",
                           "Relationships & engagement with parents/carers:", "Has the child been consulted with?",
                           "Professional analysis of family/child's needs and situation:"]),
])
def test_profile_is_detected_from_its_headings(tmp_path: Path, ruleset, profile_id: str,
                                               headings: list[str]) -> None:
    d = docx.Document()
    for heading in headings:
        d.add_heading(heading, 1)
        d.add_paragraph("Ava has been seen at home twice this month and told me about her week.")
    report = _map(d, tmp_path, ruleset=ruleset)
    assert report.detection.profile_id == profile_id, report.detection.scores
    assert report.detection.detected and not report.detection.fallback and report.detection.confidence > 0.3


def test_unrecognisable_report_falls_back_to_generic(tmp_path: Path, ruleset) -> None:
    d = docx.Document()
    for heading in ("Introduction", "Chronology", "Conclusion"):
        d.add_heading(heading, 1)
        d.add_paragraph("Ava has been seen at home twice this month.")
    report = _map(d, tmp_path, ruleset=ruleset)
    assert report.profile.id == "generic" and report.detection.fallback
    assert {s.id for s in report.sections} == {"other"}
