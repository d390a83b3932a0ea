"""Language identification: offline models, id/ms disambiguation, hints, unsupported languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warta.clean import clean_article
from warta.ingest.records import make_article
from warta.langid import detect_language, identify
from warta.model import Article, Skip


def _detect(text: str, hint: str | None = None) -> Article | Skip:
    cleaned = clean_article(make_article(doc_id="d", text=text, source="t", lang_hint=hint))
    assert isinstance(cleaned, Article)
    return detect_language(cleaned)


ID = "Presiden menerima kunjungan Perdana Menteri Jepang di Istana Merdeka untuk membahas kerja sama ekonomi."
EN = "The president received the Japanese prime minister at the palace to discuss economic cooperation."
MS = (
    "Kerajaan Malaysia akan mengadakan mesyuarat dengan kementerian pada minggu hadapan bagi membincangkan isu "
    "tersebut. Menteri Besar berkata kerajaan negeri akan memastikan rakyat mendapat manfaat daripada projek itu."
)


@pytest.mark.parametrize(("text", "code"), [(ID, "id"), (EN, "en"), (MS, "ms")])
def test_identify(text: str, code: str) -> None:
    assert identify(text)[0] == code


def test_too_little_text_is_undetermined() -> None:
    assert identify("12345 !!! ???") == ("und", 0.0)


def test_hint_wins_and_unsupported_language_is_skipped() -> None:
    hinted = _detect(EN, hint="id")
    assert isinstance(hinted, Article) and hinted.lang == "id"
    result = _detect("شنت الطائرات غارات جوية على المدينة صباح اليوم وقتل عدد من المدنيين")
    assert isinstance(result, Skip) and "'ar' is not supported" in result.reason


def test_malay_is_coded_with_the_indonesian_pack() -> None:
    result = _detect(MS)
    assert isinstance(result, Article) and result.lang == "ms"


def test_real_corpus_languages(shared: Path) -> None:
    rows = [
        json.loads(line)
        for line in (shared / "corpus" / "news.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    wrong = [r["id"] for r in rows if identify(r["text"])[0] != r["lang"]]
    assert len(wrong) <= 2, wrong
