"""JSON Lines input: one article a line (CONTRACT.md); broken lines become skips, never stop a run."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from warta.ingest.dates import parse_published
from warta.ingest.records import make_article
from warta.model import Article, Skip

_OPTIONAL_STR = ("title", "url", "outlet", "lang")


def read_jsonl_lines(lines: Iterable[str], *, source: str, stem: str) -> Iterator[Article | Skip]:
    """Articles from JSON Lines text; each bad line becomes one `Skip` naming the line and the reason."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skip(f"{stem}:{lineno}", where, "ingest", f"line {lineno} is not valid JSON ({e.msg})")
            continue
        except RecursionError:  # '[[[[...' thousands deep: json recurses once per level
            yield Skip(f"{stem}:{lineno}", where, "ingest", f"line {lineno} nests JSON too deeply to read")
            continue
        yield record_to_article(obj, source=where, fallback_id=f"{stem}-{lineno}")


def record_to_article(obj: Any, *, source: str, fallback_id: str) -> Article | Skip:
    """One JSON object (already parsed) to an Article, or a Skip saying what is wrong with it."""
    if not isinstance(obj, dict):
        return Skip(fallback_id, source, "ingest", f"expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get("id")
    doc_id = str(raw_id).strip() if isinstance(raw_id, str | int) and str(raw_id).strip() else fallback_id
    text = obj.get("text")
    if not isinstance(text, str):
        got = "missing" if text is None else type(text).__name__
        return Skip(doc_id, source, "ingest", f"field 'text' must be a string ({got})")
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_STR:
        value = obj.get(key)
        fields[key] = value.strip() or None if isinstance(value, str) else None
    published_raw = obj.get("published")
    published_raw = str(published_raw) if isinstance(published_raw, str | int) else None
    return make_article(
        doc_id=doc_id,
        text=text,
        source=source,
        title=fields["title"],
        published=parse_published(published_raw),
        published_raw=published_raw,
        url=fields["url"],
        outlet=fields["outlet"],
        lang_hint=fields["lang"],
    )
