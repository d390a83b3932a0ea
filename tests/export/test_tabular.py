"""Flat rows: the `warta events` CSV columns first, proper quoting, UTF-8, typed values for Parquet."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from tests.export.helpers import by
from warta.export import csv_cells, tabular_row, write_text
from warta.export.tabular import ARROW_SCHEMA, COLUMNS

EVENTS_CSV = ["date", "event", "mode", "actor", "recipient", "factuality", "conf", "reports", "doc_id", "trigger",
              "evidence"]  # fmt: skip


def to_csv(records: list[dict[str, Any]]) -> str:
    out = io.StringIO(newline="")
    assert write_text([records], out, fmt="csv") == len(records)
    return out.getvalue()


def test_columns_extend_the_events_csv() -> None:
    assert list(COLUMNS[: len(EVENTS_CSV)]) == EVENTS_CSV
    assert len(set(COLUMNS)) == len(COLUMNS) == len(ARROW_SCHEMA)


def test_csv_round_trips_through_dictreader(records: list[dict[str, Any]]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(records), newline="")))
    assert len(rows) == len(records) and list(rows[0]) == list(COLUMNS)
    for row, rec in zip(rows, records, strict=True):
        assert row == dict(zip(COLUMNS, csv_cells(tabular_row(rec)), strict=True))
        assert row["id"] == rec["id"] and row["evidence"] == rec["evidence"]["text"]
    sanction = next(r for r in rows if r["doc_id"] == "recall-a" and r["event"] == "SANCTION")
    assert (sanction["actor"], sanction["recipient"], sanction["cameo"]) == ("RUS", "CAN", "161")
    assert sanction["date"] == "2026-03-16" and sanction["published"] == "2026-03-17"
    assert sanction["place"] == "Moscow" and float(sanction["place_lat"]) > 50
    undated = next(r for r in rows if r["doc_id"] == "arrest")
    assert undated["date"] == "" and undated["published"] == ""


def test_quotes_commas_line_breaks_and_non_ascii_survive(records: list[dict[str, Any]]) -> None:
    tricky = 'Kata "Menlu", lalu:\nJenewa, Genève; Zürich — 日本'
    rec = by(records, "visit", "CONSULT")
    rec = rec | {"evidence": rec["evidence"] | {"text": tricky}, "context": ["diplomatic", "economic"]}
    text = to_csv([rec])
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    assert row["evidence"] == tricky and row["context"] == "diplomatic;economic"
    assert text.encode("utf-8").decode("utf-8") == text


def test_rows_are_typed_for_parquet(records: list[dict[str, Any]]) -> None:
    row = tabular_row(by(records, "recall-a", "SANCTION"))
    assert row["date"] == dt.date(2026, 3, 16) and row["published"] == dt.date(2026, 3, 17)
    assert isinstance(row["confidence"], float) and row["conf"] == round(row["confidence"], 2)
    assert row["quad"] == 4 and row["reports"] == 1 and isinstance(row["context"], list)
    assert csv_cells(row)[COLUMNS.index("conf")] == f"{row['confidence']:.2f}"
