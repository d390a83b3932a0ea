"""Confidence of a coded event: a logistic model over general features of how it was coded.

The weights live in `confidence.json`, fitted by `scripts/calibrate.py` on the gold files and the
project's own annotated sets (asserted predictions, labelled by whether they match a gold event), so
that a confidence of 0.7 means about 70% of such events are right. Events below `min_confidence`
(chosen there to maximise F1) are not emitted.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warta.coding.arguments import Arguments
from warta.coding.lexicon import Trigger
from warta.coding.view import View

_MODEL = Path(__file__).with_name("confidence.json")
_LEAD_SENTENCES = 3
_MANY_TRIGGERS = 3

Features = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    min_confidence: float

    def score(self, features: Features) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def _load() -> Model:
    data = json.loads(_MODEL.read_text(encoding="utf-8"))
    return Model({str(k): float(v) for k, v in data["weights"].items()}, float(data["min_confidence"]))


_override: list[Model] = []


def model() -> Model:
    """The confidence model in use (the fitted one, unless `overriding` replaces it)."""
    return _override[-1] if _override else _load()


@contextlib.contextmanager
def overriding(replacement: Model) -> Iterator[None]:
    """Use another model for a while (calibration collects unfiltered predictions this way)."""
    _override.append(replacement)
    try:
        yield
    finally:
        _override.pop()


def features(
    trig: Trigger,
    args: Arguments,
    event: str,
    view: View,
    *,
    span: tuple[int, int],
    factuality: str,
    n_triggers: int,
    title_like: bool,
) -> Features:
    """General features of a coded event (no words from any article: types, rules, positions)."""
    actor = args.actors[0]
    recipient = args.recipients[0] if args.recipients else None
    out: list[tuple[str, float]] = [
        ("bias", 1.0),
        (f"type={event}", 1.0),
        (f"voice={trig.voice}", 1.0),
        (f"frame={trig.frame}", 1.0),
        (f"rule={args.rule.split(';')[0]}", 1.0),  # "subject; answers Russia": the rule, not the name
        (f"actor={actor.kind}", 1.0),
    ]
    flags = {
        "recipient": recipient is not None or len(args.actors) > 1,  # mutual: each party is the other's
        "recipient_place": recipient is not None and recipient.kind == "place",
        "recipient_office": recipient is not None and recipient.kind == "office",
        "recipient_implied": recipient is not None and recipient.kind == "implied",
        "domestic": recipient is not None and recipient.code == actor.code,
        "actor_sector": actor.sector is not None,
        "multiword": span[1] - span[0] > 1,
        "requires": bool(trig.requires),
        "speaker": view.speaker is not None,
        "lead": view.index < _LEAD_SENTENCES,
        "title": title_like,
        "many_triggers": n_triggers >= _MANY_TRIGGERS,
        "mode": args.mode is not None or trig.mode is not None,
    }
    out += [(name, 1.0) for name, on in flags.items() if on]
    return tuple(out)


def explain(trig: Trigger, args: Arguments, event: str, mode: str | None, factuality: str) -> str:
    """Why an event was coded: the lexicon entry and the rules that fired, in one line."""
    parts = [f"trigger '{trig.pattern}' -> {trig.event}{' ' + trig.mode if trig.mode else ''} ({trig.voice})"]
    if event != trig.event or (mode and mode != trig.mode):
        parts.append(f"coded as {event}{' ' + mode if mode else ''}")
    if trig.requires:
        parts.append(f"with object {'/'.join(trig.requires)}")
    parts.append(f"actor by {args.rule}: {args.actors[0].text or args.actors[0].name}")
    if args.recipients:
        parts.append(f"recipient: {args.recipients[0].text or args.recipients[0].name}")
    parts.append(factuality)
    return "; ".join(parts)
