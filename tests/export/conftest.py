"""A real Warta database for the export tests: our own invented articles, coded and stored by the real
pipeline (with stories), so copies make one real-world event with two reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from warta.ingest.records import make_article
from warta.model import Article
from warta.pipeline import Pipeline
from warta.runner import RunReport, StoryUpdater, ingest_into
from warta.store import Store

RECALL = (
    "Rusia Tarik Duta Besar dari Kanada\n\n"
    "MOSKOW, Kabar Pagi - Rusia memanggil pulang duta besarnya untuk Kanada, Pavel Orlov, pada Senin (16/3) "
    "setelah Ottawa menjatuhkan sanksi baru terhadap 14 pejabat Rusia.\n\n"
    "Juru bicara Kementerian Luar Negeri Rusia Irina Volkova mengatakan pemanggilan itu untuk konsultasi."
)
VISIT = (
    "HANOI (Example Wire) - Indonesia's foreign minister met Vietnam's foreign minister in Hanoi on Thursday "
    "to discuss joint maritime patrols.\n\nVietnam welcomed the visit and thanked Indonesia for its support."
)
ARREST = (
    "Polisi Tangkap Dua Aktivis\n\n"
    "JAKARTA - Polisi menangkap dua aktivis mahasiswa di depan gedung DPR. Mereka dituduh merusak pagar.\n\n"
    "Pada malam harinya polisi membebaskan kedua aktivis itu."
)
TITLE = "Rusia Tarik Duta Besar dari Kanada"


def _article(doc_id: str, text: str, lang: str, **meta: Any) -> Article:
    published = meta.pop("published", None)
    return make_article(
        doc_id=doc_id,
        text=text,
        source="test",
        lang_hint=lang,
        published=dt.date.fromisoformat(published) if published else None,
        published_raw=published,
        **meta,
    )


ARTICLES = [
    _article("recall-a", RECALL, "id", published="2026-03-17", outlet="Kabar Pagi", title=TITLE,
             url="https://example.org/recall-a"),
    _article("recall-b", RECALL.replace("Kabar Pagi", "Suara Timur"), "id", published="2026-03-17",
             outlet="Suara Timur", title=TITLE),
    _article("visit", VISIT, "en", published="2026-03-20", outlet="Example Wire",
             url="https://example.org/visit?a=1&b=2"),
    _article("arrest", ARREST, "id", title="Polisi Tangkap Dua Aktivis"),  # no date anywhere
]  # fmt: skip


@pytest.fixture(scope="session")
def export_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "events.duckdb"
    with Store.open(path) as store:
        report = RunReport()
        ingest_into(store, ARTICLES, pipeline=Pipeline(), report=report, on_skip=lambda s: None,
                    stories=StoryUpdater(store))  # fmt: skip
        assert report.coded == len(ARTICLES), report.skipped
    return path


@pytest.fixture(scope="session")
def records(export_db: Path) -> list[dict[str, Any]]:
    with Store.open(export_db, read_only=True) as store:
        return [rec for batch in store.event_batches(size=3) for rec in batch]
