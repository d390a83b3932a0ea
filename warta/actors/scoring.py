"""Scoring actor recognition against annotated passages (tests/data/actors_gold.jsonl format).

Each gold mention names the substring of an actor's head ("Maria Zakharova", "Kremlin", "polisi") with
its code and sector; repeated substrings are found in order. A predicted mention (a coded actor, not a
place) matches a gold mention when their spans overlap; each is matched at most once, in text order.
Precision and recall count matches; code and sector accuracy are measured on matched pairs.
Distractors ("bahasa Inggris", "Piala Asia") must yield no actor: a prediction overlapping one is
counted in `distractor_hits` (and as a false positive).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from warta.model import Actor


@dataclass(frozen=True, slots=True)
class GoldMention:
    start: int
    end: int
    code: str
    sector: str | None


def _find_word(text: str, needle: str, start: int) -> int:
    """The first occurrence of `needle` at or after `start` that is not part of a longer word."""
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")
    m = pattern.search(text, start)
    return m.start() if m else -1


def gold_mentions(record: dict[str, Any]) -> tuple[list[GoldMention], list[tuple[int, int]]]:
    """Spans of a record's gold mentions (listed in text order) and of its distractors."""
    text: str = record["text"]
    mentions = []
    cursor = 0
    for m in record.get("mentions", []):
        pos = _find_word(text, m["text"], cursor)
        if pos < 0:
            raise ValueError(f"{record.get('id')}: mention {m['text']!r} not found in order")
        cursor = pos + len(m["text"])
        mentions.append(GoldMention(pos, cursor, m["code"], m.get("sector")))
    distractors = []
    for d in record.get("distractors", []):
        pos = _find_word(text, d, 0)
        if pos >= 0:
            distractors.append((pos, pos + len(d)))
    return mentions, distractors


@dataclass
class ActorTally:
    predicted: int = 0
    gold: int = 0
    matched: int = 0
    code_right: int = 0
    sector_right: int = 0
    distractor_hits: int = 0

    def add(
        self, predicted: Sequence[Actor], gold: Sequence[GoldMention], distractors: Sequence[tuple[int, int]]
    ) -> None:
        preds = list(predicted)
        self.predicted += len(preds)
        self.gold += len(gold)
        used: set[int] = set()
        for a in sorted(preds, key=lambda a: a.start):
            for i, g in enumerate(gold):
                if i not in used and a.start < g.end and g.start < a.end:
                    used.add(i)
                    self.matched += 1
                    self.code_right += a.code == g.code
                    self.sector_right += a.sector == g.sector
                    break
            if any(a.start < e and s < a.end for s, e in distractors):
                self.distractor_hits += 1

    def summary(self) -> dict[str, float | int]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        p, r = ratio(self.matched, self.predicted), ratio(self.matched, self.gold)
        return {
            "predicted": self.predicted,
            "gold": self.gold,
            "matched": self.matched,
            "precision": p,
            "recall": r,
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "code_accuracy": ratio(self.code_right, self.matched),
            "sector_accuracy": ratio(self.sector_right, self.matched),
            "distractor_hits": self.distractor_hits,
        }


def evaluate_actors(paths: Sequence[str]) -> dict[str, ActorTally]:
    """Recognise actors in every annotated passage and score them, per language and 'all'."""
    import json
    from pathlib import Path

    from warta.actors import actor_mentions
    from warta.ingest import record_to_article
    from warta.model import Article
    from warta.pipeline import DEFAULT_STAGES, Pipeline

    pipeline = Pipeline([s for s in DEFAULT_STAGES if s.name not in ("coding", "profile")])
    tallies: dict[str, ActorTally] = {"all": ActorTally()}
    for path in paths:
        for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            article = record_to_article(record, source=f"{path}:{lineno}", fallback_id=f"line-{lineno}")
            coded = pipeline.process(article) if isinstance(article, Article) else article
            predicted = actor_mentions(coded) if isinstance(coded, Article) else []
            gold, distractors = gold_mentions(record)
            for key in (str(record.get("lang") or "und"), "all"):
                tallies.setdefault(key, ActorTally()).add(predicted, gold, distractors)
    return tallies
