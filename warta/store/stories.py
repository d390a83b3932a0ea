"""The story tables: profiles, placements, real-world events, dyad series (all the SQL of stories)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import duckdb
import pyarrow as pa

from warta.model import Article, Profile
from warta.ontology import crosswalk
from warta.stories import Member, Placement, RealEvent, Report

PROFILE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("published", pa.date32()),
        ("lang", pa.string()),
        ("outlet", pa.string()),
        ("minhash", pa.list_(pa.uint64())),
        ("names", pa.list_(pa.string())),
        ("actors", pa.list_(pa.string())),
        ("signatures", pa.list_(pa.string())),
        ("title_words", pa.list_(pa.string())),
        ("shingles", pa.int32()),
        ("topics", pa.list_(pa.string())),
    ]
)
PERIODS = {"day": "day", "week": "week", "month": "month"}


def profile_table(articles: Sequence[Article]) -> pa.Table:
    rows = [
        {
            "doc_id": a.doc_id,
            "published": a.published,
            "lang": a.lang,
            "outlet": a.outlet,
            "minhash": list(a.profile.minhash),
            "names": sorted(a.profile.names),
            "actors": sorted(a.profile.actors),
            "signatures": sorted(a.profile.signatures),
            "title_words": sorted(a.profile.title),
            "shingles": a.profile.shingles,
            "topics": sorted(a.profile.topics),
        }
        for a in articles
        if a.profile is not None
    ]
    return pa.Table.from_pylist(rows, schema=PROFILE_SCHEMA)


def members(
    con: duckdb.DuckDBPyConnection,
    days: Sequence[dt.date] | None,
    exclude: Sequence[str],
    *,
    undated: bool = True,
    placed: bool = True,
    only: Sequence[str] | None = None,
) -> list[Member]:
    """Placed articles published on `days` (every day: None) and, with `undated`, the undated ones,
    with their profiles; with `placed` False, the articles not placed yet (story_id None), first
    published first; with `only`, those articles whether placed or not."""
    join = "LEFT JOIN" if only is not None or not placed else "JOIN"
    if only is not None:
        exclude, placed = [], True
    when = "TRUE" if days is None else "p.published IN (SELECT unnest(?::DATE[]))"
    sql = f"""
        SELECT p.doc_id, p.published, p.lang, p.minhash, p.names, p.actors, p.signatures, p.title_words,
               coalesce(p.shingles, 0), coalesce(p.topics, []), s.story_id, s.copy_of
        FROM article_profiles p {join} article_stories s USING (doc_id)
        WHERE ({when} {"OR p.published IS NULL" if undated else "AND p.published IS NOT NULL"})
          AND p.doc_id NOT IN (SELECT unnest(?::VARCHAR[])) {"" if placed else "AND s.doc_id IS NULL"}
          {"" if only is None else "AND p.doc_id IN (SELECT unnest(?::VARCHAR[]))"}
        ORDER BY p.published NULLS LAST, p.doc_id
    """
    params: list[object] = ([] if days is None else [list(days)]) + [list(exclude)]
    params += [] if only is None else [list(only)]
    out = []
    for row in con.execute(sql, params).fetchall():
        doc_id, published, lang, mh, names, actors, sigs, title, size, topics, story_id, copy_of = row
        sets = (frozenset(names), frozenset(actors), frozenset(sigs), frozenset(title))
        profile = Profile(tuple(mh), *sets, shingles=size, topics=frozenset(topics))
        out.append(Member(doc_id, published, lang, profile, story_id, copy_of))
    return out


def write_placements(
    con: duckdb.DuckDBPyConnection, placements: Sequence[Placement], *, replace: bool = True
) -> None:
    """Store placements; `replace`: some of these articles were placed before."""
    if not placements:
        return
    table = pa.Table.from_pylist(
        [
            {"doc_id": p.doc_id, "story_id": p.story_id, "copy_of": p.copy_of, "score": p.score}
            for p in placements
        ],
        schema=pa.schema(
            [
                ("doc_id", pa.string()),
                ("story_id", pa.string()),
                ("copy_of", pa.string()),
                ("score", pa.float64()),
            ]
        ),
    )
    con.register("_placed", table)
    try:
        if replace:
            con.execute("DELETE FROM article_stories WHERE doc_id IN (SELECT doc_id FROM _placed)")
        con.execute("INSERT INTO article_stories BY NAME SELECT * FROM _placed")
    finally:
        con.unregister("_placed")


def reports(
    con: duckdb.DuckDBPyConnection, story_ids: Sequence[str] = (), doc_ids: Sequence[str] = ()
) -> list[Report]:
    """Every coded event of the stories' articles, and of the given articles, as reports to merge."""
    if not story_ids and not doc_ids:
        return []
    sql = """
        WITH s AS (  -- the few articles wanted first, then their events and sides
            SELECT doc_id, story_id, copy_of FROM article_stories
            WHERE story_id IN (SELECT unnest(?::VARCHAR[])) OR doc_id IN (SELECT unnest(?::VARCHAR[]))
        )
        SELECT e.id, e.doc_id, s.story_id, e.event, e.factuality,
               list(a.code ORDER BY a.position) FILTER (WHERE a.role = 'actor') AS actors,
               list(a.code ORDER BY a.position) FILTER (WHERE a.role = 'recipient') AS recipients,
               e.date, art.published, art.outlet, s.copy_of, e.mode
        FROM s
        JOIN events e ON e.doc_id = s.doc_id
        JOIN articles art ON art.doc_id = s.doc_id
        LEFT JOIN event_actors a ON a.event_id = e.id AND a.doc_id = e.doc_id
        GROUP BY ALL
    """
    out = []
    for row in con.execute(sql, [list(story_ids), list(doc_ids)]).fetchall():
        ev_id, doc_id, story_id, event, fact, actors, recipients, date, published, outlet, copy_of, mode = row
        out.append(
            Report(
                ev_id, doc_id, story_id, event, fact, tuple(c or "" for c in actors or ()),
                tuple(c or "" for c in recipients or ()), date, published, outlet, copy_of, mode,
            )
        )  # fmt: skip
    return out


