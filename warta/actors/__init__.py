"""Actors: recognise and resolve the political actors each sentence names.

Dictionary matching (a token trie: longest match, word boundaries, case rules) over the sentence
tokens, phrase chunking and resolution to country code, PLOVER sector (time-aware for people) and
Wikidata id, then within-document coreference (names introduced with a title, bare offices).
"""

from __future__ import annotations

import dataclasses

from warta.actors.chunk import Learned, chunk_sentence
from warta.actors.coref import Memory
from warta.actors.gazetteer import Entry, gazetteer
from warta.actors.home import dateline, fill_offices, home_country
from warta.lang import pack_for
from warta.model import Actor, Article, Sentence, Skip

__all__ = [
    "Entry", "Learned", "actor_mentions", "dateline", "find_actors", "gazetteer", "home_country",
    "tag_actors",
]  # fmt: skip


def tag_actors(article: Article) -> Article | Skip:
    """Stage: fill `mentions` with every actor the sentences name (places and bare offices included)."""
    mentions, _ = find_actors(article)
    return dataclasses.replace(article, mentions=tuple(mentions))


def actor_mentions(article: Article) -> list[Actor]:
    """The mentions that name a political actor (what `warta actors tag` prints): coded (an actor named
    only by office takes the country the text makes clear), not a city or region named as a place (a
    country named as one refers to the state), not a bare nationality adjective ("Russian oil").

    Coding does not use the office fill: it picks a country only for the actors of its events."""
    pack = pack_for(article.lang)
    mentions = (
        fill_offices(list(article.mentions), article.sentences, pack) if pack else list(article.mentions)
    )
    out = []
    for actor in mentions:
        if actor.code is None or (actor.kind == "demonym" and actor.text == actor.text.split()[0]):
            continue
        if actor.kind == "place" and not _names_state(actor.text, pack.code if pack else "id"):
            continue
        out.append(actor)
    return out


def _names_state(text: str, lang: str) -> bool:
    tokens = text.split()
    return any(
        m.end - m.start == len(tokens) and any(v.kind == "state" for v in m.values)
        for m in gazetteer(lang).find(tokens)
    )


def find_actors(article: Article) -> tuple[list[Actor], list[tuple[Sentence, Learned]]]:
    """The article's actor mentions, and the names it introduced with a title (with their sentence)."""
    pack = pack_for(article.lang)
    if pack is None:
        return [], []
    matcher = gazetteer(pack.code)
    memory = Memory(pack.enclitics)
    mentions: list[Actor] = []
    introduced: list[tuple[Sentence, Learned]] = []
    for sent in article.sentences:
        lowered = sent.lowered or tuple(t.lower() for t in sent.tokens)
        matches = list(matcher.find(sent.tokens, lowered))
        if memory:
            taken = {k for m in matches for k in range(m.start, m.end)}
            matches = sorted(matches + memory.matches(sent.tokens, lowered, taken), key=lambda m: m.start)
        if not matches:
            continue
        actors, learned = chunk_sentence(
            sent, matches, article.text, pack=pack, day=article.published, lowered=lowered
        )
        resolved = [memory.resolve(a) for a in actors]
        mentions.extend(resolved)
        memory.learn(learned)
        for actor in resolved:
            if actor.text.split()[-1:] == actor.name.split()[-1:]:  # named in full, not by an alias
                memory.remember(actor)
        introduced.extend((sent, item) for item in learned)
    return mentions, introduced
