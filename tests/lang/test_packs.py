"""Every language pack passes the same checks: loads, data files parse, lexicon and gazetteer build."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from warta.actors.gazetteer import gazetteer
from warta.coding.lexicon import lexicon
from warta.errors import LanguagePackError
from warta.lang import available_languages, get_lang_pack, pack_for
from warta.ontology import EVENT_TYPES


@pytest.mark.parametrize("code", available_languages())
def test_pack_loads_with_its_data(code: str) -> None:
    pack = get_lang_pack(code)
    assert pack.code == code
    assert pack.boilerplate and pack.abbreviations and pack.negators and pack.reporting
    assert len(gazetteer(code)) > 300
    covered = {t.event for _, values in lexicon(code).matcher.phrases() for t in values}
    assert covered == set(EVENT_TYPES), set(EVENT_TYPES) - covered


def test_unknown_language_says_how_to_add_one() -> None:
    with pytest.raises(LanguagePackError, match="Add one under warta/lang/xx/"):
        get_lang_pack("xx")


def test_malay_uses_indonesian_pack() -> None:
    pack = pack_for("ms")
    assert pack is not None and pack.code == "id"
    assert pack_for("ar") is None and pack_for(None) is None


@pytest.mark.parametrize(("code", "office"), [("id", "menteri luar negeri"), ("en", "foreign minister")])
def test_national_offices_are_marked_in_offices_tsv(code: str, office: str) -> None:
    pack = get_lang_pack(code)
    assert office in pack.national_offices and "pm" in pack.national_offices
    assert not {"wali kota", "mayor", "gubernur", "governor", "bupati"} & pack.national_offices


def test_an_unknown_office_scope_is_a_data_error(tmp_path: Path) -> None:
    (tmp_path / "offices.tsv").write_text(
        "# phrase, sector, scope\nwali kota\tGOV\tlokal\n", encoding="utf-8"
    )
    pack = dataclasses.replace(get_lang_pack("id"), directory=tmp_path)
    with pytest.raises(LanguagePackError, match="scope 'lokal'"):
        _ = pack.national_offices


def test_topic_keys_are_shared_by_every_pack() -> None:
    """A topic key one pack lacks links no report in that language to the others."""
    keys = {c: set(get_lang_pack(c).topics.values()) - {"-"} for c in available_languages()}
    assert all(len(k) > 300 for k in keys.values()), {c: len(k) for c, k in keys.items()}
    union = set.union(*keys.values())
    assert {c: sorted(union - k) for c, k in keys.items()} == {c: [] for c in keys}


def test_a_malformed_topic_line_is_a_data_error(tmp_path: Path) -> None:
    (tmp_path / "topics.tsv").write_text("# word, topic\nasap\tHaze\n", encoding="utf-8")
    pack = dataclasses.replace(get_lang_pack("id"), directory=tmp_path)
    with pytest.raises(LanguagePackError, match=r"topics\.tsv"):
        _ = pack.topics


def test_a_dash_topic_stops_a_word_from_taking_its_roots_topic() -> None:
    from warta.stories.profile import _topic

    assert _topic("id", "jagung") == "corn" and _topic("id", "kejagung") is None
    assert _topic("id", "penangkapan") == "arrest"
