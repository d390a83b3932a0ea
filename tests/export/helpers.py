"""Picking records in the export tests."""

from __future__ import annotations

from typing import Any


def by(records: list[dict[str, Any]], doc_id: str, event: str) -> dict[str, Any]:
    """The first record of an article with this event type."""
    return next(r for r in records if r["doc_id"] == doc_id and r["event"] == event)
