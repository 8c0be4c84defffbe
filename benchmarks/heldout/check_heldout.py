#!/usr/bin/env python3
"""Check the held-out corpus against its sidecars.

For every heldout-NN.yaml: the DOCX opens with python-docx; every heading is
found as a paragraph (or the start of a run-in paragraph) in document order;
every starts_with is found after its heading and before the next heading;
every prompt is in the document; the report has 500-2,000 words; and the PDF
exists, with its text layer holding every heading and starts_with.  For
reports tagged long-answer-page-break, the named answer must start on one
PDF page and end on the next.

    python benchmarks/heldout/check_heldout.py
"""
import glob
import os
import re
import subprocess
import sys

import yaml
from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = {"author-details", "key-information", "family-composition", "consultation", "sharing",
       "agency-involvement", "worries", "past-harm", "current-harm", "complicating-factors", "impact",
       "working-well", "needs-to-happen", "agency-offer", "health-development", "parenting-capacity",
       "family-environment", "education", "presentation", "parent-relationship", "analysis", "child-views",
       "parent-views", "recommendation", "scaling", "previous-actions", "other"}
TEMPLATES = {"norfolk-sos", "llr", "norfolk-education", "lincolnshire", "portsmouth", "generic"}
# answer that must run over a PDF page break: (first words, last words)
PAGE_BREAK = {
    "heldout-11": ("On 19/01/2025 Lacey took an overdose", "I have no evidence either way."),
    "heldout-14": ("Claire and Martin separated in August 2024", "likely to be seriously hurt."),
    "heldout-09": ("Jayden has made some real progress", "changed to reflect that."),
}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def body_paragraphs(doc):
    """Every paragraph of the body in document order, including those in tables and content controls."""
    return [norm("".join(t.text or "" for t in p.iter(qn("w:t"))))
            for p in doc.element.body.iter(qn("w:p"))]


def pdf_pages(path):
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    return [norm(p) for p in out.split("\f")]


def main():
    problems = []
    total = 0
    for yml in sorted(glob.glob(os.path.join(HERE, "heldout-*.yaml"))):
        name = os.path.basename(yml)[:-5]
        t = yaml.safe_load(open(yml, encoding="utf-8"))
        err = lambda m: problems.append(f"{name}: {m}")
        assert set(t) == {"file", "pdf", "template", "layouts", "children", "adults", "sections", "prompts"}, t.keys()
        if t["template"] not in TEMPLATES:
            err(f"bad template {t['template']}")
        doc = Document(os.path.join(HERE, t["file"]))
        paras = body_paragraphs(doc)
        words = sum(len(p.split()) for p in paras)
        total += 1
        if not 500 <= words <= 2000:
            err(f"{words} words")
        # headings in order; starts_with between its heading and the next
        pos = []
        i = 0
        for s in t["sections"]:
            if s["id"] not in IDS:
                err(f"bad id {s['id']}")
            h = norm(s["heading"])
            j = next((k for k in range(i, len(paras)) if paras[k] == h or paras[k].startswith(h + " ")), None)
            if j is None:
                err(f"heading not found in order: {h!r}")
                continue
            pos.append((s, j))
            i = j + 1
        for n, (s, j) in enumerate(pos):
            end = pos[n + 1][1] if n + 1 < len(pos) else len(paras)
            region = " \n ".join(paras[j:end])
            if s["has_text"]:
                if "starts_with" not in s:
                    err(f"{s['heading']!r}: has_text without starts_with")
                elif norm(s["starts_with"]) not in region:
                    err(f"{s['heading']!r}: starts_with not under heading: {s['starts_with']!r}")
                if any(norm(s.get("starts_with", "")) in norm(p) for p in t["prompts"]):
                    err(f"{s['heading']!r}: starts_with is inside a prompt")
            elif "starts_with" in s:
                err(f"{s['heading']!r}: starts_with on an empty section")
        full = "\n".join(paras)
        for p in t["prompts"]:
            if norm(p) not in full:
                err(f"prompt not found: {p[:50]!r}")
        for person in t["children"] + t["adults"]:
            if person not in full:
                err(f"name not in text: {person}")
        # header / footer
        sec = doc.sections[0]
        hdr = norm(" ".join(p.text for p in sec.header.paragraphs))
        # PDF
        pdf = os.path.join(HERE, t["pdf"])
        if not os.path.exists(pdf):
            err("no PDF")
            continue
        pages = pdf_pages(pdf)
        alltext = " ".join(pages)
        squash = lambda s: re.sub(r"\s+", "", s)
        sq = squash(alltext)
        for s in t["sections"]:
            if squash(s["heading"]) not in sq:
                err(f"PDF lacks heading {s['heading']!r}")
        if name in PAGE_BREAK:
            a, b = PAGE_BREAK[name]
            pa = [k for k, p in enumerate(pages) if squash(a) in squash(p)]
            pb = [k for k, p in enumerate(pages) if squash(b) in squash(p)]
            if not pa or not pb or pa[0] == pb[0]:
                err(f"answer does not cross a page break (pages {pa} {pb})")
            ok = "crosses p%d->p%d" % (pa[0] + 1, pb[0] + 1) if pa and pb else "?"
        else:
            ok = ""
        print(f"{name}: {t['template']:<17} {words:>5} words  {len(pages) - 1} pages  "
              f"{len(t['sections']):>2} sections  {len(t['prompts']):>2} prompts  header={hdr!r} {ok}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"OK: {total} reports checked")


if __name__ == "__main__":
    main()
