"""Articles, events and skips as column lists (Arrow tables) for batch inserts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from warta.model import Article, Event, Skip, scrub

ARTICLE_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("content_hash", pa.string()),
        ("source", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.date32()),
        ("published_raw", pa.string()),
        ("lang", pa.string()),
        ("lang_score", pa.float64()),
        ("text", pa.string()),
        ("n_sentences", pa.int32()),
        ("n_events", pa.int32()),
        ("coder_version", pa.string()),
        ("ingested_at", pa.timestamp("us")),
    ]
)
EVENT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("doc_id", pa.string()),
        ("lang", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("context", pa.list_(pa.string())),
        ("date", pa.date32()),
        ("factuality", pa.string()),
        ("evidence_text", pa.string()),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("trigger", pa.string()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("speaker", pa.string()),
        ("place", pa.string()),
        ("confidence", pa.float64()),
        ("cameo", pa.string()),
        ("goldstein", pa.float64()),
        ("quad", pa.int32()),
        ("plover_score", pa.float64()),
        ("actor_code", pa.string()),
        ("recipient_code", pa.string()),
        ("why", pa.string()),
        ("place_text", pa.string()),
        ("place_country", pa.string()),
        ("place_precision", pa.string()),
        ("place_geonames_id", pa.int64()),
        ("place_lat", pa.float64()),
        ("place_lon", pa.float64()),
    ]
)
ACTOR_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("doc_id", pa.string()),
        ("role", pa.string()),
        ("position", pa.int32()),
        ("code", pa.string()),
        ("sector", pa.string()),
        ("name", pa.string()),
        ("text", pa.string()),
        ("wikidata", pa.string()),
        ("start_offset", pa.int32()),
        ("end_offset", pa.int32()),
    ]
)
SKIP_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("skipped_at", pa.timestamp("us")),
    ]
)


def _table(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


def article_table(articles: Sequence[Article], *, coder_version: str, now: dt.datetime) -> pa.Table:
    return _table(
        [
            {
                "doc_id": a.doc_id,
                "content_hash": a.content_hash,
                "source": a.source,
                "title": a.title,
                "url": a.url,
                "outlet": a.outlet,
                "published": a.published,
                "published_raw": a.published_raw,
                "lang": a.lang,
                "lang_score": a.lang_score,
                "text": a.text,
                "n_sentences": len(a.sentences),
                "n_events": len(a.events),
                "coder_version": coder_version,
                "ingested_at": now,
            }
            for a in articles
        ],
        ARTICLE_SCHEMA,
    )


def event_record(ev: Event) -> dict[str, Any]:
    """An event's own columns (no doc_id, no sides): the events table's row and the Spark output's."""
    place = ev.place
    return {
        "id": ev.id,
        "lang": ev.lang,
        "event": ev.event,
        "mode": ev.mode,
        "context": list(ev.context),
        "date": ev.date,
        "factuality": ev.factuality,
        "evidence_text": ev.evidence.text,
        "evidence_start": ev.evidence.start,
        "evidence_end": ev.evidence.end,
        "trigger": ev.evidence.trigger,
        "trigger_start": ev.evidence.trigger_start,
        "trigger_end": ev.evidence.trigger_end,
        "speaker": ev.speaker,
        "place": place.name if place else None,
        "confidence": ev.confidence,
        "cameo": ev.cameo,
        "goldstein": ev.goldstein,
        "quad": ev.quad,
        "plover_score": ev.plover_score,
        "actor_code": ev.actor[0].code if ev.actor else None,
        "recipient_code": ev.recipient[0].code if ev.recipient else None,
        "why": ev.why,
        "place_text": place.text if place else None,
        "place_country": place.country if place else None,
        "place_precision": place.precision if place else None,
        "place_geonames_id": place.geonames_id if place else None,
        "place_lat": place.lat if place else None,
        "place_lon": place.lon if place else None,
    }


def event_tables(articles: Sequence[Article]) -> tuple[pa.Table, pa.Table]:
    events: list[dict[str, Any]] = []
    sides: list[dict[str, Any]] = []
    for a in articles:
        for ev in a.events:
            events.append({"doc_id": ev.doc_id, **event_record(ev)})
            for role, members in (("actor", ev.actor), ("recipient", ev.recipient)):
                for position, m in enumerate(members):
                    sides.append(
                        {
                            "event_id": ev.id,
                            "doc_id": ev.doc_id,
                            "role": role,
                            "position": position,
                            "code": m.code,
                            "sector": m.sector,
                            "name": m.name,
                            "text": m.text,
                            "wikidata": m.wikidata,
                            "start_offset": m.start,
                            "end_offset": m.end,
                        }
                    )
    return _table(events, EVENT_SCHEMA), _table(sides, ACTOR_SCHEMA)


def skip_table(skips: Sequence[Skip], *, now: dt.datetime) -> pa.Table:
    return _table(
        [
            {
                "doc_id": scrub(s.doc_id),
                "source": scrub(s.source),
                "stage": s.stage,
                "reason": scrub(s.reason),
                "skipped_at": now,
            }
            for s in skips
        ],
        SKIP_SCHEMA,
    )
