"""Template profiles and the canonical section vocabulary, loaded from `rules/`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from qa_checker.ruledata import RuleDataError, load_yaml, rules_dirs

OTHER = "other"  # text under a heading that maps to no canonical section
POLICIES = {"required-per-child", "required", "expected", "not-asked", "forbidden"}
_PROFILE_KEYS = {"id", "name", "source", "signatures", "recommendation", "scaling", "sections", "detect",
                 "settings", "weights"}
_SECTION_KEYS = {"id", "required", "required_at", "parent", "satisfied_by", "found_in", "aliases", "prompts"}


@dataclass(frozen=True)
class CanonicalSection:
    id: str
    name: str
    aliases: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    source: str
    # Words that settle it whatever else a long question says ("0 to 10" makes it the scaling).
    strong_patterns: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class SectionSpec:
    """What one profile expects of one section."""

    id: str
    required: bool = False
    required_at: str | None = None  # a conference type ("review") at which it becomes required
    parent: str | None = None  # a sub-section of this section (past-harm under worries)
    satisfied_by: tuple[str, ...] = ()  # present when any of these sub-sections has content
    found_in: tuple[str, ...] = ()  # may be answered inside these sections instead
    aliases: tuple[str, ...] = ()
    prompts: tuple[str, ...] = ()

    def is_required(self, conference_type: str | None) -> bool:
        return self.required or (self.required_at is not None and self.required_at == conference_type)


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    source: str
    signatures: tuple[str, ...]
    recommendation: str
    scaling: str
    sections: tuple[SectionSpec, ...]
    detect: bool = True
    path: str = ""
    settings: dict = field(default_factory=dict)  # per check id: settings that differ for this template
    weights: dict = field(default_factory=dict)  # score weights that differ for this template
    _by_id: dict[str, SectionSpec] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({s.id: s for s in self.sections})

    def spec(self, section_id: str) -> SectionSpec | None:
        return self._by_id.get(section_id)

    def required_ids(self, conference_type: str | None = None) -> list[str]:
        return [s.id for s in self.sections if s.is_required(conference_type) and s.parent is None]

    @property
    def prompts(self) -> list[str]:
        return [p for s in self.sections for p in s.prompts]


@dataclass(frozen=True, eq=False)  # hashed by identity: matchers are cached per rule set
class RuleSet:
    """Everything the section mapper needs from `rules/`."""

    vocabulary: dict[str, CanonicalSection]
    profiles: dict[str, Profile]
    placeholders: frozenset[str]
    extra_dirs: tuple[str, ...] = ()  # a partnership's own rule folders, for the grammars and word lists

    def profile(self, profile_id: str) -> Profile:
        try:
            return self.profiles[profile_id]
        except KeyError:
            known = ", ".join(sorted(self.profiles))
            raise RuleDataError(f"unknown template '{profile_id}'. Known templates: {known}") from None


def normalise_placeholder(text: str) -> str:
    return re.sub(r"[\s.!:;,]+$", "", re.sub(r"\s+", " ", text.strip().lower()))


def load_rules(extra_dirs: Iterable[str | Path] = ()) -> RuleSet:
    dirs = rules_dirs(extra_dirs)
    vocabulary: dict[str, CanonicalSection] = {}
    profiles: dict[str, Profile] = {}
    placeholders: set[str] = set()
    for folder in dirs:
        sections_file = folder / "sections.yaml"
        if sections_file.exists():
            _merge_vocabulary(vocabulary, sections_file)
        placeholder_file = folder / "placeholders.yaml"
        if placeholder_file.exists():
            data = load_yaml(placeholder_file) or {}
            for entry in data.get("placeholders", []):
                text = entry["text"] if isinstance(entry, dict) else str(entry)
                placeholders.add(normalise_placeholder(text))
    known_ids = set(vocabulary) | {OTHER}
    for folder in dirs:
        for path in sorted((folder / "templates").glob("*.yaml")):
            profile = _profile(path, known_ids)
            profiles[profile.id] = profile
    if "generic" not in profiles:
        raise RuleDataError("the 'generic' template profile is missing from rules/templates")
    return RuleSet(vocabulary=vocabulary, profiles=profiles, placeholders=frozenset(placeholders),
                   extra_dirs=tuple(str(d) for d in extra_dirs))


def _merge_vocabulary(vocabulary: dict[str, CanonicalSection], path: Path) -> None:
    data = load_yaml(path) or {}
    for section_id, entry in (data.get("sections") or {}).items():
        entry = entry or {}
        try:
            patterns = tuple(re.compile(p) for p in entry.get("patterns", []))
            strong = tuple(re.compile(p) for p in entry.get("strong_patterns", []))
        except re.error as exc:
            raise RuleDataError(f"{path}: section '{section_id}' has a bad pattern: {exc}") from exc
        previous = vocabulary.get(section_id)
        if previous is None:
            vocabulary[section_id] = CanonicalSection(
                id=section_id, name=entry.get("name", section_id), aliases=tuple(entry.get("aliases", [])),
                patterns=patterns, source=entry.get("source", str(path)), strong_patterns=strong)
        else:  # a partnership's file adds to the project's
            vocabulary[section_id] = CanonicalSection(
                id=section_id, name=entry.get("name", previous.name),
                aliases=previous.aliases + tuple(entry.get("aliases", [])),
                patterns=previous.patterns + patterns, source=previous.source,
                strong_patterns=previous.strong_patterns + strong)


def _profile(path: Path, known_ids: set[str]) -> Profile:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise RuleDataError(f"{path}: a template profile must be a mapping")
    unknown = set(data) - _PROFILE_KEYS
    if unknown:
        raise RuleDataError(f"{path}: unknown keys {sorted(unknown)}")
    for key in ("id", "name", "sections"):
        if key not in data:
            raise RuleDataError(f"{path}: '{key}' is missing")
    specs = []
    for entry in data["sections"]:
        extra = set(entry) - _SECTION_KEYS
        if extra:
            raise RuleDataError(f"{path}: section {entry.get('id')}: unknown keys {sorted(extra)}")
        referenced = [entry["id"], *entry.get("satisfied_by", []), *entry.get("found_in", [])]
        if entry.get("parent"):
            referenced.append(entry["parent"])
        for section_id in referenced:
            if section_id not in known_ids:
                raise RuleDataError(f"{path}: '{section_id}' is not a canonical section id")
        specs.append(SectionSpec(
            id=entry["id"], required=bool(entry.get("required", False)), required_at=entry.get("required_at"),
            parent=entry.get("parent"), satisfied_by=tuple(entry.get("satisfied_by", [])),
            found_in=tuple(entry.get("found_in", [])), aliases=tuple(entry.get("aliases", [])),
            prompts=tuple(entry.get("prompts", []))))
    for key in ("recommendation", "scaling"):
        if data.get(key, "not-asked") not in POLICIES:
            raise RuleDataError(f"{path}: {key} must be one of {sorted(POLICIES)}")
    return Profile(
        id=data["id"], name=data["name"], source=data.get("source", ""),
        signatures=tuple(data.get("signatures", [])), recommendation=data.get("recommendation", "not-asked"),
        scaling=data.get("scaling", "not-asked"), sections=tuple(specs), detect=data.get("detect", True),
        path=str(path), settings=data.get("settings") or {}, weights=data.get("weights") or {})
