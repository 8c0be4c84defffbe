"""Every kind of unreadable input gets its code, a plain message, and never stops a batch."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qa_checker.cli import app
from qa_checker.errors import InputError
from qa_checker.ingest import load_document

from .conftest import FIXTURES

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _docx_with(path: Path, document_xml: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", document_xml)
    return path


def make_bad_files(folder: Path) -> dict[str, Path]:
    files = {}
    files["not-found"] = folder / "missing.docx"
    (folder / "notes.txt").write_text("Ava said she was happy at school.")
    files["unsupported-format"] = folder / "notes.txt"
    (folder / "old.doc").write_bytes(OLE + b"\x00" * 600 + "WordDocument".encode("utf-16-le") + b"\x00" * 600)
    files["unsupported-format-doc"] = folder / "old.doc"
    broken = folder / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    files["corrupt"] = broken
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"garbage " * 100)
    files["corrupt-pdf"] = folder / "broken.pdf"
    (folder / "locked.docx").write_bytes(OLE + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64)
    files["encrypted"] = folder / "locked.docx"
    files["encrypted-pdf"] = FIXTURES / "password-protected.pdf"
    from PIL import Image  # pdfplumber's own dependency: draws a "scanned" page

    Image.new("RGB", (300, 400), "white").save(folder / "scanned.pdf")
    files["no-text-layer"] = folder / "scanned.pdf"
    big = folder / "huge.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(60 * 1024 * 1024)  # sparse: large on paper, cheap to make
    files["too-large"] = big
    bomb = folder / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document>" + b" " * (30 * 1024 * 1024) + b"</w:document>")
    files["too-large-bomb"] = bomb
    xxe = b"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t>
</w:r></w:p></w:body></w:document>"""
    files["corrupt-xxe"] = _docx_with(folder / "entities.docx", xxe)
    (folder / "zero.docx").write_bytes(b"")
    files["empty"] = folder / "zero.docx"
    import docx

    blank = docx.Document()
    blank.save(folder / "blank.docx")
    files["empty-docx"] = folder / "blank.docx"
    return files


@pytest.fixture()
def bad_files(tmp_path: Path) -> dict[str, Path]:
    return make_bad_files(tmp_path)


@pytest.mark.parametrize("case", [
    "not-found", "unsupported-format", "unsupported-format-doc", "corrupt", "corrupt-pdf", "encrypted",
    "encrypted-pdf", "no-text-layer", "too-large", "too-large-bomb", "corrupt-xxe", "empty", "empty-docx",
])
def test_each_bad_input_gets_its_code(bad_files: dict[str, Path], case: str) -> None:
    expected = case.split("-doc")[0].split("-pdf")[0].split("-bomb")[0].split("-xxe")[0]
    with pytest.raises(InputError) as caught:
        load_document(bad_files[case])
    assert caught.value.code == expected
    message = caught.value.message
    assert message[0].isupper() and message.rstrip(")").endswith(".") or message.endswith(")")
    assert "Traceback" not in message


def test_messages_never_quote_the_report(bad_files: dict[str, Path]) -> None:
    with pytest.raises(InputError) as caught:
        load_document(bad_files["corrupt-xxe"])
    assert "passwd" not in caught.value.message
    with pytest.raises(InputError) as caught:
        load_document(bad_files["unsupported-format"])
    assert "Ava" not in caught.value.message


def test_batch_goes_on_past_bad_files(bad_files: dict[str, Path], tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    import docx

    document = docx.Document()
    document.add_heading("What is working well?", 1)
    document.add_paragraph("Mum walks Ava to school every day and they talk on the way.")
    document.save(good)
    paths = [str(p) for p in bad_files.values()] + [str(good)]
    result = CliRunner().invoke(app, ["check", "--format", "json", *paths])
    assert result.exit_code == 2
    objects = json.loads(result.stdout)
    assert len(objects) == len(paths)
    by_file = {o["file"]: o for o in objects}
    assert "error" not in by_file[str(good)]
    assert by_file[str(good)]["sections"][0]["id"] == "working-well"
    codes = sorted(o["error"]["code"] for o in objects if "error" in o)
    assert codes == sorted(["not-found", "unsupported-format", "unsupported-format", "corrupt", "corrupt",
                            "encrypted", "encrypted", "no-text-layer", "too-large", "too-large", "corrupt",
                            "empty", "empty"])


def test_input_files_are_never_modified(bad_files: dict[str, Path], tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in bad_files.values() if p.exists() and p.stat().st_size < 1_000_000}
    CliRunner().invoke(app, ["check", *[str(p) for p in before]])
    assert all(p.read_bytes() == data for p, data in before.items())
