"""Partnership audit: hundreds of reports checked in parallel, then findings.csv, reports.csv and index.html.

Each worker process loads the rules (and the language model, when a report
needs it) once and checks files one at a time; a file that cannot be read is
counted and listed, never fatal. With `redact`, every text that leaves a worker
has been through the report's own `Redactor`, and reports are named
report-0001, report-0002 ... (file names often hold a child's name).
"""

from __future__ import annotations

import csv
import os
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from qa_checker.facts import read_facts
from qa_checker.pipeline import Checker, Options, expand
from qa_checker.redact import Redactor
from qa_checker.triage import ReportRow, who_wrote

_checker: Checker | None = None
PHRASE_RULES = ("jargon.term", "jargon.acronym", "language.judgemental")


@dataclass
class FileRecord:
    """What one worker sends back about one file: rows for the CSVs, already redacted if asked."""

    report: dict
    findings: list[dict] = field(default_factory=list)
    phrases: list[tuple[str, str]] = field(default_factory=list)  # (rule, phrase) for the dashboard


def _init(options: Options) -> None:
    global _checker
    _checker = Checker(options)


def check_one(job: tuple[int, str, bool]) -> FileRecord:
    number, path, redact = job
    assert _checker is not None
    result = _checker.check_file(path)
    name = f"report-{number:04d}" if redact else path
    if result.error is not None or result.report is None or result.score is None:
        code = result.error.code if result.error else "corrupt"
        return FileRecord({"report": name, "template": "", "score": "", "grade": "", "agency": "", "month": "",
                           "errors": "", "warnings": "", "info": "", "error": code})
    report = result.report
    clean = Redactor(report) if redact else (lambda text: text)
    facts = read_facts(report)
    month = (facts.conference_date or facts.report_date)
    author, agency = who_wrote(result)
    counts = Counter(f.severity for f in result.findings)
    record = FileRecord({
        "report": name, "template": report.profile.id, "score": result.score.value, "grade": result.score.grade,
        "agency": clean(agency or author), "month": month.strftime("%Y-%m") if month else "",
        "errors": counts["error"], "warnings": counts["warning"], "info": counts["info"], "error": ""})
    for finding in result.findings:
        record.findings.append({
            "report": name, "rule": finding.rule, "severity": finding.severity, "section": finding.section or "",
            "excerpt": clean(finding.excerpt), "message": clean(finding.message)})
        if finding.rule in PHRASE_RULES and finding.excerpt:
            record.phrases.append((finding.rule, clean(finding.excerpt.lower())))
    return record


def run_audit(paths: list[str], options: Options, redact: bool, workers: int | None = None,
              progress: Callable[[FileRecord], None] | None = None) -> list[FileRecord]:
    files = [str(p) for p in expand(paths)]
    jobs = [(number, path, redact) for number, path in enumerate(files, start=1)]
    workers = workers or os.cpu_count() or 1
    records: list[FileRecord] = []
    if workers == 1:
        _init(options)
        for job in jobs:
            records.append(check_one(job))
            if progress:
                progress(records[-1])
        return records
    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(options,)) as pool:
        for record in pool.map(check_one, jobs, chunksize=4):
            records.append(record)
            if progress:
                progress(record)
    return records


def write_outputs(records: list[FileRecord], folder: Path, redact: bool) -> None:
    from qa_checker.render.dashboard import render_dashboard

    folder.mkdir(parents=True, exist_ok=True)
    report_fields = ["report", "template", "score", "grade", "agency", "month", "errors", "warnings", "info",
                     "error"]
    with (folder / "reports.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=report_fields)
        writer.writeheader()
        writer.writerows(r.report for r in records)
    with (folder / "findings.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["report", "rule", "severity", "section", "excerpt", "message"])
        writer.writeheader()
        for record in records:
            writer.writerows(record.findings)
    (folder / "index.html").write_text(render_dashboard(records, redact), encoding="utf-8")


def summary(records: list[FileRecord]) -> dict:
    checked = [r for r in records if not r.report["error"]]
    by_rule: dict[str, int] = defaultdict(int)
    for record in checked:
        for rule in {f["rule"] for f in record.findings}:
            by_rule[rule] += 1
    return {"reports": len(records), "checked": len(checked), "unreadable": len(records) - len(checked),
            "reports_breaching": dict(by_rule)}


__all__ = ["FileRecord", "ReportRow", "run_audit", "summary", "write_outputs"]
