"""Language packs: per-language data (abbreviations, boilerplate, actors, triggers, function words).

A pack lives in `warta/lang/<code>/` as plain, commented data files plus a small `__init__.py` that
declares `PACK = LanguagePack(...)`. Packs load lazily on first use (`get_lang_pack`). Third parties add
languages through the entry point group `warta.languages` (name = ISO 639-1 code, value = a
`LanguagePack`).
"""

from __future__ import annotations

import functools
import importlib
from importlib.metadata import entry_points

from warta.errors import Errors, LanguagePackError
from warta.lang.pack import LanguagePack

__all__ = ["BUILTIN", "LanguagePack", "available_languages", "get_lang_pack", "pack_for"]

BUILTIN = ("id", "en")
_ENTRY_POINT_GROUP = "warta.languages"


@functools.cache
def _entry_point_packs() -> dict[str, LanguagePack]:
    packs: dict[str, LanguagePack] = {}
    for ep in entry_points(group=_ENTRY_POINT_GROUP):
        pack = ep.load()
        if isinstance(pack, LanguagePack):
            packs[ep.name] = pack
    return packs


def available_languages() -> tuple[str, ...]:
    """Codes of every installed pack (built-in first)."""
    return BUILTIN + tuple(sorted(set(_entry_point_packs()) - set(BUILTIN)))


@functools.cache
def get_lang_pack(code: str) -> LanguagePack:
    """The pack for an ISO 639-1 code; raises `LanguagePackError` when none is installed."""
    if code in BUILTIN:
        module = importlib.import_module(f"warta.lang.{code}")
        pack = module.PACK
        if not isinstance(pack, LanguagePack):
            raise LanguagePackError(f"warta.lang.{code}.PACK is not a LanguagePack")
        return pack
    extra = _entry_point_packs()
    if code in extra:
        return extra[code]
    raise LanguagePackError(Errors.E003.format(code=code, opts=", ".join(available_languages())))


def pack_for(lang: str | None) -> LanguagePack | None:
    """The pack that codes text in `lang` (its own, or one that declares it in `also_for`), if any."""
    if not lang:
        return None
    if lang in available_languages():
        return get_lang_pack(lang)
    for code in available_languages():
        pack = get_lang_pack(code)
        if lang in pack.also_for:
            return pack
    return None
