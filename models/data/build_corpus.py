"""Build sentences.jsonl from the hand-written source lists in src/.

Each src/<label>.txt line is "source_style | text | note" (note optional; '#' lines are comments).
Splits: about 20% of each label goes to "test". Sentences that are structurally similar
(check_corpus.GROUP_JACCARD / GROUP_RATIO) are grouped with union-find and
always share a split, so no template-like near-copy straddles train and test.
Deterministic: fixed seed, sorted input.
"""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "sentences.jsonl"
LABELS = ["fact", "observation", "allegation", "opinion", "second-hand"]
TEST_SHARE = 0.20
SEED = 20260403

sys.path.insert(0, str(HERE))
from check_corpus import GROUP_JACCARD, GROUP_RATIO, content_tokens, norm_key, similarity  # noqa: E402


def load():
    rows = []
    for label in LABELS:
        for n, line in enumerate((SRC / f"{label}.txt").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|")]
            if len(parts) not in (2, 3):
                raise SystemExit(f"{label}.txt:{n}: expected 'style | text | note'")
            style, text = parts[0], parts[1]
            note = parts[2] if len(parts) == 3 else ""
            row = {"text": text, "label": label, "split": None, "source_style": style}
            if note:
                row["note"] = note
            rows.append(row)
    return rows


def clusters(rows):
    parent = list(range(len(rows)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    words = [norm_key(r["text"]).split() for r in rows]
    toks = [content_tokens(r["text"]) for r in rows]
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            jac, ratio = similarity(words[i], words[j], toks[i], toks[j])
            if jac >= GROUP_JACCARD or ratio >= GROUP_RATIO:
                parent[find(i)] = find(j)
    groups = {}
    for i in range(len(rows)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def assign_splits(rows):
    rng = random.Random(SEED)
    groups = clusters(rows)
    rng.shuffle(groups)
    target = {lab: round(TEST_SHARE * sum(r["label"] == lab for r in rows)) for lab in LABELS}
    got = dict.fromkeys(LABELS, 0)
    # Singletons and small groups first fill the test quota label by label; a group goes to test
    # only if it does not push any label over its quota.
    groups.sort(key=len)
    for g in groups:
        need = {}
        for i in g:
            need[rows[i]["label"]] = need.get(rows[i]["label"], 0) + 1
        fits = all(got[lab] + k <= target[lab] for lab, k in need.items())
        wanted = any(got[lab] < target[lab] for lab in need)
        split = "test" if fits and wanted and rng.random() < 0.5 else None
        for i in g:
            rows[i]["split"] = split
        if split == "test":
            for lab, k in need.items():
                got[lab] += k
    # second pass: top up any label still short, from remaining single-label groups
    for g in groups:
        if rows[g[0]]["split"] is not None:
            continue
        need = {}
        for i in g:
            need[rows[i]["label"]] = need.get(rows[i]["label"], 0) + 1
        if all(got[lab] + k <= target[lab] for lab, k in need.items()):
            for i in g:
                rows[i]["split"] = "test"
            for lab, k in need.items():
                got[lab] += k
    for r in rows:
        if r["split"] is None:
            r["split"] = "train"
    return groups


def main():
    rows = load()
    groups = assign_splits(rows)
    rng = random.Random(SEED + 1)
    rng.shuffle(rows)
    keys = ["text", "label", "split", "source_style", "note"]
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) + "\n")
    multi = [g for g in groups if len(g) > 1]
    print(f"wrote {len(rows)} rows to {OUT.name}; {len(multi)} similarity groups kept within one split")


if __name__ == "__main__":
    main()
