"""Reading input paths: plain text, HTML (trafilatura), JSON Lines (optionally gzipped), WARC (optionally
gzipped), RSS/Atom feeds, directories."""

from __future__ import annotations

import codecs
import gzip
import io
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from warta.ingest.decode import NotText, decode_bytes, decode_line
from warta.ingest.feeds import read_feed
from warta.ingest.html import extract_html
from warta.ingest.jsonl import read_jsonl_lines
from warta.ingest.records import guess_title, make_article
from warta.ingest.warc import read_warc
from warta.model import Article, Skip

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES
_SAMPLE = 8192


def file_kind(path: Path) -> str | None:
    """'text', 'html', 'jsonl', 'warc' or 'feed' by file name, or None when Warta does not read this kind
    of file."""
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(FEED_SUFFIXES):
        return "feed"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def doc_stem(path: Path) -> str:
    """The file name without its extension(s): 'a/b/seed-1.jsonl.gz' -> 'seed-1'."""
    name = path.name
    for suffix in sorted(SUPPORTED, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return path.stem


def walk(path: Path) -> Iterator[Path]:
    """Every file under a directory (recursively, sorted, hidden files left out), or the file itself."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            rel = child.relative_to(path)
            if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                yield child
    else:
        yield path


def read_file(path: Path) -> Iterator[Article | Skip]:
    """The documents in one file; unreadable or unsupported files become one Skip each."""
    kind = file_kind(path)
    stem = doc_stem(path)
    source = str(path)
    if kind is None:
        yield Skip(stem, source, "ingest", f"unsupported file type '{path.suffix or path.name}'")
        return
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, stem=stem)
            return
        if kind == "warc":
            yield from read_warc(path, stem=stem)
            return
        data = path.read_bytes()
    except OSError as e:
        yield Skip(stem, source, "ingest", f"cannot read file: {e.strerror or e}")
        return
    if kind == "feed":
        yield from read_feed(data, source=source, stem=stem) if data.strip() else iter([_empty(stem, source)])
        return
    text = _text_or_skip(data, stem=stem, source=source)
    if isinstance(text, Skip):
        yield text
        return
    if kind == "html":
        yield extract_html(text, doc_id=stem, source=source)
    else:
        yield make_article(doc_id=stem, text=text, source=source, title=guess_title(text))


def _read_jsonl(path: Path, *, stem: str) -> Iterator[Article | Skip]:
    """JSON Lines streamed line by line (memory stays flat whatever the file size)."""
    source = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            head = fh.read(_SAMPLE)
            if not head.strip():
                yield Skip(stem, source, "ingest", "empty file")
                return
            try:
                decode_bytes(head)
            except NotText as e:
                yield Skip(stem, source, "ingest", str(e))
                return
            fh.seek(0)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # lines are not byte lines
                lines: Iterable[str] = io.StringIO(decode_bytes(fh.read()))
            else:
                lines = (decode_line(raw) for raw in fh)
            yield from read_jsonl_lines(lines, source=source, stem=stem)
    except (OSError, EOFError, zlib.error) as e:
        kind = "gzip" if opener is gzip.open else "JSON Lines"
        yield Skip(stem, source, "ingest", f"not a readable {kind} file ({e})")


def _empty(stem: str, source: str) -> Skip:
    return Skip(stem, source, "ingest", "empty file")


def _text_or_skip(data: bytes, *, stem: str, source: str) -> str | Skip:
    if not data.strip():
        return _empty(stem, source)
    try:
        return decode_bytes(data)
    except NotText as e:
        return Skip(stem, source, "ingest", str(e))
