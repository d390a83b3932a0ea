"""Sentence splitting: abbreviations, dates in brackets, quotes, glued sentences, line breaks."""

from __future__ import annotations

import pytest

from warta.lang import LanguagePack
from warta.sentences import split_spans, tokenize


def _split(text: str, pack: LanguagePack) -> list[str]:
    return [text[a:b] for a, b in split_spans(text, pack.abbreviations)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Budi bertemu Prof. Ani di Jl. Sudirman No. 5 pada Selasa (3/11). Mereka membahas kerja sama.",
            [
                "Dr. Budi bertemu Prof. Ani di Jl. Sudirman No. 5 pada Selasa (3/11).",
                "Mereka membahas kerja sama.",
            ],
        ),
        (
            "PT. Sinar Tbk. melaporkan laba. Harga naik, dll. Kemudian turun.",
            ["PT. Sinar Tbk. melaporkan laba.", "Harga naik, dll.", "Kemudian turun."],
        ),
        (
            '"Kami menolak," kata dia. "Ini tidak adil!" Dia menambahkan AS akan merespons.',
            ['"Kami menolak," kata dia.', '"Ini tidak adil!"', "Dia menambahkan AS akan merespons."],
        ),
        (
            "kata dia.Shin juga mengatakan tak akan keluar.",
            ["kata dia.", "Shin juga mengatakan tak akan keluar."],
        ),
        (
            "Judul berita\nIsi pertama. Isi kedua\nyang bersambung.\n\nParagraf baru.",
            ["Judul berita", "Isi pertama.", "Isi kedua\nyang bersambung.", "Paragraf baru."],
        ),
    ],
)
def test_indonesian(text: str, expected: list[str], id_pack: LanguagePack) -> None:
    assert _split(text, id_pack) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. Army said on Jan. 5 that it would respond. Officials agreed.",
            ["The U.S. Army said on Jan. 5 that it would respond.", "Officials agreed."],
        ),
        ("Mr. J. Smith met Gen. Lee. They talked.", ["Mr. J. Smith met Gen. Lee.", "They talked."]),
        ('He said: "We will go." Then he left...', ['He said: "We will go."', "Then he left..."]),
    ],
)
def test_english(text: str, expected: list[str], en_pack: LanguagePack) -> None:
    assert _split(text, en_pack) == expected


def test_tokens_carry_offsets() -> None:
    text = "Rusia-AS: Putin's call."
    tokens, offsets = tokenize(text)
    assert tokens == ("Rusia", "-", "AS", ":", "Putin", "'", "s", "call", ".")
    assert all(text[o : o + len(t)] == t for t, o in zip(tokens, offsets, strict=True))
