"""names.inconsistent: a person's name is spelled two ways in one report ("Jayden" and "Jaden")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.findings import Finding
from qa_checker.text import Sentence
from qa_checker.wordlists import common_words

_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b")
_AFTER_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|PC|DS|Sgt)\.? (?:[A-Z]\.? )?([A-Z][a-z]{2,})\b")
_NOT_NAMES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mum", "Dad", "Mummy",
    "Daddy", "Mother", "Father", "Nan", "Nana", "Grandma", "Grandad", "The", "This", "That", "There", "They", "Then",
    "When", "What", "Where", "Which", "While", "Whilst", "Since", "School", "Police", "Year", "Reception",
}


def distance(a: str, b: str) -> int:
    """Levenshtein edit distance."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# Spellings that sound alike in English names: Kayleigh/Kayley, Kacie/Kacey/Kasey, Madison/Maddison.
_SOUNDS = [(r"(.)\1", r"\1"), (r"ph", "f"), (r"c(?=[eiy])", "s"), (r"ck|c|q", "k"), (r"eigh$|ey$|ie$|ee$|y$|i$", "i"),
           (r"igh", "i"), (r"ay|ai|ei", "a"), (r"z", "s")]


def sound(name: str) -> str:
    """A rough key for how an English name sounds, so that spellings of one name meet."""
    key = name.lower()
    for pattern, replacement in _SOUNDS:
        key = re.sub(pattern, replacement, key)
    return key


def _alike(a: str, b: str) -> bool:
    if a[0] != b[0] or a.lower() == b.lower():
        return False
    if "-" in a or "-" in b:  # "Kacey-Mae" is "Kacey" in most sentences: compare the first part too
        first_a, first_b = a.split("-")[0], b.split("-")[0]
        if first_a.lower() == first_b.lower():
            return False
        if ("-" in a) != ("-" in b):
            return _alike(first_a, first_b)
    if sound(a) == sound(b):
        return True
    if abs(len(a) - len(b)) > 2:
        return False
    limit = 1 if min(len(a), len(b)) <= 4 else 2
    return distance(a.lower(), b.lower()) <= limit


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    people = report.people.children + report.people.adults
    listed = {p.name.split()[0] for p in people if p.name.split()}
    surnames = {part for p in people for part in p.name.split()[1:]}
    counts: Counter[str] = Counter()
    first_seen: dict[str, Sentence] = {}
    mid_sentence: set[str] = set()
    for sentence in ctx.sentences:
        for match in _NAME.finditer(sentence.text):
            word = match.group()
            if word in _NOT_NAMES:
                continue
            counts[word] += 1
            first_seen.setdefault(word, sentence)
            if match.start() > 0:
                mid_sentence.add(word)
    # A capitalised word counts as a name if the family tables list it or it is capitalised mid-sentence.
    # A word after a title is a surname ("Mrs Kerr" is not a spelling of "Kerry").
    surnames |= {m.group(1) for s in ctx.sentences for m in _AFTER_TITLE.finditer(s.text)} - listed
    names = [w for w in counts if (w in listed or (w in mid_sentence and not _everyday(w, listed)))
             and w not in surnames]
    # A variant of a name the family table lists counts wherever it stands, even opening a sentence.
    candidates = names + [w for w in counts if w not in names and w not in surnames and not _everyday(w, listed)
                          and any(_alike(w, known) for known in listed)]
    # The family table's own spelling is the report's too, even where the prose never uses it
    # ("Maddison" in the table, "Madison" in every paragraph).
    candidates += [w for w in sorted(listed) if w not in candidates and len(w) > 2]
    text = "\n".join(s.text for s in ctx.sentences)
    reported: set[str] = set()
    for index, a in enumerate(candidates):
        for b in candidates[index + 1:]:
            if not _alike(a, b) or (a in listed and b in listed) or _distinct(a, b, text, ctx.sentences):
                continue  # two people with similar names are two people
            if a not in listed and b not in listed and not _both_people(a, b, first_seen):
                continue
            usual, odd = (a, b) if (a in listed, counts[a]) >= (b in listed, counts[b]) else (b, a)
            if odd not in first_seen:
                usual, odd = odd, usual  # only a spelling the author wrote can be pointed at
            if odd in reported or odd not in first_seen:
                continue
            reported.add(odd)
            sentence = first_seen[odd]
            yield ctx.finding(
                sentence=sentence, excerpt=odd,
                message=(f"\"{odd}\" is spelled \"{usual}\" elsewhere in this report. A name spelled two ways "
                         "makes the family feel unknown, and can make the chair think there are two people."),
                suggestion="Check the spelling with the family and use one spelling throughout.")


def _everyday(word: str, listed: set[str]) -> bool:
    """An everyday word that opens a sentence or a title ("Shared with DSL", "Safeguarding Lead"), or a listed
    name with an "s" and no apostrophe ("Jades mum"): not a second spelling of a name."""
    lower = word.lower()
    if any(lower == known.lower() + "s" for known in listed):
        return True
    common = common_words()
    stems = {lower, *(lower[:-len(end)] for end in ("s", "es", "d", "ed", "ing", "ly") if lower.endswith(end))}
    return bool(stems & common)


def _distinct(a: str, b: str, text: str, sentences: list[Sentence]) -> bool:
    """Named together in one sentence ("Jayden's cousin, Jaydon"), or with different surnames."""
    if any(re.search(rf"\b{a}\b", s.text) and re.search(rf"\b{b}\b", s.text) for s in sentences):
        return True
    surnames_a = set(re.findall(rf"\b{a} ([A-Z][a-z]+)", text))
    surnames_b = set(re.findall(rf"\b{b} ([A-Z][a-z]+)", text))
    return bool(surnames_a and surnames_b and not surnames_a & surnames_b)


def _both_people(a: str, b: str, first_seen: dict[str, Sentence]) -> bool:
    """Without a family table, ask the language model whether both words name a person."""
    from qa_checker.nlp import load_pipeline

    nlp = load_pipeline(exclude=("parser", "lemmatizer"))
    for word in (a, b):
        doc = nlp(first_seen[word].text)
        if not any(ent.label_ == "PERSON" and word in ent.text for ent in doc.ents):
            return False
    return True


CHECK = register(Check(
    id="names.inconsistent", severity="warning",
    title="Names spelled two ways",
    description="A person's name is spelled two ways in one report (for example 'Jayden' and 'Jaden').",
    source="Guidance 004 ('Pay attention to detail and take care to spell names correctly')",
    run=run))
