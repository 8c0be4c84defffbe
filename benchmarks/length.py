"""How time grows with report length: 1, 5, 20 and 50 pages.

Builds DOCX reports of each length in a temporary folder from the bundled
samples' own paragraphs (about 500 words a page), then times `check_file` on
each (median of 3, after a warm-up) in one process. Time should grow in
proportion to length.

Usage: python benchmarks/length.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_checker.ingest import load_document  # noqa: E402
from qa_checker.pipeline import Checker  # noqa: E402
from qa_checker.sections import count_words  # noqa: E402

HEADINGS = ["What are we worried about?", "What is working well?", "What needs to happen?", "Voice of the child",
            "Parents' views", "Analysis"]


def prose() -> list[str]:
    paragraphs = []
    for path in sorted((ROOT / "samples").glob("*.docx")):
        document = load_document(path)
        paragraphs += [p.text for p in document.paragraphs() if count_words(p.text) >= 25]
    return paragraphs


def build(path: Path, pages: int, paragraphs: list[str]) -> int:
    document = docx.Document()
    words = 0
    index = 0
    target = pages * 500
    while words < target:
        if index % 6 == 0:
            document.add_heading(HEADINGS[(index // 6) % len(HEADINGS)], 1)
        text = paragraphs[index % len(paragraphs)]
        document.add_paragraph(text)
        words += count_words(text)
        index += 1
    document.save(path)
    return words


def main() -> int:
    checker = Checker()
    paragraphs = prose()
    with tempfile.TemporaryDirectory() as folder:
        rows = []
        for pages in (1, 5, 20, 50):
            path = Path(folder) / f"report-{pages}.docx"
            words = build(path, pages, paragraphs)
            checker.check_file(path)  # warm-up: rule data, language model for names
            times = []
            for _ in range(3):
                start = time.process_time()
                checker.check_file(path)
                times.append(time.process_time() - start)
            rows.append((pages, words, statistics.median(times)))
    base = rows[0][2] / rows[0][1]
    print(f"{'pages':>5} {'words':>7} {'CPU s':>7} {'ms/1000 words':>14} {'vs 1 page':>10}")
    for pages, words, seconds in rows:
        print(f"{pages:>5} {words:>7} {seconds:7.3f} {1000 * seconds / words * 1000:14.1f} "
              f"{seconds / words / base:10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
