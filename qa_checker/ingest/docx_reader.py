"""Read a Word (.docx) report into the document model.

python-docx opens the package and resolves styles; the body is walked as XML
because council forms put their answers where python-docx's own API does not
look: inside content controls (`w:sdt`), which hide a cell's text from
`cell.text`. Tracked insertions are kept as text and deletions dropped (the
author's document as it now stands); headers and footers are kept apart;
comments are never read.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from qa_checker.errors import InputError
from qa_checker.model import Block, Cell, Document, Location, Paragraph, Table

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT, SDT_PR = (_q(t) for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "sdtPr"))
R, T, TAB, BR, CR, INS, DEL = (_q(t) for t in ("r", "t", "tab", "br", "cr", "ins", "del"))
DEL_TEXT, MOVE_FROM, TXBX = _q("delText"), _q("moveFrom"), _q("txbxContent")
CUSTOM_XML, SMART_TAG, HYPERLINK, FLD_SIMPLE = _q("customXml"), _q("smartTag"), _q("hyperlink"), _q("fldSimple")
VAL = _q("val")
FALLBACK = f"{{{MC}}}Fallback"

_HEADING_NAME = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9]")


@dataclass
class _StyleInfo:
    bold: bool | None
    italic: bool | None
    muted: bool | None
    heading_level: int | None
    numbered: bool


class _Styles:
    """Resolves what a paragraph or run style means, following `basedOn` chains."""

    def __init__(self, document: docx.document.Document) -> None:
        self._by_id = {}
        for style in document.styles:
            with contextlib.suppress(KeyError, ValueError, AttributeError):
                self._by_id[style.style_id] = style
        self._cache: dict[str | None, _StyleInfo] = {}

    def info(self, style_id: str | None) -> _StyleInfo:
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve(style_id)
        return self._cache[style_id]

    def name(self, style_id: str | None) -> str | None:
        style = self._by_id.get(style_id)
        return style.name if style is not None else None

    def _resolve(self, style_id: str | None) -> _StyleInfo:
        bold = italic = muted = None
        level = None
        numbered = False
        seen = set()
        style = self._by_id.get(style_id)
        while style is not None and style.style_id not in seen:
            seen.add(style.style_id)
            element = style.element
            rpr = element.find(_q("rPr"))
            if rpr is not None:
                bold = _toggle(rpr, "b") if bold is None else bold
                italic = _toggle(rpr, "i") if italic is None else italic
                muted = _is_grey(rpr) if muted is None else muted
            ppr = element.find(_q("pPr"))
            if ppr is not None:
                outline = ppr.find(_q("outlineLvl"))
                if level is None and outline is not None and outline.get(VAL, "").isdigit():
                    value = int(outline.get(VAL))
                    level = value + 1 if value < 9 else None  # 9 means "body text"
                numbered = numbered or ppr.find(_q("numPr")) is not None
            match = _HEADING_NAME.match(style.name or "")
            if level is None and match:
                level = int(match.group(1))
            if level is None and (style.name or "").lower() in {"title", "subtitle"}:
                level = 1
            style = _base_style(style)
        return _StyleInfo(bold, italic, muted, level, numbered)


def _base_style(style):  # noqa: ANN001 - python-docx's style classes are not exported
    try:
        return style.base_style
    except (KeyError, ValueError, AttributeError):
        return None


def _toggle(rpr: etree._Element, tag: str) -> bool | None:
    """Word's on/off properties: <w:b/> is on, <w:b w:val="0"/> is off, absent is inherit."""
    element = rpr.find(_q(tag))
    if element is None:
        return None
    return element.get(VAL, "true").lower() not in {"0", "false", "off", "none"}


def _is_grey(rpr: etree._Element) -> bool | None:
    """Grey text (not black, not a colour): how templates mark guidance to delete."""
    color = rpr.find(_q("color"))
    if color is None:
        return None
    value = (color.get(VAL) or "").lower()
    if len(value) != 6 or not all(c in "0123456789abcdef" for c in value):
        return False
    r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return max(r, g, b) - min(r, g, b) <= 24 and 0x50 <= r <= 0xD0


@dataclass
class _Control:
    name: str | None
    placeholder: bool


def _control_of(sdt: etree._Element) -> _Control:
    pr = sdt.find(SDT_PR)
    name = None
    placeholder = False
    if pr is not None:
        for tag in ("alias", "tag"):
            element = pr.find(_q(tag))
            if element is not None and element.get(VAL):
                name = element.get(VAL)
                break
        placeholder = pr.find(_q("showingPlcHdr")) is not None
    return _Control(name, placeholder)


