"""One error shape everywhere: `{"ok": false, "error": "...", "errors": [...], "status": N}`.

Handlers turn HTTP errors (404s of unknown paths included), invalid parameters, Warta's errors and
anything unexpected into that shape; `BodyLimit` refuses request bodies over the size limit (413).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warta.errors import TimeLimitError, UsageError, WartaError

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

_STATUS_WORDS = {404: "Not found.", 405: "Method not allowed.", 413: "Request body too large."}


def error_response(status: int, error: str, errors: list[dict[str, Any]] | None = None) -> JSONResponse:
    body = {"ok": False, "error": error, "errors": jsonable_encoder(errors or []), "status": status}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, HTTPException):
        return await _unexpected(request, exc)
    detail = exc.detail if isinstance(exc.detail, str) else _STATUS_WORDS.get(exc.status_code, "Error.")
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No such path: {request.url.path}. The API is under /api (see /docs)."
    return error_response(exc.status_code, detail)


async def _invalid(request: Request, exc: Exception) -> JSONResponse:
    if not isinstance(exc, RequestValidationError):
        return await _unexpected(request, exc)
    errors = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors()
    ]
    where = ", ".join(".".join(e["loc"]) for e in errors)
    return error_response(
        422, f"Invalid request ({where}): see `errors`, and /docs for each parameter.", errors
    )


async def _warta_error(request: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, TimeLimitError):
        return error_response(503, str(exc))
    if isinstance(exc, UsageError):
        return error_response(400, str(exc))
    log.error("request %s failed: %s", request.url.path, exc)
    return error_response(500, str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("request %s failed", request.url.path, exc_info=exc)
    return error_response(500, f"Internal error ({type(exc).__name__}). Please report it with the request.")


def install(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(WartaError, _warta_error)
    app.add_exception_handler(Exception, _unexpected)


class BodyLimit:
    """ASGI middleware: a request body over `max_bytes` gets 413 before the endpoint reads any of it."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        chunks: list[bytes] = []
        size, more = 0, True
        while more:  # read the (chunked) body up to the limit, then hand it on
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            more = message.get("more_body", False)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"Request body over {self.max_bytes} bytes. Send a shorter text, or raise --max-body."
        await error_response(413, message)(scope, receive, send)
