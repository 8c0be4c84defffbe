"""Per child: the author's 0-10 safety scaling, whether a reason is given, and the recommendation.

Scaling: "Ava: 3/10", "I would scale Ava at 3 because ...", "on a scale of 0-10 ... 4", a scaling
table's row, or a score under a sub-heading or in a table row that names the child. The reason may
follow in the same sentence, bullet, paragraph or cell, or in the next sentences of the section.

Recommendation: read clause by clause with the plan grammar (rules/grammar/plans.yaml): who the
clause is about (names, "both children", "the youngest"), which plan, and which way (stay on, be made
subject to, step down to, end). Each child keeps the words it was read from, so a chair can see at a
glance whether it was read right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from qa_checker.dates import MONTH_NAMES, find_dates
from qa_checker.grammar import Grammar, Token, grammar, tokens
from qa_checker.plain import count_words
from qa_checker.sections import MappedReport, Section, Unit
from qa_checker.text import Sentence, sentences
from qa_checker.wordlists import quoted_spans

_SCORE_PATTERNS = [
    re.compile(r"\b(?P<score>10|[0-9](?:\.5)?)\s*(?:/|out of)\s*10\b", re.IGNORECASE),
    re.compile(r"\b(?:scale[ds]?|scaling|score[ds]?|rate[ds]?|rating|put|place[ds]?)\b[^.;:]{0,60}?\b(?:at|as|a)\s+"
               r"(?:a\s+)?(?P<score>10|[0-9](?:\.5)?)\b(?!\s*(?:%|years?|months?|weeks?|days?|am|pm|/\d))",
               re.IGNORECASE),
    re.compile(r"\b(?P<score>10|[0-9](?:\.5)?)\s+on\s+the\s+(?:safety\s+)?scal", re.IGNORECASE),
    re.compile(r"\b(?:safety\s+)?(?:scale|scaling|score)\b\W{0,3}(?:of\s+|is\s+|=\s*)?(?P<score>10|[0-9](?:\.5)?)\b"
               r"(?!\s*(?:%|years?|months?|weeks?|days?|am|pm|/\d|\.\d|-|\u2013|to\s+10))", re.IGNORECASE),
]
_NOT_A_SCORE = rf"(?!\s*(?:%|years?|months?|weeks?|days?|am|pm|\.\d|-|\u2013|to\s+10|(?:{MONTH_NAMES})))"
_NAME_SCORE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['\u2019]s safety)?\s*(?:[:\-\u2013]|\bat\b|\bas\b|\bis\b|\bon\b)?"
    r"\s*(?:a\s+)?(?P<score>10|[0-9](?:\.5)?)(?P<outof>\s*(?:/|out of)\s*10)?\b" + _NOT_A_SCORE, re.IGNORECASE)
_SCALE_WORDS = {"scaling", "scale", "score", "rating", "safety"}
_REASON = re.compile(
    r"\b(because|as (she|he|they|it|there|mum|dad|the)|since|due to|given (that|the)|reflects?|the reason|this is"
    r"|so\b|but|while|whilst|although|however|which means|on the basis|owing to|what would (move|make|need)"
    r"|to move (up|higher|to)|would (need|have) to)\b", re.IGNORECASE)
_BARE_SCORE = re.compile(r"^\W*(?P<score>10|[0-9](?:\.5)?)\s*(?:/\s*10|out of 10)?\W*$")
# Words after a score that are a reason for it: a few words of the author's own beyond names and numbers.
_REASON_WORDS = 5
_VIEW_SECTIONS = ("recommendation", "scaling")
_CONCLUDING_SECTIONS = ("analysis", "needs-to-happen", "agency-offer")
_PLAN_QUESTION = re.compile(r"\b(child protection|cp)\s+plan|\bthreshold\b|\bplan\b.*\bneeded\b", re.IGNORECASE)


@dataclass
class ChildView:
    name: str
    age: float | None = None  # years, at the conference (else the report's date)
    known_as: str | None = None  # "Amelia (Millie) Hartley" is Millie in the report
    scaling: float | None = None
    scaling_reason: bool = False
    scaling_sentence: Sentence | None = None
    recommendation: str | None = None  # cp-plan | child-in-need | other-plan | no-plan
    recommendation_sentence: Sentence | None = None
    scaling_words: str = ""  # the words shown for the reading: the sentence, or a table's whole row
    recommendation_words: str = ""
    _rank: tuple = field(default=(9,), repr=False)  # how firmly the recommendation was read: lower is firmer

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    def mentioned_in(self, text: str) -> bool:
        return any(re.search(rf"\b{re.escape(n)}\b", text) for n in (self.first_name, self.known_as) if n)

    def as_dict(self) -> dict:
        score = self.scaling
        if score is not None and float(score).is_integer():
            score = int(score)
        return {"name": self.name, "scaling": score, "scaling_reason": self.scaling_reason,
                "scaling_excerpt": self.scaling_words or None,
                "recommendation": self.recommendation,
                "recommendation_excerpt": self.recommendation_words or None}


# -- ages ---------------------------------------------------------------------

def reference_date(report: MappedReport) -> date | None:
    """The day ages are counted to: the conference, else the report's own date (never the day it is run)."""
    from qa_checker.facts import read_facts  # facts reads sections too: imported here to keep the layers simple

    conference_date = report.conference_date
    if conference_date:
        found = find_dates(str(conference_date))
        if found:
            return found[0][1]
    facts = read_facts(report)
    return facts.conference_date or facts.report_date


