"""The app factory: `create_app(db_path, token=..., watch=...)` opens the database read-write (this
process owns it), and serves the API under /api, its schema at /openapi.json, docs at /docs (Swagger
UI from the swagger-ui-bundle package, offline) and the dashboard at / (static files, no CDN)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from warta import __version__
from warta.api import errors, routes_catalog, routes_code, routes_events
from warta.api.server import Server, log_skip
from warta.api.watcher import Watcher
from warta.ingest import read_inputs
from warta.runner import RunReport
from warta.store import Store

STATIC = Path(__file__).with_name("static")
# The dashboard runs only its own files: no inline script, no other origin.
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_DESCRIPTION = """Political events coded from news (PLOVER), with the evidence for each one.

Read-only unless the server was started with a token: then `POST /api/code` codes (and stores) posted
text. Every error has one shape: `{"ok": false, "error": "...", "errors": [...], "status": N}`."""


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    watch: Path | None = None,
    time_limit: float = 10.0,
    max_body: int = 2_000_000,
    poll_seconds: float = 1.0,
) -> FastAPI:
    """The Warta web app over the database at `db_path` (created if missing). `token` enables
    POST /api/code; `watch` ingests new files of that directory in the background; `time_limit`
    (seconds) stops longer queries (503); `max_body` (bytes) refuses larger request bodies (413)."""
    server = Server(Store.open(db_path), token=token, time_limit=time_limit)
    with server.reader() as reader:
        reader.ensure_indexes()
    if watch is not None:
        server.watcher = Watcher(watch, lambda paths: _ingest(server, paths), interval=poll_seconds)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if server.watcher is not None:
            server.watcher.start()
        try:
            yield
        finally:
            if server.watcher is not None:
                server.watcher.stop()
            server.close()

    app = FastAPI(
        title="Warta",
        version=__version__,
        description=_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.warta = server
    errors.install(app)
    for router in (routes_events.router, routes_catalog.router, routes_code.router):
        app.include_router(router)
    _mount_pages(app)
    app.add_middleware(errors.BodyLimit, max_bytes=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _ingest(server: Server, paths: list[Path]) -> RunReport:
    return server.writer.ingest(read_inputs([str(p) for p in paths]), on_skip=log_skip)


def _mount_pages(app: FastAPI) -> None:
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.mount("/docs-assets", StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Warta API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )


class SecurityHeaders:
    """ASGI middleware: `nosniff` everywhere; the dashboard's strict Content-Security-Policy elsewhere
    than /docs (whose Swagger UI page starts itself with an inline script)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        strict = not str(scope.get("path", "")).startswith("/docs")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                if strict:
                    headers.append((b"content-security-policy", _CSP.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
