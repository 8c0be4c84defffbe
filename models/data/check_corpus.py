"""Validate models/data/sentences.jsonl (the fact/observation/allegation/opinion/second-hand corpus).

Usage:  python models/data/check_corpus.py [path/to/sentences.jsonl]

Checks every row's fields, prints counts per label x split and per source_style, and exits 1 on:
  * a malformed row (bad JSON, missing/unknown field, bad value, text outside 6-45 words);
  * a duplicate (same lower-cased text, ignoring case, spacing and punctuation);
  * a near-duplicate anywhere (word-set Jaccard >= 0.6 or word-sequence ratio >= 0.8);
  * a template-like similar pair straddling train/test (Jaccard >= 0.3 or sequence ratio >= 0.5);
  * fewer than 700 rows, or a label whose test share is outside 15-25%.
"""

import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

LABELS = ("fact", "observation", "allegation", "opinion", "second-hand")
SPLITS = ("train", "test")
STYLES = ("school", "health", "police", "gp", "mental-health", "housing", "early-help", "social-care")
REQUIRED = ("text", "label", "split", "source_style")
OPTIONAL = ("note",)
MIN_ROWS = 700
MIN_WORDS, MAX_WORDS = 6, 45
TEST_SHARE = (0.15, 0.25)
# near-duplicate: fail wherever found
NEAR_JACCARD, NEAR_RATIO = 0.6, 0.8
# similar enough that the pair must not be split between train and test
GROUP_JACCARD, GROUP_RATIO = 0.3, 0.5

STOP = set(
    "a an the and or but of to in on at for with by from as is are was were be been has have had "
    "that this it its he she they them his her their him i me my we us our you your not no so "
    "when while after before if then than there which who what said says told".split()
)


def norm_key(text):
    """Lower-cased text with punctuation and repeated spaces removed: the duplicate key."""
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split())


def content_tokens(text):
    return {t for t in re.findall(r"[a-z0-9']+", text.lower()) if t not in STOP}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a | b else 0.0


def similarity(words_a, words_b, toks_a, toks_b):
    """(jaccard, sequence ratio); the ratio is only computed when it could reach GROUP_RATIO."""
    jac = jaccard(toks_a, toks_b)
    sm = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    ratio = sm.ratio() if sm.real_quick_ratio() >= GROUP_RATIO and sm.quick_ratio() >= GROUP_RATIO else 0.0
    return jac, ratio


def validate_row(n, row, errors):
    if not isinstance(row, dict):
        errors.append(f"line {n}: not a JSON object")
        return False
    missing = [k for k in REQUIRED if k not in row]
    unknown = [k for k in row if k not in REQUIRED + OPTIONAL]
    if missing:
        errors.append(f"line {n}: missing field(s) {missing}")
    if unknown:
        errors.append(f"line {n}: unknown field(s) {unknown}")
    if missing:
        return False
    for k in row:
        if not isinstance(row[k], str):
            errors.append(f"line {n}: field {k!r} is not a string")
            return False
    text = row["text"]
    if text != text.strip() or "\n" in text or "  " in text:
        errors.append(f"line {n}: text has stray whitespace")
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"line {n}: text has {words} words (allowed {MIN_WORDS}-{MAX_WORDS}): {text!r}")
    if not text[:1].isupper() and not text[:1].isdigit():
        errors.append(f"line {n}: text does not start with a capital: {text!r}")
    if text[-1:] not in ".!?\"'":
        errors.append(f"line {n}: text does not end as a sentence: {text!r}")
    if row["label"] not in LABELS:
        errors.append(f"line {n}: label {row['label']!r} not in {LABELS}")
    if row["split"] not in SPLITS:
        errors.append(f"line {n}: split {row['split']!r} not in {SPLITS}")
    if row["source_style"] not in STYLES:
        errors.append(f"line {n}: source_style {row['source_style']!r} not in {STYLES}")
    if "note" in row and not (0 < len(row["note"].strip()) <= 200):
        errors.append(f"line {n}: note must be a non-empty string of at most 200 characters")
    return True


def main(path):
    errors, rows = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {n}: blank line")
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON ({exc})")
                continue
            if validate_row(n, row, errors):
                rows.append((n, row))

    if len(rows) < MIN_ROWS:
        errors.append(f"only {len(rows)} valid rows (need at least {MIN_ROWS})")

    seen = {}
    for n, row in rows:
        key = norm_key(row["text"])
        if key in seen:
            errors.append(f"line {n}: duplicate of line {seen[key]}: {row['text']!r}")
        else:
            seen[key] = n

    words = [norm_key(r["text"]).split() for _, r in rows]
    toks = [content_tokens(r["text"]) for _, r in rows]
    near = straddle = 0
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            jac, ratio = similarity(words[i], words[j], toks[i], toks[j])
            (ni, ri), (nj, rj) = rows[i], rows[j]
            if jac >= NEAR_JACCARD or ratio >= NEAR_RATIO:
                near += 1
                errors.append(f"lines {ni}/{nj}: near-duplicates (jaccard {jac:.2f}, ratio {ratio:.2f})")
            elif (jac >= GROUP_JACCARD or ratio >= GROUP_RATIO) and ri["split"] != rj["split"]:
                straddle += 1
                errors.append(f"lines {ni}/{nj}: similar pair straddles train/test (jaccard {jac:.2f}, ratio {ratio:.2f})")

    counts = Counter((r["label"], r["split"]) for _, r in rows)
    total = len(rows)
    print(f"{'label':<12} {'train':>6} {'test':>6} {'total':>6} {'share':>7} {'test%':>6}")
    for lab in LABELS:
        tr, te = counts[(lab, "train")], counts[(lab, "test")]
        tot = tr + te
        share = tot / total if total else 0
        test_pct = te / tot if tot else 0
        print(f"{lab:<12} {tr:>6} {te:>6} {tot:>6} {share:>6.1%} {test_pct:>6.1%}")
        if tot and not TEST_SHARE[0] <= test_pct <= TEST_SHARE[1]:
            errors.append(f"label {lab}: test share {test_pct:.1%} outside {TEST_SHARE}")
        if not tot:
            errors.append(f"label {lab}: no rows")
    tr_all = sum(v for (_, s), v in counts.items() if s == "train")
    te_all = sum(v for (_, s), v in counts.items() if s == "test")
    print(f"{'all':<12} {tr_all:>6} {te_all:>6} {total:>6} {'100.0%':>7} {te_all / max(total, 1):>6.1%}")

    styles = Counter(r["source_style"] for _, r in rows)
    print("source_style: " + ", ".join(f"{s} {styles[s]}" for s in STYLES))
    print(f"rows with a note: {sum('note' in r for _, r in rows)}")
    print(f"near-duplicate pairs: {near}; similar pairs straddling the split: {straddle}")

    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):", file=sys.stderr)
        for e in errors[:50]:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parent / "sentences.jsonl"
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
