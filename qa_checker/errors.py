"""Inputs that cannot be read, with a plain sentence for each.

The messages are read by teachers, health visitors and police officers: they
say what happened and what to do, and never quote the report's text.
"""

from __future__ import annotations

from typing import Literal

ErrorCode = Literal[
    "not-found", "unsupported-format", "corrupt", "encrypted", "no-text-layer", "too-large", "empty"
]

MESSAGES: dict[str, str] = {
    "not-found": "There is no file at this path. Check the name and the folder.",
    "unsupported-format": (
        "This is not a Word (.docx) or PDF file, so it cannot be checked. Save the report as "
        ".docx (in Word: File > Save As > Word Document) or export it as PDF, then try again."
    ),
    "corrupt": (
        "This file is damaged or is not what its name says, so it cannot be read. Open it in "
        "Word or a PDF reader, save a fresh copy, and try again."
    ),
    "encrypted": (
        "This file is protected with a password, so it cannot be read. Save a copy without the "
        "password (keep it somewhere secure) and check that copy."
    ),
    "no-text-layer": (
        "This PDF holds pictures of pages (it was probably scanned), not text. It needs OCR "
        "(text recognition) first, or check the original Word file instead."
    ),
    "too-large": (
        "This file is too large to check safely. Conference reports are usually well under "
        "{limit}; check that this is the right file."
    ),
    "empty": "This file has no text in it to check.",
}


class InputError(Exception):
    """A file that cannot be checked. `code` is part of the JSON contract."""

    def __init__(self, code: ErrorCode, detail: str | None = None, **fmt: str) -> None:
        self.code = code
        self.message = MESSAGES[code].format(**{"limit": "a few megabytes", **fmt})
        if detail:  # a short technical reason; never report text
            self.message = f"{self.message} ({detail})"
        super().__init__(self.message)

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}
