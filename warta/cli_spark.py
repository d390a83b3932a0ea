"""The `warta spark` command (part of the command line, registered in cli.py; also the spark-submit
entry point through warta/spark/__main__.py). Like cli.py, it may print and exit; the library does
neither."""

from __future__ import annotations

from collections.abc import Sequence

import click

from warta.errors import WartaError
from warta.model import Skip


def _print_skip(skip: Skip) -> None:
    click.echo(skip.describe(), err=True)


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out", required=True, type=click.Path(file_okay=False), help="New or empty directory for the Parquet."
)
@click.option(
    "--master",
    help="Spark master URL, e.g. local[2] or spark://host:7077 [default: local[*], or spark-submit's].",
)
def spark_cli(inputs: Sequence[str], out: str, master: str | None) -> None:
    """Code INPUT files and directories on Spark (one task per file, the same pipeline as `warta
    ingest`) and write articles and events as Parquet partitioned by date, and every skipped document,
    under --out. Load them with `warta ingest OUT`, which also places the articles in stories.
    Needs the extra: pip install 'warta[spark]'. Standard error ends as `warta ingest` does: one line per
    skipped document, then `read N, coded X, skipped Y`."""
    from warta.spark import run_spark

    try:
        manifest = run_spark(inputs, out, master=master, on_skip=_print_skip)
    except WartaError as e:
        raise click.ClickException(str(e)) from e
    click.echo(
        f"wrote {manifest.coded} articles, {manifest.events} events and {manifest.skipped} skips to {out} "
        f"in {manifest.seconds:.1f} s on {manifest.master}; load them with: warta ingest {out}",
        err=True,
    )
    click.echo(manifest.summary(), err=True)