def _stated_age(first: str, text: str) -> float | None:
    name = re.escape(first)
    months = re.search(rf"\b{name}\b[^.\n]{{0,25}}?\(?(?:aged?\s*)?(\d{{1,2}})\s*(?:months?|mths?)\b", text)
    if months:
        return int(months.group(1)) / 12
    years = re.search(rf"\b{name}\b(?:\s+\w+)?\s*\((?:aged?\s*)?(\d{{1,2}})(?:\s*(?:years?|yrs?)(?:\s*old)?)?\)"
                      rf"|\b{name}\b(?:\s+\w+)?,?\s+(?:is\s+|who is\s+)?aged?\s+(\d{{1,2}})\b"
                      rf"|\b{name}\b\s+is\s+(\d{{1,2}})\s+(?:years?|yrs?)", text)
    if years:
        return float(next(g for g in years.groups() if g))
    return None


def child_ages(report: MappedReport, when: date | None) -> dict[str, float | None]:
    """Each child's age in years: from the date of birth and `when`, else an age the report states."""
    text = report.document.text
    ages: dict[str, float | None] = {}
    for person in report.people.children:
        age = None
        born = find_dates(person.date_of_birth or "")
        if born and when:
            age = max(0.0, (when - born[0][1]).days / 365.25)
        elif person.age is not None:
            age = person.age
        else:
            age = _stated_age(person.first_name, text)
        ages[person.name] = age
    return ages


# -- reading the plan -----------------------------------------------------------

def _has(g: Grammar, name: str, toks: Sequence[Token]) -> bool:
    return bool(g[name].find(toks))


def _negated_before(g: Grammar, toks: Sequence[Token], position: int, window: int = 6) -> bool:
    lead = toks[max(0, position - window):position]
    if any(t.word in (";", ",") for t in lead):  # a negation does not reach across a comma
        cut = max(i for i, t in enumerate(lead) if t.word in (";", ","))
        lead = lead[cut + 1:]
    return bool(g["negation"].find(lead))


def _negated_after(g: Grammar, toks: Sequence[Token], end: int) -> bool:
    """ "A CP plan is not needed": a negation after the plan, then a verb of needing."""
    after = toks[end:end + 5]
    for match in g["negation"].find(after):
        rest = after[match.last:match.last + 3]
        if g["stay"].find(rest) or any(t.word in ("the", "right", "appropriate", "warranted") for t in rest):
            return True
    return False


