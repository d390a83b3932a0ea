"""Turning a coded trigger into an `Event` record: id, crosswalk, evidence, confidence, context;
and the per-article clean-up (one event per real-world action)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence

from warta.coding.arguments import Arguments
from warta.coding.confidence import explain, features, model
from warta.coding.factuality import Factuality
from warta.coding.lexicon import Trigger
from warta.coding.view import View
from warta.model import Actor, Event, Evidence, Place
from warta.ontology import crosswalk, modes_of
from warta.places import resolve_place

# Complaints and denials are told again in other words ("dituduh ilegal", "menentang tindakan
# tersebut"); praise and requests by different speakers of one side are often separate acts.
_STATEMENTS = frozenset(["ACCUSE", "REJECT"])
_DIPLOMATIC_WORDS = frozenset(
    "duta dubes kedutaan kedubes diplomat diplomatik ambassador envoy embassy diplomatic".split()
)


def event_id(
    doc_id: str, trigger_start: int, event: str, actors: Sequence[Actor], recipients: Sequence[Actor]
) -> str:
    key = "|".join(
        [
            doc_id,
            str(trigger_start),
            event,
            *(a.code or "" for a in actors),
            ">",
            *(r.code or "" for r in recipients),
        ]
    )
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def _context(view: View, event: str, mode: str | None, sides: Sequence[Actor]) -> tuple[str, ...]:
    found = []
    sectors = {a.sector for a in sides}
    if (event == "SANCTION" and mode in ("withdraw", "expel")) or _DIPLOMATIC_WORDS & set(view.lowered):
        found.append("diplomatic")
    if "MIL" in sectors:
        found.append("military")
    if "JUD" in sectors or (event == "SANCTION" and mode == "convict"):
        found.append("legal")
    if "SPY" in sectors:
        found.append("intelligence")
    return tuple(found)


def _place(view: View, args: Arguments, lang: str) -> Place | None:
    """The place named in the sentence ("di Jenewa"), else the dateline's when one of the sides is of
    its country (a report filed from Moscow about Russia's own actions). A place that opens its sentence
    is a dateline, where the report was filed, not where the action happened."""
    line = view.dateline
    named = next((p.actor for p in view.mentions if p.actor.kind == "place" and p.start > 0), None)
    if named is None and line is not None and any(a.code == line.code for a in args.actors + args.recipients):
        named = line
    return resolve_place(named, lang) if named is not None else None


def make_event(
    *,
    doc_id: str,
    lang: str,
    text: str,
    view: View,
    trigger_span: tuple[int, int],
    args: Arguments,
    fact: Factuality,
    mode: str | None,
    title_like: bool,
    trig: Trigger,
    n_triggers: int,
) -> Event:
    start_tok, end_tok = trigger_span
    t_start, t_end = view.char_span(start_tok, end_tok)
    sent = view.sent
    event_type = fact.event
    if mode is not None and mode not in modes_of(event_type):
        mode = None
    xw = crosswalk(event_type, mode)
    feats = features(
        trig, args, event_type, view, span=trigger_span, factuality=fact.value, n_triggers=n_triggers,
        title_like=title_like,
    )  # fmt: skip
    place = _place(view, args, lang)
    return Event(
        id=event_id(doc_id, t_start, event_type, args.actors, args.recipients),
        doc_id=doc_id,
        lang=lang,
        event=event_type,
        mode=mode,
        actor=args.actors,
        recipient=args.recipients,
        factuality=fact.value,
        evidence=Evidence(
            text[sent.start : sent.end], sent.start, sent.end, text[t_start:t_end], t_start, t_end
        ),
        date=fact.date,
        context=_context(view, event_type, mode, args.actors + args.recipients),
        speaker=view.speaker.actor.name if view.speaker is not None else None,
        place=place,
        confidence=model().score(feats),
        cameo=xw.cameo,
        goldstein=xw.goldstein,
        quad=xw.quad,
        plover_score=xw.plover_score,
        why=explain(trig, args, event_type, mode, fact.value),
        features=feats,
    )


def _sides_key(ev: Event) -> tuple[object, ...]:
    actor = ev.actor[0].code if ev.actor else None
    recipient = ev.recipient[0].code if ev.recipient else None
    if ev.event == "CONSULT" or (len(ev.actor) > 1 and not ev.recipient):
        return (frozenset(a.code for a in ev.actor + ev.recipient),)
    return (actor, recipient)


def _one_protest(a: Event, b: Event) -> bool:
    """Demonstrations by the same side against the same side on compatible days, told with different
    words ("unjuk rasa", "berdemonstrasi", "rally"): one protest, however many sentences describe it."""
    return a.event == b.event == "PROTEST" and (a.date is None or b.date is None or a.date == b.date)


def _one_statement(a: Event, b: Event) -> bool:
    """Two criticisms (or denials) of the same side by the same side on the same day, told in different
    words ("dituduh ilegal", "menentang tindakan tersebut"): one statement. A diplomatic act (summoning
    an ambassador) beside a condemnation is another act."""
    return (
        a.event == b.event in _STATEMENTS
        and a.mode == b.mode
        and a.date is not None
        and a.date == b.date
        and ("diplomatic" in a.context) == ("diplomatic" in b.context)
    )


def dedupe(events: Sequence[tuple[Event, frozenset[str]]]) -> list[Event]:
    """One event per action. Reports of one action (same type, sides and factuality, told with the
    same word family or in the same sentence) keep the most confident; an event without a recipient
    goes when the same actor's same event has one; a mobilisation goes when the same actor's assault
    is reported in the same sentence. `events` pairs each event with its trigger's roots (two triggers
    of one word family share a root: "memanggil pulang", "pemanggilan pulang")."""
    kept: list[tuple[Event, frozenset[str], tuple[object, ...]]] = []
    for ev, roots in events:
        signature = (ev.event, ev.factuality, *_sides_key(ev))
        same = next(
            (i for i, (k, k_roots, k_sig) in enumerate(kept)
             if k_sig == signature and (k_roots & roots or k.evidence.start == ev.evidence.start
                                        or _one_protest(k, ev) or _one_statement(k, ev))),
            None,
        )  # fmt: skip
        if same is None:
            kept.append((ev, roots, signature))
            continue
        k_ev, k_roots, _ = kept[same]
        (best, other), best_roots = (
            ((ev, k_ev), roots) if ev.confidence > k_ev.confidence else ((k_ev, ev), k_roots)
        )
        if best.date is None and other.date is not None:  # one report names the day: the action's day
            best = dataclasses.replace(best, date=other.date)
        kept[same] = (best, best_roots, signature)
    kept_events = [ev for ev, _, _ in kept]
    with_recipient = {(e.event, e.factuality, e.actor[0].code) for e in kept_events if e.recipient}
    assaults = {(e.evidence.start, e.actor[0].code) for e in kept_events if e.event == "ASSAULT"}
    out = []
    for ev in kept_events:
        if (
            not ev.recipient
            and len(ev.actor) == 1
            and (ev.event, ev.factuality, ev.actor[0].code) in with_recipient
        ):
            continue
        if ev.event == "MOBILIZE" and (ev.evidence.start, ev.actor[0].code) in assaults:
            continue
        out.append(ev)
    return sorted(out, key=lambda e: (e.evidence.trigger_start, e.event))
