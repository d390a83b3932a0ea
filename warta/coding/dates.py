"""Date expressions in a sentence, resolved against the publication date.

Indonesian: "Selasa (16/3)", "(3/11/2025)", "16 Maret 2021", "pada hari Jumat", "Rabu lalu",
"kemarin"; English: "on Monday", "Jan. 14", "January 14, 2026", "14 January", "yesterday"; both:
a bare year ("pada 2014", "in 2019"). Month and weekday names come from babel for the language.
A day without a year takes the year that puts it nearest the publication date; a weekday is the last
such day on or before publication ("Rabu lalu": strictly before).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from warta.lang import get_lang_pack

_YEAR = r"(19\d\d|20\d\d)"


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression at characters [start, end) of the text; `day` or only `year` is known."""

    start: int
    end: int
    day: dt.date | None
    year: int | None
    citation: bool = False  # the date an outlet quoted a statement ("dilansir AFP, Rabu (27/5)")
    month: int | None = None  # a month without a day ("pada Mei lalu", "in March 2019")


@dataclass(frozen=True)
class _Patterns:
    numeric: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    relative_year: re.Pattern[str]
    month_only: re.Pattern[str]
    year: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _patterns(lang: str) -> _Patterns:
    from babel import Locale

    pack = get_lang_pack(lang)
    loc = Locale(lang)
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for num, name in loc.months["format"][width].items():
            months[name.lower().rstrip(".")] = num
    months.update({"agustus": 8, "agt": 8, "okt": 10, "sept": 9, "des": 12, "nop": 11, "pebruari": 2})
    weekdays = {name.lower(): num for num, name in loc.days["format"]["wide"].items()}
    weekdays.update({"jum'at": 4, "jumat": 4})
    month_re = _alternation(list(months))
    weekday_re = _alternation([w.capitalize() for w in weekdays])
    last_re = _alternation(list(pack.last)) or "(?!x)x"
    rel_re = _alternation(list(pack.relative_days)) or "(?!x)x"
    cues_re = _alternation(list(pack.month_cues)) or "(?!x)x"
    return _Patterns(
        numeric=re.compile(rf"(?:\b({weekday_re})\s*,?\s*)?\((\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\)"),
        day_month=re.compile(
            rf"(?:\b(?:{weekday_re})\s*,?\s*)?\b(\d{{1,2}})\s+({month_re})\.?(?:,?\s+{_YEAR})?\b",
            re.IGNORECASE,
        ),
        month_day=re.compile(
            rf"(?:\b(?:{weekday_re})\s*,?\s*)?\b({month_re})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?",
            re.IGNORECASE,
        ),
        weekday=re.compile(rf"\b({weekday_re})\b(?:\s+({last_re})\b)?"),
        relative=re.compile(rf"\b({rel_re})\b", re.IGNORECASE),
        relative_year=re.compile(
            rf"\b({_alternation(list(pack.relative_years)) or '(?!x)x'})\b", re.IGNORECASE
        ),
        month_only=re.compile(
            rf"\b(?:{cues_re})\s+({month_re})\b(?:\s+{_YEAR}|\s+({last_re})\b)?", re.IGNORECASE
        ),
        year=re.compile(rf"\b{_YEAR}\b"),
        months=months,
        weekdays=weekdays,
    )


def _nearest_year(month: int, day: int, published: dt.date) -> dt.date | None:
    best: dt.date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return best


def _make(year: int | None, month: int, day: int, published: dt.date | None) -> dt.date | None:
    if year is not None:
        if year < 100:
            year += 2000
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _nearest_year(month, day, published) if published else None


def weekday_before(weekday: int, published: dt.date, *, strictly: bool = False) -> dt.date:
    """The last `weekday` (Monday = 0) on or before `published` (strictly before when asked)."""
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def find_dates(text: str, start: int, end: int, *, lang: str, published: dt.date | None) -> list[DateExpr]:
    """Every date expression in text[start:end], left to right, without overlaps."""
    p = _patterns(lang)
    pack = get_lang_pack(lang)
    segment = text[start:end]
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], day: dt.date | None, year: int | None, month: int | None = None) -> None:
        s, e = m.start() + start, m.end() + start
        if any(s < te and e > ts for ts, te in taken):
            return
        taken.append((s, e))
        before = text[max(0, s - 40) : s].lower().split()
        citation = any(w.strip(",.") in pack.citation for w in before[-3:])
        found.append(DateExpr(s, e, day, year if day is None else day.year, citation, month))

    for m in p.numeric.finditer(segment):
        year = int(m.group(4)) if m.group(4) else None
        day = _make(year, int(m.group(3)), int(m.group(2)), published)
        add(m, day, year)
    for m in p.day_month.finditer(segment):
        year = int(m.group(3)) if m.group(3) else None
        add(m, _make(year, p.months[m.group(2).lower().rstrip(".")], int(m.group(1)), published), year)
    for m in p.month_day.finditer(segment):
        year = int(m.group(3)) if m.group(3) else None
        add(m, _make(year, p.months[m.group(1).lower().rstrip(".")], int(m.group(2)), published), year)
    for m in p.weekday.finditer(segment):
        if published is not None:
            add(m, weekday_before(p.weekdays[m.group(1).lower()], published, strictly=bool(m.group(2))), None)
    for m in p.relative.finditer(segment):
        if published is not None:
            add(m, published + dt.timedelta(days=pack.relative_days[m.group(1).lower()]), None)
    for m in p.month_only.finditer(segment):
        month = p.months[m.group(1).lower().rstrip(".")]
        year = int(m.group(2)) if m.group(2) else None
        if year is None and published is not None:
            # "Mei lalu" / "last May": the latest such month before publication
            year = published.year if month < published.month or not m.group(3) else published.year - 1
            if month > published.month:
                year = published.year - 1
        add(m, None, year, month)
    for m in p.relative_year.finditer(segment):
        if published is not None:
            add(m, None, published.year + pack.relative_years[m.group(1).lower()])
    for m in p.year.finditer(segment):
        add(m, None, int(m.group(1)))
    return sorted(found, key=lambda d: d.start)
