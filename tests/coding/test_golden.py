"""Golden output of the whole coder on the project's own example articles (tests/data), and the
behaviours every coding must have (negation, passive, metonyms, reported speech)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import check_golden, code_text
from warta.evaluate.gold import read_gold
from warta.model import Article
from warta.pipeline import Pipeline

DATA = Path(__file__).parents[1] / "data"
GOLDEN = Path(__file__).parents[1] / "golden" / "coding"


def _summary(article: Article) -> list[str]:
    out = []
    for ev in article.events:
        sides = (
            f"{'+'.join(a.code or '?' for a in ev.actor)}->{'+'.join(r.code or '?' for r in ev.recipient)}"
        )
        out.append(
            f"{ev.event} {ev.mode or '-'} {sides} {ev.factuality} {ev.date or '-'} [{ev.evidence.trigger}]"
        )
    return out


def test_examples_golden(update_golden: bool) -> None:
    pipeline = Pipeline()
    actual = {}
    for gold in read_gold([DATA / "examples_gold.jsonl"]):
        coded = pipeline.process(gold.article)
        assert isinstance(coded, Article)
        actual[gold.article.doc_id] = _summary(coded)
    check_golden(GOLDEN / "examples.expected.json", actual, update=update_golden)


def _events(text: str, lang: str, published: str = "2026-01-15") -> list[tuple[str, str, str, str]]:
    article = code_text(text, lang=lang, published=published)
    return [
        (
            ev.event,
            "+".join(a.code or "?" for a in ev.actor),
            "+".join(r.code or "?" for r in ev.recipient),
            ev.factuality,
        )
        for ev in article.events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "id",
            "Kremlin memanggil pulang duta besarnya dari Washington pada Rabu (14/1).",
            ("SANCTION", "RUS", "USA", "asserted"),
        ),
        (
            "id",
            "Kementerian Luar Negeri Indonesia memanggil duta besar Australia pada Senin (12/1).",
            ("ACCUSE", "IDN", "AUS", "asserted"),
        ),
        (
            "id",
            "Rusia dijatuhi sanksi oleh Uni Eropa pada Selasa (13/1).",
            ("SANCTION", "EUR", "RUS", "asserted"),
        ),
        (
            "id",
            "Presiden Prancis belum pernah menelepon Presiden Brasil sejak pelantikannya.",
            ("CONSULT", "FRA", "BRA", "negated"),
        ),
        (
            "id",
            "Gedung Putih mengecam serangan itu dan memperingatkan Iran.",
            ("THREATEN", "USA", "IRN", "asserted"),
        ),
        (
            "id",
            "Menlu Jepang dijadwalkan berkunjung ke Jakarta pekan depan.",
            ("CONSULT", "JPN", "IDN", "anticipated"),
        ),
        (
            "id",
            "Jika Korea Utara meluncurkan rudal lagi, Korea Selatan akan membalas.",
            ("MOBILIZE", "PRK", "", "hypothetical"),
        ),
        (
            "id",
            "Pasukan Rusia menyerang kota Kharkiv di Ukraina pada Senin (12/1).",
            ("ASSAULT", "RUS", "UKR", "asserted"),
        ),
        (
            "id",
            '"Kami siap bekerja sama dengan Malaysia," kata Menteri Luar Negeri Singapura.',
            ("AGREE", "SGP", "MYS", "asserted"),
        ),
        (
            "en",
            "China was condemned by the Philippines on Monday over the collision.",
            ("ACCUSE", "PHL", "CHN", "asserted"),
        ),
        ("en", "The White House did not invite the Russian envoy.", ("AGREE", "USA", "RUS", "negated")),
        (
            "en",
            "Indian police arrested dozens of protesters in New Delhi on Tuesday.",
            ("COERCE", "IND", "IND", "asserted"),
        ),
    ],
)
def test_core_behaviours(lang: str, text: str, expected: tuple[str, str, str, str]) -> None:
    found = _events(text, lang)
    assert expected in found, found


def test_no_event_in_a_plain_statement() -> None:
    assert _events("Menteri itu mengatakan cuaca di Jakarta cerah sepanjang hari.", "id") == []
    assert _events("The minister said the weather in Manila was fine.", "en") == []


def test_evidence_offsets_select_the_evidence() -> None:
    for gold in read_gold([DATA / "examples_gold.jsonl"]):
        coded = Pipeline().process(gold.article)
        assert isinstance(coded, Article)
        for ev in coded.events:
            assert coded.text[ev.evidence.start : ev.evidence.end] == ev.evidence.text
            assert coded.text[ev.evidence.trigger_start : ev.evidence.trigger_end] == ev.evidence.trigger
            for side in ev.actor + ev.recipient:
                assert coded.text[side.start : side.end] == side.text
            json.dumps(ev.to_record())
