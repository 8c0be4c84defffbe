"""actions.no-timescale: an action under what needs to happen or the agency's offer has no timescale or no one
responsible."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.dates import find_dates
from qa_checker.findings import Finding

ACTION_SECTIONS = ("needs-to-happen", "agency-offer")
_ACTION = re.compile(r"\b(will|should|needs? to|must|is to|are to|has agreed to|have agreed to|agreed to|to be)\b",
                     re.IGNORECASE)
_TIMESCALE = re.compile(
    r"\b(by|before|within|until|from|starting|on|each|every|per|next|this|after|at)\b\s+(the\s+)?"
    r"(\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|end|start|beginning|next|review|core group|half[- ]term|term|week|month|"
    r"fortnight|day|visit|session|appointment|conference|school)|\b(weekly|fortnightly|monthly|daily|termly|"
    r"immediately|straight away|today|tomorrow|ongoing|at all times|every day|each day|twice|once a)\b|"
    r"\b\d+\s*(days?|weeks?|months?)\b", re.IGNORECASE)
_OWNER = re.compile(
    r"^(\W*\d*[.)]?\s*)?(i|we|mum|mummy|dad|daddy|mother|father|the parents?|parents|both parents|nan|[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)?|the (school|police|nursery|practice|gp|health visitor|social worker|midwife|team|service|"
    r"family|council|hospital|landlord|officer|nurse)|school|police|nursery|[A-Z]{2,6})\b[^.]{0,40}?\b(will|should|"
    r"needs? to|must|is to|are to|has agreed|have agreed|agreed)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(will|should|needs? to|must)\s+be\s+\w+ed\b|\bthere (needs?|should) to be\b|^to be\b",
                      re.IGNORECASE)


def run(ctx: CheckContext) -> Iterator[Finding]:
    for sentence in ctx.sentences:
        if sentence.section.id not in ACTION_SECTIONS:
            continue
        text = sentence.text
        if not _ACTION.search(text) or text.rstrip().endswith("?"):
            continue
        has_time = bool(_TIMESCALE.search(text) or find_dates(text))
        has_owner = bool(_OWNER.search(text)) and not (_PASSIVE.search(text) and not re.match(
            r"^\W*(i|we)\b", text, re.IGNORECASE))
        if has_time and has_owner:
            continue
        missing = " and ".join(part for part, present in (("when", has_time), ("who will do it", has_owner))
                               if not present)
        yield ctx.finding(
            sentence=sentence, excerpt=text,
            message=(f"This action does not say {missing}. The plan needs clear actions with timescales, so that "
                     "everyone can see whether they have happened."),
            suggestion="Say who will do what, and by when: \"I will refer Ava to the school nurse by 10 January.\"")


CHECK = register(Check(
    id="actions.no-timescale", severity="warning",
    description="An action under needs-to-happen / agency-offer has no timescale or no one responsible.",
    source="Guidance 001 ('Please be specific and clearly state timescales'); Working Together: 'clear actions and "
           "timescales' (domain research 1.1)",
    run=run))
