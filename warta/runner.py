"""Running the pipeline over inputs for the CLI: coding to a stream, ingesting into a store.

Every document read ends as coded or skipped-with-reason; `RunReport` counts them for the summary
line of CONTRACT.md ("read N, coded X, skipped Y").
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warta.model import Article, Skip
from warta.pipeline import Pipeline
from warta.store import Store
from warta.stories import EventGroups, Member, StoryIndex
from warta.stories.cluster import WINDOW_DAYS
from warta.stories.merge import reports_of
from warta.workers import code_batches

BATCH = 256
_STORED = "already stored with the same content"


@dataclass
class RunReport:
    coded: int = 0
    skipped: list[Skip] = field(default_factory=list)
    events: int = 0

    @property
    def read(self) -> int:
        return self.coded + len(self.skipped)

    def summary(self) -> str:
        return f"read {self.read}, coded {self.coded}, skipped {len(self.skipped)}"


def code_stream(
    items: Iterable[Article | Skip], *, pipeline: Pipeline, report: RunReport, on_skip: Callable[[Skip], None]
) -> Iterator[Article]:
    """Coded articles from ingested items; skips are reported (and counted), never lost."""
    for item in pipeline.run(items):
        if isinstance(item, Skip):
            report.skipped.append(item)
            on_skip(item)
            continue
        report.coded += 1
        report.events += len(item.events)
        yield item


def ingest_into(
    store: Store,
    items: Iterable[Article | Skip],
    *,
    pipeline: Pipeline,
    report: RunReport,
    on_skip: Callable[[Skip], None],
    batch_size: int = BATCH,
    stories: StoryUpdater | None = None,
    workers: int = 1,
) -> None:
    """Code and store items in batches (coded by `workers` processes, stored by this one); an article
    already stored with the same content is skipped. With `stories`, each batch's articles are placed
    in stories and their events merged (first the articles an interrupted run stored but did not place)."""
    if stories is not None:
        stories.recover()
    todo = _unstored(store, items, batch_size=batch_size, in_flight=workers + 2)
    for results in code_batches(todo, pipeline, workers=workers):
        coded: list[Article] = []
        skips: list[Skip] = []
        for item in results:
            if isinstance(item, Article):
                report.coded += 1
                report.events += len(item.events)
                coded.append(item)
                continue
            report.skipped.append(item)
            on_skip(item)
            if item.stage != "store":
                skips.append(item)
        store.write(coded, skips)
        if stories is not None:
            stories.update(coded)


def ingest_spark_output(
    store: Store,
    directory: str | Path,
    *,
    report: RunReport,
    on_skip: Callable[[Skip], None],
    stories: StoryUpdater | None = None,
) -> None:
    """Store the Parquet output of `warta spark` (one transaction), then place its articles in stories
    as `ingest_into` would have placed them reading the same inputs: batch by batch in the order the
    run read them (first the articles an interrupted earlier load stored but did not place)."""
    if stories is not None:
        stories.recover()
    loaded = store.load_spark(directory)
    for start in range(0, len(loaded), BATCH):
        stored: list[str] = []
        for doc in loaded[start : start + BATCH]:
            if doc.reason is None:
                report.coded += 1
                report.events += doc.n_events
                if doc.kept:
                    stored.append(doc.doc_id)
                continue
            skip = Skip(doc.doc_id, doc.source, doc.stage or "ingest", doc.reason)
            report.skipped.append(skip)
            on_skip(skip)
        if stories is not None:
            stories.place_stored(stored)


def _unstored(
    store: Store, items: Iterable[Article | Skip], *, batch_size: int, in_flight: int
) -> Iterator[list[Article | Skip]]:
    """Batches of items, an article already stored (or met in a batch not stored yet) with the same
    content replaced by a Skip saying so."""
    iterator = iter(items)
    recent: deque[dict[str, str]] = deque(maxlen=in_flight)  # doc_id -> hash of batches maybe unstored
    while batch := list(itertools.islice(iterator, batch_size)):
        known = store.known_hashes([a.doc_id for a in batch if isinstance(a, Article)])
        seen: dict[str, str] = {}
        todo: list[Article | Skip] = []
        for item in batch:
            if isinstance(item, Article):
                stored = seen.get(item.doc_id) or known.get(item.doc_id)
                stored = stored or next((s[item.doc_id] for s in recent if item.doc_id in s), None)
                if stored == item.content_hash:
                    todo.append(
                        Skip(item.doc_id, item.source, "store", "already stored with the same content")
                    )
                    continue
                seen[item.doc_id] = item.content_hash
            todo.append(item)
        recent.append(seen)
        yield todo


INDEX_CAP = 10_000  # articles the story index holds: past it, it forgets the earliest placed


class StoryUpdater:
    """Places newly stored articles in stories, incrementally: the index holds the stories around the
    days of the batches placed in this run, reading each day's stored articles from the store once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index = StoryIndex()
        self.groups = EventGroups()  # the real-world events of the stories in the index
        self._read: set[dt.date] = set()  # days whose stored articles were read (or placed) in this run
        self._read_undated = False

    def update(self, articles: Iterable[Article]) -> None:
        """Place a stored batch of coded articles."""
        placed = {a.doc_id: a for a in articles if a.profile}
        members = [Member(a.doc_id, a.published, a.lang, a.profile) for a in placed.values() if a.profile]
        self._place(members, placed)

    def place_stored(self, doc_ids: Sequence[str]) -> None:
        """Place stored articles (their profiles and events read from the store)."""
        if doc_ids:
            self._place(self.store.members_of(doc_ids))

    def recover(self) -> int:
        """Place the stored articles that a run killed between storing and placing a batch left without
        a story; how many there were."""
        orphans = self.store.unplaced_members()
        for start in range(0, len(orphans), BATCH):
            self._place(orphans[start : start + BATCH])
        return len(orphans)

    def _place(self, members: list[Member], articles: dict[str, Article] | None = None) -> None:
        """Place members; their events as reports from `articles` when given, else from the store."""
        todo = sorted(members, key=lambda m: (m.published or dt.date.max, m.doc_id))
        if not todo:
            return
        self._load([m.published for m in todo if m.published], [m.doc_id for m in todo])
        placements = [self.index.place(m.doc_id, m.published, m.lang, m.profile) for m in todo]
        reports = None
        if articles is not None:
            reports = [r for p in placements for r in reports_of(articles[p.doc_id], p.story_id, p.copy_of)]
        self.store.write_stories(placements, self.groups, reports)

    def _load(self, days: list[dt.date], new: list[str]) -> None:
        """Bring the stored articles of the days around these into the index, each day once per run
        (an article forgotten to keep the index to INDEX_CAP is not read back: with input far from
        date order it would come and go)."""
        near = {near for day in days for near in _around(day)}
        missing = sorted(near - self._read)
        if missing or not self._read_undated:
            for member in self.store.story_members(missing, new, undated=not self._read_undated):
                self.index.add(member)
        self._read |= near
        self._read_undated = True
        if len(self.index) > INDEX_CAP:
            self.index.shrink(INDEX_CAP * 4 // 5)
            self.groups.keep(self.index.story_ids())


def _around(day: dt.date) -> Iterator[dt.date]:
    """The days an article of `day` may share a story or a copy with, and their stories' neighbours."""
    for k in range(-2 * WINDOW_DAYS, 2 * WINDOW_DAYS + 1):
        try:
            yield day + dt.timedelta(days=k)
        except OverflowError:  # near year 1 or 9999
            continue
