"""Request dependencies: the server, a reader on its own cursor under the time limit, the write token."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from warta.api.server import Server
from warta.store.queries import Reader

_bearer = HTTPBearer(auto_error=False, description="The token `warta serve` was started with.")


def get_server(request: Request) -> Server:
    server: Server = request.app.state.warta
    return server


def get_reader(server: Annotated[Server, Depends(get_server)]) -> Iterator[Reader]:
    """A reader for one request; a query still running after the time limit is interrupted (503)."""
    reader = server.reader()
    timer = threading.Timer(server.time_limit, reader.interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield reader
    finally:
        timer.cancel()
        reader.close()


def require_token(
    server: Annotated[Server, Depends(get_server)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> None:
    """Writes need the configured token: none configured -> 403 (read-only), missing or wrong -> 401."""
    if server.token is None:
        raise HTTPException(
            403, "This server is read-only. Start it with --token (or WARTA_TOKEN) to enable POST /api/code."
        )
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode("utf-8"), server.token.encode("utf-8")):
        raise HTTPException(401, "Missing or wrong token: send the header 'Authorization: Bearer TOKEN'.")


ReaderDep = Annotated[Reader, Depends(get_reader)]
ServerDep = Annotated[Server, Depends(get_server)]
