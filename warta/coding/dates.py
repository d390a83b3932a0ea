"""Date expressions in a sentence, resolved against the publication date.

Indonesian: "Selasa (16/3)", "(3/11/2025)", "16 Maret 2021", "pada hari Jumat", "Rabu lalu",
"kemarin"; English: "on Monday", "Jan. 14", "January 14, 2026", "14 January", "yesterday"; both:
a bare year ("pada 2014", "in 2019"). Month and weekday names come from babel for the language.
A day without a year takes the year that puts it nearest the publication date; a weekday is the last
such day on or before publication ("Rabu lalu": strictly before), or in English the day after it
(wire reports are stamped in UTC or US time).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from warta.lang import get_lang_pack
from warta.sentences import tokenize


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression at characters [start, end) of the text; `day` or only `year` is known."""

    start: int
    end: int
    day: dt.date | None
    year: int | None
    citation: bool = False  # the date an outlet quoted a statement ("dilansir AFP, Rabu (27/5)")
    month: int | None = None  # a month without a day ("pada Mei lalu", "in March 2019")
    ahead: bool = False  # a weekday naming the day after publication (a time zone ahead of the stamp)
    shift: int | None = None  # days from the day named last ("sehari sebelumnya", "a day after")


@dataclass(frozen=True)
class _Words:
    """Date vocabulary of one language (lowercase tokens)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[tuple[str, ...], int]
    relative_years: dict[tuple[str, ...], int]
    relative_periods: dict[tuple[str, ...], int]
    relative_shifts: dict[tuple[str, ...], int]
    month_cues: frozenset[str]
    last: frozenset[str]
    citation: frozenset[str]
    weekday_ahead: bool
    starters: frozenset[str]  # tokens a date expression can start with (besides numbers)
    shift_starts: frozenset[str]  # first tokens of `relative_shifts` and of `relative_periods`
    period_starts: frozenset[str]


@functools.cache
def _words(lang: str) -> _Words:
    from babel import Locale

    pack = get_lang_pack(lang)
    loc = Locale(lang)
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for num, name in loc.months["format"][width].items():
            months[name.lower().rstrip(".")] = num
    months.update({"agustus": 8, "agt": 8, "okt": 10, "sept": 9, "des": 12, "nop": 11, "pebruari": 2})
    weekdays = {name.lower(): num for num, name in loc.days["format"]["wide"].items()}
    weekdays["jumat"] = 4
    relative = [*pack.relative_days, *pack.relative_years, *pack.relative_periods, *pack.relative_shifts]
    starters = frozenset(["(", *months, *weekdays, *(r.split()[0] for r in relative)])
    shifts = {tuple(k.split()): v for k, v in pack.relative_shifts.items()}
    periods = {tuple(k.split()): v for k, v in pack.relative_periods.items()}
    return _Words(
        months=months,
        weekdays=weekdays,
        relative_days={tuple(k.split()): v for k, v in pack.relative_days.items()},
        relative_years={tuple(k.split()): v for k, v in pack.relative_years.items()},
        relative_periods=periods,
        relative_shifts=shifts,
        month_cues=pack.month_cues,
        last=pack.last,
        citation=pack.citation,
        weekday_ahead=pack.weekday_ahead,
        starters=starters,
        shift_starts=frozenset(k[0] for k in shifts if k),
        period_starts=frozenset(k[0] for k in periods if k),
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


_CITE_NEAR = 4  # "dilansir AFP, Rabu (27/5)": the citation word right before the date
_CITE_FAR = 10  # "dikutip dari siaran persnya ke kantor berita itu, Sabtu (28/10)": a comma sets the date off


def _cited(before: Sequence[str], citation: frozenset[str]) -> bool:
    """Whether a date is the day an outlet quoted something: a citation word just before it, or
    further back when a comma sets the date off after the outlet's name."""
    if any(t in citation for t in before[-_CITE_NEAR:]):
        return True
    return bool(before) and before[-1] == "," and any(t in citation for t in before)


def weekday_of(weekday: int, published: dt.date, *, strictly: bool = False, ahead: bool = False) -> dt.date:
    """The day a weekday name refers to: the last such day on or before `published`, or (`ahead`) the
    day after publication when it is that weekday (a report stamped in UTC a day before a local "Monday")."""
    if ahead and not strictly and (published.weekday() + 1) % 7 == weekday:
        return published + dt.timedelta(days=1)
    return weekday_before(weekday, published, strictly=strictly)


def _digits(tok: str) -> bool:
    """ASCII digits only: str.isdigit() also accepts '²' and other digits int() refuses."""
    return tok.isascii() and tok.isdigit()


def _year(tok: str) -> int | None:
    return int(tok) if len(tok) == 4 and _digits(tok) and tok[:2] in ("19", "20") else None


def _day(tok: str) -> int | None:
    return int(tok) if _digits(tok) and len(tok) <= 2 and 0 < int(tok) <= 31 else None


def _ordinal_day(tok: str) -> int | None:
    """'14', '14th', '1st'."""
    return _day(tok[:-2]) if tok[-2:] in ("st", "nd", "rd", "th") else _day(tok)


def _phrase_at(
    lowered: Sequence[str],
    i: int,
    table: dict[tuple[str, ...], int],
    firsts: frozenset[str],
    sizes: Sequence[int],
) -> int:
    """How many tokens from i form a phrase of `table` (the first of `sizes` that does), 0 if none.
    `firsts`: the phrases' first tokens (most tokens begin none: one look-up)."""
    if lowered[i] not in firsts:
        return 0
    return next((n for n in sizes if i + n <= len(lowered) and tuple(lowered[i : i + n]) in table), 0)


