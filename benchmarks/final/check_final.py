#!/usr/bin/env python3
"""Self-check of the final corpus: every sidecar against its DOCX and PDF.

For each final-NN.yaml: the DOCX opens with python-docx; every heading,
starts_with and prompt occurs in the document text (content controls
included), in document order for headings; word count is 500-1,800; the
PDF exists and (whitespace-normalised) holds every starts_with; layouts that
promise something can be seen in the XML. Exit 1 on any failure.
"""
import glob
import os
import re
import subprocess
import sys
import zipfile

import docx
import yaml
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEMPLATES = {"norfolk-sos", "llr", "norfolk-education", "lincolnshire", "portsmouth", "generic"}
IDS = set("""author-details key-information family-composition consultation sharing
agency-involvement worries past-harm current-harm complicating-factors impact working-well
needs-to-happen agency-offer health-development parenting-capacity family-environment education
presentation parent-relationship analysis child-views parent-views recommendation scaling
previous-actions other""".split())


def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def body_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in body.iter(W + "p")], root


def pdf_text(path):
    out = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True, check=True)
    return out.stdout


def main():
    failures = 0
    total_bytes = 0
    for ypath in sorted(glob.glob(os.path.join(HERE, "final-*.yaml"))):
        meta = yaml.safe_load(open(ypath, encoding="utf-8"))
        name = os.path.basename(ypath)
        errs = []
        dpath = os.path.join(HERE, meta["file"])
        ppath = os.path.join(HERE, meta["pdf"])
        d = docx.Document(dpath)  # must open
        paras, root = body_paragraphs(dpath)
        full = "\n".join(paras)
        words = len(re.findall(r"[A-Za-z0-9][\w'’\-]*", full))
        if not 500 <= words <= 1800:
            errs.append("word count %d" % words)
        if meta["template"] not in TEMPLATES:
            errs.append("bad template")
        if set(meta) != {"file", "pdf", "template", "layouts", "children", "adults", "sections", "prompts"}:
            errs.append("keys %s" % sorted(meta))
        pos = 0
        for s in meta["sections"]:
            if s["id"] not in IDS:
                errs.append("bad id %s" % s["id"])
            # headings in document order
            idx = next((i for i in range(pos, len(paras)) if s["heading"] in paras[i]), None)
            if idx is None:
                errs.append("heading not found in order: %r" % s["heading"])
            else:
                pos = idx
            if s["has_text"]:
                sw = s.get("starts_with")
                if not sw or sw not in full:
                    errs.append("starts_with not in DOCX: %r" % sw)
                n = len(sw.split())
                if n > 10:
                    errs.append("starts_with too long: %r" % sw)
            elif "starts_with" in s:
                errs.append("starts_with given for empty section %r" % s["heading"])
        for p in meta["prompts"]:
            if p not in full:
                errs.append("prompt not in DOCX: %r" % p[:50])
        for person in meta["children"] + meta["adults"]:
            if person not in full:
                errs.append("name not in DOCX: %s" % person)
        # layouts visible in the XML
        xml = etree.tostring(root).decode()
        lay = set(meta["layouts"])
        if "content-controls" in lay and "<w:sdt>" not in xml.replace("<w:sdt ", "<w:sdt>"):
            errs.append("no content control")
        if "empty-content-control" in lay and ("showingPlcHdr" not in xml
                                               or "Click or tap here to enter text." not in full):
            errs.append("no empty content control")
        if "auto-numbered-headings" in lay and "numId w:val=\"71\"" not in xml:
            errs.append("no auto numbering")
        if "header-footer" in lay:
            hdr = " ".join(p.text for p in d.sections[0].header.paragraphs)
            with zipfile.ZipFile(dpath) as z:
                ftr = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
            if "OFFICIAL" not in hdr or "NUMPAGES" not in ftr:
                errs.append("header/footer missing")
        # PDF
        if not os.path.exists(ppath):
            errs.append("PDF missing")
        else:
            total_bytes += os.path.getsize(ppath)
            pt = norm(pdf_text(ppath))
            for s in meta["sections"]:
                if s["has_text"] and norm(s["starts_with"]) not in pt:
                    errs.append("starts_with not in PDF text: %r" % s["starts_with"])
        total_bytes += os.path.getsize(dpath) + os.path.getsize(ypath)
        status = "ok" if not errs else "FAIL"
        print("%s %-4s %-17s %4d words, %2d sections, %2d prompts" % (
            name, status, meta["template"], words, len(meta["sections"]), len(meta["prompts"])))
        for e in errs:
            print("    -", e)
        failures += bool(errs)
    print("corpus size (docx+pdf+yaml): %.0f KB" % (total_bytes / 1024))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
