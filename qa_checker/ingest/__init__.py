"""Ingest: a file on disk in, one `Document` out (or an `InputError` saying why not)."""

from __future__ import annotations

from pathlib import Path

from qa_checker.errors import InputError
from qa_checker.ingest.docx_reader import read_docx
from qa_checker.ingest.guard import SECONDS_PER_FILE, sniff, time_limit
from qa_checker.ingest.pdf_reader import read_pdf
from qa_checker.model import Document

__all__ = ["load_document", "InputError"]


def load_document(path: str | Path, seconds: float = SECONDS_PER_FILE) -> Document:
    """Read a DOCX or PDF report. The file is opened read-only and never changed."""
    path = Path(path)
    kind = sniff(path)
    try:
        with time_limit(seconds):
            document = read_docx(path) if kind == "docx" else read_pdf(path)
    except MemoryError as exc:
        raise InputError("too-large", "it needs more memory than a report should") from exc
    except RecursionError as exc:
        raise InputError("corrupt", "it is nested too deeply") from exc
    if not any(p.text.strip() for p in document.paragraphs()):
        raise InputError("empty")
    return document
