"""The DuckDB store: all of Warta's SQL lives here.

`Store.open(path)` opens (creating) a database file; `write` stores a batch of coded articles and
skips in one transaction, replacing any earlier version of the same articles; queries return plain
records. Parameters always travel as bound parameters, never inside SQL text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from warta import __version__
from warta.errors import Errors, StoreError
from warta.model import Article, Skip
from warta.store import exports, parquet, replicate, stories
from warta.store.rows import article_table, event_tables, skip_table
from warta.stories import EventGroups, Member, Placement, Report

if TYPE_CHECKING:
    from warta.store.queries import Reader

SCHEMA_VERSION = "6"
# Changes to apply to a database of an older schema version (idempotent).
_MIGRATIONS = {
    "2": ["ALTER TABLE events ADD COLUMN IF NOT EXISTS why VARCHAR"],
    "3": [
        f"ALTER TABLE events ADD COLUMN IF NOT EXISTS {column} {kind}"
        for column, kind in (
            ("place_text", "VARCHAR"), ("place_country", "VARCHAR"), ("place_precision", "VARCHAR"),
            ("place_geonames_id", "BIGINT"), ("place_lat", "DOUBLE"), ("place_lon", "DOUBLE"),
        )
    ],
    "5": ["ALTER TABLE article_profiles ADD COLUMN IF NOT EXISTS shingles INTEGER"],
    "6": ["ALTER TABLE article_profiles ADD COLUMN IF NOT EXISTS topics VARCHAR[]"],
}  # fmt: skip
_SCHEMA = Path(__file__).with_name("schema.sql")
_CHECKPOINT = "256MB"  # write-ahead log that triggers a checkpoint (DuckDB's 16MB: every few batches)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of `warta events` (all optional; combined with AND)."""

    event: str | None = None
    mode: str | None = None
    actor: str | None = None
    recipient: str | None = None
    factuality: str | None = None
    lang: str | None = None
    doc_id: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    min_confidence: float | None = None
    story: str | None = None
    dedup: bool = False  # one row per real-world event: its first report
    limit: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("e.event", self.event),
            ("e.mode", self.mode),
            ("e.factuality", self.factuality),
            ("e.lang", self.lang),
            ("e.doc_id", self.doc_id),
            ("g.story_id", self.story),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        for role, code in (("actor", self.actor), ("recipient", self.recipient)):
            if code is not None:
                clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE role = ? AND code = ?)")
                params += [role, code]
        if self.since is not None:
            clauses.append("e.date >= ?")
            params.append(self.since)
        if self.until is not None:
            clauses.append("e.date <= ?")
            params.append(self.until)
        if self.min_confidence is not None:
            clauses.append("e.confidence >= ?")
            params.append(self.min_confidence)
        if self.dedup:
            clauses.append("(r.group_id IS NULL OR r.first_event_id = e.id)")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


_SIDE = (
    "list(struct_pack(code := a.code, sector := a.sector, name := a.name, text := a.text, "
    'wikidata := a.wikidata, start := a.start_offset, "end" := a.end_offset) ORDER BY a.position) '
    "FILTER (WHERE a.role = '{role}')"
)


