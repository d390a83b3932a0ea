"""HTML pages to articles with trafilatura: main text, title, publication date and URL."""

from __future__ import annotations

import logging

import trafilatura

from warta.ingest.dates import parse_published
from warta.ingest.records import make_article
from warta.model import Article, Skip

logger = logging.getLogger(__name__)

# The largest page extracted: a news page is at most a few megabytes even with its scripts, and
# extraction takes about 5 s a megabyte (a 25 MB page would take two minutes).
MAX_HTML_CHARS = 10_000_000


def extract_html(html: str, *, doc_id: str, source: str) -> Article | Skip:
    """The article in an HTML page, or a Skip when the page holds no article text or is too large."""
    if len(html) > MAX_HTML_CHARS:
        reason = f"HTML page too large ({len(html):,} characters; a page may have {MAX_HTML_CHARS:,})"
        return Skip(doc_id, source, "ingest", reason)
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
        )
    except (ValueError, RecursionError, MemoryError) as e:  # lxml fails on some broken pages
        return Skip(doc_id, source, "ingest", f"HTML could not be parsed ({type(e).__name__})")
    if doc is None:
        return Skip(doc_id, source, "ingest", "HTML page has no article text")
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        return Skip(doc_id, source, "ingest", "HTML page has no article text")
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    url = getattr(doc, "url", None)
    sitename = getattr(doc, "sitename", None)
    return make_article(
        doc_id=doc_id,
        text=text,
        source=source,
        title=title,
        published=parse_published(date),
        published_raw=date,
        url=url,
        outlet=sitename,
    )
