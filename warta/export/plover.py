"""PLOVER records: the JSON record of the PLOVER 2.0 manual's "Data Fields" chapter (PLOVER.md section 6).

Every field of the manual's table is present in every record, `null` (or an empty list) where Warta
has nothing to put; entity objects carry the manual's ten entity fields and `event_loc` its location
object. What the manual has no field for (factuality, confidence, CAMEO code, the story) travels in
one extension object, `"warta"`. docs/export.md describes each field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from warta.export.codes import country

__all__ = ["AUXILIARY", "FIELDS", "effective_date", "plover_record"]

# The manual's fields, in its order (section 6 table), then Warta's extension.
FIELDS = (
    "id", "has_event", "date", "enddate", "time", "endtime", "actor", "recipient", "event", "event_loc",
    "event_text", "quad_code", "event_scale", "mode", "context", "link", "text", "text_info", "cite_info",
    "coder", "coded_date", "coded_time", "comment",
)  # fmt: skip
ENTITY_FIELDS = ("code", "sector", "entity_text", "identifier_id", "identifier_text", "religion",
                 "ethnicity", "office", "gender", "age")  # fmt: skip
# Factuality -> the manual's auxiliary modes, which it says to carry in `context` (PLOVER.md section 2).
AUXILIARY = {"negated": "negation", "anticipated": "future", "hypothetical": "hypothetical",
             "historical": "historical"}  # fmt: skip
_RESOLUTION = {"city": 4, "region": 2, "country": 1}
_FEATURE_CLASS = {"city": "P", "region": "A", "country": "A"}
CODEBOOK = "PLOVER 2.0 (draft manual, openeventdata/PLOVER@5e0c24f)"


def effective_date(rec: Mapping[str, Any]) -> tuple[dt.date | None, str | None]:
    """The event's date and where it came from: the date the text gives ("event"), else the
    article's publication date ("published", as POLECAT dates events), else none."""
    if rec.get("date"):
        return dt.date.fromisoformat(rec["date"]), "event"
    published = (rec.get("article") or {}).get("published")
    if published:
        return dt.date.fromisoformat(published), "published"
    return None, None


def _entity(member: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = dict.fromkeys(ENTITY_FIELDS)
    out |= {
        "code": member.get("code"),
        "sector": member.get("sector"),
        "entity_text": member.get("text"),
        "identifier_id": member.get("wikidata"),
        "identifier_text": member.get("name"),
    }
    return out


def _location(place: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    precision = place.get("precision")
    state = country(place.get("country"))
    return {
        "extracted_place": place.get("text"),
        "resolved_place": place.get("name"),
        "geonameid": place.get("geonames_id"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "city": place.get("name") if precision == "city" else None,
        "district": None,
        "province": place.get("name") if precision == "region" else None,
        "country": state.name if state else None,
        "country_code": place.get("country"),
        "feature_class": _FEATURE_CLASS.get(str(precision)),
        "feature_code": None,
        "resolution": _RESOLUTION.get(str(precision)),
    }


def plover_record(rec: Mapping[str, Any]) -> dict[str, Any]:
    """The PLOVER record of one event (a `Store.event_batches` record)."""
    day, source = effective_date(rec)
    evidence = rec.get("evidence") or {}
    article = rec.get("article") or {}
    coded = dt.datetime.fromisoformat(article["ingested_at"]) if article.get("ingested_at") else None
    version = article.get("coder_version")
    aux = AUXILIARY.get(str(rec.get("factuality")))
    return {
        "id": rec["id"],
        "has_event": True,
        "date": day.isoformat() if day else None,
        "enddate": None,
        "time": None,
        "endtime": None,
        "actor": [_entity(m) for m in rec.get("actor") or []],
        "recipient": [_entity(m) for m in rec.get("recipient") or []],
        "event": [rec["event"]],
        "event_loc": _location(rec.get("place")),
        "event_text": [evidence["text"]] if evidence.get("text") else [],
        "quad_code": rec.get("quad"),
        "event_scale": rec.get("plover_score"),
        "mode": [rec["mode"]] if rec.get("mode") else [],
        "context": [*(rec.get("context") or []), *([aux] if aux else [])],
        "link": rec.get("real_event_id"),
        "text": None,
        "text_info": {
            "sequence": None,
            "start": evidence.get("start"),
            "end": evidence.get("end"),
            "text_story": None,
        },
        "cite_info": {
            "corpus": None,
            "citation": rec.get("doc_id"),
            "url": article.get("url"),
            "title": article.get("title"),
            "language": rec.get("lang"),
            "publication": article.get("outlet"),
            "license": None,
            "copyright": None,
            "coder": "warta",
            "codebook": CODEBOOK,
            "version": version,
        },
        "coder": f"warta {version}" if version else "warta",
        "coded_date": coded.date().isoformat() if coded else None,
        "coded_time": coded.time().isoformat() if coded else None,
        "comment": rec.get("why") or None,
        "warta": {
            "doc_id": rec.get("doc_id"),
            "date_source": source,
            "factuality": rec.get("factuality"),
            "confidence": rec.get("confidence"),
            "cameo": rec.get("cameo"),
            "goldstein": rec.get("goldstein"),
            "speaker": rec.get("speaker"),
            "story_id": rec.get("story_id"),
            "real_event_id": rec.get("real_event_id"),
            "reports": rec.get("reports"),
            "trigger": evidence.get("trigger"),
        },
    }
