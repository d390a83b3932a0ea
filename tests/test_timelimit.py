"""The per-document time limit: a stage that never ends is interrupted and the document skipped; in a
thread (no alarms) the limit is checked between stages; no alarm outlives its document."""

from __future__ import annotations

import threading
import time

from warta.ingest.records import make_article
from warta.model import Article, Skip
from warta.pipeline import DEFAULT_STAGES, Pipeline, Stage
from warta.timelimit import alarm_available

ARTICLE = make_article(doc_id="slow", text="Indonesia mengecam Malaysia pada Kamis.", source="test.txt")


def forever(article: Article) -> Article:
    while True:
        try:
            time.sleep(0.01)
        except Exception:  # a stage swallowing every error still cannot swallow the limit
            continue


def sleepy(article: Article) -> Article:
    time.sleep(0.3)
    return article


def pipeline(func: object, limit: float) -> Pipeline:
    stage = Stage("stuck", func, ("source_text",), ())  # type: ignore[arg-type]
    return Pipeline([DEFAULT_STAGES[0], stage], strict=True, time_limit=limit)


def test_a_stage_that_never_ends_is_interrupted() -> None:
    assert alarm_available()
    started = time.monotonic()
    out = pipeline(forever, 0.2).process(ARTICLE)
    assert time.monotonic() - started < 5
    assert isinstance(out, Skip) and out.stage == "stuck" and out.doc_id == "slow"
    assert out.reason == "took longer than the time limit of 0.2 s per document (in stage 'stuck')"
    time.sleep(0.3)  # no alarm left behind


def test_in_a_thread_the_limit_is_checked_between_stages() -> None:
    found: list[Article | Skip] = []
    worker = threading.Thread(target=lambda: found.append(pipeline(sleepy, 0.1).process(ARTICLE)))
    worker.start()
    worker.join(10)
    (out,) = found
    assert isinstance(out, Skip) and out.stage == "stuck" and "0.1 s" in out.reason


def test_a_fast_document_is_untouched_and_no_limit_means_none() -> None:
    fast = Pipeline(DEFAULT_STAGES[:1], time_limit=5).process(ARTICLE)
    assert isinstance(fast, Article) and fast.stages == ("clean",)
    assert isinstance(pipeline(sleepy, 0.05).process(ARTICLE), Skip)
    unlimited = Pipeline([DEFAULT_STAGES[0], Stage("stuck", sleepy, ("source_text",), ())], time_limit=None)
    assert isinstance(unlimited.process(ARTICLE), Article)
