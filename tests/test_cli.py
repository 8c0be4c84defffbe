"""The command line and the JSON contract of SPEC.md."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from typer.testing import CliRunner

from qa_checker.cli import app

from .conftest import SAMPLES

runner = CliRunner()
SAMPLE = SAMPLES / "norfolk-sos-01-word-headings.docx"
TOP_KEYS = {"schema", "file", "template", "score", "grade", "children", "sections", "missing_sections",
            "findings", "summary"}


def _llr_report(tmp_path: Path, with_needs: bool) -> Path:
    document = docx.Document()
    for heading, text in (("What is working well?", "Nan collects Ava from school every day. Ava told me, "
                           "'I like it when Nan picks me up.' I shared this report with Ava's mum on 1 March."),
                          ("What are we worried about?", "Ava came to school with a bruise on 3 March."),
                          ("What needs to happen?", "Mum will go to the parenting group from 10 January."
                           if with_needs else "TBC")):
        document.add_heading(heading, 1)
        document.add_paragraph(text)
    path = tmp_path / ("complete.docx" if with_needs else "incomplete.docx")
    document.save(path)
    return path


def test_json_has_exactly_the_contract_fields() -> None:
    result = runner.invoke(app, ["check", "--format", "json", str(SAMPLE)])
    assert result.exit_code in (0, 1)
    [report] = json.loads(result.stdout)
    assert set(report) == TOP_KEYS
    assert report["schema"] == "qa-checker/report@1"
    assert set(report["template"]) == {"id", "detected", "confidence"}
    assert report["template"]["id"] == "norfolk-sos" and report["template"]["detected"] is True
    assert 0 <= report["score"] <= 100 and report["grade"] in {"good", "requires-improvement", "inadequate"}
    assert set(report["summary"]) == {"errors", "warnings", "info"}
    for section in report["sections"]:
        assert set(section) == {"id", "heading", "words", "flesch_reading_ease", "fk_grade"}
    for child in report["children"]:
        assert set(child) == {"name", "scaling", "scaling_reason", "scaling_excerpt", "recommendation",
                              "recommendation_excerpt"}
    assert [c["name"] for c in report["children"]]  # from the family table


def test_missing_section_is_an_error_finding_and_exit_1(tmp_path: Path) -> None:
    path = _llr_report(tmp_path, with_needs=False)
    result = runner.invoke(app, ["check", "--format", "json", "--template", "llr", str(path)])
    assert result.exit_code == 1
    [report] = json.loads(result.stdout)
    assert report["missing_sections"] == ["needs-to-happen"]
    [finding] = report["findings"]
    assert finding["rule"] == "structure.missing-section" and finding["severity"] == "error"
    assert finding["section"] == "needs-to-happen" and finding["heading"] == "What needs to happen?"
    assert set(finding["location"]) == {"page", "paragraph", "table", "cell"}
    assert report["summary"] == {"errors": 1, "warnings": 0, "info": 0}
    assert report["template"] == {"id": "llr", "detected": False, "confidence": 1.0}
    assert report["score"] < 100


def test_fail_on_and_disable(tmp_path: Path) -> None:
    incomplete = _llr_report(tmp_path, with_needs=False)
    assert runner.invoke(app, ["check", "--fail-on", "never", str(incomplete)]).exit_code == 0
    assert runner.invoke(app, ["check", "--disable", "structure.missing-section", "--template", "llr",
                               str(incomplete)]).exit_code == 0
    complete = _llr_report(tmp_path, with_needs=True)
    result = runner.invoke(app, ["check", "--format", "json", "--template", "llr", str(complete)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["score"] == 100


def test_text_output_names_template_sections_and_missing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(_llr_report(tmp_path, with_needs=False))])
    assert "What is working well" in result.stdout
    assert "Score:" in result.stdout
    assert "What needs to happen" in result.stdout and "error" in result.stdout


def test_usage_errors_exit_2() -> None:
    result = runner.invoke(app, ["check", "--template", "nowhere", str(SAMPLE)])
    assert result.exit_code == 2 and "Known templates" in result.output
    assert runner.invoke(app, ["check", "--conference-date", "3/12/2026", str(SAMPLE)]).exit_code == 2
    assert runner.invoke(app, ["check", "--format", "yaml", str(SAMPLE)]).exit_code == 2


def test_output_never_overwrites_a_report(tmp_path: Path) -> None:
    path = _llr_report(tmp_path, with_needs=True)
    before = path.read_bytes()
    result = runner.invoke(app, ["check", "--output", str(path), str(path)])
    assert result.exit_code == 2 and path.read_bytes() == before


def test_templates_lists_every_profile() -> None:
    result = runner.invoke(app, ["templates"])
    assert result.exit_code == 0
    for profile in ("norfolk-sos", "llr", "norfolk-education", "lincolnshire", "portsmouth", "generic"):
        assert profile in result.stdout


def test_a_partnership_adds_its_own_template_without_code(tmp_path: Path) -> None:
    rules = tmp_path / "our-rules" / "templates"
    rules.mkdir(parents=True)
    (rules / "sandford.yaml").write_text(
        "id: sandford\nname: Sandford report\nsignatures: [Sandford]\nsections:\n"
        "  - id: worries\n    required: true\n    aliases: [Our worries about the child]\n"
        "  - id: child-views\n    required: true\n", encoding="utf-8")
    document = docx.Document()
    document.add_paragraph("Sandford Safeguarding Partnership")
    document.add_heading("Our worries about the child", 1)
    document.add_paragraph("Leo has missed 14 days of school since June.")
    path = tmp_path / "sandford.docx"
    document.save(path)
    result = runner.invoke(app, ["check", "--format", "json", "--rules", str(tmp_path / "our-rules"), str(path)])
    [report] = json.loads(result.stdout)
    assert report["template"]["id"] == "sandford"
    assert report["missing_sections"] == ["child-views"]
