"""Which template profile a report was written on, how sure we are, and on what evidence.

Each profile is weighed on four kinds of evidence:

- fit: how well the sections found match the sections it expects, both ways (F1 of the canonical
  ids): a profile whose required sections are mostly absent fits badly, however neatly the few
  present sections match;
- own headings: how many of the form's own exact headings appear;
- prompts: how many of the form's printed guidance prompts are left in the report, the strongest
  sign of which form the author typed into;
- name: whether the form names the profile's partnership (title, banner, page header, opening
  fields). A form that names some other safeguarding partnership is someone else's form: it is
  checked as `generic`, whatever its headings look like.

The best profile wins when it scores well and leads the next, or fits fairly well and leads clearly;
otherwise the report is checked against `generic`, and the detection keeps the forms it could be
(candidates) with the evidence for each, so the output can say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qa_checker.sections.matching import normalise, similarity, words_of
from qa_checker.sections.profiles import OTHER, Profile, RuleSet

if TYPE_CHECKING:
    from qa_checker.sections.mapper import Section, Unit

# Sure of a form when it scores well and leads, or fits fairly well and leads every other form clearly.
SURE_SCORE, SURE_LEAD = 0.5, 0.05
FAIR_SCORE, CLEAR_LEAD = 0.3, 0.2
CANDIDATE_MARGIN = 0.15  # profiles within this of the best are forms the report could be
_WEIGHTS = {"fit": 0.4, "own_headings": 0.25, "prompts": 0.15, "name": 0.2}
_PROMPTS_FOR_FULL_MARKS = 3
# "Suffolk Safeguarding Partnership", "Kent Safeguarding Children Multi-Agency Partnership",
# "Devon Children and Families Partnership", "Essex Safeguarding Children Board", "Hampshire LSCP".
_PARTNERSHIP = re.compile(
    r"\b((?:[A-Z][a-z]+(?:,? (?:and )?|\s))*[A-Z][a-z]+)\s+(?i:safeguarding\b[\w\s-]{0,40}?\b(?:partnership|board)"
    r"|children(?:'s)? and families partnership|children's (?:safeguarding )?partnership|lscp\b|lscb\b|scp\b)")
_NOT_PLACES = {"the", "multi", "agency", "local", "children", "child", "report", "conference", "to", "a", "for",
               "and", "of", "protection", "your", "our"}


@dataclass
class Detection:
    profile_id: str
    detected: bool  # True when found from the report, False when given or fallen back to
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)  # every profile's score, for the curious
    fallback: bool = False  # nothing fitted well enough: generic was used
    candidates: list[str] = field(default_factory=list)  # forms it could be, best first (when not sure)
    evidence: dict[str, list[str]] = field(default_factory=dict)  # per profile: what points to it, in words
    foreign: str | None = None  # a partnership the form names that no profile is for


def _signature_text(sections: list[Section], preamble: list[Unit], header_text: list[str]) -> str:
    parts = [*header_text, *(u.text for u in preamble[:40])]
    parts += [s.heading for s in sections]
    return " ".join(parts)


def _named_partnerships(text: str) -> list[str]:
    names = []
    for match in _PARTNERSHIP.finditer(text):
        words = [w for w in re.split(r"[\s,]+", match.group(1)) if w and w.lower() not in _NOT_PLACES]
        if words:
            names.append(" ".join(words))
    return names


def _prompts_found(profile: Profile, texts: list[tuple[str, ...]], joined: str,
                   by_start: dict[tuple[str, ...], list[tuple[str, ...]]]) -> int:
    """How many of the profile's printed prompts appear in the report (opening a paragraph, or a long one
    anywhere in it)."""
    found = 0
    for prompt in profile.prompts:
        words = tuple(words_of(prompt))
        if len(words) < 4:
            continue
        if any(text[:len(words)] == words for text in by_start.get(words[:4], ())) or (
                len(words) >= 8 and " ".join(words) in joined):
            found += 1
    return found


def detect_profile(sections: list[Section], preamble: list[Unit], header_text: list[str],
                   ruleset: RuleSet) -> Detection:
    found = {s.id for s in sections if s.id != OTHER and not (s.empty and not s.units)}
    found |= {a for s in sections if not (s.empty and not s.units) for a in s.also}
    headings = [normalise(s.heading) for s in sections]
    signature_text = _signature_text(sections, preamble, header_text)
    lowered = signature_text.lower()
    texts = [tuple(words_of(u.text)) for u in preamble]
    texts += [tuple(words_of(u.text)) for s in sections for u in s.units if u.kind in ("prompt", "content")]
    texts += [tuple(words_of(s.heading)) for s in sections]
    joined = "\n".join(" ".join(text) for text in texts)
    by_start: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for text in texts:
        by_start.setdefault(text[:4], []).append(text)
    known_names = {sig.lower() for p in ruleset.profiles.values() for sig in p.signatures}
    foreign = next((n for n in _named_partnerships(signature_text)
                    if not any(k in n.lower() or n.lower() in k for k in known_names)), None)
    scores: dict[str, float] = {}
    evidence: dict[str, list[str]] = {}
    for profile in ruleset.profiles.values():
        if not profile.detect:
            continue
        expected = {s.id for s in profile.sections}
        wanted = {s.id for s in profile.sections if (s.required or s.required_at) and s.parent is None}
        present = {w for w in wanted if w in found or any(
            sub in found for sub in (profile.spec(w).satisfied_by if profile.spec(w) else ()))}
        recall = len(present) / len(wanted) if wanted else 0.0
        precision = len(found & expected) / len(found) if found else 0.0
        fit = 2 * recall * precision / (precision + recall) if recall + precision else 0.0
        with_aliases = [s for s in profile.sections if s.aliases]
        own_hits = sum(
            1 for spec in with_aliases
            if any(similarity(h, normalise(alias), 0.9) >= 0.9 for alias in spec.aliases for h in headings))
        own = own_hits / len(with_aliases) if with_aliases else 0.0
        prompts = _prompts_found(profile, texts, joined, by_start)
        named = next((sig for sig in profile.signatures if sig.lower() in lowered), None)
        scores[profile.id] = round(
            _WEIGHTS["fit"] * fit + _WEIGHTS["own_headings"] * own
            + _WEIGHTS["prompts"] * min(1.0, prompts / _PROMPTS_FOR_FULL_MARKS)
            + _WEIGHTS["name"] * (1.0 if named else 0.0), 3)
        said = [f"{len(present)} of the {len(wanted)} sections it asks for are there"]
        if own_hits:
            said.append(f"{own_hits} of its own headings")
        if prompts:
            said.append(f"{prompts} of its printed prompts left in")
        if named:
            said.append(f"the form names {named}")
        evidence[profile.id] = said
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked:
        return Detection("generic", detected=False, confidence=0.0, scores=scores, fallback=True)
    best_id, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    # A close second costs certainty; a lead of 0.15 or more costs nothing.
    confidence = round(best - 0.5 * max(0.0, CANDIDATE_MARGIN - (best - second)), 2)
    candidates = [pid for pid, value in ranked if value >= best - CANDIDATE_MARGIN and value >= 0.3]
    if foreign is not None and not any(sig.lower() in lowered for sig in ruleset.profiles[best_id].signatures):
        # Someone else's form: its headings may look like one we know, but its rules are its own.
        return Detection("generic", detected=False, confidence=confidence, scores=scores, fallback=True,
                         candidates=[], evidence=evidence, foreign=foreign)
    lead = best - second
    sure = (best >= SURE_SCORE and lead >= SURE_LEAD) or (best >= FAIR_SCORE and lead >= CLEAR_LEAD)
    if not sure:
        return Detection("generic", detected=False, confidence=confidence, scores=scores, fallback=True,
                         candidates=candidates, evidence=evidence)
    return Detection(best_id, detected=True, confidence=confidence, scores=scores, evidence=evidence)
