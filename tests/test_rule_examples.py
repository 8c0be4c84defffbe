"""Every check and every word list carries its own examples; this runs them all.

A check must fire on each of its `fire` examples and stay quiet on each `quiet`
one (rules/checks.yaml); a word list's examples run through the check that reads
it. The test fails if a check or a list has no examples at all.
"""

from __future__ import annotations

import pytest
import yaml

from qa_checker.checks import REGISTRY, Conference, run_checks
from qa_checker.examples import report_from
from qa_checker.ruledata import builtin_rules_dir

RULES = builtin_rules_dir()
CHECK_EXAMPLES = yaml.safe_load((RULES / "checks.yaml").read_text(encoding="utf-8"))["checks"]
# Which check reads each word list, and the heading its examples are written under.
LISTS = {
    "jargon": ("jargon.term", "What are we worried about?"),
    "judgemental": ("language.judgemental", "What are we worried about?"),
    "acronyms": ("jargon.acronym", "What are we worried about?"),
    "opinion_markers": ("evidence.unsubstantiated-opinion", "What are we worried about?"),
    "attribution": ("evidence.unattributed-source", "What are we worried about?"),
    "strengths": ("strengths.attendance-only", "What is working well?"),
}


def _fired(ruleset, spec: dict, rule: str) -> list:
    report = report_from(spec, ruleset)
    conference = Conference(**{"date": None, "type": None, "received": None, **(spec.get("conference") or {})})
    others = [r for r in REGISTRY if r != rule]
    return [f for f in run_checks(report, others, conference) if f.rule == rule]


def test_every_check_has_examples_both_ways() -> None:
    for rule in REGISTRY:
        examples = CHECK_EXAMPLES.get(rule) or {}
        assert examples.get("fire") and examples.get("quiet"), f"{rule} needs fire and quiet examples"


@pytest.mark.parametrize("rule", sorted(REGISTRY))
def test_check_fires_on_its_bad_examples_and_not_its_good_ones(ruleset, rule: str) -> None:
    examples = CHECK_EXAMPLES[rule]
    for number, spec in enumerate(examples["fire"]):
        assert _fired(ruleset, spec, rule), f"{rule} did not fire on its fire example {number + 1}"
    for number, spec in enumerate(examples["quiet"]):
        fired = _fired(ruleset, spec, rule)
        assert not fired, f"{rule} fired on its quiet example {number + 1}: {[f.excerpt for f in fired]}"


def _list_examples(name: str) -> tuple[list[str], list[str]]:
    data = yaml.safe_load((RULES / "lists" / f"{name}.yaml").read_text(encoding="utf-8"))
    fire = list((data.get("examples") or {}).get("fire") or [])
    quiet = list((data.get("examples") or {}).get("quiet") or [])
    for entry in data.get("entries") or []:
        fire += (entry.get("examples") or {}).get("fire") or []
        quiet += (entry.get("examples") or {}).get("quiet") or []
    return fire, quiet


@pytest.mark.parametrize("name", sorted(LISTS))
def test_word_list_examples(ruleset, name: str) -> None:
    rule, heading = LISTS[name]
    fire, quiet = _list_examples(name)
    assert fire and quiet, f"the {name} list needs fire and quiet examples"
    missed = [text for text in fire if not _fired(ruleset, {"sections": {heading: [text]}}, rule)]
    wrong = [text for text in quiet if _fired(ruleset, {"sections": {heading: [text]}}, rule)]
    assert not missed, f"{rule} did not fire on {len(missed)} of {len(fire)} examples of {name}: {missed[:5]}"
    assert not wrong, f"{rule} fired on {len(wrong)} of {len(quiet)} quiet examples of {name}: {wrong[:5]}"


def test_sentence_grammar_examples() -> None:
    """rules/grammar/sentences.yaml: each example splits into exactly the sentences it lists."""
    from qa_checker.ruledata import load_grammar
    from qa_checker.text import split_sentences

    examples = load_grammar("sentences")["examples"]
    assert len(examples) >= 10
    for example in examples:
        assert [s for _, s in split_sentences(example["text"])] == example["sentences"], example["text"]


def test_plan_grammar_examples() -> None:
    """rules/grammar/plans.yaml: each example gives each child the plan it lists (null: no view)."""
    from qa_checker.children import ChildView, read_plans
    from qa_checker.ruledata import load_grammar

    examples = load_grammar("plans")["examples"]
    assert len(examples) >= 10
    for example in examples:
        ages = example.get("ages") or {}
        children = [ChildView(name, ages.get(name)) for name in example["children"]]
        read: dict[str, str] = {}
        for targets, plan in read_plans(example["text"], children, view_section=True, plan_question=True,
                                        context=[]):
            for child in targets:
                read.setdefault(child.name, plan)
        assert {c.name: read.get(c.name) for c in children} == example["children"], example["text"]


def test_timescale_grammar_examples(ruleset) -> None:
    """rules/grammar/timescales.yaml: actions.no-timescale fires on each `fire` item and not on each `quiet` one."""
    from qa_checker.ruledata import load_grammar

    examples = load_grammar("timescales")["examples"]
    assert len(examples["fire"]) >= 5 and len(examples["quiet"]) >= 10
    heading = "What needs to happen?"
    missed = [t for t in examples["fire"] if not _fired(ruleset, {"sections": {heading: [t]}}, "actions.no-timescale")]
    wrong = [t for t in examples["quiet"] if _fired(ruleset, {"sections": {heading: [t]}}, "actions.no-timescale")]
    assert not missed and not wrong, (missed, wrong)
