"""Patterns several checks share: who is who in a sentence, and whether a reason is given."""

from __future__ import annotations

import re

from qa_checker.grammar import grammar, tokens
from qa_checker.sections import MappedReport

PARENT_WORDS = r"(mum|mummy|mother|dad|daddy|father|parents?|carers?|step-?(mum|dad|mother|father)|nan|nana|grandma|" \
               r"grandmother|grandad|grandfather|grandparents?|aunt|uncle|partner|family)"
def gives_reason(text: str, extra_dirs: tuple[str, ...] = (), age_counts: bool = True) -> bool:
    """Whether the text gives a reason (rules/grammar/reasons.yaml): "because", "on police advice", "I work
    with Mum only"; an age ("too young") only when `age_counts` (a child under about three)."""
    g = grammar("reasons", extra_dirs)
    toks = tokens(text)
    if g["because"].find(toks) or g["circumstances"].find(toks) or g["communication"].find(toks):
        return True
    return age_counts and (bool(g["age"].find(toks)) or bool(re.search(r"\baged? \d|\b\d+ (weeks?|months?)\b",
                                                                             text, re.IGNORECASE)))


def first_names(report: MappedReport, children: bool = True, adults: bool = False) -> list[str]:
    people = (report.people.children if children else []) + (report.people.adults if adults else [])
    names = {p.name.split()[0] for p in people if p.name and not p.name.lower().startswith("unborn")}
    names |= {p.known_as for p in people if p.known_as}  # "Amelia (Millie) Hartley" is Millie in the report
    return sorted(names, key=len, reverse=True)


def name_pattern(names: list[str]) -> str:
    return r"\b(" + "|".join(re.escape(n) for n in names) + r")\b" if names else r"(?!x)x"
