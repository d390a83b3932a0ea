"""Sentences: an abbreviation-aware splitter for Indonesian and English, and word tokens.

Boundaries: blank lines always; a line break unless the next line continues in lowercase; and
sentence-final punctuation (with its closing quotes) followed by a capital, a digit or an opening
quote, or glued to the next sentence ("kata dia.Shin juga") - except after an abbreviation ("Dr.",
"Jl.", "Tbk.", "U.S.", "Jan."), an initial ("J. Smith") or a number ("No. 5"). A "sentence" longer than
`MAX_SENTENCE_CHARS` (text without punctuation: a list, a table, a scraped run of words) is cut into
pieces at spaces, so coding it stays linear.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator

from warta.lang import pack_for
from warta.model import Article, Sentence, Skip

__all__ = ["MAX_SENTENCE_CHARS", "split_sentences", "split_spans", "tokenize"]

TOKEN = re.compile(r"\w+|[^\w\s]")
_TOKEN_SPLIT = re.compile(r"(\w+|[^\w\s])")  # TOKEN, captured: split keeps the tokens
_PARAGRAPH = re.compile(r"\n\s*\n")
_END = re.compile(
    r"""(?:[.!?…]+|\.\.\.)["”’'»)\]]*"""  # final punctuation and closing quotes/brackets
    r"""(?:(?=\s+["“‘'«(\[]?[A-Z0-9À-ÞĀ-Ž])|(?=["“]?[A-Z][a-z]))"""  # then a capital (spaced or glued)
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_FINAL = (".", "!", "?", '"', "”", ":")
_MIN_UNFINISHED_WORDS = 4
_MAX_FRAGMENT_WORDS = 5
# Three times the longest sentence of the real news of ../shared/corpus (597 characters).
MAX_SENTENCE_CHARS = 2000


def split_spans(text: str, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for p_start, p_end in _blocks(text, _PARAGRAPH):
        for l_start, l_end in _lines(text, p_start, p_end):
            for start, end in _split_line(text, l_start, l_end, abbreviations):
                spans.extend(_bounded(text, start, end))
    return spans


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentence, or pieces of it no longer than `MAX_SENTENCE_CHARS`, cut at the last space."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind(" ", start + 1, limit), text.rfind("\n", start + 1, limit))
        cut = cut if cut > start else limit
        piece = _strip(text, start, cut)
        if piece:
            yield piece
        start = cut
    piece = _strip(text, start, end)
    if piece:
        yield piece


def _blocks(text: str, sep: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in sep.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Lines of a paragraph, joining a line to the next when the next continues it: it begins in
    lowercase, or it is a short fragment without final punctuation after an unfinished line (a
    link scraped onto its own line: "visited Defense Minister" / "Prabowo Subianto" / "at his ...")."""
    line_start = start
    pos = text.find("\n", start, end)
    while pos >= 0:
        nxt = pos + 1
        while nxt < end and text[nxt] in " \t":
            nxt += 1
        if not (nxt < end and (text[nxt].islower() or _dangling(text, line_start, pos, nxt, end))):
            yield line_start, pos
            line_start = pos + 1
        pos = text.find("\n", pos + 1, end)
    yield line_start, end


def _dangling(text: str, line_start: int, line_end: int, nxt: int, end: int) -> bool:
    previous = text[line_start:line_end].rstrip()
    nl = text.find("\n", nxt, end)
    fragment = text[nxt : nl if nl >= 0 else end].strip()
    return (
        len(previous.split()) >= _MIN_UNFINISHED_WORDS
        and not previous.endswith(_FINAL)
        and 0 < len(fragment.split()) <= _MAX_FRAGMENT_WORDS
        and not fragment.endswith(_FINAL)
        and nl >= 0
        and text[nl + 1 : nl + 2].islower()
    )


def _split_line(text: str, start: int, end: int, abbreviations: frozenset[str]) -> Iterator[tuple[int, int]]:
    sent_start = start
    for m in _END.finditer(text, start, end):
        if text[m.start()] == "." and _is_abbreviation(text, sent_start, m.start(), abbreviations):
            continue
        span = _strip(text, sent_start, m.end())
        if span:
            yield span
        sent_start = m.end()
    span = _strip(text, sent_start, end)
    if span:
        yield span


def _is_abbreviation(text: str, start: int, dot: int, abbreviations: frozenset[str]) -> bool:
    m = _WORD_BEFORE.search(text, max(start, dot - 30), dot)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if not word:
        return False
    if _INITIALS.match(word):  # "J. Smith", "U.S. Army"
        return True
    return word.lower() in abbreviations or word.lower().rsplit(".", 1)[-1] in abbreviations


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Word and punctuation tokens of text[start:end], with their start offsets in `text`.

    One split keeps the gaps between tokens ([gap, token, gap, token, ..., gap]); the offsets are the
    running sum of the pieces' lengths (no Python loop per token)."""
    pieces = _TOKEN_SPLIT.split(text[start:end] if end is not None or start else text)
    starts = list(itertools.accumulate(map(len, pieces), initial=start))
    return tuple(pieces[1::2]), tuple(starts[1:-1:2])


def split_sentences(article: Article) -> Article | Skip:
    """Stage: fill `sentences`, each with its tokens, using the article language's abbreviations."""
    pack = pack_for(article.lang)
    abbreviations = pack.abbreviations if pack else frozenset()
    sentences = []
    for start, end in split_spans(article.text, abbreviations):
        tokens, offsets = tokenize(article.text, start, end)
        sentences.append(Sentence(start, end, tokens, offsets, tuple(map(str.lower, tokens))))
    return dataclasses.replace(article, sentences=tuple(sentences))
