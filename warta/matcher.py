"""Longest-match phrase lookup over token sequences (a token trie keyed on lowercased tokens).

Used for actor names and trigger words alike. Each phrase carries a case rule:
- "any": any capitalisation;
- "title": the first token starts with a capital ("Inggris" the country, not "inggris");
- "exact": the tokens are written exactly as listed ("AS" the country, never "as").
Enclitics ("kunjungannya" = "kunjungan" + "nya") can be allowed on a phrase's last token.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
    lowered: tuple[str, ...]
    surface: tuple[str, ...]
    case: str
    values: list[V]


def case_rule_for(name: str, default: str = "title") -> str:
    """'exact' for names written in capitals (AS, PBB), 'any' for lowercase ones, else `default`."""
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return "exact"
    if letters and letters[0].islower():
        return "any"
    return default


class PhraseMatcher(Generic[V]):
    """Phrases (token sequences) with values; finds the longest phrase starting at each token."""

    def __init__(self, *, enclitics: Sequence[str] = ()) -> None:
        self._by_first: dict[str, list[_Phrase[V]]] = {}
        # "kunjungannya" -> ("nya", one-token phrases of "kunjungan"), filled as phrases are added
        self._by_enclitic: dict[str, tuple[str, list[_Phrase[V]]]] = {}
        self._index: dict[tuple[tuple[str, ...], str, tuple[str, ...]], _Phrase[V]] = {}
        self._enclitics = tuple(enclitics)

    def __len__(self) -> int:
        return len(self._index)

    def add(self, phrase: str, value: V, *, case: str = "any") -> None:
        surface, _ = tokenize(phrase)
        if not surface:
            return
        lowered = tuple(t.lower() for t in surface)
        key = (lowered, case, surface if case == "exact" else ())
        entry = self._index.get(key)
        if entry is None:
            entry = _Phrase(lowered, surface, case, [])
            self._index[key] = entry
            bucket = self._by_first.setdefault(lowered[0], [])
            bucket.append(entry)
            bucket.sort(key=lambda p: -len(p.lowered))
            if len(lowered) == 1:
                for enc in self._enclitics:
                    singles = self._by_enclitic.setdefault(lowered[0] + enc, (enc, []))[1]
                    singles.append(entry)
        if value not in entry.values:
            entry.values.append(value)

    def _candidates(self, token: str) -> tuple[list[_Phrase[V]], str]:
        found = self._by_first.get(token)
        if found is not None:
            return found, ""
        glued = self._by_enclitic.get(token)
        if glued is not None:
            return glued[1], glued[0]
        return [], ""

    def _fits(
        self, phrase: _Phrase[V], surface: Sequence[str], lowered: Sequence[str], i: int, *, enclitic: bool
    ) -> bool:
        n = len(phrase.lowered)
        if i + n > len(lowered):
            return False
        for k in range(1, n):
            tok = lowered[i + k]
            want = phrase.lowered[k]
            if tok != want and not (
                enclitic and k == n - 1 and tok.startswith(want) and tok[len(want) :] in self._enclitics
            ):
                return False
        if phrase.case == "title":
            return surface[i][:1].isupper()
        if phrase.case == "exact":
            return all(surface[i + k] == phrase.surface[k] for k in range(n) if k < n - 1) and surface[
                i + n - 1
            ].startswith(phrase.surface[-1])
        return True

    def longest_at(self, surface: Sequence[str], lowered: Sequence[str], i: int) -> Match[V] | None:
        """The longest phrase that starts at token i, if any."""
        candidates, enc = self._candidates(lowered[i])
        best: _Phrase[V] | None = None
        for phrase in candidates:  # longest first; at equal length an exact last token wins
            if best is not None and len(phrase.lowered) < len(best.lowered):
                break
            if enc and phrase.case == "exact" and surface[i][: -len(enc)] != phrase.surface[0]:
                continue
            if self._fits(phrase, surface, lowered, i, enclitic=False):
                best = phrase
                break
            if best is None and self._fits(phrase, surface, lowered, i, enclitic=bool(self._enclitics)):
                best = phrase
        if best is None:
            return None
        return Match(i, i + len(best.lowered), tuple(best.values))

    def find(self, surface: Sequence[str], lowered: Sequence[str] | None = None) -> Iterator[Match[V]]:
        """Non-overlapping longest matches, left to right."""
        if lowered is None:
            lowered = [t.lower() for t in surface]
        i = 0
        n = len(lowered)
        by_first, by_enclitic = self._by_first, self._by_enclitic
        while i < n:
            token = lowered[i]
            if token not in by_first and token not in by_enclitic:
                i += 1
                continue
            m = self.longest_at(surface, lowered, i)
            if m is None:
                i += 1
                continue
            yield m
            i = m.end
