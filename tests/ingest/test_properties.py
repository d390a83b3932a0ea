"""Properties of ingest, for any input: bytes are decoded or refused as not text, never an error; each
non-blank JSON Lines line is exactly one Article or Skip; publication days are plausible or unknown."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import PROPERTY, any_text
from warta.ingest import read_jsonl_lines
from warta.ingest.dates import EARLIEST, LATEST, parse_published
from warta.ingest.decode import NotText, decode_bytes, decode_line
from warta.model import Article

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | any_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {},
    optional=dict.fromkeys(("id", "text", "title", "published", "url", "outlet", "lang"), values | any_text),
)
lines = st.one_of(
    records.map(json.dumps), values.map(json.dumps), any_text.map(lambda t: t.replace("\n", " "))
)


@PROPERTY
@given(st.binary(max_size=2000))
def test_bytes_are_text_or_refused(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except NotText as e:
        assert str(e)
    assert isinstance(decode_line(data), str)


@PROPERTY
@given(st.lists(lines, max_size=8))
def test_each_jsonl_line_is_one_document(batch: list[str]) -> None:
    items = list(read_jsonl_lines(batch, source="p.jsonl", stem="p"))
    assert len(items) == sum(1 for line in batch if line.strip())
    for item in items:
        assert item.doc_id and item.source.startswith("p.jsonl:")
        if isinstance(item, Article):
            assert item.published is None or EARLIEST <= item.published <= LATEST
            item.source_text.encode("utf-8")  # storable: no lone surrogates (else UnicodeEncodeError)


@PROPERTY
@given(st.one_of(values, any_text, st.dates().map(str), st.datetimes().map(str)))
def test_publication_days_are_plausible_or_unknown(raw: object) -> None:
    day = parse_published(raw)
    assert day is None or EARLIEST <= day <= LATEST
