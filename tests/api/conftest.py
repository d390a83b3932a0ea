"""A real server over a real DuckDB file: invented articles ingested with stories, uvicorn in a thread on
a free loopback port. Every article here is written for these tests (none is copied from an outlet)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from warta.api import create_app
from warta.ingest import read_inputs
from warta.pipeline import Pipeline
from warta.runner import RunReport, StoryUpdater, ingest_into
from warta.store import Store

TOKEN = "test-token-7f3a"  # a test token
XSS_TITLE = "<img src=x onerror=alert('title')>Indonesia mengecam Malaysia"
XSS_SCRIPT = "<script>alert('xss')</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
ARTICLES = [
    {
        "id": "inv-recall-id", "outlet": "Kabar Contoh", "published": "2026-03-02", "lang": "id",
        "title": "Rusia Tarik Pulang Duta Besar dari Washington",
        "text": "MOSKOW - Pemerintah Rusia memanggil pulang Duta Besar Rusia untuk Amerika Serikat pada Senin "
        "(2/3) untuk berkonsultasi. Kremlin mengatakan hubungan dengan Washington berada di titik terendah. "
        "Juru bicara Kremlin Dmitry Peskov menolak berkomentar lebih lanjut.",
    },
    {
        "id": "inv-recall-en", "outlet": "Example Herald", "published": "2026-03-02", "lang": "en",
        "title": "Russia recalls ambassador from Washington",
        "text": "MOSCOW - The Russian government recalled its ambassador to the United States on Monday for "
        "consultations. The Kremlin said relations with Washington were at their lowest point. Kremlin "
        "spokesman Dmitry Peskov declined to comment further.",
    },
    {
        "id": "inv-aid-en", "outlet": "Example Herald", "published": "2026-03-09", "lang": "en",
        "title": "United States sends aid to Russia after floods",
        "text": "WASHINGTON - The United States sent humanitarian aid to Russia on Monday after floods in "
        "Siberia. The State Department said the aid included food and medicine.",
    },
    {
        "id": "inv-xss", "outlet": "<b>Evil</b> Outlet", "published": "2026-03-05", "lang": "id",
        "title": XSS_TITLE,
        "text": f"JAKARTA - Pemerintah Indonesia mengecam Malaysia {XSS_SCRIPT} atas penangkapan nelayan "
        f"{XSS_IMG} di perbatasan pada Kamis (5/3). Kementerian Luar Negeri Indonesia memanggil Duta Besar "
        "Malaysia.",
    },
]  # fmt: skip
RECALL_IDS = {"inv-recall-id", "inv-recall-en"}


@dataclass(frozen=True)
class Live:
    url: str
    db: Path

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **kwargs)  # type: ignore[arg-type]


def write_articles(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def build_db(folder: Path) -> Path:
    db = folder / "api.duckdb"
    source = write_articles(folder / "articles.jsonl", ARTICLES)
    with Store.open(db) as store:
        ingest_into(store, read_inputs([str(source)]), pipeline=Pipeline(strict=False), report=RunReport(),
                    on_skip=lambda s: None, stories=StoryUpdater(store))  # fmt: skip
    return db


def free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@dataclass
class Running:
    server: uvicorn.Server
    thread: threading.Thread
    url: str


def start(db: Path, **options: object) -> Running:
    """uvicorn in a thread serving `create_app(db, **options)` on a free loopback port."""
    sock = free_socket()
    port = sock.getsockname()[1]
    app = create_app(db, **options)  # type: ignore[arg-type]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    return Running(server, thread, f"http://127.0.0.1:{port}")


def stop(running: Running) -> None:
    running.server.should_exit = True
    running.thread.join(30)


@pytest.fixture(scope="session")
def api_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("api"))


@pytest.fixture(scope="session")
def live(api_db: Path) -> Iterator[Live]:
    """A read-only server (no token) over the invented articles."""
    running = start(api_db)
    yield Live(running.url, api_db)
    stop(running)


@pytest.fixture(scope="session")
def client(live: Live) -> Iterator[httpx.Client]:
    with live.client() as c:
        yield c
