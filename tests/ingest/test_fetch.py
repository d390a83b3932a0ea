"""The fetcher against a real HTTP server on the loopback interface (no outside network)."""

from __future__ import annotations

import contextlib
import json
import signal
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from warta.ingest.fetch import USER_AGENT, Fetcher, is_url
from warta.model import Article, Skip

PAGE = b"""<html><head><title>Ministers meet in Hanoi</title>
<meta property="article:published_time" content="2026-03-19"></head><body><article>
<h1>Ministers meet in Hanoi</h1>
<p>The foreign ministers of Indonesia and Vietnam met in Hanoi on Thursday to discuss fisheries.</p>
<p>Both sides agreed to share data on illegal fishing in their border waters, officials said.</p>
</article></body></html>"""

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Wire</title>
<item><title>Talks in Hanoi</title><link>http://example.test/a</link><pubDate>Thu, 19 Mar 2026 08:00:00 GMT</pubDate>
<description>The foreign ministers of Indonesia and Vietnam met in Hanoi on Thursday.</description></item>
<item><title>Patrols agreed</title><link>http://example.test/b</link><pubDate>Thu, 19 Mar 2026 09:00:00 GMT</pubDate>
<description>Indonesia and Vietnam agreed to hold joint patrols in their border waters.</description></item>
</channel></rss>"""

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
    "/news/hanoi": (200, "text/html; charset=utf-8", PAGE),
    "/feed.xml": (200, "application/rss+xml", FEED),
    "/private/memo": (200, "text/html", PAGE),
    "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
}


class _Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("User-Agent", "")))
        if self.path == "/slow":  # answer nothing: the client has given up by then
            time.sleep(1.0)
            return
        status, ctype, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # the client gave up (the timeout test)
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    # an in-process `warta` command elsewhere in the run restores SIGPIPE's default (`warta code | head`
    # ends quietly); a write to a client that gave up must then not kill the test process
    previous = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    _Handler.seen = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    signal.signal(signal.SIGPIPE, previous)


def _fetch(urls: list[str], timeout: float = 5.0) -> list[Article | Skip]:
    return list(Fetcher(delay=0.0, timeout=timeout).documents(urls))


def test_a_page_becomes_an_article_with_its_url_title_and_date(site: str) -> None:
    [doc] = _fetch([f"{site}/news/hanoi"])
    assert isinstance(doc, Article), doc
    assert doc.url == f"{site}/news/hanoi"
    assert doc.title == "Ministers meet in Hanoi"
    assert doc.published is not None and doc.published.isoformat() == "2026-03-19"
    assert "share data on illegal fishing" in doc.source_text
    assert ("/news/hanoi", USER_AGENT) in _Handler.seen  # says who is asking


def test_a_feed_gives_one_article_per_item(site: str) -> None:
    docs = _fetch([f"{site}/feed.xml"])
    assert [d.title for d in docs if isinstance(d, Article)] == ["Talks in Hanoi", "Patrols agreed"]
    assert all(isinstance(d, Article) and d.url for d in docs)


def test_failures_are_skips_with_their_reason(site: str) -> None:
    docs = _fetch([f"{site}/missing", f"{site}/private/memo", f"{site}/logo.png"])
    assert all(isinstance(d, Skip) for d in docs)
    reasons = [d.reason for d in docs if isinstance(d, Skip)]
    assert "HTTP 404" in reasons[0]
    assert "robots.txt" in reasons[1]
    assert "image/png" in reasons[2]
    assert "/private/memo" not in [path for path, _ in _Handler.seen]  # never requested


def test_a_slow_server_times_out_into_a_skip(site: str) -> None:
    [doc] = _fetch([f"{site}/slow"], timeout=0.3)
    assert isinstance(doc, Skip) and "cannot fetch" in doc.reason


def test_requests_to_one_host_are_spaced(site: str) -> None:
    waits: list[float] = []
    now = [100.0]
    fetcher = Fetcher(delay=2.0, clock=lambda: now[0], sleep=waits.append)
    list(fetcher.documents([f"{site}/news/hanoi", f"{site}/feed.xml"]))
    # robots.txt, then the page, then the feed: each waits for the full delay (the clock stands still)
    assert waits == [2.0, 2.0]


def test_only_http_and_https_are_urls() -> None:
    assert is_url("https://example.com/a") and is_url("http://example.com")
    assert not is_url("file:///etc/passwd") and not is_url("news.jsonl") and not is_url("-")


def test_warta_ingest_fetches_only_with_the_flag(site: str, tmp_path: Path) -> None:
    from tests.test_cli import run

    db = str(tmp_path / "w.duckdb")
    refused = run("ingest", f"{site}/news/hanoi", "--db", db)
    assert refused.returncode != 0 and "--fetch" in refused.stderr and not _Handler.seen
    done = run("ingest", "--fetch", "--fetch-delay", "0", f"{site}/news/hanoi", f"{site}/missing", "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("read 2, coded 1, skipped 1")
    assert "HTTP 404" in done.stderr
    events = run("events", "--db", db, "--format", "jsonl")
    assert events.returncode == 0 and events.stdout.strip()
    host = site.removeprefix("http://")
    assert {json.loads(line)["doc_id"] for line in events.stdout.splitlines()} == {f"{host}/news/hanoi"}
