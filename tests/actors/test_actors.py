"""Actors: names, metonyms, offices joined into phrases, case rules, places, time-aware roles."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import code_text
from warta.actors.gazetteer import Entry, Role, parse_roles


def _mentions(
    text: str, lang: str, published: str | None = None
) -> list[tuple[str, str | None, str | None, str]]:
    article = code_text(text, lang=lang, published=published)
    return [(m.text, m.code, m.sector, m.kind) for m in article.mentions]


def test_metonyms_and_office_phrases_indonesian() -> None:
    found = _mentions(
        "Kremlin memanggil pulang Duta Besar Rusia untuk Amerika Serikat. Gedung Putih menolak, kata juru bicara "
        "Kementerian Luar Negeri China.",
        "id",
    )
    assert ("Kremlin", "RUS", "GOV", "metonym") in found
    assert ("Duta Besar Rusia", "RUS", "GOV", "state") in found
    assert ("Amerika Serikat", "USA", None, "state") in found
    assert ("Gedung Putih", "USA", "GOV", "metonym") in found
    assert ("juru bicara Kementerian Luar Negeri China", "CHN", "GOV", "state") in found


def test_demonyms_and_sectors_english() -> None:
    found = _mentions(
        "Russian troops shelled the town while Chinese police arrested protesters in Hong Kong.", "en"
    )
    assert ("Russian troops", "RUS", "MIL", "state") in [
        (t, c, s, "state" if k == "demonym" else k) for t, c, s, k in found
    ]
    assert any(t == "Chinese police" and c == "CHN" and s == "COP" for t, c, s, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Ia fasih berbahasa Inggris dan belajar bahasa Inggris sejak kecil.", "id", "GBR"),
        ("Nilai tukar dolar AS naik tajam pekan ini.", "id", "USA"),
        ("Officials said as many as ten people left.", "en", "USA"),
        ("Let us know what you think about the plan.", "en", "USA"),
    ],
)
def test_case_and_context_rules(text: str, lang: str, absent: str) -> None:
    assert all(code != absent for _, code, _, _ in _mentions(text, lang))


def test_capital_after_preposition_or_in_dateline_is_a_place() -> None:
    found = _mentions(
        "MOSKOW - Menteri itu tiba di Beijing pada Senin. Beijing menyambut baik kedatangannya.", "id"
    )
    kinds = [(t, k) for t, _, _, k in found]
    assert ("MOSKOW", "place") in kinds and ("Beijing", "place") in kinds and ("Beijing", "capital") in kinds


def test_roles_are_time_aware() -> None:
    person = Entry(
        "Someone", "USA", None, "person", roles=parse_roles("GOV@2021-01-20..2025-01-20;ELI@2025-01-20..")
    )
    assert person.sector_on(dt.date(2022, 5, 1)) == "GOV"
    assert person.sector_on(dt.date(2025, 3, 1)) == "ELI"
    assert person.sector_on(dt.date(2019, 1, 1)) is None
    assert person.sector_on(None) == "ELI"
    assert Role("GOV", None, dt.date(2020, 1, 1)).covers(dt.date(1999, 1, 1))


def test_unknown_name_after_office_joins_the_phrase() -> None:
    found = _mentions("Duta Besar Jerman, Ina Lepel, bertemu Seskab di Jakarta.", "id")
    assert ("Duta Besar Jerman, Ina Lepel", "DEU", "GOV", "person") in found


def test_names_learned_from_titles_resolve_later() -> None:
    text = (
        "Duta Besar Jepang untuk Indonesia, Kenji Kanasugi, bertemu Presiden Prabowo di Jakarta pada Senin (2/6). "
        "Kanasugi menyampaikan undangan dari Tokyo. Presiden menyambut baik undangan itu."
    )
    found = _mentions(text, "id", "2025-06-03")
    assert ("Kenji Kanasugi", "JPN", "GOV", "person") in found
    assert ("Kanasugi", "JPN", "GOV", "person") in found
    assert ("Presiden", "IDN", "GOV", "person") in found  # the president named before


def test_honorifics_are_not_names() -> None:
    found = _mentions("Menteri Pertahanan Malaysia, Datuk Seri Khaled Nordin, bertemu Bapak Menhan RI.", "id")
    assert any(t.endswith("Khaled Nordin") and c == "MYS" for t, c, _, _ in found)


def test_discover_lists_unknown_titled_names() -> None:
    from warta.actors.discover import discover

    texts = [
        "Juru bicara Kementerian Luar Negeri Malaysia, Ahmad Rizal Hakim, menolak tuduhan itu.",
        (
            "Ahmad Rizal Hakim kembali menegaskan posisi Malaysia. Juru bicara Kementerian Luar Negeri Malaysia, "
            "Ahmad Rizal Hakim, juga mengecam Israel. Presiden Prabowo Subianto hadir."
        ),
    ]
    candidates = discover(code_text(t, lang="id", published="2025-06-03") for t in texts)
    assert [c.name for c in candidates] == ["Ahmad Rizal Hakim"]
    row = candidates[0].to_row().split("\t")
    assert row[:4] == ["Ahmad Rizal Hakim", "MYS", "GOV@..", "-"] and "seen 2x" in row[4]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "Sari" is a city in Iran, "Santos" one in Brazil: after a national office, a first name.
        # A bare office takes its country later (the home country here); one of a country has it.
        (
            "JAKARTA - Menteri Luar Negeri Sari Handayani bertemu Menlu Mesir.",
            "id",
            ("Menteri Luar Negeri", None),
        ),
        ("Menlu RI Santos Pardede bertemu Menlu Mesir.", "id", ("Santos Pardede", "IDN")),
        ("Foreign Minister Sari Handayani met Indonesian lawmakers.", "en", ("Foreign Minister", None)),
        ("Indonesian Foreign Minister Sari Handayani met Egypt's envoy.", "en", ("Sari Handayani", "IDN")),
    ],
)
def test_city_named_first_name_after_national_office(
    text: str, lang: str, expected: tuple[str, str | None]
) -> None:
    article = code_text(text, lang=lang, published="2026-06-02")
    holder = article.mentions[1] if text.startswith("JAKARTA") else article.mentions[0]
    assert holder.text.endswith(("Sari Handayani", "Santos Pardede")) and holder.sector == "GOV"
    assert (holder.name, holder.code) == expected
    assert all(m.code not in ("IRN", "BRA") for m in article.mentions)
    assert article.events and all(e.actor[0].code == "IDN" for e in article.events)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wali Kota Osaka Hideo Tanabe menerima Konsul Jenderal Indonesia.", "id"),
        ("Mayor of Osaka Hideo Tanabe welcomed the Indonesian consul general.", "en"),
    ],
)
def test_city_after_local_office_stays_its_qualifier(text: str, lang: str) -> None:
    found = _mentions(text, lang, "2026-06-02")
    assert any(t.endswith("Hideo Tanabe") and c == "JPN" and k == "person" for t, c, _, k in found)
