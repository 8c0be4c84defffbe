"""evidence.unattributed-source: second-hand information with no named source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.findings import Finding
from qa_checker.wordlists import finder, load_list


def run(ctx: CheckContext) -> Iterator[Finding]:
    phrases = finder("attribution", "unattributed", extra_dirs=ctx.extra_dirs)
    cues = load_list("attribution", ctx.extra_dirs).get("source_cues") or {}
    who = "|".join(re.escape(w) for w in sorted({*cues.get("roles", []), *cues.get("records", [])}, key=len,
                                                   reverse=True))
    named_source = re.compile(
        rf"\b(by|according to|from)\s+(the\s+|a\s+|her\s+|his\s+|their\s+|my\s+|(?-i:[A-Z][a-z]+)['\u2019]s\s+)?"
        rf"({who}|(?-i:[A-Z][a-z]+))\b|\b(?:{who})\s+(?:\w+\s+){{0,2}}(told|said|reported|informed|explained|shared)\b",
        re.IGNORECASE)
    children = {p.name.split()[0].lower() for p in ctx.report.people.children if p.name.split()}
    for sentence in ctx.sentences:
        hits = phrases.find(sentence.text)
        words = sentence.text[hits[0].start:hits[0].end] if hits else _unwitnessed(sentence.text, children)
        if not words or named_source.search(sentence.text):
            continue
        yield ctx.finding(
            sentence=sentence, excerpt=words,
            message=(f"\"{words}\" passes on second-hand information without saying who it came from. The chair "
                     "and the family need to know whether it is something you saw, were told, or read, and from whom."),
            suggestion="Name the source and how you know: \"Ava's teacher, Mrs Patel, told me on 3 May that ...\".")


_PASSIVE_SEEN = re.compile(
    r"\b(?P<who>[A-Z][a-z]+|he|she|they|mum|dad|mother|father)\s+(was|were|has been|have been|had been)\s+"
    r"(?P<verb>seen|heard|observed|spotted|witnessed)\b(?P<rest>\s+\w+)?", re.IGNORECASE)


def _unwitnessed(text: str, children: set[str]) -> str:
    """ "Tia was seen getting into a car", "Dad was heard shouting": seen or heard by whom?

    "Ava was seen alone at school" records a professional's visit to the child and is good practice.
    """
    for match in _PASSIVE_SEEN.finditer(text):
        rest = (match.group("rest") or "").strip().lower()
        if rest == "by" or rest in {"alone", "today", "by", "with", "regularly", "weekly", "daily"}:
            continue
        acting = rest.endswith("ing") or rest == "to"
        if acting or match.group("who").lower() not in children | {"he", "she", "they"}:
            return text[match.start():match.end()]
    return ""


CHECK = register(Check(
    id="evidence.unattributed-source", severity="warning",
    description="Second-hand information with no named source ('it has been reported that', 'allegedly', "
                "agentless passives such as 'was seen to hit').",
    source="Guidance 002 ('When information is provided from another source ... this should be made clear'); "
           "guidance 004",
    run=run))
