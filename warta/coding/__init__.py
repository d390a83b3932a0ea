"""Coding: PLOVER events from sentences, their actors and the trigger lexicon of the language.

For each sentence: find triggers (longest match, morphology expanded from the pack's lexicon), find
actor and recipient (`arguments`), pick the mode (lexicon, else cue words), judge factuality and the
date (`factuality`, `dates`), and build the record (`events`). Then keep one event per action.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from warta.actors import dateline, home_country
from warta.coding.answers import answer_to
from warta.coding.arguments import Arguments, find_arguments
from warta.coding.confidence import model
from warta.coding.dates import DateExpr, scan_dates
from warta.coding.embedding import Head, embedding, head_kind
from warta.coding.events import dedupe, make_event
from warta.coding.factuality import Factuality, judge
from warta.coding.lexicon import REQUIRE_WINDOW, Lexicon, Trigger, choose, lexicon
from warta.coding.readings import (
    Hit,
    by_position,
    described,
    harm_object,
    light_verb,
    match_score,
    orders_action,
    put_question,
    skip_noun,
)
from warta.coding.view import Earlier, View, build_view
from warta.lang import pack_for
from warta.lang.pack import LanguagePack
from warta.matcher import Match
from warta.model import Actor, Article, Event, Sentence, Skip

__all__ = ["code_events"]

_MULTILATERAL = frozenset(["IGO", "UNO", "EUR"])
_DEFAULT_MODES = {"REQUEST": "change", "THREATEN": "violence"}
_ANSWER_SENTENCES = 2  # a rejection answers what the last two sentences reported
_PRISON = frozenset(["prison", "jail", "imprisonment", "penjara", "kurungan", "bui"])
_HISTORY = 30  # earlier mentions kept for pronouns and "kedua negara"
_CONTEXT_DAYS = 7


def _date_follows(dates: Sequence[DateExpr], offsets: Sequence[int], m_end: int) -> bool:
    """A phrase ending in a preposition right before a date ("called on Wednesday to ..."): the
    preposition belongs to the date, so the phrase ("call on") is not what was said."""
    return m_end < len(offsets) and any(d.start == offsets[m_end] for d in dates)


def _in_date(dates: Sequence[DateExpr], char: int) -> bool:
    """A word inside a date expression ("in March 2024") is a month or a day, never a trigger."""
    return any(d.start <= char < d.end for d in dates)


def _in_a_date(
    pack: LanguagePack,
    sent: Sentence,
    lowered: Sequence[str],
    dates: Sequence[DateExpr],
    match: Match[Trigger],
) -> bool:
    """A match that belongs to a date: a month or day name inside one, or a phrase whose last
    preposition introduces a date ("called on Wednesday to ...")."""
    return _in_date(dates, sent.offsets[match.start]) or (
        match.end - match.start > 1
        and lowered[match.end - 1] in pack.recipient_preps
        and _date_follows(dates, sent.offsets, match.end)
    )


def _last_day(dates: list[DateExpr], published: dt.date | None) -> dt.date | None:
    """The last day a sentence names in its own voice (not when an outlet quoted it), up to publication."""
    own = [d.day for d in dates if d.day is not None and not d.citation]
    days = [day for day in own if published is None or day <= published]
    return days[-1] if days else None


def _first_own_day(dates: list[DateExpr], published: dt.date | None) -> dt.date | None:
    """The first recent day a sentence names in the article's own voice ("dikutip AFP, Jumat" is not)."""
    days = [d.day for d in dates if d.day is not None and not d.citation and _recent(d.day, published)]
    return days[0] if days else None


def _headline_future(doc: _Doc, view: View, m: Hit) -> bool:
    """A headline's "X to visit China" announces what will happen (a headline convention)."""
    if not any(t in doc.pack.headline_future for t in view.lowered[: m.start]):
        return False  # "to visit China, meet Xi": every verb after the "to"
    return _is_title(doc, view)


