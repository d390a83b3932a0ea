"""PLOVER records: every field of PLOVER.md section 6 with its type, for every stored event."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.export.helpers import by
from warta.export import plover_record
from warta.export.plover import ENTITY_FIELDS, FIELDS, effective_date
from warta.ontology import EVENT_TYPES

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
LOCATION_FIELDS = {
    "extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district", "province", "country",
    "country_code", "feature_class", "feature_code", "resolution",
}  # fmt: skip
CITE_FIELDS = {"corpus", "citation", "url", "title", "language", "publication", "license", "copyright", "coder",
               "codebook", "version"}  # fmt: skip


def _optional(value: Any, kind: type | tuple[type, ...]) -> bool:
    return value is None or isinstance(value, kind)


def check_record(rec: dict[str, Any]) -> None:
    """The field list and types of PLOVER.md section 6 (plus Warta's one extension object)."""
    assert list(rec) == [*FIELDS, "warta"]
    assert isinstance(rec["id"], str) and rec["id"]
    assert rec["has_event"] is True
    assert rec["date"] is None or ISO_DATE.fullmatch(rec["date"])
    for side in ("actor", "recipient"):
        assert isinstance(rec[side], list)
        for entity in rec[side]:
            assert list(entity) == list(ENTITY_FIELDS)
            assert _optional(entity["code"], str) and _optional(entity["sector"], str)
            assert entity["code"] is None or len(entity["code"]) == 3
    assert rec["actor"], "actor is required"
    assert isinstance(rec["event"], list) and len(rec["event"]) == 1 and rec["event"][0] in EVENT_TYPES
    assert rec["event_loc"] is None or set(rec["event_loc"]) == LOCATION_FIELDS
    assert all(isinstance(t, str) for t in rec["event_text"])
    assert rec["quad_code"] in (1, 2, 3, 4)
    assert isinstance(rec["event_scale"], float) and -10 <= rec["event_scale"] <= 10
    for field in ("mode", "context"):
        assert isinstance(rec[field], list) and all(isinstance(v, str) for v in rec[field])
    assert _optional(rec["link"], str)
    info = rec["text_info"]
    assert set(info) == {"sequence", "start", "end", "text_story"} and info["start"] < info["end"]
    assert set(rec["cite_info"]) == CITE_FIELDS and rec["cite_info"]["language"] in ("id", "en")
    assert ISO_DATE.fullmatch(rec["coded_date"]) and re.fullmatch(r"\d{2}:\d{2}:\d{2}", rec["coded_time"])
    assert rec["coder"].startswith("warta")


def test_every_stored_event_is_a_valid_record(records: list[dict[str, Any]]) -> None:
    plover = [plover_record(r) for r in records]
    assert len(plover) == len(records) >= 8
    for rec in plover:
        check_record(rec)
        json.loads(json.dumps(rec))  # plain JSON values only
    assert len({r["id"] for r in plover}) == len(plover)


def test_fields_carry_the_event(records: list[dict[str, Any]]) -> None:
    rec = plover_record(by(records, "recall-a", "SANCTION"))
    assert rec["event"] == ["SANCTION"] and rec["mode"] == ["withdraw"]
    assert [e["code"] for e in rec["actor"]] == ["RUS"] and [e["code"] for e in rec["recipient"]] == ["CAN"]
    assert rec["date"] == "2026-03-16" and rec["warta"]["date_source"] == "event"
    assert rec["quad_code"] == 4 and rec["event_scale"] == -6.0 and rec["warta"]["cameo"] == "161"
    assert rec["event_loc"] is not None and rec["event_loc"]["city"] == "Moscow"
    assert rec["event_loc"]["country_code"] == "RUS" and rec["event_loc"]["resolution"] == 4
    assert "memanggil pulang" in rec["event_text"][0]
    assert rec["cite_info"]["url"] == "https://example.org/recall-a"
    assert rec["cite_info"]["publication"] == "Kabar Pagi" and rec["cite_info"]["citation"] == "recall-a"


def test_reports_of_one_real_world_event_share_a_link(records: list[dict[str, Any]]) -> None:
    a = plover_record(by(records, "recall-a", "SANCTION"))
    b = plover_record(by(records, "recall-b", "SANCTION"))
    assert a["link"] is not None and a["link"] == b["link"] and a["id"] != b["id"]
    assert a["warta"]["story_id"] == b["warta"]["story_id"] is not None
    other = plover_record(by(records, "visit", "CONSULT"))
    assert other["link"] not in (None, a["link"])


def test_an_undated_event_of_an_undated_article_has_no_date(records: list[dict[str, Any]]) -> None:
    rec = plover_record(by(records, "arrest", "COERCE"))
    assert rec["date"] is None and rec["warta"]["date_source"] is None
    assert rec["link"] is not None  # placed in a story of its own


def test_the_publication_date_stands_in_for_a_missing_event_date(records: list[dict[str, Any]]) -> None:
    rec = by(records, "visit", "CONSULT") | {"date": None}
    assert plover_record(rec)["date"] == "2026-03-20"
    assert effective_date(rec)[1] == "published"


@pytest.mark.parametrize(
    ("factuality", "aux"),
    [("asserted", None), ("negated", "negation"), ("anticipated", "future"), ("hypothetical", "hypothetical"),
     ("historical", "historical")],
)  # fmt: skip
def test_factuality_becomes_an_auxiliary_mode_in_context(
    records: list[dict[str, Any]], factuality: str, aux: str | None
) -> None:
    rec = by(records, "recall-a", "SANCTION") | {"factuality": factuality, "context": ["diplomatic"]}
    out = plover_record(rec)
    assert out["context"] == ["diplomatic", *([aux] if aux else [])]
    assert out["warta"]["factuality"] == factuality
