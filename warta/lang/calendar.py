"""Month and weekday names of a language (from babel's CLDR data), lowercase: words that open a date
("Rabu (11/3)", "Monday") and are never part of a person's name."""

from __future__ import annotations

import functools


@functools.cache
def calendar_words(code: str) -> frozenset[str]:
    from babel import Locale, UnknownLocaleError

    try:
        loc = Locale(code)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    words: set[str] = set()
    for table in (loc.months, loc.days):
        words.update(name.lower() for name in table["format"]["wide"].values())  # not "Jan", "Mar"
    return frozenset(words)
