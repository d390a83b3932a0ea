"""Read queries of the HTTP API: pages of events (filters, sorting, paging), one event with every report
of it across outlets, articles with their spans; stories, actors and dyads live in `catalog.py`.

A `Reader` runs on a DuckDB cursor of its own (one per request): cursors of one connection may be used
from different threads, and each sees the last committed data while the server's ingest worker writes.
Parameters are always bound; sort columns come from the `SORTS` whitelist, never from the request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

import duckdb

from warta.errors import Errors, StoreError, TimeLimitError
from warta.store import catalog
from warta.store.catalog import dicts, scalar
from warta.store.db import EventFilter, _record

T = TypeVar("T")

# sort key -> SQL expression (the only way a request's words reach ORDER BY)
SORTS = {
    "date": "e.date",
    "confidence": "e.confidence",
    "type": "e.event",
    "reports": "r.reports",
    "actor": "e.actor_code",
    "recipient": "e.recipient_code",
    "score": "e.plover_score",
}
_TIEBREAK = "e.doc_id, e.trigger_start, e.id"
_JOINS = """
    LEFT JOIN event_groups g ON g.event_id = e.id AND g.doc_id = e.doc_id
    LEFT JOIN real_events r ON r.group_id = g.group_id
"""
_ARTICLE = "doc_id, title, outlet, published, lang, url"
_MEMBER = 'event_id, role, code, sector, name, text, wikidata, start_offset AS start, end_offset AS "end"'
# Indexes for the point look-ups of `_records` (made once by the server: `Reader.ensure_indexes`).
_INDEXES = {
    "events_id": "events(id)",
    "event_actors_event": "event_actors(event_id)",
    "event_groups_event": "event_groups(event_id)",
}


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of `GET /api/events`: the CLI's filters plus a dyad, a text search and a real-world
    event, sorted by a `SORTS` key ('-date' for newest first)."""

    filters: EventFilter = field(default_factory=EventFilter)
    dyad: tuple[str, str] | None = None  # events between the two codes, either way round
    text: str | None = None  # words in the evidence sentence (case-insensitive, literal)
    real_event: str | None = None  # the reports of one real-world event
    sort: str = "-date"
    limit: int = 50
    offset: int = 0

    def where(self) -> tuple[str, list[Any]]:
        """The CLI's filters, with the story ones as subqueries (so a page joins no story table)."""
        where, params = replace(self.filters, story=None, dedup=False).where()
        clauses = [where.removeprefix(" WHERE ")] if where else []
        if self.filters.story is not None:
            clauses.append("e.doc_id IN (SELECT doc_id FROM article_stories WHERE story_id = ?)")
            params.append(self.filters.story)
        if self.filters.dedup:  # one row per real-world event: its first report (or an ungrouped event)
            clauses.append(
                "e.id NOT IN (SELECT g.event_id FROM event_groups g JOIN real_events r "
                "ON r.group_id = g.group_id WHERE r.first_event_id <> g.event_id)"
            )
        if self.real_event is not None:
            clauses.append("e.id IN (SELECT event_id FROM event_groups WHERE group_id = ?)")
            params.append(self.real_event)
        if self.dyad is not None:
            side = "e.id IN (SELECT event_id FROM event_actors WHERE role = ? AND code = ?)"
            clauses.append(f"(({side} AND {side}) OR ({side} AND {side}))")
            a, b = self.dyad
            params += ["actor", a, "recipient", b, "actor", b, "recipient", a]
        if self.text:
            clauses.append("contains(lower(e.evidence_text), lower(?))")
            params.append(self.text)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def needs_stories(self) -> bool:
        """Whether the sort reads the story tables (joined only then)."""
        return self.sort.endswith("reports")

    def order(self) -> str:
        key = self.sort.removeprefix("-")
        if key not in SORTS:
            raise StoreError(Errors.E010.format(what="sort", value=self.sort, opts=", ".join(sort_keys())))
        direction = "DESC" if self.sort.startswith("-") else "ASC"
        return f"{SORTS[key]} {direction} NULLS LAST, {_TIEBREAK}"


def sort_keys() -> list[str]:
    return [k for key in SORTS for k in (key, f"-{key}")]


