"""Discovering actors the knowledge base lacks: names introduced with a title or a country
("Duta Besar Jerman, Ina Lepel"), counted across a corpus, as a review queue in the format of
`data/people.tsv` (so accepted lines can be appended to it)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from warta.actors import find_actors
from warta.model import Article

_CONTEXT_CHARS = 160
_MIN_NAME_WORDS = 2
_MIN_HEADLINE_WORDS = 3
_HEADLINE_SHARE = 0.8


@dataclass
class Candidate:
    """A name seen with a title, not in the knowledge base."""

    name: str
    count: int = 0
    documents: set[str] = field(default_factory=set)
    codes: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)
    offices: Counter[str] = field(default_factory=Counter)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    example: str = ""

    def to_row(self) -> str:
        """One line of `data/people.tsv`: names, code, roles, wikidata, note."""
        code = self.codes.most_common(1)[0][0]
        sector = self.sectors.most_common(1)[0][0] if self.sectors else "GOV"
        office = self.offices.most_common(1)[0][0] if self.offices else "?"
        seen = f"{self.first_seen or '?'}..{self.last_seen or '?'}"
        note = (
            f"PROPOSED: {office}; seen {self.count}x in {len(self.documents)} article(s), {seen}; "
            f"e.g. {self.example!r}"
        )
        return "\t".join([self.name, code, f"{sector}@..", "-", note.replace("\t", " ").replace("\n", " ")])


def _headline(tokens: tuple[str, ...]) -> bool:
    """A title-cased line (a pasted headline): its capitalised words are not names."""
    words = [t for t in tokens if t.isalpha() and len(t) > 2]
    return (
        len(words) >= _MIN_HEADLINE_WORDS
        and sum(t[0].isupper() for t in words) / len(words) > _HEADLINE_SHARE
    )


def discover(articles: Iterable[Article], *, min_count: int = 1) -> list[Candidate]:
    """Names introduced with a title across `articles`, most frequent first."""
    found: dict[str, Candidate] = {}
    for article in articles:
        _, introduced = find_actors(article)
        for sent, item in introduced:
            actor = item.actor
            if not item.new or actor.kind != "person" or actor.code is None or _headline(sent.tokens):
                continue
            if (
                len(actor.name.split()) < _MIN_NAME_WORDS
            ):  # one capitalised word after a title: too often not a name
                continue
            cand = found.setdefault(actor.name, Candidate(actor.name))
            cand.count += 1
            cand.documents.add(article.doc_id)
            cand.codes[actor.code] += 1
            if actor.sector:
                cand.sectors[actor.sector] += 1
            if item.office:
                cand.offices[item.office.lower()] += 1
            day = article.published
            if day is not None:
                cand.first_seen = min(filter(None, (cand.first_seen, day)))
                cand.last_seen = max(filter(None, (cand.last_seen, day)))
            if not cand.example:
                cand.example = article.text[sent.start : sent.end][:_CONTEXT_CHARS]
    ranked = [c for c in found.values() if c.count >= min_count]
    return sorted(ranked, key=lambda c: (-c.count, c.name))


HEADER = (
    "# Warta actor review queue: names seen with a title that the knowledge base lacks.\n"
    "# Format of warta/actors/data/people.tsv (names, code, roles, wikidata, note); check each line,\n"
    "# add aliases, dates and a Wikidata id where certain, then append it to people.tsv.\n"
)
