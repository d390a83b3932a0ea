"""Reading input paths: plain text, HTML (trafilatura), JSON Lines (optionally gzipped), directories."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from warta.ingest.decode import NotText, decode_bytes
from warta.ingest.html import extract_html
from warta.ingest.jsonl import read_jsonl_lines
from warta.ingest.records import guess_title, make_article
from warta.model import Article, Skip

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


def file_kind(path: Path) -> str | None:
    """'text', 'html' or 'jsonl' by file name, or None when Warta does not read this kind of file."""
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
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
        data = path.read_bytes()
    except OSError as e:
        yield Skip(stem, source, "ingest", f"cannot read file: {e.strerror or e}")
        return
    if kind == "jsonl":
        yield from _read_jsonl_bytes(data, path=path, stem=stem)
        return
    text = _text_or_skip(data, stem=stem, source=source)
    if isinstance(text, Skip):
        yield text
        return
    if kind == "html":
        yield extract_html(text, doc_id=stem, source=source)
    else:
        yield make_article(doc_id=stem, text=text, source=source, title=guess_title(text))


def _read_jsonl_bytes(data: bytes, *, path: Path, stem: str) -> Iterator[Article | Skip]:
    source = str(path)
    if path.name.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as e:
            yield Skip(stem, source, "ingest", f"not a readable gzip file ({e})")
            return
    text = _text_or_skip(data, stem=stem, source=source)
    if isinstance(text, Skip):
        yield text
        return
    yield from read_jsonl_lines(io.StringIO(text), source=source, stem=stem)


def _text_or_skip(data: bytes, *, stem: str, source: str) -> str | Skip:
    if not data.strip():
        return Skip(stem, source, "ingest", "empty file")
    try:
        return decode_bytes(data)
    except NotText as e:
        return Skip(stem, source, "ingest", str(e))
