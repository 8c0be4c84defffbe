"""Score and grade: 100 for a report that meets the guidance, less the cost of each finding."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from qa_checker.findings import Finding
from qa_checker.ruledata import load_yaml, rules_dirs


@dataclass
class Score:
    value: int
    grade: str
    lost: list[dict] = field(default_factory=list)  # [{"rule", "findings", "points"}], where points went


def load_weights(extra_dirs: tuple = (), overrides: dict | None = None) -> dict:
    weights: dict = {}
    for folder in rules_dirs(extra_dirs):
        path = folder / "scoring.yaml"
        if path.exists():
            data = load_yaml(path) or {}
            for key, value in data.items():
                if isinstance(value, dict) and isinstance(weights.get(key), dict):
                    weights[key] = {**weights[key], **value}
                else:
                    weights[key] = value
    for key, value in (overrides or {}).items():
        weights[key] = {**weights.get(key, {}), **value} if isinstance(value, dict) else value
    return weights


def with_profile_weights(weights: dict, profile_weights: dict) -> dict:
    """A profile's weights over the project's: a rule it prices replaces that rule's price, the rest stay."""
    merged = {**weights, **{k: v for k, v in profile_weights.items() if k != "rules"}}
    merged["rules"] = {**weights.get("rules", {}), **(profile_weights.get("rules") or {})}
    return merged


def score(findings: list[Finding], weights: dict) -> Score:
    per_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        per_rule[finding.rule].append(finding)
    lost = []
    total = 0
    for rule, items in per_rule.items():
        settings = weights.get("rules", {}).get(rule, {})
        by_severity = settings.get("points_by_severity", {})
        # A rule's flat points are what a fault costs; a note (info) costs only what the rule says it does.
        points = sum(by_severity.get(f.severity, weights["points"]["info"] if f.severity == "info"
                                     else settings.get("points", weights["points"][f.severity]))
                     for f in items)
        points = min(points, settings.get("cap", weights.get("cap", 12)))
        if points:
            lost.append({"rule": rule, "findings": len(items), "points": round(points, 1)})
            total += points
    value = max(0, round(100 - total))
    grades = sorted(weights["grades"].items(), key=lambda item: item[1], reverse=True)
    grade = next(name for name, floor in grades if value >= floor)
    lost.sort(key=lambda item: item["points"], reverse=True)
    return Score(value, grade, lost)
