"""The PLOVER 2.0 ontology: event types, their modes, quads, scores and the CAMEO/Goldstein crosswalk.

Data in `plover.tsv` (sources and choices documented there). `EVENT_TYPES` and `MODES` are the
vocabulary every coded event must use; `crosswalk(type, mode)` gives the derived scores.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "EVENT_TYPES",
    "FACTUALITIES",
    "ORGANISATION_CODES",
    "SECTORS",
    "Crosswalk",
    "crosswalk",
    "is_actor_code",
    "modes_of",
]

EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
FACTUALITIES = ("asserted", "negated", "anticipated", "hypothetical", "historical")
# Non-state codes allowed in `actor[].code` besides ISO 3166 alpha-3 (CONTRACT.md).
ORGANISATION_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS", "PSE"})
# PLOVER sector codes (PLOVER.md section 5).
SECTORS = frozenset(
    """
    COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK
    AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC
    """.split()
)


@dataclass(frozen=True, slots=True)
class Crosswalk:
    quad: int
    plover_score: float
    cameo: str
    goldstein: float


@functools.cache
def _table() -> dict[tuple[str, str | None], Crosswalk]:
    table: dict[tuple[str, str | None], Crosswalk] = {}
    path = Path(__file__).with_name("plover.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        etype, mode, quad, score, cameo, goldstein = line.split("\t")
        table[(etype, None if mode == "-" else mode)] = Crosswalk(
            int(quad), float(score), cameo, float(goldstein)
        )
    return table


@functools.cache
def modes_of(event_type: str) -> frozenset[str]:
    """The PLOVER modes of a type (empty for types without modes). Cached: every coded event asks."""
    return frozenset(m for (t, m) in _table() if t == event_type and m is not None)


def crosswalk(event_type: str, mode: str | None) -> Crosswalk:
    """Quad, PLOVER score, CAMEO code and Goldstein value of a type and mode (the type's, if no mode)."""
    table = _table()
    return table.get((event_type, mode)) or table[(event_type, None)]


@functools.cache
def _iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def is_actor_code(code: str) -> bool:
    """True for a code CONTRACT.md allows in `actor[].code`: ISO alpha-3 or a non-state code."""
    return code in ORGANISATION_CODES or code in _iso_codes()
