"""GET /api/events (filters, paging, sorting), /api/events/{id} (with every report), /api/articles/{id}."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from warta.api.deps import ReaderDep
from warta.api.models import ArticleDetail, ErrorOut, EventDetail, EventPageOut, respond
from warta.api.spans import article_spans, with_spans
from warta.model import FACTUALITIES
from warta.store import EventFilter
from warta.store.queries import SORTS, EventPage

router = APIRouter(
    prefix="/api", tags=["events"], responses={422: {"model": ErrorOut}, 503: {"model": ErrorOut}}
)
_SORT_PATTERN = "^-?(" + "|".join(SORTS) + ")$"
_CODES = "^[A-Za-z0-9]{2,12}[,-][A-Za-z0-9]{2,12}$"


def _upper(value: str | None) -> str | None:
    return value.strip().upper() if value else None


@router.get("/events", response_model=EventPageOut, summary="Events, filtered, sorted and paged")
def list_events(
    reader: ReaderDep,
    event_type: Annotated[str | None, Query(alias="type", description="PLOVER type, e.g. SANCTION.")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode, e.g. withdraw.")] = None,
    actor: Annotated[str | None, Query(description="A code on the actor side, e.g. RUS.")] = None,
    recipient: Annotated[str | None, Query(description="A code on the recipient side.")] = None,
    dyad: Annotated[
        str | None, Query(pattern=_CODES, description="Two codes, either way round: 'RUS,USA'.")
    ] = None,
    since: Annotated[dt.date | None, Query(description="Earliest event date.")] = None,
    until: Annotated[dt.date | None, Query(description="Latest event date.")] = None,
    factuality: Annotated[str | None, Query(description=", ".join(FACTUALITIES))] = None,
    lang: Annotated[str | None, Query(description="Article language (id, en).")] = None,
    story: Annotated[str | None, Query(description="A story id.")] = None,
    doc: Annotated[str | None, Query(description="An article id.")] = None,
    real_event: Annotated[str | None, Query(description="A real-world event id: its reports.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the evidence sentence.")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    dedup: Annotated[bool, Query(description="One row per real-world event (its first report).")] = False,
    sort: Annotated[
        str, Query(pattern=_SORT_PATTERN, description="A key; '-' first for descending.")
    ] = "-date",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Response:
    pair = tuple(_upper(c) or "" for c in dyad.replace("-", ",").split(",")) if dyad else None
    page = EventPage(
        filters=EventFilter(
            event=_upper(event_type),
            mode=mode or None,
            actor=_upper(actor),
            recipient=_upper(recipient),
            factuality=factuality or None,
            lang=lang or None,
            doc_id=doc or None,
            since=since,
            until=until,
            min_confidence=min_confidence,
            story=story or None,
            dedup=dedup,
        ),
        dyad=(pair[0], pair[1]) if pair else None,
        text=q or None,
        real_event=real_event or None,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    total, records = reader.events(page)
    return respond(
        EventPageOut,
        {
            "total": total,
            "limit": limit,
            "offset": offset,
            "sort": sort,
            "items": list(map(with_spans, records)),
        },
    )


@router.get(
    "/events/{event_id}",
    response_model=EventDetail,
    summary="One event, its evidence and every report of it",
    responses={404: {"model": ErrorOut}},
)
def get_event(event_id: str, reader: ReaderDep) -> Response:
    found = reader.event(event_id)
    if found is None:
        raise HTTPException(404, f"No event '{event_id}'. List events with GET /api/events.")
    return respond(
        EventDetail,
        {"event": with_spans(found["event"]), "reports": [with_spans(r) for r in found["reports"]]},
    )


@router.get(
    "/articles/{doc_id:path}",
    response_model=ArticleDetail,
    summary="An article's text with its events' actor, trigger and recipient spans",
    responses={404: {"model": ErrorOut}},
)
def get_article(doc_id: str, reader: ReaderDep) -> Response:
    found = reader.article(doc_id)
    if found is None:
        raise HTTPException(
            404, f"No article '{doc_id}'. Find articles through GET /api/events or /api/stories."
        )
    text = found["text"] or ""
    return respond(
        ArticleDetail,
        found
        | {
            "text": text,
            "events": [with_spans(r) for r in found["events"]],
            "spans": article_spans(text, found["events"]),
        },
    )
