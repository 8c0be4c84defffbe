"""Fuzzy matching of headings to canonical sections, and of text to guidance prompts.

Authors retype, shorten and renumber the headings of their form ("2. What are
we worried about?", "Worries", "Ruby's voice"), so headings are compared after
normalising away numbering, punctuation, case and a child's name, by word
overlap and by character similarity.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from qa_checker.plain import plain_text
from qa_checker.sections.profiles import CanonicalSection, Profile

_NUMBERING = re.compile(
    r"^\s*(?:section|part|question|q)?\s*(?:\(?\d{1,2}(?:\.\d{1,2})*\)?[.):]?|\(?[a-h]\)|\(?[ivx]{1,4}\)|[a-h]\.)\s+",
    re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•·▪◦●\uf0b7\uf0a7\uf076\uf0d8\-–*]\s*")
_POSSESSIVE_NAME = re.compile(r"^([A-Z][a-z]+(?:-[A-Z][a-z]+)?)'s\b")
# Words that may open a heading with 's and are not a child's name.
_NOT_NAMES = {
    "child", "children", "young", "parent", "parents", "carer", "carers", "family", "agency", "school",
    "mum", "dad", "mother", "father", "what", "that", "it", "let", "there", "here", "who", "today",
    "baby", "nursery", "college", "health", "police", "council", "service", "team", "author",
}
STOPWORDS = frozenset([
    "a", "an", "the", "of", "and", "or", "to", "for", "on", "in", "with", "is", "are", "be", "what", "your",
    "you", "we", "their", "this", "that", "any", "our", "my", "has", "have", "been", "by", "from", "do",
    "does", "if", "it", "its", "as", "at", "how", "which", "who", "were", "was", "about", "now", "there",
    "them", "they", "i", "me", "so", "not", "please", "into", "such", "than", "these", "those", "will",
    "would", "can", "could", "should", "its", "her", "his", "him", "she", "he", "s",
])


def normalise(text: str) -> str:
    """Lower-case heading text with numbering, bullets, brackets and punctuation removed."""
    text = plain_text(text).strip()
    text = _BULLET.sub("", text)
    text = _NUMBERING.sub("", _NUMBERING.sub("", text))  # "3) Section 3: Concerns": numbered twice over
    match = _POSSESSIVE_NAME.match(text)
    if match and match.group(1).lower() not in _NOT_NAMES:
        text = "child's" + text[match.end():]  # "Ruby's voice" -> "child's voice"
    text = text.lower().replace("(ren)", "ren").replace("(s)", "s").replace("&", " and ")
    text = re.sub(r"[/\\|+]", " ", text)
    text = re.sub(r"[^a-z0-9' -]+", " ", text)
    text = re.sub(r"(?<![a-z])'|'(?![a-z])", " ", text)  # quotes, not apostrophes inside words
    return re.sub(r"[\s-]+", " ", text).strip()


def _stem(word: str) -> str:
    word = word.removesuffix("'s").rstrip("'")
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ied", "y"), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


@lru_cache(maxsize=20000)
def content_words(normalised: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in normalised.split() if w not in STOPWORDS)


CHARACTER_MATCH = 0.9


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """How alike two normalised headings are, from 0 to 1.

    Character similarity (difflib) is only worked out when it could lift the
    score to `floor`: it is the slow part, and most pairs are far apart.
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    words_a, words_b = content_words(a), content_words(b)
    dice = 2 * len(words_a & words_b) / (len(words_a) + len(words_b)) if words_a and words_b else 0.0
    if dice >= 0.999:
        return 0.97  # same words, different small words or order
    # Character similarity forgives typing slips ("Worryed", "Strenghts"), not missing words:
    # it only counts when it is very high.
    bar = max(dice, floor, CHARACTER_MATCH)
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < bar:
        return dice
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if matcher.quick_ratio() < bar:
        return dice
    ratio = matcher.ratio()
    return ratio if ratio >= CHARACTER_MATCH else dice


@dataclass(frozen=True)
class HeadingMatch:
    section_id: str
    score: float
    via: str  # "alias", "profile-alias", "alias-start", "pattern" or "strong-pattern"
    also: tuple[str, ...] = ()  # other sections a compound heading names ("Concerns / recommendations")


_COMPOUND = re.compile(r"\s*(?:/|&|\||;|\+)\s*")


