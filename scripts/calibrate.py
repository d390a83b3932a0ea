#!/usr/bin/env python3
"""Fit the event confidence model (warta/coding/confidence.json) and report how well it generalises.

usage: scripts/calibrate.py [--check]

Training data: every asserted prediction of the coder on ../shared/gold/{seeds,dev}.jsonl and the
project's own tests/data/{challenge,examples}_gold.jsonl (articles, not the one-sentence cases),
labelled 1 when it matches a gold event (GUIDELINES section 5), else 0. The model is an
L2-regularised logistic regression over the general features of warta.coding.confidence (types,
voices, rules, positions; no words). The minimum confidence is the threshold that maximises the mean
F1 of the two groups. With --check, it is first fitted on one half (gold, or our own sets) and
scored on the other, both ways, and nothing is written.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import warta.coding.confidence as confidence
from warta.evaluate import greedy_pairs, predictions
from warta.evaluate.gold import read_gold
from warta.model import Article
from warta.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
GOLD = [ROOT.parent / "shared" / "gold" / "seeds.jsonl", ROOT.parent / "shared" / "gold" / "dev.jsonl"]
OWN = [
    ROOT / "tests" / "data" / "challenge_gold.jsonl",
    ROOT / "tests" / "data" / "examples_gold.jsonl",
]
# Not tests/golden/coding/sentences.jsonl: one-sentence cases have no article context (every event is
# in the lead, none has a title or neighbours), so fitting on them skews the position features.
L2 = 1.0
STEPS = 800
RATE = 0.5

Sample = tuple[dict[str, float], int]


def collect(paths: Sequence[Path]) -> tuple[list[Sample], int]:
    """Asserted predictions as (features, matched?) and the number of gold asserted events."""
    pipeline = Pipeline()
    samples: list[Sample] = []
    gold_total = 0
    for gold in read_gold(paths):
        with confidence.overriding(confidence.Model({}, 0.0)):  # every prediction, none filtered
            coded = pipeline.process(gold.article)
        if not isinstance(coded, Article):
            continue
        scored = predictions(coded)
        asserted = [(s, ev) for s, ev in zip(scored, coded.events, strict=True) if s.factuality == "asserted"]
        golds = [g for g in gold.events if g.factuality == "asserted"]
        gold_total += len(golds)
        matched = {id(p) for p, _ in greedy_pairs([s for s, _ in asserted], golds)}
        samples += [(dict(ev.features), int(id(s) in matched)) for s, ev in asserted]
    return samples, gold_total


def fit(samples: Sequence[Sample]) -> dict[str, float]:
    names = sorted({k for x, _ in samples for k in x})
    w = dict.fromkeys(names, 0.0)
    n = len(samples)
    for _ in range(STEPS):
        grad = dict.fromkeys(names, 0.0)
        for x, y in samples:
            z = sum(w[k] * v for k, v in x.items())
            err = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            for k, v in x.items():
                grad[k] += err * v
        for k in names:
            penalty = 0.0 if k == "bias" else L2 * w[k]
            w[k] -= RATE * (grad[k] + penalty) / n
    return {k: round(v, 4) for k, v in w.items() if abs(v) >= 1e-4}


def score(weights: dict[str, float], x: dict[str, float]) -> float:
    return confidence.Model(weights, 0.0).score(tuple(x.items()))


def f1_at(
    weights: dict[str, float], samples: Sequence[Sample], gold_total: int, threshold: float
) -> tuple[float, float, float]:
    kept = [y for x, y in samples if score(weights, x) >= threshold]
    tp = sum(kept)
    p = tp / len(kept) if kept else 0.0
    r = tp / gold_total if gold_total else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(weights: dict[str, float], samples: Sequence[Sample], gold_total: int) -> float:
    grid = [i / 100 for i in range(80)]
    return max(grid, key=lambda t: (f1_at(weights, samples, gold_total, t)[2], -t))


def best_macro_threshold(weights: dict[str, float], groups: Sequence[tuple[list[Sample], int]]) -> float:
    """The threshold that maximises the mean F1 over the groups (the shared gold, our own sets), so
    that the larger group does not decide alone."""
    grid = [i / 100 for i in range(80)]

    def mean_f1(t: float) -> float:
        return sum(f1_at(weights, s, total, t)[2] for s, total in groups) / len(groups)

    return max(grid, key=lambda t: (mean_f1(t), -t))


def reliability(weights: dict[str, float], samples: Sequence[Sample]) -> list[str]:
    bins: dict[int, list[int]] = {}
    for x, y in samples:
        bins.setdefault(min(9, int(score(weights, x) * 10)), []).append(y)
    return [
        f"{b / 10:.1f}-{(b + 1) / 10:.1f}: n={len(v):3d} right={sum(v) / len(v):.2f}"
        for b, v in sorted(bins.items())
    ]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="cross-check gold vs own sets; write nothing")
    args = parser.parse_args()
    gold_samples, gold_total = collect(GOLD)
    own_samples, own_total = collect(OWN)
    if args.check:
        for train, test, test_total, name in (
            (own_samples, gold_samples, gold_total, "fit on own sets, score gold"),
            (gold_samples, own_samples, own_total, "fit on gold, score own sets"),
        ):
            weights = fit(train)
            threshold = best_threshold(weights, train, own_total if train is own_samples else gold_total)
            base = f1_at(weights, test, test_total, 0.0)
            tuned = f1_at(weights, test, test_total, threshold)
            print(f"{name}: threshold {threshold:.2f}; P/R/F1 {base} -> {tuned}")
        return 0
    samples = gold_samples + own_samples
    weights = fit(samples)
    threshold = best_macro_threshold(weights, [(gold_samples, gold_total), (own_samples, own_total)])
    model = {
        "about": "Fitted by scripts/calibrate.py on gold seeds+dev and the project's own sets "
        f"({len(samples)} asserted predictions); min_confidence maximises the mean F1 of the two.",
        "min_confidence": threshold,
        "weights": weights,
    }
    (ROOT / "warta" / "coding" / "confidence.json").write_text(
        json.dumps(model, indent=2) + "\n", encoding="utf-8"
    )
    total = gold_total + own_total
    before, after = f1_at(weights, samples, total, 0.0), f1_at(weights, samples, total, threshold)
    print(f"{len(samples)} samples, threshold {threshold:.2f}, pooled P/R/F1 before {before} after {after}")
    print("\n".join(reliability(weights, samples)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
