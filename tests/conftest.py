"""Shared fixtures. Sockets are blocked for every test (pytest-socket, see pyproject.toml):
any attempt to reach the network at run time fails the suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.pipeline import Checker
from qa_checker.sections import load_rules

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
HELDOUT = ROOT / "benchmarks" / "heldout"
UNSEEN = ROOT / "benchmarks" / "unseen"
FINAL = ROOT / "benchmarks" / "final"
BLIND = ROOT / "benchmarks" / "blind"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def ruleset():
    return load_rules()


@pytest.fixture(scope="session")
def checker():
    return Checker()
