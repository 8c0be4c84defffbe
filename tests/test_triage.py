"""`qa-checker triage`: one conference's reports side by side, with each child's scaling spread."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from typer.testing import CliRunner

from qa_checker.cli import app

runner = CliRunner()


def _report(folder: Path, name: str, agency: str, scaling: str, received: str, voice: bool) -> None:
    document = docx.Document()
    document.add_paragraph(f"Agency: {agency}")
    document.add_paragraph(f"Date of report: {received}")
    document.add_paragraph("Name of child: Ava Smith (DOB 03/04/2018)")
    for heading, text in (
            ("What are we worried about?", "On 3 November Ava came to school with a bruise on her cheek."),
            ("What is working well?", "Nan collects Ava every day and stays until Mum is home."),
            ("What needs to happen?", "I will see Ava every week in school until the review conference."),
            ("Voice of the child", "Ava told me, 'I like it at Nan's.'" if voice else "N/A"),
            ("Recommendation", f"I believe the threshold for a Child Protection Plan is met for Ava. {scaling}")):
        document.add_heading(heading, 1)
        document.add_paragraph(text)
    document.save(folder / name)


def test_triage_shows_lateness_voice_and_the_scaling_spread(tmp_path: Path) -> None:
    _report(tmp_path, "school.docx", "Hillside Primary School", "I would scale Ava at 2/10 because of the bruises.",
            "30/11/2026", True)
    _report(tmp_path, "health.docx", "Health Visiting", "I would scale Ava at 7/10 because Nan is there every day.",
            "02/12/2026", False)
    result = runner.invoke(app, ["triage", str(tmp_path), "--conference-date", "2026-12-03",
                                 "--conference-type", "initial", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    rows = {Path(r["path"]).name: r for r in data["reports"]}
    assert rows["school.docx"]["on_time"] is True and rows["school.docx"]["working_days"] == 3
    assert rows["health.docx"]["on_time"] is False and rows["health.docx"]["working_days"] == 1
    assert rows["school.docx"]["child_voice"] is True and rows["health.docx"]["child_voice"] is False
    assert rows["school.docx"]["agency"] == "Hillside Primary School"
    assert rows["school.docx"]["children"]["Ava"]["recommendation"] == "cp-plan"
    assert data["children"]["Ava"]["low"] == 2 and data["children"]["Ava"]["high"] == 7
    assert data["children"]["Ava"]["agencies_disagree"] is True
    page = runner.invoke(app, ["triage", str(tmp_path), "--format", "html", "--conference-date", "2026-12-03"])
    assert "agencies disagree" in page.stdout and "<script" not in page.stdout
    text = runner.invoke(app, ["triage", str(tmp_path), "--conference-date", "2026-12-03"])
    assert "Ava: scaled 2-7" in text.stdout
