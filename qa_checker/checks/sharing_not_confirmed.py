"""sharing.not-confirmed: the report does not say it was shared with the parents or carers (and the child where
old enough), or says it was not, without a reason."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.checks._patterns import PARENT_WORDS, first_names, gives_reason, name_pattern
from qa_checker.findings import Finding

_SHARED = re.compile(
    r"\b(shared|discussed|went through|talked (them |her |him )?through|read (through |out )?(this|the|my)|"
    r"read it|gave (them |her |him )?(a )?copy|given (a )?copy|sent (them |her |him )?(a )?copy|posted|emailed|"
    r"(has|have|had) (seen|read|had a copy of|been given)|copy of (this|the|my) report|agreed with (this|the) report|"
    r"views? (of|on) (this|the|my) report)\b", re.IGNORECASE)
_ABOUT_REPORT = re.compile(r"\b(report|copy|it|this|my (views|worries|concerns))\b", re.IGNORECASE)
_NOT = re.compile(r"\b(not|n't|never|unable|no)\b|\bwill (share|go through|discuss)\b", re.IGNORECASE)


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    names = name_pattern(first_names(report, children=True, adults=True))
    person = re.compile(rf"\b{PARENT_WORDS}\b|{names}|\b(them|her|him)\b|\bwith (?-i:[A-Z][a-z]+)", re.IGNORECASE)
    refused: list = []
    for section in report.find("sharing"):
        answer = section.text.strip().lower()
        if answer.startswith("yes") or answer.startswith("\u2612 yes") or re.match(r"^(yes|y)\b", answer):
            return
        if re.match(r"^(no|n)\b", answer):
            if gives_reason(section.text, ctx.report.ruleset.extra_dirs):
                return
            yield ctx.finding(  # the form's own question answered "No", with no reason
                section=section, excerpt=section.text.strip(),
                message=("The report says it has not been shared with the family, and not why. Parents should read "
                         "the report before the conference unless there is a reason they cannot."),
                suggestion="Share it before the conference, or say why it could not be shared.")
            return
    sentences = ctx.sentences
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if not _SHARED.search(text) or not person.search(text) or not _ABOUT_REPORT.search(text):
            continue
        if _NOT.search(text):
            following = sentences[index + 1].text if index + 1 < len(sentences) else ""
            if gives_reason(f"{text} {following}", ctx.report.ruleset.extra_dirs):
                return  # not shared, with the reason given
            refused.append((sentence.section, sentence))
            continue
        return  # shared
    if refused:
        section, sentence = refused[0]
        yield ctx.finding(
            section=section, sentence=sentence, excerpt=sentence.text if sentence else section.text,
            message=("The report says it was not shared with the family, but not why. Parents should have read the "
                     "report before the conference unless there is a reason they cannot."),
            suggestion="Share it before the conference, or say why it could not be shared (for example police advice).")
        return
    yield ctx.finding(
        message=("The report does not say whether it was shared with the parents or carers (and the child, where "
                 "old enough). The guidance asks for it to be shared before the conference."),
        suggestion="Say when and how you shared it and what they said: \"I went through this report with ... on ...\".")


CHECK = register(Check(
    id="sharing.not-confirmed", severity="warning",
    title="Shared with the family",
    description="The report does not say it was shared with the parents/carers (and the child where old enough), or "
                "says it was not, without a reason.",
    source="Guidance 000 ('share the contents of the report with the Parents / Carers / Family / Child'); guidance "
           "002 ('Have the child and parents/carers had a copy of this form?'); guidance 003, 004",
    run=run))
