"""Small helpers for tests: code a text, compare golden files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from warta.ingest.records import make_article
from warta.model import Article, Skip
from warta.pipeline import Pipeline

_PIPELINE = Pipeline()


def code_text(
    text: str, *, lang: str | None = None, published: str | None = None, title: str | None = None
) -> Article:
    article = make_article(
        doc_id="t",
        text=text,
        source="test",
        title=title,
        published=dt.date.fromisoformat(published) if published else None,
        published_raw=published,
        lang_hint=lang,
    )
    out = _PIPELINE.process(article)
    assert isinstance(out, Article), out
    return out


def process(article: Article) -> Article | Skip:
    return _PIPELINE.process(article)


def check_golden(path: Path, actual: Any, *, update: bool) -> None:
    """Compare `actual` with the JSON in `path` (rewrite it with --update-golden)."""
    if update:
        path.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert path.exists(), f"{path} is missing: create it with pytest --update-golden and review it"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert actual == expected, f"{path.name} differs; review and run pytest --update-golden if intended"
