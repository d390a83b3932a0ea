"""Coding: PLOVER events from sentences, their actors and the trigger lexicon of the language.

For each sentence: find triggers (longest match, morphology expanded from the pack's lexicon), find
actor and recipient (`arguments`), pick the mode (lexicon, else cue words), judge factuality and the
date (`factuality`, `dates`), and build the record (`events`). Then keep one event per action.
"""

from __future__ import annotations

import dataclasses

from warta.coding.arguments import find_arguments
from warta.coding.dates import find_dates
from warta.coding.events import dedupe, make_event
from warta.coding.factuality import judge
from warta.coding.lexicon import Trigger, lexicon
from warta.coding.view import build_view
from warta.lang import pack_for
from warta.model import Actor, Article, Event, Skip

__all__ = ["code_events"]

_EMBEDDING = frozenset(["AGREE", "REQUEST", "THREATEN", "REJECT"])
_HISTORY = 30  # earlier mentions kept for pronouns and "kedua negara"


def _home(article: Article) -> Actor | None:
    """The country of the dateline ("JAKARTA -", "MOSKOW:"), if the first sentence starts with one."""
    if not article.sentences:
        return None
    first = article.sentences[0]
    for actor in article.mentions:
        if actor.start >= first.end:
            break
        if actor.kind == "place" and actor.code and actor.start - first.start < 40:
            return actor
    return None


def code_events(article: Article) -> Article | Skip:
    """Stage: fill `events` (every factuality; consumers filter)."""
    pack = pack_for(article.lang)
    if pack is None:
        return dataclasses.replace(article, events=())
    lex = lexicon(pack.code)
    lang = article.lang or pack.code
    home = _home(article)
    title = (article.title or "").strip()
    history: list[Actor] = []
    events: list[Event] = []
    for index, sent in enumerate(article.sentences):
        view = build_view(index, sent, article.mentions, pack)
        view.history, view.home = history[-_HISTORY:], home
        matches = list(lex.matcher.find(sent.tokens, view.lowered))
        if matches:
            dates = find_dates(
                article.text, sent.start, sent.end, lang=pack.code, published=article.published
            )
            inside = {k for p in view.mentions for k in range(p.start, p.end)}
            title_like = bool(title) and article.text[sent.start : sent.end].strip() == title
            embedded_in: str | None = None
            for m in matches:
                if m.start in inside:
                    continue
                trig: Trigger = m.values[0]
                args = find_arguments(view, m.start, m.end, trig, pack)
                if args is not None:
                    right = view.right_bound(m.end)
                    mode = args.mode or lex.mode_from_cues(args.event, view.lowered[m.end : right])
                    fact = judge(
                        view,
                        m.start,
                        args.event,
                        mode,
                        pack=pack,
                        dates=dates,
                        published=article.published,
                        embedded_in=embedded_in,
                    )
                    events.append(
                        make_event(
                            doc_id=article.doc_id,
                            lang=lang,
                            text=article.text,
                            view=view,
                            trigger_span=(m.start, m.end),
                            args=args,
                            fact=fact,
                            mode=fact.mode if fact.event != args.event else mode,
                            title_like=title_like,
                        )
                    )
                if trig.event in _EMBEDDING:
                    embedded_in = trig.event
        history.extend(p.actor for p in view.mentions if p.actor.code and p.actor.kind != "place")
    return dataclasses.replace(article, events=tuple(dedupe(events)))
