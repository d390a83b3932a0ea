"""Store.replicate: copies of every row with new ids and later dates, for load tests."""

from __future__ import annotations

from pathlib import Path

from tests.api.conftest import build_db
from warta.store import EventFilter, Store
from warta.store.queries import EventPage


def test_copies_have_new_ids_later_dates_and_their_own_stories(tmp_path: Path) -> None:
    with Store.open(build_db(tmp_path)) as store:
        before = store.counts()
        originals = store.events()
        store.replicate(2)
        assert store.counts() == {k: 3 * n if k != "skips" else n for k, n in before.items()}
        copies = store.events(EventFilter(doc_id="inv-recall-en~2"))
        (original,) = [e for e in originals if e["doc_id"] == "inv-recall-en" and e["event"] == "SANCTION"]
        (copy,) = [e for e in copies if e["event"] == "SANCTION"]
        assert copy["id"] == original["id"] + "~2" and copy["reports"] == 2
        assert copy["date"] == "2026-03-16" and copy["story_id"] == original["story_id"] + "~2"
        with store.reader() as reader:
            total, _ = reader.events(EventPage(filters=EventFilter(story=copy["story_id"])))
            detail = reader.event(copy["id"])
        assert total == sum(1 for e in originals if e["story_id"] == original["story_id"])
        assert detail is not None
        assert {r["doc_id"] for r in detail["reports"]} == {"inv-recall-en~2", "inv-recall-id~2"}
