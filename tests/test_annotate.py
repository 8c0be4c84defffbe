"""`qa-checker annotate`: the author's own Word file, copied, with a comment per finding."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from qa_checker.annotate import AUTHOR, annotate
from qa_checker.cli import app
from qa_checker.ingest import load_document
from qa_checker.pipeline import Checker

from .conftest import SAMPLES

runner = CliRunner()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", ["norfolk-sos-02-heading-rows", "llr-02-form-table", "lincolnshire-02-heading-rows",
                                  "norfolk-education-01-proforma"])
def test_every_finding_becomes_a_comment_and_the_text_is_unchanged(tmp_path: Path, name: str) -> None:
    source = tmp_path / f"{name}.docx"
    shutil.copy(SAMPLES / f"{name}.docx", source)
    before = _digest(source)
    output = tmp_path / f"{name}-reviewed.docx"
    done = annotate(source, output, Checker())
    assert _digest(source) == before  # the report itself is never touched
    comments = list(docx.Document(str(output)).comments)
    assert len(comments) == done.comments and all(c.author == AUTHOR for c in comments)
    anchored = [f for f in done.result.findings if f.location.paragraph]
    assert done.comments >= len(anchored)  # one per anchored finding, plus the summary
    assert "/100" in comments[-1].text  # the summary carries the score and grade
    original = [p.text for p in load_document(source).paragraphs()]
    copied = [p.text for p in load_document(output).paragraphs()]
    assert copied == original  # comments only: every word and table as it was
    assert done.anchored_exactly >= 0.6 * len([f for f in anchored if f.excerpt])


def test_a_pdf_or_the_report_itself_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["annotate", str(SAMPLES / "llr-01-word-headings.pdf"), "--output",
                                 str(tmp_path / "out.docx")])
    assert result.exit_code == 2 and "html" in result.output
    source = tmp_path / "r.docx"
    shutil.copy(SAMPLES / "llr-01-word-headings.docx", source)
    result = runner.invoke(app, ["annotate", str(source), "--output", str(source)])
    assert result.exit_code == 2 and "never changes a report" in result.output


def test_cli_writes_the_copy(tmp_path: Path) -> None:
    output = tmp_path / "reviewed.docx"
    result = runner.invoke(app, ["annotate", str(SAMPLES / "norfolk-sos-01-word-headings.docx"), "--output",
                                 str(output)])
    assert result.exit_code == 0, result.output
    assert output.exists() and "comment" in result.output


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by .ci/run")
def test_libreoffice_opens_the_copy_with_its_comments(tmp_path: Path) -> None:
    output = tmp_path / "reviewed.docx"
    done = annotate(SAMPLES / "llr-02-form-table.docx", output, Checker())
    converted = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "odt",
         "--outdir", str(tmp_path), str(output)], capture_output=True, text=True, timeout=120)
    assert converted.returncode == 0, converted.stderr
    import zipfile

    with zipfile.ZipFile(tmp_path / "reviewed.odt") as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert content.count("<office:annotation ") + content.count("<office:annotation>") == done.comments
