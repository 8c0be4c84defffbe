"""jargon.acronym: an acronym used without being spelled out at its first use in the report.

Listed acronyms (rules/lists/acronyms.yaml) and any other all-capitals word of 2-6
letters count; everyday capitals (GP, NHS, TV) never do. "Child in Need (CIN)" or
"CIN (Child in Need)" spells it out, as does the expansion written just before the
acronym in brackets; after that the acronym is free to use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from qa_checker.checks import Check, CheckContext, register
from qa_checker.findings import Finding
from qa_checker.wordlists import common_words, load_list, quoted_spans

# "MASH", "CAMHS", "PHQ-9", "GAD-7", "PHQ-A": capitals, with a hyphenated number or letter after some.
_TOKEN = re.compile(r"(?<![\w&/-])([A-Z][A-Z0-9&]{1,5}(?:-(?:\d{1,2}|[A-Z]))?)(s)?(?![\w&/-])")
# Acronyms in mixed case ("OASys", "RoSH", "SENCo"): three capitals or more, most of the letters.
_MIXED_CASE = re.compile(r"(?<![\w&/-])([A-Z][A-Za-z]{2,5})(?![\w&/-])")
_POSTCODE_DISTRICT = re.compile(r"^[A-Z]{1,2}\d{1,2}[A-Z]?$")
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "pc", "dc", "ds", "sgt")
# Capitals that are not acronyms: words in capitals, units, Roman numerals, times.
_NOT_ACRONYMS = {
    "I", "A", "OK", "AM", "PM", "NO", "YES", "ID", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "KG",
    "CM", "MM", "ML", "MG", "KM", "MPH", "UK", "TV", "DVD", "CD", "PE", "IT", "BBC", "MR", "MRS", "MS", "DR",
}
# Ordinary words typed in capitals for emphasis.
_EMPHASIS = {
    "AND", "THE", "NOT", "OR", "OF", "TO", "IN", "ON", "AT", "BY", "IS", "BE", "WE", "HE", "SHE", "MY", "ME", "US",
    "NEVER", "ALL", "ANY", "VERY", "MUST", "ONLY", "NOW", "NEW", "ALWAYS", "DO", "DID", "WILL", "CAN", "HAS", "HAD",
    "WAS", "ARE", "YOU", "HER", "HIS", "BUT", "IF", "SO", "AS", "UP", "OUT", "NOTE", "NB", "ONE", "TWO", "URGENT",
}


@lru_cache(maxsize=8)
def _acronyms(extra_dirs: tuple[str, ...]) -> tuple[dict[str, dict], set[str], re.Pattern[str] | None]:
    """The list read once: acronyms by spelling, the everyday ones, and a pattern for mixed-case spellings."""
    data = load_list("acronyms", extra_dirs)
    listed: dict[str, dict] = {}
    for entry in data.get("entries") or []:
        for form in [entry["term"], *(entry.get("variants") or [])]:
            listed.setdefault(form.upper(), entry)
    everyday = {str(e["term"] if isinstance(e, dict) else e).upper() for e in data.get("everyday") or []}
    # Spellings that are not all capitals ("s47", "SENCo") are looked for as they are listed.
    variants = sorted({v for e in data.get("entries") or [] for v in e.get("variants") or [] if not v.isupper()},
                      key=len, reverse=True)
    variant_token = re.compile(r"(?<![\w&/-])(" + "|".join(re.escape(v) for v in variants) + r")(?![\w&/-])") \
        if variants else None
    return listed, everyday, variant_token


def run(ctx: CheckContext) -> Iterator[Finding]:
    listed, everyday, variant_token = _acronyms(ctx.extra_dirs)
    full_text = "\n".join(s.text for s in ctx.sentences)
    document_text = ctx.report.document.text  # tables and fields too: where the family's names are
    people = frozenset(part.lower() for p in ctx.report.people.children + ctx.report.people.adults
                       for part in p.name.split())
    seen: set[str] = set()
    for sentence in ctx.sentences:
        text = sentence.text
        if sum(c.isupper() for c in text) > 0.6 * sum(c.isalpha() for c in text):
            continue  # a line typed in capitals
        quotes = quoted_spans(text)
        tokens = list(_TOKEN.finditer(text)) + (list(variant_token.finditer(text)) if variant_token else [])
        tokens += [m for m in _MIXED_CASE.finditer(text) if _mostly_capitals(m.group(1))]  # "OASys", "RoSH"
        for match in sorted(tokens, key=lambda m: m.start()):
            acronym = match.group(1)
            if acronym in seen or acronym in everyday or acronym in _NOT_ACRONYMS or acronym in _EMPHASIS:
                continue
            if acronym.isupper() and (acronym.isdigit() or re.search(rf"\b{acronym.lower()}\b", full_text)):
                continue  # a word also written in lower case is an ordinary word in capitals
            if acronym.upper() not in listed and (_name_in_capitals(acronym, text, match.start(), document_text, people)
                                                  or _postcode(acronym, text, match.start(), match.end())
                                                  or acronym.lower() in common_words()):
                continue  # "Kyle TINDALL", "Leicester LE5 3FG", "HIGH risk": a name, a postcode, a word
            if any(start <= match.start() < end for start, end in quotes):
                continue
            seen.add(acronym)
            entry = listed.get(acronym.upper())
            if entry is None and not re.search(r"[A-Z]{2}", acronym):
                continue
            expansion = entry["expansion"] if entry else None
            if _spelled_out(acronym, expansion, text, match.start(), match.end()):
                continue
            meaning = f" ({expansion})" if expansion else ""
            plain = entry.get("plain") if entry else None
            yield ctx.finding(
                sentence=sentence, excerpt=acronym,
                message=(f"\"{acronym}\"{meaning} is not spelled out where it is first used. Families, and "
                         "professionals from other agencies, may not know what it means."),
                suggestion=(f"Write it in full the first time: {expansion} ({acronym})." if expansion
                            else f"Write {acronym} in full the first time, with the letters in brackets after it.")
                + (f" Or use everyday words: \"{plain}\"." if plain else ""))


def _mostly_capitals(token: str) -> bool:
    capitals = sum(c.isupper() for c in token)
    plural = token.endswith("s") and token[:-1].isupper()  # "LFTs" is LFT, read as such already
    return not token.isupper() and not plural and capitals >= 3 and capitals * 2 >= len(token) \
        and not token.startswith(("Mc", "Mac"))


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", words) if w.lower() not in {"of", "and", "the", "for",
                                                                                      "in", "to", "a", "on"}).upper()


def _spelled_out(acronym: str, expansion: str | None, text: str, start: int, end: int) -> bool:
    """ "Expansion (ACR)" just before, or "ACR (expansion)" just after, the first use."""
    before, after = text[:start], text[end:]
    if before.rstrip().endswith("(") and after.lstrip().startswith(")"):
        words_before = before.rstrip()[:-1]
        if expansion and words_before.lower().rstrip().endswith(expansion.lower()):
            return True
        candidate = " ".join(words_before.split()[-len(acronym) - 2:])
        if _initials(candidate).endswith(acronym.rstrip("S")):
            return True
    bracket = re.match(r"\s*\(([^)]{4,80})\)", after)
    if bracket:
        inside = bracket.group(1)
        # Words that say what it stands for, not "(06/2024 and 11/2025)" or "(see above)".
        return (expansion is not None and expansion.lower() in inside.lower()) or _initials(inside) == acronym \
            or (len(inside.split()) >= 2 and not any(c.isdigit() for c in inside)
                and sum(w[0].isupper() for w in inside.split()) >= 2)
    return False


def _name_in_capitals(token: str, text: str, start: int, document_text: str, people: frozenset[str]) -> bool:
    """A surname typed in capitals, as police reports do: "Kyle TINDALL", "Mr REID", or written "Reid" elsewhere."""
    if len(token) < 3 or not token.isalpha():
        return False
    if token.lower() in people or re.search(rf"\b{token.title()}\b", document_text):
        return True
    before = re.findall(r"[A-Za-z]+", text[:start])[-1:]
    return bool(before) and (before[0].lower() in _TITLES or before[0].lower() in people)


def _postcode(token: str, text: str, start: int, end: int) -> bool:
    """ "LE5 3FG", "Leicester LE3": the first half of a postcode."""
    if not _POSTCODE_DISTRICT.match(token):
        return False
    return bool(re.match(r"\s+\d[A-Z]{2}\b", text[end:])) or bool(re.search(r"[A-Z][a-z]+,?\s+$", text[:start]))


CHECK = register(Check(
    id="jargon.acronym", severity="warning",
    title="Unexplained abbreviations",
    description="An acronym from the list, or any all-capitals word of 2-6 letters that is not a common word, used "
                "without being spelled out at its first use.",
    source="Guidance 002 ('Uses plain language and avoids jargon'); domain research 2(a) (acronym glossaries)",
    run=run))
