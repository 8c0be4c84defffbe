"""Read a PDF report (usually exported from Word) into the document model.

Speed matters for a partnership audit of hundreds of reports, so this reads
PDFium's page objects directly (pypdfium2, which pdfplumber itself is built
on) rather than pdfminer's layout analysis: one pass over a page gives every
text run with its font, size and colour, and every ruled line and shaded box.
From those it rebuilds what a Word export flattened:

- table cells, from the ruling lines of the table's borders, so that the
  question in a form's left cell is not woven line by line into the answer on
  its right (what `extract_text` does);
- a table row that runs over a page break, joined back to the row above;
- headings, from bold or larger type;
- page headers and footers that repeat on every page, dropped;
- words hyphenated at a line end, joined.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from qa_checker.errors import InputError
from qa_checker.ingest.guard import MAX_PDF_PAGES
from qa_checker.model import Block, Cell, Document, Location, Paragraph, Table

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_ITALIC_NAME = re.compile(r"italic|oblique", re.IGNORECASE)
_BULLET = re.compile(r"^\s*([•·▪◦●\uf0b7\uf0a7\uf076\uf0d8\-–o]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)")
_PAGE_FURNITURE = re.compile(
    r"^(page\s*\d+(\s*(of|/)\s*\d+)?|\d+\s*(of|/)\s*\d+|\d{1,3}|official(\s*[-–]\s*sensitive)?"
    r"|(strictly\s+)?confidential|restricted)$",
    re.IGNORECASE,
)
_SOFT_HYPHENS = ("\u00ad", "\x02")
_RULE_THICKNESS = 2.5  # points: thicker than this is a box, not a border line
_SNAP = 2.0  # points: borders closer than this are the same border


@dataclass
class _Run:
    """One text object: a run of text in one font on one line."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    muted: bool


@dataclass
class _Line:
    runs: list[_Run]

    @property
    def text(self) -> str:
        out = ""
        previous: _Run | None = None
        for run in sorted(self.runs, key=lambda r: r.left):
            if previous is not None and run.left - previous.right > 0.15 * run.size \
                    and not out.endswith(" ") and not run.text.startswith(" "):
                out += " "
            out += run.text
            previous = run
        return out.strip()

    @property
    def top(self) -> float:
        return min(r.top for r in self.runs)

    @property
    def bottom(self) -> float:
        return max(r.bottom for r in self.runs)

    @property
    def left(self) -> float:
        return min(r.left for r in self.runs)

    @property
    def right(self) -> float:
        return max(r.right for r in self.runs)

    @property
    def size(self) -> float:
        return max(r.size for r in self.runs)

    def share(self, attr: str) -> bool:
        lettered = [r for r in self.runs if any(c.isalnum() for c in r.text)]
        return bool(lettered) and all(getattr(r, attr) for r in lettered)


@dataclass
class _GridCell:
    left: float
    top: float
    right: float
    bottom: float
    shaded: bool = False
    runs: list[_Run] = field(default_factory=list)


@dataclass
class _Grid:
    rows: list[list[_GridCell]]

    @property
    def top(self) -> float:
        return self.rows[0][0].top

    def column_edges(self, row: int) -> list[float]:
        return [c.left for c in self.rows[row]] + [self.rows[row][-1].right]


@dataclass
class _Page:
    number: int
    height: float
    body: list[_Line]
    grids: list[_Grid]
    images: int


def read_pdf(path: Path) -> Document:
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError("encrypted") from exc
        raise InputError("corrupt") from exc
    try:
        count = len(pdf)
        if count == 0:
            raise InputError("empty")
        if count > MAX_PDF_PAGES:
            raise InputError("too-large", limit=f"{MAX_PDF_PAGES} pages")
        pages = [_read_page(pdf, index) for index in range(count)]
    finally:
        pdf.close()

    if not any(page.body or any(c.runs for g in page.grids for r in g.rows for c in r) for page in pages):
        if any(page.images for page in pages):
            raise InputError("no-text-layer")
        raise InputError("empty")
    furniture = _drop_page_furniture(pages)
    blocks = _Assembler().blocks(pages)
    return Document(path=str(path), kind="pdf", blocks=blocks, pages=count, header_text=furniture)


