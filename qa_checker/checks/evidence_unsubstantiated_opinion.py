"""evidence.unsubstantiated-opinion: an opinion or judgement with no example, date, observation or source
in the same or the next sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.children import recommendation_of
from qa_checker.classify import is_likely
from qa_checker.dates import MONTH_NAMES, WEEKDAY_NAMES, find_dates
from qa_checker.findings import Finding
from qa_checker.wordlists import finder, load_list, quoted_spans

_CONCRETE = re.compile(
    rf"\b\d|\b({WEEKDAY_NAMES}|{MONTH_NAMES}|yesterday|last (week|month|term)|this (week|month|term|morning))\b"
    r"|:\s*\S+\s+\S+", re.IGNORECASE)


_NEXT_EVIDENCE = re.compile(
    r"^\W*(on|in|at|during|when|last|this|since|for example|for instance|e\.g\.|this is because|because|"
    r"records?|the (records?|log|school|nursery)|her (teacher|gp|nurse)|his (teacher|gp|nurse)|staff)\b|"
    r"\b(i|we|staff|officers?|the (teacher|nurse|school))\s+(saw|have seen|observed|noticed|heard|found|were told|"
    r"was told|recorded)\b|\b(told me|told us|said to me|showed me)\b|\b(has|have|had) (seen|observed|noticed|heard|"
    r"witnessed)\b", re.IGNORECASE)
# Someone named saw or heard it: "Freya saw her mother being strangled; in my view ...".
_WITNESSED = re.compile(r"\b[A-Z][a-z]+ (saw|heard|witnessed|watched|says|said|told)\b")  # or said it themselves


_CONCLUDING = ("recommendation", "analysis", "needs-to-happen", "impact", "agency-offer")


def has_evidence(text: str, cues) -> bool:  # noqa: ANN001 - a PhraseFinder
    """Evidence in the opinion's own sentence: a date, a number, a quotation, or a cue ("for example")."""
    return bool(_CONCRETE.search(text) or find_dates(text) or quoted_spans(text) or cues.find(text, skip_quotes=False))


def next_is_evidence(text: str, cues, opinion: str = "") -> bool:  # noqa: ANN001 - a PhraseFinder
    """The next sentence backs the opinion when it opens with an example or reports what was seen or said,
    quotes someone, or gives a figure or a date about the same person or thing ("In my view she is safer.
    Her attendance has risen from 84% to 95%."); a fact about something else that happens to hold a date
    does not ("It is clear that Gemma cannot protect the children. Ryan's bail runs until 9 November.")."""
    if _NEXT_EVIDENCE.search(text) or quoted_spans(text) or cues.find(text, skip_quotes=False):
        return True
    return bool((_CONCRETE.search(text) or find_dates(text)) and _same_subject(opinion, text))


_CONTINUING = re.compile(r"^\W*(she|he|they|her|his|their|its|this|these|that|since then|for example)\b",
                         re.IGNORECASE)
_COMMON = {"the", "this", "that", "there", "these", "those", "when", "since", "after", "before", "during", "on",
           "in", "at", "i", "we", "it", "my", "our", "a", "an"}


def _same_subject(opinion: str, text: str) -> bool:
    """The next sentence goes on about what the opinion is about: a pronoun, a name or a word they share."""
    if not opinion or _CONTINUING.match(text):
        return True
    def words(s: str) -> set[str]:
        return {w.lower() for w in re.findall(r"[A-Za-z']{4,}", s) if w.lower() not in _COMMON}
    names = {w for w in re.findall(r"\b[A-Z][a-z]+", opinion) if w.lower() not in _COMMON}
    return bool(names & set(re.findall(r"\b[A-Z][a-z]+", text)) or words(opinion) & words(text) - {
        "believe", "think", "feel", "view", "clear", "appears", "seems"})


def run(ctx: CheckContext) -> Iterator[Finding]:
    markers = finder("opinion_markers", "markers", extra_dirs=ctx.extra_dirs)
    cues = finder("opinion_markers", "evidence_cues", extra_dirs=ctx.extra_dirs)
    data = load_list("opinion_markers", ctx.extra_dirs)
    not_after = {str(w).lower() for w in data.get("not_after") or []}
    openers = tuple(str(w).lower() for w in data.get("conditional_openers") or [])
    sentences = ctx.sentences
    for index, sentence in enumerate(sentences):
        text = sentence.text
        hits = [h for h in markers.find(text) if _word_before(text, h.start) not in not_after]
        if not hits or text.rstrip().endswith(":"):
            continue  # no claim; or a lead-in to a list ("For Theo to be safe, I think:")
        if re.match(rf"^\W*({'|'.join(map(re.escape, openers))})\b", text, re.IGNORECASE):
            continue  # "If Donna's drinking increases again, I think ...": a prediction under a condition
        if recommendation_of(text, sentence.section.id == "recommendation") or _CATEGORY.search(text):
            continue  # a view on the plan (or its category) rests on the whole report
        if sentence.section.id in _CONCLUDING and re.search(r"\bneeds?\b", text, re.IGNORECASE):
            continue  # "In my view both children need a home free from violence": what should happen, not a claim
        around = text[:hits[0].start] + " " + text[hits[0].end:]  # evidence may come before the marker or after
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        next_text = following.text if following is not None and following.section is sentence.section else ""
        if has_evidence(around, cues) or _NEXT_EVIDENCE.search(around) or _WITNESSED.search(around) or (
                next_text and next_is_evidence(next_text, cues, text)):
            continue
        if hits[0].entry.data.get("kind") == "hedge" and not is_likely(text, "opinion"):
            continue  # "seemed tired when I saw her at 9am" is an observation; the classifier tells them apart
        words = text[hits[0].start:hits[0].end]
        # Where the author is asked for a view (analysis, recommendation), an opinion may rest on the whole
        # report: a note, not a fault.
        concluding = sentence.section.id in _CONCLUDING and sentence.section.id != "needs-to-happen"
        yield ctx.finding(
            sentence=sentence, excerpt=text, severity="info" if concluding else None,
            message=(f"This is an opinion (\"{words}\") with nothing beside it to show what it rests on. Your view "
                     "matters, and the family and the chair need the facts behind it."),
            suggestion="Add what you saw or were told, when, and by whom: for example \"On 3 March I saw ...\".")


def _word_before(text: str, start: int) -> str:
    before = re.findall(r"[A-Za-z']+", text[:start])
    return before[-1].lower() if before else ""


_CATEGORY = re.compile(r"\bcategor(y|ies)\b", re.IGNORECASE)


CHECK = register(Check(
    id="evidence.unsubstantiated-opinion", severity="warning",
    title="Opinions with no evidence",
    description="An opinion or judgement ('I feel', 'it is clear that', 'appears to be') with no example, date, "
                "observation or source in the same or the next sentence.",
    source="Guidance 002 ('Opinions should be substantiated by factual information wherever possible'); "
           "guidance 004 ('distinguish between fact, observation, allegation and professional opinion')",
    run=run))
