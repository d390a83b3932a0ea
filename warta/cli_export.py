"""The `warta export` command (part of the command line, registered in cli.py): a thin wrapper over
`warta.export`. Like cli.py, it may print and exit; the library does neither."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import click

from warta.errors import Errors, WartaError
from warta.export import FORMATS, check_request, open_database, write_parquet, write_text
from warta.ontology import EVENT_TYPES, FACTUALITIES
from warta.store import DEFAULT_DB, EventFilter


def _date(value: str | None, what: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(Errors.E011.format(value=value, what=what)) from e


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
@click.option(
    "--type", "event_type", type=click.Choice(EVENT_TYPES, case_sensitive=False), help="PLOVER event type."
)
@click.option("--mode", help="PLOVER mode.")
@click.option("--actor", help="Actor code (e.g. RUS).")
@click.option("--recipient", help="Recipient code (e.g. USA).")
@click.option("--factuality", type=click.Choice(FACTUALITIES), help="Only events of this factuality.")
@click.option("--lang", help="Language of the article (id, en).")
@click.option("--since", help="Earliest event date, YYYY-MM-DD.")
@click.option("--until", help="Latest event date, YYYY-MM-DD.")
@click.option("--min-confidence", type=float, help="Minimum confidence (0-1).")
@click.option("--story", help="Only events of this story.")
@click.option("--dedup", is_flag=True, help="One row per real-world event (its first report).")
def export_cli(
    db: str,
    fmt: str,
    output: str | None,
    header: bool,
    event_type: str | None,
    mode: str | None,
    actor: str | None,
    recipient: str | None,
    factuality: str | None,
    lang: str | None,
    since: str | None,
    until: str | None,
    min_confidence: float | None,
    story: str | None,
    dedup: bool,
) -> None:
    """Export stored events: PLOVER JSON Lines, GDELT 2.0 event TSV (61 columns), CSV, or Parquet
    partitioned by event date (docs/export.md, docs/gdelt.md)."""
    filters = EventFilter(
        event=event_type.upper() if event_type else None,
        mode=mode,
        actor=actor.upper() if actor else None,
        recipient=recipient.upper() if recipient else None,
        factuality=factuality,
        lang=lang,
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        min_confidence=min_confidence,
        story=story,
        dedup=dedup,
    )
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
