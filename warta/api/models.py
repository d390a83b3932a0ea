"""Request and response schemas of the HTTP API (pydantic, `extra="forbid"`): they are /openapi.json.

Events follow CONTRACT.md's record (as `warta events --format jsonl`), with the article they come from
and, on the evidence, the actor, trigger and recipient spans (offsets into the evidence text).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def respond(schema: Any, data: Any) -> Response:
    """Check `data` against the response schema and serialise it with pydantic in one step (FastAPI's
    generic path for returned dicts costs more than the query for a page of events)."""
    adapter: TypeAdapter[Any] = _ADAPTERS.get(schema) or _ADAPTERS.setdefault(schema, TypeAdapter(schema))
    return Response(adapter.dump_json(adapter.validate_python(data)), media_type="application/json")


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


class ErrorOut(Model):
    """The one error shape of every endpoint."""

    ok: Literal[False] = False
    error: str = Field(description="What happened and how to fix it.")
    errors: list[dict[str, Any]] = Field(default_factory=list, description="Details, e.g. per parameter.")
    status: int = Field(description="The HTTP status code.")


class Span(Model):
    kind: Literal["actor", "trigger", "recipient"]
    start: int
    end: int
    event_id: str


class ActorOut(Model):
    code: str | None
    sector: str | None
    name: str | None
    text: str | None
    wikidata: str | None
    start: int | None
    end: int | None


class EvidenceOut(Model):
    text: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    spans: list[Span] = Field(description="Actor, trigger and recipient spans, offsets into `text`.")


class PlaceOut(Model):
    name: str
    text: str | None
    country: str | None
    precision: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None


class ArticleRef(Model):
    doc_id: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    lang: str | None
    url: str | None


class EventOut(Model):
    id: str
    doc_id: str
    lang: str | None
    event: str
    mode: str | None
    context: list[str]
    actor: list[ActorOut]
    recipient: list[ActorOut]
    date: dt.date | None
    factuality: str
    evidence: EvidenceOut
    speaker: str | None
    place: PlaceOut | None
    confidence: float
    cameo: str | None
    goldstein: float | None
    quad: int | None
    plover_score: float | None
    why: str | None
    story_id: str | None
    reports: int | None = Field(description="Articles reporting the same real-world event.")
    real_event_id: str | None
    article: ArticleRef


class Page(Model):
    total: int
    limit: int
    offset: int


class EventPageOut(Page):
    sort: str
    items: list[EventOut]


class EventDetail(Model):
    event: EventOut
    reports: list[EventOut] = Field(description="Every report of its real-world event, across outlets.")


class ArticleDetail(ArticleRef):
    text: str
    n_sentences: int | None
    story_id: str | None
    copy_of: str | None
    events: list[EventOut]
    spans: list[Span] = Field(description="Every event's actor, trigger and recipient, offsets into `text`.")


class StoryOut(Model):
    story_id: str
    title: str | None
    articles: int
    outlets: list[str] | None
    langs: list[str] | None
    first_published: dt.date | None
    last_published: dt.date | None
    events: int | None
    real_events: int


class StoryPageOut(Page):
    items: list[StoryOut]


class StoryArticle(ArticleRef):
    n_events: int | None
    copy_of: str | None
    score: float | None


class RealEventOut(Model):
    group_id: str
    event: str
    mode: str | None
    factuality: str | None
    actor_code: str | None
    recipient_code: str | None
    date: dt.date | None
    reports: int | None
    outlets: list[str] | None
    first_published: dt.date | None
    first_event_id: str | None
    quad: int | None
    plover_score: float | None
    evidence_text: str | None
    trigger: str | None


class StoryDetail(Model):
    story: StoryOut
    articles: list[StoryArticle]
    real_events: list[RealEventOut]


class ActorSummary(Model):
    code: str
    name: str | None
    as_actor: int
    as_recipient: int
    events: int


class ActorPageOut(Page):
    items: list[ActorSummary]


class Count(Model):
    key: str | None
    n: int


class RoleCount(Model):
    role: str
    event: str
    n: int


class ActorDetail(Model):
    actor: ActorSummary
    mentions: list[Count] = Field(description="How texts name this actor.")
    sectors: list[Count]
    types: list[RoleCount] = Field(description="Event types by the actor's role.")
    partners: list[Count] = Field(description="Codes on the other side of its events.")


class DyadSummary(Model):
    a: str
    b: str
    events: int
    reports: int


class DyadPoint(Model):
    period: dt.date
    events: int
    reports: int
    q1: int = Field(description="Verbal cooperation.")
    q2: int = Field(description="Material cooperation.")
    q3: int = Field(description="Verbal conflict.")
    q4: int = Field(description="Material conflict.")
    score_sum: float
    score_mean: float
    types: dict[str, int]


class DyadOut(Model):
    a: str
    b: str
    ordered: bool
    by: Literal["day", "week", "month"]
    series: list[DyadPoint]


class CodeRequest(Model):
    text: str = Field(min_length=1, description="The article text (the first line may be the title).")
    title: str | None = None
    doc_id: str | None = Field(None, max_length=200, description="Default: 'api-' and the text's hash.")
    lang: Literal["id", "en"] | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    store: bool = Field(False, description="Also store the article (and place it in a story).")


class CodeOut(Model):
    doc_id: str
    stored: bool
    skipped: str | None = Field(description="Why the text was not coded or stored, if it was not.")
    events: list[dict[str, Any]] = Field(description="CONTRACT.md event records.")


class WatchOut(Model):
    directory: str
    files: int
    runs: int
    last_summary: str | None
    last_error: str | None


class StatusOut(Model):
    ok: bool = True
    version: str
    db: str
    counts: dict[str, int]
    writable: bool = Field(description="Whether POST /api/code is enabled (a token is configured).")
    watch: WatchOut | None


class MetaOut(Model):
    event_types: list[str]
    modes: dict[str, list[str]]
    factualities: list[str]
    sorts: list[str]