def scan_dates(
    tokens: Sequence[str],
    offsets: Sequence[int],
    lowered: Sequence[str],
    *,
    lang: str,
    published: dt.date | None,
) -> list[DateExpr]:
    """Date expressions in one tokenised sentence (tokens, their offsets, lowercased), left to right."""
    w = _words(lang)
    n = len(lowered)
    found: list[DateExpr] = []

    def at(k: int) -> str:
        return lowered[k] if k < n else ""

    def emit(
        i: int, j: int, day: dt.date | None, year: int | None, month: int | None = None, ahead: bool = False
    ) -> None:
        if i > 0 and at(i - 1) in w.weekdays and tokens[i - 1][:1].isupper() and day is not None:
            i -= 1  # "Selasa (16/3)", "Monday, Jan. 14"
        elif i > 1 and at(i - 1) == "," and at(i - 2) in w.weekdays and day is not None:
            i -= 2
        if found and offsets[i] < found[-1].end:
            found.pop()
        citation = _cited(lowered[max(0, i - _CITE_FAR) : i], w.citation)
        end = offsets[j - 1] + len(tokens[j - 1])
        found.append(DateExpr(offsets[i], end, day, day.year if day else year, citation, month, ahead))

    i = 0  # where the next expression may start (after the last one found)
    starters = w.starters
    # the tokens an expression can start with; every other token is skipped without a look
    for first in [k for k, tok in enumerate(lowered) if tok in starters or tok[:1].isdigit()]:
        if first < i:
            continue
        i, tok = first, lowered[first]
        if tok == "(" and _day(at(i + 1)) and at(i + 2) == "/" and _day(at(i + 3)) is not None:
            year, j = None, i + 4
            if at(j) == "/" and _digits(at(j + 1)) and len(at(j + 1)) in (2, 4):  # "(16/3/21)", "(16/3/2021)"
                year, j = int(at(j + 1)), j + 2
            if at(j) == ")":
                emit(i, j + 1, _make(year, int(at(i + 3)), int(at(i + 1)), published), year)
                i = j + 1
                continue
        d = _day(tok)
        if d is not None and at(i + 1) in w.months:  # "16 Maret 2021", "3 March"
            j = i + 2 + (at(i + 2) == ".")
            year = _year(at(j))
            emit(i, j + (year is not None), _make(year, w.months[at(i + 1)], d, published), year)
            i = j + (year is not None)
            continue
        if tok in w.months:
            j = i + 1 + (at(i + 1) == ".")
            d = _ordinal_day(at(j))
            if d is not None:  # "Jan. 14", "January 5, 2021"
                k = j + 1 + (at(j + 1) == ",")
                year = _year(at(k))
                emit(i, k + 1 if year else j + 1, _make(year, w.months[tok], d, published), year)
                i = k + 1 if year else j + 1
                continue
            if i > 0 and at(i - 1) in w.month_cues:  # "pada Mei lalu", "in March 2019"
                year = _year(at(i + 1))
                last = at(i + 1) in w.last
                if year is None and published is not None:
                    later = w.months[tok] > published.month or (w.months[tok] == published.month and last)
                    year = published.year - 1 if later else published.year
                end = i + 1 + (1 if _year(at(i + 1)) or last else 0)
                emit(i - 1, end, None, year, w.months[tok])
                i = end
                continue
        if tok in w.weekdays and tokens[i][:1].isupper() and published is not None:
            last = at(i + 1) in w.last  # "Rabu lalu"
            before = i > 0 and at(i - 1) in w.last  # "last Friday"
            day = weekday_of(w.weekdays[tok], published, strictly=last or before, ahead=w.weekday_ahead)
            emit(i - before, i + 1 + last, day, None, ahead=published is not None and day > published)
            i += 1 + last
            continue
        shift = _phrase_at(lowered, i, w.relative_shifts, w.shift_starts, (3, 2))
        if shift:  # "sehari sebelumnya": relative to the day named last (resolved by the coder)
            found.append(
                DateExpr(offsets[i], offsets[i + shift - 1] + len(tokens[i + shift - 1]), None, None,
                         shift=w.relative_shifts[tuple(lowered[i : i + shift])])
            )  # fmt: skip
            i += shift
            continue
        period = _phrase_at(lowered, i, w.relative_periods, w.period_starts, (3, 2, 1))
        if period and published is not None:  # "pekan lalu": a period, no day
            middle = published + dt.timedelta(days=w.relative_periods[tuple(lowered[i : i + period])])
            emit(i, i + period, None, middle.year, middle.month)
            i += period
            continue
        two = (tok, at(i + 1))
        for table, is_day in ((w.relative_days, True), (w.relative_years, False)):
            span = 2 if two in table else 1 if (tok,) in table else 0
            if span and published is not None:
                delta = table[two if span == 2 else (tok,)]
                if is_day:
                    emit(i, i + span, published + dt.timedelta(days=delta), None)
                else:
                    emit(i, i + span, None, published.year + delta)
                i += span
                break
        else:
            year = _year(tok)
            if year is not None:
                emit(i, i + 1, None, year)
            i += 1
    return found


def find_dates(text: str, start: int, end: int, *, lang: str, published: dt.date | None) -> list[DateExpr]:
    """Every date expression in text[start:end] (tokenised here; `scan_dates` works on tokens)."""
    tokens, offsets = tokenize(text, start, end)
    return scan_dates(tokens, offsets, [t.lower() for t in tokens], lang=lang, published=published)
