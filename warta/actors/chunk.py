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
from warta.lang.pack import LanguagePack
from warta.matcher import Match
from warta.model import Actor, Sentence

# Tokens allowed between two parts of one actor phrase.
_JOINERS = frozenset(["(", ")", "'", "’", "s"])
_OF = frozenset(["of", "dari"])
_MAX_NAME_TOKENS = 4
_ENTITY_KINDS = ("state", "capital", "metonym", "org", "group", "institution", "demonym")
_PLACE_KINDS = frozenset(["state", "capital"])


@dataclass(slots=True)
class _Part:
    start: int  # token index
    end: int
    entry: Entry


def _pick(values: Sequence[Entry]) -> Entry:
    """One entry for a name listed several times (people first, then named entities, then offices)."""
    order = {"person": 0, "metonym": 1, "institution": 1, "org": 2, "group": 2, "state": 3, "capital": 4}
    return min(values, key=lambda e: order.get(e.kind, 5))


def _joinable(prev: list[_Part], part: _Part, gap: Sequence[str]) -> bool:
    kinds = [p.entry.kind for p in prev]
    kind = part.entry.kind
    if kind == "person" and "person" in kinds:
        return False
    # "Rusia Ukraina" are two actors; "Kementerian Luar Negeri Rusia" and "Amerika Serikat (AS)" are one.
    second_entity = kind in _ENTITY_KINDS and any(k in _ENTITY_KINDS for k in kinds) and kinds[-1] != "office"
    if second_entity and not (gap and set(gap) <= {"(", ")"} and part.entry.code == prev[-1].entry.code):
        return False
    if not gap or set(gap) <= _JOINERS:
        return True
    if len(gap) == 1 and gap[0].lower() in _OF and kinds[-1] == "office":
        return True  # "Foreign Minister of Russia"
    # apposition: "Duta Besar Jerman, Ina Lepel"
    return gap == [","] and kind == "person" and "office" in kinds and "person" not in kinds


def _unknown_name(tokens: Sequence[str], i: int, known: set[int]) -> int:
    """End of a run of capitalised tokens starting at i that no dictionary knows (a person's name)."""
    j = i
    while j < len(tokens) and j - i < _MAX_NAME_TOKENS and j not in known and tokens[j][:1].isupper():
        j += 1
    return j


def chunk_sentence(
    sent: Sentence,
    matches: Sequence[Match[Entry]],
    text: str,
    *,
    pack: LanguagePack,
    day: dt.date | None,
) -> list[Actor]:
    """The actors a sentence names, one per phrase, in text order."""
    tokens = sent.tokens
    lowered = [t.lower() for t in tokens]
    known = {k for m in matches for k in range(m.start, m.end)}
    groups: list[list[_Part]] = []
    for m in matches:
        entry = _pick(m.values)
        if entry.kind != "office" and _non_actor(lowered, m.start, m.end, pack):
            continue
        part = _Part(m.start, m.end, entry)
        if groups:
            prev = groups[-1]
            gap = list(tokens[prev[-1].end : m.start])
            if _joinable(prev, part, gap):
                prev.append(part)
                continue
        groups.append([part])
    actors = []
    for group in groups:
        end = group[-1].end
        name_end = end
        has_person = any(p.entry.kind == "person" for p in group)
        if (
            not has_person
            and group[-1].entry.kind != "office"
            and any(p.entry.kind == "office" for p in group)
        ):
            # an office holder named right after: "Duta Besar Jerman Ina Lepel", "Menlu RI, Sugiono"
            k = end + 1 if end < len(tokens) and tokens[end] == "," else end
            name_end = _unknown_name(tokens, k, known)
            if name_end == k:
                name_end = end
        actor = _resolve(group, sent, text, name_end, day)
        if actor is not None:
            if actor.kind in _PLACE_KINDS and _is_place(lowered, group[0].start, end, pack):
                actor = _as_place(actor)
            actors.append(actor)
    return actors


def _non_actor(lowered: Sequence[str], start: int, end: int, pack: LanguagePack) -> bool:
    before = lowered[start - 1] if start > 0 else ""
    after = lowered[end] if end < len(lowered) else ""
    return before in pack.non_actor_before or after in pack.non_actor_after


def _is_place(lowered: Sequence[str], start: int, end: int, pack: LanguagePack) -> bool:
    if start > 0 and lowered[start - 1] in pack.locative_preps:
        return True
    # a dateline: "MOSKOW -", "Moskow:", "JAKARTA, KOMPAS.com -"
    return start == 0 and end < len(lowered) and lowered[end] in ("-", ":", ",", "–", "—")


def _as_place(actor: Actor) -> Actor:
    return Actor(actor.code, None, actor.name, actor.text, actor.start, actor.end, actor.wikidata, "place")


def _resolve(group: list[_Part], sent: Sentence, text: str, end: int, day: dt.date | None) -> Actor | None:
    start_char = sent.offsets[group[0].start]
    end_char = sent.offsets[end - 1] + len(sent.tokens[end - 1])
    surface = text[start_char:end_char]
    offices = [p.entry for p in group if p.entry.kind == "office"]
    office_sector = offices[0].sector if offices else None
    person = next((p.entry for p in group if p.entry.kind == "person"), None)
    if person is not None:
        sector = person.sector_on(day) or office_sector
        return Actor(
            person.code, sector, person.name, surface, start_char, end_char, person.wikidata, "person"
        )
    entity = next((p.entry for p in group if p.entry.kind in _ENTITY_KINDS), None)
    if entity is not None:
        named = end > group[-1].end
        kind = "person" if named else entity.kind
        name = text[sent.offsets[group[-1].end] : end_char].lstrip(", ") if named else entity.name
        sector = office_sector or entity.sector
        return Actor(
            entity.code,
            sector,
            name,
            surface,
            start_char,
            end_char,
            entity.wikidata if not named else None,
            kind,
        )
    if offices:
        return Actor(None, office_sector, surface, surface, start_char, end_char, None, "office")
    return None
