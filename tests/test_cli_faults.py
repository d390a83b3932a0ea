"""Output faults: a missing directory for `warta code -o` and a full disk on standard output (any
command) end with a message, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

WARTA = [sys.executable, "-m", "warta"]
TEXT = "JAKARTA - Indonesia condemned Malaysia on Thursday over the arrest of fishermen."


def test_output_in_a_missing_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    done = subprocess.run([*WARTA, "code", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "out.jsonl")],
                          capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "Cannot write" in done.stderr and "No such file or directory" in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_disk_on_standard_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    assert subprocess.run([*WARTA, "ingest", str(tmp_path), "--db", str(db)], capture_output=True,
                          timeout=300, check=False).returncode == 0  # fmt: skip
    for command in (["code", str(tmp_path / "a.txt")], ["events", "--db", str(db)], ["events", "--db", str(db),
                    "--format", "jsonl"], ["actors", "tag", str(tmp_path / "a.txt")]):  # fmt: skip
        with Path("/dev/full").open("w") as full:
            done = subprocess.run([*WARTA, *command], stdout=full, stderr=subprocess.PIPE, text=True, timeout=300,
                                  check=False)  # fmt: skip
        assert done.returncode != 0 and "Traceback" not in done.stderr and "Exception" not in done.stderr
        assert done.stderr.startswith("Error: Cannot write '<stdout>': No space left on device"), command
