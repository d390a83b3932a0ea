"""Highlight spans: where an event's actor, trigger and recipient stand in its evidence or article text.

Offsets in records index the article text; a span is kept only where the text there is what the record
says (implied sides have no text and no span).
"""

from __future__ import annotations

from typing import Any

SIDES = (("actor", "actor"), ("recipient", "recipient"))


def event_spans(record: dict[str, Any], *, base: int = 0) -> list[dict[str, Any]]:
    """Spans of one event, as offsets from `base` (0: the article text; the evidence start: its text)."""
    ev = record["evidence"]
    out = [_span("trigger", ev["trigger_start"], ev["trigger_end"], record["id"], base)]
    for kind, key in SIDES:
        for member in record[key]:
            if member.get("text") and member.get("start") is not None and member.get("end") is not None:
                out.append(_span(kind, member["start"], member["end"], record["id"], base))
    return [s for s in out if s["start"] < s["end"]]


def evidence_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Spans inside the evidence sentence, offsets into the evidence text, checked against it."""
    ev = record["evidence"]
    text, length = ev["text"] or "", len(ev["text"] or "")
    expected = _expected(record)
    return [
        s
        for s in event_spans(record, base=ev["start"])
        if s["start"] >= 0 and s["end"] <= length and text[s["start"] : s["end"]] in expected[s["kind"]]
    ]


def article_spans(text: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every event's spans in the article text (checked against it), in text order, without repeats."""
    seen: set[tuple[str, int, int, str]] = set()
    out = []
    for record in records:
        expected = _expected(record)
        for s in event_spans(record):
            key = (s["kind"], s["start"], s["end"], s["event_id"])
            if key in seen or s["end"] > len(text) or text[s["start"] : s["end"]] not in expected[s["kind"]]:
                continue
            seen.add(key)
            out.append(s)
    return sorted(out, key=lambda s: (s["start"], s["end"], s["kind"]))


def with_spans(record: dict[str, Any]) -> dict[str, Any]:
    """The record for the API: evidence spans added, confidence rounded as in `warta code`."""
    evidence = record["evidence"] | {"spans": evidence_spans(record)}
    return record | {"evidence": evidence, "confidence": round(float(record["confidence"] or 0.0), 3)}


def _span(kind: str, start: int, end: int, event_id: str, base: int) -> dict[str, Any]:
    return {"kind": kind, "start": start - base, "end": end - base, "event_id": event_id}


def _expected(record: dict[str, Any]) -> dict[str, set[str]]:
    return {
        "trigger": {record["evidence"]["trigger"]},
        "actor": {m["text"] for m in record["actor"] if m.get("text")},
        "recipient": {m["text"] for m in record["recipient"] if m.get("text")},
    }
