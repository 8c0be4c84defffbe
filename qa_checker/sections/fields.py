"""Labelled fields of a form: "Date of conference: 3 December 2026", "Name of child | Ava Smith".

Forms give facts as a label and its value: on one line, in the next table
cell, or as a heading with the values under it. People, dates and the
conference type are read from these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from qa_checker.model import Location

if TYPE_CHECKING:
    from qa_checker.sections.mapper import Section, Unit

FIELD_SECTIONS = ("key-information", "author-details", "family-composition")


def labelled_fields(sections: list[Section], preamble: list[Unit]) -> list[tuple[str, list[str]]]:
    """(label, values) pairs from the opening lines and the sections of names, dates and roles."""
    groups = [("", list(preamble))]
    groups += [(s.heading, s.units) for s in sections if s.id in FIELD_SECTIONS]
    from qa_checker.sections.mapper import Unit  # the mapper imports this module: only here, when it runs

    # Boxes at the top of a letter-style form ("To | ...", "Re | Oliver Brennan, DOB ...") before its first
    # section: a short label and a short value.
    for section in sections:
        if section.id not in ("other", *FIELD_SECTIONS):
            break
        if section.id == "other" and len(section.heading.split()) <= 4 and \
                sum(len(u.text.split()) for u in section.units) <= 25:
            groups.append(("", [Unit(section.heading, "label", section.location), *section.units]))
    fields: list[tuple[str, list[str]]] = []
    for heading, units in groups:
        units = [u for u in units if not u.in_grid]
        label, where, values = heading, None, []
        for unit in units:
            if unit.kind in ("label", "heading", "subheading"):
                fields.append((label, values))
                label, where, values = unit.text, unit.location, []
            elif unit.kind in ("data", "content"):
                text = unit.text
                head = text.partition(":")[0]
                if ":" in text and text.partition(":")[2].strip() and _looks_like_label(head):
                    inline_label, _, value = text.partition(":")
                    fields.append((inline_label, [value.strip()]))
                elif where is None or _near(where, unit.location):
                    values.append(text.strip())
        fields.append((label, values))
    return [(label, values) for label, values in fields if label and values]


def _near(label: Location, value: Location) -> bool:
    """A value belongs to the label in the same paragraph, or in the same table row."""
    if label.table is not None and value.table == label.table:
        return value.row == label.row or (value.row == (label.row or 0) + 1 and value.cell == label.cell)
    return value.paragraph == label.paragraph or value.paragraph == (label.paragraph or 0) + 1


def _looks_like_label(text: str) -> bool:
    """ "Date of report" is a label; "19/11/2026 (Initial) | Date of report" is a value running on."""
    return not any(c.isdigit() for c in text) and len(text.split()) <= 8
