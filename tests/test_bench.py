"""The benchmark runs end to end and accounts for every article it generates (a smoke test; the
numbers themselves are measured by `warta bench`, never asserted)."""

from __future__ import annotations

from pathlib import Path

from warta.bench import run_benchmark


def test_bench_in_one_process_times_each_stage(shared: Path) -> None:
    result = run_benchmark(shared / "corpus" / "news.jsonl", n_articles=120)
    assert result["articles"] == 120 == result["coded"] + result["skipped"]
    assert {"clean", "coding", "profile", "stories (placing, merging, storing)"} <= set(
        result["stage_seconds"]
    )
    assert result["processes"] == 1 and result["peak_rss_mb"] > 0


def test_bench_on_two_workers_counts_the_same(shared: Path) -> None:
    one = run_benchmark(shared / "corpus" / "news.jsonl", n_articles=600, stories=False)
    two = run_benchmark(shared / "corpus" / "news.jsonl", n_articles=600, stories=False, workers=2)
    assert (two["coded"], two["events"]) == (one["coded"], one["events"])
    assert two["processes"] == 3 and two["peak_rss_worker_mb"] > 0