def clause_plan(text: str, *, view_section: bool, plan_question: bool, first_clause: bool = True,
                extra_dirs: tuple[str, ...] = ()) -> str | None:
    """The plan a clause states as the author's view: cp-plan, child-in-need, other-plan, no-plan,
    "not-cp" (a Child Protection Plan is not needed, no other named), "deferred", or None."""
    g = grammar("plans", extra_dirs)
    toks = tokens(_without_quotes(text))  # someone else's words ("sometimes I think ...") state no view
    if not toks:
        return None
    if _has(g, "deferred", toks):
        return "deferred"
    viewed = _has(g, "view_markers", toks)
    if _has(g, "history", toks) and not viewed:
        return None  # "Kai has been on a CP plan since May": a fact about the past
    if not (view_section or viewed):
        return None
    mentions = sorted((m.first, m.last, kind) for kind, phrases in g.kinds("plans").items()
                      for m in phrases.find(toks))
    mentions = _longest(mentions)
    before_unnamed = {w for w in (g.data.get("unnamed_before") or [])}
    any_plan = [(m.first, m.last, "unnamed") for m in g["unnamed_plan"].find(toks)
                if not any(a <= m.first < b for a, b, _ in mentions)]
    # "On a plan", "needs a plan" state a plan; "his plan is to move" does not (an ending may: "the plan can end").
    unnamed = [m for m in any_plan if set(g["unnamed_plan"].find(toks[m[0]:m[1]])[0].phrase.split()) & before_unnamed
               or any(t.word in before_unnamed for t in toks[max(0, m[0] - 2):m[0]])]
    set_aside = [m.last for m in g["set_aside"].find(toks)]
    mentions = [m for m in mentions if not any(s <= m[0] <= s + 4 for s in set_aside)]
    threshold = next((i for i, t in enumerate(toks) if t.word == "threshold"), None)
    if threshold is not None and any(t.word in ("met", "meet", "meets", "reached", "crossed") for t in toks):
        met = next(i for i, t in enumerate(toks) if t.word in ("met", "meet", "meets", "reached", "crossed"))
        negated = bool(g["negation"].find(toks[max(0, min(threshold, met) - 6):max(threshold, met)]))
        if not negated:
            return "cp-plan"
        return _alternative(mentions) or "not-cp"
    # A plan named just after "was on", "has been subject to": the past, not a view.
    history_ends = [m.last for m in g["history"].find(toks)]
    mentions = [m for m in mentions if not any(0 <= m[0] - end <= 3 for end in history_ends)]
    unnamed = [m for m in unnamed if not any(0 <= m[0] - end <= 3 for end in history_ends)]
    any_plan = [m for m in any_plan if not any(0 <= m[0] - end <= 3 for end in history_ends)]
    leaving = [m for m in g["leave"].find(toks)
               if mentions or any_plan or m.phrase.replace("-", " ").startswith(("step", "stepp", "de regist"))]
    if leaving:
        leave = leaving[0]
        if _negated_before(g, toks, leave.first) or _has(g, "set_aside", toks[max(0, leave.first - 3):leave.first]):
            return "cp-plan"  # "should not step down", "too early for the plan to end"
        after = [m for m in mentions if m[0] >= leave.last and m[2] != "cp-plan"]
        if after:
            return after[0][2]
        other = _alternative(mentions)
        if other:
            return other
        return "child-in-need" if leave.phrase.replace("-", " ").split()[-1] in ("down",) or "step" in leave.phrase \
            else "no-plan"
    stays = g["stay"].find(toks)
    readings = []
    for first, last, kind in [*mentions, *unnamed]:
        negated = _negated_before(g, toks, first) or _negated_after(g, toks, last)
        if kind == "unnamed" and not (stays or viewed):
            continue  # "Mum understands the plan"
        readings.append(("cp-plan" if kind == "unnamed" else kind, negated, first))
    readings.sort(key=lambda r: r[2])
    positive = [r for r in readings if not r[1]]
    negative_cp = any(r[0] == "cp-plan" and r[1] for r in readings)
    if negative_cp:
        return next((r[0] for r in positive if r[0] != "cp-plan"), "not-cp")
    if positive:
        return positive[0][0]
    if plan_question and first_clause:
        if g["answer_yes"].starts(toks):
            return "cp-plan"
        if g["answer_no"].starts(toks):
            return _alternative(mentions) or "not-cp"
    return None


