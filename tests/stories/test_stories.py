"""Stories: copies, same happening across outlets and languages, merging reports, dyads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from warta.model import Article
from warta.pipeline import Pipeline
from warta.runner import RunReport, StoryUpdater, ingest_into
from warta.store import EventFilter, Store
from warta.stories import Report, StoryIndex, merge_reports
from warta.stories.dyad import table
from warta.stories.profile import minhash_of, shingles

PIPELINE = Pipeline()
DAY = dt.date(2026, 3, 17)

RECALL_ID = (
    "MOSKOW, Harian Kita - Rusia memanggil pulang duta besarnya untuk Kanada, Pavel Orlov, pada Senin (16/3) "
    "setelah Ottawa menjatuhkan sanksi baru terhadap 14 pejabat Rusia. Juru bicara Kementerian Luar Negeri "
    "Rusia Irina Volkova mengatakan pemanggilan itu untuk konsultasi. Kanada menyebut sanksi itu balasan "
    "atas penahanan dua warganya di Kazan."
)
RECALL_COPY = RECALL_ID.replace("Harian Kita", "Nusantara Post").replace(
    " Kanada menyebut sanksi itu balasan atas penahanan dua warganya di Kazan.", ""
)
RECALL_EN = (
    "MOSCOW (Asia Wire) - Russia recalled its ambassador to Canada, Pavel Orlov, on Monday after Ottawa "
    "imposed new sanctions on 14 Russian officials. Foreign ministry spokesperson Irina Volkova said the "
    "envoy was called home for consultations."
)
OTHER_SAME_DYAD = (
    "OTTAWA, Harian Kita - Kanada dan Rusia menggelar pertukaran tahanan di Istanbul pada Selasa (17/3). "
    "Dua warga Kanada, Liam Carter dan Noah Tremblay, dibebaskan oleh Rusia, sementara Kanada membebaskan "
    "seorang warga Rusia, Oleg Smirnov."
)


def coded(doc_id: str, text: str, lang: str, day: dt.date | None = DAY, outlet: str = "X") -> Article:
    out = PIPELINE.process(Article(doc_id, text, lang_hint=lang, published=day, outlet=outlet))
    assert isinstance(out, Article) and out.profile is not None
    return out


def place(index: StoryIndex, article: Article) -> tuple[str, str | None]:
    assert article.profile is not None
    p = index.place(article.doc_id, article.published, article.lang, article.profile)
    return p.story_id, p.copy_of


def test_a_copy_is_linked_to_its_original_and_joins_its_story() -> None:
    index = StoryIndex()
    first = place(index, coded("a", RECALL_ID, "id"))
    second = place(index, coded("b", RECALL_COPY, "id", outlet="Y"))
    assert second == (first[0], "a")


def test_a_report_in_another_language_joins_the_story_but_is_no_copy() -> None:
    index = StoryIndex()
    story, _ = place(index, coded("a", RECALL_ID, "id"))
    assert place(index, coded("b", RECALL_EN, "en")) == (story, None)


def test_another_happening_of_the_same_dyad_is_another_story() -> None:
    index = StoryIndex()
    story, _ = place(index, coded("a", RECALL_ID, "id"))
    other, _ = place(index, coded("b", OTHER_SAME_DYAD, "id", day=DAY + dt.timedelta(days=1)))
    assert other != story


def test_the_same_text_weeks_later_is_not_a_copy() -> None:
    index = StoryIndex()
    story, _ = place(index, coded("a", RECALL_ID, "id"))
    later = place(index, coded("b", RECALL_COPY, "id", day=DAY + dt.timedelta(days=40)))
    assert later[1] is None and later[0] != story


def test_a_story_spans_a_few_days_however_often_it_is_followed_up() -> None:
    index = StoryIndex()
    texts = [(RECALL_ID, "id"), (RECALL_EN, "en")] * 2  # no text within 3 days of its twin: no copies
    stories = [
        place(index, coded(f"a{k}", text, lang, day=DAY + dt.timedelta(days=2 * k), outlet=f"O{k}"))
        for k, (text, lang) in enumerate(texts)
    ]
    assert [copy for _, copy in stories] == [None] * 4
    assert stories[1][0] == stories[0][0] and stories[2][0] == stories[0][0]  # within SPAN_DAYS of the first
    assert stories[3][0] != stories[0][0]  # six days after the first: another story, not a chain of months


def test_shingles_and_minhash_are_stable() -> None:
    assert minhash_of(shingles("satu dua tiga empat lima")) == minhash_of(
        shingles("Satu dua, tiga empat lima!")
    )
    assert len(minhash_of(shingles("x"))) == 64


def report(
    doc: str, event: str, actor: str, recipient: str = "", date: dt.date | None = None, **kw: object
) -> Report:
    fields: dict[str, object] = {"mode": None, "copy_of": None, "factuality": "asserted"} | kw
    return Report(
        f"{doc}-{event}", doc, "s1", event, str(fields["factuality"]), (actor,), (recipient,) if recipient else (),
        date, DAY, doc.upper(), fields["copy_of"], fields["mode"],  # type: ignore[arg-type]
    )  # fmt: skip


def test_reports_of_one_action_merge_and_copies_add_no_report() -> None:
    merged = merge_reports(
        [
            report("a", "SANCTION", "RUS", "CAN", DAY, mode="withdraw"),
            report("b", "SANCTION", "RUS", "", None, mode="withdraw"),  # recipient unnamed: compatible
            report("c", "SANCTION", "RUS", "CAN", DAY, mode="withdraw", copy_of="a"),
            report("d", "SANCTION", "RUS", "USA", DAY, mode="withdraw"),  # another recipient
            report("e", "SANCTION", "RUS", "CAN", DAY - dt.timedelta(days=5), mode="withdraw"),  # another day
            report("f", "SANCTION", "RUS", "CAN", DAY, mode="discontinue"),  # another mode
        ]
    )
    sizes = sorted((len(e.reports), e.articles) for e in merged)
    assert sizes == [(1, 1), (1, 1), (1, 1), (3, 2)]


def test_two_events_of_one_article_never_merge() -> None:
    merged = merge_reports([report("a", "ACCUSE", "CHN", "PHL"), report("a", "ACCUSE", "CHN", "")])
    assert len(merged) == 2


def test_dyad_table_adds_up_types_and_quads() -> None:
    rows = [
        {"period": DAY, "event": "SANCTION", "quad": 4, "events": 2, "reports": 5, "score_sum": -12.0},
        {"period": DAY, "event": "CONSULT", "quad": 1, "events": 1, "reports": 1, "score_sum": 4.0},
    ]
    (row,) = table(rows)
    rec = row.to_record()
    assert (rec["events"], rec["reports"], rec["q1"], rec["q4"], rec["score_sum"]) == (3, 6, 1, 2, -8.0)
    assert rec["score_mean"] == pytest.approx(-8 / 3, abs=0.01)


def test_ingest_places_stories_and_merges_reports(tmp_path: Path) -> None:
    articles = [
        Article("a", RECALL_ID, lang_hint="id", published=DAY, outlet="Harian Kita"),
        Article("b", RECALL_COPY, lang_hint="id", published=DAY, outlet="Nusantara Post"),
        Article("c", RECALL_EN, lang_hint="en", published=DAY, outlet="Asia Wire"),
        Article(
            "d", OTHER_SAME_DYAD, lang_hint="id", published=DAY + dt.timedelta(days=1), outlet="Harian Kita"
        ),
    ]
    with Store.open(tmp_path / "s.duckdb") as store:
        ingest_into(store, articles, pipeline=PIPELINE, report=RunReport(), on_skip=lambda s: None,
                    stories=StoryUpdater(store))  # fmt: skip
        records = store.events(EventFilter(event="SANCTION", factuality="asserted", dedup=True))
        recall = [r for r in records if r["mode"] == "withdraw"]
        assert len(recall) == 1 and recall[0]["reports"] == 2  # a and c; b is a copy of a
        stories = {r["doc_id"]: r["story_id"] for r in store.events(EventFilter(factuality="asserted"))}
        assert stories["a"] == stories["c"] != stories["d"]
        rows = store.dyad("RUS", "CAN", ordered=False, by="week")
        assert rows and sum(int(r["events"]) for r in rows) >= 1


def test_a_later_run_joins_the_stories_an_earlier_run_stored(tmp_path: Path) -> None:
    first = [Article("a", RECALL_ID, lang_hint="id", published=DAY, outlet="Harian Kita")]
    later = [
        Article("c", RECALL_EN, lang_hint="en", published=DAY + dt.timedelta(days=1), outlet="Asia Wire")
    ]
    for articles in (first, later):  # two runs, each with its own story index
        with Store.open(tmp_path / "s.duckdb") as store:
            ingest_into(store, articles, pipeline=PIPELINE, report=RunReport(), on_skip=lambda s: None,
                        stories=StoryUpdater(store))  # fmt: skip
    with Store.open(tmp_path / "s.duckdb") as store:
        stories = {r["doc_id"]: r["story_id"] for r in store.events(EventFilter(factuality="asserted"))}
        recall = store.events(EventFilter(event="SANCTION", factuality="asserted", dedup=True))
    assert stories["a"] == stories["c"]
    assert [r["reports"] for r in recall if r["mode"] == "withdraw"] == [2]


def _groups(path: Path, articles: list[Article], batch_size: int) -> set[frozenset[str]]:
    with Store.open(path) as store:
        ingest_into(store, articles, pipeline=PIPELINE, report=RunReport(), on_skip=lambda s: None,
                    batch_size=batch_size, stories=StoryUpdater(store))  # fmt: skip
        by_group: dict[str, set[str]] = {}
        for r in store.events(EventFilter()):
            by_group.setdefault(r["real_event_id"], set()).add(r["id"])
    return {frozenset(ids) for ids in by_group.values()}


def test_events_grown_batch_by_batch_equal_one_merge_of_all(tmp_path: Path) -> None:
    """Real-world events are grown incrementally, never re-merged: in date order, small batches give
    the grouping one batch of everything gives."""
    from warta.ingest import read_inputs

    story_set = Path(__file__).parents[1] / "data" / "stories_gold.jsonl"
    items = [a for a in read_inputs([str(story_set)]) if isinstance(a, Article)]
    articles = sorted(items, key=lambda a: (a.published or dt.date.max, a.doc_id))
    small = _groups(tmp_path / "small.duckdb", articles, batch_size=4)
    assert any(len(g) > 1 for g in small)
    assert small == _groups(tmp_path / "one.duckdb", articles, batch_size=1000)


def test_undated_articles_join_undated_stories_only() -> None:
    index = StoryIndex()
    undated, _ = place(index, coded("a", RECALL_ID, "id", day=None))
    assert place(index, coded("b", RECALL_EN, "en", day=None))[0] == undated
    rewrite = (
        "OTTAWA (Kabar) - Moscow has called Pavel Orlov, its envoy in Canada, home for consultations, "
        "Irina Volkova told reporters on Monday, days after Canada sanctioned 14 Russian officials."
    )
    dated, copy_of = place(index, coded("c", rewrite, "en"))  # no copy, and no date to bound it with
    assert copy_of is None and dated != undated
    assert place(index, coded("d", RECALL_EN.replace("Asia Wire", "Pos"), "en")) == (undated, "b")  # a copy


def test_seeds_are_one_story_with_the_recall_reported_twice(shared: Path, tmp_path: Path) -> None:
    """As in the README demo: the seeds, then the project's examples (one on Russia and the US too)."""
    from warta.ingest import read_inputs

    examples = Path(__file__).parents[2] / "examples"
    with Store.open(tmp_path / "seeds.duckdb") as store:
        for inputs in ([shared / "seeds"], [examples]):
            ingest_into(store, read_inputs([str(p) for p in inputs]), pipeline=PIPELINE, report=RunReport(),
                        on_skip=lambda s: None, stories=StoryUpdater(store))  # fmt: skip
        records = [r for r in store.events(EventFilter(factuality="asserted")) if r["doc_id"][:1].isdigit()]
        assert len({r["story_id"] for r in records}) == 1
        story = store.events(EventFilter(story=records[0]["story_id"]))
        assert {r["doc_id"] for r in story} == {r["doc_id"] for r in records}  # the seeds' only
        recall = [r for r in records if (r["event"], r["mode"]) == ("SANCTION", "withdraw")]
        assert recall and {r["reports"] for r in recall} == {2}


