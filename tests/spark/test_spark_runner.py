"""The Spark runner in local mode (local[2], one session for the module) on a small real corpus: the
events it writes equal the in-process events, and `warta ingest OUT` gives the same `warta events` as
ingesting the inputs directly (stories included)."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.dataset as pds
import pytest
from click.testing import CliRunner

from tests.ingest.test_warc_feeds import warc_bytes
from warta.cli import main
from warta.model import Skip
from warta.spark import MARKER, Manifest, run_spark, start_session

ARTICLES = 40  # the first articles of ../shared/corpus/news.jsonl, read at test time


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    session = start_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Path:
    """Three JSON Lines files (one gzipped, one with a broken line), a WARC file, and a file of documents
    seen before: two the same, one with an id seen before and other text."""
    lines = (shared / "corpus" / "news.jsonl").read_text(encoding="utf-8").splitlines()[:ARTICLES]
    root = tmp_path_factory.mktemp("inputs")
    (root / "a.jsonl").write_text("\n".join(lines[:15]) + '\n{"id": "broken\n', encoding="utf-8")
    (root / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines[15:30]) + "\n").encode()))
    (root / "c.jsonl").write_text("\n".join(lines[30:]) + "\n", encoding="utf-8")
    (root / "d.warc").write_bytes(warc_bytes())  # one HTML page, a 404 and an image
    changed = json.loads(lines[2])
    changed["text"] += " "
    (root / "e.jsonl").write_text(f"{lines[0]}\n{lines[1]}\n{json.dumps(changed)}\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def output(spark: Any, inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest]:
    out = tmp_path_factory.mktemp("spark") / "out"
    skips: list[Skip] = []
    manifest = run_spark([str(inputs)], out, spark=spark, on_skip=skips.append)
    assert [s.source.rsplit("/", 1)[-1] for s in skips] == ["a.jsonl:16", "d.warc#2", "d.warc#3"]  # in order
    return out, manifest


@pytest.fixture(scope="module")
def direct(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The same inputs ingested in this process (no Spark): the database and the summary line."""
    db = tmp_path_factory.mktemp("direct") / "direct.duckdb"
    return db, _ingest([str(inputs)], db)


def _ingest(args: list[str], db: Path) -> str:
    result = CliRunner().invoke(main, ["ingest", *args, "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.stderr.strip().splitlines()[-1]


def _events(db: Path, fmt: str) -> str:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def _key(
    doc_id: str, event: str, mode: str | None, actor: list[Any], recipient: list[Any], *rest: Any
) -> tuple[Any, ...]:
    return (
        doc_id,
        event,
        mode or "",
        tuple(a or "" for a in actor),
        tuple(r or "" for r in recipient),
        *rest,
    )


def test_its_events_equal_the_in_process_events(
    output: tuple[Path, Manifest], direct: tuple[Path, str]
) -> None:
    out, _ = output
    table = pds.dataset(str(out / "events"), format="parquet", partitioning="hive").to_table()
    rows = [
        (r["input"], _key(r["doc_id"], r["event"], r["mode"], [a["code"] for a in r["actor"]],
                          [m["code"] for m in r["recipient"]], str(r["date"]) if r["date"] else "",
                          r["factuality"], r["evidence_start"], r["evidence_end"], r["trigger_start"]))
        for r in table.to_pylist()
    ]  # fmt: skip
    again = 4  # e.jsonl: documents seen before, coded again by Spark, not stored again by ingest
    spark_rows = sorted(key for n, key in rows if n != again)
    local_rows = sorted(
        _key(ev["doc_id"], ev["event"], ev["mode"], [a["code"] for a in ev["actor"]],
             [m["code"] for m in ev["recipient"]], ev["date"] or "", ev["factuality"],
             ev["evidence"]["start"], ev["evidence"]["end"], ev["evidence"]["trigger_start"])
        for ev in map(json.loads, _events(direct[0], "jsonl").splitlines())
    )  # fmt: skip
    assert len(spark_rows) > 100
    assert spark_rows == local_rows
    assert {key for n, key in rows if n == again} <= set(local_rows)  # the same text, the same events


def test_every_document_is_coded_or_skipped_with_its_reason(output: tuple[Path, Manifest]) -> None:
    out, manifest = output
    assert (manifest.read, manifest.coded, manifest.skipped) == (ARTICLES + 7, ARTICLES + 4, 3)
    skips = pds.dataset(str(out / "skips"), format="parquet").to_table().to_pylist()
    reasons = sorted(s["reason"].split(" ")[0] for s in skips)
    assert reasons == ["HTTP", "line", "not"]  # a 404, the broken JSON line, the image
    articles = pds.dataset(str(out / "articles"), format="parquet", partitioning="hive").to_table()
    assert articles.num_rows == manifest.coded and (out / MARKER).is_file()


def test_one_task_per_input_file_writes_its_own_files(output: tuple[Path, Manifest]) -> None:
    out, manifest = output
    tasks = {p.name.split("-")[1] for p in (out / "events").rglob("part-*.parquet")}
    assert tasks <= {f"{i:05d}" for i in range(len(manifest.inputs))}
    assert len(manifest.inputs) == 5 and any((out / "events").glob("date=*"))


def test_ingest_of_the_output_gives_the_events_of_a_direct_ingest(
    output: tuple[Path, Manifest], direct: tuple[Path, str], inputs: Path, tmp_path: Path
) -> None:
    (out, manifest), (direct_db, summary) = output, direct
    spark = tmp_path / "spark.duckdb"
    assert summary == _ingest([str(out)], spark) == f"read {manifest.read}, coded {ARTICLES + 2}, skipped 5"
    for fmt in ("jsonl", "table"):
        assert _events(spark, fmt) == _events(direct_db, fmt)
    assert '"story_id": "' in _events(spark, "jsonl")  # the stories ran over the loaded output
    again = _ingest([str(out)], spark)  # loading twice is ingesting twice: the changed text is coded again
    assert again == _ingest([str(inputs)], direct_db) == f"read {manifest.read}, coded 2, skipped 45"
    assert _events(spark, "jsonl") == _events(direct_db, "jsonl")


def test_an_unfinished_output_is_refused(output: tuple[Path, Manifest], tmp_path: Path) -> None:
    out, _ = output
    copy = tmp_path / "unfinished"
    shutil.copytree(out, copy)
    (copy / MARKER).unlink()
    result = CliRunner().invoke(main, ["ingest", str(copy), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code != 0 and MARKER in result.output and "did not finish" in result.output


def test_a_non_empty_output_directory_is_refused(inputs: Path, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["spark", str(inputs), "--out", str(tmp_path)])
    assert result.exit_code != 0 and "not empty" in result.output
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_the_command_lists_skips_then_ends_with_the_summary(spark: Any, inputs: Path, tmp_path: Path) -> None:
    """Last, as the command stops the session it shares with this module when done."""
    result = CliRunner().invoke(main, ["spark", str(inputs / "a.jsonl"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "read 16, coded 15, skipped 1"
    assert any(line.startswith("skipped a:16 (") and "not valid JSON" in line for line in lines)
