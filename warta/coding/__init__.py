"""Coding: PLOVER events from sentences, their actors and the trigger lexicon of the language.

For each sentence: find triggers (longest match, morphology expanded from the pack's lexicon), find
actor and recipient (`arguments`), pick the mode (lexicon, else cue words), judge factuality and the
date (`factuality`, `dates`), and build the record (`events`). Then keep one event per action.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from warta.coding.arguments import Arguments, find_arguments
from warta.coding.dates import DateExpr, scan_dates
from warta.coding.events import dedupe, make_event
from warta.coding.factuality import Factuality, judge
from warta.coding.lexicon import Trigger, lexicon
from warta.coding.view import View, build_view
from warta.lang import pack_for
from warta.lang.pack import LanguagePack
from warta.matcher import Match
from warta.model import Actor, Article, Event, Skip

__all__ = ["code_events"]

_EMBEDDING = frozenset(["AGREE", "REQUEST", "THREATEN", "REJECT"])
_HISTORY = 30  # earlier mentions kept for pronouns and "kedua negara"
_CONTEXT_DAYS = 7


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


def _skip_noun(
    view: View, m: Match[Trigger], trig: Trigger, pack: LanguagePack, previous: Match[Trigger] | None
) -> bool:
    """A trigger noun that is no new event: it refers back ("tuduhan tersebut", "this attack"), it is
    the reason for another action ("sanksi atas peretasan"), or what is being rejected."""
    if trig.voice != "noun":
        return False
    after = view.lowered[m.end] if m.end < len(view.lowered) else ""
    before = view.lowered[max(0, m.start - 2) : m.start]
    if after in pack.anaphora_after or (before and before[-1] in pack.anaphora_before):
        return True
    if previous is None:
        return False
    if any(t in pack.reason_preps for t in before):
        return True
    return previous.values[0].event == "REJECT" and m.start - previous.end <= 1


def _light_verb(view: View, m: Match[Trigger], pack: LanguagePack, previous: Match[Trigger] | None) -> bool:
    """The noun is the object of a verb that is not a trigger itself ("melakukan kunjungan")."""
    if m.start == 0 or not pack.verb_prefixes:
        return False
    verb = view.lowered[m.start - 1]
    is_trigger = previous is not None and previous.end == m.start
    return verb.startswith(pack.verb_prefixes) and len(verb) > 4 and not is_trigger


def _last_day(dates: list[DateExpr], published: dt.date | None) -> dt.date | None:
    days = [d.day for d in dates if d.day is not None and (published is None or d.day <= published)]
    return days[-1] if days else None


def _recent(day: dt.date | None, published: dt.date | None) -> bool:
    """A day close enough before publication to be the news day of an undated sentence."""
    return day is not None and published is not None and 0 <= (published - day).days <= _CONTEXT_DAYS


def _demand(view: View, args: Arguments, fact: Factuality) -> Arguments | None:
    """ "Trump menegaskan bahwa Arab Saudi harus menandatangani ...": a speaker of another party says
    the subject must act, which is a REQUEST from the speaker to the subject."""
    speaker = view.speaker
    if not fact.deontic or speaker is None or speaker.actor.code in (None, args.actors[0].code):
        return None
    return Arguments((speaker.actor,), args.actors, "REQUEST", None, True)


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
    events: list[tuple[Event, str]] = []
    context_day: dt.date | None = None  # the last day the article named: the news day of what follows
    for index, sent in enumerate(article.sentences):
        lowered = [t.lower() for t in sent.tokens]
        matches = list(lex.matcher.find(sent.tokens, lowered))
        dates = scan_dates(sent.tokens, sent.offsets, lowered, lang=pack.code, published=article.published)
        if matches:
            view = build_view(index, sent, article.mentions, pack, lowered=lowered)
            view.history, view.home = history[-_HISTORY:], home
            inside = {k for p in view.mentions for k in range(p.start, p.end)}
            title_like = bool(title) and article.text[sent.start : sent.end].strip() == title
            embedded_in: str | None = None
            previous: Match[Trigger] | None = None
            for m in matches:
                trig: Trigger = m.values[0]
                if m.start in inside or _skip_noun(view, m, trig, pack, previous):
                    previous = m
                    continue
                light = trig.voice == "noun" and _light_verb(view, m, pack, previous)
                governed = trig.voice == "noun" and previous is not None and m.start - previous.end <= 2
                args = find_arguments(
                    view, m.start, m.end, trig, pack, light_verb=light, object_of_trigger=governed
                )
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
                        actor_code=args.actors[0].code,
                    )
                    if (
                        fact.date is None
                        and fact.value == "asserted"
                        and _recent(context_day, article.published)
                    ):
                        fact = dataclasses.replace(fact, date=context_day)
                    event = make_event(
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
                    events.append((event, trig.lemma))
                    demand = _demand(view, args, fact)
                    if demand is not None:
                        mode = lex.mode_from_cues("REQUEST", view.lowered[m.start : right]) or "change"
                        events.append(
                            (
                                make_event(
                                    doc_id=article.doc_id,
                                    lang=lang,
                                    text=article.text,
                                    view=view,
                                    trigger_span=(m.start, m.end),
                                    args=demand,
                                    fact=Factuality("asserted", "REQUEST", mode, fact.date),
                                    mode=mode,
                                    title_like=title_like,
                                ),
                                "request:" + trig.lemma,
                            )
                        )
                if trig.event in _EMBEDDING:
                    embedded_in = trig.event
                previous = m
        context_day = _last_day(dates, article.published) or context_day
        history.extend(
            a for a in article.mentions if sent.start <= a.start < sent.end and a.code and a.kind != "place"
        )
    return dataclasses.replace(article, events=tuple(dedupe(events)))
