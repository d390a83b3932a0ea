"""Properties of the splitter, for any text: sentences are in order, inside the text, stripped, no
longer than MAX_SENTENCE_CHARS, and every token's offset selects the token."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.strategies import PROPERTY, texts
from warta.lang import get_lang_pack
from warta.sentences import MAX_SENTENCE_CHARS, split_spans, tokenize

ABBREVIATIONS = get_lang_pack("id").abbreviations | get_lang_pack("en").abbreviations
long_texts = st.builds(
    lambda words, n: " ".join(words) * n,
    st.lists(st.sampled_from(["kata", "a", "\n"]), min_size=1, max_size=9),
    st.integers(1, 900),
)


@PROPERTY
@given(st.one_of(texts, long_texts))
def test_sentences_are_ordered_stripped_and_bounded(text: str) -> None:
    end = 0
    for start, stop in split_spans(text, ABBREVIATIONS):
        assert end <= start < stop <= len(text)
        assert stop - start <= MAX_SENTENCE_CHARS
        piece = text[start:stop]
        assert piece == piece.strip()
        tokens, offsets = tokenize(text, start, stop)
        for tok, at in zip(tokens, offsets, strict=True):
            assert text[at : at + len(tok)] == tok and start <= at < stop
        end = stop
    assert not text[end:].strip()  # nothing after the last sentence but spaces
