"""Code tables for GDELT 2.0 rows: countries (FIPS 10-4, CAMEO), actor types, known groups, quad classes.

`countries.tsv` says where its codes come from. The small tables below are written out here because
each is a handful of documented choices (docs/gdelt.md explains every one).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Country", "actor_type", "country", "known_group", "quad_class"]


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # Warta's code (ISO 3166 alpha-3, KOS)
    fips: str | None  # FIPS 10-4 (GDELT geography)
    cameo: str  # CAMEO country code (GDELT actors)
    name: str  # English short name


# PLOVER sector -> CAMEO actor type (GDELT's CAMEO.type lookup). PLOVER renamed two: health is MED in
# PLOVER and HLH in CAMEO, where MED means media (PLOVER JRN). Sectors CAMEO has no type for (PRM
# pro-government paramilitary, PTY parties, PRE partially recognised entities, REL religious, whose
# CAMEO counterpart is a religion code Warta does not assign, and UNK) get none.
_TYPES = {
    "COP": "COP", "GOV": "GOV", "JUD": "JUD", "LEG": "LEG", "MIL": "MIL", "REB": "REB", "SPY": "SPY",
    "UAF": "UAF", "OPP": "OPP", "AGR": "AGR", "BUS": "BUS", "CRM": "CRM", "CVL": "CVL", "EDU": "EDU",
    "ELI": "ELI", "LAB": "LAB", "REF": "REF", "MED": "HLH", "JRN": "MED", "SOC": "NGO",
}  # fmt: skip

# Warta's non-state codes -> (CAMEO actor code, CAMEO type). The UN and the EU have full CAMEO codes
# (IGOUNO, IGOEUREEC, as GDELT writes them); the others keep their generic type only.
NON_STATE = {
    "UNO": ("IGOUNO", "IGO"),
    "EUR": ("IGOEUREEC", "IGO"),
    "IGO": ("IGO", "IGO"),
    "NGO": ("NGO", "NGO"),
    "IMG": ("IMG", "IMG"),
    "MNC": ("MNC", "MNC"),
    "ISM": ("NGM", "NGM"),  # international social movement: CAMEO's non-governmental movement
}

# Organisation names (as Warta's gazetteer names them, casefolded) -> CAMEO known group code.
_KNOWN_GROUPS = {
    "un": "UNO", "united nations": "UNO", "european union": "EEC", "eu": "EEC", "nato": "NAT",
    "asean": "ASN", "opec": "OPC", "who": "WHO", "wto": "WTO", "imf": "IMF", "world bank": "WBK",
    "icc": "ICC", "icj": "ICJ", "interpol": "ITP", "osce": "SCE", "iaea": "IAE", "unhcr": "HCR",
    "unicef": "KID", "ohchr": "HCH", "g7": "GOS", "arab league": "ARL", "gcc": "GCC", "oic": "OIC",
    "amnesty international": "AMN", "human rights watch": "HRW", "hrw": "HRW", "icrc": "CRC",
    "msf": "MSF", "hamas": "HMS", "hezbollah": "HEZ", "taliban": "TAL", "al qaeda": "ALQ",
}  # fmt: skip

# CAMEO root -> GDELT QuadClass, as GDELT assigns it (PLOVER.md section 8: 01-05 verbal cooperation,
# 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict).
_QUADS = {
    f"{root:02d}": 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4 for root in range(1, 21)
}


@functools.cache
def _countries() -> dict[str, Country]:
    table: dict[str, Country] = {}
    path = Path(__file__).with_name("countries.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, fips, cameo, name = line.split("\t")
        table[code] = Country(code, None if fips == "-" else fips, cameo, name)
    return table


def country(code: str | None) -> Country | None:
    """The country of a Warta country code (None for non-state codes and unknown codes)."""
    return _countries().get(code) if code else None


def actor_type(sector: str | None) -> str | None:
    """The CAMEO actor type of a PLOVER sector (None where CAMEO has none)."""
    return _TYPES.get(sector) if sector else None


def known_group(name: str | None, code: str | None) -> str | None:
    """The CAMEO known group code of an organisation, by Warta's code (UNO, EUR) or its name."""
    if code == "UNO":
        return "UNO"
    if code == "EUR":
        return "EEC"
    return _KNOWN_GROUPS.get(name.casefold()) if name else None


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass of a CAMEO code (by its two-digit root)."""
    return _QUADS.get(cameo[:2]) if cameo else None
