"""The phrase matcher's case rules and enclitics, including the starts `find` skips without a walk:
a lowercase token where every phrase that could start there wants a capital."""

from __future__ import annotations

from warta.matcher import PhraseMatcher
from warta.sentences import tokenize


def _found(matcher: PhraseMatcher[str], text: str) -> list[tuple[str, tuple[str, ...]]]:
    tokens, _ = tokenize(text)
    return [(" ".join(tokens[m.start : m.end]), m.values) for m in matcher.find(tokens)]


def test_title_phrase_wants_a_capital_and_shares_its_start_with_a_lowercase_phrase() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("Dan Brown", "person", case="title")
    matcher.add("dan lain-lain", "phrase", case="any")
    assert _found(matcher, "Dan Brown dan lain - lain") == [
        ("Dan Brown", ("person",)),
        ("dan lain - lain", ("phrase",)),
    ]
    assert _found(matcher, "dan Brown") == []


def test_exact_phrase_matches_only_as_written() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("AS", "USA", case="exact")
    matcher.add("iPhone", "phone", case="exact")
    assert _found(matcher, "AS dan as") == [("AS", ("USA",))]
    assert _found(matcher, "iPhone IPHONE iphone") == [("iPhone", ("phone",))]


def test_enclitic_glued_to_a_one_word_phrase() -> None:
    matcher: PhraseMatcher[str] = PhraseMatcher(enclitics=("nya",))
    matcher.add("kunjungan", "visit", case="any")
    matcher.add("Jakarta", "IDN", case="title")
    assert _found(matcher, "kunjungannya ke Jakartanya") == [
        ("kunjungannya", ("visit",)),
        ("Jakartanya", ("IDN",)),
    ]
    assert _found(matcher, "jakartanya") == []
