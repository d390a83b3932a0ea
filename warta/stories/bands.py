"""Locality-sensitive hashing of MinHash signatures, partitioned by week.

The banding of datasketch's `MinHashLSH` (b bands of r rows: two signatures sharing any band are
candidates), with the article's week in every key: a copy is looked for only among the articles
published within a few days of it, so the cost of a query does not grow with the years of news the
index holds (one global LSH returned every earlier copy of an evergreen text, weeks apart, and a
`MinHashLSH` per week hashed the bands again for each week asked). Signatures are the uint32 arrays
of `warta.stories.profile.minhash_of`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

import numpy as np

__all__ = ["Postings", "Week", "WeekBands"]

Week = int | None
K = TypeVar("K", bound=Hashable)


class Postings(Generic[K]):
    """ids by key; a key held by one id (most are) keeps the id alone, not in a set (a set costs
    about 200 bytes: these tables are most of the story index's memory)."""

    def __init__(self) -> None:
        self._table: dict[K, str | set[str]] = {}

    def add(self, key: K, id_: str) -> None:
        held = self._table.get(key)
        if held is None:
            self._table[key] = id_
        elif isinstance(held, str):
            if held != id_:
                self._table[key] = {held, id_}
        else:
            held.add(id_)

    def discard(self, key: K, id_: str) -> None:
        held = self._table.get(key)
        if held == id_:
            del self._table[key]
        elif isinstance(held, set):
            held.discard(id_)
            if len(held) == 1:
                self._table[key] = held.pop()

    def union(self, keys: Iterable[K]) -> set[str]:
        found: set[str] = set()
        for key in keys:
            held = self._table.get(key)
            if isinstance(held, str):
                found.add(held)
            elif held:
                found |= held
        return found


class WeekBands:
    """doc ids by (week, band, band values); `None` is the week of undated articles."""

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        self._table: Postings[bytes] = Postings()
        self._weeks: dict[Week, int] = {}  # signatures held per week

    def keys(self, week: Week, signature: np.ndarray) -> list[bytes]:
        r = self.rows
        head = (-1 if week is None else week).to_bytes(4, "little", signed=True)
        return [head + bytes((i,)) + signature[i * r : (i + 1) * r].tobytes() for i in range(self.bands)]

    def insert(self, doc_id: str, week: Week, signature: np.ndarray) -> None:
        for key in self.keys(week, signature):
            self._table.add(key, doc_id)
        self._weeks[week] = self._weeks.get(week, 0) + 1

    def remove(self, doc_id: str, week: Week, signature: np.ndarray) -> None:
        for key in self.keys(week, signature):
            self._table.discard(key, doc_id)
        self._weeks[week] -= 1
        if self._weeks[week] <= 0:
            del self._weeks[week]

    def weeks(self) -> Iterator[Week]:
        return iter(list(self._weeks))

    def query(self, signature: np.ndarray, weeks: Iterable[Week]) -> set[str]:
        """The doc ids of these weeks sharing at least one band with `signature`."""
        asked = [week for week in weeks if week in self._weeks]
        return self._table.union(key for week in asked for key in self.keys(week, signature))
