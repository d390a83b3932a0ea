"""Shared fixtures: language packs, the pipeline, paths to ../shared, golden-file updating."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from warta.lang import LanguagePack, get_lang_pack
from warta.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden .expected.json files.")
    parser.addoption("--slow", action="store_true", help="Run slow (benchmark-sized) tests too.")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def id_pack() -> LanguagePack:
    return get_lang_pack("id")


@pytest.fixture(scope="session")
def en_pack() -> LanguagePack:
    return get_lang_pack("en")


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.fail(f"../shared not found at {SHARED}: CI and sessions keep it beside the project")
    return SHARED
