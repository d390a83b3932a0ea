"""Fit the story resemblance model (warta/stories/resemblance.json) on an annotated story set.

    python scripts/fit_stories.py           # leave one story set out in turn, then fit on all and save
    python scripts/fit_stories.py --check   # only report the shipped model on the three sets

Samples come from placing the set's articles in publication order with their gold stories (teacher
forcing): each story the index proposes for an article is one sample, labelled 1 when it is the
article's gold story. A logistic regression (L2, gradient descent) weighs the features; the joining
threshold is the one that maximises pairwise story F1 on the training sets when the model places the
articles itself. The three sets were written apart (tests/data/stories_gold.jsonl with the clustering in
view; stories_heldout.jsonl and, later, stories_blind.jsonl blind to it): the model fitted on two is
scored on the third (out of sample), then the shipped model is fitted on all three.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

from warta.evaluate.stories import coded_records, evaluate_stories
from warta.model import Article, Skip
from warta.pipeline import Pipeline
from warta.stories import Member, StoryIndex
from warta.stories.resemblance import FEATURES, MODEL_FILE, Model

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT / "tests" / "data" / "stories_gold.jsonl"
HELDOUT = ROOT / "tests" / "data" / "stories_heldout.jsonl"
BLIND = ROOT / "tests" / "data" / "stories_blind.jsonl"
L2 = 0.01
STEPS = 3000
RATE = 0.5


def samples(path: Path, pipeline: Pipeline) -> tuple[np.ndarray, np.ndarray]:
    index = StoryIndex(model=Model({}, 1.0))
    xs: list[list[float]] = []
    ys: list[int] = []
    for article, rec in coded_records(path, pipeline):
        assert article.profile is not None
        if not rec.get("copy_of"):
            for story_id, x in index.candidates(article.profile, article.published, article.lang):
                xs.append([x[k] for k in FEATURES])
                ys.append(int(story_id == rec["story"]))
        index.add(
            Member(article.doc_id, article.published, article.lang, article.profile, rec["story"],
                   rec.get("copy_of"))
        )  # fmt: skip
    return np.array(xs), np.array(ys, dtype=float)


def fit(x: np.ndarray, y: np.ndarray) -> dict[str, float]:
    w = np.zeros(x.shape[1])
    penalty = np.array([0.0 if k == "bias" else L2 for k in FEATURES])
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        w -= RATE * (x.T @ (p - y) / len(y) + penalty * w)
    return {k: round(float(v), 4) for k, v in zip(FEATURES, w, strict=True)}


def scores(path: Path, model: Model, pipeline: Pipeline) -> dict[str, dict[str, float]]:
    r = evaluate_stories(path, pipeline=pipeline, model=model)
    return {
        k: {m: round(float(r[k][m]), 3) for m in ("precision", "recall", "f1")} for k in ("stories", "events")
    }


class MemoPipeline(Pipeline):
    """The pipeline, coding each article once: thresholds are tried on the same coded sets."""

    def __init__(self) -> None:
        super().__init__(strict=False)
        self._done: dict[tuple[str, str], Article | Skip] = {}

    def process(self, article: Article) -> Article | Skip:
        key = (article.doc_id, article.source_text)
        if key not in self._done:
            self._done[key] = super().process(article)
        return self._done[key]


def fitted(paths: list[Path], pipeline: Pipeline) -> Model:
    """Weights from the sets' samples; the threshold with the best mean pairwise story F1 over them.
    Tried on 2026-12-07: the lowest threshold keeping pooled story precision at 0.90 (0.68 on the three
    sets) gave the blind set, out of sample, recall 0.474 and the held-out set precision 0.739; F0.5
    chose 0.8 and halved recall on the blind set. The sets being small, the threshold two of them choose
    moves with small changes of the coder (0.45 or 0.65 for the blind set's fold), and with it the
    blind set's recall (0.763 or 0.474). Averaging each threshold's F1 with its neighbours before
    taking the best steadied the folds (blind out of sample P 0.973 R 0.732) but chose 0.55 on the
    three sets, where two held-out reports of different events merged (events precision 0.964): not
    kept. Merged events stay exact with 0.60 (their type, sides and dates must agree)."""
    parts = [samples(p, pipeline) for p in paths]
    weights = fit(np.vstack([x for x, _ in parts]), np.concatenate([y for _, y in parts]))
    grid = [round(0.2 + 0.05 * i, 2) for i in range(15)]
    f1 = {t: np.mean([scores(p, Model(weights, t), pipeline)["stories"]["f1"] for p in paths]) for t in grid}
    return Model(weights, max(grid, key=lambda t: (f1[t], t)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="Report the shipped model; fit nothing.")
    args = ap.parse_args()
    pipeline = MemoPipeline()
    sets = [TRAIN, HELDOUT, BLIND]
    if args.check:
        shipped = json.loads(MODEL_FILE.read_text("utf-8"))
        print(json.dumps({p.name: scores(p, Model(shipped["weights"], shipped["threshold"]), pipeline)
                          for p in sets}, indent=2))  # fmt: skip
        return 0
    # out of sample: fitted on the other sets, scored on one
    crossed = {}
    for test in sets:
        train = [p for p in sets if p != test]
        m = fitted(train, pipeline)
        crossed[f"fitted on {', '.join(p.name for p in train)}, scored on {test.name}"] = {
            "threshold": m.threshold,
            **scores(test, m, pipeline),
        }
    model = fitted(sets, pipeline)
    report = {
        "out_of_sample": crossed,
        "in_sample": {p.name: scores(p, model, pipeline) for p in sets},
    }
    print(json.dumps(report, indent=2))
    out = {
        "about": "Story resemblance model (warta/stories/resemblance.py), fitted by scripts/fit_stories.py "
        f"on {dt.date.today().isoformat()} on {', '.join(p.name for p in sets)}",
        "weights": dict(model.weights),
        "threshold": model.threshold,
        **report,
    }
    MODEL_FILE.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
