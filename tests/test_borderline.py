"""The readings of SPEC.md's "How the checks read borderline writing", each with hard negatives written the way
professionals write: the form recognised, each child's plan and score, actions, "not seen", opinions backed by
the next sentence, parents' views, and the words every error-level finding rests on."""

from __future__ import annotations

import pytest

from qa_checker.checks import REGISTRY, Conference, run_checks
from qa_checker.children import children_of
from qa_checker.examples import report_from

KEY = ["Name of child: Kai Smith (DOB 03/04/2018)"]
TWO = ["Children: Kai Smith (DOB 03/04/2016), Lily Smith (DOB 05/06/2019)"]


def fired(ruleset, spec: dict, rule: str) -> list:
    report = report_from(spec, ruleset)
    others = [r for r in REGISTRY if r != rule]
    return [f for f in run_checks(report, others, Conference(date=spec.get("conference_date"))) if f.rule == rule]


# -- the form -------------------------------------------------------------------------------------------

def test_the_llr_form_is_recognised_by_its_questions_and_printed_prompts_without_its_name(ruleset) -> None:
    report = report_from({"key": KEY, "sections": {
        "1. What is Working Well?": ["(N.B. Attendance at appointments without any context tells us very little).",
                                     "Nan collects Kai every day."],
        "2. What are We Worried About?": ["Mum drinks most evenings."],
        "3. What Needs to Happen?": ["I will visit every fortnight."]}}, ruleset)
    assert report.profile.id == "llr" and "printed prompts" in " ".join(report.detection.evidence["llr"])


def test_a_form_naming_another_partnership_is_checked_as_generic(ruleset) -> None:
    report = report_from({"key": ["Suffolk Safeguarding Partnership", *KEY], "sections": {
        "What are we worried about?": ["Mum drinks most evenings."],
        "What is working well?": ["Nan collects Kai every day."],
        "What needs to happen?": ["I will visit every fortnight."],
        "Recommendation": ["I think Kai should be made subject to a Child Protection Plan."],
        "Scaling": ["Kai: 3/10 because Dad still comes round."]}}, ruleset)
    assert report.profile.id == "generic" and report.detection.foreign == "Suffolk"


def test_when_not_sure_only_sections_every_candidate_form_asks_for_are_missing(ruleset) -> None:
    report = report_from({"key": KEY, "sections": {
        "Worries": ["Mum drinks most evenings."], "Strengths": ["Nan collects Kai every day."],
        "What needs to happen next": ["I will visit every fortnight."]}}, ruleset)
    detection = report.detection
    assert report.profile.id == "generic" and detection.fallback
    if len(detection.candidates) > 1:
        asked_by_all = {s for s in report.missing_sections
                        if all(s in ruleset.profile(c).required_ids(None) for c in detection.candidates)}
        assert set(report.missing_sections) == asked_by_all


def test_a_0_to_10_question_heading_is_the_scaling_not_the_worries(ruleset) -> None:
    report = report_from({"key": KEY, "sections": {"How worried are we, 0 to 10?": ["Kai: 3/10."]}}, ruleset)
    assert [s.id for s in report.sections if s.heading.startswith("How worried")] == ["scaling"]


