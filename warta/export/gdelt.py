"""GDELT 2.0 event rows: the 61 columns of the GDELT 2.0 Event codebook, in order, as strings.

Every column, what Warta fills it with and what it leaves blank (and why) is in docs/gdelt.md. Codes
stay strings ("042", never 42); blank cells are empty strings; no cell holds a tab or a line break.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from warta.export.codes import NON_STATE, actor_type, country, known_group, quad_class
from warta.export.plover import effective_date

__all__ = ["COLUMNS", "gdelt_row", "global_event_id"]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
_HEX_ID = re.compile(r"[0-9a-f]{16}")
_SPACE = re.compile(r"[\t\r\n]+")
_INT63 = (1 << 63) - 1
# GDELT's geographic types: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1.
_GEO_TYPES = {("country", False): 1, ("region", True): 2, ("city", True): 3, ("city", False): 4,
              ("region", False): 5, ("country", True): 1}  # fmt: skip


def global_event_id(event_id: str) -> int:
    """A stable non-negative 63-bit integer for a Warta event id: the id's own 64 bits (its 16 hex
    digits) without the top bit; any other id is hashed (BLAKE2b, 8 bytes) first."""
    if _HEX_ID.fullmatch(event_id):
        return int(event_id, 16) & _INT63
    return int.from_bytes(hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest(), "big") & _INT63


def _text(value: object) -> str:
    if value is None:
        return ""
    return _SPACE.sub(" ", str(value)).strip()


def _number(value: float | int | None) -> str:
    return "" if value is None else str(float(value)) if isinstance(value, float) else str(value)


def _dates(day: dt.date | None) -> list[str]:
    """Day, MonthYear, Year and FractionDate (GDELT's year + ((month - 1) * 30 + day) / 365)."""
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + ((day.month - 1) * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _actor(members: Sequence[Mapping[str, Any]]) -> list[str]:
    """The ten Actor* cells of a side's first member (blank if the side is empty)."""
    if not members:
        return [""] * len(_ACTOR)
    first = members[0]
    code, name = first.get("code"), first.get("name")
    kind = actor_type(first.get("sector"))
    state = country(code)
    types: list[str | None]
    if state is not None:
        full, country_code, types = state.cameo + (kind or ""), state.cameo, [kind]
    elif code in NON_STATE:
        full, base_type = NON_STATE[code]
        country_code, types = "", [base_type, kind if kind != base_type else None]
    else:
        full, country_code, types = kind or "", "", [kind]
    type_codes = [t for t in types if t][:3]
    type_codes += [""] * (3 - len(type_codes))
    group = known_group(name, code) or ""
    return [full, _text(name).upper(), country_code, group, "", "", "", *type_codes]


def _geo(place: Mapping[str, Any] | None) -> list[str]:
    """The eight *Geo_* cells of a place ("0" and blanks without one, as GDELT writes them)."""
    if not place:
        return ["0"] + [""] * (len(_GEO) - 1)
    state = country(place.get("country"))
    precision = str(place.get("precision") or "country")
    usa = state is not None and state.code == "USA"
    fips = state.fips if state and state.fips else ""
    country_name = state.name if state else ""
    if precision == "country":
        full = country_name or _text(place.get("name"))
        adm1, feature = fips, fips
    else:
        full = ", ".join(p for p in (_text(place.get("name")), country_name) if p)
        adm1, feature = "", ""
    kind = _GEO_TYPES.get((precision, usa), 1)
    return [str(kind), full, fips, adm1, "", _number(place.get("lat")), _number(place.get("lon")), feature]


def _counts(rec: Mapping[str, Any]) -> list[str]:
    """NumMentions, NumSources, NumArticles: the reports of the real-world event when it was merged."""
    mentions = rec.get("mentions") or 1
    articles = rec.get("articles") or 1
    sources = max(1, len(rec.get("outlets") or []))
    return [str(mentions), str(sources), str(articles)]


def _added(rec: Mapping[str, Any]) -> str:
    stamp = (rec.get("article") or {}).get("ingested_at")
    return dt.datetime.fromisoformat(stamp).strftime("%Y%m%d%H%M%S") if stamp else ""


def gdelt_row(rec: Mapping[str, Any]) -> list[str]:
    """The 61 cells of one event (a `Store.event_batches` record)."""
    actors, recipients = list(rec.get("actor") or []), list(rec.get("recipient") or [])
    if not recipients and len(actors) > 1:  # "A and B agreed": CAMEO's dyad is A -> B
        actors, recipients = actors[:1], actors[1:]
    cameo = rec.get("cameo") or ""
    quad = quad_class(cameo)
    article = rec.get("article") or {}
    return [
        str(global_event_id(str(rec["id"]))),
        *_dates(effective_date(rec)[0]),
        *_actor(actors),
        *_actor(recipients),
        "1" if rec.get("lead", True) else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        "" if quad is None else str(quad),
        _number(rec.get("goldstein")),
        *_counts(rec),
        "",  # AvgTone: Warta measures no tone
        *_geo(None),  # Actor1Geo: Warta does not locate actors
        *_geo(None),  # Actor2Geo
        *_geo(rec.get("place")),
        _added(rec),
        _text(article.get("url") or rec.get("doc_id")),
    ]
