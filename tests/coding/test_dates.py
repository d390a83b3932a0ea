"""Date expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.coding.dates import find_dates, weekday_before, weekday_of

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
        ("en", "Officials in Manila said on Friday the talks ended.", "2021-03-19"),
        ("en", "Officials in Manila said last Friday the talks ended.", "2021-03-12"),
        ("id", "Kedua menteri bertemu pada Jumat pagi waktu setempat.", "2021-03-12"),
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


def test_weekday_of_publication_or_the_next_day() -> None:
    assert weekday_of(3, PUB, ahead=True) == PUB
    assert weekday_of(4, PUB, ahead=True) == dt.date(2021, 3, 19)  # a time zone ahead of the outlet's stamp
    assert weekday_of(4, PUB) == dt.date(2021, 3, 12)
    assert weekday_of(2, PUB, ahead=True) == dt.date(2021, 3, 17)
    assert weekday_of(4, PUB, strictly=True, ahead=True) == dt.date(2021, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Ia menolak tuduhan itu, seperti dikutip dari siaran pers kementeriannya kepada media, Selasa (16/3).",
        "He rejected the claim, as quoted by the ministry in a statement, Tuesday, March 16.",
    ],
)
def test_a_comma_sets_off_a_citation_date_after_the_source(text: str) -> None:
    lang = "en" if text.startswith("He") else "id"
    found = [d for d in find_dates(text, 0, len(text), lang=lang, published=PUB) if d.day]
    assert found and found[-1].citation


def test_a_date_after_a_comma_without_a_citation_word_is_the_action_date() -> None:
    text = "Pasukan itu ditarik dari perbatasan oleh pemerintah, Selasa (16/3)."
    found = [d for d in find_dates(text, 0, len(text), lang="id", published=PUB) if d.day]
    assert found and not found[0].citation


@pytest.mark.parametrize(
    ("lang", "text", "month"),
    [
        ("id", "Ia berkunjung ke Teheran pekan lalu.", 3),
        ("id", "Awal bulan ini keduanya bertemu.", 3),
        ("id", "Bulan lalu keduanya bertemu.", 2),
        ("en", "Late last week, he visited Jakarta.", 3),
        ("en", "They met earlier this month.", 3),
    ],
)
def test_periods_fix_no_day(lang: str, text: str, month: int) -> None:
    (found,) = find_dates(text, 0, len(text), lang=lang, published=PUB)
    assert (found.day, found.month, found.year) == (None, month, 2021)


def coded_dates(text: str, lang: str) -> dict[tuple[str, str], str | None]:
    """(type, first actor code) -> date of each asserted event, before the confidence filter."""
    import warta.coding.confidence as confidence
    from warta.model import Article
    from warta.pipeline import Pipeline

    with confidence.overriding(confidence.Model({}, 0.0)):
        out = Pipeline().process(Article("d", text, lang_hint=lang, published=PUB))
    assert isinstance(out, Article)
    return {
        (e.event, e.actor[0].code or ""): (e.date.isoformat() if e.date else None)
        for e in out.events
        if e.factuality == "asserted"
    }


def test_a_period_stops_the_news_day_of_earlier_sentences() -> None:
    text = (
        "Presiden Filipina tiba di Tokyo pada Rabu (17/3). "
        "Menteri Luar Negeri Jepang mengunjungi Manila pekan lalu untuk membahas kunjungan itu."
    )
    dates = coded_dates(text, "id")
    assert dates[("CONSULT", "PHL")] == "2021-03-17"
    assert dates[("CONSULT", "JPN")] is None  # not the 17th: "pekan lalu" fixes no day


def test_what_is_said_happens_the_day_it_is_said() -> None:
    text = (
        "Menteri Luar Negeri Malaysia pada Selasa (16/3) mengatakan, pemilu itu tidak sah, "
        "dan mendesak junta Myanmar membebaskan tahanan politik."
    )
    assert coded_dates(text, "id")[("REQUEST", "MYS")] == "2021-03-16"
    plan = "The Kremlin said on Monday that President Vladimir Putin plans to travel to New Delhi in April."
    assert coded_dates(plan, "en")[("AGREE", "RUS")] == "2021-03-15"


@pytest.mark.parametrize(
    ("lang", "text", "shift"),
    [
        ("id", "Sehari sebelumnya ia ditangkap.", -1),
        ("id", "Keesokan harinya keduanya bertemu.", 1),
        ("en", "It came a day after the ministry protested.", -1),
        ("en", "They met again the next day.", 1),
    ],
)
def test_days_relative_to_the_day_named_last_are_shifts(lang: str, text: str, shift: int) -> None:
    found = find_dates(text, 0, len(text), lang=lang, published=PUB)
    assert [(d.day, d.shift) for d in found] == [(None, shift)]