def _is_title(doc: _Doc, view: View) -> bool:
    """Whether the sentence being coded is the article's title."""
    return bool(doc.title) and doc.article.text[view.sent.start : view.sent.end].strip() == doc.title


def _relative(view: View, ev: Event, pack: LanguagePack) -> bool:
    """An event told in a relative clause ("nelayan yang ditahan"): background, not the news."""
    t = view.token_at(ev.evidence.trigger_start)
    return any(view.lowered[k] in pack.relativizers for k in range(view.left_bound(t) + 1, t))


def _dated(ev: Event, day: dt.date) -> Event:
    """An undated asserted event of the lead, given the article's news day."""
    if ev.date is not None or ev.factuality != "asserted":
        return ev
    return dataclasses.replace(ev, date=day)


def _recent(day: dt.date | None, published: dt.date | None) -> bool:
    """A day close enough before publication to be the news day of an undated sentence."""
    return day is not None and published is not None and 0 <= (published - day).days <= _CONTEXT_DAYS


def _default_mode(args: Arguments) -> str | None:
    """The mode when neither the trigger nor a cue word gives one: talks with an international
    organisation or among three or more parties are multilateral, talks between two states a visit
    (PLOVER's usual case); a demand asks for a change, a threat is of force."""
    if args.event == "CONSULT":
        codes = {a.code for a in args.actors + args.recipients}
        if codes & _MULTILATERAL or len(codes) > 2:
            return "multilateral"
        return "visit" if len(codes) == 2 else None
    return _DEFAULT_MODES.get(args.event)


def _demand(view: View, args: Arguments, fact: Factuality) -> Arguments | None:
    """ "Trump menegaskan bahwa Arab Saudi harus menandatangani ...": a speaker of another party says
    the subject must act, which is a REQUEST from the speaker to the subject."""
    speaker = view.speaker
    if not fact.deontic or speaker is None or speaker.actor.code in (None, args.actors[0].code):
        return None
    return Arguments((speaker.actor,), args.actors, "REQUEST", None, True, "speaker of an obligation")


def _offer_of_speaker(view: View, args: Arguments, fact: Factuality) -> Arguments:
    """ "X's minister said X and Y should deepen cooperation": a joint act that the speaker's side
    proposes becomes its AGREE, offered to the other parties (GUIDELINES section 3)."""
    speaker = view.speaker
    if fact.event != "AGREE" or args.event == "AGREE" or args.recipients or len(args.actors) < 2:
        return args
    if speaker is None or speaker.actor.code is None:
        return args
    own = [a for a in args.actors if a.code == speaker.actor.code]
    others = tuple(a for a in args.actors if a.code != speaker.actor.code)
    if not own or not others:
        return args
    return dataclasses.replace(
        args, actors=(own[0],), recipients=others[:1], rule=f"{args.rule}; speaker's offer"
    )


@dataclass(frozen=True)
class _Doc:
    """What every trigger of an article is coded against."""

    article: Article
    pack: LanguagePack
    lex: Lexicon
    lang: str
    title: str


def _emit(
    doc: _Doc, view: View, m: Hit, args: Arguments, fact: Factuality, mode: str | None, n_triggers: int
) -> Event:
    return make_event(
        doc_id=doc.article.doc_id,
        lang=doc.lang,
        text=doc.article.text,
        view=view,
        trigger_span=(m.start, m.end),
        args=args,
        fact=fact,
        mode=mode,
        title_like=_is_title(doc, view),
        trig=m.trig,
        n_triggers=n_triggers,
    )


