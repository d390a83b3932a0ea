"""Running the pipeline over inputs for the CLI: coding to a stream, ingesting into a store.

Every document read ends as coded or skipped-with-reason; `RunReport` counts them for the summary
line of CONTRACT.md ("read N, coded X, skipped Y").
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from warta.model import Article, Skip
from warta.pipeline import Pipeline
from warta.store import Store

BATCH = 256


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
) -> None:
    """Code and store items in batches; an article already stored with the same content is skipped."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, batch_size)):
        articles = [i for i in batch if isinstance(i, Article)]
        known = store.known_hashes([a.doc_id for a in articles])
        seen: dict[str, str] = {}
        todo: list[Article | Skip] = []
        for item in batch:
            if isinstance(item, Article):
                stored = seen.get(item.doc_id) or known.get(item.doc_id)
                if stored == item.content_hash:
                    todo.append(
                        Skip(item.doc_id, item.source, "store", "already stored with the same content")
                    )
                    continue
                seen[item.doc_id] = item.content_hash
            todo.append(item)
        coded: list[Article] = []
        skips: list[Skip] = []

        def record(skip: Skip, skips: list[Skip] = skips) -> None:
            on_skip(skip)
            if skip.stage != "store":
                skips.append(skip)

        coded.extend(code_stream(todo, pipeline=pipeline, report=report, on_skip=record))
        store.write(coded, skips)
