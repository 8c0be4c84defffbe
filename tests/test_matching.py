"""Heading and prompt matching: the variants authors really write, and what must not match."""

from __future__ import annotations

import pytest

from qa_checker.sections.matching import HeadingMatcher, PromptMatcher, looks_like_guidance, normalise


@pytest.fixture(scope="module")
def matcher(ruleset) -> HeadingMatcher:
    return HeadingMatcher(ruleset.vocabulary, ruleset.profiles.values())


@pytest.mark.parametrize("heading, expected", [
    ("What are we worried about now?", "worries"),
    ("2. What are We Worried About?", "worries"),
    ("Worries", "worries"),
    ("WHAT ARE WE WORRIED ABOUT", "worries"),
    ("1) Details of service involvement", "agency-involvement"),
    ("Overview of your agency’s involvement with child/family", "agency-involvement"),
    ("Existing Safety & Strengths (What’s working well)", "working-well"),
    ("What's working well?", "working-well"),
    ("Strengths", "working-well"),
    ("Ruby's voice", "child-views"),
    ("Deshawn’s views", "child-views"),
    ("Jamie's wishes and feelings", "child-views"),
    ("Child(ren)'s Views", "child-views"),
    ("Voice of the child", "child-views"),
    ("Has the child been consulted with?", "child-views"),
    ("Parent/Carer Views", "parent-views"),
    ("What mum and dad think", "parent-views"),
    ("Mum's views", "parent-views"),
    ("3. What needs to happen", "needs-to-happen"),
    ("Next steps", "needs-to-happen"),
    ("Past Harm", "past-harm"),
    ("Current Harm and Impact", "current-harm"),
    ("Complicating factors", "complicating-factors"),
    ("Safety scaling", "scaling"),
    ("My recommendation", "recommendation"),
    ("Do you think a Child Protection Plan is needed?", "recommendation"),
    ("5) Analysis of implications for the child's future safety, health and development", "analysis"),
    ("FAMILY COMPOSITION - Adults", "family-composition"),
    ("Relationships & engagement with parents/carers:", "parent-relationship"),
    ("Child's presentation:", "presentation"),
    ("Who have you consulted with in the production of this report?", "consultation"),
    ("Have the child and parents/carers had a copy of this form?", "sharing"),
    ("Actions taken by you in respect of the recommendations of the last Child Protection Conference:",
     "previous-actions"),
    ("Within your own agency's provision……", "agency-offer"),
])
def test_headings_authors_write_map_to_their_section(matcher: HeadingMatcher, heading: str, expected: str) -> None:
    match = matcher.match(heading)
    assert match is not None, heading
    assert match.section_id == expected


@pytest.mark.parametrize("text", [
    "Ava told me she likes her teacher",
    "Attendance this term is 86%",
    "Signature",
    "School attendance",
    "Mum has kept every health appointment",
])
def test_ordinary_lines_map_to_no_section(matcher: HeadingMatcher, text: str) -> None:
    assert matcher.match(text) is None


def test_normalise_removes_numbering_and_names() -> None:
    assert normalise("2.1) Past Harm:") == "past harm"
    assert normalise("Ruby’s voice") == "child's voice"
    assert normalise("Mum's views") == "mum's views"
    assert normalise("Child/young person’s views") == "child young person's views"


def test_prompts_are_recognised_whole_and_at_the_start() -> None:
    prompts = PromptMatcher(["Identify family strengths and safe behaviours (Include strengths within the "
                             "wider family network which increases safety)."])
    assert prompts.is_prompt("· Identify family strengths and safe behaviours (Include strengths within the wider "
                             "family network which increases safety).")
    split = prompts.split_leading("Identify family strengths and safe behaviours (Include strengths within the "
                                  "wider family network which increases safety). Nan collects Ava every day.")
    assert split is not None and split[1] == "Nan collects Ava every day."
    assert not prompts.is_prompt("Nan collects Ava from school every day and stays until mum is home.")


def test_guidance_looks_like_instructions_not_quotes() -> None:
    assert looks_like_guidance("Please comment on the child's educational progress:")
    assert looks_like_guidance("What do you believe will be the likely outcome for the child?")
    assert not looks_like_guidance("“I don’t like it when daddy shouts,” Ava said.")
    assert not looks_like_guidance("Ava drew her family and put herself next to Nan.")
