"""The event filters shared by `warta events` and `warta export` (command line only): their options
and the `EventFilter` they make."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import click

from warta.errors import Errors
from warta.ontology import EVENT_TYPES, FACTUALITIES
from warta.store import EventFilter

F = TypeVar("F", bound=Callable[..., Any])

_OPTIONS = (
    click.option(
        "--type",
        "event_type",
        type=click.Choice(EVENT_TYPES, case_sensitive=False),
        help="PLOVER event type.",
    ),
    click.option("--mode", help="PLOVER mode."),
    click.option("--actor", help="Actor code (e.g. RUS)."),
    click.option("--recipient", help="Recipient code (e.g. USA)."),
    click.option("--factuality", type=click.Choice(FACTUALITIES), help="Only events of this factuality."),
    click.option("--lang", help="Language of the article (id, en)."),
    click.option("--since", help="Earliest event date, YYYY-MM-DD."),
    click.option("--until", help="Latest event date, YYYY-MM-DD."),
    click.option("--min-confidence", type=float, help="Minimum confidence (0-1)."),
    click.option("--story", help="Only events of this story."),
    click.option(
        "--dedup",
        is_flag=True,
        help="One row per real-world event (its first report), with its report count.",
    ),
)


def filter_options(command: F) -> F:
    """Add the event filter options to a command (they reach it as keyword arguments)."""
    for option in reversed(_OPTIONS):
        command = option(command)
    return command


def event_filter(options: dict[str, Any], **extra: Any) -> EventFilter:
    """The `EventFilter` of the filter options' values (and of `extra` fields such as doc_id, limit)."""
    code = options.get("event_type")
    return EventFilter(
        event=code.upper() if code else None,
        mode=options.get("mode"),
        actor=(options.get("actor") or "").upper() or None,
        recipient=(options.get("recipient") or "").upper() or None,
        factuality=options.get("factuality"),
        lang=options.get("lang"),
        since=parse_date(options.get("since"), "--since"),
        until=parse_date(options.get("until"), "--until"),
        min_confidence=options.get("min_confidence"),
        story=options.get("story"),
        dedup=bool(options.get("dedup")),
        **extra,
    )


def parse_date(value: str | None, what: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(Errors.E011.format(value=value, what=what)) from e