def _code_trigger(
    doc: _Doc,
    view: View,
    m: Hit,
    *,
    previous: Hit | None,
    embedded_in: str | None,
    dates: list[DateExpr],
    context_day: dt.date | None,
    n_triggers: int,
    prior: Sequence[Event] = (),
    harm: tuple[int, int] | None = None,
) -> list[tuple[Event, frozenset[str]]]:
    """The events (with their trigger's roots) of one trigger: none, one, or one plus a demand."""
    trig = m.trig
    pack, published = doc.pack, doc.article.published
    light = trig.voice == "noun" and light_verb(view, m, pack, previous)
    governed = (
        trig.voice == "noun"
        and previous is not None
        and m.start - previous.end <= 2
        and previous.trig.frame != "command"  # "ordered the deployment": the one who orders acts
    )
    args = find_arguments(
        view, m.start, m.end, trig, pack, light_verb=light, object_of_trigger=governed, harm=harm
    )
    if args is None:
        return []
    args = answer_to(args, prior, verb=trig.voice != "noun", roots=trig.roots)
    right = view.right_bound(m.end)
    mode = args.mode or doc.lex.mode_from_cues(args.event, view.lowered[m.end : right]) or _default_mode(args)
    fact = judge(
        view,
        m.start,
        args.event,
        mode,
        pack=pack,
        dates=dates,
        published=published,
        embedded_in=embedded_in,
        actor_code=args.actors[0].code,
    )
    if fact.value == "asserted" and _headline_future(doc, view, m):
        fact = dataclasses.replace(fact, value="anticipated")
    if fact.date is None and not fact.vague and fact.value == "asserted":
        # the one recent day the sentence names ("a photo taken on April 18 shows X meeting Y"), else
        # the last day named before it
        own = {d.day for d in dates if d.day is not None and not d.citation and _recent(d.day, published)}
        day = own.pop() if len(own) == 1 and len(dates) == 1 else context_day
        if fact.shift is not None:  # "sehari sebelumnya", "a day after": from the day named last
            day = context_day + dt.timedelta(days=fact.shift) if context_day is not None else None
        if _recent(day, published):
            fact = dataclasses.replace(fact, date=day)
    final_mode = fact.mode if fact.event != args.event else mode
    args = _offer_of_speaker(view, args, fact)
    out = [(_emit(doc, view, m, args, fact, final_mode, n_triggers), trig.roots)]
    if fact.event == "SANCTION" and final_mode == "convict" and _PRISON & set(view.lowered[m.end : right]):
        # PLOVER: a prison sentence is also a COERCE arrest, by the court, of the one sentenced
        jailed = dataclasses.replace(args, event="COERCE", mode="arrest")
        jail_fact = dataclasses.replace(fact, event="COERCE", mode="arrest")
        out.append((_emit(doc, view, m, jailed, jail_fact, "arrest", n_triggers), frozenset({"prison"})))
    demand = _demand(view, args, fact)
    if demand is not None:
        demand_mode = doc.lex.mode_from_cues("REQUEST", view.lowered[m.start : right]) or "change"
        demand_fact = Factuality("asserted", "REQUEST", demand_mode, fact.date)
        out.append(
            (
                _emit(doc, view, m, demand, demand_fact, demand_mode, n_triggers),
                frozenset({"request"}) | trig.roots,
            )
        )
    return out


def _mentions_by_sentence(article: Article) -> list[list[Actor]]:
    """For each sentence, the mentions starting inside it, in the article's order (one pass over the
    mentions sorted by start, not one per sentence: a long article stays linear)."""
    order = sorted(range(len(article.mentions)), key=lambda k: article.mentions[k].start)
    starts = [article.mentions[k].start for k in order]
    out = []
    for sent in article.sentences:
        inside = order[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)]
        out.append([article.mentions[k] for k in sorted(inside)])
    return out


def _since(events: list[tuple[Event, frozenset[str]]], start: int) -> list[Event]:
    """The events whose evidence starts at or after `start` (they are in text order: scan from the end)."""
    k = len(events)
    while k > 0 and events[k - 1][0].evidence.start >= start:
        k -= 1
    return [e for e, _ in events[k:]]


