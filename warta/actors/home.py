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
_DOMINANT_SHARE = 0.5  # a country named in at least half of the country mentions is the article's


def _country_codes(mentions: Sequence[Actor]) -> set[str]:
    return {
        a.code for a in mentions if a.kind in COUNTRY_KINDS and a.code and a.code not in ORGANISATION_CODES
    }


def home_country(
    mentions: Sequence[Actor], sentences: Sequence[Sentence], pack: LanguagePack, *, dominant: bool = True
) -> Actor | None:
    """The article's home country, as an actor (None when the article does not make it clear).

    With `dominant`, a country named in at least half of the country mentions counts too (coding uses
    it; the stricter form labels mentions for `warta actors tag`)."""
    if sentences:
        first = sentences[0]
        for actor in mentions:
            if actor.start >= first.end:
                break
            if actor.kind == "place" and actor.code and actor.start - first.start < _DATELINE_CHARS:
                return actor
    counts = Counter(
        a.code for a in mentions if a.kind in COUNTRY_KINDS and a.code and a.code not in ORGANISATION_CODES
    )
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
    out = []
    for actor in mentions:
        if actor.code is None and actor.kind == "office":
            sent = next((s for s in sentences if s.start <= actor.start < s.end), None)
            places = {
                a.code for a in mentions if a.kind == "place" and sent and sent.start <= a.start < sent.end
            }
            code = next(iter(places)) if len(places) == 1 else (home.code if home else None)
            if code is not None:
                actor = dataclasses.replace(actor, code=code, name=code_names().get(code, code))
        out.append(actor)
    return out
