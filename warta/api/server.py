"""The server process owns the database: one read-write connection, a cursor per request for readers,
and one writer (ingest of watched files, POST /api/code with `store`) on a cursor of its own.

DuckDB allows one read-write process or many read-only ones, never both; inside the process, cursors of
one connection may run in different threads, and a reader sees the last committed data while the
writer's transaction is open.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

from warta.api.watcher import Watcher
from warta.model import Article, Skip
from warta.pipeline import Pipeline
from warta.runner import RunReport, StoryUpdater, ingest_into
from warta.store import Store
from warta.store.queries import Reader

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())


class Writer:
    """The one writer: codes and stores through the runner (`ingest_into`, stories placed), one call at
    a time, on its own cursor. Coding without storing shares the lock (the pipeline is not re-entrant)."""

    def __init__(self, store: Store) -> None:
        self._store = store.cursor()
        self._lock = threading.Lock()
        self._pipeline = Pipeline(strict=False)
        self._stories = StoryUpdater(self._store)

    def ingest(self, items: Iterable[Article | Skip], *, on_skip: Callable[[Skip], None]) -> RunReport:
        report = RunReport()
        with self._lock:
            ingest_into(
                self._store,
                items,
                pipeline=self._pipeline,
                report=report,
                on_skip=on_skip,
                stories=self._stories,
            )
        return report

    def code(self, article: Article) -> Article | Skip:
        with self._lock:
            return self._pipeline.process(article)

    def close(self) -> None:
        with self._lock:
            self._store.close()


class Server:
    """What the endpoints share: the store, the writer, the token and the limits."""

    def __init__(self, store: Store, *, token: str | None, time_limit: float) -> None:
        self.store = store
        self.token = token or None
        self.time_limit = time_limit
        self.writer = Writer(store)
        self.watcher: Watcher | None = None
        self._cursor_lock = threading.Lock()

    def reader(self) -> Reader:
        with self._cursor_lock:  # cursors are made from the one connection, one at a time
            reader = self.store.reader()
        reader.time_limit = self.time_limit
        return reader

    def cursor(self) -> Store:
        with self._cursor_lock:
            return self.store.cursor()

    def close(self) -> None:
        self.writer.close()
        self.store.close()


def log_skip(skip: Skip) -> None:
    log.info("%s", skip.describe())
