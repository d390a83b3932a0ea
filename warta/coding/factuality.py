"""Factuality (GUIDELINES section 3) and the event's date.

negated: a negator just before the trigger ("belum pernah menelepon", "did not meet");
hypothetical: a condition or question earlier in the sentence ("jika", "if", "apakah");
anticipated: a plan, expectation or obligation ("akan", "diperkirakan", "harus", "will", "is expected
  to"), or an action embedded under a request, offer or threat ("meminta AS untuk mengirim bantuan");
  alleged acts ("diduga melakukan") are coded hypothetical;
historical: its date or year lies more than 30 days before publication ("pada 2014"), or it is told
  as a habit ("kerap menangkap", "regularly detains"): background, not one action.
Per PLOVER, a planned or offered CONSULT/SUPPORT/COOPERATE/AID is an asserted AGREE, unless a third
party reports a schedule ("dijadwalkan", "is due to"), which stays an anticipated event.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from warta.coding.dates import DateExpr
from warta.coding.embedding import FACTUALITY
from warta.coding.view import View
from warta.lang.pack import LanguagePack

HISTORY_DAYS = 30
_NEGATION_WINDOW = 4
_FUTURE_WINDOW = 6
# "dugaan Duta Besar RI untuk Nigeria, X, melakukan pelecehan": an allegation governs its whole clause,
# the name of the one alleged to have acted stands between the marker and the act.
_ALLEGED_WINDOW = 14
_PLANNED = frozenset(["expected", "due", "scheduled", "dijadwalkan", "diperkirakan", "direncanakan"])
_DATE_WINDOW = 12  # beyond this many tokens, a date in another clause is not the trigger's
_YEAR_WINDOW = 8
_MONTH_WINDOW = 20  # a month and year in the trigger's clause dates it from further away ("signed ... in
# January 2022", "bertemu ... di sela-sela KTT G20 di Brasil pada November 2024")
_COOPERATIVE = frozenset(["CONSULT", "SUPPORT", "COOPERATE", "AID"])
_YIELDING = frozenset(["RETREAT", "CONCEDE"])  # PLOVER: a promised easing or pullback is CONCEDE
_VERBAL = frozenset(["AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"])


@dataclass(frozen=True, slots=True)
class Factuality:
    value: str
    event: str
    mode: str | None
    date: dt.date | None
    deontic: bool = False  # anticipated because someone says it must happen
    vague: bool = False  # a date expression without a day ("pekan lalu") is attached: the day is unknown
    shift: int | None = None  # the date is this many days from the day named last ("sehari sebelumnya")


def judge(
    view: View,
    start: int,
    event: str,
    mode: str | None,
    *,
    pack: LanguagePack,
    dates: Sequence[DateExpr],
    published: dt.date | None,
    embedded_in: str | None,
    actor_code: str | None = None,
) -> Factuality:
    """Factuality, the (possibly converted) type and mode, and the date of a trigger at token `start`."""
    left = view.left_bound(start)
    before = view.lowered[left + 1 : start]
    date = _date_for(view, start, dates)
    if event in _VERBAL and (date is None or date.day is None):
        date = _said_on(dates) or date  # "Istana, Rabu (3/9), menyatakan ... bulan depan": said on Rabu
    value = "asserted"
    if not pack.hypothetical.isdisjoint(view.lowered[:start]):  # set tests in C, not a generator
        value = "hypothetical"
    elif _negated(_own_phrase(before, pack)[-_NEGATION_WINDOW:], pack):
        value = "negated"
    elif not pack.alleged.isdisjoint(_since_coordinator(before[-_ALLEGED_WINDOW:], pack)):
        value = "hypothetical"  # alleged, not established ("diduga melakukan")
    elif not pack.deontic.isdisjoint(before[-_FUTURE_WINDOW:]):
        if event in _COOPERATIVE and _own_side(view, actor_code):  # "we should deepen cooperation"
            return Factuality("asserted", "AGREE", None, _statement_day(date, dates))
        return Factuality("anticipated", event, mode, date.day if date else None, deontic=True)
    elif (
        not pack.schedule.isdisjoint(before[-_FUTURE_WINDOW:])
        or not pack.purpose.isdisjoint(before[-_FUTURE_WINDOW:])
        or not _PLANNED.isdisjoint(before[-_ALLEGED_WINDOW:])
    ):
        # scheduled, or the goal of another act ("dalam upaya menangkal ..."); "is expected to visit
        # Tokyo next month for an annual summit": a plan governs its whole clause
        value = "anticipated"
    elif event == "THREATEN" and not (
        pack.intent.isdisjoint(before[-_FUTURE_WINDOW:]) and pack.future.isdisjoint(before[-_FUTURE_WINDOW:])
    ):
        value = "asserted"  # "will take a tough response": saying so is the threat (GUIDELINES section 3)
    elif not pack.intent.isdisjoint(before[-_FUTURE_WINDOW:]):
        value = "anticipated"
        if event in _COOPERATIVE:  # a stated intent to cooperate is itself an AGREE
            return Factuality("asserted", "AGREE", None, _statement_day(date, dates))
    elif not pack.future.isdisjoint(before[-_FUTURE_WINDOW:]):
        value = "anticipated"
        own_side = _own_side(view, actor_code)
        if event in _COOPERATIVE and own_side:  # the actor's side says it will cooperate: AGREE
            return Factuality("asserted", "AGREE", None, _statement_day(date, dates))
        if event in _YIELDING and own_side:  # ... or that it will pull back or ease: a promised CONCEDE
            return Factuality("asserted", "CONCEDE", None, _statement_day(date, dates))
    elif embedded_in is not None:
        value = FACTUALITY[embedded_in]
    if value == "asserted" and not pack.habitual.isdisjoint(_own_phrase(before, pack)[-_FUTURE_WINDOW:]):
        return Factuality("historical", event, mode, None)  # a habit ("regularly detains"): no one day
    if value == "asserted" and date is not None and _is_history(date, published):
        value = "historical"
    day = date.day if date else None
    # an asserted action cannot postdate its report: the date belongs to something else (but a weekday
    # a time zone ahead of the outlet's stamp is the action's own)
    late = day is not None and published is not None and day > published
    if value == "asserted" and late and (date is None or not date.ahead):
        day = None
    shift = date.shift if date is not None else None
    return Factuality(value, event, mode, day, vague=_vague_past(date, published), shift=shift)


def _own_side(view: View, actor_code: str | None) -> bool:
    """Whether the quoted speaker belongs to the acting side."""
    return view.speaker is not None and view.speaker.actor.code == actor_code


def _negated(phrase: Sequence[str], pack: LanguagePack) -> bool:
    """A negator before the trigger negates it, unless a factive verb stands between them: "tidak
    menyesal menyebut X pembunuh", "did not regret calling X a killer" (the calling happened)."""
    last = max((k for k, t in enumerate(phrase) if t in pack.negators), default=-1)
    return last >= 0 and not any(t in pack.factive for t in phrase[last + 1 :])


