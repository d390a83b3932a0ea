"""GDELT 2.0 rows: 61 string cells in codebook order, CAMEO codes with leading zeros, stable ids."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.export.helpers import by
from warta.export import gdelt_row, global_event_id
from warta.export.gdelt import COLUMNS

COL = {name: i for i, name in enumerate(COLUMNS)}


def cells(rec: dict[str, Any]) -> dict[str, str]:
    row = gdelt_row(rec)
    assert len(row) == 61
    return dict(zip(COLUMNS, row, strict=True))


def test_the_61_columns_of_the_codebook_in_order() -> None:
    assert len(COLUMNS) == len(set(COLUMNS)) == 61
    assert COLUMNS[:8] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code",
                           "Actor1Name", "Actor1CountryCode")  # fmt: skip
    assert COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")  # fmt: skip
    assert (
        COLUMNS[35] == "Actor1Geo_Type"
        and COLUMNS[43] == "Actor2Geo_Type"
        and COLUMNS[51] == "ActionGeo_Type"
    )
    assert COLUMNS[58] == "ActionGeo_FeatureID" and COLUMNS[59:] == ("DATEADDED", "SOURCEURL")


def test_every_row_has_61_cells_without_tabs_or_line_breaks(records: list[dict[str, Any]]) -> None:
    for rec in records:
        row = gdelt_row(rec)
        assert len(row) == 61 and all(isinstance(c, str) for c in row)
        assert not any(ch in c for c in row for ch in "\t\r\n")
        assert re.fullmatch(r"\d+", row[COL["GlobalEventID"]])
        assert re.fullmatch(r"\d{14}", row[COL["DATEADDED"]])


@pytest.mark.parametrize(
    ("doc_id", "event", "code", "base", "root", "quad"),
    [("visit", "CONSULT", "042", "042", "04", "1"), ("visit", "SUPPORT", "050", "050", "05", "1"),
     ("arrest", "RETREAT", "0841", "084", "08", "2"), ("recall-a", "SANCTION", "161", "161", "16", "4")],
)  # fmt: skip
def test_cameo_codes_keep_their_leading_zeros(
    records: list[dict[str, Any]], doc_id: str, event: str, code: str, base: str, root: str, quad: str
) -> None:
    row = cells(by(records, doc_id, event))
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == (code, base, root)
    assert row["QuadClass"] == quad


def test_dates(records: list[dict[str, Any]]) -> None:
    row = cells(by(records, "recall-a", "SANCTION"))
    assert (row["Day"], row["MonthYear"], row["Year"]) == ("20260316", "202603", "2026")
    assert row["FractionDate"] == "2026.2082"  # 2026 + (2 * 30 + 16) / 365, GDELT's formula
    for rec in records:
        day = gdelt_row(rec)[COL["Day"]]
        assert re.fullmatch(r"\d{8}", day) or (day == "" and rec["doc_id"] == "arrest")
    undated = cells(by(records, "arrest", "COERCE"))
    assert undated["Day"] == undated["Year"] == undated["FractionDate"] == ""


def test_actors_places_and_counts(records: list[dict[str, Any]]) -> None:
    row = cells(by(records, "recall-a", "SANCTION"))
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor1CountryCode"]) == ("RUS", "RUSSIA", "RUS")
    assert row["Actor1Type1Code"] == "" and row["Actor2CountryCode"] == "CAN"
    assert row["GoldsteinScale"] == "-4.0" and row["AvgTone"] == ""
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")  # the copy too
    assert row["ActionGeo_Type"] == "4" and row["ActionGeo_FullName"] == "Moscow, Russia"
    assert row["ActionGeo_CountryCode"] == "RS" and row["ActionGeo_Lat"] and row["ActionGeo_Long"]
    assert row["Actor1Geo_Type"] == row["Actor2Geo_Type"] == "0" and row["Actor1Geo_FullName"] == ""
    assert row["SOURCEURL"] == "https://example.org/recall-a"
    assert cells(by(records, "recall-b", "SANCTION"))["SOURCEURL"] == "recall-b"  # no URL: the citation
    visit = cells(by(records, "visit", "CONSULT"))
    assert (visit["Actor1Code"], visit["Actor1Type1Code"], visit["Actor2Code"]) == ("IDNGOV", "GOV", "VNMGOV")
    assert visit["ActionGeo_CountryCode"] == "VM"  # FIPS 10-4, not ISO VN


def test_is_root_event_marks_the_lead_paragraph(records: list[dict[str, Any]]) -> None:
    assert cells(by(records, "visit", "CONSULT"))["IsRootEvent"] == "1"
    assert cells(by(records, "visit", "SUPPORT"))["IsRootEvent"] == "0"
    assert cells(by(records, "recall-a", "SANCTION"))["IsRootEvent"] == "1"  # the title is no paragraph
    assert cells(by(records, "arrest", "RETREAT"))["IsRootEvent"] == "0"


def test_global_event_ids_are_stable_63_bit_integers(records: list[dict[str, Any]]) -> None:
    ids = [global_event_id(r["id"]) for r in records]
    assert ids == [global_event_id(r["id"]) for r in records] and len(set(ids)) == len(ids)
    assert all(0 <= i < 2**63 for i in ids)
    assert global_event_id("ffffffffffffffff") == 2**63 - 1 and global_event_id("000000000000002a") == 42
    assert global_event_id("not-hex") == global_event_id("not-hex") != global_event_id("not-hex2")


def _member(code: str | None, sector: str | None = None, name: str = "X") -> dict[str, Any]:
    return {"code": code, "sector": sector, "name": name, "text": name, "wikidata": None}


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        (_member("UNO", name="United Nations"), ("IGOUNO", "UNITED NATIONS", "", "UNO", "IGO", "")),
        (_member("EUR", name="European Union"), ("IGOEUREEC", "EUROPEAN UNION", "", "EEC", "IGO", "")),
        (_member("IGO", "MIL", "NATO"), ("IGO", "NATO", "", "NAT", "IGO", "MIL")),
        (_member("ROU", "MIL", "Romania"), ("ROMMIL", "ROMANIA", "ROM", "", "MIL", "")),
        (_member("IDN", "JRN", "Indonesia"), ("IDNMED", "INDONESIA", "IDN", "", "MED", "")),  # CAMEO media
        (_member("IDN", "MED", "Indonesia"), ("IDNHLH", "INDONESIA", "IDN", "", "HLH", "")),  # PLOVER health
        (_member("IDN", "PTY", "Indonesia"), ("IDN", "INDONESIA", "IDN", "", "", "")),
        (_member(None, "GOV", "government"), ("GOV", "GOVERNMENT", "", "", "GOV", "")),
    ],
)
def test_actor_codes(
    records: list[dict[str, Any]], member: dict[str, Any], expected: tuple[str, ...]
) -> None:
    row = cells(by(records, "visit", "CONSULT") | {"actor": [member]})
    got = tuple(row[f"Actor1{c}"] for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code",
                                             "Type2Code"))  # fmt: skip
    assert got == expected


def test_a_joint_action_without_recipient_is_a_dyad_of_its_actors(records: list[dict[str, Any]]) -> None:
    rec = by(records, "visit", "CONSULT") | {"actor": [_member("IDN"), _member("VNM")], "recipient": []}
    row = cells(rec)
    assert (row["Actor1Code"], row["Actor2Code"]) == ("IDN", "VNM")


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        ({"name": "Houston", "country": "USA", "precision": "city", "lat": 29.76, "lon": -95.36},
         ("3", "Houston, United States", "US", "", "29.76", "-95.36", "")),
        ({"name": "Myanmar", "country": "MMR", "precision": "country", "lat": None, "lon": None},
         ("1", "Myanmar", "BM", "BM", "", "", "BM")),
        ({"name": "Jalur\tGaza", "country": "PSE", "precision": "region", "lat": None, "lon": None},
         ("5", "Jalur Gaza, Palestinian Territory", "WE", "", "", "", "")),
    ],
)  # fmt: skip
def test_action_geography(
    records: list[dict[str, Any]], place: dict[str, Any], expected: tuple[str, ...]
) -> None:
    row = cells(by(records, "visit", "CONSULT") | {"place": place})
    fields = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")
    assert tuple(row[f"ActionGeo_{f}"] for f in fields) == expected
