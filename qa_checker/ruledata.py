"""Where rule data lives, and reading it.

Rule data is YAML under `rules/`: the project's own, plus any folders a
partnership adds (`--rules DIR`, or QA_CHECKER_RULES holding folders separated
by the OS path separator). A partnership's folder has the same layout: its
`templates/*.yaml` add profiles (or replace one with the same id), and its
word lists add entries, so nobody edits Python to fit a local form.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml


class RuleDataError(ValueError):
    """A rule file that cannot be used: says which file and what is wrong."""


def builtin_rules_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "rules"):  # source checkout, then installed copy
        if (candidate / "templates").is_dir():
            return candidate
    raise RuleDataError("qa-checker's rule data is missing: reinstall the package")


def rules_dirs(extra: Iterable[str | Path] = ()) -> list[Path]:
    dirs = [builtin_rules_dir()]
    from_env = os.environ.get("QA_CHECKER_RULES", "")
    for entry in [*from_env.split(os.pathsep), *extra]:
        if entry:
            path = Path(entry).expanduser()
            if not path.is_dir():
                raise RuleDataError(f"rules folder not found: {path}")
            dirs.append(path)
    return dirs


@lru_cache(maxsize=256)
def _load(path: Path, mtime: float) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            # libyaml's safe loader when PyYAML was built with it: ten times faster at start-up.
            return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as exc:
        raise RuleDataError(f"{path}: not valid YAML ({exc})") from exc


def load_yaml(path: Path) -> Any:
    return _load(path, path.stat().st_mtime)


@lru_cache(maxsize=64)
def load_grammar(name: str, extra_dirs: tuple[str, ...] = ()) -> dict[str, Any]:
    """A grammar from `rules/grammar/NAME.yaml` (how sentences end, time expressions, plans), with a
    partnership's file of the same name merged in: its lists extend ours, its other keys are added."""
    merged: dict[str, Any] = {}
    found = False
    for folder in rules_dirs(extra_dirs):
        path = folder / "grammar" / f"{name}.yaml"
        if not path.exists():
            continue
        found = True
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise RuleDataError(f"{path}: a grammar must be a mapping")
        for key, value in data.items():
            if isinstance(value, list):
                merged[key] = [*merged.get(key, []), *value]
            elif isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            elif key not in merged:
                merged[key] = value
    if not found:
        raise RuleDataError(f"the grammar '{name}' is missing from rules/grammar")
    return merged
