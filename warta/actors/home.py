"""Countries for actors named only by office ("polisi", "mahasiswa", "Presiden"): the one place their
sentence names ("polisi di Nairobi"), else the article's home country (its dateline's, else the only
country it names, else, for Indonesian news naming no other, Indonesia)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from warta.actors.gazetteer import code_names
from warta.lang.pack import LanguagePack
from warta.model import Actor, Sentence
from warta.ontology import ORGANISATION_CODES

COUNTRY_KINDS = frozenset(
    ["state", "capital", "place", "region", "city", "metonym", "demonym", "institution"]
)
_DATELINE_CHARS = 40
_DATELINE_SENTENCES = 2
_DOMINANT_SHARE = 0.5  # a country named in at least half of the country mentions is the article's


def _country_codes(mentions: Sequence[Actor]) -> set[str]:
    return {
        a.code for a in mentions if a.kind in COUNTRY_KINDS and a.code and a.code not in ORGANISATION_CODES
    }


def dateline(mentions: Sequence[Actor], sentences: Sequence[Sentence]) -> Actor | None:
    """The place of the dateline ("JAKARTA, KOMPAS.com -", "BEIJING (Reuters) -"): a place named at the
    very start of the first sentence, or of the second when the first is the title."""
    for sent in sentences[:_DATELINE_SENTENCES]:
        for actor in mentions:
            if actor.start >= sent.end or actor.start - sent.start >= _DATELINE_CHARS:
                break
            if actor.start >= sent.start and actor.kind == "place" and actor.code:
                return actor
    return None


def _home_dateline(line: Actor, mentions: Sequence[Actor], counts: Counter[str], pack: LanguagePack) -> bool:
    """A dateline is the home country unless the story is about another one (a wire story filed from
    Jakarta about Myanmar): it is, when the text names nothing else, when it is the language's home, when
    its country is named most, or when the story happens there ("in Manila")."""
    top = counts.most_common(1)[0][1] if counts else 0
    here = any(a.kind == "place" and a.code == line.code and a is not line for a in mentions)
    return not counts or line.code == pack.home or counts[line.code or ""] == top or here


def home_country(
    mentions: Sequence[Actor], sentences: Sequence[Sentence], pack: LanguagePack, *, dominant: bool = True
) -> Actor | None:
    """The article's home country, as an actor (None when the article does not make it clear).

    With `dominant`, a country named in at least half of the country mentions counts too (coding uses
    it; the stricter form labels mentions for `warta actors tag`)."""
    line = dateline(mentions, sentences)
    counts = Counter(
        a.code
        for a in mentions
        if a.kind in COUNTRY_KINDS and a.code and a.code not in ORGANISATION_CODES and a is not line
    )
    if line is not None and _home_dateline(line, mentions, counts, pack):
        return line
    codes = set(counts)
    if codes:
        code, n = counts.most_common(1)[0]
        if len(codes) == 1 or (dominant and n >= _DOMINANT_SHARE * sum(counts.values())):
            return next(a for a in mentions if a.code == code)
    if pack.home and codes <= {pack.home}:
        return Actor(pack.home, None, code_names().get(pack.home, pack.home), "", 0, 0, None, "state")
    return None


def fill_offices(mentions: list[Actor], sentences: Sequence[Sentence], pack: LanguagePack) -> list[Actor]:
    """Mentions with a country for every office-only actor whose country the text makes clear."""
    if all(a.code for a in mentions):
        return mentions
    home = home_country(mentions, sentences, pack, dominant=False)
    line = dateline(mentions, sentences)  # where the report was filed, not where its sentence happens
    out = []
    for actor in mentions:
        if actor.code is None and actor.kind == "office":
            sent = next((s for s in sentences if s.start <= actor.start < s.end), None)
            places = {
                a.code
                for a in mentions
                if a.kind == "place" and a is not line and sent and sent.start <= a.start < sent.end
            }
            code = next(iter(places)) if len(places) == 1 else (home.code if home else None)
            if code is not None:
                actor = dataclasses.replace(actor, code=code, name=code_names().get(code, code))
        out.append(actor)
    return out
