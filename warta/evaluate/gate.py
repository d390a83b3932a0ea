"""The evaluation gate: F1 floors per gold file and language, pinned in `eval_baseline.json`.

`check` compares a fresh evaluation with the floors (allowing `epsilon` of noise) and says what fell;
`updated` returns new floors, refusing to lower any unless `allow_regression` is set. The gold files'
SHA-256 are pinned too: floors only mean something for the data they were measured on.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from warta.evaluate import evaluate

BASELINE = Path(__file__).resolve().parents[2] / "eval_baseline.json"
DEFAULT_EPSILON = 0.005


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_DETECTION = ("precision", "recall", "f1")
_ACCURACIES = ("mode_accuracy", "date_accuracy", "factuality_accuracy")


def measure(gold_dir: Path, files: list[str]) -> dict[str, dict[str, dict[str, float]]]:
    """{file: {lang: {"precision", "recall", "f1"}}} for each gold file."""
    full = _measure(gold_dir, files)
    return {
        name: {lang: {k: got[k] for k in _DETECTION} for lang, got in by.items()} for name, by in full.items()
    }


def _measure(gold_dir: Path, files: list[str]) -> dict[str, dict[str, dict[str, float]]]:
    """Detection scores and, where defined, mode, date and factuality accuracy per file and language."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for name in files:
        out[name] = {}
        for lang, tally in evaluate([gold_dir / name]).items():
            summary = tally.summary()
            keys = (*_DETECTION, *_ACCURACIES)
            out[name][lang] = {k: float(v) for k in keys if (v := summary[k]) is not None}
    return out


def load(path: Path = BASELINE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def check(baseline: dict[str, Any], gold_dir: Path) -> list[str]:
    """Problems found (empty when every floor holds)."""
    problems = []
    files = list(baseline["floors"])
    for name in files:
        pinned = baseline["corpus"].get(name)
        if pinned and sha256(gold_dir / name) != pinned:
            problems.append(
                f"{name} changed since the floors were pinned: re-pin with scripts/eval_gate.py --update"
            )
    if problems:
        return problems
    epsilon = float(baseline.get("epsilon", DEFAULT_EPSILON))
    scores = _measure(gold_dir, files)
    for name, langs in baseline["floors"].items():
        for lang, floor in langs.items():
            got = scores[name].get(lang, {}).get("f1", 0.0)
            if got + epsilon < floor["f1"]:
                problems.append(f"{name} [{lang}]: F1 {got:.4f} is below the floor {floor['f1']:.4f}")
    bars = baseline.get("accuracy", {})
    for name, bar in bars.items():
        if name == "about" or name not in scores:
            continue
        for lang, measured in scores[name].items():
            problems += [
                f"{name} [{lang}]: {k.replace('_', ' ')} {measured[k]:.4f} is below {float(bar):.2f}"
                for k in _ACCURACIES
                if k in measured and measured[k] < float(bar)
            ]
    return problems


def updated(baseline: dict[str, Any], gold_dir: Path, *, allow_regression: bool = False) -> dict[str, Any]:
    """A baseline with each floor raised to today's score where it improved. A floor is never lowered
    unless `allow_regression` is set; `lowered` in the result lists those kept (or, with the flag,
    lowered) so that the caller can say so."""
    files = list(baseline.get("floors") or ["seeds.jsonl", "dev.jsonl"])
    scores = measure(gold_dir, files)
    floors: dict[str, dict[str, dict[str, float]]] = {}
    lowered = []
    for name in files:
        floors[name] = {}
        for lang, s in scores[name].items():
            old = baseline.get("floors", {}).get(name, {}).get(lang)
            if old is not None and s["f1"] < old["f1"]:
                lowered.append(f"{name} [{lang}] {old['f1']:.4f} -> {s['f1']:.4f}")
                floors[name][lang] = s if allow_regression else old
            else:
                floors[name][lang] = s
    kept = {k: v for k, v in baseline.items() if k not in ("about", "epsilon", "corpus", "floors", "lowered")}
    return {
        "about": "F1 floors of the evaluation gate (tests/eval/test_gate.py); raise them as Warta improves.",
        "epsilon": baseline.get("epsilon", DEFAULT_EPSILON),
        "corpus": {name: sha256(gold_dir / name) for name in files},
        "floors": floors,
        **kept,
        "lowered": lowered,
    }
