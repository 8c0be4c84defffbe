"""Project-wide promises: offline, permissive licences, lint-clean, the right language model."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
from importlib import metadata

import pytest

from .conftest import ROOT

PERMISSIVE = re.compile(
    r"^(mit|mit-0|mit-cmu|bsd|bsd-2-clause|bsd-3-clause|0bsd|apache|apache-2\.0|apache software license|"
    r"mpl|mpl-1\.1|mpl-2\.0|mpl 2\.0|mozilla public license.*|psf|psf-2\.0|python software foundation license|"
    r"isc|isc license.*|zlib|cc0-1\.0|unlicense|hpnd|bsd license|mit license)$")
# Packages whose metadata does not say it plainly; each checked by hand.
VERIFIED = {
    # PDFium and its bundled libraries: BSD-3-Clause and Apache-2.0 (pypdfium2's LICENSES folder).
    "pypdfium2": "BSD-3-Clause AND Apache-2.0",
}


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and "OSI Approved" in c or c.startswith("License :: Other")]
    classifiers = [c for c in classifiers if c != "OSI Approved"]
    if classifiers:
        return " OR ".join(classifiers)  # classifiers list the licences one may choose from
    return (meta.get("License") or "").strip()


def is_permissive(expression: str) -> bool:
    for alternative in re.split(r"\s+OR\s+|;", expression):
        parts = [p.strip(" ()").lower() for p in re.split(r"\s+AND\s+|,", alternative) if p.strip(" ()")]
        if parts and all(PERMISSIVE.match(p) for p in parts):
            return True
    return False


def test_every_installed_dependency_is_permissively_licensed() -> None:
    problems = []
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name is None:
            continue
        licence = VERIFIED.get(name.lower()) or licence_of(dist)
        if not is_permissive(licence):
            problems.append(f"{name} {dist.version}: {licence[:80]!r}")
    assert not problems, "dependencies without a permissive licence:\n" + "\n".join(sorted(problems))


def test_licence_reader_rejects_copyleft() -> None:
    assert not is_permissive("GPL-3.0-or-later")
    assert not is_permissive("MIT AND GPL-2.0")
    assert is_permissive("GPL-2.0-or-later OR MPL-1.1")  # tri-licensed: MPL may be chosen
    assert is_permissive("BSD-3-Clause AND 0BSD AND MIT AND Zlib AND CC0-1.0")


def test_network_is_blocked_in_tests() -> None:
    with pytest.raises(Exception, match="(?i)socket"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_textstat_is_the_offline_version() -> None:
    import textstat

    assert metadata.version("textstat") == "0.7.4"
    assert textstat.syllable_count("safeguarding") >= 3  # pyphen, no dictionary download


def test_language_model_loads_offline_with_checked_meta() -> None:
    from qa_checker.nlp import load_pipeline

    nlp = load_pipeline(exclude=("parser", "ner"))
    assert nlp.meta["version"] == "3.8.0"
    assert [t.text for t in nlp("Ava was seen alone.")] == ["Ava", "was", "seen", "alone", "."]


@pytest.mark.skipif(shutil.which("ruff") is None and not (ROOT / ".venv/bin/ruff").exists(),
                    reason="ruff is installed with the test extra")
def test_code_is_ruff_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "qa_checker", "tests", "benchmarks"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```bash\n(.+?)\n```", readme)
    assert len(commands) >= 2
    install_and_run, install_and_test = commands[0], commands[1]
    assert "qa-checker check samples/" in install_and_run
    sample = install_and_run.split("qa-checker check ")[1].strip()
    assert (ROOT / sample).exists(), sample
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"TEST_COMMAND='{install_and_test}'" in ci
