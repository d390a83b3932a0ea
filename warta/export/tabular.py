"""Flat rows for CSV and Parquet: one row per event, the same columns in both.

The first eleven columns are those of `warta events --format csv`, in its order; the rest add the
event's first actor and recipient, place, scores, article and story. Values are typed (dates, numbers,
the context list); `csv_cells` turns a row into strings (empty for none, ';' between contexts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

__all__ = ["ARROW_SCHEMA", "COLUMNS", "csv_cells", "tabular_row"]

_S, _F, _I = pa.string(), pa.float64(), pa.int32()
ARROW_SCHEMA = pa.schema(
    [
        ("date", pa.date32()), ("event", _S), ("mode", _S), ("actor", _S), ("recipient", _S),
        ("factuality", _S), ("conf", _F), ("reports", _I), ("doc_id", _S), ("trigger", _S), ("evidence", _S),
        ("id", _S), ("lang", _S), ("context", pa.list_(_S)),
        ("actor_code", _S), ("actor_sector", _S), ("actor_name", _S), ("actor_text", _S),
        ("actor_wikidata", _S),
        ("recipient_code", _S), ("recipient_sector", _S), ("recipient_name", _S), ("recipient_text", _S),
        ("recipient_wikidata", _S),
        ("confidence", _F), ("cameo", _S), ("goldstein", _F), ("quad", _I), ("plover_score", _F),
        ("place", _S), ("place_text", _S), ("place_country", _S), ("place_precision", _S),
        ("place_geonames_id", pa.int64()), ("place_lat", _F), ("place_lon", _F), ("speaker", _S),
        ("title", _S), ("url", _S), ("outlet", _S), ("published", pa.date32()),
        ("story_id", _S), ("real_event_id", _S), ("evidence_start", _I), ("evidence_end", _I), ("why", _S),
    ]
)  # fmt: skip
COLUMNS: tuple[str, ...] = tuple(ARROW_SCHEMA.names)


def _side(members: Sequence[Mapping[str, Any]]) -> str | None:
    """All members as `warta events` shows them: CODE/SECTOR joined by '+'."""
    shown = [f"{m.get('code')}" + (f"/{m['sector']}" if m.get("sector") else "") for m in members]
    return "+".join(shown) or None


def _first(role: str, members: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    first = members[0] if members else {}
    return {f"{role}_{key}": first.get(key) for key in ("code", "sector", "name", "text", "wikidata")}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def tabular_row(rec: Mapping[str, Any]) -> dict[str, Any]:
    """The flat row of one event (a `Store.event_batches` record), values typed as ARROW_SCHEMA says."""
    actors, recipients = rec.get("actor") or [], rec.get("recipient") or []
    evidence = rec.get("evidence") or {}
    place = rec.get("place") or {}
    article = rec.get("article") or {}
    confidence = rec.get("confidence")
    row = {
        "date": _date(rec.get("date")),
        "event": rec.get("event"),
        "mode": rec.get("mode"),
        "actor": _side(actors),
        "recipient": _side(recipients),
        "factuality": rec.get("factuality"),
        "conf": None if confidence is None else round(float(confidence), 2),
        "reports": rec.get("reports"),
        "doc_id": rec.get("doc_id"),
        "trigger": evidence.get("trigger"),
        "evidence": evidence.get("text"),
        "id": rec.get("id"),
        "lang": rec.get("lang"),
        "context": list(rec.get("context") or []),
        **_first("actor", actors),
        **_first("recipient", recipients),
        "confidence": confidence,
        "cameo": rec.get("cameo"),
        "goldstein": rec.get("goldstein"),
        "quad": rec.get("quad"),
        "plover_score": rec.get("plover_score"),
        "place": place.get("name"),
        "place_text": place.get("text"),
        "place_country": place.get("country"),
        "place_precision": place.get("precision"),
        "place_geonames_id": place.get("geonames_id"),
        "place_lat": place.get("lat"),
        "place_lon": place.get("lon"),
        "speaker": rec.get("speaker"),
        "title": article.get("title"),
        "url": article.get("url"),
        "outlet": article.get("outlet"),
        "published": _date(article.get("published")),
        "story_id": rec.get("story_id"),
        "real_event_id": rec.get("real_event_id"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "why": rec.get("why"),
    }
    return {column: row[column] for column in COLUMNS}


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if column == "conf":
        return f"{value:.2f}"
    return str(value)


def csv_cells(row: Mapping[str, Any]) -> list[str]:
    """A tabular row as CSV cells, in COLUMNS order."""
    return [_cell(column, row[column]) for column in COLUMNS]
