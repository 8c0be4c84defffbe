"""Section mapping: from a document's blocks to the sections of a template.

Three steps:

1. `_Flattener` walks paragraphs and tables in reading order and says, for
   each piece of text, what it could be: a heading (how strongly the layout
   says so), a guidance prompt, the author's own words, table data (names,
   dates of birth), or an empty answer.
2. `_Assembler` decides which heading candidates open a section, by matching
   them to the canonical sections (`HeadingMatcher`), and files every other
   piece under the section it belongs to.
3. `map_document` detects the template profile (or takes the one asked for)
   and works out which required sections are missing.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from qa_checker.model import Cell, Document, Location, Paragraph, Table, iter_paragraphs
from qa_checker.plain import count_words
from qa_checker.sections.detect import Detection, detect_profile
from qa_checker.sections.matching import (
    HeadingMatch,
    HeadingMatcher,
    PromptMatcher,
    looks_like_guidance,
    normalise,
)
from qa_checker.sections.people import People, find_people, is_data_table, is_grid_header, people_from_grid
from qa_checker.sections.profiles import OTHER, Profile, RuleSet, normalise_placeholder

UnitKind = Literal["heading", "subheading", "prompt", "content", "data", "label", "empty"]
# Sections that hold names, dates and roles rather than prose: what is written there is data.
DATA_SECTIONS = frozenset({"key-information", "family-composition", "author-details"})
# Sections where the author gives each child's score and view, often in a small table.
VIEW_SECTIONS = frozenset({"recommendation", "scaling"})

_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-hA-H][.)])\s+\S")
_LABEL_VALUE = re.compile(r"^([A-Z][^:\n]{1,60}):\s*(.*)$", re.DOTALL)
# Form labels that introduce a value (name, date) rather than a question to answer.
_DATA_LABEL = re.compile(
    r"^(full )?names?\b|^(child|child's|children's|young person's|mother's|father's|parent's) (full )?name|"
    r"^d\.?o\.?b|\bdates? of birth\b|^date\b|\bdate of (conference|report|meeting)\b|^address|^tel|"
    r"^phone|^telephone|^e-?mail|^agency\b|^organisation|^school\b|^setting\b|^gp\b|^role\b|"
    r"^position\b|^job title|^signature|^signed|^nhs number|^ethnicity|^gender|^age\b|^sex\b|"
    r"^first language|^legal status|^conference (type|date)|^type of conference|^report (author|date)|"
    r"^author\b|^name and (position|role)|^unborn|^due date|^expected date|^social worker|^key worker|"
    r"^lead professional|^allocated|^contact|"
    r"^(parents?|carers?|mother|father|mum|dad|guardians?)( ?(/|and|&) ?(parents?|carers?|guardians?))?:?$|"
    r"^(child|children|child\(ren\)|pupil|young person|unborn)( ?/ ?(unborn|young person|children))?:?$",
    re.IGNORECASE)


# Matches too loose to make a plain line or the words before a colon a heading: a pattern, or a line that
# only starts with a heading's words ("Home conditions to stay as they are:").
_WEAK_MATCHES = ("pattern", "strong-pattern", "alias-start")

_TITLE = re.compile(r"\b(report|conference|child protection|multi-agency|confidential|official|assessment)\b",
                    re.IGNORECASE)
# "Education Report to a Child Protection Conference": the form's own title, not a section.
_DOCUMENT_TITLE = re.compile(r"\breport\b.{0,40}\b(conference|cpc|icpc|rcpc)\b|\bconference report\b"
                             r"|\bguidance notes\b|\bpro-?forma\b", re.IGNORECASE)
# The author's sign-off under the last answer: not an answer to that section.
_SIGN_OFF = re.compile(r"^\W*(signed|signature|name|date|print(ed)? name|designation|role|job title|position|tel|"
                       r"telephone|e-?mail|contact|countersigned|manager)\b", re.IGNORECASE)
_TOP_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_BY_LINE = re.compile(r"^((?:written|completed|prepared|compiled|report) by)\s*:?\s+(\S.*)$",
                      re.IGNORECASE | re.DOTALL)


@dataclass
class Unit:
    text: str
    kind: UnitKind
    location: Location
    source: Paragraph | None = None
    in_grid: bool = False  # a cell of a table of people (Name | DOB | Relationship)


@dataclass
class Section:
    id: str
    heading: str  # as the author's document has it
    location: Location
    units: list[Unit] = field(default_factory=list)
    parent: str | None = None
    empty: bool = True  # nothing but placeholders, prompts or nothing at all
    also: tuple[str, ...] = ()  # other sections its heading names ("Concerns / recommendations")

    @property
    def content(self) -> list[Unit]:
        return [u for u in self.units if u.kind == "content"]

    @property
    def text(self) -> str:
        """The author's own words in this section (no headings, prompts or table data)."""
        return "\n".join(u.text for u in self.content)

    @property
    def words(self) -> int:
        return count_words(self.text)

    @property
    def prompts(self) -> list[Unit]:
        return [u for u in self.units if u.kind == "prompt"]


