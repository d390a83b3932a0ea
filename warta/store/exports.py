"""Events for export, streamed in batches (the SQL of `Store.event_batches`).

One query joins each event with its sides, its article (title, URL, outlet, publication and ingest
times, where the lead paragraph ends) and its real-world event (how many events and articles report
it, from which outlets). Rows leave DuckDB `size` at a time: Python holds one batch of records, while
DuckDB does the joins and the sort within its own memory limit (spilling to disk beyond it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import duckdb

Record = dict[str, Any]

_MEMBER = (
    "struct_pack(code := code, sector := sector, name := name, text := text, wikidata := wikidata, "
    'start := start_offset, "end" := end_offset)'
)
_SIDES = f"""
    SELECT event_id, doc_id,
           list({_MEMBER} ORDER BY position) FILTER (WHERE role = 'actor') AS actors,
           list({_MEMBER} ORDER BY position) FILTER (WHERE role = 'recipient') AS recipients
    FROM event_actors GROUP BY event_id, doc_id
"""
_MENTIONS = """
    SELECT group_id, count(*) AS mentions, count(DISTINCT doc_id) AS articles
    FROM event_groups GROUP BY group_id
"""
# Per article: where the lead paragraph of the body ends (the body starts after the title when the
# text begins with it; the lead runs from the first non-blank character to the next line break).
_ARTICLES = r"""
    SELECT doc_id, title, url, outlet, published, ingested_at, coder_version,
           body + length(regexp_extract(substr(text, body + 1), '^\s*[^\n]*')) AS lead_end
    FROM (SELECT *, CASE WHEN title IS NOT NULL AND title <> '' AND starts_with(text, title)
                         THEN length(title) ELSE 0 END AS body
          FROM articles)
"""


def event_batches(
    con: duckdb.DuckDBPyConnection,
    where: str,
    params: list[Any],
    *,
    limit: int | None,
    size: int,
    base: Callable[[Record], Record],
) -> Iterator[list[Record]]:
    """Export records in batches of at most `size`, in date (undated last), article and text order.
    `where` and `params` come from `EventFilter.where()`; `base` makes the `events` record of a row."""
    sql = f"""
        SELECT e.*, s.actors, s.recipients, g.story_id, g.group_id, r.reports, r.outlets,
               m.mentions, m.articles, art.title, art.url, art.outlet, art.published,
               art.ingested_at, art.coder_version, e.evidence_start < art.lead_end AS lead
        FROM events e
        JOIN ({_ARTICLES}) art ON art.doc_id = e.doc_id
        LEFT JOIN ({_SIDES}) s ON s.event_id = e.id AND s.doc_id = e.doc_id
        LEFT JOIN event_groups g ON g.event_id = e.id AND g.doc_id = e.doc_id
        LEFT JOIN real_events r ON r.group_id = g.group_id
        LEFT JOIN ({_MENTIONS}) m ON m.group_id = g.group_id
        {where}
        ORDER BY e.date NULLS LAST, e.doc_id, e.trigger_start, e.id
    """
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(size):
        yield [_export_record(dict(zip(names, row, strict=True)), base) for row in rows]


def _export_record(row: Record, base: Callable[[Record], Record]) -> Record:
    published = row["published"]
    ingested = row["ingested_at"]
    return base(row) | {
        "article": {
            "title": row["title"],
            "url": row["url"],
            "outlet": row["outlet"],
            "published": published.isoformat() if published else None,
            "ingested_at": ingested.isoformat(timespec="seconds") if ingested else None,
            "coder_version": row["coder_version"],
        },
        "mentions": row["mentions"],
        "articles": row["articles"],
        "outlets": sorted(row["outlets"] or []),
        "lead": bool(row["lead"]),  # the event's sentence starts in the lead paragraph
    }
