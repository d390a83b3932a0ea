"""The `warta export` command (part of the command line, registered in cli.py): a thin wrapper over
`warta.export`. Like cli.py, it may print and exit; the library does neither."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import click

from warta.cli_filters import event_filter, filter_options
from warta.errors import Errors, WartaError
from warta.export import FORMATS, check_request, open_database, write_parquet, write_text
from warta.store import DEFAULT_DB


def _stdout() -> io.TextIOWrapper:
    """Standard output as UTF-8 text whatever the locale (detached, not closed, when done)."""
    return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")


@click.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB database file.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option(
    "-o", "--output", type=click.Path(), help="Output file (stdout by default); for parquet, a new directory."
)
@click.option("--header", is_flag=True, help="GDELT: start with a header row (GDELT's own files have none).")
@filter_options
def export_cli(db: str, fmt: str, output: str | None, header: bool, **options: Any) -> None:
    """Export stored events: PLOVER JSON Lines, GDELT 2.0 event TSV (61 columns), CSV, or Parquet
    partitioned by event date (docs/export.md, docs/gdelt.md)."""
    filters = event_filter(options)
    try:
        check_request(fmt, output, header=header)
        with open_database(db) as store:
            batches = store.event_batches(filters)
            if fmt == "parquet":
                count = write_parquet(batches, output or "")
            elif output:
                with Path(output).open("w", encoding="utf-8", newline="") as out:
                    count = write_text(batches, out, fmt=fmt, header=header)
            else:
                out = _stdout()
                try:
                    count = write_text(batches, out, fmt=fmt, header=header)
                finally:
                    out.flush()
                    out.detach()
    except WartaError as e:
        raise click.ClickException(str(e)) from e
    except OSError as e:
        raise click.ClickException(Errors.E017.format(path=output, detail=e.strerror or e)) from e
    click.echo(f"exported {count} events", err=True)
