"""Build a mapped report from a few lines of YAML, for rule examples and tests.

    template: llr                 # optional: otherwise detected
    key: ["Name of child: Ava Smith (DOB 03/04/2018)"]   # opening lines (fields)
    sections:
      What is working well?: ["Nan collects Ava every day."]
      What are we worried about?: ["..."]

Headings become Word heading paragraphs and each string a paragraph under it,
so an example runs through the same section mapper as a real report.
"""

from __future__ import annotations

from qa_checker.model import Document, Location, Paragraph
from qa_checker.sections import MappedReport, RuleSet, map_document


def document_from(spec: dict) -> Document:
    blocks: list[Paragraph] = []

    def add(text: str, level: int | None = None) -> None:
        blocks.append(Paragraph(text=text, heading_level=level, location=Location(paragraph=len(blocks) + 1)))

    for line in spec.get("key") or []:
        add(line)
    for heading, paragraphs in (spec.get("sections") or {}).items():
        add(heading, 1)
        for text in paragraphs or []:
            add(text)
    return Document(path="<example>", kind="docx", blocks=blocks)


def report_from(spec: dict, ruleset: RuleSet) -> MappedReport:
    return map_document(document_from(spec), ruleset, spec.get("template"), spec.get("conference_type"),
                        spec.get("conference_date"))