def test_a_partnerships_form_set_once_in_qa_checker_toml(tmp_path, monkeypatch) -> None:
    from qa_checker.cli import _options

    (tmp_path / "qa-checker.toml").write_text('template = "llr"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert _options(None)[0].template == "llr"
    assert _options(None, template="portsmouth")[0].template == "portsmouth"  # the command line still wins


def test_the_web_page_offers_the_partnerships_form_first() -> None:
    from qa_checker.web import upload_form

    page = upload_form("t0k3n", [("llr", "LLR"), ("portsmouth", "Portsmouth")], chosen="llr")
    assert '<option value="llr" selected>' in page and '<option value="portsmouth">' in page


# -- each child's plan and score ------------------------------------------------------------------------

def _children(ruleset, sections: dict, key=TWO) -> dict:
    report = report_from({"template": "norfolk-sos", "key": key, "conference_date": "2027-03-01",
                          "sections": sections}, ruleset)
    return {c.first_name: c for c in children_of(report)}


def test_several_children_in_one_sentence_and_a_step_down(ruleset) -> None:
    read = _children(ruleset, {"Recommendation": [
        "Kai should remain on a Child Protection Plan, but Lily could step down to a Child in Need plan."]})
    assert (read["Kai"].recommendation, read["Lily"].recommendation) == ("cp-plan", "child-in-need")
    assert read["Lily"].as_dict()["recommendation_excerpt"].startswith("Kai should remain")


def test_the_youngest_and_the_older_one_by_their_ages(ruleset) -> None:
    read = _children(ruleset, {"Recommendation": [
        "The youngest can come off the plan onto a Child in Need plan while the older one stays on theirs."]})
    assert (read["Lily"].recommendation, read["Kai"].recommendation) == ("child-in-need", "cp-plan")


@pytest.mark.parametrize("sentence", [
    "Kai has been on a Child Protection Plan since May 2026.",
    "I will see Kai by the end of March.",
    "Mum told me she was on a child protection plan herself as a child.",
    "This is for the conference to decide.",
])
def test_history_endings_and_deferrals_state_no_view(ruleset, sentence: str) -> None:
    assert _children(ruleset, {"Recommendation": [sentence]}, KEY)["Kai"].recommendation is None


def test_the_reason_for_a_score_may_follow_in_the_next_sentence_of_the_paragraph(ruleset) -> None:
    read = _children(ruleset, {"Safety scale": ["Kai: 4/10. He is fed and clean, but Dad still comes round drunk.",
                                                "Lily: 5 out of 10."]})
    assert (read["Kai"].scaling, read["Kai"].scaling_reason) == (4, True)
    assert (read["Lily"].scaling, read["Lily"].scaling_reason) == (5, False)


def test_a_bare_number_under_a_scale_heading_is_every_childs_score_but_not_elsewhere(ruleset) -> None:
    read = _children(ruleset, {"Scale:": ["6", "I do not think a CP plan is needed: Mum is open about her use."]})
    assert (read["Kai"].scaling, read["Lily"].scaling) == (6, 6)
    read = _children(ruleset, {"Scale:": ["Mum has been open with me since March.", "6"]})
    assert (read["Kai"].scaling, read["Lily"].scaling) == (None, None)


def test_a_childs_own_rating_and_a_past_score_are_not_the_authors_score(ruleset) -> None:
    read = _children(ruleset, {"Safety scale": [
        "Kai: 6 out of 10 (at the initial conference I scaled 3), because Mum now keeps him away from Dad.",
        "On a scale of 0 to 10 Lily put herself at 8."]})
    assert read["Kai"].scaling == 6 and read["Lily"].scaling is None


def test_an_unclear_view_is_a_note_that_quotes_the_words(ruleset) -> None:
    found = fired(ruleset, {"template": "norfolk-sos", "key": KEY, "sections": {
        "Recommendation": ["A plan of some kind may help Kai."]}}, "recommendation.missing")
    assert found and found[0].severity == "info" and "plan of some kind" in found[0].excerpt


# -- actions ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("items", [
    ["What school will do:", "Offer breakfast club to Kai every morning."],  # the owner in the lead-in line
    ["By the review conference:", "Mum to register with a GP."],  # the timescale in the lead-in line
    ["Dad must not come to the house."],  # a standing rule, not a task
    ["Kai needs to feel safe at home."],  # a goal
    ["Ethan has said he will \"give it a go\"."],  # someone else's words
])
def test_quiet_actions(ruleset, items: list[str]) -> None:
    assert not fired(ruleset, {"sections": {"What needs to happen?": items}}, "actions.no-timescale")


def test_an_action_with_no_time_fires(ruleset) -> None:
    assert fired(ruleset, {"sections": {"What needs to happen?": ["Mum to see the GP about her mood."]}},
                 "actions.no-timescale")


# -- "not seen" -----------------------------------------------------------------------------------------

VOICE = "Kai told me he likes school."


