"""Coding on every core: a process pool codes batches of articles while the calling process stores the
ones before. Results come back in input order, and only a few batches are ever in flight, so memory
stays bounded whatever the input size. A run of a single batch never starts the pool. A worker sends
an article back as the storing process needs it: without its source text, cleaning report, mentions
and tokens (pickled and read back in a quarter of the time, the storing process being the bottleneck)."""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from warta.errors import Errors, PipelineError
from warta.model import Article, Sentence, Skip
from warta.pipeline import Pipeline

__all__ = ["code_batches", "default_workers"]

Batch = list[Article | Skip]
_PIPELINE: list[Pipeline] = []  # the worker's pipeline, set once when the worker starts
_WATCH_SECONDS = 0.5


def default_workers() -> int:
    """One coding process per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def code_batches(batches: Iterable[Batch], pipeline: Pipeline, *, workers: int = 1) -> Iterator[Batch]:
    """Each batch coded (an Article or a Skip per item, in order), with `workers` processes."""
    it = iter(batches)
    head = list(itertools.islice(it, 2))
    if workers <= 1 or len(head) < 2:
        for batch in itertools.chain(head, it):
            yield list(pipeline.run(batch))
        return
    context = multiprocessing.get_context("spawn")  # no fork of a process holding a database
    try:
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start, initargs=(pipeline,)
        ) as pool:
            pending: deque[Future[Batch]] = deque()
            for batch in itertools.chain(head, it):
                pending.append(pool.submit(_code, batch))
                if len(pending) > workers:  # the oldest comes back while the others are coded
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    except BrokenProcessPool as e:
        raise PipelineError(Errors.E020.format(detail=str(e) or type(e).__name__), stage="workers") from e


def _start(pipeline: Pipeline) -> None:
    _PIPELINE.append(pipeline)
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int) -> None:
    """End this worker when its parent is gone (killed with SIGKILL, it cannot tell us)."""
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def _code(batch: Batch) -> Batch:
    return [_for_storing(item) for item in _PIPELINE[0].run(batch)]


def _for_storing(item: Article | Skip) -> Article | Skip:
    """What the storing process reads of a coded article (sentences keep their spans: it counts them)."""
    if isinstance(item, Skip):
        return item
    spans = tuple(Sentence(s.start, s.end) for s in item.sentences)
    return dataclasses.replace(item, source_text="", segments=(), removed=(), mentions=(), sentences=spans)
