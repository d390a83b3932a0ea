"""Grow a store by copying its rows in SQL, for load tests (`scripts/loadtest.py`): copy k of every
article, event, event side, story placement and real-world event gets the suffix '~k' on its ids and
dates k weeks later, so the copies stay distinct stories on a longer timeline. Profiles are not copied
(copies are for reading, not for placing new articles against)."""

from __future__ import annotations

import duckdb

# table -> the columns that get the suffix, and the date columns that move
_TABLES = {
    "articles": (("doc_id",), ("published",)),
    "events": (("id", "doc_id"), ("date",)),
    "event_actors": (("event_id", "doc_id"), ()),
    "article_stories": (("doc_id", "story_id", "copy_of"), ()),
    "real_events": (("group_id", "story_id", "first_event_id"), ("date", "first_published")),
    "event_groups": (("event_id", "doc_id", "group_id", "story_id"), ()),
}
_ORIGINAL = {"articles": "doc_id", "events": "doc_id", "event_actors": "doc_id", "article_stories": "doc_id",
             "real_events": "story_id", "event_groups": "doc_id"}  # fmt: skip


def replicate(con: duckdb.DuckDBPyConnection, copies: int) -> None:
    """Add `copies` copies of the rows that are not copies themselves, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table, (ids, dates) in _TABLES.items():
            moved = [f"{c} || '~' || k AS {c}" for c in ids] + [
                f"{c} + CAST(7 * k AS INTEGER) AS {c}" for c in dates
            ]
            con.execute(
                f"""
                INSERT INTO {table} BY NAME
                SELECT * EXCLUDE (k) REPLACE ({", ".join(moved)})
                FROM {table}, range(1, ? + 1) AS copies(k)
                WHERE NOT contains({_ORIGINAL[table]}, '~')
                """,
                [copies],
            )
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
