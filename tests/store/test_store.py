"""Store: a real DuckDB file; idempotent writes, filters, parameterised queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import code_text
from warta.errors import StoreError
from warta.store import EventFilter, Store
from warta.store.db import SCHEMA_VERSION

TEXT = (
    "JAKARTA - Kementerian Luar Negeri Indonesia memanggil duta besar Australia pada Senin (10/11). "
    "Polisi Australia menangkap dua nelayan Indonesia di Laut Timor."
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "w.duckdb")
    yield s
    s.close()


def test_write_is_idempotent_and_replaces_changed_articles(store: Store) -> None:
    article = code_text(TEXT, lang="id", published="2025-11-12")
    store.write([article])
    store.write([article])
    counts = store.counts()
    assert counts["articles"] == 1 and counts["events"] == len(article.events) > 0
    changed = code_text(TEXT.split(". ")[0] + ".", lang="id", published="2025-11-12")
    store.write([changed])
    assert store.counts()["events"] == len(changed.events)
    assert store.known_hashes(["t", "other"]) == {"t": changed.content_hash}


def test_records_follow_the_contract(store: Store) -> None:
    article = code_text(TEXT, lang="id", published="2025-11-12")
    store.write([article])
    (rec,) = store.events(EventFilter(event="ACCUSE"))
    expected = article.events[0].to_record() | {"confidence": pytest.approx(article.events[0].confidence)}
    assert rec == expected | {"story_id": None, "reports": None, "real_event_id": None}  # not placed yet
    assert rec["evidence"]["text"] == article.text[rec["evidence"]["start"] : rec["evidence"]["end"]]


def test_filters(store: Store) -> None:
    store.write([code_text(TEXT, lang="id", published="2025-11-12")])
    assert {r["event"] for r in store.events(EventFilter(actor="IDN"))} == {"ACCUSE"}
    assert {r["event"] for r in store.events(EventFilter(recipient="IDN"))} == {"COERCE"}
    assert store.events(EventFilter(event="COERCE", factuality="asserted", lang="id", limit=1))
    assert store.events(EventFilter(event="ASSAULT")) == []


@pytest.mark.parametrize("payload", ["IDN' OR '1'='1", "'; DROP TABLE events; --", 'x" OR 1=1 --'])
def test_filters_cannot_inject_sql(store: Store, payload: str) -> None:
    store.write([code_text(TEXT, lang="id", published="2025-11-12")])
    assert store.events(EventFilter(actor=payload)) == []
    assert store.events(EventFilter(doc_id=payload, event=payload)) == []
    assert store.counts()["events"] > 0


def test_locked_or_bad_file_gives_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.duckdb"
    bad.write_text("this is not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="Cannot open the database"):
        Store.open(bad)


def test_an_older_database_is_migrated_in_place(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "old.duckdb"
    with Store.open(path):
        pass
    with duckdb.connect(str(path)) as con:  # make it look like schema 2: no place columns
        for column in (
            "place_text",
            "place_country",
            "place_precision",
            "place_geonames_id",
            "place_lat",
            "place_lon",
        ):
            con.execute(f"ALTER TABLE events DROP COLUMN {column}")
        con.execute("ALTER TABLE article_profiles DROP COLUMN topics")
        con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with Store.open(path) as store:
        article = code_text(TEXT, lang="id", published="2025-11-12")
        store.write([article])
        (rec,) = store.events(EventFilter(event="COERCE"))
        assert rec["place"] == article.events[1].to_record()["place"]
        assert article.profile is not None and article.profile.topics
        assert {m.profile for m in store.members_of([article.doc_id])} == {article.profile}
    with duckdb.connect(str(path)) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
            SCHEMA_VERSION,
        )


def test_duckdb_memory_is_capped_and_a_bad_cap_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.store.db import memory_limit

    assert memory_limit() == "384MB"
    monkeypatch.setenv("WARTA_DUCKDB_MEMORY", "lots")
    with pytest.raises(StoreError, match="Memory must have a number"):
        Store.open(tmp_path / "m.duckdb")
    monkeypatch.setenv("WARTA_DUCKDB_MEMORY", "300MB")
    with Store.open(tmp_path / "m.duckdb") as store:
        assert store.counts()["articles"] == 0
