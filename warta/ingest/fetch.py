"""Fetching web pages and feeds over the network, only when the user asks (`warta ingest --fetch URL`).

Polite by default: one request at a time, a user agent that says who is asking, a timeout, at least
`delay` seconds between two requests to the same host, and robots.txt obeyed. A feed (RSS/Atom) is
read as a feed: its items are articles (summary or full content, as `warta ingest feed.xml` reads
it). Every URL ends as documents or as one Skip with the reason (HTTP status, timeout, robots.txt,
unsupported content type); nothing here raises for a bad URL.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from email.message import Message

from warta import __version__
from warta.ingest.decode import NotText, decode_bytes
from warta.ingest.feeds import read_feed
from warta.ingest.html import extract_html
from warta.model import Article, Skip

USER_AGENT = f"Warta/{__version__} (+https://github.com/warta-events/warta; event coding for research)"
MAX_BYTES = 10_000_000  # a page larger than this is not an article
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(item: str) -> bool:
    return urllib.parse.urlsplit(item).scheme in ("http", "https")


@dataclass
class Fetcher:
    """Fetches URLs politely; `clock` and `sleep` are injectable so that spacing can be tested."""

    timeout: float = 20.0
    delay: float = 1.0
    user_agent: str = USER_AGENT
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)

    def documents(self, urls: Iterable[str]) -> Iterator[Article | Skip]:
        """The documents of each URL in turn (a page is one; a feed, one per item)."""
        for url in urls:
            yield from self._documents(url)

    def _documents(self, url: str) -> Iterator[Article | Skip]:
        stem = _stem(url)
        if not self._allowed(url):
            yield Skip(stem, url, "ingest", "robots.txt of the site disallows fetching this URL")
            return
        try:
            data, ctype = self._get(url)
        except urllib.error.HTTPError as e:
            yield Skip(stem, url, "ingest", f"HTTP {e.code} {e.reason} when fetching the URL")
            return
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as e:
            reason = getattr(e, "reason", None) or e
            yield Skip(stem, url, "ingest", f"cannot fetch the URL: {reason}")
            return
        if len(data) > MAX_BYTES:
            yield Skip(stem, url, "ingest", f"response larger than {MAX_BYTES:,} bytes")
        elif ctype in _FEED_TYPES or (not ctype and data.lstrip()[:5] in (b"<?xml", b"<rss ", b"<feed")):
            yield from read_feed(data, source=url, stem=stem)
        elif ctype in _HTML_TYPES or not ctype:
            yield _page(data, url=url, stem=stem)
        else:
            yield Skip(stem, url, "ingest", f"unsupported content type '{ctype}'")

    def _get(self, url: str) -> tuple[bytes, str]:
        self._wait(url)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        with urllib.request.urlopen(request, timeout=self.timeout) as response:  # only http(s): is_url()
            data = response.read(MAX_BYTES + 1)
            headers: Message = response.headers
        return data, headers.get_content_type() if headers.get("Content-Type") else ""

    def _wait(self, url: str) -> None:
        """At least `delay` seconds since the last request to the same host."""
        host = urllib.parse.urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None:
            wait = self.delay - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._read_robots(root + "/robots.txt")
        robots = self._robots[root]
        return robots is None or robots.can_fetch(self.user_agent, url)

    def _read_robots(self, robots_url: str) -> urllib.robotparser.RobotFileParser | None:
        """The site's robots.txt; None (everything allowed) when it has none or cannot be read."""
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            data, _ = self._get(robots_url)
        except urllib.error.HTTPError as e:
            if e.code in (401, 403):  # robots.txt forbidden: treat the whole site as disallowed
                parser.parse(["User-agent: *", "Disallow: /"])
                return parser
            return None
        except (urllib.error.URLError, TimeoutError, OSError, ValueError):
            return None
        try:
            parser.parse(decode_bytes(data).splitlines())
        except NotText:
            return None
        return parser


def _page(data: bytes, *, url: str, stem: str) -> Article | Skip:
    try:
        text = decode_bytes(data)
    except NotText:
        return Skip(stem, url, "ingest", "the URL returned binary data, not a page")
    article = extract_html(text, doc_id=stem, source=url)
    if isinstance(article, Article) and not article.url:
        return replace(article, url=url)  # the address fetched, when the page does not name its own
    return article


def _stem(url: str) -> str:
    """A readable document id from a URL: host and path ("example.com/news/2026/talks")."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.strip("/")
    stem = f"{parts.netloc}/{path}" if path else parts.netloc
    return stem + (f"?{parts.query}" if parts.query else "")
