"""The Spark runner: the same pipeline as `warta ingest`, as a Spark job writing Parquet.

`run_spark(inputs, out)` codes every document of the input files on Spark (one task per file) and
writes articles, events and skips as Parquet under `out` (layout in `warta.spark.output`);
`warta ingest OUT` then loads them into DuckDB and places the articles in stories. PySpark is the
optional extra `pip install 'warta[spark]'`: importing this package does not need it, running does.
"""

from warta.spark.job import list_inputs, run_spark, start_session
from warta.spark.output import MARKER, Manifest, is_spark_output, read_manifest

__all__ = [
    "MARKER",
    "Manifest",
    "is_spark_output",
    "list_inputs",
    "read_manifest",
    "run_spark",
    "start_session",
]
