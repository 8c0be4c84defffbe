"""actions.no-timescale: an action under what needs to happen or the agency's offer has no timescale or no one
responsible.

What an action, a timescale and an owner are is a grammar kept as rule data (rules/grammar/timescales.yaml):
a commitment ("will", "to", "has agreed to") with a verb that is not a state, or an instruction; a date,
a frequency, or a preposition with a unit of time or an occasion ("within two working days", "until the
review conference"); the subject, a role, or a name in brackets or after a dash at the end. What a list
item, a table row, or the lead-in line above a list says covers the whole of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from qa_checker.checks import Check, CheckContext, register
from qa_checker.checks._patterns import first_names
from qa_checker.children import recommendation_of
from qa_checker.dates import MONTH_NAMES, find_dates
from qa_checker.findings import Finding
from qa_checker.grammar import Grammar, Token, grammar, tokens
from qa_checker.plain import plain_text
from qa_checker.text import Sentence
from qa_checker.wordlists import common_words, quoted_spans

ACTION_SECTIONS = ("needs-to-happen", "agency-offer")
_CONTINGENCY = re.compile(r"^\W*(if|should|in the event|unless|where|when|once|any|whenever)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(said|says|told (me|us)|has said|agreed|asked)\b\W+(that\s+)?\w+\s+(will|would)\b",
                       re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(st|nd|rd|th)?\s+(of\s+)?({MONTH_NAMES})\b"
                        rf"|\b({MONTH_NAMES})\s+\d{{1,2}}(st|nd|rd|th)?\b|\b\d{{1,2}}/\d{{1,2}}\b|\bw/c\b",
                        re.IGNORECASE)
_MONTH = re.compile(rf"\b({MONTH_NAMES})\b", re.IGNORECASE)
# "(Sam Reid)", "(health visitor)", "- Sam Reid", "– school nurse" at the end of an item.
_TRAILING_OWNER = re.compile(r"(\(([^()]{2,60})\)|\s[-\u2013\u2014]\s*([^-\u2013\u2014]{2,60}))\W*$")
_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|PC|DC|DS)\b\.?|(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\b")


def has_timescale(text: str, g: Grammar) -> bool:
    if find_dates(text) or _DAY_MONTH.search(text):
        return True
    toks = tokens(text)
    if g["frequencies"].find(toks) or g["immediate"].find(toks) or g["weekdays"].find(toks):
        return True
    for meeting in g["recurring"].find(toks):  # "attend core groups", "at appointments": as often as they are
        if any(tok.word in ("attend", "attends", "attending", "at", "to", "join", "in") for tok in
               toks[max(0, meeting.first - 3):meeting.first]):
            return True
    padded = f" {plain_text(text).lower()} "
    if any(str(c) in padded for c in g.data.get("conditions") or []):
        return True  # "if the worries increase", "until they agree": the action waits on an event
    for prep in g["prepositions"].find(toks):
        position = prep.last
        for step in range(6):  # "by the end of the next half term", "at the MARAC review date"
            rest = toks[position:]
            if not rest:
                break
            if rest[0].word.isdigit() or _MONTH.fullmatch(rest[0].word):
                return True
            if any(m.first == 0 for m in g["units"].find(rest[:3])) or any(
                    m.first == 0 for m in g["occasions"].find(rest[:4])):
                return True
            if not g["fillers"].find(rest[:1]) and step >= 2:
                break  # up to two other words may stand between: a name ("the MARAC review")
            position += 1
    return False


def has_owner(text: str, g: Grammar, names: frozenset[str] = frozenset()) -> bool:
    """Someone is named as doing it: the subject (a role, an agency, a person of the report, a titled or
    named person), a name in brackets or after a dash at the end, a label ("Lead: ..."), or "by ..." after
    a passive ("Immunisations to be brought up to date by Mum")."""
    stripped = text.strip()
    toks = tokens(stripped)
    trailing = _TRAILING_OWNER.search(stripped)
    if trailing:
        named = trailing.group(2) or trailing.group(3) or ""
        if _NAME.search(" " + named) or g["owners"].find(tokens(named)):
            return True
    if any(m.first == 0 for m in g["owner_labels"].find(toks)) and ":" in stripped[:30]:
        return True
    by = [i for i, tok in enumerate(toks) if tok.word == "by" and i + 1 < len(toks)]
    if any(g["owners"].find(toks[i + 1:i + 4]) or _is_person(toks[i + 1], stripped, names, first=False)
           for i in by):
        return True
    if _instruction(toks, g):
        return False  # "Continue to supervise Connor" names no one: only an end note or a label can
    found = g["commitments"].find(toks)
    if found and toks[found[0].last:found[0].last + 1] and toks[found[0].last].word == "be":
        return True  # "Liam to be referred": who refers is for the plan; the timescale is still asked for
    subject = _subject(toks, g)
    if subject:
        return bool(g["owners"].find(subject)) or any(
            _is_person(tok, stripped, names, first=index == 0) for index, tok in enumerate(subject))
    return bool(g["owners"].find(toks[:6]))


def _is_person(tok: Token, text: str, names: frozenset[str], first: bool) -> bool:
    """A person or agency named: one of the report's people, a title, or a capital letter that is not just
    the start of the sentence."""
    word = text[tok.start:tok.end]
    if tok.word in names or tok.word in ("mr", "mrs", "ms", "miss", "dr", "pc", "dc", "ds"):
        return True
    if first:  # a capital opening the sentence: a name only if it is no everyday word ("Kirsty", not "Children")
        return word[:1].isupper() and (word.isupper() and len(word) > 1 or tok.word not in common_words())
    return word[:1].isupper()


def _subject(toks: Sequence[Token], g: Grammar) -> Sequence[Token]:
    """The words before the commitment ("Ms Reid" in "Ms Reid to book ...")."""
    found = g["commitments"].find(toks)
    return toks[:found[0].first] if found and found[0].first > 0 else []


def _instruction(toks: Sequence[Token], g: Grammar) -> bool:
    return bool(toks) and any(m.first == 0 for m in g["instructions"].find(toks[:3]))


def _imperative(toks: Sequence[Token], g: Grammar) -> bool:
    """ "Refer Kai to CAMHS." is an instruction; "Support with debts." and "Contact with EDS on 10/03" name
    things offered: a word that is as often a noun, followed by a preposition."""
    opening = next((m for m in g["instructions"].find(toks[:3]) if m.first == 0), None)
    if opening is None:
        return False
    ambiguous = any(m.first == 0 for m in g["noun_or_verb"].find(toks[:3]))
    follower = toks[opening.last].word if opening.last < len(toks) else ""
    return not (ambiguous and (not follower or g["noun_followers"].find(toks[opening.last:opening.last + 1])))


def is_service_item(text: str, g: Grammar) -> bool:
    """A list item naming a service to be given: "A referral to CAMHS", "Listening visits for Chloe"."""
    if text.rstrip().endswith(("?", ":")):
        return False
    toks = tokens(text.strip())
    head = [t for t in toks[:4] if t.word not in ("a", "an", "the", "ongoing", "continued", "further", "regular")]
    # The service word opens the item, or follows one word that says what kind ("listening visits").
    return any(m.first in (0, 1) for m in g["services"].find(head[:2]))


def is_action(text: str, g: Grammar) -> bool:
    """A commitment to do something, not a goal, a condition or an agreement to what went before."""
    stripped = text.strip()
    if stripped.endswith((":", "?")) or _CONTINGENCY.match(stripped):
        return False
    toks = tokens(stripped)
    if g["not_actions"].find(toks) or _REPORTED.search(stripped):
        return False  # "would like to see ...": a wish; "Ethan has said he will ...": someone's words
    if _instruction(toks, g):
        return _imperative(toks, g)
    quotes = quoted_spans(stripped)
    for commitment in g["commitments"].find(toks):
        after = toks[commitment.last:commitment.last + 3]
        if not after or after[0].word in ("this", "that", "it", "the", "a") or not after[0].word[:1].isalpha():
            continue  # "the plan to 4 since": not a verb after it
        if any(start <= toks[commitment.first].start < end for start, end in quotes):
            continue  # inside someone's quoted words
        if commitment.first > 0 and toks[commitment.first - 1].word in ("not", "never", "unable"):
            continue  # "Not to have unsupervised contact": a condition, not a task
        if len(toks) <= 6 and any(tok.word in ("these", "this", "that", "them", "it") for tok in after[1:]):
            continue  # "I will offer these.": the offer is the list before it
        if after[0].word == "be" and (len(after) == 1 or g["states"].find(after[1:])):
            continue  # "will be safe": a goal
        if any(m.first == 0 for m in g["standing"].find(after)):
            continue  # "must not", "should only", "must remain": a standing rule or condition, not a task
        if any(m.first == 0 for m in g["goal_verbs"].find(after)):
            continue  # "Mum needs to understand ...", "Poppy to keep growing": a goal
        if commitment.phrase == "to" and not _names_only(toks[:commitment.first], stripped, g):
            continue  # "Mum to ..." is a commitment; "Kerry would feel confident to ..." is not
        return True
    return False


_JOINERS = {"the", "and", "&", "her", "his", "their", "both", "all", "each", "a", "an", "my", "our", "mr", "mrs", "ms",
            "miss", "dr"}


def _names_only(subject: Sequence[Token], text: str, g: Grammar) -> bool:
    """The words before "to" are only who: names, roles and small joining words ("Mr and Mrs Hart")."""
    if not subject or len(subject) > 6:
        return False
    owners = {i for m in g["owners"].find(subject) for i in range(m.first, m.last)}
    return all(i in owners or t.word in _JOINERS or text[t.start:t.start + 1].isupper()
               for i, t in enumerate(subject))


def _in_list(sentence: Sentence) -> bool:
    source = sentence.unit.source
    return source is not None and (source.list_level is not None or "list" in (source.style or "").lower())


def _shares_with(sentence: Sentence, other: Sentence) -> bool:
    """Whether what `other` says of time and owner covers `sentence`: another sentence of the same list
    item, or another column of the same table row ("Action | Who | By when")."""
    if other is sentence:
        return True
    where, there = sentence.location, other.location
    if where.table is not None:
        return there.table == where.table and there.row == where.row and there.cell != where.cell
    return _in_list(sentence) and other.unit is sentence.unit


def _headed_by_owner(in_sections: list[Sentence], g: Grammar, names: frozenset[str]) -> set[int]:
    """Sentences under a heading or sub-heading that says who ("What school will do", "Probation will:")."""
    covered: set[int] = set()
    for section in {id(s.section): s.section for s in in_sections}.values():
        heading_owner = bool(g["owners"].find(tokens(section.heading)))
        current = heading_owner
        owner_of_unit: dict[int, bool] = {}
        for unit in section.units:
            if unit.kind == "subheading":
                current = heading_owner or bool(g["owners"].find(tokens(unit.text))) or any(
                    tok.word in names for tok in tokens(unit.text))
            owner_of_unit[id(unit)] = current
        covered |= {id(s) for s in in_sections if s.section is section and owner_of_unit.get(id(s.unit))}
    return covered


def run(ctx: CheckContext) -> Iterator[Finding]:
    g = grammar("timescales", ctx.report.ruleset.extra_dirs)
    in_sections = [s for s in ctx.sentences if s.section.id in ACTION_SECTIONS]
    # What a list item, a table row or a lead-in line says covers every sentence of it.
    names = frozenset(w.lower() for w in first_names(ctx.report, children=True, adults=True))
    timed_here = {id(s): has_timescale(s.text, g) for s in in_sections}
    owned_here = {id(s): has_owner(s.text, g, names) for s in in_sections}
    lead_in: dict[int, tuple[bool, bool]] = {}  # per section: the last line ending in ":" (time, owner)
    headed = _headed_by_owner(in_sections, g, names)
    for sentence in in_sections:
        text = sentence.text.strip()
        section_key = id(sentence.section)
        if text.endswith(":"):
            lead_in[section_key] = (has_timescale(text, g), has_owner(text, g, names) and not is_action(text, g))
            continue
        listed = _in_list(sentence)
        if not (is_action(text, g) or (listed and is_service_item(text, g))) or recommendation_of(text, False):
            continue  # not a task; or a view on the plan ("both children would need to be on a plan")
        sharing = [s for s in in_sections if s.section is sentence.section and _shares_with(sentence, s)]
        lead_time, lead_owner = lead_in.get(section_key, (False, False))
        # The agency's own offer is the author's to keep: an item there has its owner.
        implied = sentence.section.id == "agency-offer"
        timed = any(timed_here[id(s)] for s in sharing) or lead_time
        owned = any(owned_here[id(s)] for s in sharing) or lead_owner or implied or id(sentence) in headed
        if timed and owned:
            continue
        missing = " and ".join(part for part, present in (("when", timed), ("who will do it", owned))
                               if not present)
        yield ctx.finding(
            sentence=sentence, excerpt=text,
            message=(f"This action does not say {missing}. The plan needs clear actions with timescales, so that "
                     "everyone can see whether they have happened."),
            suggestion="Say who will do it and by when, for example \"I will ... by the review conference\" or "
                       "\"... every fortnight (health visitor)\".")


CHECK = register(Check(
    id="actions.no-timescale", severity="warning",
    title="Actions with no date or no one named",
    description="An action under needs-to-happen / agency-offer has no timescale or no one responsible.",
    source="Guidance 001 ('Please be specific and clearly state timescales'); Working Together: 'clear actions and "
           "timescales' (domain research 1.1)",
    run=run))
