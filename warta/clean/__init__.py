"""Clean: repair characters and remove boilerplate, pasted headlines and spam tails.

The cleaned text becomes `Article.text`; every later offset indexes it. `Article.segments` maps it
back to the normalised source text, and `Article.removed` records what went and why. Cleaning is
idempotent: cleaning a cleaned text changes nothing.
"""

from __future__ import annotations

import dataclasses
import functools

from warta.clean.normalise import normalise
from warta.clean.rules import Rules, collect_rules, find_removals
from warta.clean.splice import merge_spans, splice
from warta.lang import available_languages, get_lang_pack
from warta.model import Article, Removal, Segment, Skip

__all__ = ["MAX_CHARS", "clean_article", "clean_text"]

_MAX_PASSES = 5
# The longest text one article may have: about 150,000 words, ten times the longest news article. A
# longer "article" is a dump of many (split it) or not news; coding it would take minutes.
MAX_CHARS = 1_000_000


@functools.cache
def _default_rules() -> Rules:
    return collect_rules(get_lang_pack(code) for code in available_languages())


def clean_text(text: str, rules: Rules | None = None) -> tuple[str, tuple[Segment, ...], tuple[Removal, ...]]:
    """The cleaned text, its segment map to `normalise(text)`, and the removals (in that text's offsets)."""
    rules = rules or _default_rules()
    current = normalise(text)
    segments: tuple[Segment, ...] = (Segment(0, 0, len(current)),) if current else ()
    removals: list[Removal] = []
    for _ in range(_MAX_PASSES):
        found = find_removals(current, rules)
        if not found:
            break
        reasons = sorted(found)
        for start, end in merge_spans([(s, e) for s, e, _ in found]):
            reason = next((r for s, e, r in reasons if s < end and e > start), "")
            removals.append(Removal(_to_base(segments, start), _to_base(segments, end), reason))
        current, segments = splice(current, segments, [(s, e) for s, e, _ in found])
    return current, segments, tuple(removals)


def _to_base(segments: tuple[Segment, ...], offset: int) -> int:
    for seg in reversed(segments):
        if seg.start <= offset:
            return seg.source_start + min(offset - seg.start, seg.length)
    return offset


def clean_article(article: Article) -> Article | Skip:
    """Stage: fill `text`, `segments` and `removed`; an article left with no text, or longer than
    `MAX_CHARS`, is skipped."""
    if len(article.source_text) > MAX_CHARS:
        reason = (
            f"text too long ({len(article.source_text):,} characters; an article may have {MAX_CHARS:,}): "
            "split it into articles, one a JSON Lines record"
        )
        return Skip(article.doc_id, article.source, "clean", reason)
    text, segments, removed = clean_text(article.source_text)
    if not any(ch.isalpha() for ch in text):
        reason = "no text left after cleaning" if article.source_text.strip() else "empty text"
        return Skip(article.doc_id, article.source, "clean", reason)
    return dataclasses.replace(article, text=text, segments=segments, removed=removed)
