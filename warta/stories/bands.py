"""Locality-sensitive hashing of MinHash signatures, partitioned by week.

The banding of datasketch's `MinHashLSH` (b bands of r rows: two signatures sharing any band are
candidates), with the article's week in every key: a copy is looked for only among the articles
published within a few days of it, so the cost of a query does not grow with the years of news the
index holds (one global LSH returned every earlier copy of an evergreen text, weeks apart, and a
`MinHashLSH` per week hashed the bands again for each week asked). Signatures are the uint32 arrays
of `warta.stories.profile.minhash_of`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

__all__ = ["WeekBands"]

Week = int | None


class WeekBands:
    """doc ids by (week, band, band values); `None` is the week of undated articles."""

    def __init__(self, bands: int, rows: int) -> None:
        self.bands, self.rows = bands, rows
        self._table: dict[tuple[Week, int, bytes], set[str]] = {}
        self._weeks: dict[Week, int] = {}  # signatures held per week

    def keys(self, signature: np.ndarray) -> list[bytes]:
        r = self.rows
        return [signature[i * r : (i + 1) * r].tobytes() for i in range(self.bands)]

    def insert(self, doc_id: str, week: Week, signature: np.ndarray) -> None:
        for band, key in enumerate(self.keys(signature)):
            self._table.setdefault((week, band, key), set()).add(doc_id)
        self._weeks[week] = self._weeks.get(week, 0) + 1

    def remove(self, doc_id: str, week: Week, signature: np.ndarray) -> None:
        for band, key in enumerate(self.keys(signature)):
            ids = self._table.get((week, band, key))
            if ids is not None:
                ids.discard(doc_id)
                if not ids:
                    del self._table[(week, band, key)]
        self._weeks[week] -= 1
        if self._weeks[week] <= 0:
            del self._weeks[week]

    def weeks(self) -> Iterator[Week]:
        return iter(list(self._weeks))

    def query(self, signature: np.ndarray, weeks: Iterable[Week]) -> set[str]:
        """The doc ids of these weeks sharing at least one band with `signature`."""
        keys = self.keys(signature)
        found: set[str] = set()
        for week in weeks:
            if week not in self._weeks:
                continue
            for band, key in enumerate(keys):
                ids = self._table.get((week, band, key))
                if ids:
                    found |= ids
        return found
