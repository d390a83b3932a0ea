"""The package surface: nothing prints on import, public names are importable, data ships."""

from __future__ import annotations

import subprocess
import sys

import pytest

import warta
from warta.ontology import EVENT_TYPES, crosswalk, modes_of

MODULES = [
    "warta",
    "warta.cli",
    "warta.pipeline",
    "warta.ingest",
    "warta.clean",
    "warta.langid",
    "warta.sentences",
    "warta.actors",
    "warta.coding",
    "warta.store",
    "warta.export",
    "warta.evaluate",
    "warta.ontology",
    "warta.lang",
    "warta.spark",
]


@pytest.mark.parametrize("module", MODULES)
def test_import_prints_nothing(module: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""


@pytest.mark.parametrize("module", [m for m in MODULES if m not in ("warta", "warta.cli")])
def test_all_names_exist(module: str) -> None:
    mod = __import__(module, fromlist=["__all__"])
    for name in getattr(mod, "__all__", []):
        assert hasattr(mod, name), f"{module}.__all__ lists missing {name}"


def test_version() -> None:
    assert warta.__version__.count(".") == 2


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_crosswalk_covers_every_type_and_mode(event_type: str) -> None:
    for mode in [None, *modes_of(event_type)]:
        xw = crosswalk(event_type, mode)
        assert 1 <= xw.quad <= 4 and -10 <= xw.plover_score <= 10 and -10 <= xw.goldstein <= 10 and xw.cameo
