"""Writing exports (the I/O edge of the export stage): text formats to a stream, Parquet to a directory.

Both take the batches `Store.event_batches` yields, so memory holds one batch whatever the export's size.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.dataset as pds

from warta.errors import Errors, StoreError, UsageError
from warta.export.gdelt import COLUMNS as GDELT_COLUMNS
from warta.export.gdelt import gdelt_row
from warta.export.plover import plover_record
from warta.export.tabular import ARROW_SCHEMA, COLUMNS, csv_cells, tabular_row
from warta.store import Store

__all__ = ["FORMATS", "PARTITION", "check_request", "open_database", "write_parquet", "write_text"]

FORMATS = ("plover", "gdelt", "csv", "parquet")
PARTITION = (
    "date"  # Parquet: hive partitions date=YYYY-MM-DD; undated events in date=__HIVE_DEFAULT_PARTITION__
)
Batches = Iterable[list[dict[str, Any]]]


def check_request(fmt: str, output: str | None, *, header: bool = False) -> None:
    """Refuse what cannot be exported, before any work: unknown formats, Parquet without a directory
    (or into a file or a non-empty directory), --header outside GDELT."""
    if fmt not in FORMATS:
        raise UsageError(Errors.E010.format(what="export format", value=fmt, opts=", ".join(FORMATS)))
    if header and fmt != "gdelt":
        raise UsageError(Errors.E016)
    if fmt != "parquet":
        return
    if not output:
        raise UsageError(Errors.E014)
    path = Path(output)
    if path.exists() and not path.is_dir():
        raise UsageError(Errors.E015.format(path=output, problem="it is a file"))
    if path.is_dir() and any(path.iterdir()):
        raise UsageError(Errors.E015.format(path=output, problem="it is not empty"))


def open_database(path: str | Path) -> Store:
    """Open an existing database read-only (a missing file is an error, not a new database)."""
    if not Path(path).is_file():
        raise StoreError(Errors.E013.format(path=path))
    return Store.open(path, read_only=True)


def write_text(batches: Batches, out: TextIO, *, fmt: str, header: bool = False) -> int:
    """Write events as PLOVER JSON Lines, GDELT TSV or CSV; return how many were written."""
    count = 0
    if fmt == "plover":
        for batch in batches:
            out.writelines(json.dumps(plover_record(rec), ensure_ascii=False) + "\n" for rec in batch)
            count += len(batch)
    elif fmt == "gdelt":  # cells hold no tabs or line breaks: nothing to quote
        if header:
            out.write("\t".join(GDELT_COLUMNS) + "\n")
        for batch in batches:
            out.writelines("\t".join(gdelt_row(rec)) + "\n" for rec in batch)
            count += len(batch)
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(COLUMNS)
        for batch in batches:
            writer.writerows(csv_cells(tabular_row(rec)) for rec in batch)
            count += len(batch)
    else:
        raise UsageError(Errors.E010.format(what="text export format", value=fmt, opts="plover, gdelt, csv"))
    return count


def _record_batches(batches: Batches, counter: list[int]) -> Iterator[pa.RecordBatch]:
    for batch in batches:
        counter[0] += len(batch)
        yield pa.RecordBatch.from_pylist([tabular_row(rec) for rec in batch], schema=ARROW_SCHEMA)


def write_parquet(batches: Batches, directory: str | Path) -> int:
    """Write events as Parquet files partitioned by event date (hive style) under `directory`; return
    how many were written. The `date` column lives in the directory names, not in the files."""
    check_request("parquet", str(directory))
    Path(directory).mkdir(parents=True, exist_ok=True)
    counter = [0]
    pds.write_dataset(
        _record_batches(batches, counter),
        str(directory),
        schema=ARROW_SCHEMA,
        format="parquet",
        partitioning=pds.partitioning(pa.schema([ARROW_SCHEMA.field(PARTITION)]), flavor="hive"),
        basename_template="part-{i}.parquet",
        existing_data_behavior="error",
        max_partitions=1 << 20,
    )
    return counter[0]
