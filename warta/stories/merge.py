"""Real-world events: the reports of one action, across the articles of a story, merged into one.

Two coded events are one real-world event when they are in the same story, have the same type,
compatible modes (the same, or one unknown) and the same factuality, compatible sides (the same first
actor, and the same first recipient or one of them unnamed; for talks, the same set of parties), and
compatible dates (the same day, or one unknown, or a day apart across time zones); and come from
different articles (within one article the coder has already kept one event per action). Copies of
one text add no report: an event's `reports` counts the distinct original articles that report it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from warta.model import Article

__all__ = ["EventGroups", "RealEvent", "Report", "merge_reports", "reports_of"]

_DATE_SLACK = 1


@dataclass(frozen=True, slots=True)
class Report:
    """One coded event of one article, as merging sees it."""

    event_id: str
    doc_id: str
    story_id: str
    event: str
    factuality: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: dt.date | None
    published: dt.date | None
    outlet: str | None
    copy_of: str | None = None
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class RealEvent:
    group_id: str
    story_id: str
    reports: tuple[Report, ...]  # every report, first published first

    @property
    def articles(self) -> int:
        """Distinct original articles reporting it (copies count with their original)."""
        return len({r.copy_of or r.doc_id for r in self.reports})

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({r.outlet for r in self.reports if r.outlet}))

    @property
    def first(self) -> Report:
        return self.reports[0]


def reports_of(article: Article, story_id: str, copy_of: str | None) -> list[Report]:
    """The coded events of a placed article as reports (what the store would give back for them)."""
    return [
        Report(
            e.id,
            article.doc_id,
            story_id,
            e.event,
            e.factuality,
            tuple(a.code or "" for a in e.actor),
            tuple(r.code or "" for r in e.recipient),
            e.date,
            article.published,
            article.outlet,
            copy_of,
            e.mode,
        )
        for e in article.events
    ]


def _sides_fit(a: Report, b: Report) -> bool:
    if a.event == "CONSULT" and (not a.recipients or not b.recipients):
        return set(a.actors) | set(a.recipients) == set(b.actors) | set(b.recipients) or (
            bool(a.actors) and bool(b.actors) and a.actors[0] == b.actors[0]
        )
    if a.event == "CONSULT" and set(a.actors) | set(a.recipients) == set(b.actors) | set(b.recipients):
        return True  # talks: who visited whom is told both ways
    if not a.actors or not b.actors or a.actors[0] != b.actors[0]:
        return False
    return not a.recipients or not b.recipients or a.recipients[0] == b.recipients[0]


def _retold(a: Report, b: Report) -> bool:
    """Two reports of one article with the same sides, mode and day: one action told twice ("KPK
    menangkap ..." and "tim KPK mengamankan ..." on Tuesday). Without a day on both, two meetings of
    one pair in one article may well be two (an August meeting and a visit announced for this week)."""
    return (
        (a.actors, a.recipients) == (b.actors, b.recipients)
        and (a.mode is None or b.mode is None or a.mode == b.mode)
        and a.date is not None
        and a.date == b.date
    )


def _dates_fit(a: Report, b: Report) -> bool:
    return a.date is None or b.date is None or abs((a.date - b.date).days) <= _DATE_SLACK


class _Group:
    """One real-world event being built: its reports, and what a new report must fit (each distinct
    mode, article, pair of sides and day once, so that a story reported a hundred times stays cheap)."""

    __slots__ = ("dates", "docs", "group_id", "modes", "reports", "sides")

    def __init__(self, founder: Report) -> None:
        self.group_id = group_id_for(founder)
        self.reports: list[Report] = []
        self.docs: dict[str, list[Report]] = {}
        self.modes: set[str] = set()
        self.sides: dict[tuple[tuple[str, ...], tuple[str, ...]], Report] = {}
        self.dates: set[dt.date] = set()
        self.add(founder)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.docs.setdefault(report.doc_id, []).append(report)
        if report.mode is not None:
            self.modes.add(report.mode)
        self.sides.setdefault((report.actors, report.recipients), report)
        if report.date is not None:
            self.dates.add(report.date)

    def fits(self, report: Report) -> bool:
        """Whether `report` (of the group's story, type and factuality) is one more report of it: from
        another article, or a second telling of it in an article already in ("KPK menangkap ...";
        "tim KPK mengamankan ..." the same day)."""
        if report.doc_id in self.docs:
            return any(_retold(r, report) for r in self.docs[report.doc_id])
        return (
            (report.mode is None or self.modes <= {report.mode})
            and all(_sides_fit(report, r) for r in self.sides.values())
            and (report.date is None or all(abs((report.date - d).days) <= _DATE_SLACK for d in self.dates))
        )

    def real_event(self, story_id: str) -> RealEvent:
        ordered = sorted(self.reports, key=_order)
        return RealEvent(self.group_id, story_id, tuple(ordered))


def group_id_for(report: Report) -> str:
    return "g" + hashlib.sha1(f"{report.story_id}|{report.event_id}".encode()).hexdigest()[:15]


def _order(r: Report) -> tuple[dt.date, str, str]:
    return (r.published or dt.date.max, r.doc_id, r.event_id)


class EventGroups:
    """Real-world events of the stories seen so far, grown one report at a time: a new report joins
    the first group of its story, type and factuality that it fits, or founds one. Nothing is
    re-merged; stories can be forgotten when they leave the window being placed."""

    def __init__(self) -> None:
        self._kinds: dict[tuple[str, str, str], list[_Group]] = {}
        self._by_story: dict[str, list[_Group]] = {}

    def stories(self) -> set[str]:
        return set(self._by_story)

    def add(self, reports: Sequence[Report]) -> list[RealEvent]:
        """Place `reports` (first published first); the real-world events they founded or joined."""
        changed: dict[int, _Group] = {}
        for report in sorted(reports, key=_order):
            self._by_story.setdefault(report.story_id, [])
            same_kind = self._kinds.setdefault((report.story_id, report.event, report.factuality), [])
            home = next((g for g in same_kind if g.fits(report)), None)
            if home is None:
                home = _Group(report)
                same_kind.append(home)
                self._by_story[report.story_id].append(home)
            else:
                home.add(report)
            changed[id(home)] = home
        return [g.real_event(g.reports[0].story_id) for g in changed.values()]

    def start(self, story_ids: Iterable[str]) -> None:
        """Mark stories as known (even with no events yet): their later reports are merged here."""
        for story_id in story_ids:
            self._by_story.setdefault(story_id, [])

    def forget(self, story_ids: Iterable[str]) -> None:
        for story_id in story_ids:
            for g in self._by_story.pop(story_id, ()):
                first = g.reports[0]
                self._kinds.pop((story_id, first.event, first.factuality), None)

    def keep(self, story_ids: Iterable[str]) -> None:
        """Forget every story but these."""
        alive = set(story_ids)
        self.forget([s for s in self._by_story if s not in alive])


def merge_reports(reports: Sequence[Report]) -> list[RealEvent]:
    """Real-world events of the given reports (any number of stories), in first-report order."""
    groups = EventGroups()
    out = groups.add(reports)
    return sorted(out, key=lambda e: _order(e.first))
