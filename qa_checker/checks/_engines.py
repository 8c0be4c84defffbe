"""Small engines that several checks are built from (after Vale's rule types over YAML data)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from qa_checker.checks import CheckContext
from qa_checker.findings import Finding
from qa_checker.wordlists import Entry, finder


def substitution(list_name: str, advice_key: str, message: Callable[[str, Entry], str],
                 suggestion: Callable[[str, Entry], str]) -> Callable[[CheckContext], Iterator[Finding]]:
    """Flag each phrase of a word list in the author's own sentences, with the list's better wording."""

    def run(ctx: CheckContext) -> Iterator[Finding]:
        phrases = finder(list_name, "entries", advice_key, ctx.extra_dirs)
        seen: set[str] = set()
        for sentence in ctx.sentences:
            for hit in phrases.find(sentence.text):
                words = sentence.text[hit.start:hit.end]
                # An entry may say it is only worth a note ("severity: info"): words to explain, not a breach;
                # and once the point is made, the same phrase again is a note too.
                repeat = hit.entry.key in seen
                seen.add(hit.entry.key)
                severity = "info" if hit.entry.data.get("severity") == "info" or repeat else None
                yield ctx.finding(sentence=sentence, excerpt=words, message=message(words, hit.entry),
                                  suggestion=suggestion(words, hit.entry), severity=severity)

    return run
