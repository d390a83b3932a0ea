"""Within-document coreference: names an article introduces, and bare offices that refer back.

"Duta Besar Jerman, Ina Lepel" teaches the article "Ina Lepel" and "Lepel" (DEU GOV); after
"Presiden Prabowo Subianto", a bare "Presiden" or "sang presiden" is Prabowo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from warta.actors.chunk import Learned
from warta.actors.gazetteer import Entry
from warta.matcher import Match, PhraseMatcher
from warta.model import Actor

_MIN_NAME_PART = 3
_MIN_FAMILY_NAME = 2  # a two-letter family name written first: "Li Qiang" is later "Li"


def _name_part(part: str, *, family_first: bool) -> bool:
    """A part of a person's name that later refers to them alone."""
    shortest = _MIN_FAMILY_NAME if family_first else _MIN_NAME_PART
    return len(part) >= shortest and part[:1].isupper() and part.isalpha()


class Memory:
    """What an article has said about its actors so far (one per article; not shared)."""

    def __init__(self, enclitics: Sequence[str]) -> None:
        self._names: PhraseMatcher[Entry] = PhraseMatcher(enclitics=enclitics)
        self._offices: dict[str, Actor] = {}
        self._known: set[str] = set()

    def __bool__(self) -> bool:
        return len(self._names) > 0

    def learn(self, learned: Sequence[Learned]) -> None:
        for item in learned:
            actor = item.actor
            if actor.code is None:
                continue
            if item.office:
                self._offices[item.office.lower()] = actor
            self.remember(actor)

    def remember(self, actor: Actor) -> None:
        """A person named in full ("Asim Munir", from the dictionary or introduced with a title):
        a later part of the name alone ("Munir") is the same person."""
        if actor.kind != "person" or actor.code is None or actor.name in self._known:
            return
        self._known.add(actor.name)
        entry = Entry(actor.name, actor.code, actor.sector, "person", actor.wikidata)
        self._names.add(actor.name, entry, case="title")
        parts = actor.name.split()
        for k, part in enumerate(parts):
            if _name_part(part, family_first=k == 0 and len(parts) == 2):
                self._names.add(part, entry, case="title")

    def matches(self, tokens: Sequence[str], lowered: Sequence[str], taken: set[int]) -> list[Match[Entry]]:
        """Learned names in a sentence, where the dictionary found nothing."""
        if not len(self._names):
            return []
        return [m for m in self._names.find(tokens, lowered) if taken.isdisjoint(range(m.start, m.end))]

    def resolve(self, actor: Actor) -> Actor:
        """A bare office ("Presiden", "the ambassador") as the last person named with it."""
        if actor.kind != "office" or actor.code is not None:
            return actor
        holder = self._offices.get(actor.name.lower())
        if holder is None:
            return actor
        return dataclasses.replace(actor, code=holder.code, sector=holder.sector, name=holder.name,
                                   wikidata=holder.wikidata, kind="person")  # fmt: skip
