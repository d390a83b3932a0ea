"""Evaluate story clustering, copy detection and event merging on an annotated story set.

Each line of the set is an article (the input record of CONTRACT.md) with `story` (its gold story
label), `copy_of` (the original it copies, or null) and `events` (its main real-world events, each
with a `real` id shared by every article reporting the same action). Articles are coded and placed in
publication order, as `warta ingest` does, then scored pairwise (`warta.stories.scoring`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from warta.errors import Errors, GoldError
from warta.evaluate.scoring import ScoredEvent, greedy_pairs
from warta.ingest import record_to_article
from warta.model import Article
from warta.pipeline import Pipeline
from warta.stories import Report, StoryIndex, merge_reports
from warta.stories.resemblance import Model
from warta.stories.scoring import link_score, pair_score

__all__ = ["coded_records", "evaluate_stories"]


def _read(path: Path) -> list[tuple[Article, dict[str, Any]]]:
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            article = record_to_article(rec, source=f"{path}:{lineno}", fallback_id=f"{path.stem}-{lineno}")
            story = str(rec["story"])
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            raise GoldError(
                Errors.E008.format(path=path, line=lineno, problem=f"{type(e).__name__}: {e}")
            ) from e
        if not isinstance(article, Article):
            raise GoldError(Errors.E008.format(path=path, line=lineno, problem=article.reason))
        out.append((article, rec | {"story": story}))
    return out


def coded_records(path: str | Path, pipeline: Pipeline) -> list[tuple[Article, dict[str, Any]]]:
    """The set's articles coded (with their profiles) and their records, in publication order."""
    coded: list[tuple[Article, dict[str, Any]]] = []
    for article, rec in _read(Path(path)):
        out = pipeline.process(article)
        if isinstance(out, Article) and out.profile is not None:
            coded.append((out, rec))
    coded.sort(key=lambda ar: (ar[0].published or dt.date.max, ar[0].doc_id))
    return coded


def evaluate_stories(
    path: str | Path, *, pipeline: Pipeline | None = None, model: Model | None = None
) -> dict[str, Any]:
    """Pairwise story, copy and event-merging scores on one annotated set."""
    pipeline = pipeline or Pipeline(strict=False)
    n_records = len(_read(Path(path)))
    coded = coded_records(path, pipeline)
    index = StoryIndex(model=model)
    placed = {}
    for article, _ in coded:
        assert article.profile is not None
        placed[article.doc_id] = index.place(article.doc_id, article.published, article.lang, article.profile)
    ids = [a.doc_id for a, _ in coded]
    stories = pair_score(
        ids, {a.doc_id: r["story"] for a, r in coded}, {k: p.story_id for k, p in placed.items()}
    )
    copies = link_score(
        [(a.doc_id, r["copy_of"]) for a, r in coded if r.get("copy_of")],
        [(k, p.copy_of) for k, p in placed.items() if p.copy_of],
    )
    events = _merging(coded, placed)
    return {
        "articles": len(coded),
        "skipped": n_records - len(coded),
        "stories_gold": len({r["story"] for _, r in coded}),
        "stories_predicted": len({p.story_id for p in placed.values()}),
        "stories": stories.to_record(),
        "copies": copies.to_record(),
        "events": events,
    }


def _merging(coded: list[tuple[Article, dict[str, Any]]], placed: dict[str, Any]) -> dict[str, Any]:
    """Merge the coded asserted events and score the pairs that match gold events."""
    reports: list[Report] = []
    real_of: dict[str, str] = {}  # coded event id -> gold real-world id
    for article, rec in coded:
        asserted = [e for e in article.events if e.factuality == "asserted"]
        story = placed[article.doc_id].story_id
        for ev in asserted:
            reports.append(
                Report(
                    ev.id, article.doc_id, story, ev.event, ev.factuality,
                    tuple(a.code or "" for a in ev.actor), tuple(r.code or "" for r in ev.recipient), ev.date,
                    article.published, article.outlet, placed[article.doc_id].copy_of, ev.mode,
                )
            )  # fmt: skip
        golds = [
            ScoredEvent(
                str(g["event"]), tuple(g.get("actor") or ()), tuple(g.get("recipient") or ()), "asserted"
            )
            for g in rec.get("events", [])
        ]
        preds = [
            ScoredEvent(
                e.event,
                tuple(a.code for a in e.actor if a.code),
                tuple(r.code for r in e.recipient if r.code),
                "asserted",
            )
            for e in asserted
        ]
        real_ids = {id(s): str(g["real"]) for s, g in zip(golds, rec.get("events", []), strict=True)}
        by_pred = {id(p): e.id for p, e in zip(preds, asserted, strict=True)}
        for p, g in greedy_pairs(preds, golds):
            real_of[by_pred[id(p)]] = real_ids[id(g)]
    group_of = {r.event_id: e.group_id for e in merge_reports(reports) for r in e.reports}
    matched = sorted(real_of)
    score = pair_score(matched, real_of, {k: group_of[k] for k in matched})
    gold_total = sum(len(r.get("events", [])) for _, r in coded)
    return {"gold_events": gold_total, "matched_events": len(matched), **score.to_record()}