class HeadingMatcher:
    """Maps a heading as written to a canonical section id, for one profile or for all."""

    ALIAS_THRESHOLD = 0.82  # two of three shared words (0.8) is not enough
    PATTERN_SCORE = 0.8

    def __init__(self, vocabulary: dict[str, CanonicalSection], profiles: Iterable[Profile]) -> None:
        self.patterns = [(s.id, p) for s in vocabulary.values() for p in s.patterns]
        self.strong = [(s.id, p) for s in vocabulary.values() for p in s.strong_patterns]
        self.aliases: list[tuple[str, str, str]] = []  # (normalised alias, section id, via)
        seen = set()
        for section in vocabulary.values():
            for alias in section.aliases:
                key = (normalise(alias), section.id)
                if key not in seen:
                    seen.add(key)
                    self.aliases.append((key[0], section.id, "alias"))
        for profile in profiles:
            for spec in profile.sections:
                for alias in spec.aliases:
                    self.aliases.append((normalise(alias), spec.id, "profile-alias"))
        self._by_word: dict[str, list[int]] = {}
        for index, (alias, _, _) in enumerate(self.aliases):
            for word in content_words(alias):
                self._by_word.setdefault(word, []).append(index)
        self._cache: dict[tuple[str, bool], HeadingMatch | None] = {}
        self._parts: dict[tuple, HeadingMatch | None] = {}

    def match(self, heading: str) -> HeadingMatch | None:
        # A question is one sentence: "Mia: 7 out of 10. Leanne has been well ..." is an answer.
        question = not re.search(r"[.!]\s+\S", heading.strip())
        key = normalise(heading)
        if (key, question) not in self._cache:
            found = self._cached(key, question)
            parts = [normalise(p) for p in _COMPOUND.split(plain_text(heading)) if normalise(p)]
            if len(parts) > 1 and len(parts) <= 4:  # "Summary / concerns", "Police actions / recommendations"
                named = [m for m in (self._cached(p, question) for p in parts) if m is not None]
                if found is None and named:
                    found = max(named, key=lambda m: m.score)
                if found is not None:
                    others = tuple(dict.fromkeys(m.section_id for m in named if m.section_id != found.section_id))
                    found = HeadingMatch(found.section_id, found.score, found.via, others)
            self._cache[(key, question)] = found
        return self._cache[(key, question)]

    def _cached(self, text: str, question: bool) -> HeadingMatch | None:
        """The match of one normalised text, worked out once (the slow part is comparing with every alias)."""
        key = ("part", text, question)
        if key not in self._parts:
            self._parts[key] = self._match(text, question)
        return self._parts[key]

    def _match(self, text: str, question: bool = True) -> HeadingMatch | None:
        if not text or len(text) > 300:
            return None
        if question:
            for section_id, pattern in self.strong:  # "How worried are we, 0 to 10?" is the scaling question
                if pattern.search(text):
                    return HeadingMatch(section_id, 0.9, "strong-pattern")
        best: HeadingMatch | None = None
        # Only aliases that could reach the threshold: sharing a word, or close in length (a typing slip).
        shared = {i for word in content_words(text) for i in self._by_word.get(word, ())}
        close = {i for i, (alias, _, _) in enumerate(self.aliases)
                 if 2 * min(len(alias), len(text)) >= CHARACTER_MATCH * (len(alias) + len(text))}
        for index in sorted(shared | close):
            alias, section_id, via = self.aliases[index]
            score = similarity(text, alias, self.ALIAS_THRESHOLD)
            # A heading that starts with a whole alias and goes on (a question with its
            # guidance run in) still names that section.
            how = via
            if score < 0.9 and len(alias.split()) >= 2 and text.startswith(alias + " "):
                score, how = 0.9, "alias-start"
            if best is None or score > best.score or (score == best.score and via == "profile-alias"):
                best = HeadingMatch(section_id, score, how)
        if best is not None and best.score >= self.ALIAS_THRESHOLD:
            return best
        if len(text.split()) <= 14:
            for section_id, pattern in self.patterns:
                if pattern.search(text):
                    return HeadingMatch(section_id, self.PATTERN_SCORE, "pattern")
        return None


_WORDS = re.compile(r"[a-z0-9]+")


def words_of(text: str) -> list[str]:
    return _WORDS.findall(plain_text(text).lower())


class PromptMatcher:
    """Recognises guidance prompts copied from a template, whole or at the start of a paragraph."""

    def __init__(self, prompts: Iterable[str]) -> None:
        self.prompts: list[tuple[str, ...]] = []
        for prompt in prompts:
            words = tuple(words_of(prompt))
            if len(words) >= 2 and words not in self.prompts:
                self.prompts.append(words)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in self.prompts:
            self._by_first.setdefault(words[0], []).append(words)

    def is_prompt(self, text: str) -> bool:
        words = words_of(text)
        if len(words) < 2:
            return False
        joined = " ".join(words)
        for prompt in self._by_first.get(words[0], []):
            if tuple(words) == prompt:
                return True
        word_set = set(words)
        for prompt in self.prompts:
            if abs(len(prompt) - len(words)) > max(3, 0.3 * len(prompt)):
                continue
            shared = len(word_set & set(prompt))
            if shared < 0.7 * len(set(prompt)):
                continue  # cheap test first: most paragraphs share few words with a prompt
            prompt_text = " ".join(prompt)
            if difflib.SequenceMatcher(None, joined, prompt_text, autojunk=False).ratio() >= 0.85:
                return True
        return False

    def split_leading(self, text: str) -> tuple[str, str] | None:
        """If `text` opens with a whole prompt and goes on, return (prompt, the author's rest)."""
        spans = [(m.group(), m.end()) for m in _WORDS.finditer(plain_text(text).lower())]
        if len(spans) < 3:
            return None
        for prompt in self._by_first.get(spans[0][0], []):
            n = len(prompt)
            if len(spans) > n + 1 and tuple(w for w, _ in spans[:n]) == prompt:
                cut = spans[n - 1][1]
                rest = text[cut:].lstrip(" .:;,?!)-\u2013\t\n")
                if rest:
                    return text[:cut], rest
        return None


_GUIDANCE_START = re.compile(
    r"^(please|include|including|consider|identify|describe|outline|give|provide|state|comment|list|"
    r"record|note|ensure|think|use|summarise|summarize|explain|detail|details of|what|how|why|when|where|"
    r"which|who|has|have|is|are|does|do|did|can|e\.?g\.?|for example|guidance|n\.?b\.?|this section|"
    r"you should|you must|if (no|yes|you|not|there)|remember|complete|enter|add|insert)\b",
    re.IGNORECASE)


def looks_like_guidance(text: str) -> bool:
    """Template guidance reads as an instruction or a question to the author."""
    stripped = _BULLET.sub("", text.strip())
    if stripped[:1] in "\"'\u201c\u2018":
        return False  # a quotation: in italics it is usually the child's own words
    return bool(_GUIDANCE_START.match(stripped)) or stripped.endswith("?")
