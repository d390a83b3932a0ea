"""How much a new article resembles a story: the features, and the logistic model that weighs them.

The weights and the joining threshold are fitted by `scripts/fit_stories.py` on the project's story
sets (`tests/data/stories_*.jsonl`, four of five written blind to the clustering code) and kept in
`resemblance.json` beside this module, with the sets they were fitted on, the scores they reached, and
each set's scores under the model fitted on the others (how well they generalise).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from warta.errors import Errors, StoryModelError

__all__ = ["FEATURES", "Model", "model"]

MODEL_FILE = Path(__file__).with_name("resemblance.json")
FEATURES = (
    "bias",
    "names",  # rarity-weighted overlap of names and numbers (shared / the smaller side)
    "names_shared",  # log(1 + summed rarity of the shared names): many rare shared names are proof
    "pieces",  # overlap of event types per side ("SANCTION:RUS")
    "pieces_shared",  # log(1 + summed rarity of the shared event pieces): "SANCTION:IRN" in few stories
    "actors",  # rarity-weighted overlap of actor codes
    "actors_shared",  # log(1 + summed rarity of the shared actor codes): a rare pair is telling
    "topics",  # rarity-weighted overlap of the title's and lead's topic keys ("haze", "vaccine")
    "topics_actors",  # topics times actors: one subject between other parties is other news
    "topics_shared",  # log(1 + summed rarity of the shared topic keys)
    "topics_unknown",  # 1: the article or the story has no topic key (the lexicon has no word for it)
    "dyads_apart",  # 1: both have events between two countries, and no pair of countries in common
    "title",  # Jaccard of the title words, same language only
    "gap",  # days from the story's nearest article, over the window (0: same day)
)


@dataclass(frozen=True, slots=True)
class Model:
    weights: Mapping[str, float]
    threshold: float

    def probability(self, x: Mapping[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in x.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@functools.cache
def model(path: Path = MODEL_FILE) -> Model:
    """The fitted model (read once)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return Model(weights, float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise StoryModelError(Errors.E030.format(path=path, detail=f"{type(e).__name__}: {e}")) from e
