"""Redaction for partnership audits: no name, date of birth, address, phone number, e-mail address or
postcode from a report reaches an export.

Names come from the report's own family and key-information tables (children
become "Child 1", "Child 2"; adults their role: "Mother", "Father", else "Adult
1") and from spaCy's named-entity recognition ("Person"). Dates, addresses,
phone numbers, e-mail addresses and postcodes are found by pattern.
"""

from __future__ import annotations

import re

from qa_checker.sections import MappedReport

_ROLES = (("mother", "Mother"), ("mum", "Mother"), ("father", "Father"), ("dad", "Father"),
          ("grand", "Grandparent"), ("nan", "Grandparent"), ("partner", "Partner"), ("step", "Step-parent"),
          ("aunt", "Aunt"), ("uncle", "Uncle"), ("sister", "Sibling"), ("brother", "Sibling"))
_LOOKS_LIKE_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS)\.?\s+)?(?:\d+\s+)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
                              r"(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")
_PATTERNS = [
    (re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|PC|DC|DS|Sgt|Sister|Nurse)\.?\s+(?:\d+\s+)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
                r"(?:\s+[A-Z][a-z]+)?"), "[person]"),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[e-mail]"),
    (re.compile(r"(\+44\s?\(?0?\)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b"), "[phone]"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"), "[postcode]"),
    (re.compile(r"\b\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|"
                r"Way|Court|Place|Crescent|Gardens|Terrace|Walk|Grove|Hill|Row|Square|Parade|View|Mews|Rise)\b"),
     "[address]"),
    (re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})\b"), "[date]"),
    (re.compile(r"\b\d{1,2}(st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|"
                r"October|November|December)\s+\d{4}\b", re.IGNORECASE), "[date]"),
    (re.compile(r"\b\d{3}\s?\d{3}\s?\d{4}\b"), "[NHS number]"),
]


class Redactor:
    """Replaces the people and personal details of one report in any text written about it."""

    def __init__(self, report: MappedReport | None) -> None:
        self.names: dict[str, str] = {}
        if report is None:
            return
        adults = 0
        for number, child in enumerate(report.people.children, start=1):
            self._add(child.name, f"Child {number}")
        for person in report.people.adults:
            role = next((label for key, label in _ROLES if key in (person.role or "").lower()), None)
            if role is None:
                adults += 1
                role = f"Adult {adults}"
            self._add(person.name, role)
        # The author and other professionals named in the form's fields: "Rebecca Holt, Health Visitor, ...".
        for section in report.sections:
            if section.id in ("author-details", "key-information", "family-composition"):
                for unit in section.units:
                    for part in re.split(r"[,;(/]", unit.text)[:1]:
                        if _LOOKS_LIKE_NAME.match(part.strip()):
                            self._add(part.strip(), "[person]")

    def _add(self, name: str, placeholder: str) -> None:
        parts = [p for p in re.split(r"\s+", name) if p and p[0].isupper() and p.lower() not in ("unborn", "baby")]
        if parts:
            self.names[" ".join(parts)] = placeholder
            for part in parts:
                self.names.setdefault(part, placeholder)

    def __call__(self, text: str) -> str:
        if not text:
            return text
        for name in sorted(self.names, key=len, reverse=True):
            text = re.sub(rf"\b{re.escape(name)}(['\u2019]s)?\b", lambda m, n=name: self.names[n] + (m.group(1) or ""),
                          text)
        for pattern, placeholder in _PATTERNS:
            text = pattern.sub(placeholder, text)
        return _people_by_model(text)


def _people_by_model(text: str) -> str:
    """Names the family tables did not list: spaCy's named-entity recognition."""
    if not re.search(r"\b[A-Z][a-z]+", text):
        return text
    from qa_checker.nlp import load_pipeline

    doc = load_pipeline(exclude=("parser", "lemmatizer"))(text)
    out, last = [], 0
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            out += [text[last:ent.start_char], "[person]"]
            last = ent.end_char
    return "".join(out) + text[last:]
