"""Whom a reaction answers when it names no one: a rejection answers the last accusation, threat,
punishment or demand made of its actor; a condemnation, threat, demand or retaliation the last
hostile act done to its actor; a condemnation "from X" that an act drew the party that acted."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from warta.coding.arguments import Arguments
from warta.model import Actor, Event

__all__ = ["answer_to"]

_ANSWERED = frozenset(["ACCUSE", "THREATEN", "SANCTION", "REQUEST", "AGREE"])  # what a rejection answers
_REACTIONS = frozenset(["ACCUSE", "THREATEN", "REQUEST"])  # condemnations, threats, demands: answer an act
_RETALIATE = ("retaliat", "balas")  # an attack in retaliation answers the attack on its actor
_PROVOKED = frozenset(["THREATEN", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"])


def answer_to(
    args: Arguments, prior: Sequence[Event], *, verb: bool, roots: frozenset[str] = frozenset()
) -> Arguments:
    """A rejection that names no one answers the last party that accused, threatened, punished or asked
    something of its actor just before ("Kamboja membantah tuduhan itu": Thailand's). A condemnation,
    threat, demand or retaliation that names no one ("vowed a response", "demanded their release")
    answers the last hostile act done to its actor (a verb: a noun, "the threat from X", is no reply).
    A condemnation "from X" that an act drew ("drew a rebuke from Beijing") with no hostile act to
    answer is about the last act another party was reported doing."""
    retaliation = args.event == "ASSAULT" and verb and any(r.startswith(_RETALIATE) for r in roots)
    reacts = ((verb or args.rule == "source") and args.event in _REACTIONS) or retaliation
    answered = _ANSWERED if args.event == "REJECT" else _PROVOKED if reacts else None
    if answered is None or args.recipients or len(args.actors) != 1:
        return args
    code = args.actors[0].code
    found = next(
        (
            ev
            for ev in reversed(prior)
            if ev.event in answered
            and ev.recipient
            and ev.recipient[0].code == code
            and ev.actor[0].code != code
            and (args.event == "REJECT" or ev.factuality == "asserted")
        ),
        None,
    )
    if found is None and args.rule == "source" and args.event == "ACCUSE":
        found = next(
            (ev for ev in reversed(prior) if ev.factuality == "asserted" and code not in _codes(ev)), None
        )
    if found is None:
        return args
    first = found.actor[0]
    implied = Actor(first.code, first.sector, first.name, "", 0, 0, first.wikidata, "implied")
    return dataclasses.replace(args, recipients=(implied,), rule=f"{args.rule}; answers {first.name}")


def _codes(ev: Event) -> set[str | None]:
    return {a.code for a in ev.actor + ev.recipient}
