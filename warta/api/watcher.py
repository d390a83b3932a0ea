"""`warta serve --watch DIR`: a background thread that ingests new and changed files of DIR.

Every `interval` seconds it lists the files Warta reads (.txt, .html, .jsonl, ...) under DIR; a file is
due when its size or modification time changed since it was last ingested and it has not been touched
for `settle` seconds (so a file still being written is left for the next round). Ingesting goes through
the server's writer (the runner's `ingest_into`); readers keep their own cursors meanwhile.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from warta.errors import WartaError
from warta.ingest.files import file_kind, walk
from warta.runner import RunReport

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

Signature = tuple[int, int]  # (st_mtime_ns, st_size)


class Watcher:
    def __init__(
        self,
        directory: Path,
        ingest: Callable[[list[Path]], RunReport],
        *,
        interval: float = 1.0,
        settle: float = 0.5,
    ) -> None:
        self.directory = directory
        self.interval = interval
        self.settle = settle
        self._ingest = ingest
        self._done: dict[Path, Signature] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0
        self.last_summary: str | None = None
        self.last_error: str | None = None

    def due(self, now: float | None = None) -> dict[Path, Signature]:
        """Readable files that are new or changed since they were ingested, and settled."""
        now = time.time() if now is None else now
        out: dict[Path, Signature] = {}
        if not self.directory.is_dir():
            return out
        for path in walk(self.directory):
            if file_kind(path) is None:
                continue
            try:
                stat = path.stat()
            except OSError:  # removed meanwhile
                continue
            sig = (stat.st_mtime_ns, stat.st_size)
            if self._done.get(path) != sig and now - stat.st_mtime_ns / 1e9 >= self.settle:
                out[path] = sig
        return out

    def poll(self) -> RunReport | None:
        """Ingest the files that are due (if any); errors are kept for /api/status and logged."""
        due = self.due()
        if not due:
            return None
        try:
            report = self._ingest(sorted(due))
        except WartaError as e:
            self.last_error = str(e)
            log.warning("watch %s: %s", self.directory, e)
            return None
        finally:
            self._done.update(due)  # a file that failed is retried only once it changes
            self.runs += 1
        self.last_summary = report.summary()
        self.last_error = None
        log.info("watch %s: %s", self.directory, self.last_summary)
        return report

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="warta-watch", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def status(self) -> dict[str, Any]:
        return {
            "directory": str(self.directory),
            "files": len(self._done),
            "runs": self.runs,
            "last_summary": self.last_summary,
            "last_error": self.last_error,
        }

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll()
            except Exception as e:  # a bug must not end the worker: keep it for /api/status, go on
                self.last_error = f"{type(e).__name__}: {e}"
                log.exception("watch %s failed", self.directory)
            self._stop.wait(self.interval)