class Store:
    """A Warta database. Use `Store.open(path)`; close it (or use it as a context manager)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self._con = con
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        path = str(path)
        try:
            config: dict[str, str | bool | int | float | list[str]] = {
                "memory_limit": memory_limit(),
                "checkpoint_threshold": _CHECKPOINT,
            }
            con = duckdb.connect(path, read_only=read_only, config=config)
        except duckdb.Error as e:  # I/O, lock, a bad WARTA_DUCKDB_MEMORY
            detail = str(e).splitlines()[0]
            if "Could not set lock" in detail:  # another process holds the file (a server, an ingest)
                raise StoreError(Errors.E018.format(path=path, detail=_holder(detail))) from e
            if not read_only and not Path(path).parent.exists():
                raise StoreError(Errors.E023.format(path=path)) from e
            raise store_error(path, e, Errors.E007) from e
        store = cls(con, path)
        if not read_only:
            try:
                store._ensure_schema()
            except duckdb.Error as e:
                con.close()
                raise store_error(path, e) from e
        return store

    def close(self) -> None:
        try:
            self._con.close()  # writes a checkpoint: the disk may be full
        except duckdb.Error as e:
            raise store_error(self.path, e) from e

    def cursor(self) -> Store:
        """Another handle on this database for another thread (a DuckDB cursor of the same connection)."""
        return Store(self._con.cursor(), self.path)

    def reader(self) -> Reader:
        """Read queries of the HTTP API on a cursor of their own (warta/store/queries.py)."""
        from warta.store.queries import Reader

        return Reader(self._con.cursor(), self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        try:
            self.close()
        except StoreError:
            if kind is None:  # else the error on the way out says what went wrong first
                raise

    def _ensure_schema(self) -> None:
        self._con.execute(_SCHEMA.read_text(encoding="utf-8"))
        row = self._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = str(row[0]) if row else SCHEMA_VERSION
        for target in sorted(v for v in _MIGRATIONS if v > version):
            for statement in _MIGRATIONS[target]:
                self._con.execute(statement)
        self._con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [SCHEMA_VERSION],
        )

    def known_hashes(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """doc_id -> content hash of the articles already stored among `doc_ids`."""
        if not doc_ids:
            return {}
        rows = self._con.execute(
            "SELECT doc_id, content_hash FROM articles WHERE doc_id IN (SELECT unnest(?))", [list(doc_ids)]
        ).fetchall()
        return {str(d): str(h) for d, h in rows}

    def write(self, articles: Sequence[Article], skips: Sequence[Skip] = ()) -> None:
        """Store coded articles (replacing earlier versions of the same doc_ids) and skips, atomically."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        latest = list({a.doc_id: a for a in articles}.values())
        ids = [a.doc_id for a in latest]
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            stored = bool(ids) and bool(self.known_hashes(ids))  # new documents need no deletes
            if stored:
                for table in ("event_actors", "events", "articles"):
                    con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
            if ids:
                art = article_table(latest, coder_version=__version__, now=now)
                events, sides = event_tables(latest)
                con.register("_art", art)
                con.register("_ev", events)
                con.register("_sides", sides)
                con.execute("INSERT INTO articles BY NAME SELECT * FROM _art")
                con.execute("INSERT INTO events BY NAME SELECT * FROM _ev")
                con.execute("INSERT INTO event_actors BY NAME SELECT * FROM _sides")
                if stored:
                    con.execute("DELETE FROM article_profiles WHERE doc_id IN (SELECT unnest(?))", [ids])
                con.register("_profiles", stories.profile_table(latest))
                con.execute("INSERT INTO article_profiles BY NAME SELECT * FROM _profiles")
            if ids:  # coded now: an earlier skip of the same document no longer holds
                con.execute("DELETE FROM skips WHERE doc_id IN (SELECT unnest(?))", [ids])
            if skips:
                con.register("_skips", skip_table(skips, now=now))
                con.execute(  # a document skipped again (a run resumed or repeated) is one skip
                    "DELETE FROM skips WHERE (doc_id, source) IN (SELECT (doc_id, source) FROM _skips)"
                )
                con.execute("INSERT INTO skips BY NAME SELECT * FROM _skips")
            con.execute("COMMIT")
        except duckdb.Error as e:
            _rollback(con)
            raise store_error(self.path, e) from e
        finally:
            for name in ("_art", "_ev", "_sides", "_skips", "_profiles"):
                con.unregister(name)

    def load_spark(self, directory: str | Path) -> list[parquet.Loaded]:
        """Store the articles, events and skips of a `warta spark` output directory, atomically (SQL in
        warta/store/parquet.py); its documents in the order the run read them, each stored or skipped."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            loaded = parquet.load(con, Path(directory), now=now)
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException) as e:
            con.execute("ROLLBACK")
            raise StoreError(Errors.E012.format(path=self.path, detail=str(e).splitlines()[0])) from e
        return loaded

    # --- stories (SQL in warta/store/stories.py) ---------------------------------------------------

    def story_members(
        self, days: Sequence[dt.date], exclude: Sequence[str], *, undated: bool
    ) -> list[Member]:
        """Placed articles published on these days (and the undated ones, with `undated`), for the
        story index."""
        return stories.members(self._con, days, exclude, undated=undated)

    def members_of(self, doc_ids: Sequence[str]) -> list[Member]:
        """The stored articles `doc_ids` with their profiles (placed before or not), to place them."""
        return stories.members(self._con, None, (), only=doc_ids)

    def unplaced_members(self) -> list[Member]:
        """Stored articles with a profile but no story: what a run killed between storing a batch and
        placing it left behind."""
        return stories.members(self._con, None, (), placed=False)

    def stories_of(self, doc_ids: Sequence[str]) -> dict[str, str]:
        rows = self._con.execute(
            "SELECT doc_id, story_id FROM article_stories WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(doc_ids)],
        ).fetchall()
        return {str(d): str(s) for d, s in rows}

    def write_stories(
        self, placements: Sequence[Placement], groups: EventGroups, reports: Sequence[Report] | None = None
    ) -> None:
        """Store placements and grow the real-world events of the stories they touch. A story `groups`
        does not hold yet is merged once from all its stored reports; otherwise only the new articles'
        reports are added (`reports`, when the caller has them; else read back). The stories of articles
        placed before (ingested again) are merged anew."""
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            before = self.stories_of([p.doc_id for p in placements])
            stories.write_placements(con, placements, replace=bool(before))
            groups.forget({*before.values(), *(p.story_id for p in placements if p.doc_id in before)})
            groups.start(p.story_id for p in placements if p.doc_id not in before and p.story_id == p.founds)
            fresh = sorted(({p.story_id for p in placements} | set(before.values())) - groups.stories())
            new = [p for p in placements if p.story_id not in fresh]
            if reports is None:
                found = stories.reports(con, fresh, [p.doc_id for p in new])
            else:
                keep = {p.doc_id for p in new}
                found = [*stories.reports(con, fresh), *(r for r in reports if r.doc_id in keep)]
            stories.write_real_events(con, fresh, groups.add(found), found)
            con.execute("COMMIT")
        except duckdb.Error as e:
            _rollback(con)
            raise store_error(self.path, e) from e

    def replicate(self, copies: int) -> None:
        """Copy every article with its events and stories `copies` times, new ids (for load tests)."""
        try:
            replicate.replicate(self._con, copies)
        except duckdb.Error as e:
            raise StoreError(Errors.E012.format(path=self.path, detail=str(e).splitlines()[0])) from e

    def dyad(self, a: str, b: str, *, ordered: bool, by: str) -> list[dict[str, Any]]:
        return stories.dyad_rows(self._con, a, b, ordered=ordered, by=by)

    def events(self, filters: EventFilter = EventFilter()) -> list[dict[str, Any]]:
        """Events as CONTRACT.md records (the `warta code` record), in date and text order."""
        where, params = filters.where()
        sql = f"""
            SELECT e.*, {_SIDE.format(role="actor")} AS actors,
                   {_SIDE.format(role="recipient")} AS recipients, g.story_id, r.reports, r.group_id
            FROM events e LEFT JOIN event_actors a ON a.event_id = e.id AND a.doc_id = e.doc_id
            LEFT JOIN event_groups g ON g.event_id = e.id AND g.doc_id = e.doc_id
            LEFT JOIN real_events r ON r.group_id = g.group_id
            {where}
            GROUP BY ALL
            ORDER BY e.date NULLS LAST, e.doc_id, e.trigger_start
        """
        if filters.limit is not None:
            sql += " LIMIT ?"
            params.append(filters.limit)
        cur = self._con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [_record(dict(zip(names, row, strict=True))) for row in cur.fetchall()]

    def event_batches(
        self, filters: EventFilter = EventFilter(), *, size: int = 1000
    ) -> Iterator[list[dict[str, Any]]]:
        """Events as `events` records plus their article and real-world-event details, streamed in
        batches of `size` (SQL in warta/store/exports.py)."""
        where, params = filters.where()
        return exports.event_batches(self._con, where, params, limit=filters.limit, size=size, base=_record)

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "events", "skips"):
            row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def skips(self) -> list[dict[str, Any]]:
        cur = self._con.execute("SELECT doc_id, source, stage, reason FROM skips ORDER BY skipped_at, doc_id")
        return [dict(zip(("doc_id", "source", "stage", "reason"), r, strict=True)) for r in cur.fetchall()]


def memory_limit() -> str:
    """DuckDB's memory cap for a Warta process (`WARTA_DUCKDB_MEMORY`, default 384MB): its buffer pool
    would otherwise grow with the database; past the cap it spills to `<db>.tmp`."""
    return os.environ.get("WARTA_DUCKDB_MEMORY", "384MB")


_READ_ONLY = ("Permission denied", "Operation not permitted", "Read-only file system")
_FULL = ("No space left on device", "File too large", "Disk quota exceeded")


def store_error(path: str, error: duckdb.Error, default: str = Errors.E012) -> StoreError:
    """The error to raise for a failed database operation: a read-only file (E021), a full disk (E022),
    else `default` (formatted with the path and DuckDB's first line)."""
    detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    if any(k in detail for k in _READ_ONLY):
        return StoreError(Errors.E021.format(path=path, detail=detail))
    if any(k in detail for k in _FULL):
        return StoreError(Errors.E022.format(path=path, detail=detail))
    return StoreError(default.format(path=path, detail=detail))


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction; a failed COMMIT has already ended it."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def _holder(detail: str) -> str:
    """'... Conflicting lock is held in /usr/bin/python3 (PID 123) by user ...' -> 'process 123'."""
    found = re.search(r"\(PID (\d+)\)", detail)
    return f"process {found.group(1)}" if found else detail


def _place_record(row: dict[str, Any]) -> dict[str, Any] | None:
    if row["place"] is None:
        return None
    return {
        "name": row["place"],
        "text": row.get("place_text"),
        "country": row.get("place_country"),
        "precision": row.get("place_precision"),
        "geonames_id": row.get("place_geonames_id"),
        "lat": row.get("place_lat"),
        "lon": row.get("place_lon"),
    }


def _record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "doc_id": row["doc_id"],
        "lang": row["lang"],
        "event": row["event"],
        "mode": row["mode"],
        "context": list(row["context"] or []),
        "actor": [dict(a) for a in row["actors"] or []],
        "recipient": [dict(r) for r in row["recipients"] or []],
        "date": row["date"].isoformat() if row["date"] else None,
        "factuality": row["factuality"],
        "evidence": {
            "text": row["evidence_text"],
            "start": row["evidence_start"],
            "end": row["evidence_end"],
            "trigger": row["trigger"],
            "trigger_start": row["trigger_start"],
            "trigger_end": row["trigger_end"],
        },
        "speaker": row["speaker"],
        "place": _place_record(row),
        "confidence": row["confidence"],
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "quad": row["quad"],
        "plover_score": row["plover_score"],
        "why": row.get("why"),
        "story_id": row.get("story_id"),
        "reports": row.get("reports"),
        "real_event_id": row.get("group_id"),
    }