@pytest.mark.parametrize("sentence", [
    "I have not seen him upset at school.",
    "The therapist has not yet seen him.",
    "I have not seen any records of injuries.",
    "We have never seen Kai with bruises.",
    "Kai has not been seen by CAMHS yet.",
    "The holiday is a worry, as school does not see the children then.",
])
def test_not_seen_hard_negatives(ruleset, sentence: str) -> None:
    assert not fired(ruleset, {"key": KEY, "sections": {"Voice of the child": [VOICE], "Worries": [sentence]}},
                     "child-voice.missing")


def test_not_met_without_a_reason_fires_and_quotes_the_words(ruleset) -> None:
    found = fired(ruleset, {"key": KEY, "sections": {"Voice of the child": ["I have not met Kai."],
                                                      "Worries": ["Mum drinks."]}}, "child-voice.missing")
    assert found and found[0].excerpt == "I have not met Kai."


@pytest.mark.parametrize("lines", [
    ["I have not met Kai.", "I work with his mother only, in the adult service."],
    ["I have not met Kai, for the reasons given above."],
    ["I have not met Kai.", "His social worker, Jo Bell, told me that Kai said he wants to stay with Nan."],
])
def test_not_met_with_a_reason_or_a_named_worker_is_quiet(ruleset, lines: list[str]) -> None:
    assert not fired(ruleset, {"key": KEY, "sections": {"Voice of the child": lines}}, "child-voice.missing")


def test_too_young_is_no_reason_for_a_child_of_six(ruleset) -> None:
    spec = {"key": ["Name of child: Kai Smith (DOB 03/04/2020)"], "conference_date": "2027-03-01",
            "sections": {"Voice of the child": ["I have not spoken to Kai, he is too young."]}}
    assert fired(ruleset, spec, "child-voice.missing")


# -- opinions and parents' views ----------------------------------------------------------------------------------

def test_an_opinion_backed_by_a_figure_in_the_next_sentence_is_quiet(ruleset) -> None:
    assert not fired(ruleset, {"sections": {"What is working well?": [
        "In my view she is safer. Her attendance has risen from 84% to 95%."]}}, "evidence.unsubstantiated-opinion")


def test_a_fact_about_something_else_is_not_evidence(ruleset) -> None:
    assert fired(ruleset, {"sections": {"Worries": [
        "It is clear that Gemma cannot protect the children. Ryan's bail runs until 9 November 2026."]}},
        "evidence.unsubstantiated-opinion")


def test_parents_views_anywhere_count_and_a_missing_section_is_not_counted_twice(ruleset) -> None:
    spec = {"template": "portsmouth", "sections": {"Parent/Carer Views": ["Mum works nights."],
                                                   "Worries": ["\"I know I need help,\" said Mum on 3 May."]}}
    assert not fired(ruleset, spec, "parent-views.missing")
    spec = {"template": "portsmouth", "sections": {"Parent/Carer Views": ["Mum works nights."]}}
    assert fired(ruleset, spec, "parent-views.missing")
    spec = {"template": "portsmouth", "sections": {"Parent/Carer Views": ["N/A"]}}
    assert not fired(ruleset, spec, "parent-views.missing")
    assert any(f.section == "parent-views" for f in fired(ruleset, spec, "structure.missing-section"))


# -- every error rests on words -----------------------------------------------------------------------------------

def test_every_error_level_finding_about_a_written_section_quotes_its_words(ruleset) -> None:
    spec = {"template": "norfolk-sos", "key": KEY, "sections": {
        "Child/young person's views on their situation and on the report": ["N/A"],
        "Recommendation": ["This is for the conference to decide."]}}
    report = report_from(spec, ruleset)
    errors = [f for f in run_checks(report, (), Conference()) if f.severity == "error"
              and f.section in ("child-views", "recommendation")]
    assert errors and all(f.excerpt for f in errors), [(f.rule, f.excerpt) for f in errors]


def test_every_report_of_the_independent_corpora_is_read_without_an_internal_error(checker) -> None:
    """A bug in a check would show as a "corrupt" file: every report written for the trust measurements reads."""
    from tests.conftest import ROOT

    files = sorted(ROOT.glob("benchmarks/independent*/files/*.docx"))
    assert len(files) >= 100
    errors = [(f.name, r.error.code) for f in files if (r := checker.check_file(f)).error is not None]
    assert not errors
