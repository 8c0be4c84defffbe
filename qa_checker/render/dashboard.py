"""The audit dashboard: one self-contained HTML page with charts drawn as inline SVG (no scripts, no
fonts or libraries from anywhere), readable offline and printable."""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from statistics import mean

from qa_checker.render.documents import CSS
from qa_checker.render.text import check_title

_BAR = "#1d4f91"


def _hbars(rows: list[tuple[str, float]], unit: str, maximum: float | None = None) -> str:
    """Horizontal bar chart: label, bar, value."""
    if not rows:
        return "<p>No data.</p>"
    top = maximum or max(v for _, v in rows) or 1
    height = 22 * len(rows) + 10
    bars = []
    for index, (label, value) in enumerate(rows):
        y = 5 + 22 * index
        width = 360 * value / top
        bars.append(f'<text x="0" y="{y + 14}" font-size="12">{html.escape(label[:42])}</text>'
                    f'<rect x="300" y="{y}" width="{width:.1f}" height="16" fill="{_BAR}"/>'
                    f'<text x="{305 + width:.1f}" y="{y + 13}" font-size="12">{value:g}{unit}</text>')
    return (f'<svg role="img" class="chart" width="720" height="{height}" viewBox="0 0 720 {height}" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>')


def _vbars(rows: list[tuple[str, float]], unit: str) -> str:
    """Vertical bar chart: one bar per label."""
    if not rows:
        return "<p>No data.</p>"
    top = max(v for _, v in rows) or 1
    width = max(40 * len(rows) + 20, 200)
    bars = []
    for index, (label, value) in enumerate(rows):
        x = 10 + 40 * index
        height = 150 * value / top
        bars.append(f'<rect x="{x}" y="{170 - height:.1f}" width="30" height="{height:.1f}" fill="{_BAR}"/>'
                    f'<text x="{x}" y="{165 - height:.1f}" font-size="11">{value:g}{unit}</text>'
                    f'<text x="{x}" y="188" font-size="11">{html.escape(label)}</text>')
    return (f'<svg role="img" class="chart" width="{width}" height="200" viewBox="0 0 {width} 200" '
            f'xmlns="http://www.w3.org/2000/svg">{"".join(bars)}</svg>')


def render_dashboard(records, redact: bool) -> str:  # noqa: ANN001 - list[FileRecord]
    checked = [r for r in records if not r.report["error"]]
    failed = [r for r in records if r.report["error"]]
    scores = [r.report["score"] for r in checked]
    bins = Counter(min(s // 10, 9) for s in scores)
    distribution = [(f"{b * 10}-{b * 10 + 9 if b < 9 else 100}", bins.get(b, 0)) for b in range(10)]
    breaching: Counter[str] = Counter()
    for record in checked:
        breaching.update({f["rule"] for f in record.findings})
    share = ([(check_title(rule), round(100 * n / len(checked))) for rule, n in breaching.most_common()]
             if checked else [])
    by_agency: dict[str, list[int]] = defaultdict(list)
    by_month: dict[str, list[int]] = defaultdict(list)
    for record in checked:
        by_agency[record.report["agency"] or "not stated"].append(record.report["score"])
        if record.report["month"]:
            by_month[record.report["month"]].append(record.report["score"])
    agencies = sorted(((a, round(mean(s))) for a, s in by_agency.items()), key=lambda x: x[1])[:20]
    months = [(m, round(mean(s))) for m, s in sorted(by_month.items())]
    phrases = Counter((rule, phrase) for record in checked for rule, phrase in record.phrases)
    phrase_rows = "".join(f"<tr><td>{html.escape(phrase)}</td><td>{html.escape(check_title(rule))}</td>"
                          f"<td>{n}</td></tr>" for (rule, phrase), n in phrases.most_common(25))
    grades = Counter(r.report["grade"] for r in checked)
    unread = "".join(f"<li>{html.escape(r.report['report'])}: {html.escape(r.report['error'])}</li>" for r in failed)
    body = [
        "<h1>qa-checker: partnership audit</h1>",
        f"<p>{len(records)} reports: {len(checked)} checked, {len(failed)} could not be read."
        + (" Names, dates, addresses, phone numbers, e-mail addresses and postcodes are redacted." if redact else "")
        + "</p>",
        f"<p>Average score {round(mean(scores)) if scores else '-'}; good {grades['good']}, requires improvement "
        f"{grades['requires-improvement']}, inadequate {grades['inadequate']}.</p>",
        "<h2>Scores</h2>", _vbars(distribution, ""),
        "<h2>Share of reports with each finding</h2>", _hbars(share, "%", 100),
        "<h2>Average score by agency</h2>", _hbars(agencies, "", 100),
        "<h2>Average score by month</h2>", _vbars(months, "") if months else "<p>No dates known.</p>",
        "<h2>Most common jargon, acronyms and judgemental phrases</h2>",
        f"<table><tr><th>Words</th><th>Check</th><th>Times</th></tr>{phrase_rows}</table>",
    ]
    if failed:
        body.append(f"<h2>Files that could not be read</h2><ul>{unread}</ul>")
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>qa-checker audit</title>"
            f"<style>{CSS} svg.chart{{max-width:100%;height:auto}}</style></head><body><main>"
            + "\n".join(body) + "</main></body></html>\n")
