"""The week-partitioned LSH that finds copies among articles published close together."""

from __future__ import annotations

import numpy as np
from datasketch import MinHashLSH

from warta.stories.bands import WeekBands
from warta.stories.cluster import _COPY_JACCARD, _LSH_PARAMS
from warta.stories.profile import NUM_PERM, minhash_of, shingles

TEXT = "Menteri luar negeri kedua negara bertemu di Jenewa pada Selasa untuk membahas gencatan senjata."


def signature(text: str) -> np.ndarray:
    return np.asarray(minhash_of(shingles(text)), dtype=np.uint32)


def test_bands_and_rows_are_datasketchs_choice_for_the_copy_threshold() -> None:
    lsh = MinHashLSH(threshold=_COPY_JACCARD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == _LSH_PARAMS


def test_a_signature_is_found_in_its_own_week_only() -> None:
    bands = WeekBands(*_LSH_PARAMS)
    sig = signature(TEXT)
    bands.insert("a", 100, sig)
    bands.insert("b", 103, sig)
    assert bands.query(sig, [100, 101]) == {"a"}
    assert bands.query(sig, [None]) == set()
    assert (
        bands.query(signature("Sebuah teks lain sama sekali tentang panen padi di Jawa Tengah."), [100])
        == set()
    )


def test_removing_the_last_signature_of_a_week_forgets_the_week() -> None:
    bands = WeekBands(*_LSH_PARAMS)
    sig = signature(TEXT)
    bands.insert("a", None, sig)
    bands.insert("b", 7, sig)
    bands.remove("b", 7, sig)
    assert list(bands.weeks()) == [None]
    assert bands.query(sig, [7, None]) == {"a"}
