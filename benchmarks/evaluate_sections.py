"""Measure template detection and section mapping against labelled reports.

Each report has a YAML sidecar (see samples/make_samples.py) naming its template,
every section heading with its canonical id, the first words of the author's
own answer, and the guidance prompts left in. For every DOCX and its PDF this
counts:

- template: the profile chosen (detected, or generic when nothing fits) is the labelled one;
- sections: a section the author wrote is found under the right canonical id, its
  text starting with the labelled words;
- empties: a section labelled empty (placeholder only) is empty or absent;
- prompts: no guidance prompt left in is counted as the author's content.

Usage: python benchmarks/evaluate_sections.py samples [benchmarks/heldout] [--verbose]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from qa_checker.pipeline import Checker

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                         "\u2014": "-", "\u00a0": " ", "\u00ad": ""})


DATA_SECTIONS = {"key-information", "family-composition", "author-details"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", _norm(text)))


@dataclass
class Tally:
    files: int = 0
    template_ok: int = 0
    sections: int = 0
    sections_ok: int = 0
    empties: int = 0
    empties_ok: int = 0
    prompts: int = 0
    prompts_leaked: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("files", "template_ok", "sections", "sections_ok", "empties", "empties_ok", "prompts",
                     "prompts_leaked", "seconds"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.problems += other.problems

    def line(self, label: str) -> str:
        def pct(a: int, b: int) -> str:
            return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "-"

        return (f"{label:<10} files {self.files:>3}  template {pct(self.template_ok, self.files):<13} "
                f"sections {pct(self.sections_ok, self.sections):<15} empty {pct(self.empties_ok, self.empties):<12} "
                f"prompts leaked {self.prompts_leaked}/{self.prompts}  s/file {self.seconds / max(self.files, 1):.3f}")


def evaluate_file(checker: Checker, path: Path, truth: dict) -> Tally:
    tally = Tally(files=1)
    result = checker.check_file(path)
    tally.seconds = result.seconds
    name = path.name
    if result.error is not None:
        tally.problems.append(f"{name}: could not read ({result.error.code})")
        tally.sections = sum(1 for s in truth["sections"] if s.get("has_text"))
        return tally
    report = result.report
    if report.profile.id == truth["template"]:
        tally.template_ok = 1
    else:
        tally.problems.append(f"{name}: template {report.profile.id} (conf {report.detection.confidence}), "
                              f"labelled {truth['template']}; scores {report.detection.scores}")
    content_by_id: dict[str, str] = {}
    for section in report.sections:
        content_by_id.setdefault(section.id, "")
        # Sections of names, dates and roles hold table data by nature; the others, the author's prose.
        kinds = ("content", "data") if section.id in DATA_SECTIONS else ("content",)
        units = [u for u in section.units if u.kind in kinds]
        content_by_id[section.id] += " " + _words(" ".join(u.text for u in units))
    everything = " ".join(content_by_id.values())
    for expected in truth["sections"]:
        if expected.get("has_text"):
            tally.sections += 1
            start = _words(expected.get("starts_with", ""))
            if start and start in content_by_id.get(expected["id"], ""):
                tally.sections_ok += 1
            else:
                where = [sid for sid, text in content_by_id.items() if start and start in text]
                tally.problems.append(f"{name}: {expected['id']} ({expected['heading'][:40]!r}) "
                                      f"not found; its text is under {where or 'nothing'}")
        else:
            tally.empties += 1
            found = report.find(expected["id"])
            same_heading = [s for s in found if _words(s.heading) == _words(expected["heading"])]
            # A table of names holds data, not prose: "no text" there means no words of the author's own.
            if all(s.empty or (s.id in DATA_SECTIONS and s.words == 0) for s in same_heading or found):
                tally.empties_ok += 1
            else:
                tally.problems.append(f"{name}: {expected['id']} should be empty")
    for prompt in truth.get("prompts") or []:
        tally.prompts += 1
        probe = " ".join(_words(prompt).split()[:8])
        if probe and probe in everything:
            tally.prompts_leaked += 1
            tally.problems.append(f"{name}: prompt counted as content: {prompt[:50]!r}")
    return tally


def evaluate_folder(folder: Path, checker: Checker | None = None) -> dict[str, Tally]:
    checker = checker or Checker()
    tallies = {"docx": Tally(), "pdf": Tally()}
    for sidecar in sorted(folder.glob("*.yaml")):
        truth = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
        if not isinstance(truth, dict) or "sections" not in truth:
            continue
        for kind, key in (("docx", "file"), ("pdf", "pdf")):
            if truth.get(key) and (folder / truth[key]).exists():
                tallies[kind].add(evaluate_file(checker, folder / truth[key], truth))
    return tallies


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    checker = Checker()
    for folder in [Path(a) for a in argv if not a.startswith("--")]:
        tallies = evaluate_folder(folder, checker)
        total = Tally()
        print(f"== {folder}")
        for kind, tally in tallies.items():
            print(tally.line(kind))
            total.add(tally)
        print(total.line("all"))
        if verbose:
            for problem in total.problems:
                print("  -", problem)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
