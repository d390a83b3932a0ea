"""Place resolution: exonyms, GeoNames ids and coordinates, precision, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.model import Actor, Article
from warta.pipeline import Pipeline
from warta.places import resolve_place


def place_mention(text: str, code: str, name: str) -> Actor:
    return Actor(code, None, name, text, 0, len(text), None, "place")


@pytest.mark.parametrize(
    ("text", "code", "name", "lang", "expected", "geonames_id"),
    [
        ("Jenewa", "CHE", "Switzerland", "id", "Geneva", 2660646),
        ("Moskow", "RUS", "Russia", "id", "Moscow", 524901),
        ("Den Haag", "NLD", "Netherlands", "id", "The Hague", 2747373),
        ("Kiev", "UKR", "Ukraine", "en", "Kyiv", 703448),
        ("Bandung", "IDN", "Bandung", "id", "Bandung", 1650357),
    ],
)
def test_cities_resolve_through_exonyms_to_geonames(
    text: str, code: str, name: str, lang: str, expected: str, geonames_id: int
) -> None:
    place = resolve_place(place_mention(text, code, name), lang)
    assert (place.name, place.precision, place.geonames_id, place.country) == (
        expected,
        "city",
        geonames_id,
        code,
    )
    assert place.lat is not None and place.lon is not None and place.text == text


def test_a_city_of_another_country_is_not_taken() -> None:
    # "Moscow" is also a town in Idaho: the country the actor layer gave decides
    assert resolve_place(place_mention("Moscow", "USA", "Moscow"), "en").name == "Moscow"
    assert resolve_place(place_mention("Moscow", "USA", "Moscow"), "en").country == "USA"
    assert resolve_place(place_mention("Moskow", "RUS", "Russia"), "id").lat == pytest.approx(55.75, abs=0.1)


def test_countries_and_regions_keep_the_precision_of_the_text() -> None:
    country = resolve_place(place_mention("Indonesia", "IDN", "Indonesia"), "id")
    assert (country.precision, country.geonames_id, country.lat) == ("country", 1643084, None)
    region = resolve_place(place_mention("Jawa Barat", "IDN", "Jawa Barat"), "id")
    assert (region.precision, region.name, region.country, region.geonames_id) == (
        "region",
        "Jawa Barat",
        "IDN",
        None,
    )


def coded(text: str, lang: str) -> list[dict[str, object]]:
    out = Pipeline().process(Article("p", text, lang_hint=lang, published=dt.date(2026, 3, 20)))
    assert isinstance(out, Article)
    return [e.to_record() for e in out.events]


def test_an_event_takes_the_place_its_sentence_names() -> None:
    records = coded(
        "Menteri Luar Negeri Prancis bertemu Menteri Luar Negeri Iran di Jenewa, Selasa (17/3).", "id"
    )
    places = [r["place"] for r in records if r["event"] == "CONSULT"]
    assert places and isinstance(places[0], dict) and places[0]["name"] == "Geneva"


def test_a_dateline_is_the_place_only_of_its_own_countrys_actions() -> None:
    text = (
        "MOSKOW - Pemerintah Rusia mengusir dua diplomat Estonia pada Senin (16/3). "
        "Sementara itu, Jepang mengecam Korea Utara atas uji coba rudal terbarunya."
    )
    records = {str(r["event"]): r["place"] for r in coded(text, "id")}
    moscow = records["SANCTION"]
    assert isinstance(moscow, dict) and moscow["name"] == "Moscow"
    assert records.get("ACCUSE") is None
