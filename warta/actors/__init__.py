"""Actors: recognise and resolve the political actors each sentence names.

Dictionary matching (a token trie: longest match, word boundaries, case rules) over the sentence
tokens, phrase chunking and resolution to country code, PLOVER sector (time-aware for people) and
Wikidata id, then within-document coreference (names introduced with a title, bare offices).
"""

from __future__ import annotations

import dataclasses

from warta.actors.chunk import chunk_sentence
from warta.actors.coref import Memory
from warta.actors.gazetteer import Entry, gazetteer
from warta.lang import pack_for
from warta.model import Actor, Article, Skip

__all__ = ["Entry", "gazetteer", "tag_actors"]


def tag_actors(article: Article) -> Article | Skip:
    """Stage: fill `mentions` with every actor the sentences name (places and bare offices included)."""
    pack = pack_for(article.lang)
    if pack is None:
        return dataclasses.replace(article, mentions=())
    matcher = gazetteer(pack.code)
    memory = Memory(pack.enclitics)
    mentions: list[Actor] = []
    for sent in article.sentences:
        lowered = [t.lower() for t in sent.tokens]
        matches = list(matcher.find(sent.tokens, lowered))
        if memory:
            taken = {k for m in matches for k in range(m.start, m.end)}
            matches = sorted(matches + memory.matches(sent.tokens, lowered, taken), key=lambda m: m.start)
        if not matches:
            continue
        actors, learned = chunk_sentence(
            sent, matches, article.text, pack=pack, day=article.published, lowered=lowered
        )
        mentions.extend(memory.resolve(a) for a in actors)
        memory.learn(learned)
    return dataclasses.replace(article, mentions=tuple(mentions))
