"""actions.no-timescale: an action under what needs to happen or the agency's offer has no timescale or no one
responsible."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.dates import MONTH_NAMES, WEEKDAY_NAMES, find_dates
from qa_checker.findings import Finding

ACTION_SECTIONS = ("needs-to-happen", "agency-offer")
_VERBS = (r"(attend|complete|continue|ensure|make|refer|keep|reduce|stop|start|register|engage|work|monitor|provide|"
          r"arrange|support|share|book|visit|see|check|meet|take|move|leave|find|get|seek|access|speak|talk|tell|"
          r"review|apply|clear|clean|repair|pay|follow|agree|consider|undertake|offer|give|ask|write|send|decide|"
          r"remain|be|have|use|help|collect|bring|learn|look|put|set|go)")
_MODAL = re.compile(r"\b(will|should|needs? to|must|is to|are to|has agreed to|have agreed to|agreed to|is going to|"
                    r"are going to)\b", re.IGNORECASE)
# "Mum to reduce her drinking", "Police to continue to monitor", "Mr and Mrs Hart to clear the garden".
_TO_FORM = re.compile(rf"^\W*(\d+[.)]\s*)?(the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and|&)\s+[A-Z][\w'\u2019-]*)?"
                      rf"(?:\s+[A-Z][\w'\u2019-]*)?\s+to\s+(be\s+)?{_VERBS}\b")
_IMPERATIVE = re.compile(rf"^\W*(\d+[.)]\s*)?{_VERBS}\b", re.IGNORECASE)
_CONTINGENCY = re.compile(r"^\W*(if|should|in the event|unless|where|when)\b", re.IGNORECASE)
_TIMESCALE = re.compile(
    rf"\b(by|before|within|until|from|starting|on|each|every|per|next|this|after|at|in|during|over the)\s+(the\s+)?"
    rf"(\d|{WEEKDAY_NAMES}|{MONTH_NAMES}|end|start|beginning|next|review|"
    r"core group|half[- ]term|term|week|month|fortnight|day|visit|session|appointment|conference|school|summer|"
    r"autumn|winter|spring|christmas|easter|holidays?)|"
    rf"\b({MONTH_NAMES})\s+\d{{4}}\b|\b(weekly|fortnightly|monthly|daily|termly|immediately|straight away|today|"
    r"tomorrow|ongoing|at all times|every day|each day|twice|once a|from now|now on|right away|as soon as)\b|"
    r"\b\d+\s*(days?|weeks?|months?)\b|\b(the )?same (day|week|night|morning|afternoon|evening)\b|"
    r"\b(those|these|school) (nights|days|weekends|mornings|evenings)\b|\b(whenever|every time|each time|at night|"
    r"every night|each night|nightly|at weekends|every weekend)\b|"
    r"\b(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b", re.IGNORECASE)
_PEOPLE = (r"(i|we|my|our|mum|mummy|dad|daddy|mother|father|parents?|carers?|nan|gran|grandma|grandad|school|police|"
           r"nursery|practice|gp|health visitor|social worker|midwife|team|service|family|council|hospital|landlord|"
           r"officer|nurse|teacher|dsl|worker|manager|probation|clinic|camhs|college|she|he|they)")
_OWNER = re.compile(rf"\b{_PEOPLE}\b|\bby\s+(the\s+|a\s+|her\s+|his\s+)?[A-Za-z]|"
                    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(will|to|should|must|has agreed|have agreed|agreed)\b",
                    re.IGNORECASE)


def _owner(text: str) -> bool:
    start = text.lstrip()
    if _IMPERATIVE.match(start) and not _TO_FORM.match(start):
        return bool(re.search(r"\bby\s+(the\s+)?[A-Za-z]", text))  # "Continue to supervise Connor" names no one
    if _OWNER.search(text):
        return True
    # Someone named: "The IDVA, Ms Kaur, will contact her", "Mrs Hart has agreed to be in".
    return bool(re.search(r"\b(Mr|Mrs|Ms|Miss|Dr|PC|DC)\b|\b[A-Z]{2,6}\b|(?<!^)\b[A-Z][a-z]+\b", start))


def run(ctx: CheckContext) -> Iterator[Finding]:
    for sentence in ctx.sentences:
        if sentence.section.id not in ACTION_SECTIONS:
            continue
        text = sentence.text.strip()
        if text.endswith((":", "?")) or _CONTINGENCY.match(text):
            continue  # a lead-in line, a question, or a contingency ("If ..., I will ...")
        if not (_MODAL.search(text) or _TO_FORM.match(text) or _IMPERATIVE.match(text)):
            continue
        has_time = bool(_TIMESCALE.search(text) or find_dates(text))
        has_owner = _owner(text)
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
    title="Actions with no date or no one named",
    description="An action under needs-to-happen / agency-offer has no timescale or no one responsible.",
    source="Guidance 001 ('Please be specific and clearly state timescales'); Working Together: 'clear actions and "
           "timescales' (domain research 1.1)",
    run=run))
