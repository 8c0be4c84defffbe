"""Patterns several checks share: who is who in a sentence, and whether a reason is given."""

from __future__ import annotations

import re

from qa_checker.sections import MappedReport

PARENT_WORDS = r"(mum|mummy|mother|dad|daddy|father|parents?|carers?|step-?(mum|dad|mother|father)|nan|nana|grandma|" \
               r"grandmother|grandad|grandfather|grandparents?|aunt|uncle|partner|family)"
REASON = re.compile(
    r"\b(because|as (she|he|they|it|there|this|the|mum|dad|i|we)|,\s*as|since|due to|owing to|given (that|the|her|his)|"
    r"so that|too young|(weeks?|months?) old|aged? \d|baby|unborn|pre-?verbal|non-?verbal|asleep|at nursery|"
    r"advised|advice|police|investigation|interview|bail|not appropriate|inappropriate|not safe|unsafe|risk|"
    r"refused|declined|did not want|does not want|didn't want|would not|wouldn't|unwell|in hospital|absent|"
    r"excluded|left the (area|country)|cannot be shared|could not be shared|third[- ]party|restricted)\b",
    re.IGNORECASE)


def first_names(report: MappedReport, children: bool = True, adults: bool = False) -> list[str]:
    people = (report.people.children if children else []) + (report.people.adults if adults else [])
    names = {p.name.split()[0] for p in people if p.name and not p.name.lower().startswith("unborn")}
    return sorted(names, key=len, reverse=True)


def name_pattern(names: list[str]) -> str:
    return r"\b(" + "|".join(re.escape(n) for n in names) + r")\b" if names else r"(?!x)x"
