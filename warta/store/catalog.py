"""Read queries over stories, actors and dyads for the HTTP API (all parameters bound).

Functions take a DuckDB connection or cursor and return plain records; `queries.Reader` calls them.
"""

from __future__ import annotations

from typing import Any

import duckdb

from warta.store import stories as story_tables

_STORIES = """
    WITH s AS (
        SELECT st.story_id, count(*) AS articles,
               list(DISTINCT art.outlet ORDER BY art.outlet) FILTER (WHERE art.outlet IS NOT NULL) AS outlets,
               list(DISTINCT art.lang ORDER BY art.lang) FILTER (WHERE art.lang IS NOT NULL) AS langs,
               min(art.published) AS first_published, max(art.published) AS last_published,
               arg_min(coalesce(nullif(trim(art.title), ''), left(art.text, 120)),
                       (art.published IS NULL, art.published, art.doc_id)) AS title,
               sum(art.n_events) AS events
        FROM article_stories st JOIN articles art USING (doc_id)
        GROUP BY st.story_id
    ), r AS (SELECT story_id, count(*) AS real_events FROM real_events GROUP BY story_id)
    SELECT s.*, coalesce(r.real_events, 0) AS real_events FROM s LEFT JOIN r USING (story_id)
"""
_STORY_FILTER = " WHERE (?::VARCHAR IS NULL OR contains(lower(s.title), lower(?)))"
_ACTORS = """
    WITH a AS (
        SELECT code, mode(name) AS name,
               count(DISTINCT event_id) FILTER (WHERE role = 'actor') AS as_actor,
               count(DISTINCT event_id) FILTER (WHERE role = 'recipient') AS as_recipient,
               count(DISTINCT event_id) AS events
        FROM event_actors WHERE code IS NOT NULL GROUP BY code
    )
    SELECT * FROM a
"""
_ACTOR_FILTER = (
    " WHERE (?::VARCHAR IS NULL OR contains(lower(code), lower(?)) OR contains(lower(name), lower(?)))"
)


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    row = con.execute(
        """
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
               (SELECT count(DISTINCT story_id) FROM article_stories), (SELECT count(*) FROM real_events)
        """
    ).fetchone()
    values = row or (0, 0, 0, 0)
    return dict(zip(("articles", "events", "stories", "real_events"), map(int, values), strict=True))


def stories(
    con: duckdb.DuckDBPyConnection, *, text: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Stories with the most articles first (then the most recent); `text` searches their titles."""
    total = scalar(con, f"SELECT count(*) FROM ({_STORIES}) s {_STORY_FILTER}", [text, text])
    rows = dicts(
        con,
        f"""SELECT * FROM ({_STORIES}) s {_STORY_FILTER}
        ORDER BY articles DESC, last_published DESC NULLS LAST, story_id LIMIT ? OFFSET ?""",
        [text, text, limit, offset],
    )
    return total, rows


def story(con: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any] | None:
    """A story's summary, its articles (copies name their original) and its real-world events."""
    found = dicts(con, f"SELECT * FROM ({_STORIES}) s WHERE story_id = ?", [story_id])
    if not found:
        return None
    articles = dicts(
        con,
        """
        SELECT art.doc_id, art.title, art.outlet, art.published, art.lang, art.url, art.n_events,
               st.copy_of, st.score
        FROM article_stories st JOIN articles art USING (doc_id)
        WHERE st.story_id = ? ORDER BY art.published NULLS LAST, art.doc_id
        """,
        [story_id],
    )
    real = dicts(
        con,
        """
        SELECT r.group_id, r.event, r.mode, r.factuality, r.actor_code, r.recipient_code, r.date, r.reports,
               r.outlets, r.first_published, r.first_event_id, r.quad, r.plover_score,
               e.evidence_text, e.trigger
        FROM real_events r LEFT JOIN events e ON e.id = r.first_event_id
        WHERE r.story_id = ?
        ORDER BY coalesce(r.date, r.first_published) NULLS LAST, r.reports DESC, r.group_id
        """,
        [story_id],
    )
    return {"story": found[0], "articles": articles, "real_events": real}


def actors(
    con: duckdb.DuckDBPyConnection, *, text: str | None, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """Actor codes by the number of events they take part in; `text` searches codes and names."""
    params = [text, text, text]
    total = scalar(con, f"SELECT count(*) FROM ({_ACTORS}) x {_ACTOR_FILTER}", params)
    rows = dicts(
        con,
        f"{_ACTORS} {_ACTOR_FILTER} ORDER BY events DESC, code LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, rows


def actor(con: duckdb.DuckDBPyConnection, code: str) -> dict[str, Any] | None:
    """One code: its counts, how texts name it, its sectors, event types by role, its main partners."""
    found = dicts(con, f"{_ACTORS} WHERE code = ?", [code])
    if not found:
        return None
    mentions = dicts(
        con,
        "SELECT text, count(*) AS n FROM event_actors WHERE code = ? AND text <> '' "
        "GROUP BY text ORDER BY n DESC, text LIMIT 12",
        [code],
    )
    sectors = dicts(
        con,
        "SELECT sector, count(*) AS n FROM event_actors WHERE code = ? "
        "GROUP BY sector ORDER BY n DESC, sector",
        [code],
    )
    types = dicts(
        con,
        """
        SELECT a.role, e.event, count(DISTINCT e.id) AS n
        FROM event_actors a JOIN events e ON e.id = a.event_id AND e.doc_id = a.doc_id
        WHERE a.code = ? GROUP BY ALL ORDER BY a.role, n DESC, e.event
        """,
        [code],
    )
    partners = dicts(
        con,
        """
        SELECT o.code, count(DISTINCT a.event_id) AS n
        FROM event_actors a
        JOIN event_actors o ON o.event_id = a.event_id AND o.doc_id = a.doc_id AND o.role <> a.role
        WHERE a.code = ? AND o.code IS NOT NULL AND o.code <> ?
        GROUP BY o.code ORDER BY n DESC, o.code LIMIT 12
        """,
        [code, code],
    )
    return {"actor": found[0], "mentions": mentions, "sectors": sectors, "types": types, "partners": partners}


def top_dyads(con: duckdb.DuckDBPyConnection, *, limit: int) -> list[dict[str, Any]]:
    """Pairs of codes (either way round) with the most reported dated, asserted real-world events."""
    return dicts(
        con,
        """
        SELECT least(actor_code, recipient_code) AS a, greatest(actor_code, recipient_code) AS b,
               count(*) AS events, sum(reports) AS reports
        FROM real_events
        WHERE actor_code IS NOT NULL AND recipient_code IS NOT NULL AND actor_code <> recipient_code
          AND factuality = 'asserted' AND coalesce(date, first_published) IS NOT NULL
        GROUP BY ALL ORDER BY reports DESC, events DESC, a, b LIMIT ?
        """,
        [limit],
    )


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, *, ordered: bool, by: str) -> list[dict[str, Any]]:
    """The store's per-period dyad rows (as `warta dyad`): see `stories.dyad_rows`."""
    return story_tables.dyad_rows(con, a, b, ordered=ordered, by=by)


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
    row = con.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
