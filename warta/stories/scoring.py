"""Scoring story clustering and event merging against an annotated set (tests/data/stories_gold.jsonl).

Story clustering: pairwise precision and recall over article pairs (a pair is positive when both
articles carry the same gold story label). Event merging: over pairs of coded asserted events that
each match a gold event of their article (GUIDELINES section 5 matching), a pair is positive when
the two gold events have the same real-world id; predicted positive when merging put them in one
real-world event. Copies: precision and recall of the `copy_of` links.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["PairScore", "pair_score"]


@dataclass(frozen=True, slots=True)
class PairScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_record(self) -> dict[str, float | int]:
        return {
            "pairs_true": self.tp + self.fn, "pairs_predicted": self.tp + self.fp, "tp": self.tp,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }  # fmt: skip


def pair_score(items: Sequence[str], gold: dict[str, str], predicted: dict[str, str]) -> PairScore:
    """Pairwise agreement of two labellings of `items` (item -> cluster label)."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted[a] == predicted[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return PairScore(tp, fp, fn)


def link_score(gold: Iterable[tuple[str, str]], predicted: Iterable[tuple[str, str]]) -> PairScore:
    """Agreement of two sets of links (copy -> original), in either direction."""
    g = {frozenset(p) for p in gold}
    p = {frozenset(x) for x in predicted}
    return PairScore(len(g & p), len(p - g), len(g - p))
