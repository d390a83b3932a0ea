"""The project's own annotated sets (invented text) must keep their pinned event F1 floors.

- tests/data/examples_gold.jsonl: the example articles the README codes;
- tests/data/challenge_gold.jsonl: short news snippets with the traps of GUIDELINES.md;
- tests/golden/coding/sentences.jsonl: PETRARCH-style one- and two-sentence cases, each with a comment
  naming the rule it checks (voice, morphology, factuality, dates, roles).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluate import evaluate
from warta.evaluate.gate import load

TESTS = Path(__file__).parents[1]
SETS = {
    "examples_gold.jsonl": TESTS / "data" / "examples_gold.jsonl",
    "challenge_gold.jsonl": TESTS / "data" / "challenge_gold.jsonl",
    "sentences.jsonl": TESTS / "golden" / "coding" / "sentences.jsonl",
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_own_event_sets_meet_their_floors(name: str) -> None:
    floor = load()["own_sets"][name]
    f1 = evaluate([SETS[name]])["all"].f1
    assert f1 >= floor, f"{name}: F1 {f1:.3f} fell below its floor {floor}"


def test_sentence_cases_cover_both_languages() -> None:
    import json

    langs = [json.loads(line)["lang"] for line in SETS["sentences.jsonl"].read_text("utf-8").splitlines()]
    assert langs.count("id") >= 250 and langs.count("en") >= 120
