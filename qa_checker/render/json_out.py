"""The JSON contract (SPEC.md, "JSON"): an array with one object per input file."""

from __future__ import annotations

import json

from qa_checker.checks.readability_hard_to_read import scores
from qa_checker.children import children_of
from qa_checker.findings import SEVERITY_ORDER
from qa_checker.pipeline import FileResult
from qa_checker.sections import Section

SCHEMA = "qa-checker/report@1"
READABILITY_MIN_WORDS = 40  # below this the formulas say nothing reliable


def readability(section: Section) -> tuple[float | None, float | None]:
    text = section.text
    if section.words < READABILITY_MIN_WORDS:
        return None, None
    ease, grade = scores(text)
    return round(ease, 1), round(grade, 1)


def result_object(result: FileResult) -> dict:
    if result.error is not None:
        return {"schema": SCHEMA, "file": result.path, "error": result.error.as_dict()}
    report = result.report
    assert report is not None and result.score is not None
    sections = []
    for section in report.sections:
        ease, grade = readability(section)
        sections.append({"id": section.id, "heading": section.heading, "words": section.words,
                         "flesch_reading_ease": ease, "fk_grade": grade})
    findings = sorted(result.findings, key=lambda f: (-SEVERITY_ORDER[f.severity], f.rule))
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    return {
        "schema": SCHEMA,
        "file": result.path,
        "template": {"id": report.profile.id, "detected": report.detection.detected,
                     "confidence": report.detection.confidence},
        "score": result.score.value,
        "grade": result.score.grade,
        "children": [child.as_dict() for child in children_of(report)],
        "sections": sections,
        "missing_sections": list(report.missing_sections),
        "findings": [f.as_dict() for f in findings],
        "summary": {"errors": counts["error"], "warnings": counts["warning"], "info": counts["info"]},
    }


def render_json(results: list[FileResult]) -> str:
    return json.dumps([result_object(r) for r in results], indent=2, ensure_ascii=False)
