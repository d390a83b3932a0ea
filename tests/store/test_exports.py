"""Store.event_batches: the `events` records plus article and real-world-event details, in batches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import code_text
from warta.store import EventFilter, Store

TEXT = (
    "Menlu Panggil Dubes Australia\n\n"
    "JAKARTA - Kementerian Luar Negeri Indonesia memanggil duta besar Australia pada Senin (10/11).\n\n"
    "Polisi Australia menangkap dua nelayan Indonesia di Laut Timor."
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "w.duckdb") as s:
        s.write([code_text(TEXT, lang="id", published="2025-11-12", title="Menlu Panggil Dubes Australia")])
        yield s


def test_batches_extend_the_events_records(store: Store) -> None:
    events = store.events()
    batches = list(store.event_batches(size=1))
    assert [len(b) for b in batches] == [1] * len(events) and len(events) >= 2
    for (rec,), base in zip(batches, events, strict=True):
        assert {k: rec[k] for k in base} == base
        assert rec["article"]["published"] == "2025-11-12" and rec["article"]["title"].startswith("Menlu")
        assert rec["article"]["ingested_at"] and rec["article"]["coder_version"]
        assert rec["mentions"] is None and rec["outlets"] == []  # not placed in a story
    assert [rec["lead"] for (rec,) in batches] == [True, False]  # the title is not the lead


def test_filters_and_limit(store: Store) -> None:
    (only,) = list(store.event_batches(EventFilter(actor="IDN")))
    assert [r["event"] for r in only] == ["ACCUSE"]
    assert sum(len(b) for b in store.event_batches(EventFilter(limit=1))) == 1
    assert list(store.event_batches(EventFilter(event="ASSAULT"))) == []
