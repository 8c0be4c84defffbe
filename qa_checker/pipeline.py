"""The whole flow for a batch of files: ingest -> sections -> checks -> score.

One bad file never stops a batch: it becomes a result with an error, and the
next file is checked. Nothing here writes anywhere or logs report text.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from qa_checker.checks import Conference, run_checks
from qa_checker.config import finding_id
from qa_checker.errors import InputError
from qa_checker.findings import Finding
from qa_checker.ingest import load_document
from qa_checker.score import Score, load_weights, score, with_profile_weights
from qa_checker.sections import MappedReport, RuleSet, load_rules, map_document


@dataclass(frozen=True)
class Options:
    template: str | None = None
    conference_type: str | None = None
    conference_date: str | None = None
    received: str | None = None
    disabled: tuple[str, ...] = ()
    rules_dirs: tuple[str, ...] = ()
    check_settings: dict = field(default_factory=dict)  # per check id, from qa-checker.toml
    accepted: frozenset = frozenset()  # (rule, finding id) pairs accepted one by one


@dataclass
class FileResult:
    path: str
    report: MappedReport | None = None
    findings: list[Finding] = field(default_factory=list)
    score: Score | None = None
    error: InputError | None = None
    seconds: float = 0.0
    accepted: int = 0  # findings left out because they were accepted


# In a folder, the files that look like documents; anything named on the command line is tried whatever it is.
DOCUMENT_SUFFIXES = {".docx", ".docm", ".pdf", ".doc", ".odt", ".rtf", ".wpd"}


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the documents inside folders named (hidden files and Word's ~$ lock files skipped)."""
    out: list[Path] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
                              and not any(part.startswith(".") for part in p.relative_to(path).parts)
                              and not p.name.startswith("~$")))
        else:
            out.append(path)
    return out


class Checker:
    """Loads rule data once, then checks any number of files."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        self.ruleset: RuleSet = load_rules(self.options.rules_dirs)
        if self.options.template:
            self.ruleset.profile(self.options.template)  # fail early on an unknown template
        self.weights = load_weights(self.options.rules_dirs)

    def check_file(self, path: str | Path) -> FileResult:
        started = time.perf_counter()
        result = FileResult(path=str(path))
        try:
            document = load_document(path)
            report = map_document(document, self.ruleset, self.options.template, self.options.conference_type,
                                  self.options.conference_date)
            result.report = report
            conference = Conference(self.options.conference_date, self.options.conference_type,
                                    self.options.received)
            findings = run_checks(report, self.options.disabled, conference, self.options.check_settings,
                                  extra_dirs=self.options.rules_dirs)
            result.findings = [f for f in findings if (f.rule, finding_id(f)) not in self.options.accepted]
            result.accepted = len(findings) - len(result.findings)
            result.score = score(result.findings, with_profile_weights(self.weights, report.profile.weights))
        except InputError as error:
            result.error = error
        except Exception as exc:  # a file our readers did not expect must not stop the batch
            result.error = InputError("corrupt", f"unexpected {type(exc).__name__}")
        result.seconds = time.perf_counter() - started
        return result

    def check_paths(self, paths: Iterable[str | Path]) -> Iterator[FileResult]:
        for path in expand(paths):
            yield self.check_file(path)
