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
        rf"\b(by|according to|from)\s+(the\s+|a\s+|her\s+|his\s+|their\s+|my\s+|[A-Z][a-z]+['\u2019]s\s+)?"
        rf"({who}|[A-Z][a-z]+)\b|\b(?:{who})\s+(?:\w+\s+){{0,2}}(told|said|reported|informed|explained|shared)\b",
        re.IGNORECASE)
    for sentence in ctx.sentences:
        hits = phrases.find(sentence.text)
        if not hits or named_source.search(sentence.text):
            continue
        words = sentence.text[hits[0].start:hits[0].end]
        yield ctx.finding(
            sentence=sentence, excerpt=words,
            message=(f"\"{words}\" passes on second-hand information without saying who it came from. The chair "
                     "and the family need to know whether it is something you saw, were told, or read, and from whom."),
            suggestion="Name the source and how you know: \"Ava's teacher, Mrs Patel, told me on 3 May that ...\".")


CHECK = register(Check(
    id="evidence.unattributed-source", severity="warning",
    description="Second-hand information with no named source ('it has been reported that', 'allegedly', "
                "agentless passives such as 'was seen to hit').",
    source="Guidance 002 ('When information is provided from another source ... this should be made clear'); "
           "guidance 004",
    run=run))
