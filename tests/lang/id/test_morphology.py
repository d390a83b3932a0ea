"""Indonesian morphology by rule: meN-/peN- nasal assimilation, di-/ber-/per- forms, voices."""

from __future__ import annotations

import pytest

from warta.lang.id.morphology import expand, nasal_prefix


@pytest.mark.parametrize(
    ("root", "men", "pen"),
    [
        ("kecam", "mengecam", "pengecam"),
        ("tolak", "menolak", "penolak"),
        ("pukul", "memukul", "pemukul"),
        ("serang", "menyerang", "penyerang"),
        ("bantu", "membantu", "pembantu"),
        ("usir", "mengusir", "pengusir"),
        ("lapor", "melapor", "pelapor"),
        ("bom", "mengebom", "pengebom"),
        ("protes", "memprotes", "pemprotes"),
        ("kritik", "mengkritik", "pengkritik"),
        ("dukung", "mendukung", "pendukung"),
        ("cabut", "mencabut", "pencabut"),
        ("gelar", "menggelar", "penggelar"),
        ("hukum", "menghukum", "penghukum"),
        ("rebut", "merebut", "perebut"),
    ],
)
def test_nasal_prefix(root: str, men: str, pen: str) -> None:
    assert nasal_prefix(root) == men
    assert nasal_prefix(root, "pe") == pen


@pytest.mark.parametrize(
    ("pattern", "forms"),
    [
        ("{meN,di}+kecam", [("mengecam", "active"), ("dikecam", "passive")]),
        ("peN+tangkap+an", [("penangkapan", "noun")]),
        ("di+jatuh+i sanksi", [("dijatuhi sanksi", "passive")]),
        ("ber+kerja sama", [("bekerja sama", "active")]),
        ("per+runding+an", [("perundingan", "noun")]),
        ("{meN,di}+tandatangan+i", [("menandatangani", "active"), ("ditandatangani", "passive")]),
        (
            "{memper,diper}+kuat hubungan",
            [("memperkuat hubungan", "active"), ("diperkuat hubungan", "passive")],
        ),
        ("meN+panggil duta besar+nya", [("memanggil duta besarnya", "active")]),
    ],
)
def test_expand(pattern: str, forms: list[tuple[str, str]]) -> None:
    assert expand(pattern) == forms