def test_vectorised_minhash_equals_datasketch() -> None:
    import numpy as np
    from datasketch import MinHash

    from warta.stories.profile import NUM_PERM, PERMUTATIONS, SCHEME, SEED

    hashes = shingles("Menlu RI bertemu Menlu Australia di Canberra pada Selasa untuk membahas patroli.")
    reference = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=PERMUTATIONS, scheme=SCHEME, hashfunc=int)
    reference.update_batch([int(h) for h in hashes])
    assert minhash_of(hashes) == tuple(int(v) for v in reference.hashvalues)
    assert len(np.unique(hashes)) == len(hashes) > 5


def test_the_index_forgets_the_earliest_placed_articles_when_shrunk() -> None:
    index = StoryIndex()
    first, _ = place(index, coded("a", RECALL_ID, "id"))
    place(index, coded("d", OTHER_SAME_DYAD, "id", day=DAY + dt.timedelta(days=1)))
    index.shrink(1)
    assert "a" not in index and "d" in index and first not in index.story_ids()


def test_reports_in_two_languages_share_topics_through_their_roots() -> None:
    haze_id = coded(
        "h1",
        "Kuala Lumpur, Harian Kita - Malaysia melayangkan nota protes kepada Indonesia soal kabut asap yang "
        "menyelimuti Semenanjung sejak Senin (16/3). Sekolah-sekolah ditutup.",
        "id",
    )
    haze_en = coded(
        "h2",
        "KUALA LUMPUR (Asia Wire) - Malaysia sent a protest note to Indonesia on Monday over the choking haze "
        "that has shut schools across the peninsula.",
        "en",
    )
    assert haze_id.profile is not None and haze_en.profile is not None
    assert "haze" in haze_id.profile.topics & haze_en.profile.topics
    arrest = coded(
        "a1", "JAKARTA, Harian Kita - Polisi melakukan penangkapan terhadap dua orang pada Senin.", "id"
    )
    assert arrest.profile is not None and "arrest" in arrest.profile.topics
