"""Measure the checks against a conference chair's reading of each report.

Two kinds of labelled corpus:

- benchmarks/chair, chair2: one ``NAME.yaml`` beside ``NAME.docx``/``NAME.pdf`` with the chair's
  findings (rule, the exact words, or the child), hard negatives (``clean``) and the grade.
- benchmarks/independent (and any folder laid out like it): ``reports/*.md`` written by writers who
  saw only the guidance and a persona, rendered to ``files/*.docx`` and ``*.pdf`` by
  ``python -m corpus.render``, and ``labels/*.yaml`` written by a separate labeller who read SPEC.md:
  findings, ``quiet`` hard negatives, ``doubtful`` places (neither right nor wrong), each child's
  recommendation and scaling as the author wrote them, and the grade.

For each report (DOCX, and PDF with --pdf) it runs the checker with the conference date, type and
received date the chair would pass on the command line and reports, per rule: true and false
positives, misses, precision, recall and F1; the false-alarm rate over quiet labels (explicit hard
negatives, plus the report-level and per-child rules the labeller left unlisted, which are quiet by
the labelling rules); the form recognised; each child's recommendation and scaling as read; and
how often the grade matches the labeller's.

Not compared: readability.hard-to-read (unlabelled) and every note (severity info: long sentences of 26 to
40 words, and findings where the tool is unsure), which cost no points; their number is shown apart.

Usage: python benchmarks/evaluate_checks.py [FOLDER...] [--verbose] [--pdf] [--json OUT]
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from qa_checker.children import children_of
from qa_checker.findings import Finding
from qa_checker.pipeline import Checker, Options

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from corpus.markdown import read_report  # noqa: E402

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

# The labelling rules: a report-level or per-child rule that the labeller did not list is quiet.
REPORT_RULES = ("child-voice.missing", "sharing.not-confirmed", "parent-views.missing", "deadline.late",
                "names.inconsistent", "duplication.repeated-text", "recommendation.not-expected")
CHILD_RULES = ("recommendation.missing", "scaling.missing", "scaling.no-reason")
# SPEC.md's profile table: the sections each profile requires (generic: "any other report").
REQUIRED = {
    "norfolk-sos": ["agency-involvement", "worries", "impact", "working-well", "agency-offer", "child-views",
                    "parent-views", "recommendation"],
    "llr": ["working-well", "worries", "needs-to-happen"],
    "norfolk-education": ["author-details", "consultation", "family-composition", "sharing", "education",
                          "presentation", "parent-relationship", "child-views", "analysis"],
    "lincolnshire": ["worries", "complicating-factors", "working-well", "needs-to-happen", "recommendation"],
    "portsmouth": ["key-information", "agency-involvement", "health-development", "parenting-capacity",
                   "family-environment", "analysis", "parent-views", "child-views"],
    "generic": ["worries", "working-well", "needs-to-happen", "child-views"],
}
PROFILES = set(REQUIRED)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.translate(_QUOTES).lower()))


def _compared(finding: Finding) -> bool:
    """Findings a chair would mark: warnings and errors. A note (info) says the tool is unsure, or is a matter
    of style: it costs no points and is counted apart."""
    return finding.rule != "readability.hard-to-read" and finding.severity != "info"


def _matches(label: dict, finding: Finding) -> bool:
    if label["rule"] != finding.rule:
        return False
    if label["rule"] == "structure.missing-section" and label.get("section"):
        return label["section"] == finding.section  # a missing section is named by its id, whatever words
    if label.get("excerpt"):
        want, got = _norm(label["excerpt"]), _norm(finding.excerpt or "")
        return bool(got) and (want in got or got in want)
    if label.get("child"):
        return label["child"].split()[0].lower() in finding.message.lower()
    if label.get("section") and finding.section:
        return label["section"] == finding.section
    return True


def profile_of(form: str) -> str:
    """The profile a report on this form is right to be checked against: one of the six, else generic."""
    return form if form in PROFILES else "generic"


def _independent_truths(folder: Path) -> list[dict]:
    truths = []
    for label_path in sorted((folder / "labels").glob("*.yaml")):
        labels = yaml.safe_load(label_path.read_text(encoding="utf-8")) or {}
        report = read_report(folder / "reports" / f"{label_path.stem}.md")
        meta = report.meta
        conference = meta.get("conference") or {}
        truths.append({
            "id": report.id, "file": f"files/{report.id}.docx", "pdf": f"files/{report.id}.pdf",
            "template": profile_of(str(meta.get("form"))), "form": str(meta.get("form")),
            "conference": {"date": str(conference.get("date")), "type": conference.get("type")},
            "received": str(meta.get("received") or meta.get("report_date")),
            "grade": labels.get("grade"), "findings": labels.get("findings") or [],
            "clean": labels.get("quiet") or [], "doubtful": labels.get("doubtful") or [],
            "children": labels.get("children") or [], "quality": meta.get("quality"),
        })
    return truths


def _chair_truths(folder: Path) -> list[dict]:
    truths = []
    for sidecar in sorted(folder.glob("*.yaml")):
        truth = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
        if isinstance(truth, dict) and "findings" in truth:
            truth.setdefault("id", sidecar.stem)
            truths.append(truth)
    return truths


def load_truths(folder: Path) -> list[dict]:
    return _independent_truths(folder) if (folder / "labels").is_dir() else _chair_truths(folder)


def implied_quiet(truth: dict) -> list[dict]:
    """Report-level and per-child rules the labeller did not list: quiet by the labelling rules."""
    listed = truth["findings"]
    quiet = [{"rule": rule} for rule in REPORT_RULES if not any(f["rule"] == rule for f in listed)]
    missing = {f.get("section") for f in listed if f["rule"] == "structure.missing-section"}
    quiet += [{"rule": "structure.missing-section", "section": s}
              for s in REQUIRED.get(truth.get("template", ""), []) if s not in missing]
    for child in truth.get("children") or []:
        name = child["name"] if isinstance(child, dict) else child
        for rule in CHILD_RULES:
            if not any(f["rule"] == rule and f.get("child") == name for f in listed):
                quiet.append({"rule": rule, "child": name})
    return quiet


@dataclass
class Score:
    tp: dict = field(default_factory=lambda: defaultdict(int))
    fp: dict = field(default_factory=lambda: defaultdict(int))
    fn: dict = field(default_factory=lambda: defaultdict(int))
    doubtful: dict = field(default_factory=lambda: defaultdict(int))
    clean_hits: dict = field(default_factory=lambda: defaultdict(int))  # explicit hard negatives flagged
    quiet_total: dict = field(default_factory=lambda: defaultdict(int))  # quiet labels, explicit + implied
    quiet_hits: dict = field(default_factory=lambda: defaultdict(int))  # quiet labels a finding fell on
    explicit_total: int = 0
    explicit_hits: int = 0
    notes: int = 0  # info findings: not compared
    templates: list = field(default_factory=list)  # (file, right profile, got, detected)
    children: list = field(default_factory=list)  # (file, child, field, want, got)
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

    def false_alarm_rate(self) -> tuple[int, int]:
        return sum(self.quiet_hits.values()), sum(self.quiet_total.values())


def _child_name(entry) -> str:
    return entry["name"] if isinstance(entry, dict) else entry


def _compare_children(score: Score, name: str, truth: dict, report) -> None:
    wanted = [c for c in truth.get("children") or [] if isinstance(c, dict)]
    if not wanted:
        return
    read = {c.name.split()[0].lower(): c for c in children_of(report)}
    for child in wanted:
        got = read.get(child["name"].split()[0].lower())  # "Unborn baby of Kirsty Allbright": "unborn" both ways
        want_rec = child.get("recommendation")
        want_rec = None if want_rec in (None, "none") else want_rec
        score.children.append((name, child["name"], "recommendation", want_rec, got.recommendation if got else None))
        want_scale = child.get("scaling")
        got_scale = got.scaling if got else None
        score.children.append((name, child["name"], "scaling", want_scale,
                               None if got_scale is None else (int(got_scale) if got_scale == int(got_scale)
                                                               else got_scale)))


def evaluate(folder: Path, kinds: tuple[str, ...] = ("file",)) -> Score:
    score = Score()
    checkers: dict[tuple, Checker] = {}
    for truth in load_truths(folder):
        conference = truth.get("conference") or {}
        key = (conference.get("date"), conference.get("type"), truth.get("received"))
        if key not in checkers:
            checkers[key] = Checker(Options(conference_date=key[0], conference_type=key[1], received=key[2]))
        quiet = list(truth.get("clean") or []) + implied_quiet(truth)
        for kind in kinds:
            path = folder / truth[kind]
            result = checkers[key].check_file(path)
            if result.error is not None:
                score.problems.append(f"{path.name}: {result.error.code}")
                continue
            report = result.report
            score.templates.append((path.name, truth.get("template"), report.profile.id, report.detection.detected))
            _compare_children(score, path.name, truth, report)
            predicted = [f for f in result.findings if _compared(f)]
            score.notes += sum(1 for f in result.findings if f.severity == "info")
            unmatched = list(predicted)
            for label in truth.get("findings") or []:
                hit = next((f for f in unmatched if _matches(label, f)), None)
                if hit is None:
                    score.fn[label["rule"]] += 1
                    what = label.get("excerpt") or label.get("child") or label.get("section") or ""
                    score.problems.append(f"{path.name}: missed {label['rule']} {what}")
                else:
                    score.tp[label["rule"]] += 1
                    unmatched.remove(hit)
            doubtful = [f for f in unmatched if any(_matches(d, f) for d in truth.get("doubtful") or [])]
            for label in quiet:
                explicit = bool(label.get("excerpt")) or label in (truth.get("clean") or [])
                score.quiet_total[label["rule"]] += 1
                score.explicit_total += explicit
                if any(_matches(label, f) for f in unmatched if f not in doubtful):
                    score.quiet_hits[label["rule"]] += 1
                    score.explicit_hits += explicit
            for finding in unmatched:
                if any(_matches(d, finding) for d in truth.get("doubtful") or []):
                    score.doubtful[finding.rule] += 1
                    continue
                score.fp[finding.rule] += 1
                clean = any(_matches(c, finding) for c in truth.get("clean") or [] if c.get("excerpt"))
                score.clean_hits[finding.rule] += clean
                tag = "(a labelled hard negative) " if clean else ""
                what = (finding.excerpt or finding.message)[:90]
                score.problems.append(f"{path.name}: extra {finding.rule} {tag}{what!r}")
            score.grades.append((path.name, truth["grade"], result.score.grade, result.score.value))
    return score


def summary(score: Score) -> dict:
    """The headline figures, as data (for FIRST-RUN records and RESULTS.md)."""
    p, r, f = score.f1()
    hits, total = score.false_alarm_rate()
    right_templates = sum(1 for _, want, got, _ in score.templates if want == got)
    children = [c for c in score.children if c[3] is not None or c[4] is not None]
    by_field = {}
    for name in ("recommendation", "scaling"):
        rows = [c for c in score.children if c[2] == name]
        by_field[name] = [sum(1 for c in rows if c[3] == c[4]), len(rows)]
    return {
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
        "tp": sum(score.tp.values()), "fp": sum(score.fp.values()), "fn": sum(score.fn.values()),
        "doubtful_flagged": sum(score.doubtful.values()), "notes": score.notes,
        "quiet_labels": total, "false_alarms": hits, "false_alarm_rate": round(hits / total, 4) if total else 0.0,
        "explicit_hard_negatives": score.explicit_total, "explicit_flagged": score.explicit_hits,
        "templates_right": [right_templates, len(score.templates)],
        "children_read_right": by_field, "children_compared": len(children),
        "grades_matching": [sum(1 for _, w, g, _ in score.grades if w == g), len(score.grades)],
        "per_rule": {rule: {"tp": score.tp[rule], "fp": score.fp[rule], "fn": score.fn[rule],
                            "quiet": score.quiet_total[rule], "false_alarms": score.quiet_hits[rule],
                            "precision": round(score.f1(rule)[0], 3), "recall": round(score.f1(rule)[1], 3)}
                     for rule in sorted(set(score.tp) | set(score.fp) | set(score.fn) | set(score.quiet_total))},
    }


def print_score(folder: Path, kinds: tuple[str, ...], score: Score, verbose: bool) -> None:
    print(f"== {folder} ({', '.join(kinds)})")
    rules = sorted(set(score.tp) | set(score.fp) | set(score.fn) | set(score.quiet_total))
    print(f"{'rule':<34} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}  false alarms / quiet labels")
    for rule in rules:
        p, r, f = score.f1(rule)
        print(f"{rule:<34} {score.tp[rule]:>4} {score.fp[rule]:>4} {score.fn[rule]:>4}  {p:5.2f} {r:5.2f} {f:5.2f}"
              f"  {score.quiet_hits[rule]}/{score.quiet_total[rule]}")
    p, r, f = score.f1()
    hits, total = score.false_alarm_rate()
    print(f"{'overall (micro)':<34} {sum(score.tp.values()):>4} {sum(score.fp.values()):>4} "
          f"{sum(score.fn.values()):>4}  {p:5.2f} {r:5.2f} {f:5.2f}  {hits}/{total}"
          f" ({100 * hits / total if total else 0:.1f}%)")
    print(f"explicit hard negatives flagged: {score.explicit_hits} of {score.explicit_total}; "
          f"findings on places marked doubtful (not counted): {sum(score.doubtful.values())}; "
          f"notes (info, not compared): {score.notes}")
    data = summary(score)
    right, of = data["templates_right"]
    print(f"form recognised right: {right} of {of}")
    for name, (ok, n) in data["children_read_right"].items():
        print(f"children's {name} read as the labeller read it: {ok} of {n}")
    agree, n = data["grades_matching"]
    print(f"grade matches the labeller's in {agree} of {n} reports")
    if verbose:
        for name, want, got, detected in score.templates:
            if want != got:
                print(f"  form: {name}: should be {want}, read as {got} (detected={detected})")
        for name, child, what, want, got in score.children:
            if want != got:
                print(f"  child: {name}: {child} {what}: labeller {want}, qa-checker {got}")
        for name, want, got, value in score.grades:
            print(f"  {name}: chair {want}, qa-checker {got} ({value})")
        for problem in score.problems:
            print("  -", problem)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv if not a.startswith("--") and not a.endswith(".json")] \
        or [ROOT / "benchmarks" / "chair"]
    kinds = ("file", "pdf") if "--pdf" in argv else ("file",)
    out = {}
    for folder in folders:
        score = evaluate(folder, kinds)
        print_score(folder, kinds, score, "--verbose" in argv)
        out[str(folder)] = summary(score)
    if "--json" in argv:
        Path(argv[argv.index("--json") + 1]).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
