"""Coding on several processes stores exactly what coding in one does."""

from __future__ import annotations

from pathlib import Path

from warta.bench import build_corpus
from warta.ingest import read_inputs
from warta.pipeline import Pipeline
from warta.runner import RunReport, StoryUpdater, ingest_into
from warta.store import EventFilter, Store


def stored(corpus: Path, db: Path, workers: int) -> tuple[RunReport, list[tuple[str, str, str, int | None]]]:
    report = RunReport()
    with Store.open(db) as store:
        ingest_into(store, read_inputs([str(corpus)]), pipeline=Pipeline(strict=False), report=report,
                    on_skip=lambda s: None, batch_size=40, stories=StoryUpdater(store), workers=workers)  # fmt: skip
        rows = [(r["doc_id"], r["id"], r["event"], r["reports"]) for r in store.events(EventFilter())]
    return report, sorted(rows, key=str)


def test_two_workers_store_what_one_process_stores(shared: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    build_corpus(shared / "corpus" / "news.jsonl", corpus, 300)
    one, rows_one = stored(corpus, tmp_path / "one.duckdb", 1)
    two, rows_two = stored(corpus, tmp_path / "two.duckdb", 2)
    assert (two.read, two.coded, len(two.skipped), two.events) == (
        one.read,
        one.coded,
        len(one.skipped),
        one.events,
    )
    assert rows_two == rows_one and len(rows_one) > 100


def test_a_document_repeated_in_the_next_batch_is_stored_once(tmp_path: Path) -> None:
    lines = [
        f'{{"id": "d{i}", "text": "Menteri Luar Negeri Indonesia bertemu Menteri Luar Negeri Malaysia."}}'
        for i in range(50)
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines + lines[:5]) + "\n", encoding="utf-8")  # d0..d4 again, in a later batch
    report, _ = stored(corpus, tmp_path / "r.duckdb", 2)
    assert report.read == 55 and report.coded == 50
    assert sorted(s.doc_id for s in report.skipped) == ["d0", "d1", "d2", "d3", "d4"]
