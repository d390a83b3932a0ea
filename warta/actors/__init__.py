"""Actors: recognise and resolve the political actors each sentence names.

Dictionary matching (longest match, word boundaries, case rules) over the sentence tokens, then
phrase chunking and resolution to country code, PLOVER sector (time-aware for people) and Wikidata id.
"""

from __future__ import annotations

import dataclasses

from warta.actors.chunk import chunk_sentence
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
    mentions: list[Actor] = []
    for sent in article.sentences:
        matches = list(matcher.find(sent.tokens))
        if matches:
            mentions.extend(chunk_sentence(sent, matches, article.text, pack=pack, day=article.published))
    return dataclasses.replace(article, mentions=tuple(mentions))
