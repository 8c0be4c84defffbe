"""Checks: one module per check, each registered with its id, default severity,
the templates it applies to and its settings. A check reads a mapped report
through a `CheckContext` and returns findings; it never opens a file itself.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from qa_checker.findings import Finding, Severity
from qa_checker.model import Location
from qa_checker.sections import MappedReport, Section
from qa_checker.text import Sentence, sentences


@dataclass(frozen=True)
class Conference:
    """What the command line says of the conference (the report's own fields fill the gaps)."""

    date: str | None = None
    type: str | None = None
    received: str | None = None


@dataclass
class CheckContext:
    report: MappedReport
    settings: dict[str, Any]
    severity: Severity
    rule: str
    conference: Conference = field(default_factory=Conference)
    extra_dirs: tuple[str, ...] = ()  # a partnership's own rule folders


    @property
    def sentences(self) -> list[Sentence]:
        return sentences(self.report)

    def finding(self, message: str, suggestion: str, *, section: Section | None = None,
                sentence: Sentence | None = None, excerpt: str = "", severity: Severity | None = None,
                location: Location | None = None) -> Finding:
        if sentence is not None:
            section = sentence.section
            location = location or sentence.location
        return Finding(
            rule=self.rule, severity=severity or self.severity,
            section=section.id if section else None, heading=section.heading if section else None,
            excerpt=excerpt, message=message, suggestion=suggestion,
            location=location or (section.location if section else Location()),
            context=sentence.text if sentence is not None else "")


CheckFunction = Callable[[CheckContext], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    id: str
    severity: Severity
    title: str  # a few plain words for people: "Long sentences"
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


def run_checks(report: MappedReport, disabled: Iterable[str] = (), conference: Conference | None = None,
               overrides: dict[str, dict] | None = None, extra_dirs: tuple[str, ...] = ()) -> list[Finding]:
    """Run every registered check that applies to the report's template.

    `overrides` maps a rule id to settings from the profile or a config file
    (and "severity" to change its severity).
    """
    off = set(disabled)
    findings: list[Finding] = []
    for check in REGISTRY.values():
        if check.id in off or not check.applies_to(report.profile.id):
            continue
        settings = {**check.settings, **report.profile.settings.get(check.id, {}),
                    **(overrides or {}).get(check.id, {})}
        severity = settings.pop("severity", check.severity)
        context = CheckContext(report, settings, severity, check.id, conference or Conference(), extra_dirs)
        findings.extend(check.run(context))
    return findings


def _load_all() -> None:
    """Importing each module in this package registers its check."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


_load_all()
