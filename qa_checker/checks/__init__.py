"""Checks: one module per check, each registered with its id, default severity,
the templates it applies to and its settings. A check reads a mapped report
(`MappedReport`) and returns findings; it never opens a file itself."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from qa_checker.findings import Finding, Severity
from qa_checker.sections import MappedReport

CheckFunction = Callable[[MappedReport, dict], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    id: str
    severity: Severity
    description: str
    source: str  # the guidance it comes from
    run: CheckFunction
    templates: tuple[str, ...] = ()  # empty: every template
    settings: dict = field(default_factory=dict)

    def applies_to(self, template_id: str) -> bool:
        return not self.templates or template_id in self.templates


REGISTRY: dict[str, Check] = {}


def register(check: Check) -> Check:
    if check.id in REGISTRY:
        raise ValueError(f"check {check.id} registered twice")
    REGISTRY[check.id] = check
    return check


def run_checks(report: MappedReport, disabled: Iterable[str] = ()) -> list[Finding]:
    off = set(disabled)
    findings: list[Finding] = []
    for check in REGISTRY.values():
        if check.id in off or not check.applies_to(report.profile.id):
            continue
        findings.extend(check.run(report, dict(check.settings)))
    return findings


# Importing the check modules registers them.
from qa_checker.checks import structure_missing_section  # noqa: E402,F401
