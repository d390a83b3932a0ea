"""Actor recognition on the project's own annotated passages (tests/data/actors_gold.jsonl), against
the floors pinned in eval_baseline.json; and the scoring itself on a hand-made case."""

from __future__ import annotations

from pathlib import Path

from warta.actors.scoring import ActorTally, evaluate_actors, gold_mentions
from warta.evaluate.gate import load
from warta.model import Actor

DATA = Path(__file__).parents[1] / "data"


def test_actor_recognition_meets_its_floors() -> None:
    floors = load()["actors"]
    summary = evaluate_actors([str(DATA / "actors_gold.jsonl")])["all"].summary()
    for key in ("precision", "recall", "code_accuracy", "sector_accuracy"):
        assert summary[key] >= floors[key], (key, summary)
    assert summary["distractor_hits"] <= floors["max_distractor_hits"]


def test_gold_spans_follow_text_order_and_word_boundaries() -> None:
    record = {
        "text": "Presiden Prabowo Subianto menerima Prabowo Junior. Prabowo lalu pergi.",
        "mentions": [
            {"text": "Prabowo Subianto", "code": "IDN", "sector": "GOV"},
            {"text": "Prabowo", "code": "IDN", "sector": "GOV"},
        ],
        "distractors": ["Prabowo Junior"],
    }
    gold, distractors = gold_mentions(record)
    assert [(g.start, g.end) for g in gold] == [(9, 25), (35, 42)]
    assert distractors == [(35, 49)]


def test_tally_counts_matches_codes_sectors_and_distractors() -> None:
    record = {"text": "Kremlin dan Gedung Putih", "mentions": [{"text": "Kremlin", "code": "RUS", "sector": "GOV"}],
              "distractors": ["Gedung Putih"]}  # fmt: skip
    gold, distractors = gold_mentions(record)
    tally = ActorTally()
    tally.add(
        [
            Actor("RUS", None, "Russia", "Kremlin", 0, 7),
            Actor("USA", "GOV", "United States", "Gedung Putih", 12, 24),
        ],
        gold,
        distractors,
    )
    summary = tally.summary()
    assert (summary["matched"], summary["precision"], summary["recall"]) == (1, 0.5, 1.0)
    assert (summary["code_accuracy"], summary["sector_accuracy"], summary["distractor_hits"]) == (1.0, 0.0, 1)
