"""Which template profile a report was written on, and how sure we are.

Each profile is scored on three kinds of evidence: how well the sections found
fit the sections it expects (F0.5 of the canonical ids), how many of its own
exact headings appear, and whether the form names its partnership (title,
page header). The best profile wins when its confidence clears the threshold;
otherwise the report is checked against `generic`, and the output says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from qa_checker.sections.matching import normalise, similarity
from qa_checker.sections.profiles import OTHER, RuleSet

if TYPE_CHECKING:
    from qa_checker.sections.mapper import Section, Unit

CONFIDENCE_THRESHOLD = 0.45
FOREIGN_FORM_PENALTY = 0.15
_NAMES_A_PARTNERSHIP = re.compile(r"safeguarding (children )?(partnership|board)|\blscp\b|\blscb\b")
_WEIGHTS = {"fit": 0.5, "own_headings": 0.3, "signature": 0.2}


@dataclass
class Detection:
    profile_id: str
    detected: bool  # True when found from the report, False when given or fallen back to
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)  # every profile's score, for the curious
    fallback: bool = False  # nothing fitted well enough: generic was used


def _signature_text(sections: list[Section], preamble: list[Unit], header_text: list[str]) -> str:
    parts = [*header_text, *(u.text for u in preamble[:40])]
    parts += [s.heading for s in sections]
    return " ".join(parts).lower()


def detect_profile(sections: list[Section], preamble: list[Unit], header_text: list[str],
                   ruleset: RuleSet) -> Detection:
    found = {s.id for s in sections if s.id != OTHER and not (s.empty and not s.units)}
    headings = [normalise(s.heading) for s in sections]
    signature_text = _signature_text(sections, preamble, header_text)
    scores: dict[str, float] = {}
    for profile in ruleset.profiles.values():
        if not profile.detect:
            continue
        expected = {s.id for s in profile.sections}
        wanted = {s.id for s in profile.sections if s.required or s.required_at}
        recall = len(wanted & found) / len(wanted) if wanted else 0.0
        precision = len(found & expected) / len(found) if found else 0.0
        # F0.5: sections a profile does not have count against it more than ones it lacks,
        # since authors leave sections out more often than they invent a form's headings.
        fit = 1.25 * recall * precision / (0.25 * precision + recall) if recall + precision else 0.0
        with_aliases = [s for s in profile.sections if s.aliases]
        own_hits = sum(
            1 for spec in with_aliases
            if any(similarity(h, normalise(alias), 0.9) >= 0.9 for alias in spec.aliases for h in headings))
        own = own_hits / len(with_aliases) if with_aliases else 0.0
        signature = 1.0 if any(sig.lower() in signature_text for sig in profile.signatures) else 0.0
        scores[profile.id] = round(
            _WEIGHTS["fit"] * fit + _WEIGHTS["own_headings"] * own + _WEIGHTS["signature"] * signature, 3)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked:
        return Detection("generic", detected=False, confidence=0.0, scores=scores, fallback=True)
    best_id, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    # A close second costs certainty; a lead of 0.15 or more costs nothing.
    confidence = best - 0.5 * max(0.0, 0.15 - (best - second))
    # A form that names a partnership, but not this profile's, was written for someone else's template.
    best_profile = ruleset.profiles[best_id]
    if _NAMES_A_PARTNERSHIP.search(signature_text) and not any(
            sig.lower() in signature_text for sig in best_profile.signatures):
        confidence -= FOREIGN_FORM_PENALTY
    if confidence < CONFIDENCE_THRESHOLD:
        return Detection("generic", detected=False, confidence=round(confidence, 2), scores=scores, fallback=True)
    return Detection(best_id, detected=True, confidence=round(confidence, 2), scores=scores)
