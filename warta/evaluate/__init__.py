"""Evaluate: code gold articles and score them by GUIDELINES.md section 5."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from warta.errors import Errors, GoldError
from warta.evaluate.gold import GoldArticle, read_gold
from warta.evaluate.scoring import ScoredEvent, Tally, greedy_pairs, is_match, score
from warta.model import Article, Event
from warta.pipeline import Pipeline

__all__ = [
    "GoldArticle",
    "ScoredEvent",
    "Tally",
    "evaluate",
    "greedy_pairs",
    "is_match",
    "predictions",
    "score",
]


def predictions(article: Article | None) -> list[ScoredEvent]:
    """A coded article's events in scoring form."""
    if article is None:
        return []
    return [_scored(ev, article) for ev in article.events]


def _scored(ev: Event, article: Article) -> ScoredEvent:
    return ScoredEvent(
        event=ev.event,
        actor=tuple(a.code for a in ev.actor if a.code),
        recipient=tuple(r.code for r in ev.recipient if r.code),
        factuality=ev.factuality,
        mode=ev.mode,
        date=ev.date.isoformat() if ev.date else None,
        position=article.source_offset(ev.evidence.start),
    )


def evaluate(paths: Sequence[str | Path], *, pipeline: Pipeline | None = None) -> dict[str, Tally]:
    """Code every gold article and score the predictions, per language and overall ('all')."""
    pipeline = pipeline or Pipeline(strict=False)
    rows = []
    for gold in read_gold(paths):
        coded = pipeline.process(gold.article)
        rows.append((gold.lang, predictions(coded if isinstance(coded, Article) else None), gold.events))
    if not rows:
        raise GoldError(Errors.E009.format(paths=", ".join(map(str, paths))))
    return score(rows)
