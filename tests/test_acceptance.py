"""Issue 2 acceptance on the seeds: the recall is found in both articles; the negated call and the
2014 annexation are not asserted. Texts are read from ../shared at test time."""

from __future__ import annotations

from pathlib import Path

from warta.ingest import read_inputs
from warta.model import Article
from warta.pipeline import Pipeline


def _coded(shared: Path) -> list[Article]:
    items = list(read_inputs([str(shared / "seeds")]))
    out = [Pipeline().process(item) for item in items if isinstance(item, Article)]
    assert all(isinstance(a, Article) for a in out)
    return [a for a in out if isinstance(a, Article)]


def test_recall_found_in_both_seeds(shared: Path) -> None:
    articles = _coded(shared)
    assert len(articles) == 2
    for article in articles:
        recalls = [
            e
            for e in article.events
            if e.event == "SANCTION"
            and e.mode == "withdraw"
            and e.factuality == "asserted"
            and e.actor[0].code == "RUS"
            and e.recipient
            and e.recipient[0].code == "USA"
        ]
        assert recalls, f"no RUS->USA recall in {article.doc_id}"
        ev = recalls[0]
        assert article.text[ev.evidence.start : ev.evidence.end] == ev.evidence.text
        assert ev.evidence.trigger in ev.evidence.text


def test_negated_call_and_2014_annexation_are_not_asserted(shared: Path) -> None:
    article = next(a for a in _coded(shared) if "Erdogan" in a.text)
    calls = [e for e in article.events if "menelepon" in e.evidence.trigger]
    assert calls and all(e.factuality == "negated" for e in calls)
    assert not any(
        e.factuality == "asserted" and e.event == "CONSULT" and "menelepon" in e.evidence.trigger
        for e in article.events
    )
    assert not any(e.factuality == "asserted" and "pencaplokan" in e.evidence.trigger for e in article.events)


def test_spam_tail_and_doubled_title_are_cleaned(shared: Path) -> None:
    article = next(a for a in _coded(shared) if "Erdogan" in a.text)
    assert "Pengeluaran" not in article.text
    first_line = article.text.splitlines()[0]
    assert article.text.count(first_line) == 1
