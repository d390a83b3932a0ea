"""POST /api/code: code a posted text on the fly (and store it with `store: true`); needs the token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from warta.api.deps import ServerDep, require_token
from warta.api.models import CodeOut, CodeRequest, ErrorOut
from warta.api.server import log_skip
from warta.ingest.records import content_hash, make_article
from warta.model import Article, Skip
from warta.store import EventFilter

router = APIRouter(prefix="/api", tags=["code"])
_ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": ErrorOut} for code in (401, 403, 413, 422)}


def to_article(body: CodeRequest) -> Article:
    return make_article(
        doc_id=body.doc_id or f"api-{content_hash(body.text)[:16]}",
        text=body.text,
        source="api",
        title=body.title,
        published=body.published,
        url=body.url,
        outlet=body.outlet,
        lang_hint=body.lang,
    )


@router.post(
    "/code",
    response_model=CodeOut,
    dependencies=[Depends(require_token)],
    responses=_ERRORS,
    summary="Code a text (and store it): needs the server's token",
)
def code(body: CodeRequest, server: ServerDep) -> dict[str, Any]:
    """Codes the posted text into events (CONTRACT.md records). With `store: true` the article is stored
    and placed in a story, as `warta ingest` would (an unchanged text already stored is not coded again)."""
    article = to_article(body)
    if not body.store:
        out = server.writer.code(article)
        if isinstance(out, Skip):
            return {"doc_id": article.doc_id, "stored": False, "skipped": out.reason, "events": []}
        return {"doc_id": article.doc_id, "stored": False, "skipped": None,
                "events": [e.to_record() for e in out.events]}  # fmt: skip
    skips: list[Skip] = []

    def note(skip: Skip) -> None:
        log_skip(skip)
        skips.append(skip)

    report = server.writer.ingest([article], on_skip=note)
    with server.cursor() as store:
        events = store.events(EventFilter(doc_id=article.doc_id))
    return {
        "doc_id": article.doc_id,
        "stored": report.coded == 1,
        "skipped": skips[0].reason if skips else None,
        "events": events,
    }
