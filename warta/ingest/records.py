"""Building `Article` records at ingest: ids, content hashes, titles of plain-text files."""

from __future__ import annotations

import datetime as dt
import hashlib

from warta.ingest.dates import plausible
from warta.model import Article, scrub

_TITLE_MAX = 200


def _scrub(text: str | None) -> str | None:
    return None if text is None else scrub(text)


def content_hash(text: str) -> str:
    """A stable fingerprint of an article's source text (idempotent ingest compares these)."""
    return hashlib.blake2b(text.encode("utf-8", errors="surrogatepass"), digest_size=16).hexdigest()


def make_article(
    *,
    doc_id: str,
    text: str,
    source: str,
    title: str | None = None,
    published: dt.date | None = None,
    published_raw: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    lang_hint: str | None = None,
) -> Article:
    """An ingested article; text that cannot be stored as UTF-8 is repaired and an implausible
    publication day (`dates.plausible`) dropped, so no stage or store meets them."""
    text = scrub(text)
    return Article(
        doc_id=scrub(doc_id),
        source_text=text,
        source=scrub(source),
        title=_scrub(title),
        published=plausible(published),
        published_raw=_scrub(published_raw),
        url=_scrub(url),
        outlet=_scrub(outlet),
        lang_hint=scrub(lang_hint.lower()) if lang_hint else None,
        content_hash=content_hash(text),
    )


_TITLE_MIN_WORDS = 3


def guess_title(text: str) -> str | None:
    """The first non-empty line of a plain-text article when it reads like a headline."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        words = len(line.split())
        headline = len(line) <= _TITLE_MAX and words >= _TITLE_MIN_WORDS
        if headline and not line.endswith((".", "!", "?", '"', "”", ":")) and line != text.strip():
            return line
        return None  # "Bagikan:" (a share widget), a first sentence: no headline
    return None
