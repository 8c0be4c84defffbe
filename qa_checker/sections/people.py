"""The children and adults a report is about, from its family and key-information tables.

Forms list them in tables (Name | DOB | Relationship | ...) or as labelled
fields ("Full Name of Child(ren): Ava Smith, Leo Smith"). Later checks need
them: scaling and recommendation are per child, and names are compared for
consistent spelling; an audit export replaces them with roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from qa_checker.model import Table
from qa_checker.plain import plain_text
from qa_checker.sections.fields import FIELD_SECTIONS, labelled_fields

if TYPE_CHECKING:
    from qa_checker.sections.mapper import Section, Unit

_COLUMN = re.compile(
    r"^(full |first |sur)?names?\b|\bname\b|^d\.?o\.?b|date of birth|relationship|address|gender|male|"
    r"^sex$|ethnicity|first language|parental responsibility|^school|^age$|^role$|^agency|^contact|"
    r"tel|phone|nhs|legal status|lives with|^language|^religion|^pr$|due date",
    re.IGNORECASE)
_NAME_COLUMN = re.compile(
    r"^(full )?names?\b|^name of|^(child|adult|person)('s)? name"
    r"|^(children|child|child\(ren\)|adults?|parents?( ?/ ?carers?)?|people|household members?)$", re.IGNORECASE)
_CHILD_WORDS = re.compile(
    r"\b(son|daughter|child|children|sibling|brother|sister|subject|unborn|baby|step-?(son|daughter)|"
    r"half[- ](brother|sister)|grandson|granddaughter|nephew|niece|young person)\b", re.IGNORECASE)
_ADULT_WORDS = re.compile(
    r"\b(mother|father|mum|dad|parent|step-?(mother|father|parent)|partner|boyfriend|girlfriend|"
    r"grandmother|grandfather|grandparent|nan|grandad|carer|aunt|uncle|guardian|husband|wife|lodger|"
    r"adult)\b", re.IGNORECASE)
_DOB = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_CHILD_LABEL = re.compile(
    r"^(full )?names?(\(s\))? of (the )?(child|children|child\(ren\)|child/ren|young person)"
    r"|^child(ren)?('s)? (full )?names?|^(name of )?(the )?(subject )?(child|children|child\(ren\))\b"
    r"|^unborn|^pupil|^young person|^re$",
    re.IGNORECASE)
_ADULT_LABEL = re.compile(
    r"^(mother|father|mum|dad|parents?|carers?|parents? ?/ ?carers?|adults?|step-?\w+)('s)?( full)?( names?)?$",
    re.IGNORECASE)
# A person's name: capitalised words with a lower-case letter each ("DOB", "NHS" are not names).
_PERSON_NAME = re.compile(
    r"^(?:[Uu]nborn (?:baby|child) )?[A-Z][a-z][A-Za-z'\u2019-]*(?: [A-Z][a-z][A-Za-z'\u2019-]*){0,3}$")
_NOT_NAMES = {"year", "reception", "nursery", "age", "aged", "school", "unknown", "none", "not known", "mother",
              "father", "mum", "dad", "yes", "no", "male", "female", "baby", "unborn", "tbc", "various"}


_NAME_AND_AGE = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)+) \((?:aged? )?(\d{1,2})\)")


_NAME_AND_DOB = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)+) "
    r"\((?i:dob|d\.o\.b\.?|born)[:\s]*([^)]{6,12})\)")


@dataclass
class Person:
    name: str
    role: str | None = None  # relationship as written ("Mother", "Son")
    date_of_birth: str | None = None
    is_child: bool = False
    age: float | None = None  # an age the form states beside the name ("Ava Smith (6)")
    known_as: str | None = None  # the name the report uses: "Amelia (Millie) Hartley" is known as Millie

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


@dataclass
class People:
    children: list[Person] = field(default_factory=list)
    adults: list[Person] = field(default_factory=list)

    def add(self, person: Person) -> None:
        group = self.children if person.is_child else self.adults
        known = next((p for p in self.children + self.adults if p.name.lower() == person.name.lower()), None)
        if known is None:
            group.append(person)
            return
        known.date_of_birth = known.date_of_birth or person.date_of_birth  # a second mention may say more
        known.age = known.age if known.age is not None else person.age
        known.known_as = known.known_as or person.known_as


def _plain(text: str) -> str:
    return " ".join(plain_text(text).split())


def is_grid_header(labels: list[str]) -> bool:
    """A table row that labels columns of people: Name | DOB | Relationship | ..."""
    labels = [_plain(label) for label in labels]
    hits = sum(1 for label in labels if label and len(label) < 60 and _COLUMN.search(label))
    return len(labels) >= 3 and hits >= 2 and any(_NAME_COLUMN.search(label) for label in labels)


def _header_row(table: Table) -> int | None:
    for index, row in enumerate(table.rows[:3]):
        if is_grid_header([c.text for c in row if not c.continued]):
            return index
    return None


def is_data_table(table: Table) -> bool:
    """A whole table that is a grid of people (its header in the first rows)."""
    return _header_row(table) is not None


def _is_child(role: str, dob: str | None, context: str, columns: list[str]) -> bool:
    child, adult = _CHILD_WORDS.search(role or ""), _ADULT_WORDS.search(role or "")
    if child or adult:  # the first relationship word decides: "Mum's partner; father of unborn baby"
        return bool(child) and (not adult or child.start() < adult.start())
    if re.search(r"\bchild", context, re.IGNORECASE):
        return True
    if re.search(r"\badult", context, re.IGNORECASE):
        return False
    if any(re.search(r"school|male/female", c, re.IGNORECASE) for c in columns):
        return True
    if dob:
        match = _DOB.search(dob)
        if match:
            year = int(match.group(3))
            year += 2000 if year < 100 else 0
            return date.today().year - year < 18
    return False


def people_from_grid(table: Table, context: str) -> list[Person]:
    header = _header_row(table)
    if header is None:
        return []
    columns = [_plain(c.text) for c in table.rows[header] if not c.continued]
    name_col = next(i for i, c in enumerate(columns) if _NAME_COLUMN.search(c))
    role_col = next((i for i, c in enumerate(columns) if re.search(r"relationship|^role", c, re.I)), None)
    dob_col = next((i for i, c in enumerate(columns) if re.search(r"d\.?o\.?b|date of birth|due date", c, re.I)),
                   None)
    title = " ".join(c.text for row in table.rows[:header] for c in row)
    people = []
    for row in table.rows[header + 1:]:
        cells = [_plain(c.text) for c in row if not c.continued]
        if len(cells) != len(columns):
            if len(cells) == 1:  # a sub-title row inside the grid ("Adults")
                context = cells[0]
            continue
        raw = cells[name_col]
        name = person_name(re.sub(r"\(.*?\)", " ", raw))
        if not name or not _PERSON_NAME.match(name) or name.lower() in _NOT_NAMES:
            continue
        role = cells[role_col] if role_col is not None else ""
        dob = cells[dob_col] if dob_col is not None else None
        people.append(Person(name, role or None, dob or None,
                             _is_child(role, dob, f"{title} {context}", columns), None, known_as(raw)))
    return people


def person_name(text: str) -> str:
    """A name as a form types it, made ordinary: "Kieran WRAY" is Kieran Wray (police write surnames in
    capitals), spaces made single. A word in capitals with no ordinary word beside it ("DOB") stays."""
    words = text.split()
    if not any(w[:1].isupper() and not w.isupper() for w in words):
        return " ".join(words)
    return " ".join(w.title() if len(w) > 1 and w.isupper() and w.isalpha() else w for w in words)


def known_as(text: str) -> str | None:
    """ "Amelia (Millie) Hartley": the name in brackets is the one the report uses."""
    match = re.search(r"\(([A-Z][a-z]+)\)", text)
    return match.group(1) if match else None


def _split_names(value: str) -> list[tuple[str, str | None, float | None]]:
    """(name, date of birth, age) for each name in "Ava Smith (6), Leo SMITH, DOB 03/04/2019"."""
    names: list[tuple[str, str | None, float | None]] = []
    for part in re.split(r"\s*(?:,|;|\n|\band\b|&)\s*", value):
        dob = _DOB.search(part)
        age = re.search(r"\((?:aged?\s*)?(\d{1,2})(?:\s*(?:years?|yrs?))?\)", part)
        name = person_name(re.sub(r"\(.*?\)|\b\d.*$", " ", part))  # "(aged 6)", "(Millie)", trailing dates
        if _PERSON_NAME.match(name) and name.lower() not in _NOT_NAMES:
            names.append((name, dob.group(0) if dob else None, float(age.group(1)) if age else None))
        elif names and dob and names[-1][1] is None and re.match(r"\W*(d\.?o\.?b|born)\b", part, re.IGNORECASE):
            names[-1] = (names[-1][0], dob.group(0), names[-1][2])  # "Harvey Dunn, DOB 12/10/2020"
    return names


def find_people(grids: list[tuple[Table, str]], sections: list[Section], preamble: list[Unit]) -> People:
    """`grids` are the tables of people with the heading they sit under ("Children", "Adults")."""
    people = People()
    for table, context in grids:
        for person in people_from_grid(table, context):
            people.add(person)
    # Names with an age or date of birth in brackets in the opening lines:
    # "Leo Marsden (10) and Ella Marsden (7)", "Patients: Ellie Ward (DOB 23/01/2016)".
    for unit in [*preamble, *(u for s in sections if s.id in FIELD_SECTIONS for u in s.units)]:
        text = person_name(unit.text)  # "Kai SMITH (7)" as "Kai Smith (7)"
        for match in _NAME_AND_AGE.finditer(text):
            people.add(Person(match.group(1), None, None, int(match.group(2)) < 18, float(match.group(2))))
        for match in _NAME_AND_DOB.finditer(text):
            dob = _DOB.search(match.group(2))
            if dob:
                people.add(Person(match.group(1), None, match.group(2), _is_child("", match.group(2), "", [])))
    # Labelled fields: "Full Name of Child(ren): Ava Smith, Leo Smith", "Name of child | Ava Smith",
    # or a heading "Children:" over the names.
    for label, values in labelled_fields(sections, preamble):
        label = _plain(label).rstrip(":").strip()
        for value in values:
            if _CHILD_LABEL.search(label):
                nicknames = {person_name(re.sub(r"\(.*?\)", " ", part)): known_as(part)
                             for part in re.split(r"\s*(?:,|;|\n|\band\b|&)\s*", value)}
                for name, dob, age in _split_names(value):
                    people.add(Person(name, "child", dob, True, age, nicknames.get(name)))
            elif _ADULT_LABEL.search(label):
                for name, dob, _ in _split_names(value):
                    people.add(Person(name, label, dob, False))
    return people
