"""Per child: the author's 0-10 safety scaling, whether a reason is given, and the recommendation.

Read from the author's sentences ("Ava: 3/10", "I would scale Ava at 3 because
...", "on a scale of 0-10 ... 4", "the threshold for a CP plan is met for Ava",
"I recommend a Child in Need plan"). A statement that names no child applies
to every child ("both children", "the children", or the only child).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa_checker.dates import MONTH_NAMES
from qa_checker.sections import MappedReport
from qa_checker.text import Sentence, sentences

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

_CP_MET = re.compile(
    r"\bthreshold\b[^.]{0,80}?\b(is|has been|are|remains?)\s+(met|reached|crossed)\b"
    r"|\b(recommend|believe|think|feel|view is|propose|support)\b[^.]{0,80}?\b(child protection|CP)\s+plans?\b"
    r"|\b(should|needs? to|must|will need to)\s+(be\s+)?(made\s+)?(subject|placed|remain|stay|continue)\b[^.]{0,40}?"
    r"\b(child protection|CP)\s+plans?\b"
    r"|\b(child protection|CP)\s+plans?\b[^.]{0,40}?\b(is|are|remains?)\s+(needed|required|necessary|the right)\b",
    re.IGNORECASE)
_NOT = re.compile(r"\b(not|n't|no longer|no)\b", re.IGNORECASE)
_CIN = re.compile(r"\b(child in need|CIN)\s+plan\b|\bchild in need\b", re.IGNORECASE)
_OTHER_PLAN = re.compile(r"\b(early help|team around the (family|child)|TAF|TAC|family support plan)\b",
                         re.IGNORECASE)
_NO_PLAN = re.compile(r"\b(no further action|NFA|no (formal )?plan (is )?(needed|required)|does not need (a|any) plan"
                      r"|case (can|should) (be )?closed?)\b", re.IGNORECASE)
_RECOMMEND_CONTEXT = re.compile(
    r"\b(recommend\w*|threshold|(in )?my (view|opinion)|i (believe|think|feel|would|propose|support)|propose"
    r"|should (be|have|remain|continue|step)|could (be )?(met|managed|supported)|(can|could) be met"
    r"|plan (is|would be) (appropriate|needed|right|suitable))\b", re.IGNORECASE)
_ALL_CHILDREN = re.compile(r"\b(both|all|each|the) (children|child(ren)?|siblings|boys|girls)\b|\bthem\b",
                           re.IGNORECASE)


@dataclass
class ChildView:
    name: str
    scaling: float | None = None
    scaling_reason: bool = False
    scaling_sentence: Sentence | None = None
    recommendation: str | None = None  # cp-plan | child-in-need | other-plan | no-plan
    recommendation_sentence: Sentence | None = None

    def as_dict(self) -> dict:
        score = self.scaling
        if score is not None and float(score).is_integer():
            score = int(score)
        return {"name": self.name, "scaling": score, "scaling_reason": self.scaling_reason,
                "recommendation": self.recommendation}


@dataclass
class Statement:
    sentence: Sentence
    kind: str  # "scaling" or "recommendation"
    value: object
    reason: bool = False
    names: list[str] = field(default_factory=list)


def recommendation_of(text: str, in_recommendation: bool = True) -> str | None:
    """cp-plan, child-in-need, other-plan or no-plan, when the sentence states a view; else None.

    Outside the sections where a view is given, only an explicit view counts
    ("the threshold ... is met", "I recommend ..."): "NFA" in a police history is not one.
    """
    met = _CP_MET.search(text)
    if met:
        negated = _NOT.search(text[max(0, met.start() - 30):met.end()])
        if not negated:
            return "cp-plan"
        if _CIN.search(text):
            return "child-in-need"
        if _OTHER_PLAN.search(text):
            return "other-plan"
        return "no-plan"
    if _RECOMMEND_CONTEXT.search(text):
        if _CIN.search(text):
            return "child-in-need"
        if _OTHER_PLAN.search(text):
            return "other-plan"
    if _NO_PLAN.search(text) and (in_recommendation or _RECOMMEND_CONTEXT.search(text)):
        return "no-plan"
    return None


def scores_in(text: str) -> list[tuple[int, float, str | None]]:
    """(offset, score, name or None) for each 0-10 score written in the sentence."""
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


_RECOMMENDING_SECTIONS = ("recommendation", "analysis", "needs-to-happen", "scaling", "agency-offer")


def children_of(report: MappedReport) -> list[ChildView]:
    """`read_children`, worked out once per report."""
    if "children" not in report.cache:
        report.cache["children"] = read_children(report)
    return report.cache["children"]


def read_children(report: MappedReport, all_sentences: list[Sentence] | None = None) -> list[ChildView]:
    children = [ChildView(p.name) for p in report.people.children if not p.name.lower().startswith("unborn")]
    all_sentences = all_sentences if all_sentences is not None else sentences(report)
    for index, sentence in enumerate(all_sentences):
        text = sentence.text
        scored = scores_in(text) if _scaling_context(sentence) else []
        for offset, score, name in scored:
            targets = _targets(children, text, name, offset)
            # The reason may follow the score, in the sentence or in the next two of the same section.
            after = [s for s in all_sentences[index + 1:index + 3] if s.section is sentence.section]
            reason = bool(_REASON.search(text[offset:])) or len(text[offset:].split()) >= 8 or any(
                _REASON.search(s.text) and not scores_in(s.text) for s in after)
            for child in targets:
                if child.scaling is None:
                    child.scaling, child.scaling_reason, child.scaling_sentence = score, reason, sentence
        kind = recommendation_of(text, sentence.section.id in _RECOMMENDING_SECTIONS)
        if kind:
            for child in _targets(children, text, None, 0):
                if child.recommendation is None:
                    child.recommendation, child.recommendation_sentence = kind, sentence
    _scores_in_tables(report, children, all_sentences)
    return children


def _scores_in_tables(report: MappedReport, children: list[ChildView], all_sentences: list[Sentence]) -> None:
    """A scaling table: "Evie Clarke | 2 | Yes (physical abuse) | Evie has been hit ..."."""
    rows: dict[tuple, list[Sentence]] = {}
    for sentence in all_sentences:
        where = sentence.location
        if sentence.section.id in ("scaling", "recommendation") and where.table is not None:
            rows.setdefault((where.table, where.row), []).append(sentence)
    for cells in rows.values():
        texts = [c.text.strip() for c in cells]
        numbers = [float(t) for t in texts if re.fullmatch(r"10|[0-9](\.5)?", t)]
        named = [child for child in children
                 if any(t.lower().startswith(child.name.split()[0].lower()) for t in texts)]
        if len(numbers) == 1 and len(named) == 1 and named[0].scaling is None:
            child = named[0]
            child.scaling, child.scaling_sentence = numbers[0], cells[0]
            child.scaling_reason = any(len(t.split()) >= 6 for t in texts)


def _scaling_context(sentence: Sentence) -> bool:
    """A score counts in the scaling or recommendation section, or where the sentence speaks of scaling."""
    if sentence.section.id in ("scaling", "recommendation"):
        return True
    text = sentence.text
    return bool(re.search(r"\bscal(e|ed|ing)\b|\bsafety (score|rating)\b", text, re.IGNORECASE)) and bool(
        re.search(r"/\s*10\b|out of 10|0\s*(-|\u2013|to)\s*10|\bsafe", text, re.IGNORECASE))


def _targets(children: list[ChildView], text: str, name: str | None, offset: int) -> list[ChildView]:
    if name:
        named = [c for c in children if c.name.split()[0].lower() == name.lower()]
        if named:
            return named  # "Ava: 3/10"; a word that is no child's name ("Scaling: 6") falls through
    named = [c for c in children if re.search(rf"\b{re.escape(c.name.split()[0])}\b", text)]
    if len(named) > 1 and offset:  # "Ava 3/10 and Leo 5/10": the name nearest before the score
        before = [(text.rfind(c.name.split()[0], 0, offset), c) for c in named]
        before = [(position, c) for position, c in before if position >= 0]
        if before:
            return [max(before, key=lambda item: item[0])[1]] if not _ALL_CHILDREN.search(text) else named
    if named:
        return named
    return children  # no name: the only child, or "both children"
