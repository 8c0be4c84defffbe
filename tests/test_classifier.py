"""The shipped sentence classifier: trained, measured against the rules, loaded offline."""

from __future__ import annotations

import json

from qa_checker.classify import classify, is_likely

from .conftest import ROOT


def test_shipped_classifier_beats_the_rules_on_the_held_out_split() -> None:
    results = json.loads((ROOT / "models" / "classifier-results.json").read_text(encoding="utf-8"))
    assert results["test_sentences"] >= 120 and results["train_sentences"] >= 480
    assert results["shipped"] == "textcat"
    assert results["textcat"]["macro_f1"] > results["rules"]["macro_f1"]
    assert (ROOT / "models" / "sentence-classifier" / "meta.json").exists()


def test_classifier_tells_opinion_from_observation() -> None:
    opinion = classify("I feel that Mum does not prioritise the children's needs.")
    observation = classify("When I visited on 3 March I saw that the fridge was empty.")
    assert max(opinion, key=opinion.get) == "opinion"
    assert max(observation, key=observation.get) == "observation"
    assert is_likely("It has been reported that Dad is drinking again.", "second-hand", "allegation")
