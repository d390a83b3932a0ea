"""Writing exports: Parquet partitioned by date read back with DuckDB and pyarrow; streaming in
batches changes nothing; clear errors for what cannot be exported."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.dataset as pds
import pytest

from warta.errors import StoreError, UsageError
from warta.export import check_request, open_database, write_parquet, write_text
from warta.export.tabular import COLUMNS
from warta.store import EventFilter

UNDATED = "__HIVE_DEFAULT_PARTITION__"


def test_parquet_is_partitioned_by_event_date(
    export_db: Path, records: list[dict[str, Any]], tmp_path: Path
) -> None:
    out = tmp_path / "events"
    with open_database(export_db) as store:
        assert write_parquet(store.event_batches(size=2), out) == len(records)
    dates = Counter(r["date"] or UNDATED for r in records)
    assert {p.name for p in out.iterdir()} == {f"date={d}" for d in dates}
    assert all(len(list(p.glob("*.parquet"))) == 1 for p in out.iterdir())
    with duckdb.connect() as con:
        rows = con.execute(
            f"SELECT date, count(*) FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true) GROUP BY date"
        ).fetchall()
    assert {(d.isoformat() if d else UNDATED): n for d, n in rows} == dates
    table = pds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == len(records) and set(table.column_names) == set(COLUMNS)
    assert sorted(table.column("id").to_pylist()) == sorted(r["id"] for r in records)


def test_filters_reach_the_export(export_db: Path, tmp_path: Path) -> None:
    with open_database(export_db) as store:
        assert write_parquet(store.event_batches(EventFilter(actor="RUS")), tmp_path / "rus") == 2
    assert [p.name for p in (tmp_path / "rus").iterdir()] == ["date=2026-03-16"]


@pytest.mark.parametrize("fmt", ["plover", "gdelt", "csv"])
def test_batch_size_does_not_change_the_output(export_db: Path, fmt: str) -> None:
    outputs = []
    for size in (1, 3, 1000):
        buf = io.StringIO(newline="")
        with open_database(export_db) as store:
            write_text(store.event_batches(size=size), buf, fmt=fmt)
        outputs.append(buf.getvalue())
    assert outputs[0] == outputs[1] == outputs[2] != ""


def test_gdelt_has_no_header_unless_asked(export_db: Path) -> None:
    plain, headed = io.StringIO(), io.StringIO()
    with open_database(export_db) as store:
        n = write_text(store.event_batches(), plain, fmt="gdelt")
        write_text(store.event_batches(), headed, fmt="gdelt", header=True)
    assert len(plain.getvalue().splitlines()) == n and plain.getvalue()[0].isdigit()
    assert headed.getvalue().startswith("GlobalEventID\tDay\t") and headed.getvalue().endswith(
        plain.getvalue()
    )


@pytest.mark.parametrize(
    ("fmt", "output", "header", "message"),
    [
        ("xml", None, False, "Unknown export format 'xml'"),
        ("parquet", None, False, "give it with -o DIR"),
        ("csv", None, True, "--header applies to --format gdelt only"),
    ],
)
def test_requests_that_cannot_be_exported(fmt: str, output: str | None, header: bool, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        check_request(fmt, output, header=header)


def test_parquet_needs_a_new_or_empty_directory(export_db: Path, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="it is not empty"):
        check_request("parquet", str(tmp_path / "full"))
    with open_database(export_db) as store, pytest.raises(UsageError, match="it is a file"):
        write_parquet(store.event_batches(), tmp_path / "file")
    (tmp_path / "empty").mkdir()
    check_request("parquet", str(tmp_path / "empty"))
    assert (tmp_path / "full" / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_a_missing_database_is_an_error_not_a_new_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="warta ingest"):
        open_database(tmp_path / "none.duckdb")
    assert not (tmp_path / "none.duckdb").exists()