def code_events(article: Article) -> Article | Skip:
    """Stage: fill `events` (every factuality; consumers filter)."""
    pack = pack_for(article.lang)
    if pack is None:
        return dataclasses.replace(article, events=())
    doc = _Doc(article, pack, lexicon(pack.code), article.lang or pack.code, (article.title or "").strip())
    home = home_country(article.mentions, article.sentences, pack)
    line = dateline(article.mentions, article.sentences)
    history: list[Actor] = []
    events: list[tuple[Event, frozenset[str]]] = []
    context_day: dt.date | None = None  # the last day the article named: the news day of what follows
    by_sentence = _mentions_by_sentence(article)
    earlier = Earlier(article.sentences, by_sentence, pack)
    news_day: dt.date | None = None  # the first day the article names in its own voice (not a citation)
    lead: list[int] = []  # events of the lead (before the article names a day), dated by news_day later
    for index, sent in enumerate(article.sentences):
        lowered = list(sent.lowered or (t.lower() for t in sent.tokens))
        before = len(events)
        matches = list(doc.lex.matcher.find(sent.tokens, lowered))
        dates = scan_dates(sent.tokens, sent.offsets, lowered, lang=pack.code, published=article.published)
        if matches:
            view = build_view(index, sent, by_sentence[index], pack, lowered=lowered)
            view.history, view.home, view.dateline = history[-_HISTORY:], home, line
            view.earlier, earlier.views[index] = earlier, view
            inside = {k for p in view.mentions for k in range(p.start, p.end)}
            recent = article.sentences[max(0, index - _ANSWER_SENTENCES)].start
            head: Head | None = None  # the last trigger that embeds what follows it
            previous: Hit | None = None
            # a phrase whose preposition belongs to a date is no trigger, nor counts as one
            in_dates = [_in_a_date(pack, sent, lowered, dates, match) for match in matches]
            n_triggers = in_dates.count(False)
            for k_match, match in enumerate(matches):
                if in_dates[k_match]:
                    continue
                following = lowered[  # the clause, with the word that closes it ("agar", "bahwa")
                    match.end : min(view.right_bound(match.end - 1) + 1, match.end + REQUIRE_WINDOW)
                ]
                values = by_position(match.values, lowered, match.start, pack, inside)
                chosen = choose(values, following) if values else None
                if chosen is None:
                    continue
                m = Hit(match.start, match.end, chosen)
                trig = chosen
                if (
                    m.start not in inside
                    and not described(lowered, m, pack, inside)
                    and not skip_noun(view, m, trig, pack, previous)
                    and not (trig.event == "ASSAULT" and match_score(lowered, m))
                    and not put_question(lowered, m)
                    and not orders_action(m, matches[k_match + 1 : k_match + 2])
                ):
                    events += _code_trigger(
                        doc,
                        view,
                        m,
                        previous=previous,
                        embedded_in=embedding(view, pack, head, m.start, inside),
                        dates=dates,
                        context_day=context_day,
                        n_triggers=n_triggers,
                        prior=_since(events, recent),
                        harm=harm_object(view, m, matches[k_match + 1 : k_match + 2], pack),
                    )
                kind = head_kind(trig)
                if kind is not None:
                    head = (kind, m.end, trig.voice == "noun")
                previous = m
        context_day = _last_day(dates, article.published) or context_day
        if news_day is None:
            news_day = _first_own_day(dates, article.published)
            if news_day is None and not any(d.day is None for d in dates) and matches:  # no "2014"
                lead += [k for k in range(before, len(events)) if not _relative(view, events[k][0], pack)]
        history.extend(a for a in by_sentence[index] if a.code and a.kind != "place")
    if news_day is not None:  # inverted pyramid: the lead's undated events happened on the news day
        for k in lead:
            events[k] = (_dated(events[k][0], news_day), events[k][1])
    threshold = model().min_confidence
    # the model is calibrated on asserted events: only those are held to its minimum
    kept = [ev for ev in dedupe(events) if ev.factuality != "asserted" or ev.confidence >= threshold]
    return dataclasses.replace(article, events=tuple(kept))
