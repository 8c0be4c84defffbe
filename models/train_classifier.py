"""Train and measure the sentence classifier: fact / observation / allegation / opinion / second-hand.

Guidance 002 and 004 ask authors to "distinguish between fact, observation,
allegation and opinion" and to say when information is second hand. This script
compares two ways of telling them apart on the held-out split of
models/data/sentences.jsonl (hand-labelled report sentences, see its README):

- rules: the word lists qa-checker already uses (opinion markers, attribution
  phrases) plus a few patterns for allegations and first-hand observation;
- textcat: a spaCy text classifier (bag-of-words and n-grams, exclusive classes)
  trained on the training split with a fixed seed.

It prints accuracy and macro F1 for both, writes the figures to
models/classifier-results.json, and saves the trained model to
models/sentence-classifier/ when it beats the rules (the checks then load it).

Usage: python models/train_classifier.py [--epochs 25] [--seed 7]
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from qa_checker.wordlists import finder  # noqa: E402

LABELS = ["fact", "observation", "allegation", "opinion", "second-hand"]
OUT = ROOT / "sentence-classifier"
RESULTS = ROOT / "classifier-results.json"

_ALLEGATION = re.compile(r"\b(alleg\w*|claim(s|ed)?|disclos\w*|accus\w*|reported to (the )?police that|"
                         r"says? (that )?(he|she|they) (was|were) (hit|hurt|touched|assaulted|raped))\b", re.IGNORECASE)
_OBSERVED = re.compile(r"\b(i|we)\s+(saw|see|observed|noticed|heard|watched|found|met|weighed|visited)\b|"
                       r"\b(told|said to|showed) (me|us)\b|\bwhen i (visited|saw|met)\b", re.IGNORECASE)
_SECOND_HAND = re.compile(r"\b(reported|told (her|him|them|staff|the)|said that|informed|according to|"
                          r"records? (show|state|say)|was seen to|is said to|reportedly|apparently)\b", re.IGNORECASE)


def rule_label(text: str) -> str:
    """The label the word lists and patterns alone would give."""
    if finder("opinion_markers", "markers").find(text) or finder("judgemental", "entries", "preferred").find(text):
        return "opinion"
    if _ALLEGATION.search(text):
        return "allegation"
    if finder("attribution", "unattributed").find(text) or _SECOND_HAND.search(text):
        return "second-hand"
    if _OBSERVED.search(text):
        return "observation"
    return "fact"


def load(split: str) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (ROOT / "data" / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [(row["text"], row["label"]) for row in rows if row["split"] == split]


def scores(gold: list[str], predicted: list[str]) -> dict:
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold)
    per_label = {}
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per_label[label] = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    return {"accuracy": round(accuracy, 3), "macro_f1": round(sum(per_label.values()) / len(LABELS), 3),
            "f1": per_label}


def train(train_rows: list[tuple[str, str]], epochs: int, seed: int) -> spacy.language.Language:
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2, "no_output_layer": False,
        "length": 65536}})
    for label in LABELS:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": {lb: float(lb == label) for lb in LABELS}})
                for text, label in train_rows]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def main(argv: list[str]) -> int:
    epochs = int(argv[argv.index("--epochs") + 1]) if "--epochs" in argv else 25
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 7
    train_rows, test_rows = load("train"), load("test")
    gold = [label for _, label in test_rows]
    rules = scores(gold, [rule_label(text) for text, _ in test_rows])
    nlp = train(train_rows, epochs, seed)
    predicted = [max(doc.cats, key=doc.cats.get) for doc in nlp.pipe(text for text, _ in test_rows)]
    model = scores(gold, predicted)
    shipped = "textcat" if model["macro_f1"] > rules["macro_f1"] else "rules"
    results = {"train_sentences": len(train_rows), "test_sentences": len(test_rows),
               "test_labels": dict(Counter(gold)), "epochs": epochs, "seed": seed,
               "rules": rules, "textcat": model, "shipped": shipped}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    if shipped == "textcat":
        nlp.to_disk(OUT)
        print(f"saved the trained classifier to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
