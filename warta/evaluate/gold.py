"""Reading gold files (GUIDELINES.md section 1) into articles to code and events to score against."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warta.errors import Errors, GoldError
from warta.evaluate.scoring import ScoredEvent
from warta.ingest import record_to_article
from warta.model import Article


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: Article
    lang: str
    events: tuple[ScoredEvent, ...]


def _gold_event(ev: dict[str, Any], text: str) -> ScoredEvent:
    evidence = ev.get("evidence") or ""
    position = text.find(evidence) if evidence else -1
    return ScoredEvent(
        event=str(ev["event"]),
        actor=tuple(ev.get("actor") or ()),
        recipient=tuple(ev.get("recipient") or ()),
        factuality=str(ev.get("factuality") or "asserted"),
        mode=ev.get("mode"),
        date=ev.get("date"),
        position=position if position >= 0 else len(text),
    )


def read_gold(paths: Sequence[str | Path]) -> Iterator[GoldArticle]:
    """Gold articles from JSON Lines files; raises `GoldError` on a malformed line."""
    for path in paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            raise GoldError(Errors.E008.format(path=path, line=0, problem=e.strerror or str(e))) from e
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                article = record_to_article(
                    rec, source=f"{path}:{lineno}", fallback_id=f"{path.stem}-{lineno}"
                )
                events = tuple(_gold_event(ev, rec["text"]) for ev in rec.get("events", []))
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as e:
                raise GoldError(
                    Errors.E008.format(path=path, line=lineno, problem=f"{type(e).__name__}: {e}")
                ) from e
            if not isinstance(article, Article):
                raise GoldError(Errors.E008.format(path=path, line=lineno, problem=article.reason))
            yield GoldArticle(article, str(rec.get("lang") or "und"), events)