# -- reading one page -------------------------------------------------------

def _read_page(pdf: pdfium.PdfDocument, index: int) -> _Page:
    page = pdf[index]
    textpage = page.get_textpage()
    try:
        width, height = page.get_size()
        runs: list[_Run] = []
        rules_h: list[tuple[float, float, float]] = []  # (y, x0, x1), top-down coordinates
        rules_v: list[tuple[float, float, float]] = []  # (x, y0, y1)
        fills: list[tuple[float, float, float, float]] = []
        images = 0
        for obj in page.get_objects(max_depth=3):
            kind = obj.type
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                run = _text_run(obj, textpage, height)
                if run is not None:
                    runs.append(run)
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                _path(obj, height, rules_h, rules_v, fills)
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                images += 1
        grids = _grids(rules_h, rules_v, fills)
        body: list[_Run] = []
        for run in runs:
            cell = _cell_at(grids, run)
            if cell is None:
                body.append(run)
            else:
                cell.runs.append(run)
        return _Page(number=index + 1, height=height, body=_lines(body), grids=grids, images=images)
    finally:
        textpage.close()
        page.close()


def _text_run(obj: pdfium.PdfObject, textpage: pdfium.PdfTextPage, page_height: float) -> _Run | None:
    handle = obj.raw
    length = pdfium_c.FPDFTextObj_GetText(handle, textpage.raw, None, 0)
    if length <= 2:
        return None
    buffer = ctypes.create_string_buffer(length)
    pdfium_c.FPDFTextObj_GetText(handle, textpage.raw,
                                 ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), length)
    text = buffer.raw[: length - 2].decode("utf-16-le", errors="replace").replace("\x00", "")
    text = text.replace("\r", " ").replace("\n", " ").replace("\u00a0", " ")
    if not text.strip():
        return None
    left, bottom, right, top = obj.get_bounds()
    size = ctypes.c_float(0)
    pdfium_c.FPDFTextObj_GetFontSize(handle, ctypes.byref(size))
    matrix = pdfium_c.FS_MATRIX()
    scale = 1.0
    if pdfium_c.FPDFPageObj_GetMatrix(handle, ctypes.byref(matrix)):
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
    font = pdfium_c.FPDFTextObj_GetFont(handle)
    name = ""
    weight = -1
    italic_angle = 0
    if font:
        n = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        if n > 0:
            raw_name = ctypes.create_string_buffer(n)
            pdfium_c.FPDFFont_GetBaseFontName(font, raw_name, n)
            name = raw_name.value.decode("latin-1", errors="replace")
        weight = pdfium_c.FPDFFont_GetWeight(font)
        angle = ctypes.c_int(0)
        if pdfium_c.FPDFFont_GetItalicAngle(font, ctypes.byref(angle)):
            italic_angle = angle.value
    r, g, b, a = (ctypes.c_uint(0) for _ in range(4))
    pdfium_c.FPDFPageObj_GetFillColor(handle, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b),
                                      ctypes.byref(a))
    muted = max(r.value, g.value, b.value) - min(r.value, g.value, b.value) <= 24 and 0x50 <= r.value <= 0xD0
    return _Run(
        text=text,
        left=left,
        top=page_height - top,
        right=right,
        bottom=page_height - bottom,
        size=round(size.value * scale, 1),
        bold=bool(_BOLD_NAME.search(name)) or weight >= 600,
        italic=bool(_ITALIC_NAME.search(name)) or italic_angle != 0,
        muted=muted,
    )


