"""What a file really is, and whether it is safe to open.

The type is read from the file's first bytes, not its name: a renamed .doc or a
PDF saved as .docx is still told apart. A DOCX is a ZIP, so its directory is
inspected before anything is unpacked (decompression bombs, huge XML parts,
document type declarations that could smuggle in external entities).
"""

from __future__ import annotations

import contextlib
import signal
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from qa_checker.errors import InputError

# Limits per file. A long conference report is a few hundred kilobytes; these
# leave a wide margin while bounding memory and time.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024  # all parts of a DOCX, unpacked
MAX_XML_PART_BYTES = 60 * 1024 * 1024  # any one XML part, unpacked
MAX_ZIP_MEMBERS = 5000
MAX_COMPRESSION_RATIO = 200  # unpacked/packed for one large part; ordinary XML is 5-20
MAX_PDF_PAGES = 400
SECONDS_PER_FILE = 60

FileKind = Literal["docx", "pdf"]

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office files, and password-protected new ones


def sniff(path: Path) -> FileKind:
    """Say what the file is, or raise the InputError that explains why it can't be read."""
    if not path.exists():
        raise InputError("not-found")
    if path.is_dir():
        raise InputError("unsupported-format", "this is a folder")
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty")
    if size > MAX_FILE_BYTES:
        raise InputError("too-large", limit=f"{MAX_FILE_BYTES // (1024 * 1024)} MB")
    with path.open("rb") as handle:
        head = handle.read(1024)
    if _PDF_MAGIC in head:
        return "pdf"
    if head.startswith(_ZIP_MAGIC):
        _check_docx_zip(path)
        return "docx"
    if head.startswith(_OLE_MAGIC):
        if _is_encrypted_office(path):
            raise InputError("encrypted")
        raise InputError("unsupported-format", "an old Word 97-2003 .doc or other Office file")
    if path.suffix.lower() in {".docx", ".pdf"}:
        raise InputError("corrupt")
    raise InputError("unsupported-format")


def _is_encrypted_office(path: Path) -> bool:
    """A password-protected .docx is an OLE container holding a stream named EncryptedPackage."""
    data = path.read_bytes()
    return "EncryptedPackage".encode("utf-16-le") in data


def _check_docx_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            names = {m.filename for m in members}
            if "word/document.xml" not in names:
                if "mimetype" in names or "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
                    raise InputError("unsupported-format", "a spreadsheet, slides or OpenDocument file")
                raise InputError("corrupt", "no Word document inside")
            if len(members) > MAX_ZIP_MEMBERS:
                raise InputError("too-large", "too many parts inside")
            total = 0
            for member in members:
                total += member.file_size
                if total > MAX_UNZIPPED_BYTES:
                    raise InputError("too-large", "it unpacks to far more than it should")
                if (member.file_size > 1024 * 1024
                        and member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1)):
                    raise InputError("too-large", "it unpacks to far more than it should")
                if member.filename.endswith((".xml", ".rels")):
                    if member.file_size > MAX_XML_PART_BYTES:
                        raise InputError("too-large", "a part inside is too large")
                    with archive.open(member) as part:
                        start = part.read(4096)
                    if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                        # Word never writes these; they are how XML entity attacks start.
                        raise InputError("corrupt", "it holds XML declarations Word never writes")
    except zipfile.BadZipFile as exc:
        raise InputError("corrupt") from exc
    except (OSError, RuntimeError, NotImplementedError) as exc:  # encrypted members, bad headers
        raise InputError("corrupt") from exc


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stop reading one file after `seconds` so one hostile file cannot hang a batch.

    Uses a timer signal, which only the main thread may set; elsewhere (a web
    server's worker thread) the caller bounds time itself.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def _expired(signum: int, frame: object) -> None:
        raise InputError("too-large", f"it took more than {int(seconds)} seconds to read")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
