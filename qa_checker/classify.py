"""The sentence classifier: fact, observation, allegation, opinion or second-hand.

Trained by models/train_classifier.py on hand-labelled report sentences and
shipped because it beats the word lists alone on the held-out split (macro F1
in models/classifier-results.json). Loaded once per process, and only when a
check has a candidate sentence to ask about.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LABELS = ("fact", "observation", "allegation", "opinion", "second-hand")


def _model_dir() -> Path | None:
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "models" / "sentence-classifier", here / "models" / "sentence-classifier"):
        if (candidate / "meta.json").exists():
            return candidate
    return None


@lru_cache(maxsize=1)
def _pipeline():  # noqa: ANN202 - spacy.Language, imported lazily
    folder = _model_dir()
    if folder is None:
        return None
    import spacy

    return spacy.load(folder)


def classify(text: str) -> dict[str, float]:
    """Probabilities of each label for one sentence ({} when the model is not installed)."""
    nlp = _pipeline()
    return dict(nlp(text).cats) if nlp is not None else {}


def is_likely(text: str, *labels: str, threshold: float = 0.5) -> bool:
    """Whether the classifier puts at least `threshold` on the given labels together (True without a model)."""
    cats = classify(text)
    return not cats or sum(cats.get(label, 0.0) for label in labels) >= threshold