class _Reader:
    def __init__(self, document: docx.document.Document, path: Path) -> None:
        self.document = document
        self.path = path
        self.styles = _Styles(document)
        self.paragraph_count = 0
        self.table_count = 0
        self.insertions = 0
        self.deletions = 0
        self.elements: list[etree._Element] = []  # each paragraph's w:p, in the order they are counted

    # -- blocks -------------------------------------------------------------

    def blocks(self, parent: etree._Element, cell: tuple[int, int, int] | None = None,
               control: _Control | None = None) -> list[Block]:
        out: list[Block] = []
        for child in parent:
            tag = child.tag
            if tag == P:
                out.append(self.paragraph(child, cell, control))
            elif tag == TBL:
                out.append(self.table(child))
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    out.extend(self.blocks(content, cell, _control_of(child)))
            elif tag in (CUSTOM_XML, INS):
                out.extend(self.blocks(child, cell, control))
        return out

    def table(self, element: etree._Element) -> Table:
        self.table_count += 1
        number = self.table_count
        rows: list[list[Cell]] = []
        for tr in _children(element, TR):
            row: list[Cell] = []
            for tc in _children(tr, TC):
                row.append(self.cell(tc, (number, len(rows) + 1, len(row) + 1)))
            if row:
                rows.append(row)
        return Table(rows=rows, location=Location(table=number))

    def cell(self, tc: etree._Element, where: tuple[int, int, int]) -> Cell:
        span, continued, shaded = 1, False, False
        tcpr = tc.find(_q("tcPr"))
        if tcpr is not None:
            grid = tcpr.find(_q("gridSpan"))
            if grid is not None and (grid.get(VAL) or "").isdigit():
                span = max(1, int(grid.get(VAL)))
            merge = tcpr.find(_q("vMerge"))
            continued = merge is not None and merge.get(VAL, "continue") == "continue"
            shd = tcpr.find(_q("shd"))
            if shd is not None:
                fill = (shd.get(_q("fill")) or "auto").lower()
                shaded = fill not in {"auto", "ffffff", ""}
        return Cell(blocks=self.blocks(tc, where), shaded=shaded, span=span, continued=continued)

    # -- paragraphs ---------------------------------------------------------

    def paragraph(self, element: etree._Element, cell: tuple[int, int, int] | None,
                  control: _Control | None) -> Paragraph:
        self.paragraph_count += 1
        self.elements.append(element)
        ppr = element.find(_q("pPr"))
        style_id = None
        level = None
        list_level = None
        if ppr is not None:
            pstyle = ppr.find(_q("pStyle"))
            style_id = pstyle.get(VAL) if pstyle is not None else None
            outline = ppr.find(_q("outlineLvl"))
            if outline is not None and (outline.get(VAL) or "").isdigit() and int(outline.get(VAL)) < 9:
                level = int(outline.get(VAL)) + 1
            numpr = ppr.find(_q("numPr"))
            if numpr is not None:
                num_id = numpr.find(_q("numId"))
                ilvl = numpr.find(_q("ilvl"))
                if num_id is None or num_id.get(VAL) != "0":
                    list_level = int(ilvl.get(VAL)) if ilvl is not None and ilvl.get(VAL, "").isdigit() else 0
        style = self.styles.info(style_id if style_id else self._default_style_id())
        if list_level is None and style.numbered:
            list_level = 0

        runs = _RunCollector(self.styles, style)
        runs.walk(element)
        self.insertions += runs.inserted_words
        self.deletions += runs.deleted_words
        text = runs.text()
        placeholder = bool(control and control.placeholder) or (not text.strip() and runs.placeholder_seen)
        if control and control.placeholder:
            text = ""
        where = Location(paragraph=self.paragraph_count, table=cell[0] if cell else None,
                         row=cell[1] if cell else None, cell=cell[2] if cell else None)
        return Paragraph(
            text=text,
            location=where,
            style=self.styles.name(style_id) if style_id else None,
            heading_level=level if level is not None else style.heading_level,
            bold=runs.all(lambda r: r.bold),
            italic=runs.all(lambda r: r.italic),
            muted=runs.all(lambda r: r.muted),
            list_level=list_level,
            placeholder=placeholder,
            control=control.name if control else None,
        )

    def _default_style_id(self) -> str | None:
        if not hasattr(self, "_default_style"):  # looked up once: python-docx scans every style for it
            default = self.document.styles.default(docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
            self._default_style = default.style_id if default is not None else None
        return self._default_style


def _children(element: etree._Element, tag: str) -> list[etree._Element]:
    """Direct children with `tag`, looking through content controls and custom XML wrappers."""
    out = []
    for child in element:
        if child.tag == tag:
            out.append(child)
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                out.extend(_children(content, tag))
        elif child.tag == CUSTOM_XML:
            out.extend(_children(child, tag))
    return out


@dataclass
class _Run:
    text: str
    bold: bool
    italic: bool
    muted: bool


class _RunCollector:
    """The visible text of one paragraph, run by run, with each run's formatting."""

    def __init__(self, styles: _Styles, paragraph_style: _StyleInfo) -> None:
        self.styles = styles
        self.paragraph_style = paragraph_style
        self.runs: list[_Run] = []
        self.inserted_words = 0
        self.deleted_words = 0
        self.placeholder_seen = False

    def walk(self, element: etree._Element, inserted: bool = False) -> None:
        for child in element:
            tag = child.tag
            if tag == R:
                self.run(child, inserted)
            elif tag in (DEL, MOVE_FROM):
                self.deleted_words += len("".join(child.itertext()).split())
            elif tag == INS:
                self.walk(child, inserted=True)
            elif tag == SDT:
                control = _control_of(child)
                content = child.find(SDT_CONTENT)
                if control.placeholder:
                    self.placeholder_seen = True
                elif content is not None:
                    self.walk(content, inserted)
            elif tag in (HYPERLINK, SMART_TAG, FLD_SIMPLE, CUSTOM_XML, _q("moveTo")):
                self.walk(child, inserted)

    def run(self, r: etree._Element, inserted: bool) -> None:
        rpr = r.find(_q("rPr"))
        char_style = None
        if rpr is not None:
            rstyle = rpr.find(_q("rStyle"))
            char_style = self.styles.info(rstyle.get(VAL)) if rstyle is not None else None

        def prop(direct: bool | None, attr: str) -> bool:
            if direct is not None:
                return direct
            for source in (char_style, self.paragraph_style):
                value = getattr(source, attr) if source is not None else None
                if value is not None:
                    return value
            return False

        bold = prop(_toggle(rpr, "b") if rpr is not None else None, "bold")
        italic = prop(_toggle(rpr, "i") if rpr is not None else None, "italic")
        muted = prop(_is_grey(rpr) if rpr is not None else None, "muted")
        parts: list[str] = []
        for child in r:
            if child.tag == T:
                parts.append(child.text or "")
            elif child.tag == TAB:
                parts.append("\t")
            elif child.tag in (BR, CR):
                parts.append("\n")
            elif child.tag == f"{{{MC}}}AlternateContent":
                continue  # text boxes and drawings: their copies would double the text
        text = "".join(parts)
        if inserted:
            self.inserted_words += len(text.split())
        if text:
            self.runs.append(_Run(text, bold, italic, muted))

    def text(self) -> str:
        return "".join(r.text for r in self.runs).replace("\u00a0", " ").strip()

    def all(self, test) -> bool:  # noqa: ANN001
        lettered = [r for r in self.runs if _WORD.search(r.text)]
        return bool(lettered) and all(test(r) for r in lettered)


def paragraph_elements(document: docx.document.Document) -> list[etree._Element]:
    """Each paragraph's XML element, in the order `read_docx` numbers them (location.paragraph - 1)."""
    reader = _Reader(document, Path("."))
    reader.blocks(document.element.body)
    return reader.elements


def read_docx(path: Path) -> Document:
    try:
        document = docx.Document(str(path))
    except (KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError("corrupt") from exc
    except Exception as exc:  # python-docx raises many kinds for broken packages
        raise InputError("corrupt", type(exc).__name__) from exc
    reader = _Reader(document, path)
    body = document.element.body
    blocks = reader.blocks(body)
    return Document(
        path=str(path),
        kind="docx",
        blocks=blocks,
        header_text=_header_footer_text(document),
        tracked_insertions=reader.insertions,
        tracked_deletions=reader.deletions,
    )


def _header_footer_text(document: docx.document.Document) -> list[str]:
    lines: list[str] = []
    for rel in document.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            element = getattr(rel.target_part, "element", None)
            if element is None:
                continue
            for p in element.iter(P):
                text = "".join(t.text or "" for t in p.iter(T)).strip()
                if text and text not in lines:
                    lines.append(text)
    return lines
