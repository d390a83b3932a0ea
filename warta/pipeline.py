"""The pipeline: stages run in order over each article; each returns a new Article or a Skip.

Stages declare the fields they require and assign; the pipeline checks the order once, and checks
every stage's return value (an Article or a Skip, nothing else).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from warta.actors import tag_actors
from warta.clean import clean_article
from warta.coding import code_events
from warta.errors import Errors, PipelineError
from warta.langid import detect_language
from warta.model import Article, Skip
from warta.sentences import split_sentences
from warta.stories import profile_article

__all__ = ["DEFAULT_STAGES", "Pipeline", "Stage"]

logger = logging.getLogger(__name__)

StageFunc = Callable[[Article], Article | Skip]
_INGESTED = ("doc_id", "source_text", "published", "title")


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    func: StageFunc
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("clean", clean_article, ("source_text",), ("text", "segments", "removed")),
    Stage("langid", detect_language, ("text",), ("lang", "lang_score")),
    Stage("sentences", split_sentences, ("text", "lang"), ("sentences",)),
    Stage("actors", tag_actors, ("sentences", "lang", "published"), ("mentions",)),
    Stage("coding", code_events, ("sentences", "mentions", "lang", "published"), ("events",)),
    Stage("profile", profile_article, ("text", "sentences", "mentions", "events"), ("profile",)),
)


class Pipeline:
    """Runs stages over articles. With `strict=False` (the CLI), an unexpected error inside a stage
    becomes a Skip naming the stage and the error, so one bad document never stops a run."""

    def __init__(self, stages: Sequence[Stage] = DEFAULT_STAGES, *, strict: bool = True) -> None:
        available = set(_INGESTED)
        for stage in stages:
            for field in stage.requires:
                if field not in available:
                    raise PipelineError(Errors.E006.format(stage=stage.name, missing=field), stage=stage.name)
            available.update(stage.assigns)
        self.stages = tuple(stages)
        self.strict = strict

    def process(self, article: Article) -> Article | Skip:
        for stage in self.stages:
            try:
                out = stage.func(article)
            except (
                RecursionError,
                MemoryError,
                ValueError,
                TypeError,
                KeyError,
                IndexError,
                AttributeError,
            ) as e:
                if self.strict:
                    raise
                logger.exception("stage %s failed on %s", stage.name, article.doc_id)
                return Skip(
                    article.doc_id, article.source, stage.name, f"internal error ({type(e).__name__}: {e})"
                )
            if isinstance(out, Skip):
                return out
            if not isinstance(out, Article):
                raise PipelineError(
                    Errors.E005.format(stage=stage.name, got=out), stage=stage.name, article_id=article.doc_id
                )
            article = dataclasses.replace(out, stages=(*out.stages, stage.name))
        return article

    def run(self, items: Iterable[Article | Skip]) -> Iterator[Article | Skip]:
        """Process a stream of ingested items (Skips pass through unchanged)."""
        for item in items:
            yield item if isinstance(item, Skip) else self.process(item)
