"""Documents as Arrow rows for the Spark runner: one row per input document, coded or skipped.

Pure pyarrow (no Spark): `DOCUMENT_SCHEMA` is the explicit schema of what the map returns (Spark is
never asked to infer it), and `document_batches` codes one input's documents into record batches of
that schema. A coded article carries its events (with their actor and recipient sides, as in the
`warta code` record) and its story profile; a skipped document carries its stage and reason.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from warta import __version__
from warta.ingest.files import read_file
from warta.model import Actor, Article, Event, Skip
from warta.pipeline import Pipeline
from warta.spark.schema import DOCUMENT_SCHEMA
from warta.store.rows import event_record

__all__ = ["code_inputs", "document_batches", "document_row"]

ROWS_PER_BATCH = 64  # documents per Arrow batch handed back to Spark (memory stays flat per task)


def code_inputs(paths: list[str], batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The function Spark maps over a partition of input numbers (`mapInArrow`): each number names one
    file of `paths`, read and coded here, on the executor, by the same pipeline as `warta ingest`."""
    pipeline = Pipeline(strict=False)
    for batch in batches:
        for index in batch.column("input").to_pylist():
            yield from document_batches(read_file(Path(paths[index])), pipeline, input_index=index)


def document_batches(
    items: Iterable[Article | Skip], pipeline: Pipeline, *, input_index: int
) -> Iterator[pa.RecordBatch]:
    """Code the documents of one input and return them as record batches of `DOCUMENT_SCHEMA`."""
    rows = (
        document_row(item, input_index=input_index, position=n) for n, item in enumerate(pipeline.run(items))
    )
    while chunk := list(itertools.islice(rows, ROWS_PER_BATCH)):
        yield pa.RecordBatch.from_pylist(chunk, schema=DOCUMENT_SCHEMA)


def document_row(item: Article | Skip, *, input_index: int, position: int) -> dict[str, Any]:
    """One document as a row: the article with its events and profile, or the skip and its reason."""
    row: dict[str, Any] = {"input": input_index, "position": position, "doc_id": item.doc_id}
    row["source"] = item.source
    if isinstance(item, Skip):
        return {**row, "skip_stage": item.stage, "skip_reason": item.reason, "events": []}
    profile = item.profile
    return {
        **row,
        "content_hash": item.content_hash,
        "title": item.title,
        "url": item.url,
        "outlet": item.outlet,
        "published": item.published,
        "published_raw": item.published_raw,
        "lang": item.lang,
        "lang_score": item.lang_score,
        "text": item.text,
        "n_sentences": len(item.sentences),
        "n_events": len(item.events),
        "coder_version": __version__,
        "profile": None
        if profile is None
        else {
            "minhash": list(profile.minhash),
            "names": sorted(profile.names),
            "actors": sorted(profile.actors),
            "signatures": sorted(profile.signatures),
            "title_words": sorted(profile.title),
            "shingles": profile.shingles,
            "topics": sorted(profile.topics),
        },
        "events": [_event_row(ev) for ev in item.events],
    }


def _side(members: tuple[Actor, ...]) -> list[dict[str, Any]]:
    return [
        {"code": m.code, "sector": m.sector, "name": m.name, "text": m.text, "wikidata": m.wikidata,
         "start": m.start, "end": m.end}
        for m in members
    ]  # fmt: skip


def _event_row(ev: Event) -> dict[str, Any]:
    return {**event_record(ev), "actor": _side(ev.actor), "recipient": _side(ev.recipient)}
