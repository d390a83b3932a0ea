"""Actor phrases: adjacent names and office words joined into one actor and resolved.

"Presiden Rusia Vladimir Putin", "juru bicara Kementerian Luar Negeri China Mao Ning", "Russian
Foreign Minister Sergei Lavrov", "Duta Besar Jerman, Ina Lepel" each become one actor: the person's
code and the sector of their role on the article's date, else the country's code with the office's
sector. A country after "di", "ke", "in" ... or in a dateline ("MOSKOW -") is a place, not an actor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from warta.actors.gazetteer import Entry
from warta.lang.calendar import calendar_words
from warta.lang.pack import LanguagePack
from warta.matcher import Match
from warta.model import Actor, Sentence

# "Duta Besar Jepang untuk Indonesia, <name>": the prepositions of a posting.
_HOST_PREPS = frozenset(["untuk", "to", "di", "in"])
_MIN_NAME_TOKENS = 2
# Tokens allowed between two parts of one actor phrase.
_JOINERS = frozenset(["(", ")", "'", "’", "s"])
_OF = frozenset(["of", "dari"])
_MAX_NAME_TOKENS = 4
_ENTITY_KINDS = frozenset(
    ["state", "capital", "metonym", "org", "group", "institution", "demonym", "region", "city"]
)
_PLACE_KINDS = frozenset(["state", "capital", "city", "region", "metonym"])
_COUNTRY_KINDS = frozenset(["state", "capital", "demonym"])


@dataclass(slots=True)
class _Part:
    start: int  # token index
    end: int
    entry: Entry


_PRIORITY = {"person": 0, "metonym": 1, "institution": 1, "org": 2, "group": 2, "state": 3, "capital": 4}


def _pick(values: Sequence[Entry]) -> Entry:
    """One entry for a name listed several times (people first, then named entities, then offices)."""
    if len(values) == 1:
        return values[0]
    return min(values, key=lambda e: _PRIORITY.get(e.kind, 5))


def _joinable(prev: list[_Part], part: _Part, gap: Sequence[str]) -> bool:
    kinds = [p.entry.kind for p in prev]
    kind = part.entry.kind
    if kind == "person" and "person" in kinds:
        return False
    # "Rusia Ukraina" are two actors; "Kementerian Luar Negeri Rusia" and "Amerika Serikat (AS)" are one.
    second_entity = kind in _ENTITY_KINDS and not _ENTITY_KINDS.isdisjoint(kinds) and kinds[-1] != "office"
    if second_entity and not (gap and set(gap) <= {"(", ")"} and part.entry.code == prev[-1].entry.code):
        return False
    if not gap or set(gap) <= _JOINERS:
        return True
    if len(gap) == 1 and gap[0].lower() in _OF and kinds[-1] == "office":
        return True  # "Foreign Minister of Russia"
    # apposition: "Duta Besar Jerman, Ina Lepel"
    return gap == [","] and kind == "person" and "office" in kinds and "person" not in kinds


class _Covered:
    """Token indices the dictionary matched (built only when a name search needs it). Tokens matched
    only as office words ("Hakim", "Raja") may continue a name that has begun."""

    def __init__(self, matches: Sequence[Match[Entry]]) -> None:
        self._matches = matches
        self._covered: dict[int, bool] | None = None  # index -> matched as an office word only

    def _build(self) -> dict[int, bool]:
        if self._covered is None:
            self._covered = {
                i: all(v.kind == "office" for v in m.values)
                for m in self._matches
                for i in range(m.start, m.end)
            }
        return self._covered

    def __contains__(self, k: object) -> bool:
        return k in self._build()

    def office_only(self, k: int) -> bool:
        return self._build().get(k, False)


def _unknown_name(tokens: Sequence[str], i: int, known: _Covered, lang: str) -> int:
    """End of a run of capitalised tokens starting at i that no dictionary knows (a person's name);
    a month or weekday ("Presiden, Rabu (11/3)") ends it."""
    j = i
    dates = calendar_words(lang)
    while j < len(tokens) and j - i < _MAX_NAME_TOKENS and tokens[j][:1].isupper():
        if (j in known and not (j > i and known.office_only(j))) or tokens[j].lower() in dates:
            break
        j += 1
    return j


@dataclass(frozen=True, slots=True)
class Learned:
    """A name introduced with its title ("Duta Besar Jerman, Ina Lepel") and the actor it names."""

    name: str
    actor: Actor
    office: str | None  # the office word that introduced it ("duta besar"), for later bare offices
    new: bool = True  # a name the dictionary does not know


def chunk_sentence(
    sent: Sentence,
    matches: Sequence[Match[Entry]],
    text: str,
    *,
    pack: LanguagePack,
    day: dt.date | None,
    lowered: Sequence[str],
) -> tuple[list[Actor], list[Learned]]:
    """The actors a sentence names, one per phrase, in text order, and the names it introduces."""
    tokens = sent.tokens
    groups, given = _group(matches, tokens, lowered, pack)
    known = _Covered([m for m in matches if m.start not in given] if given else matches)
    actors: list[Actor] = []
    learned: list[Learned] = []
    for n, group in enumerate(groups):
        end = group[-1].end
        kinds = [p.entry.kind for p in group]
        has_office = "office" in kinds
        name_start = name_end = end
        has_entity = not _ENTITY_KINDS.isdisjoint(kinds)
        if has_office and "person" not in kinds and (kinds[-1] != "office" or has_entity or end in given):
            # an office holder named right after: "Duta Besar Jerman Ina Lepel", "Menlu RI, Sugiono",
            # "Menteri Luar Negeri Sari Handayani" (a first name that is also a city's)
            k = end + 1 if end < len(tokens) and tokens[end] == "," else end
            name_start = _skip_honorifics(lowered, k, pack)
            name_end = _unknown_name(tokens, name_start, known, pack.code)
            if name_end == name_start:
                name_start = name_end = end
        actor = _resolve(group, sent, text, (name_start, name_end), day)
        if actor is None:
            continue
        if actor.kind in _PLACE_KINDS and _is_place(lowered, group[0].start, end, pack):
            actor = _as_place(actor)
        if actor.kind == "city":
            continue  # a city named without "di", "ke", "in": not a place we can tell, not an actor
        actors.append(actor)
        office = next((p.entry.name for p in group if p.entry.kind == "office"), None)
        if name_end > name_start:
            learned.append(Learned(actor.name, actor, office))
        elif has_office and actor.code and "person" not in kinds:
            # "Duta Besar Jepang untuk Indonesia, Kenji Kanasugi": the name after the host country
            named = _name_after_host(groups, n, tokens, known, pack)
            if named is not None:
                start_tok, end_tok = named
                person = _person_from(actor, sent, text, start_tok, end_tok)
                actors.append(person)
                learned.append(Learned(person.name, person, office))
        if "person" in kinds:
            # "Presiden Prabowo" (or an alias that begins with its office) teaches a later bare "Presiden"
            first = lowered[group[0].start]
            office = office or (first if first in pack.office_words else None)
            if office is not None:
                learned.append(Learned(actor.name, actor, office, new=False))
    return sorted(actors, key=lambda a: a.start), learned


def _group(
    matches: Sequence[Match[Entry]], tokens: Sequence[str], lowered: Sequence[str], pack: LanguagePack
) -> tuple[list[list[_Part]], set[int]]:
    """The phrases of a sentence, and the token indices where a city's name begins a person's name."""
    groups: list[list[_Part]] = []
    given: set[int] = set()
    previous_end = -1
    for n, m in enumerate(matches):
        entry = _pick(m.values)
        # "angkatan laut Belanda": the word before belongs to another phrase, not to "Laut China Selatan"
        glued = m.start == previous_end
        previous_end = m.end
        if not glued and _non_actor(tokens, lowered, m.start, m.end, pack, office=entry.kind == "office"):
            continue
        if (
            entry.kind == "city"
            and groups
            and _first_name(groups[-1], m, matches[n + 1 : n + 2], tokens, pack)
        ):
            given.add(m.start)
            continue
        part = _Part(m.start, m.end, entry)
        if groups and _joinable(groups[-1], part, list(tokens[groups[-1][-1].end : m.start])):
            groups[-1].append(part)
        else:
            groups.append([part])
    return groups, given


def _first_name(
    group: list[_Part],
    city: Match[Entry],
    following: Sequence[Match[Entry]],
    tokens: Sequence[str],
    pack: LanguagePack,
) -> bool:
    """Whether a city right after a national office (or one of a country: "Menlu RI") begins the name of
    its holder, followed by a capitalised word no dictionary knows: "Menteri Luar Negeri Sari Handayani",
    "Foreign Minister Santos Ramirez". A city qualifies local offices only ("Wali Kota Surabaya")."""
    if group[-1].end != city.start or city.end >= len(tokens):
        return False
    nxt = tokens[city.end]
    if not (nxt[:1].isupper() and nxt[:1].isalpha()) or (following and following[0].start == city.end):
        return False
    if nxt.lower() in calendar_words(pack.code):
        return False
    for part in reversed(group):  # the office the city would qualify, past the country naming it
        kind = part.entry.kind
        if kind == "office":
            return part.entry.name.lower() in pack.national_offices
        if kind not in _COUNTRY_KINDS:
            return False
    return False


def _skip_honorifics(lowered: Sequence[str], k: int, pack: LanguagePack) -> int:
    """Past honorifics and ranks before a name: "Bapak", "Sir", "Letnan Jenderal", "Dr."."""
    while k < len(lowered):
        if lowered[k] in pack.honorifics or lowered[k] == ".":
            k += 1
        elif lowered[k] == "yang" and k + 1 < len(lowered) and lowered[k + 1] == "mulia":  # "Yang Mulia"
            k += 2
        else:
            break
    return k


def _name_after_host(
    groups: list[list[_Part]], n: int, tokens: Sequence[str], known: _Covered, pack: LanguagePack
) -> tuple[int, int] | None:
    """Token span of a name after "<office> untuk <country>, ..." (or "to <country>")."""
    end = groups[n][-1].end
    if n + 1 >= len(groups) or end >= len(tokens) or tokens[end].lower() not in _HOST_PREPS:
        return None
    host = groups[n + 1]
    if host[0].start != end + 1 or host[0].entry.kind not in ("state", "capital"):
        return None
    k = host[-1].end + (1 if host[-1].end < len(tokens) and tokens[host[-1].end] == "," else 0)
    k = _skip_honorifics([t.lower() for t in tokens], k, pack)
    name_end = _unknown_name(tokens, k, known, pack.code)
    return (k, name_end) if name_end - k >= _MIN_NAME_TOKENS else None


def _person_from(actor: Actor, sent: Sentence, text: str, start: int, end: int) -> Actor:
    s = sent.offsets[start]
    e = sent.offsets[end - 1] + len(sent.tokens[end - 1])
    return Actor(actor.code, actor.sector, text[s:e], text[s:e], s, e, None, "person")


def _non_actor(
    tokens: Sequence[str], lowered: Sequence[str], start: int, end: int, pack: LanguagePack, *, office: bool
) -> bool:
    """A name or office word used for something else: "bahasa Inggris", "Laut China Selatan",
    "darurat militer", "military aid"."""
    before = lowered[start - 1] if start > 0 else ""
    after = lowered[end] if end < len(lowered) else ""
    if office:
        return before in pack.office_non_actor_before or after in pack.office_non_actor_after
    if before in pack.non_actor_before_title and tokens[start - 1][:1].isupper():
        return True
    return before in pack.non_actor_before or after in pack.non_actor_after


def _is_place(lowered: Sequence[str], start: int, end: int, pack: LanguagePack) -> bool:
    if start > 0 and lowered[start - 1] in pack.locative_preps:
        return True
    # a dateline: "MOSKOW -", "Moskow:", "JAKARTA, KOMPAS.com -", "BEIJING (Reuters) -"
    return start == 0 and end < len(lowered) and lowered[end] in ("-", ":", ",", "–", "—", "(")


def _as_place(actor: Actor) -> Actor:
    return Actor(actor.code, None, actor.name, actor.text, actor.start, actor.end, actor.wikidata, "place")


def _resolve(
    group: list[_Part], sent: Sentence, text: str, name: tuple[int, int], day: dt.date | None
) -> Actor | None:
    """The actor of a phrase; `name` is the token span of a name found after it (empty if none)."""
    end = max(name[1], group[-1].end)
    start_char = sent.offsets[group[0].start]
    end_char = sent.offsets[end - 1] + len(sent.tokens[end - 1])
    surface = text[start_char:end_char]
    office, person, entity = _first_of_kinds(group)
    office_sector = office.sector if office is not None else None
    if person is not None:
        sector = person.sector_on(day)
        if office_sector and sector in (None, "ELI"):
            sector = office_sector  # the text names a current office: "opposition leader Peter Dutton"
        return Actor(
            person.code, sector, person.name, surface, start_char, end_char, person.wikidata, "person"
        )
    if entity is not None:
        named = name[1] > name[0]
        kind = "person" if named else entity.kind
        label = text[sent.offsets[name[0]] : end_char] if named else entity.name
        sector = office_sector or entity.sector
        return Actor(
            entity.code,
            sector,
            label,
            surface,
            start_char,
            end_char,
            entity.wikidata if not named else None,
            kind,
        )
    if office is not None:
        # "Menteri Luar Negeri Sari Handayani" (named by a first name that is a city's): the office
        # named, the holder's country to be told by the text
        label = text[start_char : sent.offsets[group[-1].end - 1] + len(sent.tokens[group[-1].end - 1])]
        return Actor(None, office_sector, label, surface, start_char, end_char, None, "office")
    return None


def _first_of_kinds(group: list[_Part]) -> tuple[Entry | None, Entry | None, Entry | None]:
    """The first office, the first person and the first named entity of a phrase (one pass: this runs
    for every phrase of every sentence)."""
    office: Entry | None = None
    person: Entry | None = None
    entity: Entry | None = None
    for part in group:
        kind = part.entry.kind
        if kind == "office" and office is None:
            office = part.entry
        elif kind == "person" and person is None:
            person = part.entry
        elif kind in _ENTITY_KINDS and entity is None:
            entity = part.entry
    return office, person, entity
