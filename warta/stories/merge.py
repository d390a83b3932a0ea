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
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["RealEvent", "Report", "merge_reports"]

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


def _dates_fit(a: Report, b: Report) -> bool:
    return a.date is None or b.date is None or abs((a.date - b.date).days) <= _DATE_SLACK


def _fits(report: Report, group: list[Report]) -> bool:
    """Whether `report` can join `group` (whose reports share its type and factuality)."""
    return (
        all(r.mode is None or report.mode is None or r.mode == report.mode for r in group)
        and all(r.doc_id != report.doc_id for r in group)
        and all(_sides_fit(report, r) and _dates_fit(report, r) for r in group)
    )


def group_id_for(report: Report) -> str:
    return "g" + hashlib.sha1(f"{report.story_id}|{report.event_id}".encode()).hexdigest()[:15]


def merge_reports(reports: Sequence[Report]) -> list[RealEvent]:
    """Real-world events of the given reports (any number of stories), in first-report order."""
    ordered = sorted(reports, key=lambda r: (r.published or dt.date.max, r.doc_id, r.event_id))
    groups: dict[str, list[list[Report]]] = {}
    kinds: dict[tuple[str, str, str], list[list[Report]]] = {}  # only these can merge
    for report in ordered:
        story_groups = groups.setdefault(report.story_id, [])
        same_kind = kinds.setdefault((report.story_id, report.event, report.factuality), [])
        home = next((g for g in same_kind if _fits(report, g)), None)
        if home is None:
            story_groups.append([report])
            same_kind.append(story_groups[-1])
        else:
            home.append(report)
    out = [RealEvent(group_id_for(g[0]), story_id, tuple(g)) for story_id, gs in groups.items() for g in gs]
    return sorted(out, key=lambda e: (e.first.published or dt.date.max, e.first.doc_id, e.first.event_id))