def write_real_events(
    con: duckdb.DuckDBPyConnection,
    story_ids: Sequence[str],
    real: Sequence[RealEvent],
    added: Sequence[Report],
) -> None:
    """Replace the real-world events of the given stories, and the given real-world events; the `added`
    reports (the given stories' and new ones) join their groups. Nothing is read back from `events`:
    a real-world event's row comes from its first report, so the cost does not grow with the store."""
    if story_ids:
        for table in ("event_groups", "real_events"):
            sql = f"DELETE FROM {table} WHERE story_id IN (SELECT unnest(?::VARCHAR[]))"
            con.execute(sql, [list(story_ids)])
    if not real:
        return
    group_of = {(r.event_id, r.doc_id): e.group_id for e in real for r in e.reports}
    groups = pa.Table.from_pylist(
        [
            {"event_id": r.event_id, "doc_id": r.doc_id, "group_id": group_of[(r.event_id, r.doc_id)],
             "story_id": r.story_id}
            for r in added
            if (r.event_id, r.doc_id) in group_of
        ],
        schema=pa.schema([(n, pa.string()) for n in ("event_id", "doc_id", "group_id", "story_id")]),
    )  # fmt: skip
    firsts = pa.Table.from_pylist([_real_row(e) for e in real], schema=REAL_SCHEMA)
    con.register("_groups", groups)
    con.register("_firsts", firsts)
    try:
        con.execute("INSERT INTO event_groups BY NAME SELECT * FROM _groups")
        con.execute("INSERT OR REPLACE INTO real_events BY NAME SELECT * FROM _firsts")  # by group_id
    finally:
        con.unregister("_groups")
        con.unregister("_firsts")


REAL_SCHEMA = pa.schema(
    [
        ("group_id", pa.string()), ("story_id", pa.string()), ("event", pa.string()), ("mode", pa.string()),
        ("factuality", pa.string()), ("actor_code", pa.string()), ("recipient_code", pa.string()),
        ("date", pa.date32()), ("reports", pa.int32()), ("outlets", pa.list_(pa.string())),
        ("first_published", pa.date32()), ("first_event_id", pa.string()), ("quad", pa.int32()),
        ("plover_score", pa.float64()),
    ]
)  # fmt: skip


def _real_row(e: RealEvent) -> dict[str, Any]:
    first = e.first
    xw = crosswalk(first.event, first.mode)
    return {
        "group_id": e.group_id, "story_id": e.story_id, "event": first.event, "mode": first.mode,
        "factuality": first.factuality, "actor_code": (first.actors or ("",))[0] or None,
        "recipient_code": (first.recipients or ("",))[0] or None, "date": _date(e), "reports": e.articles,
        "outlets": list(e.outlets), "first_published": first.published, "first_event_id": first.event_id,
        "quad": xw.quad, "plover_score": xw.plover_score,
    }  # fmt: skip


def _date(e: RealEvent) -> dt.date | None:
    """The day of a real-world event: the one most of its reports give."""
    days = [r.date for r in e.reports if r.date is not None]
    return max(set(days), key=days.count) if days else None


def dyad_rows(
    con: duckdb.DuckDBPyConnection, a: str, b: str, *, ordered: bool, by: str, asserted_only: bool = True
) -> list[dict[str, Any]]:
    """Deduplicated events between two codes per period: counts by type and quad, PLOVER score sum/mean."""
    pair = "(actor_code = ? AND recipient_code = ?)"
    where = pair if ordered else f"({pair} OR {pair})"
    params: list[Any] = [a, b] if ordered else [a, b, b, a]
    if asserted_only:
        where += " AND factuality = 'asserted'"
    sql = f"""
        SELECT date_trunc('{PERIODS[by]}', coalesce(date, first_published)) AS period, event, quad,
               count(*) AS events, sum(reports) AS reports, sum(plover_score) AS score_sum
        FROM real_events
        WHERE {where} AND coalesce(date, first_published) IS NOT NULL
        GROUP BY ALL ORDER BY period, event
    """
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
