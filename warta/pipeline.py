"""The pipeline: stages run in order over each article; each returns a new Article or a Skip.

Stages declare the fields they require and assign; the pipeline checks the order once, and checks
every stage's return value (an Article or a Skip, nothing else).
"""

from __future__ import annotations

import dataclasses
import logging
import time
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
from warta.timelimit import Expired, time_limit

__all__ = ["DEFAULT_STAGES", "DEFAULT_TIME_LIMIT", "Pipeline", "Stage"]

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


DEFAULT_TIME_LIMIT = 60.0  # seconds one document may take (a long article takes about 10)
_FAILURES = (
    RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError, AttributeError, ArithmeticError,
)  # fmt: skip


class Pipeline:
    """Runs stages over articles. With `strict=False` (the CLI), an unexpected error inside a stage
    becomes a Skip naming the stage and the error, so one bad document never stops a run. A document
    that takes longer than `time_limit` seconds is skipped, in any mode (None: no limit)."""

    def __init__(
        self,
        stages: Sequence[Stage] = DEFAULT_STAGES,
        *,
        strict: bool = True,
        time_limit: float | None = DEFAULT_TIME_LIMIT,
    ) -> None:
        available = set(_INGESTED)
        for stage in stages:
            for field in stage.requires:
                if field not in available:
                    raise PipelineError(Errors.E006.format(stage=stage.name, missing=field), stage=stage.name)
            available.update(stage.assigns)
        self.stages = tuple(stages)
        self.strict = strict
        self.time_limit = time_limit

    def process(self, article: Article) -> Article | Skip:
        started = time.monotonic()
        current = self.stages[0].name if self.stages else ""
        try:
            with time_limit(self.time_limit):
                for stage in self.stages:
                    current = stage.name
                    out = self._run(stage, article)
                    if isinstance(out, Skip):
                        return out
                    article = dataclasses.replace(out, stages=(*out.stages, stage.name))
                    if self.time_limit is not None and time.monotonic() - started > self.time_limit:
                        return self._late(article, current)  # where no alarm interrupts (threads)
        except Expired:
            return self._late(article, current)
        return article

    def _run(self, stage: Stage, article: Article) -> Article | Skip:
        try:
            out = stage.func(article)
        except _FAILURES as e:
            if self.strict:
                raise
            logger.debug("stage %s failed on %s", stage.name, article.doc_id, exc_info=True)  # -v shows it
            return Skip(
                article.doc_id, article.source, stage.name, f"internal error ({type(e).__name__}: {e})"
            )
        if not isinstance(out, Article | Skip):
            raise PipelineError(
                Errors.E005.format(stage=stage.name, got=out), stage=stage.name, article_id=article.doc_id
            )
        return out

    def _late(self, article: Article, stage: str) -> Skip:
        logger.debug("%s: stage %s ran past %g s", article.doc_id, stage, self.time_limit)
        reason = f"took longer than the time limit of {self.time_limit:g} s per document (in stage '{stage}')"
        return Skip(article.doc_id, article.source, stage, reason)

    def run(self, items: Iterable[Article | Skip]) -> Iterator[Article | Skip]:
        """Process a stream of ingested items (Skips pass through unchanged)."""
        for item in items:
            yield item if isinstance(item, Skip) else self.process(item)
