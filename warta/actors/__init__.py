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
from warta.lang import pack_for
from warta.model import Actor, Article, Sentence, Skip

__all__ = ["Entry", "Learned", "find_actors", "gazetteer", "tag_actors"]


def tag_actors(article: Article) -> Article | Skip:
    """Stage: fill `mentions` with every actor the sentences name (places and bare offices included)."""
    mentions, _ = find_actors(article)
    return dataclasses.replace(article, mentions=tuple(mentions))


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
        introduced.extend((sent, item) for item in learned)
    return mentions, introduced
