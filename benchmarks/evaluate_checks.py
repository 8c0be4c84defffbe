"""Measure the checks against a conference chair's reading of each report.

benchmarks/chair/*.yaml label, for each report, every clear breach of SPEC.md's
checks (rule, the exact words, or the child) and hard negatives a careless checker
would flag, plus the grade the chair would give. This runs each report (DOCX and
PDF) with the conference date, type and received date the chair would pass on the
command line, and reports per rule precision, recall and F1, overall (micro) F1,
how many hard negatives were flagged, and how often the grade matches.

Not compared: readability.hard-to-read (unlabelled) and readability.long-sentence
findings of 40 words or fewer (information only; the chair labelled the warnings).

Usage: python benchmarks/evaluate_checks.py [benchmarks/chair] [--verbose] [--pdf]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from qa_checker.findings import Finding
from qa_checker.pipeline import Checker, Options

ROOT = Path(__file__).resolve().parent.parent
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.translate(_QUOTES).lower()))


def _compared(finding: Finding) -> bool:
    if finding.rule == "readability.hard-to-read":
        return False
    return not (finding.rule == "readability.long-sentence" and finding.severity == "info")


def _matches(label: dict, finding: Finding) -> bool:
    if label["rule"] != finding.rule:
        return False
    if label.get("excerpt"):
        want, got = _norm(label["excerpt"]), _norm(finding.excerpt or "")
        return bool(got) and (want in got or got in want)
    if label.get("child"):
        return label["child"].split()[0].lower() in finding.message.lower()
    if label.get("section") and finding.section:
        return label["section"] == finding.section
    return True


@dataclass
class Score:
    tp: dict = field(default_factory=lambda: defaultdict(int))
    fp: dict = field(default_factory=lambda: defaultdict(int))
    fn: dict = field(default_factory=lambda: defaultdict(int))
    clean_hits: dict = field(default_factory=lambda: defaultdict(int))
    grades: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def f1(self, rule: str | None = None) -> tuple[float, float, float]:
        rules = [rule] if rule else set(self.tp) | set(self.fp) | set(self.fn)
        tp = sum(self.tp[r] for r in rules)
        fp = sum(self.fp[r] for r in rules)
        fn = sum(self.fn[r] for r in rules)
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def evaluate(folder: Path, kinds: tuple[str, ...] = ("file",)) -> Score:
    score = Score()
    checkers: dict[tuple, Checker] = {}
    for sidecar in sorted(folder.glob("*.yaml")):
        truth = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
        if not isinstance(truth, dict) or "findings" not in truth:
            continue
        conference = truth.get("conference") or {}
        key = (conference.get("date"), conference.get("type"), truth.get("received"))
        if key not in checkers:
            checkers[key] = Checker(Options(conference_date=key[0], conference_type=key[1], received=key[2]))
        for kind in kinds:
            path = folder / truth[kind]
            result = checkers[key].check_file(path)
            if result.error is not None:
                score.problems.append(f"{path.name}: {result.error.code}")
                continue
            predicted = [f for f in result.findings if _compared(f)]
            labels = list(truth.get("findings") or [])
            unmatched = list(predicted)
            for label in labels:
                hit = next((f for f in unmatched if _matches(label, f)), None)
                if hit is None:
                    score.fn[label["rule"]] += 1
                    what = label.get("excerpt") or label.get("child") or label.get("section") or ""
                    score.problems.append(f"{path.name}: missed {label['rule']} {what}")
                else:
                    score.tp[label["rule"]] += 1
                    unmatched.remove(hit)
            for finding in unmatched:
                score.fp[finding.rule] += 1
                clean = any(_matches(c, finding) for c in truth.get("clean") or [] if c.get("excerpt"))
                score.clean_hits[finding.rule] += clean
                tag = "(a labelled hard negative) " if clean else ""
                what = (finding.excerpt or finding.message)[:90]
                score.problems.append(f"{path.name}: extra {finding.rule} {tag}{what!r}")
            score.grades.append((path.name, truth["grade"], result.score.grade, result.score.value))
    return score


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv if not a.startswith("--")] or [ROOT / "benchmarks" / "chair"]
    kinds = ("file", "pdf") if "--pdf" in argv else ("file",)
    for folder in folders:
        score = evaluate(folder, kinds)
        print(f"== {folder} ({', '.join(kinds)})")
        rules = sorted(set(score.tp) | set(score.fp) | set(score.fn))
        print(f"{'rule':<34} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}  hard negatives flagged")
        for rule in rules:
            p, r, f = score.f1(rule)
            print(f"{rule:<34} {score.tp[rule]:>4} {score.fp[rule]:>4} {score.fn[rule]:>4}  {p:5.2f} {r:5.2f} {f:5.2f}"
                  f"  {score.clean_hits[rule]}")
        p, r, f = score.f1()
        agree = sum(1 for _, want, got, _ in score.grades if want == got)
        print(f"{'overall (micro)':<34} {sum(score.tp.values()):>4} {sum(score.fp.values()):>4} "
              f"{sum(score.fn.values()):>4}  {p:5.2f} {r:5.2f} {f:5.2f}  {sum(score.clean_hits.values())}")
        print(f"grade matches the chair's in {agree} of {len(score.grades)} reports")
        if "--verbose" in argv:
            for name, want, got, value in score.grades:
                print(f"  {name}: chair {want}, qa-checker {got} ({value})")
            for problem in score.problems:
                print("  -", problem)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
