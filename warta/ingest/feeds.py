"""RSS and Atom feed files (feedparser): each item is an article, its title, link, date, feed title (the
outlet) and language kept; its full content, else its summary, is the text (HTML reduced to text).
Nothing is fetched: a feed item that carries no text is a skip saying so."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from typing import Any

import feedparser
import lxml.html
from lxml.etree import ParserError

from warta.ingest.records import make_article
from warta.model import Article, Skip

__all__ = ["read_feed"]

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")
_MARKUP = re.compile(r"<[a-zA-Z/!][^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_MIN_CHARS = 20
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


def read_feed(data: bytes, *, source: str, stem: str) -> Iterator[Article | Skip]:
    """The items of one feed document. A feed that declares XML entities is refused: news feeds never
    need them, and nested ones expand exponentially ("billion laughs")."""
    if _ENTITY.search(data):
        yield Skip(
            stem, source, "ingest", "feed declares XML entities (<!ENTITY>), refused: entity expansion"
        )
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield Skip(stem, source, "ingest", f"no RSS or Atom items in this file{problem}")
        return
    meta = feed.feed
    outlet = _str(meta.get("title"))
    lang = _str(meta.get("language"))
    for n, entry in enumerate(feed.entries, 1):
        yield _article(entry, source=f"{source}#{n}", outlet=outlet, lang=lang)


def _article(entry: Any, *, source: str, outlet: str | None, lang: str | None) -> Article | Skip:
    link = _str(entry.get("link"))
    key = _str(entry.get("id")) or link or source
    doc_id = "feed-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]  # stable across runs
    contents = entry.get("content") or []
    html = _str(contents[0].get("value")) if contents else None
    text = _text(html or _str(entry.get("summary")) or "")
    if len(text) < _MIN_CHARS:
        return Skip(doc_id, source, "ingest", f"feed item carries no article text ({link or key})")
    published_raw = _str(entry.get("published") or entry.get("updated"))
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    published = dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
    entry_lang = _str((entry.get("title_detail") or {}).get("language")) or lang
    return make_article(
        doc_id=doc_id,
        text=text,
        source=source,
        title=_str(entry.get("title")),
        published=published,
        published_raw=published_raw,
        url=link,
        outlet=outlet,
        lang_hint=entry_lang.split("-")[0] if entry_lang else None,
    )


def _text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph a line (plain text passes through)."""
    if not _MARKUP.search(fragment):
        return fragment.strip()
    try:
        root = lxml.html.fromstring(fragment)
    except (ParserError, ValueError):
        return _MARKUP.sub(" ", fragment).strip()
    for el in list(root.iter("script", "style")):
        el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().splitlines())
    return "\n\n".join(line for line in lines if line)


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
