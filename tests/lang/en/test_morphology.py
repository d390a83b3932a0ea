"""English inflection for trigger patterns."""

from __future__ import annotations

import pytest

from warta.lang.en.morphology import expand, inflect


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("condemn", {"condemn", "condemns", "condemned", "condemning"}),
        ("accuse", {"accuse", "accuses", "accused", "accusing"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("ban", {"ban", "bans", "banned", "banning"}),
        ("visit", {"visit", "visits", "visited", "visiting"}),
    ],
)
def test_inflect_covers_the_real_forms(verb: str, forms: set[str]) -> None:
    assert forms <= set(inflect(verb))


def test_irregular_and_noun_marks() -> None:
    assert ("met with", "active") in expand("meet|met+V with")
    assert expand("phone call+N") == [("phone call", "noun")]
    assert expand("took to the streets") == [("took to the streets", "active")]