def _path(obj: pdfium.PdfObject, page_height: float, rules_h: list, rules_v: list, fills: list) -> None:
    left, bottom, right, top = obj.get_bounds()
    top, bottom = page_height - top, page_height - bottom
    width, height = right - left, bottom - top
    fill_mode, stroke = ctypes.c_int(0), ctypes.c_int(0)
    pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill_mode), ctypes.byref(stroke))
    if height <= _RULE_THICKNESS and width > 4:
        rules_h.append(((top + bottom) / 2, left, right))
    elif width <= _RULE_THICKNESS and height > 4:
        rules_v.append(((left + right) / 2, top, bottom))
    elif width > 4 and height > 4:
        if fill_mode.value:
            r, g, b, a = (ctypes.c_uint(0) for _ in range(4))
            pdfium_c.FPDFPageObj_GetFillColor(obj.raw, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b),
                                              ctypes.byref(a))
            if a.value and min(r.value, g.value, b.value) < 245:
                fills.append((left, top, right, bottom))
        if stroke.value:  # a stroked box: its four sides are borders
            rules_h.extend([(top, left, right), (bottom, left, right)])
            rules_v.extend([(left, top, bottom), (right, top, bottom)])


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _SNAP:
            out.append(value)
    return out


def _grids(rules_h: list, rules_v: list, fills: list) -> list[_Grid]:
    """Rebuild table cells from border lines.

    Borders that touch form one table. Each horizontal border pair bounds a
    row; inside a row, the vertical borders that cross it bound its cells, so
    merged cells (a heading row spanning the table) come out as one cell.
    """
    segments = [("h", *s) for s in rules_h] + [("v", *s) for s in rules_v]
    if not segments:
        return []
    parent = list(range(len(segments)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def touches(a: tuple, b: tuple) -> bool:
        if a[0] == b[0]:  # parallel: same line, overlapping
            return abs(a[1] - b[1]) <= _SNAP and a[2] <= b[3] + _SNAP and b[2] <= a[3] + _SNAP
        h, v = (a, b) if a[0] == "h" else (b, a)
        return h[2] - _SNAP <= v[1] <= h[3] + _SNAP and v[2] - _SNAP <= h[1] <= v[3] + _SNAP

    order = sorted(range(len(segments)), key=lambda i: min(segments[i][2], segments[i][1]))
    for i_pos, i in enumerate(order):
        for j in order[i_pos + 1:]:
            if touches(segments[i], segments[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[tuple]] = {}
    for i, segment in enumerate(segments):
        groups.setdefault(find(i), []).append(segment)

    grids = []
    for group in groups.values():
        horizontals = [s for s in group if s[0] == "h"]
        verticals = [s for s in group if s[0] == "v"]
        if len(horizontals) < 2 or len(verticals) < 2:
            continue
        ys = _snap([s[1] for s in horizontals])
        rows: list[list[_GridCell]] = []
        for top, bottom in zip(ys, ys[1:], strict=False):
            if bottom - top < 4:
                continue
            middle = (top + bottom) / 2
            xs = _snap([v[1] for v in verticals if v[2] - _SNAP <= middle <= v[3] + _SNAP])
            cells = [_GridCell(left, top, right, bottom) for left, right in zip(xs, xs[1:], strict=False)
                     if right - left > 4]
            if cells:
                rows.append(cells)
        if rows:
            for row in rows:
                for cell in row:
                    area = (cell.right - cell.left) * (cell.bottom - cell.top)
                    cell.shaded = any(_overlap(cell, fill) > 0.5 * area for fill in fills)
            grids.append(_Grid(rows))
    grids.sort(key=lambda g: g.top)
    return grids


def _overlap(cell: _GridCell, box: tuple[float, float, float, float]) -> float:
    width = min(cell.right, box[2]) - max(cell.left, box[0])
    height = min(cell.bottom, box[3]) - max(cell.top, box[1])
    return width * height if width > 0 and height > 0 else 0.0


def _cell_at(grids: list[_Grid], run: _Run) -> _GridCell | None:
    x = (run.left + min(run.right, run.left + 20)) / 2  # the run's start: long runs may overhang
    y = (run.top + run.bottom) / 2
    for grid in grids:
        for row in grid.rows:
            for cell in row:
                if cell.left - 1 <= x <= cell.right + 1 and cell.top - 1 <= y <= cell.bottom + 1:
                    return cell
    return None


def _lines(runs: list[_Run]) -> list[_Line]:
    """Group text runs into lines: runs whose vertical middles are close share a line."""
    lines: list[_Line] = []
    for run in sorted(runs, key=lambda r: (round(r.top + r.bottom), r.left)):
        middle = (run.top + run.bottom) / 2
        for line in reversed(lines[-3:]):
            line_middle = (line.top + line.bottom) / 2
            if abs(line_middle - middle) < 0.4 * max(run.size, 1) and run.left >= line.left - 1:
                line.runs.append(run)
                break
        else:
            lines.append(_Line([run]))
    lines.sort(key=lambda line: (line.top, line.left))
    return lines


# -- across pages -----------------------------------------------------------

def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _drop_page_furniture(pages: list[_Page]) -> list[str]:
    """Remove page headers and footers: lines near the top or bottom edge that repeat."""
    def in_band(page: _Page, line: _Line) -> bool:
        return line.bottom < 0.12 * page.height or line.top > 0.88 * page.height

    def grid_text(grid: _Grid) -> str:
        return " ".join(_Line(cell.runs).text for row in grid.rows for cell in row if cell.runs)

    def grid_in_band(page: _Page, grid: _Grid) -> bool:
        bottom = grid.rows[-1][0].bottom
        return bottom < 0.12 * page.height or grid.top > 0.88 * page.height

    counts = Counter()
    for page in pages:
        keys = {_furniture_key(line.text) for line in page.body if in_band(page, line)}
        keys |= {_furniture_key(grid_text(g)) for g in page.grids if grid_in_band(page, g)}
        for key in keys:
            counts[key] += 1
    repeated = {key for key, n in counts.items() if n >= 2 and n >= 0.5 * len(pages)}
    dropped: list[str] = []
    for page in pages:  # a header laid out as a table (logo | marking | date) repeats as a grid
        kept_grids = []
        for grid in page.grids:
            if grid_in_band(page, grid) and _furniture_key(grid_text(grid)) in repeated:
                if grid_text(grid) not in dropped:
                    dropped.append(grid_text(grid))
            else:
                kept_grids.append(grid)
        page.grids = kept_grids
    for page in pages:
        kept = []
        for line in page.body:
            text = line.text
            if in_band(page, line) and (_furniture_key(text) in repeated or _PAGE_FURNITURE.match(text)):
                if text not in dropped:
                    dropped.append(text)
            else:
                kept.append(line)
        page.body = kept
    return dropped


class _Assembler:
    """Turns each page's lines and grids into the model's paragraphs and tables, in order."""

    def __init__(self) -> None:
        self.paragraph_count = 0
        self.table_count = 0

    def blocks(self, pages: list[_Page]) -> list[Block]:
        out: list[Block] = []
        previous_grid: _Grid | None = None
        for page in pages:
            items: list[tuple[float, object]] = [(g.top, g) for g in page.grids]
            items += [(line.top, line) for line in page.body]
            items.sort(key=lambda item: item[0])
            pending: list[_Line] = []
            for _, item in items:
                if isinstance(item, _Line):
                    pending.append(item)
                    continue
                out.extend(self.paragraphs(pending, page.number))
                pending = []
                if previous_grid is not None and out and isinstance(out[-1], Table) \
                        and self._continues(previous_grid, item):
                    self._extend(out[-1], previous_grid, item, page.number)
                else:
                    out.append(self.table(item, page.number))
                previous_grid = item
            if pending:
                out.extend(self.paragraphs(pending, page.number))
                previous_grid = None
        return out

    @staticmethod
    def _continues(before: _Grid, after: _Grid) -> bool:
        """A table at the top of a page whose columns line up with the last one before the break."""
        edges_before = before.column_edges(-1)
        edges_after = after.column_edges(0)
        return len(edges_before) == len(edges_after) and all(
            abs(a - b) <= 3 for a, b in zip(edges_before, edges_after, strict=True))

    def _extend(self, table: Table, before: _Grid, after: _Grid, page: int) -> None:
        rows = after.rows
        first = rows[0]
        # The row broke across the page: its left cell continues empty. Join it to the row above.
        if len(first) > 1 and not first[0].runs and any(c.runs for c in first[1:]):
            for column, cell in enumerate(first):
                if column < len(table.rows[-1]) and cell.runs:
                    target = table.rows[-1][column]
                    more = self.paragraphs(_lines(cell.runs), page,
                                           (table.location.table, len(table.rows), column + 1))
                    last = target.blocks[-1] if target.blocks else None
                    if isinstance(last, Paragraph) and more and not last.text.endswith((".", "!", "?", ":")):
                        last.text = f"{last.text} {more.pop(0).text}"  # a sentence cut by the page break
                    target.blocks.extend(more)
            rows = rows[1:]
        for row in rows:
            table.rows.append(self.row(row, page, table.location.table or 0, len(table.rows) + 1))

    def table(self, grid: _Grid, page: int) -> Table:
        self.table_count += 1
        rows = [self.row(row, page, self.table_count, index + 1) for index, row in enumerate(grid.rows)]
        widest = max(len(r) for r in grid.rows)
        for cells, source in zip(rows, grid.rows, strict=True):
            if len(source) < widest:  # merged cells: the narrower row's cells span the rest
                cells[-1].span = widest - len(source) + 1
        return Table(rows=rows, location=Location(page=page, table=self.table_count))

    def row(self, row: list[_GridCell], page: int, table: int, number: int) -> list[Cell]:
        return [Cell(blocks=self.paragraphs(_lines(cell.runs), page, (table, number, column + 1)),
                     shaded=cell.shaded)
                for column, cell in enumerate(row)]

    def paragraphs(self, lines: list[_Line], page: int,
                   cell: tuple[int, int, int] | None = None) -> list[Paragraph]:
        groups: list[list[_Line]] = []
        for line in lines:
            if groups and not self._breaks(groups[-1][-1], line, lines):
                groups[-1].append(line)
            else:
                groups.append([line])
        out = []
        for group in groups:
            self.paragraph_count += 1
            runs = [run for line in group for run in line.runs]
            letters = [r for r in runs if any(c.isalnum() for c in r.text)] or runs
            out.append(Paragraph(
                text=_join(group),
                location=Location(page=page, paragraph=self.paragraph_count,
                                  table=cell[0] if cell else None, row=cell[1] if cell else None,
                                  cell=cell[2] if cell else None),
                bold=all(r.bold for r in letters),
                italic=all(r.italic for r in letters),
                muted=all(r.muted for r in letters),
                font_size=statistics.median(r.size for r in letters),
            ))
        return out

    @staticmethod
    def _breaks(previous: _Line, line: _Line, region: list[_Line]) -> bool:
        """Whether `line` starts a new paragraph after `previous`."""
        size = max(previous.size, line.size)
        if line.top - previous.bottom > 0.6 * size or line.top < previous.top:
            return True
        if (previous.share("bold"), previous.share("italic"), previous.share("muted")) != \
                (line.share("bold"), line.share("italic"), line.share("muted")):
            return True
        if abs(previous.size - line.size) > 0.9:
            return True
        if _BULLET.match(line.text):
            return True
        right_edge = max(other.right for other in region)
        left_edge = min(other.left for other in region)
        short = previous.right < right_edge - 0.2 * max(right_edge - left_edge, 1)
        return short and previous.text.rstrip().endswith((".", "!", "?", ":"))


def _join(lines: list[_Line]) -> str:
    text = ""
    for line in lines:
        part = line.text
        if not text:
            text = part
        elif text.endswith(_SOFT_HYPHENS):
            text = text[:-1] + part
        elif text.endswith("-") and len(text) > 1 and text[-2].isalpha() and part[:1].islower():
            text += part  # a word hyphenated at the line end: keep the hyphen, drop the break
        else:
            text += " " + part
    return text.replace("\u00ad", "").replace("\x02", "")
