"""The HTML outputs in a real browser: headless Chromium (Debian's, installed by .ci/run) renders the audit
dashboard, the triage page and the feedback page; the screenshots show the charts and the highlights."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from qa_checker.cli import app

from .conftest import SAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is installed by .ci/run")
runner = CliRunner()


def screenshot(page: Path, tmp_path: Path, height: int = 1400) -> Image.Image:
    shot = tmp_path / f"{page.stem}.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--window-size=1000,{height}",
                    f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=90, check=False)
    assert shot.exists(), "Chromium wrote no screenshot"
    return Image.open(shot).convert("RGB")


def share_of(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 12) -> float:
    pixels = list(image.getdata())
    near = sum(1 for p in pixels if all(abs(a - b) <= tolerance for a, b in zip(p, colour, strict=True)))
    return near / len(pixels)


def test_audit_dashboard_charts_render(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for path in sorted(SAMPLES.glob("*.docx"))[:6]:
        shutil.copy(path, reports / path.name)
    out = tmp_path / "out"
    assert runner.invoke(app, ["audit", str(reports), "--output", str(out), "--workers", "1"]).exit_code == 0
    image = screenshot(out / "index.html", tmp_path)
    assert share_of(image, (0x1D, 0x4F, 0x91)) > 0.01  # the bars are drawn in the chart colour


def test_feedback_page_highlights_the_words(tmp_path: Path) -> None:
    page = tmp_path / "feedback.html"
    result = runner.invoke(app, ["check", str(SAMPLES / "norfolk-education-03-bold-headings.docx"), "--format",
                                 "html", "--output", str(page)])
    assert result.exit_code in (0, 1)
    image = screenshot(page, tmp_path, height=3000)
    assert share_of(image, (0xFF, 0xD5, 0x4F), tolerance=20) > 0.0005  # <mark> highlights in amber


def test_triage_page_renders(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("norfolk-sos-01-word-headings.docx", "norfolk-sos-02-heading-rows.docx"):
        shutil.copy(SAMPLES / name, reports / name)
    page = tmp_path / "triage.html"
    runner.invoke(app, ["triage", str(reports), "--format", "html", "--output", str(page)])
    image = screenshot(page, tmp_path, height=900)
    assert share_of(image, (0xFF, 0xFF, 0xFF)) < 0.97  # not a blank page: the table is drawn
