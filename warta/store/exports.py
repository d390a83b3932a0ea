"""Events for export, streamed in batches (the SQL of `Store.event_batches`).

One query joins each event with its sides, its article (title, URL, outlet, publication and ingest
times) and its real-world event (how many events and articles report it, from which outlets); rows
leave DuckDB `size` at a time, so an export of any size holds one batch of Python records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import duckdb

Record = dict[str, Any]

_SIDES = """
    SELECT event_id, doc_id,
        list(struct_pack(code := code, sector := sector, name := name, text := text, wikidata := wikidata,
                         start := start_offset, "end" := end_offset) ORDER BY position)
            FILTER (WHERE role = 'actor') AS actors,
        list(struct_pack(code := code, sector := sector, name := name, text := text, wikidata := wikidata,
                         start := start_offset, "end" := end_offset) ORDER BY position)
            FILTER (WHERE role = 'recipient') AS recipients
    FROM event_actors GROUP BY event_id, doc_id
"""
_MENTIONS = """
    SELECT group_id, count(*) AS mentions, count(DISTINCT doc_id) AS articles
    FROM event_groups GROUP BY group_id
"""
# Paragraph starts (a line break, then text) before the evidence sentence's first character; the
# title, when the text begins with it, is not a paragraph of the body.
_PARAGRAPH = r"""
    len(regexp_extract_all(substr(art.text, 1, e.evidence_start + 1), '\n\s*\S'))
    - CASE WHEN art.title IS NOT NULL AND art.title <> '' AND starts_with(art.text, art.title)
           THEN 1 ELSE 0 END
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
               art.ingested_at, art.coder_version, greatest(0, {_PARAGRAPH}) AS paragraph
        FROM events e
        JOIN articles art ON art.doc_id = e.doc_id
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
        "paragraph": int(row["paragraph"]),
    }
