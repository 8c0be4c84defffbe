"""The bundled samples and the independently written held-out reports, DOCX and PDF.

Measured against each report's YAML labels by benchmarks/evaluate_sections.py:
template detection, sections found under the right canonical id, placeholder
sections read as empty, guidance prompts never counted as the author's words.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from benchmarks.evaluate_sections import evaluate_file, evaluate_folder

from .conftest import BLIND, FINAL, HELDOUT, SAMPLES, UNSEEN

SIDE_CARS = sorted(SAMPLES.glob("*.yaml"))


def _truth(sidecar: Path) -> dict:
    return yaml.safe_load(sidecar.read_text(encoding="utf-8"))


def test_there_are_enough_samples_in_every_template_and_layout() -> None:
    truths = [_truth(p) for p in SIDE_CARS]
    assert len(truths) >= 15
    assert {t["template"] for t in truths} == {"norfolk-sos", "llr", "norfolk-education", "lincolnshire",
                                               "portsmouth", "generic"}
    layouts = {tag for t in truths for tag in t["layouts"]}
    for needed in ("word-headings", "bold-headings", "numbered-headings", "form-table", "heading-rows",
                   "content-controls", "header-footer", "prompts-left-in", "placeholders", "family-table",
                   "long-answer", "child-name-heading", "sub-headings", "tracked-changes"):
        assert needed in layouts
    assert all((SAMPLES / t["pdf"]).exists() for t in truths)


@pytest.mark.parametrize("sidecar", SIDE_CARS, ids=lambda p: p.stem)
@pytest.mark.parametrize("kind", ["file", "pdf"])
def test_each_sample_maps_to_its_template_and_sections(checker, sidecar: Path, kind: str) -> None:
    truth = _truth(sidecar)
    tally = evaluate_file(checker, SAMPLES / truth[kind], truth)
    assert tally.template_ok == 1, tally.problems
    assert tally.prompts_leaked == 0, tally.problems
    assert tally.empties_ok == tally.empties, tally.problems
    assert tally.sections_ok >= 0.85 * tally.sections, tally.problems


@pytest.mark.parametrize("folder", [SAMPLES, HELDOUT, UNSEEN, FINAL, BLIND],
                         ids=["samples", "heldout", "unseen", "final", "blind"])
def test_whole_corpus_meets_the_done_when_figures(checker, folder: Path) -> None:
    tallies = evaluate_folder(folder, checker)
    for kind, tally in tallies.items():
        assert tally.files >= 12
        assert tally.template_ok >= 0.9 * tally.files, (kind, tally.problems)
        assert tally.sections_ok >= 0.9 * tally.sections, (kind, tally.problems)
        assert tally.prompts_leaked == 0, (kind, tally.problems)


def _pdf_samples_with(layout: str) -> list[Path]:
    return [SAMPLES / _truth(p)["pdf"] for p in SIDE_CARS if layout in _truth(p)["layouts"]]


@pytest.mark.parametrize("pdf", _pdf_samples_with("header-footer"), ids=lambda p: p.stem)
def test_pdf_page_headers_and_footers_are_dropped(checker, pdf: Path) -> None:
    report = checker.check_file(pdf).report
    body = "\n".join(p.text for p in report.document.paragraphs())
    assert "OFFICIAL-SENSITIVE" not in body
    assert not re.search(r"^Page \d+ of \d+$", body, re.MULTILINE)
    assert report.document.header_text  # kept apart, for template detection only


@pytest.mark.parametrize("pdf", _pdf_samples_with("long-answer"), ids=lambda p: p.stem)
def test_pdf_answer_running_over_a_page_stays_in_one_section(checker, pdf: Path) -> None:
    """The row continues on the next page with an empty left cell: it is joined to the row above."""
    truth = _truth(SAMPLES / (pdf.stem + ".yaml"))
    docx_report = checker.check_file(SAMPLES / truth["file"]).report
    pdf_report = checker.check_file(pdf).report
    assert pdf_report.document.pages and pdf_report.document.pages >= 2
    for section in docx_report.sections:
        if section.words >= 400:  # the long answer
            twin = [s for s in pdf_report.find(section.id) if abs(s.words - section.words) <= 0.05 * section.words]
            assert twin, f"{section.id}: {section.words} words in DOCX, PDF has " \
                         f"{[s.words for s in pdf_report.find(section.id)]}"


@pytest.mark.parametrize("pdf", _pdf_samples_with("form-table"), ids=lambda p: p.stem)
def test_pdf_form_columns_are_not_interleaved(checker, pdf: Path) -> None:
    """Question and guidance on the left, answer on the right: each answer reads as the DOCX does."""
    truth = _truth(SAMPLES / (pdf.stem + ".yaml"))
    report = checker.check_file(pdf).report
    for expected in truth["sections"]:
        if expected.get("has_text") and expected["id"] not in ("key-information", "family-composition",
                                                                "author-details"):
            texts = [" ".join(s.text.split()) for s in report.find(expected["id"])]
            start = " ".join(expected["starts_with"].split())
            assert any(start in t for t in texts), (expected["id"], start)
