"""sharing.not-confirmed: the report does not say it was shared with the parents or carers (and the child where
old enough), or says it was not, without a reason."""

from __future__ import annotations

import re
from collections.abc import Iterator

from qa_checker.checks import Check, CheckContext, register
from qa_checker.checks._patterns import PARENT_WORDS, first_names, gives_reason, name_pattern
from qa_checker.findings import Finding
from qa_checker.sections.fields import labelled_fields

_SHARED = re.compile(
    r"\b(shared|discussed|(went|go|gone|been|going) through|talked (them |her |him )?through|"
    r"read (through |out )?(this|the|my)|copy (was )?(given|sent|handed|posted)|handed (them |her |him )?(a )?copy|"
    r"read it|gave (them |her |him )?(a )?copy|given (a )?copy|sent (them |her |him )?(a )?copy|posted|emailed|"
    r"(has|have|had) (seen|read|had a copy of|been given)|copy of (this|the|my) report|agreed with (this|the) report|"
    r"views? (of|on) (this|the|my) report)\b", re.IGNORECASE)
_SHARING_LABEL = re.compile(r"\bshar(ed|ing|e)\b|\bcopy of (this|the) (form|report)\b", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"^\W*(parents?|carers?|mum|dad|mother|father|child|young person|family)\W{0,3}:\s*",
                           re.IGNORECASE)
_ABOUT_REPORT = re.compile(r"\b(report|copy|it|this|my (views|worries|concerns))\b", re.IGNORECASE)
_NOT = re.compile(r"\b(not|n't|never|unable|no)\b|\bwill (share|go through|discuss)\b", re.IGNORECASE)


def _strip_labels(answer: str) -> str:
    """ "Parent: YES (copy given ...)": the answer without the label in front of it."""
    return _ANSWER_LABEL.sub("", answer.strip())


def _answer(section) -> str:
    """The answer to the form's sharing question. A bare "No" or "Yes" box is the whole answer: the lines after
    it belong to the next box of the form, not to a reason."""
    texts = [u.text.strip() for u in section.units if u.kind in ("content", "data") and u.text.strip()]
    if texts and re.fullmatch(r"(\u2612\s*)?(yes|no|n/?a|not yet)\W*", texts[0], re.IGNORECASE):
        return texts[0]
    return " ".join(texts)


def run(ctx: CheckContext) -> Iterator[Finding]:
    report = ctx.report
    names = name_pattern(first_names(report, children=True, adults=True))
    person = re.compile(rf"\b{PARENT_WORDS}\b|{names}|\b(them|her|him)\b|\bwith (?-i:[A-Z][a-z]+)", re.IGNORECASE)
    refused: list = []
    extra_dirs = report.ruleset.extra_dirs
    # The form's own question ("Have the child and parents/carers had a copy of this form?") and fields such as
    # "Date report shared with family": their answers, labelled lines ("Mum: Yes - shared 27/01") included.
    answers = [(s, _answer(s)) for s in report.find("sharing")]
    answers += [(None, " ".join(values)) for label, values in labelled_fields(report.sections, report.preamble)
                if _SHARING_LABEL.search(label)]
    for section, answer in answers:
        said = _strip_labels(answer).lower()
        if not said:
            continue
        if re.match(r"^(\u2612\s*)?(yes|y)\b", said) or (_SHARED.search(said) and not _NOT.search(said)) or \
                re.match(r"^\d{1,2}[/.-]\d{1,2}", said):
            return  # "Yes", "Shared with Michelle 02/06/2027", a date
        if re.match(r"^(no|n|not)\b", said):
            if gives_reason(answer, extra_dirs):
                return  # "Not shared - live investigation"
            refused_field = (section, answer)  # "No - see section 6": the reason may be in the body
            break
    else:
        refused_field = None
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
    if refused_field:
        section, answer = refused_field
        yield ctx.finding(  # the form's own question answered "No", with no reason here or in the body
            section=section, excerpt=answer,
            message=("The report says it has not been shared with the family, and not why. Parents should read "
                     "the report before the conference unless there is a reason they cannot."),
            suggestion="Share it before the conference, or say why it could not be shared.")
        return
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
