"""Without PySpark, `warta spark` says what is missing and how to install it; nothing else needs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from warta.cli import main
from warta.errors import MissingExtraError
from warta.spark import run_spark


@pytest.fixture
def no_pyspark(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if PySpark were not installed: importing it fails."""
    for name in [m for m in sys.modules if m == "pyspark" or m.startswith("pyspark.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pyspark", None)


def test_the_command_names_the_extra_to_install(no_pyspark: None, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["spark", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "PySpark, which is not installed" in result.output
    assert "pip install 'warta[spark]'" in result.output
    assert not (tmp_path / "out").exists()


def test_the_library_raises_the_error_of_its_hierarchy(no_pyspark: None, tmp_path: Path) -> None:
    with pytest.raises(MissingExtraError, match=r"warta\[spark\]"):
        run_spark([str(tmp_path)], tmp_path / "out")


def test_a_fresh_interpreter_without_pyspark_says_the_same(tmp_path: Path) -> None:
    """The spark-submit entry point (python -m warta.spark), PySpark blocked before anything imports it."""
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    code = (
        "import sys, runpy; sys.modules['pyspark'] = None; "
        f"sys.argv = ['warta.spark', {str(tmp_path / 'a.jsonl')!r}, '--out', {str(tmp_path / 'out')!r}]; "
        "runpy.run_module('warta.spark', run_name='__main__')"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "pip install 'warta[spark]'" in done.stderr and "Traceback" not in done.stderr
