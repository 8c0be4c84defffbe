"""Dates as reports write them, and working days in England and Wales.

Bank holidays follow the rules GOV.UK publishes (New Year's Day, Good Friday,
Easter Monday, the first and last Mondays of May, the last Monday of August,
Christmas Day and Boxing Day, each moved to a weekday when it falls at a
weekend); one-off changes (a jubilee, a coronation) are data in
`rules/bank-holidays.yaml`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from qa_checker.ruledata import load_yaml, rules_dirs

_MONTHS = {name: number for number, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")], start=1) for name in names}
# For patterns elsewhere that need "a month" or "a day of the week" (longest names first).
MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WRITTEN = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + MONTH_NAMES +
    r")\.?,?\s+(\d{4})\b", re.IGNORECASE)


def find_dates(text: str) -> list[tuple[int, date]]:
    """(offset, date) for every date written in `text` (UK day-first order), in order."""
    found: list[tuple[int, date]] = []
    for pattern, build in ((_ISO, lambda m: (int(m[1]), int(m[2]), int(m[3]))),
                           (_WRITTEN, lambda m: (int(m[3]), _MONTHS[m[2].lower()], int(m[1]))),
                           (_NUMERIC, lambda m: (_year(m[3]), int(m[2]), int(m[1])))):
        for match in pattern.finditer(text):
            try:
                found.append((match.start(), date(*build(match))))
            except ValueError:
                continue  # 31/02/2026 is not a date
    found.sort()
    return found


def _year(text: str) -> int:
    return int(text) + (2000 if len(text) == 2 else 0)


def parse_date(text: str) -> date | None:
    dates = find_dates(text)
    return dates[0][1] if dates else None


def _easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _first_monday(year: int, month: int) -> date:
    day = date(year, month, 1)
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    day = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return day - timedelta(days=day.weekday())


@lru_cache(maxsize=64)
def bank_holidays(year: int) -> frozenset[date]:
    days = set()
    new_year = date(year, 1, 1)
    days.add(new_year + timedelta(days={5: 2, 6: 1}.get(new_year.weekday(), 0)))
    easter = _easter(year)
    days |= {easter - timedelta(days=2), easter + timedelta(days=1)}
    days |= {_first_monday(year, 5), _last_monday(year, 5), _last_monday(year, 8)}
    christmas, boxing = date(year, 12, 25), date(year, 12, 26)
    if christmas.weekday() == 5:  # Saturday: Monday and Tuesday
        days |= {date(year, 12, 27), date(year, 12, 28)}
    elif christmas.weekday() == 6:  # Sunday: Boxing Day Monday, Christmas Tuesday
        days |= {boxing, date(year, 12, 27)}
    elif boxing.weekday() == 5:  # Friday Christmas: Boxing Day moves to Monday
        days |= {christmas, date(year, 12, 28)}
    else:
        days |= {christmas, boxing}
    for change in _changes():
        if "to" in change:  # the usual day moved
            if change["moved"].year == year:
                days.discard(change["moved"])
            if change["to"].year == year:
                days.add(change["to"])
        elif change["moved"].year == year:  # an extra day
            days.add(change["moved"])
    return frozenset(days)


@lru_cache(maxsize=1)
def _changes() -> tuple[dict, ...]:
    out = []
    for folder in rules_dirs():
        path = folder / "bank-holidays.yaml"
        if path.exists():
            for entry in (load_yaml(path) or {}).get("changes", []):
                out.append({key: date.fromisoformat(str(value)) if key in ("moved", "to") else value
                            for key, value in entry.items()})
    return tuple(out)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def working_days_notice(received: date, conference: date) -> int:
    """Working days after the day received, up to and including the conference day (SPEC.md, deadline.late)."""
    count = 0
    day = received + timedelta(days=1)
    while day <= conference:
        count += is_working_day(day)
        day += timedelta(days=1)
    return count
