"""Longest-match phrase lookup over token sequences: a trie keyed on lowercased tokens.

Used for actor names and trigger words alike. Each phrase carries a case rule:
- "any": any capitalisation;
- "title": the first token starts with a capital ("Inggris" the country, not "inggris");
- "exact": the tokens are written exactly as listed ("AS" the country, never "as").
Enclitics ("kunjungannya" = "kunjungan" + "nya") are allowed on a phrase's last token; a token
written exactly as listed wins over one read with an enclitic.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from warta.sentences import tokenize

V = TypeVar("V")

CASE_RULES = ("any", "title", "exact")


@dataclass(frozen=True, slots=True)
class Match(Generic[V]):
    """A phrase found at tokens [start, end) with the values listed for it."""

    start: int
    end: int
    values: tuple[V, ...]


@dataclass(slots=True)
class _Phrase(Generic[V]):
    surface: tuple[str, ...]
    case: str
    values: list[V]


@dataclass(slots=True)
class _Node(Generic[V]):
    children: dict[str, _Node[V]] = field(default_factory=dict)
    phrases: list[_Phrase[V]] = field(default_factory=list)  # phrases ending here


def case_rule_for(name: str, default: str = "title") -> str:
    """'exact' for names written in capitals (AS, PBB), 'any' for lowercase ones, else `default`."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "exact"
    if letters and letters[0].islower():
        return "any"
    return default


@functools.lru_cache(maxsize=1 << 14)
def _phrase_tokens(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A phrase's tokens and their lowercase forms. Cached: each article teaches its coreference
    matcher the names it mentions, and the same names come back article after article."""
    surface, _ = tokenize(phrase)
    return surface, tuple(t.lower() for t in surface)


def _needs_capital(case: str, surface: Sequence[str]) -> bool:
    """Whether every token a phrase fits begins with a capital (see `_case_fits`)."""
    return case == "title" or (case == "exact" and surface[0][:1].isupper())


def _case_fits(phrase: _Phrase[V], surface: Sequence[str], i: int, enclitic: str) -> bool:
    if phrase.case == "title":
        tok = surface[i]
        # "XI" in "Komisi XI" is a numeral or an acronym, not the name "Xi": a short all-capitals token
        # fits a name written in mixed case only when the name itself is that short word in capitals.
        return tok[:1].isupper() and not (len(tok) <= 3 and tok.isupper() and tok != phrase.surface[0])
    if phrase.case == "exact":
        n = len(phrase.surface)
        last = surface[i + n - 1]
        if enclitic:
            last = last[: -len(enclitic)]
        return last == phrase.surface[-1] and all(surface[i + k] == phrase.surface[k] for k in range(n - 1))
    return True


class PhraseMatcher(Generic[V]):
    """Phrases (token sequences) with values; finds the longest phrase starting at each token."""

    def __init__(self, *, enclitics: Sequence[str] = ()) -> None:
        self._root: _Node[V] = _Node()
        self._phrases: dict[tuple[tuple[str, ...], str, tuple[str, ...]], _Phrase[V]] = {}
        self._enclitics = tuple(enclitics)
        # the tokens a match can start at: a phrase's first token, or a one-word phrase with an enclitic
        # glued on ("kunjungannya"); `find` skips every other token with one lookup
        self._starts: set[str] = set()
        # the starts where a match may begin with a token not written with a capital; at any other
        # start every phrase wants one ("Dan" the name, not "dan"), so a lowercase token is skipped
        self._lowercase_starts: set[str] = set()

    def __len__(self) -> int:
        return len(self._phrases)

    def phrases(self) -> Iterator[tuple[tuple[str, ...], list[V]]]:
        """Every phrase (as tokens) with its values."""
        for phrase in self._phrases.values():
            yield phrase.surface, phrase.values

    def add(self, phrase: str, value: V, *, case: str = "any") -> None:
        surface, lowered = _phrase_tokens(phrase)
        if not surface:
            return
        key = (lowered, case, surface if case == "exact" else ())
        entry = self._phrases.get(key)
        if entry is None:
            entry = _Phrase(surface, case, [])
            self._phrases[key] = entry
            node = self._root
            for tok in lowered:
                node = node.children.setdefault(tok, _Node())
            node.phrases.append(entry)
            starts = [lowered[0]]
            if len(lowered) == 1:
                starts += [lowered[0] + enc for enc in self._enclitics]
            self._starts.update(starts)
            if not _needs_capital(case, surface):
                self._lowercase_starts.update(starts)
        if value not in entry.values:
            entry.values.append(value)

    def _ending(self, node: _Node[V], surface: Sequence[str], i: int, enclitic: str) -> _Phrase[V] | None:
        for phrase in node.phrases:
            if phrase.case == "any" or _case_fits(phrase, surface, i, enclitic):  # "any": no call
                return phrase
        return None

    def longest_at(self, surface: Sequence[str], lowered: Sequence[str], i: int) -> Match[V] | None:
        """The longest phrase that starts at token i, if any."""
        node = self._root
        best: tuple[int, _Phrase[V]] | None = None
        j = i
        n = len(lowered)
        while j < n:
            tok = lowered[j]
            child = node.children.get(tok)
            if child is None:
                if not tok.endswith(self._enclitics):  # one call rules out every enclitic (most tokens)
                    break
                for enc in self._enclitics:  # "kunjungannya": a phrase ending in "kunjungan"
                    if tok.endswith(enc) and len(tok) > len(enc) + 2:
                        stem_node = node.children.get(tok[: -len(enc)])
                        if stem_node is not None:
                            phrase = self._ending(stem_node, surface, i, enc)
                            if phrase is not None:
                                best = (j + 1, phrase)
                            break
                break
            node = child
            j += 1
            if node.phrases:  # most nodes on the way end no phrase: no call for them
                phrase = self._ending(node, surface, i, "")
                if phrase is not None:
                    best = (j, phrase)
        if best is None:
            return None
        return Match(i, best[0], tuple(best[1].values))

    def find(self, surface: Sequence[str], lowered: Sequence[str] | None = None) -> Iterator[Match[V]]:
        """Non-overlapping longest matches, left to right."""
        if lowered is None:
            lowered = [t.lower() for t in surface]
        starts, lowercase = self._starts, self._lowercase_starts
        free = 0  # the first token not inside an earlier match
        for i in [
            i
            for i, tok in enumerate(lowered)
            if tok in starts and (tok in lowercase or surface[i][:1].isupper())
        ]:
            if i < free:
                continue
            m = self.longest_at(surface, lowered, i)
            if m is not None:
                yield m
                free = m.end
