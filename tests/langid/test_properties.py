"""Language identification never fails: any text gets a code and a score in [0, 1]."""

from __future__ import annotations

from hypothesis import given

from tests.strategies import PROPERTY, texts
from warta.langid import identify


@PROPERTY
@given(texts)
def test_any_text_gets_a_language_and_a_score(text: str) -> None:
    code, score = identify(text)
    assert code and 0.0 <= score <= 1.0
