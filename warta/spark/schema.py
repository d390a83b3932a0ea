"""The explicit schemas of the Spark runner's rows and Parquet output (pyarrow), and their Spark types.

The map returns one row per input document (`DOCUMENT_SCHEMA`); Spark is told this schema, never asked
to infer it. The output directory holds three Parquet datasets derived from those rows: `articles`
(partitioned by publication date), `events` (one row per event with its sides, partitioned by event
date) and `skips` (every document not coded, with the stage and the reason).
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

__all__ = [
    "ARTICLE_SCHEMA",
    "DOCUMENT_SCHEMA",
    "EVENT_SCHEMA",
    "EVENT_TYPE",
    "PROFILE_TYPE",
    "SIDE_TYPE",
    "SKIP_SCHEMA",
    "spark_schema",
]

SIDE_TYPE = pa.struct(
    [
        ("code", pa.string()),
        ("sector", pa.string()),
        ("name", pa.string()),
        ("text", pa.string()),
        ("wikidata", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
    ]
)
EVENT_TYPE = pa.struct(
    [
        ("id", pa.string()),
        ("lang", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("context", pa.list_(pa.string())),
        ("date", pa.date32()),
        ("factuality", pa.string()),
        ("evidence_text", pa.string()),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("trigger", pa.string()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("speaker", pa.string()),
        ("place", pa.string()),
        ("place_text", pa.string()),
        ("place_country", pa.string()),
        ("place_precision", pa.string()),
        ("place_geonames_id", pa.int64()),
        ("place_lat", pa.float64()),
        ("place_lon", pa.float64()),
        ("confidence", pa.float64()),
        ("cameo", pa.string()),
        ("goldstein", pa.float64()),
        ("quad", pa.int32()),
        ("plover_score", pa.float64()),
        ("why", pa.string()),
        ("actor_code", pa.string()),  # the first actor's code, for filters
        ("recipient_code", pa.string()),
        ("actor", pa.list_(SIDE_TYPE)),
        ("recipient", pa.list_(SIDE_TYPE)),
    ]
)
PROFILE_TYPE = pa.struct(  # MinHash values are 32-bit: int64 holds them (Spark has no unsigned type)
    [
        ("minhash", pa.list_(pa.int64())),
        ("names", pa.list_(pa.string())),
        ("actors", pa.list_(pa.string())),
        ("signatures", pa.list_(pa.string())),
        ("title_words", pa.list_(pa.string())),
        ("shingles", pa.int32()),
        ("topics", pa.list_(pa.string())),
    ]
)
DOCUMENT_SCHEMA = pa.schema(
    [
        ("input", pa.int32()),  # which input file (in the order the run listed them)
        ("position", pa.int32()),  # which document of that file
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("skip_stage", pa.string()),  # set for a skipped document, with skip_reason
        ("skip_reason", pa.string()),
        ("content_hash", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("published", pa.date32()),
        ("published_raw", pa.string()),
        ("lang", pa.string()),
        ("lang_score", pa.float64()),
        ("text", pa.string()),
        ("n_sentences", pa.int32()),
        ("n_events", pa.int32()),
        ("coder_version", pa.string()),
        ("profile", PROFILE_TYPE),
        ("events", pa.list_(EVENT_TYPE)),
    ]
)


ARTICLE_SCHEMA = pa.schema(  # the articles dataset (its `date` partition is `published`)
    [f for f in DOCUMENT_SCHEMA if f.name not in ("skip_stage", "skip_reason", "events")]
)
_KEY = [DOCUMENT_SCHEMA.field(n) for n in ("input", "position", "doc_id")]
EVENT_SCHEMA = pa.schema([*_KEY, ("event_index", pa.int32()), *EVENT_TYPE])  # `date`: the partition
SKIP_SCHEMA = pa.schema([*_KEY, ("source", pa.string()), ("stage", pa.string()), ("reason", pa.string())])


def spark_schema(schema: pa.Schema) -> Any:
    """The Spark `StructType` of an Arrow schema (the types this module uses; PySpark imported here)."""
    from pyspark.sql import types as T

    def convert(t: pa.DataType) -> Any:
        if pa.types.is_struct(t):
            return T.StructType([T.StructField(f.name, convert(f.type), f.nullable) for f in t])
        if pa.types.is_list(t):
            return T.ArrayType(convert(t.value_type), containsNull=True)
        simple = {
            pa.string(): T.StringType(),
            pa.int32(): T.IntegerType(),
            pa.int64(): T.LongType(),
            pa.float64(): T.DoubleType(),
            pa.date32(): T.DateType(),
            pa.bool_(): T.BooleanType(),
        }
        if t not in simple:
            raise TypeError(f"no Spark type for Arrow type {t}")
        return simple[t]

    return T.StructType([T.StructField(f.name, convert(f.type), f.nullable) for f in schema])