def _own_phrase(before: Sequence[str], pack: LanguagePack) -> Sequence[str]:
    """The words before a trigger back to the last comma or coordinator: a negator beyond them negates
    another predicate ("pemilu itu tidak sah, dan mendesak ...")."""
    cut = max((k for k, t in enumerate(before) if t == "," or t in pack.coordinators), default=-1)
    return before[cut + 1 :]


def _statement_day(date: DateExpr | None, dates: Sequence[DateExpr]) -> dt.date | None:
    """The day of an AGREE made of a stated plan: when it was stated, not when the plan is for."""
    if date is not None and date.day is not None:
        return date.day
    said = _said_on(dates)
    return said.day if said else None


def _vague_past(date: DateExpr | None, published: dt.date | None) -> bool:
    """A period without a day that is not in the future ("pekan lalu", "in August"): the day is unknown
    (a future one, "bulan depan", describes a plan, not when the news happened)."""
    if date is None or date.day is not None or published is None or date.year is None:
        return False
    return (date.year, date.month or 0) <= (published.year, published.month)


def _said_on(dates: Sequence[DateExpr]) -> DateExpr | None:
    """The one day a sentence names, for what was said in it: "X pada Jumat (24/10) mengatakan ...,
    dan mendesak junta ..." (a statement happens when it is made)."""
    days = [d for d in dates if d.day is not None and not d.citation]
    return days[0] if len(days) == 1 else None


def _date_for(view: View, start: int, dates: Sequence[DateExpr]) -> DateExpr | None:
    """The nearest date expression in the trigger's clause (quotation dates excluded)."""
    if not dates:
        return None
    left, right = view.left_bound(start), view.right_bound(start)
    best: tuple[int, DateExpr] | None = None
    for d in dates:
        if d.citation:
            continue
        tok = view.token_at(d.start)
        inside = left < tok < right
        if tok < 0 or (not inside and abs(tok - start) > _DATE_WINDOW):
            continue
        reach = _MONTH_WINDOW if d.month is not None else _YEAR_WINDOW  # "in January 2022" vs "2019"
        if d.day is None and d.shift is None and (not inside or abs(tok - start) > reach):
            continue  # a bare year or month belongs only to a trigger close to it
        distance = abs(tok - start) + (0 if inside else _DATE_WINDOW)
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best else _framing(view, dates)


def _framing(view: View, dates: Sequence[DateExpr]) -> DateExpr | None:
    """A date that opens the sentence ("Earlier this year ...") or is set off by a comma right after
    its first word ("In 2019, ...", "Pada 2014, ...") frames every clause of it."""
    for d in dates:
        tok = view.token_at(d.start)
        if d.citation or not 0 <= tok <= 1:
            continue
        after = view.token_at(d.end - 1) + 1
        if d.start == view.sent.offsets[0] or (after < len(view.lowered) and view.lowered[after] == ","):
            return d
    return None


def _is_history(date: DateExpr, published: dt.date | None) -> bool:
    if published is None:
        return date.day is None and date.year is not None  # "pada 2014" in an undated article
    if date.day is not None:
        return (published - date.day).days > HISTORY_DAYS
    if date.year is not None and date.month is not None:
        last = dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
        return (published - last).days > HISTORY_DAYS
    return date.year is not None and date.year < published.year


def _since_coordinator(words: list[str], pack: LanguagePack) -> list[str]:
    """The words after the last coordinating word: an allegation does not reach a second act coordinated
    after it ("menetapkannya tersangka kasus dugaan suap dan langsung menahannya": the detention is done)."""
    cut = max((k for k, t in enumerate(words) if t in pack.coordinators and t.isalpha()), default=-1)
    return words[cut + 1 :]
