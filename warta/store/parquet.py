"""Loading the Parquet output of `warta spark` into the store (the SQL of `warta ingest DIR`).

The three datasets are read through pyarrow with their explicit schemas (warta/spark/schema.py) and
inserted in one transaction, as `Store.write` would have stored the same articles one batch at a time:
an article already stored (or met earlier in the output) with the same content is skipped, one with
other content replaces it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import NamedTuple

import duckdb
import pyarrow as pa
import pyarrow.dataset as pds

from warta.spark.schema import ARTICLE_SCHEMA, EVENT_SCHEMA, SKIP_SCHEMA

STORED = "already stored with the same content"
_VIEWS = ("_sp_articles", "_sp_events", "_sp_skips")


class Loaded(NamedTuple):
    """One document of the output, in the order the run read it: stored (no skip reason) or skipped."""

    input: int
    position: int
    doc_id: str
    source: str
    n_events: int
    kept: bool  # this version is the one stored (a later one of the same id may replace it)
    stage: str | None  # a skip: its stage and reason
    reason: str | None


def _dataset(directory: Path, schema: pa.Schema, *, dated: bool) -> pds.Dataset | pa.Table:
    """A dataset of Spark's part files (its `_SUCCESS` and `.crc` files left out), or an empty table."""
    if not any(directory.rglob("*.parquet")):
        return schema.empty_table()
    if not dated:
        return pds.dataset(str(directory), schema=schema, format="parquet")
    partitioning = pds.partitioning(pa.schema([schema.field("date")]), flavor="hive")
    return pds.dataset(str(directory), schema=schema, format="parquet", partitioning=partitioning)


def load(con: duckdb.DuckDBPyConnection, directory: Path, *, now: dt.datetime) -> list[Loaded]:
    """Insert a `warta spark` output into the tables (the caller holds the transaction); return its
    documents in the order the run read them."""
    con.register("_sp_articles", _dataset(directory / "articles", ARTICLE_SCHEMA, dated=False))
    con.register("_sp_events", _dataset(directory / "events", EVENT_SCHEMA, dated=True))
    con.register("_sp_skips", _dataset(directory / "skips", SKIP_SCHEMA, dated=False))
    try:
        con.execute(  # coded: new content for its id (as `warta ingest` reads documents one by one)
            """
            CREATE OR REPLACE TEMP TABLE _sp_docs AS
            SELECT a.input, a.position, a.doc_id, a.source, a.content_hash, a.n_events,
                   k.content_hash AS stored_hash,
                   a.content_hash IS DISTINCT FROM coalesce(lag(a.content_hash) OVER w, k.content_hash)
                       AS coded
            FROM _sp_articles a LEFT JOIN articles k USING (doc_id)
            WINDOW w AS (PARTITION BY a.doc_id ORDER BY a.input, a.position)
            """
        )
        con.execute(  # what is stored: the last version coded of each id
            """
            CREATE OR REPLACE TEMP TABLE _sp_new AS
            SELECT input, position, doc_id, stored_hash IS NOT NULL AS replaces FROM _sp_docs WHERE coded
            QUALIFY row_number() OVER (PARTITION BY doc_id ORDER BY input DESC, position DESC) = 1
            """
        )
        _insert(con, now)
        rows = con.execute(
            """
            SELECT d.input, d.position, d.doc_id, d.source, d.n_events, n.doc_id IS NOT NULL AS kept,
                   CASE WHEN NOT d.coded THEN 'store' END AS stage, CASE WHEN NOT d.coded THEN ? END AS reason
            FROM _sp_docs d LEFT JOIN _sp_new n USING (input, position)
            UNION ALL
            SELECT input, position, doc_id, source, 0, false, stage, reason FROM _sp_skips
            ORDER BY 1, 2
            """,
            [STORED],
        ).fetchall()
    finally:
        for name in _VIEWS:
            con.unregister(name)
        con.execute("DROP TABLE IF EXISTS _sp_docs; DROP TABLE IF EXISTS _sp_new")
    return [Loaded(*row) for row in rows]


def _insert(con: duckdb.DuckDBPyConnection, now: dt.datetime) -> None:
    new = "(input, position) IN (SELECT input, position FROM _sp_new)"
    replaced = "doc_id IN (SELECT doc_id FROM _sp_new WHERE replaces)"
    for table in ("event_actors", "events", "articles", "article_profiles"):
        con.execute(f"DELETE FROM {table} WHERE {replaced}")
    con.execute(
        f"""
        INSERT INTO articles BY NAME
        SELECT * EXCLUDE (input, position, profile), ?::TIMESTAMP AS ingested_at
        FROM _sp_articles WHERE {new} ORDER BY input, position
        """,
        [now],
    )
    con.execute(
        f"""
        INSERT INTO article_profiles BY NAME
        SELECT doc_id, published, lang, outlet, profile.minhash::UBIGINT[] AS minhash, profile.names AS names,
               profile.actors AS actors, profile.signatures AS signatures, profile.title_words AS title_words,
               profile.shingles AS shingles, profile.topics AS topics
        FROM _sp_articles WHERE {new} AND profile IS NOT NULL ORDER BY input, position
        """
    )
    con.execute(
        f"""
        INSERT INTO events BY NAME
        SELECT * EXCLUDE (input, position, event_index, actor, recipient)
        FROM _sp_events WHERE {new} ORDER BY input, position, event_index
        """
    )
    for role in ("actor", "recipient"):
        con.execute(
            f"""
            INSERT INTO event_actors BY NAME
            SELECT event_id, doc_id, '{role}' AS role, position - 1 AS position, m.code, m.sector, m.name,
                   m.text, m.wikidata, m.start AS start_offset, m."end" AS end_offset
            FROM (
                SELECT id AS event_id, doc_id, generate_subscripts({role}, 1) AS position,
                       unnest({role}) AS m
                FROM _sp_events WHERE {new}
            )
            """
        )
    con.execute("DELETE FROM skips WHERE doc_id IN (SELECT doc_id FROM _sp_new)")
    con.execute(  # a document skipped again (the same output loaded twice) is one skip
        "DELETE FROM skips WHERE (doc_id, source) IN (SELECT (doc_id, source) FROM _sp_skips)"
    )
    con.execute(
        "INSERT INTO skips BY NAME SELECT doc_id, source, stage, reason, ?::TIMESTAMP AS skipped_at "
        "FROM _sp_skips ORDER BY input, position",
        [now],
    )