@dataclass
class MappedReport:
    document: Document
    profile: Profile
    detection: Detection
    sections: list[Section]
    preamble: list[Unit]
    people: People
    missing_sections: list[str]
    ruleset: RuleSet
    conference_type: str | None = None
    conference_date: str | None = None  # as given on the command line; else the report's own (facts.py)
    cache: dict = field(default_factory=dict, repr=False)  # derived readings shared by the checks

    def section_name(self, section_id: str) -> str:
        """The plain name of a canonical section ("The child's views")."""
        entry = self.ruleset.vocabulary.get(section_id)
        return entry.name if entry else section_id

    def find(self, section_id: str) -> list[Section]:
        return [s for s in self.sections if s.id == section_id]

    def has_content(self, section_id: str) -> bool:
        return any(not s.empty for s in self.find(section_id))


# -- names in headings --------------------------------------------------------

_TITLED_POSSESSIVE = re.compile(r"^((?:\d{1,2}[.)]\s*)?)(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][A-Za-z'-]+?['\u2019]s\b")
_POSSESSIVE_NAMES = re.compile(
    r"^((?:\d{1,2}[.)]\s*)?)([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:(?:['\u2019]s)?\s*(?:,|and|&)\s*[A-Z][a-z]+"
    r"(?:-[A-Z][a-z]+)?)*)['\u2019]s?\b")


class _NamedMatcher:
    """Reads people's names in headings: "What Jessica says" is the child's views when Jessica is a
    child of the family, "Kirsty's views" the parents' views when Kirsty is the mother.

    Wraps the shared `HeadingMatcher` for one document. It knows the adults in the
    family tables read so far and, on the second pass, everyone the first pass found.
    """

    def __init__(self, matcher: HeadingMatcher, grids: list[tuple[Table, str]], people: People | None = None) -> None:
        self.matcher = matcher
        self.grids = grids
        self._seen = -1
        self._adults: set[str] = set()
        self.children = {n for p in (people.children if people else []) for n in _name_keys(p.name)}
        self.known_adults = {n for p in (people.adults if people else []) for n in _name_keys(p.name)}

    def adults(self) -> set[str]:
        if len(self.grids) != self._seen:
            self._seen = len(self.grids)
            self._adults = {p.first_name.lower() for table, context in self.grids
                            for p in people_from_grid(table, context) if not p.is_child}
        return self._adults | self.known_adults

    def match(self, heading: str) -> HeadingMatch | None:
        heading = heading.strip()
        titled = _TITLED_POSSESSIVE.match(heading)
        if titled:  # "Mr Kowalczyk's views": an adult of the family, named with a title
            return self.matcher.match(titled.group(1) + "Parents'" + heading[titled.end():])
        found = _POSSESSIVE_NAMES.match(heading)
        if found:
            names = [re.sub(r"['\u2019]s$", "", n).lower() for n in re.split(r"\s*(?:,|and|&)\s*", found.group(2)) if n]
            adults = names and all(n in self.adults() for n in names)
            # With the children known, a name none of theirs begins with is an adult's: "Lisa's views".
            not_children = self.children and names and not any(
                child.startswith(n) for n in names for child in self.children) and not (set(names) & _ROLE_WORDS)
            if adults or not_children:
                heading = found.group(1) + "Parents'" + heading[found.end():]
            elif len(names) > 1:
                heading = found.group(1) + "Children's" + heading[found.end():]
        return self.matcher.match(self._roles(heading))

    def names_someone(self, text: str) -> bool:
        """The whole heading is a person's name ("Poppy Hewitt", "Ava:")."""
        words = re.findall(r"[A-Za-z'-]+", text)
        return 1 <= len(words) <= 3 and words[0].lower() in (self.children | self.adults()) and all(
            w[0].isupper() for w in words)

    def _roles(self, heading: str) -> str:
        """Names of the family become their roles: "What Leo and Ella have told me" -> "What the child ..."."""
        def role(match: re.Match[str]) -> str:
            word = match.group(0).lower()
            if word in self.children:
                return "the child"
            if word in self.adults() or word in _PARENT_WORDS:
                return "the parent"
            return match.group(0)

        with_roles = _NAME_WORD.sub(role, heading)
        if _ONLY_ROLES.match(with_roles):
            return heading  # "Ruby:" alone labels an answer about Ruby, not a section
        return with_roles


