"""child-voice.missing: nothing gives a child's own views, wishes or feelings (or, for a baby or a child who
does not talk, what the author saw of them); or the report says the author has not seen or spoken with a
child without saying why.

"Not seen" is read with spaCy's dependency parse: who did not see whom. Only the author or their agency not
seeing, meeting or speaking with a child counts ("I have not met Kai", "Kai has not been seen"); "I have
not seen him upset", "the therapist has not yet seen him" and "I have not seen any records of injuries"
do not. The reason may be in the same or the next sentence, or given elsewhere and referred to ("for
the reasons given above"). A child's views brought through a named worker are the child's voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.checks._patterns import first_names, gives_reason, name_pattern
from qa_checker.children import ChildView, children_of
from qa_checker.findings import Finding
from qa_checker.grammar import grammar, tokens
from qa_checker.text import Sentence

# What the child said, asked, wanted or showed: their own voice, not the author's reading of them.
_SPEECH = (r"(said|says|told|tells|telling|asked|asks|wants|wanted|wish(es|ed)|drew|draws|described|describes|"
           r"explained|shared|disclosed|talked|spoke|chose|showed (me|us)|would like|wrote|answered|replied|"
           r"likes|loves|enjoys|hates|dislikes|feels|felt|prefers|asked for|indicated|signed|pointed)")
_CHILD_SUBJECT = r"(the child|the children|the young person|both children|the boys|the girls)"
_OBSERVED = r"(i|we|staff|the nurse|the health visitor|she|he)\s+(saw|see|observed|watched|noticed|met|visited|held|" \
            r"weighed|played with|noted)"
# Worth a parse: the author, their agency or a child, then a negation and a verb of seeing or speaking with.
_SEEING_VERBS = r"(see|seen|saw|meet|met|speak|spoken|spoke|talk|talked|consult|consulted|ask|asked|visit|visited|" \
                r"interview|interviewed|observe|observed)"
_NOT_SEEN_GATE = re.compile(
    rf"\b(i|we|staff|school|nursery|police|officers?|service|team|practice|setting|agency|college|colleagues|myself)"
    rf"\b[^.]{{0,30}}\b(not|n't|never|unable|yet to|no opportunity)\b[^.]{{0,40}}\b{_SEEING_VERBS}\b"
    rf"|\b(has|have|was|were|had|is|are)\s+(not|never)\s+(yet\s+)?(been\s+)?{_SEEING_VERBS}\b"
    r"|^\W*not (seen|spoken|consulted|met|asked)\b|^\W*no\W*$|^\W*no\s*[.,;:\-\u2013\u2014]\s", re.IGNORECASE)
_NEEDS_MET = re.compile(r"\b(needs?|expectations?|threshold|criteria|targets?|outcomes?|requirements?)\b",
                        re.IGNORECASE)
_SEEING = {"see", "meet", "speak", "talk", "consult", "ask", "visit", "interview", "observe"}
_AUTHOR_SUBJECTS = {"i", "we", "staff", "school", "nursery", "police", "officers", "service", "team", "practice",
                    "setting", "agency", "college", "myself", "colleagues"}
_REFERRED = re.compile(r"\b(as (explained|said|set out|described|noted) (above|earlier|in section)|for the reasons?"
                       r" (given|set out|explained) (above|earlier)|see (above|section|my involvement)|as above)\b",
                       re.IGNORECASE)
_THROUGH_WORKER = re.compile(
    r"\b(told (me|us|her|him)|said|shared|reported|passed on)\b[^.]{0,80}\b(that )?[A-Z][a-z]+\b[^.]{0,20}\b(said|told|"
    r"wants|wanted|wishes|feels|would like)\b|\b(social worker|teacher|key worker|nurse|worker|therapist)\b[^.]{0,60}"
    r"\b(told|shared|said|reported)\b[^.]{0,60}\b(said|wants|wanted|wishes|feels|would like|told)\b")


def _not_seen(sentence: Sentence, children: list[ChildView], names: list[str]) -> bool:
    """The author (or their agency) has not seen, met or spoken with a child: read with the parse."""
    text = sentence.text.strip()
    if not _NOT_SEEN_GATE.search(text):
        return False
    if re.match(r"^\W*no\W*$|^\W*no\s*[.,;:\-\u2013\u2014]\s", text, re.IGNORECASE):
        return sentence.section.id == "child-views"  # the form's "Has the child been consulted?" answered "No"
    if re.match(r"^\W*not (seen|spoken|consulted|met|asked)\b", text, re.IGNORECASE):
        return sentence.section.id in ("child-views", "consultation") or any(n in text for n in names)
    from qa_checker.nlp import load_pipeline  # only now: few sentences need the parser

    doc = load_pipeline(exclude=("ner", "lemmatizer"))(text)
    child_words = {n.lower() for n in names} | {"child", "children", "him", "her", "them", "boys", "girls",
                                                 "siblings", "pupil", "baby", "young"}
    for verb in doc:
        lemma = _lemma(verb.text)
        if lemma not in _SEEING or (lemma == "meet" and _NEEDS_MET.search(text)):
            continue  # "her needs are not being met": another sense of the word
        negated = any(c.dep_ == "neg" or c.lower_ in ("never",) for c in verb.children) or any(
            a.lower_ in ("unable", "yet") for a in verb.ancestors) or re.search(
            r"\b(not|never|unable|n't)\b[^.]{0,25}$", text[:verb.idx], re.IGNORECASE) is not None
        if not negated:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            for ancestor in verb.ancestors:  # "I have been unable to see Kai": the subject of "unable"
                subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    break
        if subject is None:
            continue
        passive = subject.dep_ == "nsubjpass"
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is not None and not any(t.lower_ in _AUTHOR_SUBJECTS or t.lower_ in ("me", "us")
                                             for t in agent.subtree):
                continue  # "has not been seen by CAMHS": someone else's service
            if _heads(subject) & child_words:
                return True  # "Kai has not been seen"; not "Kai's needs are not being met"
            continue
        if not ({t.lower_ for t in subject.subtree} & _AUTHOR_SUBJECTS):
            continue  # "the therapist has not yet seen him": someone else not seeing the child
        if any(c.dep_ in ("advmod", "mark") and c.lower_ in _SUBORDINATORS for c in verb.children):
            continue  # "the Easter holiday, when school does not see them": a time or condition, not a gap
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if lemma in ("speak", "talk", "meet", "consult"):  # "spoken with Kai", "talked to the children"
            objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                        for o in p.children if o.dep_ == "pobj"]
        seen = set().union(*(_heads(o) for o in objects)) if objects else set()
        if not seen & child_words:
            continue  # "I have not seen any records of injuries"
        described = any(c.dep_ in ("acomp", "xcomp", "oprd") or (c.dep_ == "ccomp" and not any(
            m.dep_ == "mark" for m in c.children)) for c in verb.children) or any(
            c.dep_ in ("amod", "acomp", "xcomp", "oprd") for o in objects for c in o.children) or (
            lemma in ("see", "observe") and any(
                p.dep_ == "prep" and p.lower_ in ("with", "without") and not any(
                    o.lower_ in child_words for o in p.children) for p in verb.children))
        if described:
            continue  # "I have not seen him upset", "never seen Lily with bruises": how the child was, not whether
        return True
    return False


def _heads(token) -> set[str]:  # noqa: ANN001 - a spaCy Token
    """The word a noun phrase is about, with any joined by "and": "Kai and Lily", "the children"."""
    return {token.lower_} | {c.lower_ for c in token.conjuncts}


_ROLE_WORDS = re.compile(r"\b(work|works|role|involvement|supervis\w*|client|patient|adult|recovery|probation|"
                         r"coordinator|clinic|service)\b", re.IGNORECASE)  # a quick look before reading closer
_SUBORDINATORS = {"when", "whenever", "while", "whilst", "if", "unless", "until", "before", "after", "once"}
_IRREGULAR = {"seen": "see", "saw": "see", "met": "meet", "spoken": "speak", "spoke": "speak"}


def _lemma(word: str) -> str:
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in _SEEING:
            return word[: -len(suffix)]
    return word


def _about(text: str, names: list[str]) -> set[str]:
    """The children a sentence names; "he", "she" or "them" stand for the only child when there is one."""
    named = {n for n in names if re.search(rf"\b{re.escape(n)}\b", text)}
    if not named and len(names) == 1 and re.search(r"\b(he|she|him|her|they|them)\b", text, re.IGNORECASE):
        return set(names)
    return named


def _valid_reason(text: str, children: list[ChildView], extra_dirs: tuple[str, ...]) -> bool:
    """A reason is given, or one given earlier is referred to; "too young" only for a child under about
    three (SPEC.md: a child of three and over can talk)."""
    if _REFERRED.search(text):
        return True
    ages = [c.age for c in children if c.age is not None]
    return gives_reason(text, extra_dirs, age_counts=not ages or min(ages) < 3)


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    born = [p for p in report.people.children if not p.name.lower().startswith("unborn")]
    if report.people.children and not born:
        return  # an unborn baby cannot give views: nothing to ask for
    children = children_of(report)
    names = first_names(report)
    nonverbal = bool(re.search(r"\b(non-?verbal|pre-?verbal|does not (talk|speak)|has no words|no spoken words)\b",
                               report.document.text, re.IGNORECASE))
    ages = [c.age for c in children if c.age is not None]
    # Seeing the child counts as hearing them only for a baby or a child who does not talk (SPEC.md).
    observation_counts = nonverbal or not ages or min(ages) < 3
    # Without the children's names, anyone named may be the child: give the report the benefit of the doubt.
    child = name_pattern(names) if names else r"\b(?!(?:Mum|Mummy|Dad|Daddy|Mother|Father|Nan|I)\b)[A-Z][a-z]+\b"
    observed = rf"\b{_OBSERVED}\b[^.]{{0,80}}({child}|the child|the children|the baby)\b|" \
        if observation_counts else ""
    voice = re.compile(rf"({child}|{_CHILD_SUBJECT})\W+(\w+\W+){{0,3}}?{_SPEECH}\b|{observed}"
                       rf"({child}|the child)(['\u2019]s)?\s+(own\s+)?(words|views|wishes|feelings|voice)\b|"
                       r"[\"\u201c\u2018'][^\"\u201d\u2019']{3,}[\"\u201d\u2019']", re.IGNORECASE)
    sentences = ctx.sentences
    extra_dirs = report.ruleset.extra_dirs
    # An author whose work is with an adult says why they have not met the children, wherever they say it.
    role = grammar("reasons", extra_dirs)["adult_role"]
    adult_role = any(role.find(tokens(s.text)) for s in sentences if _ROLE_WORDS.search(s.text))
    not_seen: list[Sentence] = []
    heard_children: set[str] = set()  # first names of children whose own voice the report gives
    heard = False
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if _not_seen(sentence, children, names):
            following = sentences[index + 1].text if index + 1 < len(sentences) else ""
            # The reason may open the next sentence ("This is because ...", "He is four months old").
            if adult_role or _valid_reason(text, children, extra_dirs) or (
                    following and _valid_reason(following[:80], children, extra_dirs)):
                heard = True  # not seen or asked, and the report says why
                continue
            not_seen.append(sentence)
            continue
        quote_counts = sentence.section.id == "child-views" or re.search(child, text)
        match = voice.search(text)
        if (match and (match.group(0)[:1] not in "\"\u201c\u2018'" or quote_counts)) or (
                sentence.section.id == "child-views" and _THROUGH_WORKER.search(text)):
            heard = True  # the child's voice is there, first hand or through a named worker
            heard_children |= {n for n in names if re.search(rf"\b{re.escape(n)}\b", text)}
    # "Kai has not been seen alone ..." about a child whose own words the report gives elsewhere is no gap.
    not_seen = [s for s in not_seen if not (_about(s.text, names) and _about(s.text, names) <= heard_children)]
    if not_seen:
        sentence = not_seen[0]
        yield ctx.finding(
            sentence=sentence, excerpt=sentence.text,
            message=("The report says you have not seen or spoken with the child, but not why. The conference "
                     "needs to know what stopped it, and what the child's life is like from what you do know."),
            suggestion="Say why (for example their age, or advice from the social worker), and describe what you "
                       "have seen of the child.")
        return
    if heard or adult_role:
        return  # heard; or an author whose work is with an adult, who has said so
    views_sections = [s for s in report.sections if s.id == "child-views"]
    section = views_sections[0] if views_sections else None
    first = next((s for s in sentences if section is not None and s.section is section), None)
    who = ", ".join(names) if names else "the child"
    yield ctx.finding(
        section=section, sentence=first, excerpt=first.text if first is not None else "",
        message=(f"Nothing in the report gives {who}'s own views, wishes or feelings, or what you have seen of "
                 "them. The child's voice must be heard at the conference."),
        suggestion="Add what the child has told you, in their words where you can, or for a baby or a child who "
                   "does not talk, what you saw of them and how they seemed.")


CHECK = register(Check(
    id="child-voice.missing", severity="error",
    title="The child's voice",
    description="No passage gives the child's views or what the author saw of the child; or the child was not "
                "seen or consulted and the report does not say why.",
    source="Guidance 000 (child/young person's views); guidance 002 ('If no, please provide reasons'); guidance 004 "
           "('It is important that the child's voice is heard'); Ofsted, The voice of the child (2011)",
    run=run))
