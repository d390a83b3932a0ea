"""Scoring exactly as ../shared/gold/GUIDELINES.md section 5 says.

Detection counts `asserted` events only. Within an article a prediction matches a gold event when
the type agrees and the first predicted actor code is one of the gold actor codes (or both sides are
empty), and likewise for the recipient. A mutual gold event (several actors, no recipient) and any
CONSULT event also match a prediction whose actor and recipient codes together form the same set.
Each gold event and each prediction is matched at most once, greedily in text order.
Secondary, on matched pairs: mode accuracy (gold mode set), date accuracy (gold date set); and
factuality accuracy over the gold events found under any factuality.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ScoredEvent:
    """The fields of an event that scoring looks at (predicted or gold)."""

    event: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    factuality: str
    mode: str | None = None
    date: str | None = None
    position: int = 0  # where its evidence starts in the article text (for text order)


def _side_matches(pred: tuple[str, ...], gold: tuple[str, ...]) -> bool:
    if not pred and not gold:
        return True
    return bool(pred) and pred[0] in gold


def is_match(pred: ScoredEvent, gold: ScoredEvent) -> bool:
    """Whether a prediction matches a gold event (ignoring factuality)."""
    if pred.event != gold.event:
        return False
    if _side_matches(pred.actor, gold.actor) and _side_matches(pred.recipient, gold.recipient):
        return True
    mutual = (len(gold.actor) > 1 and not gold.recipient) or gold.event == "CONSULT"
    return mutual and set(pred.actor) | set(pred.recipient) == set(gold.actor) | set(gold.recipient)


def greedy_pairs(
    preds: Sequence[ScoredEvent], golds: Sequence[ScoredEvent]
) -> list[tuple[ScoredEvent, ScoredEvent]]:
    """Match predictions to gold events, each at most once, greedily in text order."""
    ordered_golds = sorted(enumerate(golds), key=lambda ig: (ig[1].position, ig[0]))
    used: set[int] = set()
    pairs = []
    for pred in sorted(preds, key=lambda p: p.position):
        for i, gold in ordered_golds:
            if i not in used and is_match(pred, gold):
                used.add(i)
                pairs.append((pred, gold))
                break
    return pairs


@dataclass
class Tally:
    """Running counts for one language (or overall)."""

    articles: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    mode_right: int = 0
    mode_total: int = 0
    date_right: int = 0
    date_total: int = 0
    fact_right: int = 0
    fact_total: int = 0
    confusion: dict[str, int] = field(default_factory=dict)

    def add_article(self, preds: Sequence[ScoredEvent], golds: Sequence[ScoredEvent]) -> None:
        self.articles += 1
        asserted_preds = [p for p in preds if p.factuality == "asserted"]
        asserted_golds = [g for g in golds if g.factuality == "asserted"]
        pairs = greedy_pairs(asserted_preds, asserted_golds)
        self.tp += len(pairs)
        self.fp += len(asserted_preds) - len(pairs)
        self.fn += len(asserted_golds) - len(pairs)
        for pred, gold in pairs:
            if gold.mode is not None:
                self.mode_total += 1
                self.mode_right += pred.mode == gold.mode
            if gold.date is not None:
                self.date_total += 1
                self.date_right += pred.date == gold.date
        for pred, gold in greedy_pairs(preds, golds):
            self.fact_total += 1
            self.fact_right += pred.factuality == gold.factuality
            key = f"{gold.factuality}->{pred.factuality}"
            self.confusion[key] = self.confusion.get(key, 0) + 1

    def merge(self, other: Tally) -> None:
        for name in (
            "articles",
            "tp",
            "fp",
            "fn",
            "mode_right",
            "mode_total",
            "date_right",
            "date_total",
            "fact_right",
            "fact_total",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, n in other.confusion.items():
            self.confusion[key] = self.confusion.get(key, 0) + n

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | int | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "articles": self.articles,
            "predicted": self.tp + self.fp,
            "gold": self.tp + self.fn,
            "matched": self.tp,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "mode_accuracy": ratio(self.mode_right, self.mode_total),
            "mode_n": self.mode_total,
            "date_accuracy": ratio(self.date_right, self.date_total),
            "date_n": self.date_total,
            "factuality_accuracy": ratio(self.fact_right, self.fact_total),
            "factuality_n": self.fact_total,
        }


def score(articles: Iterable[tuple[str, Sequence[ScoredEvent], Sequence[ScoredEvent]]]) -> dict[str, Tally]:
    """Tallies per language and 'all' from (lang, predictions, gold events) per article."""
    tallies: dict[str, Tally] = {}
    overall = Tally()
    for lang, preds, golds in articles:
        tally = Tally()
        tally.add_article(preds, golds)
        tallies.setdefault(lang, Tally()).merge(tally)
        overall.merge(tally)
    tallies["all"] = overall
    return tallies
