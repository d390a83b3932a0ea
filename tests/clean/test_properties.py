"""Properties of cleaning, for any text: it is idempotent, and every segment of the cleaned text is a
verbatim copy of the normalised source it maps to."""

from __future__ import annotations

from hypothesis import given

from tests.strategies import PROPERTY, texts
from warta.clean import clean_text
from warta.clean.normalise import normalise


@PROPERTY
@given(texts)
def test_cleaning_is_idempotent(text: str) -> None:
    cleaned, _, _ = clean_text(text)
    assert clean_text(cleaned)[0] == cleaned


@PROPERTY
@given(texts)
def test_segments_copy_the_normalised_source(text: str) -> None:
    cleaned, segments, removed = clean_text(text)
    base = normalise(text)
    assert sum(s.length for s in segments) == len(cleaned)
    for seg in segments:
        piece = cleaned[seg.start : seg.start + seg.length]
        assert piece == base[seg.source_start : seg.source_start + seg.length]
    for removal in removed:
        assert 0 <= removal.source_start <= removal.source_end <= len(base)
