"""Ingest: input paths (files, directories, '-' for stdin) to `Article` records or `Skip`s.

Every document read yields exactly one item, so runs can account for all of them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from warta.errors import Errors, InputError
from warta.ingest.decode import decode_line
from warta.ingest.fetch import Fetcher, is_url
from warta.ingest.files import SUPPORTED, read_file, walk
from warta.ingest.jsonl import read_jsonl_lines, record_to_article
from warta.model import Article, Skip

__all__ = ["SUPPORTED", "Fetcher", "is_url", "read_inputs", "read_jsonl_lines", "record_to_article"]


def read_inputs(
    inputs: Iterable[str], *, stdin: TextIO | None = None, fetcher: Fetcher | None = None
) -> Iterator[Article | Skip]:
    """Documents from each input in turn: a file, a directory (recursive), '-' (JSON Lines on stdin),
    or, with a `fetcher`, an http(s) URL (a page, or a feed's items).

    Raises `InputError` for a path that does not exist, or a URL without a fetcher (checked before
    anything is read).
    """
    inputs = list(inputs)
    for item in inputs:
        if is_url(item):
            if fetcher is None:
                raise InputError(Errors.E050.format(url=item))
        elif item != "-" and not Path(item).exists():
            raise InputError(Errors.E001.format(path=item))
    for item in inputs:
        if item == "-":  # bytes decoded line by line as files are (UTF-8, else cp1252 or Latin-1)
            lines = stdin if stdin is not None else (decode_line(raw) for raw in sys.stdin.buffer)
            yield from read_jsonl_lines(lines, source="<stdin>", stem="stdin")
            continue
        if fetcher is not None and is_url(item):
            yield from fetcher.documents([item])
            continue
        for path in walk(Path(item)):
            yield from read_file(path)