class Reader:
    """The API's read queries on one cursor. `interrupt()` (from another thread) stops the running query,
    which then raises `TimeLimitError`; close the reader when the request is done."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self._con = con
        self.path = path
        self.time_limit = 0.0  # seconds, for the message of an interrupted query

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def interrupt(self) -> None:
        self._con.interrupt()

    def _run(self, query: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        try:
            return query(self._con)
        except duckdb.InterruptException as e:
            raise TimeLimitError(Errors.E019.format(seconds=self.time_limit)) from e
        except duckdb.Error as e:
            raise StoreError(Errors.E007.format(path=self.path, detail=str(e).splitlines()[0])) from e

    def events(self, page: EventPage) -> tuple[int, list[dict[str, Any]]]:
        """The total number of matching events and the records of one page of them."""
        where, params = page.where()
        order = page.order()
        joins = _JOINS if page.needs_stories() else ""

        def query(con: duckdb.DuckDBPyConnection) -> tuple[int, list[dict[str, Any]]]:
            # with filters, the page and the total in one pass; without, the count is free
            total_sql = "count(*) OVER ()" if where else "NULL"
            sql = f"SELECT e.id, {total_sql} FROM events e {joins} {where} ORDER BY {order} LIMIT ? OFFSET ?"
            rows = con.execute(sql, [*params, page.limit, page.offset]).fetchall()
            if rows and rows[0][1] is not None:
                total = int(rows[0][1])
            else:  # no filter, past the end, or nothing matches
                total = scalar(con, f"SELECT count(*) FROM events e {where}", params)
            return total, _records(con, [str(r[0]) for r in rows])

        return self._run(query)

    def event(self, event_id: str) -> dict[str, Any] | None:
        """`{"event": record, "reports": [record...]}`: every report of its real-world event across
        outlets, itself included (just itself when the article was not placed in a story)."""

        def query(con: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
            found = _records(con, [event_id])
            if not found:
                return None
            record = found[0]
            group = record["real_event_id"]
            if group is None:
                return {"event": record, "reports": [record]}
            ids = con.execute(
                """
                SELECT g.event_id FROM event_groups g JOIN articles art USING (doc_id)
                WHERE g.group_id = ? ORDER BY art.published NULLS LAST, art.outlet, g.doc_id
                """,
                [group],
            ).fetchall()
            return {"event": record, "reports": _records(con, [str(i[0]) for i in ids])}

        return self._run(query)

    def article(self, doc_id: str) -> dict[str, Any] | None:
        """An article's text and metadata, its story and its events (in text order)."""

        def query(con: duckdb.DuckDBPyConnection) -> dict[str, Any] | None:
            rows = dicts(
                con,
                f"""
                SELECT {_ARTICLE}, text, n_sentences, s.story_id, s.copy_of
                FROM articles LEFT JOIN article_stories s USING (doc_id) WHERE doc_id = ?
                """,
                [doc_id],
            )
            if not rows:
                return None
            ids = con.execute(
                "SELECT id FROM events WHERE doc_id = ? ORDER BY trigger_start, id", [doc_id]
            ).fetchall()
            return rows[0] | {"events": _records(con, [str(i[0]) for i in ids])}

        return self._run(query)

    def counts(self) -> dict[str, int]:
        return self._run(catalog.counts)

    def ensure_indexes(self) -> None:
        """Create the indexes of the API's point look-ups if missing (once per database file)."""

        def query(con: duckdb.DuckDBPyConnection) -> None:
            for name, target in _INDEXES.items():
                con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")

        self._run(query)

    def stories(self, *, text: str | None, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        return self._run(lambda con: catalog.stories(con, text=text, limit=limit, offset=offset))

    def story(self, story_id: str) -> dict[str, Any] | None:
        return self._run(lambda con: catalog.story(con, story_id))

    def actors(self, *, text: str | None, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        return self._run(lambda con: catalog.actors(con, text=text, limit=limit, offset=offset))

    def actor(self, code: str) -> dict[str, Any] | None:
        return self._run(lambda con: catalog.actor(con, code))

    def dyads(self, *, limit: int) -> list[dict[str, Any]]:
        return self._run(lambda con: catalog.top_dyads(con, limit=limit))

    def dyad(self, a: str, b: str, *, ordered: bool, by: str) -> list[dict[str, Any]]:
        return self._run(lambda con: catalog.dyad(con, a, b, ordered=ordered, by=by))


def _records(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The CLI's event records (with story and reports) plus their article, in the order of `ids`.
    Point look-ups by id lists (indexed: `ensure_indexes`), joined here rather than in SQL, so a page
    of events costs a few index probes instead of scans of the large tables."""
    if not ids:
        return []
    ids = list(dict.fromkeys(ids))
    rows = dicts(con, f"SELECT * FROM events WHERE id IN ({_marks(ids)})", ids)
    sides: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for m in dicts(
        con, f"SELECT {_MEMBER} FROM event_actors WHERE event_id IN ({_marks(ids)}) ORDER BY position", ids
    ):
        sides.setdefault((m.pop("event_id"), m.pop("role")), []).append(m)
    groups = {
        g["event_id"]: g
        for g in dicts(
            con,
            f"SELECT event_id, group_id, story_id FROM event_groups WHERE event_id IN ({_marks(ids)})",
            ids,
        )
    }
    group_ids = sorted({g["group_id"] for g in groups.values()})
    reports = (
        dict(
            con.execute(
                f"SELECT group_id, reports FROM real_events WHERE group_id IN ({_marks(group_ids)})",
                group_ids,
            ).fetchall()
        )
        if group_ids
        else {}
    )
    docs = sorted({r["doc_id"] for r in rows})
    articles = {
        a["doc_id"]: a
        for a in dicts(con, f"SELECT {_ARTICLE} FROM articles WHERE doc_id IN ({_marks(docs)})", docs)
    }
    by_id = {}
    for row in rows:
        group = groups.get(row["id"], {})
        row |= {
            "actors": sides.get((row["id"], "actor"), []),
            "recipients": sides.get((row["id"], "recipient"), []),
            "story_id": group.get("story_id"),
            "group_id": group.get("group_id"),
            "reports": reports.get(group.get("group_id")),
        }
        by_id[row["id"]] = _api_record(row, articles.get(row["doc_id"], {"doc_id": row["doc_id"]}))
    return [by_id[i] for i in ids if i in by_id]


def _marks(values: Sequence[Any]) -> str:
    """One bound-parameter mark per value (the values themselves are never put in the SQL)."""
    return ", ".join("?" * len(values))


def _api_record(row: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    published: dt.date | None = article.get("published")
    return _record(row) | {
        "article": {
            "doc_id": row["doc_id"],
            "title": article.get("title"),
            "outlet": article.get("outlet"),
            "published": published.isoformat() if published else None,
            "lang": article.get("lang"),
            "url": article.get("url"),
        },
    }
