"""PDF reading: the pieces that rebuild a Word form from a flat page."""

from __future__ import annotations

import time

import pytest

from qa_checker.errors import InputError
from qa_checker.ingest.guard import time_limit
from qa_checker.ingest.pdf_reader import _drop_page_furniture, _grids, _join, _Line, _Page, _Run

from .conftest import SAMPLES


def _run(text: str, top: float, left: float = 72, size: float = 11, bold: bool = False) -> _Run:
    return _Run(text, left, top, left + 6 * len(text), top + size, size, bold, False, False)


def test_words_hyphenated_at_line_end_are_joined() -> None:
    lines = [_Line([_run("She has been safe-", 100)]), _Line([_run("guarding herself.", 114)])]
    assert _join(lines) == "She has been safe-guarding herself."
    soft = [_Line([_run("Ava's attend\u00ad", 100)]), _Line([_run("ance is 86%.", 114)])]
    assert _join(soft) == "Ava's attendance is 86%."
    plain = [_Line([_run("Mum said", 100)]), _Line([_run("she will come.", 114)])]
    assert _join(plain) == "Mum said she will come."


def test_cells_are_rebuilt_from_borders_with_a_merged_heading_row() -> None:
    # A table 300pt wide: a full-width heading row, then question | answer.
    horizontal = [(100, 50, 350), (120, 50, 350), (200, 50, 350)]
    vertical = [(50, 100, 200), (350, 100, 200), (150, 120, 200)]  # the middle border only in row 2
    fills = [(50, 100, 350, 120)]  # the heading row is shaded
    [grid] = _grids(horizontal, vertical, fills)
    assert [len(row) for row in grid.rows] == [1, 2]
    assert grid.rows[0][0].shaded and not grid.rows[1][1].shaded
    assert grid.rows[1][0].right == pytest.approx(150)


def test_repeated_headers_and_page_numbers_are_dropped() -> None:
    pages = []
    for number in (1, 2, 3):
        body = [_Line([_run("OFFICIAL-SENSITIVE", 30)]), _Line([_run(f"Text on page {number}.", 300)]),
                _Line([_run(f"Page {number} of 3", 800)])]
        pages.append(_Page(number=number, height=842, body=body, grids=[], images=0))
    dropped = _drop_page_furniture(pages)
    assert [line.text for page in pages for line in page.body] == [
        "Text on page 1.", "Text on page 2.", "Text on page 3."]
    assert "OFFICIAL-SENSITIVE" in dropped


def test_one_slow_file_is_stopped() -> None:
    with pytest.raises(InputError) as caught, time_limit(0.2):
        time.sleep(2)
    assert caught.value.code == "too-large"


def test_pdf_locations_carry_page_numbers(checker) -> None:
    report = checker.check_file(SAMPLES / "norfolk-sos-03-form-table.pdf").report
    pages = {p.location.page for p in report.document.paragraphs()}
    assert min(pages) == 1 and max(pages) == report.document.pages >= 2
    assert all(s.location.page for s in report.sections)
