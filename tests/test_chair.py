"""The checks against a conference chair's reading of whole reports (benchmarks/chair*)."""

from __future__ import annotations

import pytest

from benchmarks.evaluate_checks import evaluate

from .conftest import ROOT

CORPORA = sorted(p for p in (ROOT / "benchmarks").glob("chair*") if any(p.glob("*.yaml")))


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.name)
def test_checks_agree_with_the_chair(folder) -> None:  # noqa: ANN001
    score = evaluate(folder)
    precision, recall, f1 = score.f1()
    agree = sum(1 for _, want, got, _ in score.grades if want == got)
    assert f1 >= 0.8, (precision, recall, score.problems)
    assert agree >= 0.7 * len(score.grades), score.grades


def test_hard_negatives_are_rarely_flagged() -> None:
    score = evaluate(ROOT / "benchmarks" / "chair")
    assert sum(score.clean_hits.values()) <= 2, score.problems
