"""Speed and memory of checking whole files, DOCX and PDF apart.

Each measurement runs in a fresh child process so that peak memory (ru_maxrss)
belongs to that batch alone. Reports:

- files per second and seconds per file (mean, slowest) for every DOCX, then every PDF,
  under the folders given (default: samples and benchmarks/heldout), after one warm-up file;
- PDF pages per second for the PDF reader alone;
- cold start: wall time of one `qa-checker check FILE` from a new process.

Usage: python benchmarks/speed.py [FOLDER ...] [--repeat N]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from qa_checker.pipeline import Checker
from qa_checker.ingest import load_document
files = [Path(p) for p in json.loads(sys.argv[1])]
repeat = int(sys.argv[2])
checker = Checker()
checker.check_file(files[0])  # warm-up: rule data and imports
times = []
pages = 0
read_seconds = 0.0
for _ in range(repeat):
    for path in files:
        start = time.perf_counter()
        result = checker.check_file(path)
        times.append(time.perf_counter() - start)
        if result.error is not None:
            raise SystemExit(f"{path.name}: {result.error.code}")
        if path.suffix == ".pdf":
            start = time.perf_counter()
            document = load_document(path)
            read_seconds += time.perf_counter() - start
            pages += document.pages or 0
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"times": times, "pages": pages, "read_seconds": read_seconds, "peak_mb": peak_mb}))
"""


def batch(files: list[Path], repeat: int) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, json.dumps([str(f) for f in files]), str(repeat)],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def cold_start(path: Path, runs: int = 3) -> float:
    script = Path(sys.executable).parent / "qa-checker"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "qa_checker.cli"]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*command, "check", str(path)], capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    repeat = 1
    if "--repeat" in argv:
        repeat = int(argv[argv.index("--repeat") + 1])
        argv = [a for i, a in enumerate(argv) if a != "--repeat" and (i == 0 or argv[i - 1] != "--repeat")]
    folders = [Path(a) for a in argv] or [ROOT / "samples", ROOT / "benchmarks" / "heldout"]
    print(f"python {sys.version.split()[0]}, folders: {', '.join(str(f) for f in folders)}, repeat {repeat}")
    for suffix in (".docx", ".pdf"):
        files = sorted(p for folder in folders for p in folder.glob(f"*{suffix}"))
        if not files:
            continue
        figures = batch(files, repeat)
        times = figures["times"]
        line = (f"{suffix[1:]:<5} {len(files)} files x{repeat}: {len(times) / sum(times):6.1f} files/s, "
                f"mean {statistics.mean(times):.3f} s/file, slowest {max(times):.3f} s, "
                f"peak memory {figures['peak_mb']:.0f} MB")
        if figures["pages"]:
            line += f", PDF reader {figures['pages'] / figures['read_seconds']:.0f} pages/s"
        print(line)
    samples = [p for folder in folders for p in sorted(folder.glob("*.docx"))][:8]
    if samples:
        starts = sorted(cold_start(sample, runs=1) for sample in samples)
        median = statistics.median(starts)
        print(f"cold start of one `qa-checker check` over {len(starts)} reports: median {median:.2f} s, "
              f"slowest {starts[-1]:.2f} s (the slowest load the language model for a parse)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
