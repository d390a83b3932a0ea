"""The evaluation gate: the coder's F1 on ../shared/gold must not fall below the pinned floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.evaluate.gate import BASELINE, check, load, updated


def test_f1_does_not_fall_below_the_floors(shared: Path) -> None:
    problems = check(load(), shared / "gold")
    assert not problems, "\n".join(problems)


def test_floors_cover_both_languages() -> None:
    floors = load()["floors"]
    assert {"seeds.jsonl", "dev.jsonl"} <= set(floors)
    assert {"id", "en", "all"} <= set(floors["dev.jsonl"])
    assert BASELINE.name == "eval_baseline.json"


def test_update_refuses_to_lower_a_floor(shared: Path) -> None:
    inflated = {"floors": {"seeds.jsonl": {"all": {"f1": 0.99}}}, "corpus": {}}
    with pytest.raises(ValueError, match="refusing to lower"):
        updated(inflated, shared / "gold")
    assert (
        updated(inflated, shared / "gold", allow_regression=True)["floors"]["seeds.jsonl"]["all"]["f1"] < 0.99
    )


def test_gate_fails_when_a_floor_is_missed(shared: Path) -> None:
    strict = {"floors": {"seeds.jsonl": {"all": {"f1": 0.99}}}, "corpus": {}, "epsilon": 0.0}
    assert check(strict, shared / "gold")
