"""The Spark job: input files in, Parquet out (see warta/spark/output.py for the layout).

File paths are distributed, not records: `spark.range(n, numPartitions=n)` makes one partition (one
task) per input file, and `mapInArrow` runs `rows.code_inputs` on it, which reads and codes the file
on the executor with the same pipeline as `warta ingest`. The documents are kept (memory, else disk)
while the three datasets are written from them, each task writing its own files: no shuffle.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from warta import __version__
from warta.errors import Errors, InputError, MissingExtraError, SparkError, UsageError
from warta.ingest.files import walk
from warta.model import Skip
from warta.spark.output import Manifest, check_out_dir
from warta.spark.rows import code_inputs
from warta.spark.schema import DOCUMENT_SCHEMA, spark_schema

__all__ = ["list_inputs", "run_spark", "start_session"]

DEFAULT_MASTER = "local[*]"


def list_inputs(inputs: Sequence[str]) -> list[Path]:
    """Every file the run reads, in the order `warta ingest` would read them (directories walked)."""
    for item in inputs:
        if item == "-":
            raise UsageError(Errors.E010.format(what="input", value="-", opts="files and directories"))
        if not Path(item).exists():
            raise InputError(Errors.E001.format(path=item))
    return [path.resolve() for item in inputs for path in walk(Path(item))]


def _pyspark() -> Any:
    try:
        import pyspark
    except ImportError as e:
        raise MissingExtraError(Errors.E040.format(detail=e)) from e
    return pyspark


def start_session(master: str | None = None, *, app_name: str = "warta") -> Any:
    """A SparkSession: under spark-submit, the one it configured; otherwise a local one (`master`,
    default local[*]) whose Python workers run this interpreter, so they import the same Warta."""
    _pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if "PYSPARK_GATEWAY_PORT" not in os.environ or master:  # not launched by spark-submit
        builder = builder.master(master or DEFAULT_MASTER)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # PySpark reads only the variable
        builder = builder.config("spark.ui.enabled", "false")
        builder = builder.config("spark.ui.showConsoleProgress", "false")  # its bar garbles stderr
    if (master or DEFAULT_MASTER).startswith("local") and "PYSPARK_GATEWAY_PORT" not in os.environ:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # one machine: talk over loopback only
        builder = builder.config("spark.driver.host", "127.0.0.1")
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1")
    try:
        session = builder.getOrCreate()
    except Exception as e:  # PySparkRuntimeError (no Java), Py4JError: all mean Spark did not start
        raise SparkError(Errors.E041.format(detail=_first_line(e))) from e
    session.sparkContext.setLogLevel("ERROR")
    return session


def run_spark(
    inputs: Sequence[str],
    out: str | Path,
    *,
    master: str | None = None,
    spark: Any = None,
    on_skip: Callable[[Skip], None] | None = None,
) -> Manifest:
    """Code every document of `inputs` on Spark and write articles, events and skips under `out`; the
    manifest is written last. With `spark`, that session is used (and left running); `on_skip` is
    called with each skipped document, in input order, once the output is written."""
    _pyspark()
    files = list_inputs(inputs)
    out = Path(out)
    check_out_dir(out)
    started = time.perf_counter()
    session = spark if spark is not None else start_session(master)
    spark_version, spark_master = str(session.version), str(session.sparkContext.master)
    try:
        counts = _write(session, [str(p) for p in files], out, on_skip=on_skip)
    except Exception as e:  # Py4JJavaError, PythonException, AnalysisException: the job failed
        raise SparkError(Errors.E041.format(detail=_first_line(e))) from e
    finally:
        if spark is None:
            session.stop()
    manifest = Manifest(
        inputs=[str(p) for p in files],
        read=counts["read"],
        coded=counts["read"] - counts["skipped"],
        skipped=counts["skipped"],
        events=counts["events"],
        seconds=round(time.perf_counter() - started, 3),
        warta_version=__version__,
        spark_version=spark_version,
        master=spark_master,
    )
    manifest.write(out)
    return manifest


def _write(
    session: Any, paths: list[str], out: Path, *, on_skip: Callable[[Skip], None] | None
) -> dict[str, int]:
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    ids = session.range(0, len(paths), 1, numPartitions=max(1, len(paths)))
    ids = ids.select(F.col("id").cast("int").alias("input"))
    docs = ids.mapInArrow(functools.partial(code_inputs, paths), spark_schema(DOCUMENT_SCHEMA))
    docs = docs.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        coded = docs.where(F.col("skip_reason").isNull())
        articles = coded.drop("skip_stage", "skip_reason", "events").withColumn("date", F.col("published"))
        articles.write.partitionBy("date").parquet(str(out / "articles"), mode="errorifexists")
        events = coded.select(
            "input", "position", "doc_id", F.posexplode("events").alias("event_index", "event")
        ).select("input", "position", "doc_id", "event_index", "event.*")
        events.write.partitionBy("date").parquet(str(out / "events"), mode="errorifexists")
        skips = docs.where(F.col("skip_reason").isNotNull()).select(
            "input", "position", "doc_id", "source",
            F.col("skip_stage").alias("stage"), F.col("skip_reason").alias("reason"),
        )  # fmt: skip
        skips.write.parquet(str(out / "skips"), mode="errorifexists")
        row = docs.agg(
            F.count(F.lit(1)).alias("read"),
            F.count("skip_reason").alias("skipped"),
            F.coalesce(F.sum("n_events"), F.lit(0)).alias("events"),
        ).first()
        if on_skip is not None and row["skipped"]:  # streamed to the driver, a partition at a time
            for skip in skips.orderBy("input", "position").toLocalIterator():
                on_skip(Skip(skip["doc_id"], skip["source"], skip["stage"], skip["reason"]))
    finally:
        docs.unpersist()
    return {"read": int(row["read"]), "skipped": int(row["skipped"]), "events": int(row["events"])}


def _first_line(e: BaseException) -> str:
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0][:500]
