"""Date expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.coding.dates import find_dates, weekday_before

PUB = dt.date(2021, 3, 18)  # a Thursday


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("id", "Laporan dikeluarkan Selasa 16 Maret waktu setempat.", "2021-03-16"),
        ("id", "Rusia memanggil pulang duta besarnya pada Rabu (17/3).", "2021-03-17"),
        ("id", "Keputusan itu diumumkan (3/11/2020).", "2020-11-03"),
        ("id", "Kemarin dia datang.", "2021-03-17"),
        ("id", "Pertemuan digelar pada hari Jumat.", "2021-03-12"),
        ("id", "Ia tiba Kamis lalu.", "2021-03-11"),
        ("id", "Sidang digelar 28 Desember.", "2020-12-28"),
        ("en", "On Monday, the ministry protested.", "2021-03-15"),
        ("en", "They met on Jan. 14.", "2021-01-14"),
        ("en", "The deal was signed on January 5, 2019.", "2019-01-05"),
        ("en", "Yesterday the talks ended.", "2021-03-17"),
    ],
)
def test_days(lang: str, text: str, day: str) -> None:
    found = [d for d in find_dates(text, 0, len(text), lang=lang, published=PUB) if d.day]
    assert found and found[0].day is not None and found[0].day.isoformat() == day


def test_years_and_citations() -> None:
    text = "Krimea dicaplok pada 2014, dilansir Reuters, Selasa (16/3)."
    found = find_dates(text, 0, len(text), lang="id", published=PUB)
    assert [(d.year, d.day is None, d.citation) for d in found] == [(2014, True, False), (2021, False, True)]


def test_without_publication_date_only_explicit_dates_resolve() -> None:
    text = "Pada Rabu (17/3) dan 16 Maret 2021 serta kemarin."
    found = find_dates(text, 0, len(text), lang="id", published=None)
    assert [d.day.isoformat() if d.day else None for d in found] == [None, "2021-03-16"]


def test_weekday_before() -> None:
    assert weekday_before(3, PUB) == PUB
    assert weekday_before(3, PUB, strictly=True) == dt.date(2021, 3, 11)
