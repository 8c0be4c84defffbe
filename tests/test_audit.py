"""`qa-checker audit`: many reports in parallel, CSV files and a dashboard; with --redact, nothing personal."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import docx
from typer.testing import CliRunner

from qa_checker.cli import app

from .conftest import SAMPLES

runner = CliRunner()
PLANTED = {
    "child": "Zephyrine Quillfeather", "mother": "Kelly Quillfeather", "uncle": "Peter Walsh",
    "dob": "14/02/2017", "address": "27 Larkspur Road", "phone": "07700 900123",
    "email": "kelly.q@example.com", "postcode": "NR3 1AB",
}


def _planted_report(path: Path) -> None:
    d = docx.Document()
    table = d.add_table(rows=3, cols=4)
    for col, label in enumerate(["Name", "Date of birth", "Relationship", "Address"]):
        table.cell(0, col).text = label
    for row, values in ((1, [PLANTED["child"], PLANTED["dob"], "Daughter", PLANTED["address"]]),
                        (2, [PLANTED["mother"], "01/01/1990", "Mother", PLANTED["address"]])):
        for col, value in enumerate(values):
            table.cell(row, col).text = value
    d.add_heading("What are we worried about?", 1)
    d.add_paragraph(f"On {PLANTED['dob']} Zephyrine told me that she had been left at {PLANTED['address']}, "
                    f"{PLANTED['postcode']}, on her own all night while Kelly was out, and that she rang "
                    f"{PLANTED['phone']} and emailed {PLANTED['email']} because she was frightened and hungry.")
    d.add_paragraph("Her uncle, Peter Walsh, visits on Sundays. It has been reported that Kelly is drinking again.")
    d.add_heading("What is working well?", 1)
    d.add_paragraph("Kelly Quillfeather has attended all appointments.")
    d.add_heading("Safety scale", 1)
    d.add_paragraph("Zephyrine: 3/10.")
    d.save(path)


def _all_output(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in folder.iterdir()).lower()


def test_audit_writes_csvs_and_dashboard_and_counts_bad_files(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("norfolk-sos-01-word-headings.docx", "llr-02-form-table.pdf", "portsmouth-03-word-headings.docx"):
        shutil.copy(SAMPLES / name, reports / name)
    (reports / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    result = runner.invoke(app, ["audit", str(reports), "--output", str(out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader((out / "reports.csv").open(encoding="utf-8")))
    assert len(rows) == 4 and sum(1 for r in rows if r["error"] == "corrupt") == 1
    findings = list(csv.DictReader((out / "findings.csv").open(encoding="utf-8")))
    assert findings and {"report", "rule", "severity", "section", "excerpt", "message"} <= set(findings[0])
    page = (out / "index.html").read_text(encoding="utf-8")
    assert page.count("<svg") >= 3 and "<script" not in page and "http" not in page.replace("http://www.w3.org", "")
    assert "could not be read" in page


def test_redact_leaves_nothing_personal_in_any_output(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    _planted_report(reports / "zephyrine-quillfeather.docx")
    shutil.copy(SAMPLES / "norfolk-sos-01-word-headings.docx", reports / "ava-smith.docx")
    plain, redacted = tmp_path / "plain", tmp_path / "redacted"
    assert runner.invoke(app, ["audit", str(reports), "--output", str(plain), "--workers", "1"]).exit_code == 0
    assert runner.invoke(app, ["audit", str(reports), "--output", str(redacted), "--workers", "1",
                               "--redact"]).exit_code == 0
    without = _all_output(plain)
    present = [value for value in PLANTED.values() if value.lower() in without]
    assert len(present) >= 5  # the plain export does carry them: the test can fail
    everything = _all_output(redacted)
    leaks = [value for value in PLANTED.values() if value.lower() in everything]
    leaks += [part for value in (PLANTED["child"], PLANTED["mother"], PLANTED["uncle"]) for part in value.split()
              if part.lower() in everything]
    leaks += [name for name in ("ava smith", "leo smith", "zephyrine", "ava-smith") if name in everything]
    assert not leaks, leaks
    assert "child 1" in everything and "report-0001" in everything
