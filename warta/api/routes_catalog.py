"""GET /api/stories, /api/actors, /api/dyads (time series), /api/status and /api/meta."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response

from warta import __version__
from warta.api.deps import ReaderDep, ServerDep
from warta.api.models import (
    ActorDetail,
    ActorPageOut,
    DyadOut,
    DyadSummary,
    ErrorOut,
    MetaOut,
    StatusOut,
    StoryDetail,
    StoryPageOut,
    respond,
)
from warta.ontology import EVENT_TYPES, FACTUALITIES, modes_of
from warta.store.queries import sort_keys
from warta.stories.dyad import table

router = APIRouter(prefix="/api", responses={422: {"model": ErrorOut}, 503: {"model": ErrorOut}})
_404: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut}}
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Search = Annotated[str | None, Query(max_length=200, description="Words to look for.")]
Code = Annotated[str, Path(min_length=2, max_length=12, pattern="^[A-Za-z0-9]+$", description="e.g. RUS")]


@router.get("/stories", response_model=StoryPageOut, tags=["stories"], summary="Stories, largest first")
def list_stories(
    reader: ReaderDep, q: Search = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    total, items = reader.stories(text=q or None, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/stories/{story_id}", response_model=StoryDetail, tags=["stories"], responses=_404)
def get_story(story_id: str, reader: ReaderDep) -> Response:
    """A story's articles (copies name their original) and its real-world events with their reports."""
    found = reader.story(story_id)
    if found is None:
        raise HTTPException(404, f"No story '{story_id}'. List stories with GET /api/stories.")
    return respond(StoryDetail, found)


@router.get("/actors", response_model=ActorPageOut, tags=["actors"], summary="Actor codes by activity")
def list_actors(reader: ReaderDep, q: Search = None, limit: Limit = 50, offset: Offset = 0) -> Response:
    total, items = reader.actors(text=q or None, limit=limit, offset=offset)
    return respond(ActorPageOut, {"total": total, "limit": limit, "offset": offset, "items": items})


@router.get("/actors/{code}", response_model=ActorDetail, tags=["actors"], responses=_404)
def get_actor(code: Code, reader: ReaderDep) -> dict[str, Any]:
    """How texts name an actor, its sectors, its event types as actor and recipient, its partners."""
    found = reader.actor(code.upper())
    if found is None:
        raise HTTPException(
            404, f"No events with actor code '{code.upper()}'. List codes with GET /api/actors."
        )
    return {
        "actor": found["actor"],
        "mentions": [{"key": m["text"], "n": m["n"]} for m in found["mentions"]],
        "sectors": [{"key": s["sector"], "n": s["n"]} for s in found["sectors"]],
        "types": found["types"],
        "partners": [{"key": p["code"], "n": p["n"]} for p in found["partners"]],
    }


@router.get("/dyads", response_model=list[DyadSummary], tags=["dyads"], summary="Pairs with the most events")
def list_dyads(reader: ReaderDep, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict[str, Any]]:
    return reader.dyads(limit=limit)


@router.get("/dyads/{a}/{b}", response_model=DyadOut, tags=["dyads"], summary="A dyad's timeline")
def get_dyad(
    a: Code,
    b: Code,
    reader: ReaderDep,
    by: Literal["day", "week", "month"] = "week",
    ordered: Annotated[bool, Query(description="Only events from A to B.")] = False,
) -> dict[str, Any]:
    """Cooperation and conflict between A and B per period, over deduplicated asserted events (as
    `warta dyad`): counts by quad (q1 verbal and q2 material cooperation, q3 verbal and q4 material
    conflict), reports, and the sum and mean PLOVER score."""
    a, b = a.upper(), b.upper()
    rows = table(reader.dyad(a, b, ordered=ordered, by=by))
    return {"a": a, "b": b, "ordered": ordered, "by": by, "series": [r.to_record() for r in rows]}


@router.get("/status", response_model=StatusOut, tags=["server"], summary="Counts, write access, the watcher")
def status(server: ServerDep, reader: ReaderDep) -> dict[str, Any]:
    watcher = server.watcher
    return {
        "ok": True,
        "version": __version__,
        "db": server.store.path,
        "counts": reader.counts(),
        "writable": server.token is not None,
        "watch": watcher.status() if watcher is not None else None,
    }


@router.get("/meta", response_model=MetaOut, tags=["server"], summary="Event types, modes and sort keys")
def meta() -> dict[str, Any]:
    return {
        "event_types": list(EVENT_TYPES),
        "modes": {t: sorted(modes_of(t)) for t in EVENT_TYPES},
        "factualities": list(FACTUALITIES),
        "sorts": sort_keys(),
    }
