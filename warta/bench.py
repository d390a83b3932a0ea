"""Benchmark: the whole pipeline (read -> code -> store) over a corpus replicated with new ids.

Reports articles/s, peak resident memory, time per stage, and a floor: a bare read + tokenise pass
over the same corpus in the same run, with the pipeline's ratio to it.
"""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from warta.ingest import read_inputs
from warta.model import Article, Skip
from warta.pipeline import DEFAULT_STAGES, Pipeline, Stage
from warta.runner import RunReport, StoryUpdater, ingest_into
from warta.sentences import TOKEN
from warta.store import Store

_ISO_DATE = 10
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "news.jsonl"


def build_corpus(source: Path, target: Path, n_articles: int) -> int:
    """Write `n_articles` JSON lines to `target`, cycling through `source` with new ids. Each pass over
    the source is a perturbed copy: published a week later than the previous pass, and every other
    pass without its last paragraph, so that stories and copies do not pile up across passes."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not records:
        return 0
    with target.open("w", encoding="utf-8") as out:
        for i in range(n_articles):
            cycle, rec = divmod(i, len(records))[0], dict(records[i % len(records)])
            rec["id"] = f"bench-{i:07d}-{rec.get('id', '')}"
            rec["published"] = _shift(rec.get("published"), days=7 * cycle)
            if cycle % 2 and "\n\n" in str(rec.get("text", "")):
                rec["text"] = str(rec["text"]).rsplit("\n\n", 1)[0]
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n_articles


def _shift(published: object, *, days: int) -> object:
    if not isinstance(published, str) or len(published) < _ISO_DATE:
        return published
    try:
        day = dt.date.fromisoformat(published[:_ISO_DATE])
    except ValueError:
        return published
    return (day + dt.timedelta(days=days)).isoformat() + published[_ISO_DATE:]


class _TimedStories(StoryUpdater):
    seconds = 0.0

    def update(self, articles: Iterable[Article]) -> None:
        t0 = time.perf_counter()
        try:
            super().update(articles)
        finally:
            self.seconds += time.perf_counter() - t0


def _timed(stage: Stage, totals: dict[str, float]) -> Stage:
    func = stage.func

    def run(article: Article) -> Article | Skip:
        t0 = time.perf_counter()
        try:
            return func(article)
        finally:
            totals[stage.name] = totals.get(stage.name, 0.0) + time.perf_counter() - t0

    return Stage(stage.name, run, stage.requires, stage.assigns)


def _floor(path: Path) -> float:
    """Seconds for a bare read + tokenise pass (the pipeline cannot be faster than this)."""
    t0 = time.perf_counter()
    for item in read_inputs([str(path)]):
        if isinstance(item, Article):
            sum(1 for _ in TOKEN.finditer(item.source_text))
    return time.perf_counter() - t0


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory of this process (or of the largest child process)."""
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, 1)


def run_benchmark(
    source: Path,
    *,
    n_articles: int,
    workdir: Path | None = None,
    on_skip: Callable[[Skip], None] | None = None,
    stories: bool = True,
    workers: int = 1,
) -> dict[str, Any]:
    """Build the corpus, ingest it into a fresh database, and return the measurements."""
    tmp = None if workdir else tempfile.TemporaryDirectory(prefix="warta-bench-")
    base = workdir or Path(tmp.name if tmp else ".")
    base.mkdir(parents=True, exist_ok=True)
    corpus = base / "bench.jsonl"
    db = base / "bench.duckdb"
    for stale in (db, db.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    try:
        build_corpus(source, corpus, n_articles)
        # warm up: load packs, lexicons and models once, outside the timing
        Pipeline().process(next(a for a in read_inputs([str(corpus)]) if isinstance(a, Article)))
        floor = _floor(corpus)
        totals: dict[str, float] = {}
        stages = [s for s in DEFAULT_STAGES if stories or s.name != "profile"]
        timed = workers == 1  # stage times are taken in this process only
        pipeline = Pipeline([_timed(s, totals) if timed else s for s in stages], strict=False)
        report = RunReport()
        t0 = time.perf_counter()
        with Store.open(db) as store:
            updater = _TimedStories(store) if stories else None
            ingest_into(
                store,
                read_inputs([str(corpus)]),
                pipeline=pipeline,
                report=report,
                on_skip=on_skip or (lambda s: None),
                stories=updater,
                workers=workers,
            )
        elapsed = time.perf_counter() - t0
        totals["stories (placing, merging, storing)"] = updater.seconds if updater else 0.0
    finally:
        if tmp:
            tmp.cleanup()
    return {
        "articles": report.read,
        "coded": report.coded,
        "skipped": len(report.skipped),
        "events": report.events,
        "seconds": round(elapsed, 3),
        "articles_per_s": round(report.read / elapsed, 1) if elapsed else None,
        "peak_rss_mb": _peak_rss_mb(),
        "peak_rss_worker_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN) if workers > 1 else None,
        "stage_seconds": {k: round(v, 3) for k, v in totals.items()},
        "store_and_read_seconds": round(elapsed - sum(totals.values()), 3),
        "floor_seconds": round(floor, 3),
        "ratio_to_floor": round(elapsed / floor, 1) if floor else None,
        "processes": 1 if workers == 1 else workers + 1,
    }
