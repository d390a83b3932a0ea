"""Fit the story resemblance model (warta/stories/resemblance.json) on the annotated story sets.

    python scripts/fit_stories.py           # leave one story set out in turn, then fit on all and save
    python scripts/fit_stories.py --check   # only report the shipped model on the sets

Samples come from placing a set's articles in publication order with their gold stories (teacher
forcing): each story the index proposes for an article is one sample, labelled 1 when it is the
article's gold story. A logistic regression (L2, gradient descent) weighs the features; the joining
threshold is the one whose worst pairwise story F1 over the training sets is best, when the model
places the articles itself. Five sets: tests/data/stories_gold.jsonl (written with the clustering in
view) and four written blind to it (stories_heldout, stories_blind, stories_blind2, stories_blind3).
Each is scored by the model fitted on the other four (out of sample); the shipped model is fitted on
all five.
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
NAMES = ("gold", "heldout", "blind", "blind2", "blind3")
SETS = [ROOT / "tests" / "data" / f"stories_{n}.jsonl" for n in NAMES]
L2 = 0.01
# Every sample is also seen without its topics, as if the lexicon had no word for them: the sets' articles
# nearly all have topics, short real ones often none, and a model fitted on the sets alone learns
# that a story without topics is not the article's (two same-day reports of one recall, sharing every
# name, actor and event, scored 0.36).
NO_TOPICS = {"topics": 0.0, "topics_actors": 0.0, "topics_shared": 0.0, "topics_unknown": 1.0}
NO_TOPICS_WEIGHT = 0.25  # 0.1: out-of-sample mean story F1 0.907, blind2 recall 0.767; 0.25: 0.892, 0.794
STEPS = 3000
RATE = 0.5


def samples(path: Path, pipeline: Pipeline) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and sample weights (NO_TOPICS copies weigh NO_TOPICS_WEIGHT)."""
    index = StoryIndex(model=Model({}, 1.0))
    xs: list[list[float]] = []
    ys: list[int] = []
    ws: list[float] = []
    for article, rec in coded_records(path, pipeline):
        assert article.profile is not None
        if not rec.get("copy_of"):
            for story_id, x in index.candidates(article.profile, article.published, article.lang):
                bare = [(x | NO_TOPICS, NO_TOPICS_WEIGHT)] if x["topics"] else []
                for sample, weight in [(x, 1.0), *bare]:
                    xs.append([sample[k] for k in FEATURES])
                    ys.append(int(story_id == rec["story"]))
                    ws.append(weight)
        index.add(
            Member(article.doc_id, article.published, article.lang, article.profile, rec["story"],
                   rec.get("copy_of"))
        )  # fmt: skip
    return np.array(xs), np.array(ys, dtype=float), np.array(ws)


def fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray) -> dict[str, float]:
    w = np.zeros(x.shape[1])
    penalty = np.array([0.0 if k == "bias" else L2 for k in FEATURES])
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        w -= RATE * (x.T @ (weights * (p - y)) / weights.sum() + penalty * w)
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
    """Weights from the sets' samples; the threshold whose worst story F1 over the sets is best (then
    the best mean). Tried on 2026-12-07, leave one set out over the five sets (before 'dyads_apart'):
    the best mean F1 instead gave an out-of-sample mean F1 of 0.885, the worst set's 0.904; the
    threshold a fold chooses moves between 0.30 and 0.65 either way (30-38 stories a set). The
    lowest threshold keeping pooled precision at 0.90, and F0.5, on three sets: lost half the recall
    of the set left out. Averaging each threshold's F1 with its neighbours steadied the folds but
    merged two held-out events at 0.55 (three sets)."""
    parts = [samples(p, pipeline) for p in paths]
    weights = fit(*(np.concatenate([part[i] for part in parts]) for i in range(3)))
    grid = [round(0.2 + 0.05 * i, 2) for i in range(15)]
    f1 = {t: [scores(p, Model(weights, t), pipeline)["stories"]["f1"] for p in paths] for t in grid}
    return Model(weights, max(grid, key=lambda t: (min(f1[t]), np.mean(f1[t]), t)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="Report the shipped model; fit nothing.")
    args = ap.parse_args()
    pipeline = MemoPipeline()
    sets = SETS
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
