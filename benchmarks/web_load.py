"""Load on the local page: 50 uploads at once to `qa-checker serve` on 127.0.0.1.

Starts the server as its own process, sends 50 concurrent uploads of a sample
report, checks every answer carries a score, and prints requests per second and
the server's peak memory (VmHWM from /proc).

Usage: python benchmarks/web_load.py [--uploads 50]
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    uploads = int(argv[argv.index("--uploads") + 1]) if "--uploads" in argv else 50
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "qa_checker.cli", "serve", "--no-browser", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        report = (ROOT / "samples" / "norfolk-sos-01-word-headings.docx").read_bytes()

        def one(_: int) -> bool:
            with httpx.Client(base_url=base, timeout=300) as client:
                token = client.get("/").text.split('name="token" value="')[1].split('"')[0]
                answer = client.post("/check", data={"token": token}, files={"reports": ("r.docx", report)})
                return answer.status_code == 200 and "Score:" in answer.text

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=uploads) as pool:
            ok = sum(pool.map(one, range(uploads)))
        elapsed = time.perf_counter() - started
        status = Path(f"/proc/{server.pid}/status").read_text()
        peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
        print(f"{ok}/{uploads} correct in {elapsed:.1f} s: {uploads / elapsed:.1f} requests/s; "
              f"server peak memory {int(peak) // 1024} MB")
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0 if ok == uploads else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
