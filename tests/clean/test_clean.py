"""Clean: boilerplate, pasted headlines, spam tails, repeated titles, mojibake; offsets and idempotence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import check_golden
from warta.clean import clean_article, clean_text
from warta.clean.normalise import normalise
from warta.ingest.records import make_article
from warta.model import Skip

GOLDEN = Path(__file__).parents[1] / "golden" / "clean"

BODY = "Menlu RI bertemu Menlu Australia di Canberra, Senin (3/11).\n\nKeduanya membahas keamanan kawasan."


@pytest.mark.parametrize(
    ("dirty", "gone"),
    [
        ("Bagikan:\n\n" + BODY, "Bagikan"),
        (BODY.replace("\n\n", "\n\nSCROLL TO CONTINUE WITH CONTENT\n\n"), "SCROLL"),
        (BODY.replace("\n\n", "  ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT ", 1), "ADVERTISEMENT"),
        (BODY + " (ab/cd) [Gambas:Video CNN]", "Gambas"),
        (
            BODY.replace("\n\n", "\n\nBaca juga: Presiden Tinjau Banjir di Kota Lama Usai Hujan Deras\n\n"),
            "Baca juga",
        ),
        (BODY.replace("\n\n", "\n\nSimak Video 'Menlu Tiba di Canberra':\n\n"), "Simak Video"),
        (BODY + "\n\nPengeluaran HK\nData SGP hari ini\nTogel online terpercaya", "Pengeluaran"),
        (BODY + " Pengeluaran HK", "Pengeluaran"),
        ("Judul Berita | Dunia\n\nJudul  Berita | Dunia\n\n" + BODY, "Judul  Berita"),
        (BODY + "\n\nRelated Articles\nSome other story\nAnother story", "Related"),
        ("World\nAsia & Pacific\nShare this article\nFacebook\nX\n" + BODY, "Facebook"),
    ],
)
def test_removes_junk(dirty: str, gone: str) -> None:
    text, _, removed = clean_text(dirty)
    assert gone not in text
    assert "Menlu RI bertemu Menlu Australia" in text and "membahas keamanan kawasan" in text
    assert removed


def test_inline_headline_keeps_the_sentence_after_it() -> None:
    dirty = (
        "Ia tiba Senin. Baca juga: Menteri Tinjau Pelabuhan Baru di Kota Pesisir Warga kota menyambut baik."
    )
    text, _, _ = clean_text(dirty)
    assert "Tinjau Pelabuhan" not in text
    assert "Warga kota menyambut baik." in text


def test_glued_headline_block_ends_at_the_glued_sentence() -> None:
    dirty = "kata dia.Pilihan RedaksiPresiden Tinjau Banjir di KotaMenteri Resmikan JembatanLebih lanjut, ia menolak."
    text, _, _ = clean_text(dirty)
    assert text == "kata dia.Lebih lanjut, ia menolak."


@pytest.mark.parametrize(
    ("dirty", "kept"),
    [
        (  # the headline ends where the next sentence was glued to its last word
            "Banjir surut Senin.Gubernur Resmikan Tanggul Baru di Pesisir UtaraWarga kembali ke rumah.",
            "Banjir surut Senin.Warga kembali ke rumah.",
        ),
        (  # ... or at its question mark
            "Banjir surut Senin.Siapa Calon Kuat Ketua Partai Baru?Warga kembali ke rumah.",
            "Banjir surut Senin.Warga kembali ke rumah.",
        ),
        (  # a sentence opening with a long name is no headline: it reaches a lowercase verb
            "Banjir surut Senin.Menteri Dalam Negeri Republik Indonesia Tito Karnavian meninjau tanggul.",
            "Banjir surut Senin.Menteri Dalam Negeri Republik Indonesia Tito Karnavian meninjau tanggul.",
        ),
        (  # a name with an inner capital inside a short run is no glue point
            "Ia pergi.Kata McGurk kepada wartawan, pembicaraan berlanjut.",
            "Ia pergi.Kata McGurk kepada wartawan, pembicaraan berlanjut.",
        ),
    ],
)
def test_headline_glued_without_marker(dirty: str, kept: str) -> None:
    text, _, _ = clean_text(dirty)
    assert text == kept


def test_gambling_news_is_not_spam() -> None:
    news = BODY + "\n\nPolisi menangkap dua bandar judi online yang beroperasi di tiga kota sejak awal tahun."
    text, _, removed = clean_text(news)
    assert "bandar judi online" in text
    assert not any(r.reason == "spam tail" for r in removed)


def test_mojibake_entities_and_nfc_are_repaired() -> None:
    text, _, _ = clean_text("Menteri itu berkata â€œtidakâ€\x9d &amp; pergi. Cafe\u0301 ditutup.")
    assert "“tidak”" in text and "& pergi" in text and "Café" in text


def test_segments_map_back_to_the_normalised_source() -> None:
    dirty = "Bagikan:\n\nSatu dua tiga.\n\nSCROLL TO CONTINUE WITH CONTENT\n\nEmpat lima enam."
    text, segments, _ = clean_text(dirty)
    article = make_article(doc_id="x", text=dirty, source="t")
    cleaned = clean_article(article)
    assert not isinstance(cleaned, Skip)
    source = normalise(dirty)
    for word in ("Satu", "Empat", "enam"):
        pos = text.index(word)
        assert source[cleaned.source_offset(pos) :].startswith(word)
    assert sum(s.length for s in segments) == len(text)


def test_only_boilerplate_is_skipped() -> None:
    article = make_article(doc_id="b", text="Bagikan:\n\nSCROLL TO CONTINUE WITH CONTENT\n", source="t")
    result = clean_article(article)
    assert isinstance(result, Skip) and "no text left" in result.reason


def test_cleaning_is_idempotent_on_the_real_corpus(shared: Path) -> None:
    for line in (shared / "corpus" / "news.jsonl").read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        once = clean_text(text)[0]
        assert clean_text(once)[0] == once


@pytest.mark.parametrize("case", sorted(p.name.removesuffix(".in.txt") for p in GOLDEN.glob("*.in.txt")))
def test_golden(case: str, update_golden: bool) -> None:
    dirty = (GOLDEN / f"{case}.in.txt").read_text(encoding="utf-8")
    text, _, removed = clean_text(dirty)
    actual = {"text": text, "removed": sorted({r.reason for r in removed})}
    check_golden(GOLDEN / f"{case}.expected.json", actual, update=update_golden)
