"""evidence.unattributed-source: second-hand information with no named source."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from qa_checker.checks import Check, CheckContext, register
from qa_checker.findings import Finding
from qa_checker.wordlists import finder, load_list


@lru_cache(maxsize=8)
def _named_source(extra_dirs: tuple[str, ...]) -> re.Pattern[str]:
    """A source named in the sentence: "by the neighbour", "according to school records", "Ava's teacher told"."""
    cues = load_list("attribution", extra_dirs).get("source_cues") or {}
    who = "|".join(re.escape(w) for w in sorted({*cues.get("roles", []), *cues.get("records", [])}, key=len,
                                                   reverse=True))
    # "from" names a source only with a role or record ("from the school nurse"): "from the Southtown area"
    # is a place.
    determiner = r"(the\s+|a\s+|her\s+|his\s+|their\s+|my\s+|(?-i:[A-Z][a-z]+)['\u2019]s\s+)?"
    return re.compile(
        rf"\b(by|according to)\s+{determiner}({who}|(?-i:[A-Z][a-z]+))\b|\bfrom\s+{determiner}({who})\b|"
        rf"\b(?:{who})\s+(?:\w+\s+){{0,2}}(told|said|reported|informed|explained|shared)\b",
        re.IGNORECASE)


def run(ctx: CheckContext) -> Iterator[Finding]:
    phrases = finder("attribution", "unattributed", extra_dirs=ctx.extra_dirs)
    named_source = _named_source(ctx.extra_dirs)
    children = {part for p in ctx.report.people.children for part in re.split(r"[\s-]+", p.name.lower()) if part}
    sentences = ctx.sentences
    police_author = _POLICE_AUTHOR.search(" ".join(u.text for u in ctx.report.preamble) + " " + " ".join(
        u.text for s in ctx.report.sections if s.id in ("author-details", "key-information") for u in s.units))
    for index, sentence in enumerate(sentences):
        hits = [h for h in phrases.find(sentence.text)
                if not (police_author and "police" in sentence.text[h.start:h.end].lower())]
        words = sentence.text[hits[0].start:hits[0].end] if hits else _unwitnessed(sentence.text, children)
        if not words:
            continue
        # The source may be named in the sentence, or just before or after it in the same paragraph.
        beside = [s.text for s in sentences[max(0, index - 1):index + 2]
                  if s.unit is sentence.unit and s is not sentence]
        if named_source.search(sentence.text) or any(_BY_SOMEONE.search(text) for text in [sentence.text, *beside]):
            continue
        yield ctx.finding(
            sentence=sentence, excerpt=words,
            message=(f"\"{words}\" passes on second-hand information without saying who it came from. The chair "
                     "and the family need to know whether it is something you saw, were told, or read, and from whom."),
            suggestion="Name the source and how you know: \"Ava's teacher, Mrs Patel, told me on 3 May that ...\".")


# "(reported by lunchtime supervisors)", "as recorded by the nursery": a source named after a reporting verb.
_BY_SOMEONE = re.compile(r"\b(reported|recorded|seen|witnessed|told|said|heard|raised|shared|disclosed|noted|"
                         r"confirmed|alleged|made) (to me |to us )?by\s+\w+", re.IGNORECASE)

# A police author's "known to police" is their own records, not hearsay.
_POLICE_AUTHOR = re.compile(r"\b(police|constabulary|detective|constable|sergeant|PC|DC|DS)\b")

# Sentences worth parsing: a passive of seeing or hearing ("was seen", "were heard"), or "I was told".
# ("It is reported", "is said to" and the like are in the attribution list and need no parse.)
_CANDIDATE = re.compile(
    r"\b(was|were|is|are|been|being)\s+(\w+ly\s+)?(seen|heard|observed|witnessed|noticed|spotted)\b|"
    r"\b(was|were|is|are|been)\s+(\w+ly\s+)?(reported|said|believed|thought|understood|alleged|rumoured)"
    r"\s+(to|as|that)\b|"
    r"\b(i|we)\s+(am|are|was|were|have been|had been)\s+told\b", re.IGNORECASE)
_PERCEIVING = {"see", "hear", "observe", "witness", "notice", "spot"}
_LEMMA = {"seen": "see", "heard": "hear", "observed": "observe", "witnessed": "witness", "noticed": "notice",
          "spotted": "spot", "reported": "report", "said": "say", "told": "tell", "alleged": "allege",
          "believed": "believe", "thought": "think", "understood": "understand", "known": "know",
          "described": "describe", "rumoured": "rumour"}
_CHILD_WORDS = {"children", "child", "baby", "siblings", "twins", "boys", "girls"}
_PEOPLE = {"mum", "dad", "mother", "father", "parents", "partner", "boyfriend", "girlfriend", "friends", "brother",
           "sister", "children", "child", "man", "men", "woman", "women", "males", "adults", "uncle", "aunt"}
# A recording is a named source: "in the video Wayne is heard ...", "seen on the CCTV".
_RECORDING = re.compile(r"\b(video|recording|footage|cctv|photograph|photo|body[- ]worn|camera)\b", re.IGNORECASE)
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_REPORTING = {"report", "say", "tell", "allege", "believe", "think", "understand", "know", "describe", "rumour"}


def _unwitnessed(text: str, children: set[str]) -> str:
    """An agentless passive, found with spaCy's dependency parse: seen, heard or reported by whom?

    "Tia was seen getting into a car", "Dad was heard shouting", "I was told that Dad is back",
    "it is understood that ...". Not "Ava was seen alone at school" (a professional seeing the child,
    good practice) and not "Ava was seen by the school nurse" (the agent is named).
    """
    if not _CANDIDATE.search(text) or _RECORDING.search(text):
        return ""
    from qa_checker.nlp import load_pipeline  # only now: most sentences never need the parser

    doc = load_pipeline(exclude=("ner", "lemmatizer"))(text)
    for token in doc:
        if token.dep_ != "auxpass":
            continue
        verb = token.head
        if any(child.dep_ == "agent" for child in verb.children):
            continue  # "by the school nurse"
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or any(c.dep_ == "neg" for c in verb.children):
            continue  # "what I saw or was told"; "has not been seen since 2021"
        who = subject.text.lower()
        # Seen doing something ("seen getting into cars", "seen taking food"): the parser calls the
        # -ing verb a complement or, as often, an adverbial clause right after the verb.
        acting = any((child.dep_ in ("xcomp", "ccomp") or (child.dep_ == "advcl" and child.tag_ == "VBG"
                                                           and child.i <= verb.i + 2))
                     and child.text.lower() != "missing" for child in verb.children)
        lemma = _LEMMA.get(verb.text.lower(), verb.text.lower())
        if lemma in _PERCEIVING:
            person = subject.pos_ in ("PROPN", "PRON") or who in _PEOPLE | children
            if not person or who in ("i", "we", "it"):
                continue  # "the case was heard at MARAC"
            if any(t.lower_ in _FIRST_PERSON for t in verb.subtree):
                continue  # "seen playing with her brother during my visit": the author saw it
            # Seen doing something: by whom? Merely seen somewhere: a worker's visit to a child is good
            # practice ("Ava was seen alone"), so only an adult seen somewhere counts, when we know who
            # the children are.
            if not acting and (not children or who in children | _CHILD_WORDS | {"he", "she", "they"}):
                continue
        elif lemma not in _REPORTING or any(c.text.lower() == "missing" for c in verb.children):
            continue  # "reported missing" is a police record, not a rumour
        elif any(c.dep_ == "prep" and c.text.lower() == "to" for c in verb.children):
            continue  # "the messages have been reported to police": a report made, not a rumour passed on
        elif lemma == "tell" and who not in ("i", "we"):
            continue  # "when he is told it is home time": the child being told, not a source
        start = subject.i if subject is not None and subject.i < verb.i else token.i
        return doc[start:verb.i + 1].text
    return ""


CHECK = register(Check(
    id="evidence.unattributed-source", severity="warning",
    title="Information with no named source",
    description="Second-hand information with no named source ('it has been reported that', 'allegedly', "
                "agentless passives such as 'was seen to hit').",
    source="Guidance 002 ('When information is provided from another source ... this should be made clear'); "
           "guidance 004",
    run=run))
