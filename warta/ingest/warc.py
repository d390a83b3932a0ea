"""WARC and WARC.gz files (FastWARC): every HTML response record is one article, read through the same
extraction as an `.html` file, with the captured URL. Other responses are skips that say why; request,
metadata and warcinfo records hold no documents."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from warta.ingest.decode import NotText, decode_bytes
from warta.ingest.html import extract_html
from warta.model import Article, Skip

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_OK = range(200, 300)


def read_warc(path: Path, *, stem: str) -> Iterator[Article | Skip]:
    """The articles of one WARC file, gzipped or not (the compression is detected)."""
    source = str(path)
    n = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
                n += 1
                yield _article(record, source=f"{source}#{n}")
    except OSError as e:  # FastWARC: 'Invalid WARC header' and I/O errors
        yield Skip(f"{stem}#{n + 1}", source, "ingest", f"WARC file unreadable after {n} records ({e})")
        return
    if n == 0:
        yield Skip(stem, source, "ingest", "no HTTP response records in this WARC file")


def _article(record: WarcRecord, *, source: str) -> Article | Skip:
    url = record.headers.get("WARC-Target-URI") or None
    record_id = record.headers.get("WARC-Record-ID") or f"{source}|{url}"
    doc_id = "warc-" + hashlib.sha1(record_id.encode("utf-8")).hexdigest()[:16]  # stable across runs
    http = record.http_headers
    status = http.status_code if http is not None else None
    if status not in _OK:
        return Skip(doc_id, source, "ingest", f"HTTP status {status} for {url}")
    content_type = (record.http_content_type or "").lower()
    if content_type and not content_type.startswith(_HTML_TYPES):
        return Skip(doc_id, source, "ingest", f"not an HTML page ({content_type}) at {url}")
    body = record.reader.read()
    if not body.strip():
        return Skip(doc_id, source, "ingest", f"empty response for {url}")
    try:
        html = _decode(body, record.http_charset)
    except NotText as e:
        return Skip(doc_id, source, "ingest", f"{e} ({url})")
    article = extract_html(html, doc_id=doc_id, source=source)
    if isinstance(article, Article) and url:
        article = dataclasses.replace(article, url=url)
    return article


def _decode(body: bytes, charset: str | None) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declared charset: detect it
    return decode_bytes(body)
