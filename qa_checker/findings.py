"""The finding record: one thing a report should change, and where."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from qa_checker.model import Location

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}


@dataclass
class Finding:
    rule: str
    severity: Severity
    section: str | None  # canonical section id
    heading: str | None  # the heading as written
    excerpt: str  # the exact words the finding is about ("" for a missing section)
    message: str  # what is wrong and why it matters, in plain words
    suggestion: str  # what to do about it
    location: Location = field(default_factory=Location)
    context: str = ""  # the sentence the excerpt stands in, for showing it in place (not in the JSON contract)

    def as_dict(self) -> dict:
        return {"rule": self.rule, "severity": self.severity, "section": self.section,
                "heading": self.heading, "excerpt": self.excerpt, "message": self.message,
                "suggestion": self.suggestion, "location": self.location.as_dict()}
