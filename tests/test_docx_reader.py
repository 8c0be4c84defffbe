"""DOCX ingest: the features real council forms use, each built here in a few lines of Word XML."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor

from qa_checker.ingest import load_document
from qa_checker.model import Table


def _save(document: docx.document.Document, tmp_path: Path, name: str = "r.docx") -> Path:
    path = tmp_path / name
    document.save(path)
    return path


def _content_control(alias: str, text: str | None) -> str:
    """A block-level content control; text None leaves Word's placeholder showing."""
    placeholder = "<w:showingPlcHdr/>" if text is None else ""
    shown = "Click or tap here to enter text." if text is None else text
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>{placeholder}'
            f'</w:sdtPr><w:sdtContent><w:p><w:r><w:t>{shown}</w:t></w:r></w:p></w:sdtContent></w:sdt>')


def test_text_inside_content_controls_in_cells_is_read(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "What are we worried about?"
    table.cell(1, 0).text = "Child's views"
    for row, text in ((0, "Ava has had three bruises since May."), (1, None)):
        cell = table.cell(row, 1)._tc
        cell.remove(cell.findall(qn("w:p"))[0])
        cell.append(parse_xml(_content_control(f"answer{row}", text)))
        cell.append(parse_xml(f'<w:p {nsdecls("w")}/>'))  # a cell must end with a paragraph
    # python-docx's own API cannot see the answer:
    assert table.cell(0, 1).text == ""
    parsed = load_document(_save(document, tmp_path))
    [model_table] = [b for b in parsed.blocks if isinstance(b, Table)]
    answer = model_table.rows[0][1].paragraphs[0]
    assert answer.text == "Ava has had three bruises since May."
    assert answer.control == "answer0"
    empty = model_table.rows[1][1].paragraphs[0]
    assert empty.placeholder and empty.text == ""


def test_tracked_insertions_count_and_deletions_do_not(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Mum said ")
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="1" w:author="A" w:date="2026-11-20T10:00:00Z">'
        '<w:r><w:t xml:space="preserve">she will ring school </w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="2" w:author="A" w:date="2026-11-20T10:00:00Z">'
        '<w:r><w:delText>never </w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t>every morning.</w:t></w:r>'))
    parsed = load_document(_save(document, tmp_path))
    assert parsed.blocks[0].text == "Mum said she will ring school every morning."
    assert parsed.tracked_insertions == 4 and parsed.tracked_deletions == 1


def test_headers_footers_and_comments_are_not_body_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    document.sections[0].footer.paragraphs[0].text = "Page 1 of 3"
    paragraph = document.add_paragraph("Ava was seen alone at school on 3 March.")
    document.add_comment(paragraph.runs, text="Check this date", author="Reviewer")
    parsed = load_document(_save(document, tmp_path))
    assert parsed.text == "Ava was seen alone at school on 3 March."
    assert "OFFICIAL-SENSITIVE" in parsed.header_text and "Page 1 of 3" in parsed.header_text


def test_styles_bold_italic_grey_and_numbering_are_kept(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("What is working well?", level=2)
    bold = document.add_paragraph().add_run("Past harm")
    bold.bold = True
    guidance = document.add_paragraph().add_run("Identify family strengths and safe behaviours.")
    guidance.italic = True
    guidance.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    document.add_paragraph("Mum walks Ava to school.", style="List Number")
    parsed = load_document(_save(document, tmp_path))
    heading, sub, prompt, item = parsed.blocks
    assert heading.heading_level == 2 and heading.style == "Heading 2"
    assert sub.bold and not sub.italic and sub.heading_level is None
    assert prompt.italic and prompt.muted
    assert item.list_level == 0 and not item.bold


def test_merged_shaded_and_nested_cells(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    top = table.cell(0, 0).merge(table.cell(0, 1))
    top.text = "What are we worried about now?"
    shading = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9D9D9"/>')
    top._tc.get_or_add_tcPr().append(shading)
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Name"
    inner.cell(0, 1).text = "Ava Smith"
    parsed = load_document(_save(document, tmp_path))
    [outer] = [b for b in parsed.blocks if isinstance(b, Table)]
    assert len(outer.rows[0]) == 1 and outer.rows[0][0].span == 2 and outer.rows[0][0].shaded
    nested = [b for b in outer.rows[1][1].blocks if isinstance(b, Table)]
    assert nested and nested[0].rows[0][1].text == "Ava Smith"
    locations = [p.location for p in parsed.paragraphs() if p.text == "Ava Smith"]
    assert locations[0].table == 2 and locations[0].cell == 2


def test_paragraph_and_cell_locations_count_from_one(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("First.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "Answer."
    document.add_paragraph("Last.")
    parsed = load_document(_save(document, tmp_path))
    where = {p.text: p.location for p in parsed.paragraphs() if p.text}
    assert where["First."].paragraph == 1
    assert (where["Answer."].table, where["Answer."].row, where["Answer."].cell) == (1, 1, 2)
    assert where["Last."].paragraph == 4
    assert where["Answer."].as_dict() == {"page": None, "paragraph": 3, "table": 1, "cell": [1, 2]}