_PARENT_WORDS = {"mum", "dad", "mother", "father", "mummy", "daddy", "stepdad", "stepmum"}
_ROLE_WORDS = {"child", "children", "young", "baby", "pupil", "parent", "parents", "carer", "carers", "family",
               "school", "agency", "author", "my", "our", "their", "your", "his", "her"}
_ONLY_ROLES = re.compile(r"^\W*(the (child|parent)(\W+(and\W+)?)?)+\W*$")
_NAME_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!['\u2019]s)")


def _name_keys(name: str) -> set[str]:
    parts = name.split()
    return {parts[0].lower()} if parts and parts[0].lower() not in ("unborn",) else set()


# -- step 1: what each piece of text could be -------------------------------

@dataclass
class _Piece:
    text: str
    location: Location
    source: Paragraph | None
    role: Literal["body", "question", "answer", "heading-row", "cell-text", "data", "label"]
    strength: int = 0  # how strongly the layout marks it as a heading: 3 strong .. 0 not
    level: int | None = None
    in_grid: bool = False


class _Flattener:
    def __init__(self, document: Document, ruleset: RuleSet, matcher: HeadingMatcher,
                 people: People | None = None) -> None:
        self.ruleset = ruleset
        sizes = [p.font_size for p in document.paragraphs() if p.font_size and len(p.text) > 40]
        self.body_size = statistics.median(sizes) if sizes else None
        self.heading_sizes = sorted({round(p.font_size) for p in document.paragraphs()
                                     if p.font_size and self.body_size and p.font_size >= self.body_size + 1.5},
                                    reverse=True)
        self.pieces: list[_Piece] = []
        self.grids: list[tuple[Table, str]] = []  # tables of people, with the heading above them
        self.matcher = _NamedMatcher(matcher, self.grids, people)
        self.last_heading = ""

    def run(self, blocks: list) -> list[_Piece]:
        for block in blocks:
            if isinstance(block, Paragraph):
                self.paragraph(block, "body")
            else:
                self.table(block)
        return self.pieces

    def paragraph(self, paragraph: Paragraph, role: str) -> None:
        text = paragraph.text.strip()
        if not text and not paragraph.placeholder:
            return
        label = _LABEL_VALUE.match(text) if role in ("body", "answer", "cell-text") else None
        if (label and label.group(2).strip() and _DATA_LABEL.search(label.group(1)) and count_words(text) <= 30) \
                or (_BY_LINE.match(text) and count_words(text) <= 30):
            # "Date of birth: 03/04/2019" typed as a line: a field and its value.
            self.pieces.append(_Piece(text, paragraph.location, paragraph, "data"))
            return
        if self.run_in(paragraph, text, 2 if role != "heading-row" else 3, role):
            return
        strength, level = self.heading_strength(paragraph) if role in ("body", "answer") else (0, None)
        if strength >= 2:
            self.last_heading = text
        self.pieces.append(_Piece(text, paragraph.location, paragraph, role, strength, level))

    def run_in(self, paragraph: Paragraph, text: str, strength: int, role: str) -> bool:
        """A heading run into its answer: "Positives: mum has ...", "Has the child been consulted? Yes, ...".

        Split only where the words before the colon or question mark are a known
        heading, so that "Ava said: ..." stays a sentence.
        """
        for separator in re.finditer(r"[:?]", text[:200]):
            head, rest = text[: separator.end()], text[separator.end():].strip()
            if not rest or count_words(head) > 25:
                continue
            match = self.matcher.match(head)
            if match is None or match.score < 0.9 or match.via in _WEAK_MATCHES:
                continue
            answer_role = "answer" if role == "heading-row" else role
            self.pieces.append(_Piece(head, paragraph.location, paragraph, role if role == "heading-row" else "body",
                                      strength))
            self.last_heading = head
            self.pieces.append(_Piece(rest, paragraph.location, paragraph, answer_role, 0))
            return True
        return False

    def heading_strength(self, paragraph: Paragraph) -> tuple[int, int | None]:
        text = paragraph.text.strip()
        words = count_words(text)
        if not text or words == 0 or words > 40:
            return 0, None
        if paragraph.heading_level is not None:
            return 3, paragraph.heading_level
        if self.body_size and paragraph.font_size and paragraph.font_size >= self.body_size + 1.5:
            return 3, self.heading_sizes.index(round(paragraph.font_size)) + 1
        ends_sentence = text.endswith(".") and not text.endswith("etc.")
        if paragraph.bold and words <= 25:
            return 2, None
        if _NUMBERED.match(text) and words <= 18 and not ends_sentence:
            return 2, None
        listed = paragraph.list_level is not None and "list" in (paragraph.style or "").lower()
        if words <= 14 and not ends_sentence and not listed and (text[:1].isupper() or text[:1].isdigit()):
            return 1, None  # a short plain line may be a heading; an item in a bulleted list is not
        return 0, None

    def table(self, table: Table) -> None:
        if _answer_table(table):  # "Worry | What safe would look like | What we will offer": the author's table
            header, *body = table.rows
            self.data_row([c for c in header if not c.continued], "label")
            for row in body:
                for cell in row:
                    if not cell.continued:
                        for p in iter_paragraphs(cell.blocks):
                            self.paragraph(p, "cell-text")
            return
        grid: Table | None = None
        for row in table.rows:
            cells = [c for c in row if not c.continued]
            if grid is not None and len(cells) == len(grid.rows[0]):
                grid.rows.append(cells)  # one more person in the grid
                self.data_row(cells)
                continue
            grid = None
            if is_grid_header([c.text for c in cells]):
                grid = Table(rows=[cells], location=table.location)
                self.grids.append((grid, self.last_heading))
                self.data_row(cells, "label")
                continue
            cells = [c for c in cells if c.text.strip() or c.paragraphs]
            if not cells:
                continue
            if len(cells) == 1 or all(not c.text.strip() for c in cells[1:]):
                self.single_cell_row(cells[0], others=cells[1:])
            else:
                self.question_row(cells)

    def data_row(self, cells: list[Cell], role: str = "data") -> None:
        for cell in cells:
            for p in cell.paragraphs:
                if p.text.strip():
                    self.pieces.append(_Piece(p.text.strip(), p.location, p, role, in_grid=True))

    def _nested(self, cell: Cell) -> list[Paragraph]:
        for block in cell.blocks:
            if isinstance(block, Table) and is_data_table(block):
                self.grids.append((block, self.last_heading))
        return cell.paragraphs

    def answer_cell(self, cell: Cell) -> None:
        """An answer: its own paragraphs may hold headings of the author's; the cells of a table inside it (a
        chronology, a scaling table) are text of the answer, never headings of the form."""
        self._nested(cell)
        for block in cell.blocks:
            if isinstance(block, Paragraph):
                self.paragraph(block, "answer")
            else:
                for p in iter_paragraphs([block]):
                    self.paragraph(p, "cell-text")

    def single_cell_row(self, cell: Cell, others: list[Cell]) -> None:
        paragraphs = [p for p in self._nested(cell) if p.text.strip() or p.placeholder]
        if not paragraphs:
            return
        opening = next((b for b in cell.blocks if not isinstance(b, Paragraph) or b.text.strip() or b.placeholder),
                       None)
        if isinstance(opening, Table):  # an answer that opens with a table: its header row is not a heading
            self.answer_cell(cell)
            return
        first = paragraphs[0]
        if self.run_in(first, first.text.strip(), 3, "heading-row"):
            for p in paragraphs[1:]:
                self.paragraph(p, "answer")
            return
        marked = cell.shaded or first.bold or first.heading_level is not None
        if marked or (len(paragraphs) == 1 and self.matcher.match(first.text) is not None):
            self.pieces.append(_Piece(first.text.strip(), first.location, first, "heading-row", 3,
                                      first.heading_level))
            self.last_heading = first.text.strip()
            for p in paragraphs[1:]:
                self.paragraph(p, "cell-text")
        else:
            for p in paragraphs:
                self.paragraph(p, "answer")
        for other in others:  # empty cells beside: placeholders in content controls
            for p in other.paragraphs:
                if p.placeholder:
                    self.paragraph(p, "answer")

    def question_row(self, cells: list[Cell]) -> None:
        left, rest = cells[0], cells[1:]
        left_paragraphs = [p for p in self._nested(left) if p.text.strip()]
        if not left_paragraphs:
            for cell in rest:
                self.answer_cell(cell)
            return
        label = left_paragraphs[0]
        looks_like_question = left.shaded or label.bold or label.heading_level is not None \
            or count_words(label.text) <= 15 or self.matcher.match(label.text) is not None
        if not looks_like_question:  # answers side by side ("Mia: 7 out of 10 ..." | "Freddie: 6 ...")
            for cell in [left, *rest]:
                for p in self._nested(cell):
                    self.paragraph(p, "answer")
            return
        answer_text = " ".join(c.text for c in rest)
        if _DATA_LABEL.search(label.text.strip()) and count_words(answer_text) <= 20:
            # "Date of birth | 03/04/2019": a label and its value, not a question and answer.
            self.pieces.append(_Piece(label.text.strip(), label.location, label, "label", 1))
            for cell in rest:
                for p in self._nested(cell):
                    if p.text.strip():
                        self.pieces.append(_Piece(p.text.strip(), p.location, p, "data"))
            return
        self.pieces.append(_Piece(label.text.strip(), label.location, label, "question", 3))
        self.last_heading = label.text.strip()
        for p in left_paragraphs[1:]:
            self.paragraph(p, "cell-text")
        for cell in rest:
            self.answer_cell(cell)


def _answer_table(table: Table) -> bool:
    """A table of three columns or more under a heading, with a row of short column labels first, that is not a
    table of people: a chronology or a plan the author wrote, not the form's questions."""
    rows = [[c for c in row if not c.continued] for row in table.rows]
    if len(rows) < 2 or len(rows[0]) < 3 or is_grid_header([c.text for c in rows[0]]):
        return False
    header = rows[0]
    labels = all(c.text.strip() and count_words(c.text) <= 8 for c in header)
    marked = all(c.shaded or all(p.bold for p in c.paragraphs if p.text.strip()) for c in header)
    same_width = all(len(r) == len(header) for r in rows[1:])
    return labels and marked and same_width


# -- step 2: sections --------------------------------------------------------

class _Assembler:
    def __init__(self, ruleset: RuleSet, matcher: _NamedMatcher, prompts: PromptMatcher) -> None:
        self.ruleset = ruleset
        self.matcher = matcher
        self.prompts = prompts
        self.sections: list[Section] = []
        self.preamble: list[Unit] = []
        self.current: Section | None = None
        self.current_level: int | None = None

    def run(self, pieces: list[_Piece]) -> tuple[list[Section], list[Unit]]:
        for piece in pieces:
            self.place(piece)
        for section in self.sections:
            self.finish(section)
        return self.sections, self.preamble

    def add(self, unit: Unit) -> None:
        (self.current.units if self.current is not None else self.preamble).append(unit)

    def open(self, section_id: str, piece: _Piece, level: int | None, also: tuple[str, ...] = ()) -> None:
        self.current = Section(section_id, piece.text, piece.location, also=also)
        self.current_level = level
        self.sections.append(self.current)

    def place(self, piece: _Piece) -> None:
        source = piece.source
        if source is not None and source.placeholder:
            self.add(Unit(piece.text, "empty", piece.location, source))
            return
        if piece.role in ("data", "label"):
            self.place_data(piece)
            return
        if self.current is None and piece.strength and _DOCUMENT_TITLE.search(piece.text) \
                and count_words(piece.text) <= 16:
            self.preamble.append(Unit(piece.text, "heading", piece.location, piece.source))
            return
        if piece.strength and self.prompts.is_prompt(piece.text):
            self.add(Unit(piece.text, "prompt", piece.location, source))  # the form's guidance, shaded or bold
            return
        if piece.strength and self.try_heading(piece):
            return
        self.add(self.classify_text(piece))

    def place_data(self, piece: _Piece) -> None:
        if not piece.in_grid:  # a field's label may say which section it starts: "Date(s) of Birth: ..."
            by_line = _BY_LINE.match(piece.text)
            label = by_line.group(1) if by_line else piece.text.split(":")[0]
            match = self.matcher.match(label)
            opens = match and match.section_id in DATA_SECTIONS
            # Inside the body of the form, a bare column label ("Child | Scale | Threshold met?") heads a table
            # in that section: it does not start the key information again.
            in_body = self.current is not None and self.current.id not in (*DATA_SECTIONS, OTHER)
            if opens and in_body and count_words(label) <= 2 and match.via != "profile-alias":
                opens = False
            if opens and (self.current is None or self.current.id != match.section_id):
                by_line = _BY_LINE.match(piece.text)
                label, colon, value = (by_line.group(1), "", by_line.group(2)) if by_line \
                    else piece.text.partition(":")
                self.open(match.section_id, piece, None)
                self.current.heading = label.strip() + colon
                self.current.units.append(Unit(self.current.heading, "heading", piece.location, piece.source))
                if value.strip():
                    self.current.units.append(Unit(value.strip(), "data", piece.location, piece.source))
                return
        if self.current is None:  # a key-information table before the first heading
            self.open("key-information", piece, None)
        if self.current is not None and self.current.id in VIEW_SECTIONS and not piece.in_grid \
                and not _SIGN_OFF.match(piece.text):
            # "Unborn baby | 4 | Yes" in the recommendation's table: the author's reading, not a field.
            self.add(Unit(piece.text, "content", piece.location, piece.source))
            return
        self.add(Unit(piece.text, "label" if piece.role == "label" else "data", piece.location, piece.source,
                      in_grid=piece.in_grid))

    def try_heading(self, piece: _Piece) -> bool:
        match = self.matcher.match(piece.text)
        strength = piece.strength
        if strength == 1 and not (match and match.score >= 0.9 and match.via not in _WEAK_MATCHES):
            return False
        if match is not None and not self._weak_pattern(match, piece):
            if self.current is not None and self.current.id == match.section_id and not self.current.units \
                    and match.section_id != OTHER:
                self.current.heading += f" / {piece.text}"  # a heading split over two lines
                return True
            self.open(match.section_id, piece, piece.level, match.also)
            return True
        text = piece.text.rstrip()
        if self.matcher.names_someone(text) and self.current is not None:
            self.add(Unit(piece.text, "subheading", piece.location, piece.source))
            return True  # "Poppy Hewitt" over her part of the recommendation
        if strength == 3:
            deeper = (self.current is not None and piece.level is not None and self.current_level is not None
                      and piece.level > self.current_level)
            if self.current is None and piece.role == "body" and _TITLE.search(piece.text):
                self.preamble.append(Unit(piece.text, "heading", piece.location, piece.source))
                return True  # the document's title
            if _TOP_NUMBER.match(text) and self.current is not None and not deeper:
                self.open(OTHER, piece, piece.level)  # a numbered section of the author's own
                return True
            if deeper or (piece.role in ("question", "heading-row") and self.current is not None
                          and self._is_subquestion(piece)):
                self.add(Unit(piece.text, "subheading", piece.location, piece.source))
                return True
            self.open(OTHER, piece, piece.level)
            return True
        if strength == 2:
            if text.endswith(".") or count_words(text) > 14:
                return False  # an emphasised sentence, not a heading
            if _TOP_NUMBER.match(text) and self.current is not None:
                self.open(OTHER, piece, None)  # "4. Housing history": a numbered section of its own
                return True
            if self.current is None:
                self.preamble.append(Unit(piece.text, "heading", piece.location, piece.source))
            else:
                self.add(Unit(piece.text, "subheading", piece.location, piece.source))
            return True
        return False

    @staticmethod
    def _weak_pattern(match: HeadingMatch, piece: _Piece) -> bool:
        """A pattern match on a long bold line is too weak to open a section."""
        return match.via in ("pattern", "strong-pattern") and piece.strength < 3 and count_words(piece.text) > 10

    def _is_subquestion(self, piece: _Piece) -> bool:
        """An unmapped form question inside a mapped section ("Number of exclusions:") stays in it."""
        return self.current is not None and self.current.id != OTHER and (
            piece.text.rstrip().endswith((":", "?")) or count_words(piece.text) <= 6)

    def classify_text(self, piece: _Piece) -> Unit:
        source = piece.source
        text = piece.text
        if self.prompts.is_prompt(text):
            return Unit(text, "prompt", piece.location, source)
        styled = source is not None and (source.italic or source.muted)
        if styled and (source.muted or looks_like_guidance(text)):
            return Unit(text, "prompt", piece.location, source)
        split = self.prompts.split_leading(text)
        while split is not None:  # prompts run together, then perhaps the author's answer
            prompt, text = split
            self.add(Unit(prompt, "prompt", piece.location, source))
            if self.prompts.is_prompt(text):
                return Unit(text, "prompt", piece.location, source)
            split = self.prompts.split_leading(text)
        if piece.role == "cell-text" and looks_like_guidance(text) and not _LABEL_VALUE.match(text):
            return Unit(text, "prompt", piece.location, source)
        return Unit(text, "content", piece.location, source)

    def finish(self, section: Section) -> None:
        if section.id in DATA_SECTIONS:  # names and dates, even when typed as a line of text
            for unit in section.units:
                if unit.kind == "content":
                    unit.kind = "data"
        # A form's answer may be labelled lines ("Parent: YES (copy given 12/03)"): those answer it too.
        kinds = ("data",) if section.id in DATA_SECTIONS else ("content", "data")
        written = [u for u in section.units if u.kind in kinds
                   and not (u.kind == "data" and section.id not in DATA_SECTIONS and _SIGN_OFF.match(u.text))]
        section.empty = all(normalise_placeholder(u.text) in self.ruleset.placeholders for u in written)


# -- step 3: the whole report ------------------------------------------------

@lru_cache(maxsize=8)
def _matchers(ruleset: RuleSet) -> tuple[HeadingMatcher, PromptMatcher]:
    profiles = list(ruleset.profiles.values())
    prompts = [p for profile in profiles for p in profile.prompts]
    return HeadingMatcher(ruleset.vocabulary, profiles), PromptMatcher(prompts)


def map_document(document: Document, ruleset: RuleSet, template: str | None = None,
                 conference_type: str | None = None, conference_date: str | None = None) -> MappedReport:
    heading_matcher, prompt_matcher = _matchers(ruleset)
    flattener, sections, preamble = _map_pass(document, ruleset, heading_matcher, prompt_matcher, None)
    people = find_people(flattener.grids, sections, preamble)
    if people.children or people.adults:  # headings may name them: read them again knowing who is who
        flattener, sections, preamble = _map_pass(document, ruleset, heading_matcher, prompt_matcher, people)
        people = find_people(flattener.grids, sections, preamble)

    if template:
        profile = ruleset.profile(template)
        detection = Detection(profile.id, detected=False, confidence=1.0, scores={})
    else:
        detection = detect_profile(sections, preamble, document.header_text, ruleset)
        profile = ruleset.profile(detection.profile_id)
    _name_tables_as_the_profile_calls_them(sections, profile, conference_type)
    for section in sections:
        spec = profile.spec(section.id)
        section.parent = spec.parent if spec else None
    missing = missing_sections(sections, profile, ruleset, conference_type)
    if detection.fallback and detection.candidates:
        # Not sure which form it is: a section is missing only if every form it could be asks for it.
        candidates = [ruleset.profile(pid) for pid in detection.candidates]
        missing = [m for m in missing if all(_asks_for(c, m, profile, conference_type) for c in candidates)]
    return MappedReport(document, profile, detection, sections, preamble, people, missing, ruleset,
                        conference_type, conference_date)


def _name_tables_as_the_profile_calls_them(sections: list[Section], profile: Profile,
                                           conference_type: str | None) -> None:
    """Key information and family composition are both tables of the family; use the profile's name.

    "Family details" is the norfolk-education form's family composition and the
    Portsmouth form's key information.
    """
    required = set(profile.required_ids(conference_type))
    for wanted, other in (("family-composition", "key-information"), ("key-information", "family-composition")):
        if wanted in required and other not in required and not any(s.id == wanted for s in sections):
            for section in sections:
                if section.id == other and re.search(r"famil|household", section.heading, re.IGNORECASE):
                    section.id = wanted


def _map_pass(document: Document, ruleset: RuleSet, heading_matcher: HeadingMatcher,
              prompt_matcher: PromptMatcher, people: People | None) -> tuple[_Flattener, list[Section], list[Unit]]:
    flattener = _Flattener(document, ruleset, heading_matcher, people)
    pieces = flattener.run(document.blocks)
    sections, preamble = _Assembler(ruleset, flattener.matcher, prompt_matcher).run(pieces)
    return flattener, sections, preamble


def _asks_for(candidate: Profile, section_id: str, checked: Profile, conference_type: str | None) -> bool:
    """Whether a form asks for this section of the profile checked (or for a part that answers it)."""
    required = set(candidate.required_ids(conference_type))
    spec = checked.spec(section_id)
    return section_id in required or bool(spec and required & set(spec.satisfied_by))


def _answered_below(sections: list[Section], index: int, profile: Profile) -> bool:
    """An empty heading whose answers stand under sub-headings of their own ("3. What Needs to Happen?" over
    "What school will do" and "What needs to happen at home") is answered by them: every section after it,
    up to the next section the form asks for in its own right."""
    heading = sections[index]
    top_level = {s.id for s in profile.sections if s.parent is None and s.id != heading.id}
    spec = profile.spec(heading.id)
    own_parts = set(spec.satisfied_by) if spec else set()
    grouping = not any(u.kind in ("empty", "content") for u in heading.units)  # no blank box, no placeholder
    for below in sections[index + 1:]:
        if below.id in top_level and below.id not in own_parts:
            return False
        if below.id in DATA_SECTIONS or (below.id == OTHER and not grouping):
            continue
        if not below.empty:
            return True
    return False


def missing_sections(sections: list[Section], profile: Profile, ruleset: RuleSet,
                     conference_type: str | None) -> list[str]:
    present = {s.id for s in sections if not s.empty} | {a for s in sections if not s.empty for a in s.also}
    present |= {s.id for i, s in enumerate(sections) if s.empty and _answered_below(sections, i, profile)}
    missing = []
    for section_id in profile.required_ids(conference_type):
        spec = profile.spec(section_id)
        if section_id in present:
            continue
        if spec and any(sub in present for sub in spec.satisfied_by):
            continue
        if spec and spec.found_in and any(host in present for host in spec.found_in):
            continue  # asked for inside another section: its own content check says whether it is there
        missing.append(section_id)
    return missing


__all__ = ["MappedReport", "Section", "Unit", "count_words", "map_document", "normalise"]
