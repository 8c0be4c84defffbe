"""Settings from `qa-checker.toml`, found in the working folder or the nearest folder above it.

    template = "llr"                            # the partnership's own form: no need to recognise it
    disable = ["readability.long-sentence"]     # checks to turn off
    fail_on = "warning"                         # error | warning | never
    rules = ["../our-partnership-rules"]        # folders of extra rule data (relative to this file)
    accepted = "accepted-findings.toml"         # findings accepted one by one (relative to this file)

    [checks."readability.long-sentence"]        # any check's settings, and its severity
    severity = "warning"
    max_words = 30

Accepted findings are the way to say "this one is right as it is" without
turning a check off, since a report cannot carry suppression comments. The
file holds the rule and a hash of the words, never the words themselves:

    [[accepted]]
    id = "3f2a91c0d4e5"     # shown beside each finding in the text and HTML output
    rule = "jargon.term"
    reason = "the family uses this word themselves"
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from qa_checker.findings import Finding

FILE_NAME = "qa-checker.toml"


class ConfigError(ValueError):
    pass


@dataclass
class Config:
    path: Path | None = None
    template: str | None = None
    disable: tuple[str, ...] = ()
    fail_on: str | None = None
    rules: tuple[str, ...] = ()
    checks: dict[str, dict] = field(default_factory=dict)
    accepted_file: Path | None = None


def find_config(start: Path | None = None) -> Path | None:
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / FILE_NAME
        if path.is_file():
            return path
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, OSError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from exc
    unknown = set(data) - {"template", "disable", "fail_on", "rules", "checks", "accepted"}
    if unknown:
        raise ConfigError(f"{path}: unknown settings {sorted(unknown)}")
    base = path.parent
    accepted = data.get("accepted")
    return Config(
        path=path,
        template=str(data["template"]) if data.get("template") else None,
        disable=tuple(data.get("disable", [])),
        fail_on=data.get("fail_on"),
        rules=tuple(str((base / r).resolve()) for r in data.get("rules", [])),
        checks={str(k): dict(v) for k, v in (data.get("checks") or {}).items()},
        accepted_file=(base / accepted).resolve() if accepted else None,
    )


def finding_id(finding: Finding) -> str:
    """A short, stable id for a finding: its rule and a hash of its words (or of its message)."""
    words = " ".join((finding.excerpt or f"{finding.section}:{finding.message}").lower().split())
    return hashlib.sha256(f"{finding.rule}\n{words}".encode()).hexdigest()[:12]


def load_accepted(path: Path | None) -> set[tuple[str, str]]:
    if path is None or not path.exists():
        return set()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from exc
    items = data.get("accepted", [])
    return {(str(item["rule"]), str(item["id"])) for item in items if "rule" in item and "id" in item}


def add_accepted(path: Path, rule: str, identifier: str, reason: str) -> None:
    """Append one accepted finding (rule and id only: no report text is written)."""
    reason = reason.replace('"', "'").replace("\n", " ")
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[accepted]]\nid = "{identifier}"\nrule = "{rule}"\nreason = "{reason}"\n')