def _without_quotes(text: str) -> str:
    spans = quoted_spans(text)
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _longest(mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Overlapping plan names ("child protection" in "child protection plan"): the longest stands."""
    kept: list[tuple[int, int, str]] = []
    for first, last, kind in sorted(mentions, key=lambda m: (m[0], -(m[1] - m[0]))):
        if kept and first < kept[-1][1]:
            continue
        kept.append((first, last, kind))
    return kept


def _alternative(mentions: list[tuple[int, int, str]]) -> str | None:
    return next((kind for _, _, kind in mentions if kind != "cp-plan"), None)


def _clauses(text: str, g: Grammar) -> list[str]:
    pieces = [text]
    for mark in g.data.get("clause_breaks") or []:
        pieces = [part for piece in pieces for part in re.split(re.escape(mark), piece, flags=re.IGNORECASE)]
    return [p for p in pieces if p.strip()]


def _who(clause: str, children: list[ChildView], g: Grammar) -> list[ChildView]:
    """The children a clause is about: by name, or by "both children", "the youngest", "the older two"."""
    named = [c for c in children if c.mentioned_in(clause)]
    if named:
        return named
    toks = tokens(clause)
    by_age = sorted((c for c in children if c.age is not None), key=lambda c: c.age or 0.0)
    if len(by_age) == len(children) and len(children) > 1:
        for name, pick in (("older_two", by_age[-2:]), ("younger_two", by_age[:2]), ("youngest", by_age[:1]),
                           ("eldest", by_age[-1:])):
            if g[name].find(toks):
                return list(pick)
    if g["all_children"].find(toks):
        return list(children)
    return []


@lru_cache(maxsize=8)
def _plan_gate(extra_dirs: tuple[str, ...]) -> re.Pattern[str]:
    """A quick look for a word any view on a plan needs (rules/grammar/plans.yaml `gate`), or a yes or no at
    the start: most sentences have none and need no closer reading."""
    words = sorted((str(w) for w in grammar("plans", extra_dirs).data.get("gate") or []), key=len, reverse=True)
    return re.compile(r"^\W*(yes|no|y|n)\b|(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
                      re.IGNORECASE)


def read_plans(text: str, children: list[ChildView], *, view_section: bool, plan_question: bool,
               context: list[ChildView], extra_dirs: tuple[str, ...] = ()) -> list[tuple[list[ChildView], str]]:
    """(children, plan) for each view a sentence states."""
    if not _plan_gate(extra_dirs).search(text):
        return []
    g = grammar("plans", extra_dirs)
    out: list[tuple[list[ChildView], str]] = []
    previous: list[ChildView] = []
    pending_not_cp: list[ChildView] = []
    for number, clause in enumerate(_clauses(text, g)):
        plan = clause_plan(clause, view_section=view_section, plan_question=plan_question,
                           first_clause=number == 0, extra_dirs=extra_dirs)
        who = _who(clause, children, g)
        if plan is None:
            previous = who or previous
            continue
        targets = who or previous or context or list(children)
        previous = targets
        if plan == "deferred":
            continue
        if plan == "not-cp":
            pending_not_cp += [c for c in targets if c not in pending_not_cp]
            continue
        out.append((targets, plan))
        pending_not_cp = [c for c in pending_not_cp if c not in targets]
    if pending_not_cp:
        out.append((pending_not_cp, "not-cp"))  # no Child Protection Plan, and no other plan named here
    return out


def mentions_a_plan(text: str, extra_dirs: tuple[str, ...] = ()) -> bool:
    """The sentence speaks of a plan or the threshold for one, whether or not it states a view."""
    g = grammar("plans", extra_dirs)
    toks = tokens(text)
    return bool(any(t.word == "threshold" for t in toks) or g["plans"].find(toks) or g["leave"].find(toks)
                or g["unnamed_plan"].find(toks))


def states_deferral(text: str, extra_dirs: tuple[str, ...] = ()) -> bool:
    """ "For the conference to decide": the author leaves the view to the meeting (SPEC.md: no view)."""
    return bool(grammar("plans", extra_dirs)["deferred"].find(tokens(text)))


def recommendation_of(text: str, in_recommendation: bool = True) -> str | None:
    """The plan a sentence states as a view, for a report with one child (or none named)."""
    child = ChildView("the child")
    views = read_plans(text, [child], view_section=in_recommendation, plan_question=False, context=[])
    return ("no-plan" if views[0][1] == "not-cp" else views[0][1]) if views else None


# -- scaling ------------------------------------------------------------------

_SCALE_END = re.compile(r"^\s*(=|means|is (?:no|certain|safe|not)|-\s*(?:no|not|safe|certain))", re.IGNORECASE)


def scores_in(text: str) -> list[tuple[int, float, str | None]]:
    """(offset, score, name or None) for each 0-10 score written in the sentence ("0 = no safety" defines the
    scale: it is no score)."""
    found = [f for f in _scores_in(text) if not _SCALE_END.match(text[f[0] + len(f"{f[1]:g}"):])]
    return found


def _scores_in(text: str) -> list[tuple[int, float, str | None]]:
    found: list[tuple[int, float, str | None]] = []
    for named in _NAME_SCORE.finditer(text):  # "Ava: 3/10", "Leo at 5", "Maja 4/10"
        name = named.group("name")
        if name[0].isupper() and name.lower() not in _SCALE_WORDS:
            found.append((named.start("score"), float(named.group("score")), name))
    for pattern in _SCORE_PATTERNS:
        for match in pattern.finditer(text):
            start = match.start("score")
            if all(abs(start - other) > 3 for other, _, _ in found):
                found.append((start, float(match.group("score")), None))
    found.sort()
    return found


def _scaling_context(sentence: Sentence) -> bool:
    """A score counts in the scaling or recommendation section, or where the sentence speaks of scaling."""
    if sentence.section.id in _VIEW_SECTIONS:
        return True
    text = sentence.text
    return bool(re.search(r"\bscal(e|ed|ing)\b|\bsafety (score|rating)\b", text, re.IGNORECASE)) and bool(
        re.search(r"/\s*10\b|out of 10|0\s*(-|\u2013|to)\s*10|\bsafe", text, re.IGNORECASE))


_OTHERS_SCORE = re.compile(
    r"\b(she|he|they|mum|dad|mother|father|(?-i:[A-Z][a-z]+))\s+(put|puts|rated|rates|scored|scores|scaled|scales|"
    r"gave|gives|chose|chooses)\s+(herself|himself|themselves|itself|it|her|his|their|things)\b"
    r"|\b(at|in) (that|the last|the previous|the initial|the first) (conference|review)\b|\bpreviously\b"
    r"|\blast time\b", re.IGNORECASE)


def _someone_elses_score(text: str, offset: int) -> bool:
    """ "She put herself at 7", "(at the initial conference I scaled 3)": a score after such words is not the
    author's score now; one before them still is ("Jess: 6 out of 10 (at the initial conference I scaled 3)")."""
    return any(0 <= offset - m.start() <= 60 for m in _OTHERS_SCORE.finditer(text))


def _reason_words(text: str, children: list[ChildView]) -> int:
    """The author's own words in `text`, beyond names, numbers and scale words."""
    names = {n.lower() for c in children for n in (c.first_name, c.known_as) if n}
    words = re.findall(r"[^\W\d_]+", text)
    return sum(1 for w in words if w.lower() not in names and w.lower() not in _SCALE_WORDS | {"out", "of"})


# -- the whole report -------------------------------------------------------------

def children_of(report: MappedReport) -> list[ChildView]:
    """`read_children`, worked out once per report."""
    if "children" not in report.cache:
        report.cache["children"] = read_children(report)
    return report.cache["children"]


class _Places:
    """Where a sentence stands: the table row or the sub-heading that names a child."""

    def __init__(self, report: MappedReport, children: list[ChildView]) -> None:
        self.children = children
        self.heading_child: dict[int, list[ChildView]] = {}
        self.row_child: dict[tuple, list[ChildView]] = {}
        self.rows: dict[tuple, dict[int | None, list[str]]] = {}  # per table row, per column: its texts
        for section in report.sections:
            current: list[ChildView] = []
            for unit in section.units:
                if unit.location.table is not None and unit.kind in ("content", "subheading", "data"):
                    row = self.rows.setdefault((unit.location.table, unit.location.row), {})
                    row.setdefault(unit.location.cell, []).append(unit.text.strip())
                named = self.named(unit.text)
                if unit.kind in ("subheading", "label"):
                    current = named
                elif unit.kind == "content":
                    self.heading_child[id(unit)] = current
                where = unit.location
                if where.table is not None and named and where.cell == 1:
                    self.row_child.setdefault((where.table, where.row), named)

    def words(self, sentence: Sentence) -> str:
        """What to quote for a reading: the sentence, or its whole row when it is a short cell of a table with
        columns ("Ethan | 5 | Yes - remain on CP plan")."""
        where = sentence.location
        cells = self.rows.get((where.table, where.row), {})
        if where.table is None or count_words(sentence.text) >= 8 or len(cells) < 2:
            return sentence.text
        return " | ".join(" ".join(texts) for texts in cells.values())

    def named(self, text: str) -> list[ChildView]:
        return [c for c in self.children if c.mentioned_in(text)]

    def context(self, sentence: Sentence) -> list[ChildView]:
        where = sentence.location
        if where.table is not None and (where.table, where.row) in self.row_child and where.cell != 1:
            return self.row_child[(where.table, where.row)]
        return self.heading_child.get(id(sentence.unit), [])


def _plan_question(section: Section) -> bool:
    return bool(_PLAN_QUESTION.search(section.heading) or any(_PLAN_QUESTION.search(u.text) for u in section.prompts))


def read_children(report: MappedReport, all_sentences: list[Sentence] | None = None) -> list[ChildView]:
    ages = child_ages(report, reference_date(report))
    children = []
    for person in report.people.children:
        if person.name.lower().startswith("unborn"):
            # A pre-birth conference is about the unborn baby: "the baby", the youngest of all.
            children.append(ChildView(person.name, -0.5, person.known_as or "baby"))
        else:
            children.append(ChildView(person.name, ages.get(person.name), person.known_as))
    all_sentences = all_sentences if all_sentences is not None else sentences(report)
    places = _Places(report, children)
    extra_dirs = report.ruleset.extra_dirs
    for index, sentence in enumerate(all_sentences):
        _read_scores(sentence, index, all_sentences, children, places)
        section = sentence.section
        view_section = section.id in _VIEW_SECTIONS
        rank_section = 0 if view_section else (1 if section.id in _CONCLUDING_SECTIONS else 2)
        for targets, plan in read_plans(sentence.text, children, view_section=view_section or rank_section == 1,
                                        plan_question=_plan_question(section), context=places.context(sentence),
                                        extra_dirs=extra_dirs):
            if plan == "not-cp":  # "No" in one cell, "Child in Need plan" in the next, or in the next sentence
                plan = _alternative_nearby(index, all_sentences, places, extra_dirs) or "no-plan"
            named = bool(places.named(sentence.text))
            for child in targets:
                rank = (rank_section, 0 if named else 1, index)
                if rank < child._rank:
                    child.recommendation, child.recommendation_sentence, child._rank = plan, sentence, rank
                    child.recommendation_words = places.words(sentence)
    return children


def _alternative_nearby(index: int, all_sentences: list[Sentence], places: _Places,
                        extra_dirs: tuple[str, ...]) -> str | None:
    """The plan named instead of a Child Protection Plan just after the "no": in the same table row or in the
    next two sentences of the section ("I do not think a CP plan is needed. A Child in Need plan would ...")."""
    sentence = all_sentences[index]
    for other in all_sentences[index + 1:index + 4]:
        same_row = sentence.location.table is not None and (other.location.table, other.location.row) == (
            sentence.location.table, sentence.location.row)
        if other.section is not sentence.section or not (same_row or other in all_sentences[index + 1:index + 3]):
            break
        child = ChildView("the child")
        for _, plan in read_plans(other.text, [child], view_section=True, plan_question=False, context=[],
                                  extra_dirs=extra_dirs):
            if plan in ("child-in-need", "other-plan", "no-plan"):
                return plan
    return None


def _read_scores(sentence: Sentence, index: int, all_sentences: list[Sentence], children: list[ChildView],
                 places: _Places) -> None:
    text = sentence.text
    context = places.context(sentence)
    if _scaling_context(sentence):
        scored = [s for s in scores_in(text) if not _someone_elses_score(text, s[0])]
        bare = _BARE_SCORE.match(text)
        if not scored and bare and sentence.section.id in _VIEW_SECTIONS and (context or _first_answer(sentence)):
            # "Kai | 3" in a scaling table; "Scale: 6", the first answer under a scaling heading, for every child
            scored = [(bare.start("score"), float(bare.group("score")), None)]
    else:
        scored = []
    for number, (offset, score, name) in enumerate(scored):
        targets = _score_targets(children, text, name, offset, context)
        following_score = scored[number + 1][0] if number + 1 < len(scored) else len(text)
        for child in targets:
            if child.scaling is None:
                child.scaling = score
                child.scaling_sentence = sentence
                child.scaling_words = places.words(sentence)
                child.scaling_reason = _has_reason(sentence, index, all_sentences, children, offset, following_score,
                                                   context, places)


def _first_answer(sentence: Sentence) -> bool:
    """The sentence is the first thing written under a scaling heading ("Scale:" then "6")."""
    section = sentence.section
    first = next((u for u in section.units if u.kind in ("content", "data") and u.text.strip()), None)
    return section.id == "scaling" and first is sentence.unit


def _has_reason(sentence: Sentence, index: int, all_sentences: list[Sentence], children: list[ChildView],
                offset: int, until: int, context: list[ChildView], places: _Places) -> bool:
    """A reason in the same sentence, the rest of the same bullet, paragraph or table row, or the next
    two sentences of the section (SPEC.md: "Kai: 4/10. He is fed and clean, but ...")."""
    text = sentence.text
    if _REASON.search(text[offset:until]) or _reason_words(text[offset:until], children) >= 8:
        return True
    later = [s for s in all_sentences[index + 1:index + 9] if s.section is sentence.section]
    scored = [c for c in children if c.scaling_sentence is sentence] or context
    for number, other in enumerate(later):
        if scores_in(other.text):
            break  # the next child's score: what follows is its reason
        # The reason may come in the next paragraphs about the same child: under the same sub-heading
        # ("## Harley" / "Scale: 4/10." / "In my view ..."), or naming the child ("Riley: Riley has ...").
        about_child = any(c.mentioned_in(other.text) for c in scored) or (
            context and places.context(other) == context)
        view_only = recommendation_of(other.text, True) is not None and not _REASON.search(other.text)
        if about_child and not view_only and _reason_words(other.text, children) >= _REASON_WORDS:
            return True  # ("Mia should remain on a plan." says what, not why)
        if number >= 3:
            continue
        here, there = sentence.location, other.location
        same_place = other.unit is sentence.unit or (  # the same paragraph, or another column of the row
            here.table is not None and there.table == here.table and there.row == here.row
            and there.cell != here.cell)
        if same_place and _reason_words(other.text, children) >= _REASON_WORDS:
            return True
        if _REASON.search(other.text[:60]) or re.match(r"\W*reason", other.text, re.IGNORECASE):
            return True
    return False


def _score_targets(children: list[ChildView], text: str, name: str | None, offset: int,
                   context: list[ChildView]) -> list[ChildView]:
    if name:
        named = [c for c in children if name.lower() in (c.first_name.lower(), (c.known_as or "").lower())]
        if named:
            return named  # "Ava: 3/10"; a word that is no child's name ("Scaling: 6") falls through
    named = [c for c in children if c.mentioned_in(text)]
    if len(named) > 1 and offset:  # "Ava 3/10 and Leo 5/10": the name nearest before the score
        before = [(text.rfind(c.first_name, 0, offset), c) for c in named]
        before = [(position, c) for position, c in before if position >= 0]
        if before:
            all_of_them = re.search(r"\b(both|all|each|the) (children|child(ren)?|siblings)\b", text, re.IGNORECASE)
            return [max(before, key=lambda item: item[0])[1]] if not all_of_them else named
    if named:
        return named
    if context:
        return context
    return children  # no name: the only child, or "both children"


__all__ = ["ChildView", "Unit", "child_ages", "children_of", "read_children", "recommendation_of", "scores_in"]
