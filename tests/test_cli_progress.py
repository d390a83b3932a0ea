"""`warta ingest` shows a progress bar on a terminal and nothing but the contract's lines elsewhere."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

EXAMPLES = Path(__file__).parents[1] / "examples"


def test_a_terminal_gets_a_progress_bar_with_the_rate(tmp_path: Path) -> None:
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "warta", "ingest", str(EXAMPLES), "--db", str(tmp_path / "t.duckdb")],
            stdout=subprocess.DEVNULL, stderr=secondary, timeout=120, check=False,
        )  # fmt: skip
        os.close(secondary)
        secondary = -1
        chunks = []
        while True:
            try:
                data = os.read(primary, 65536)
            except OSError:  # the terminal is closed once everything is read
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(primary)
        if secondary >= 0:
            os.close(secondary)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "docs/s" in out and "coding" in out
    assert out.rstrip().splitlines()[-1].startswith("read ")


def test_a_pipe_gets_no_progress_bar(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "warta", "ingest", str(EXAMPLES), "--db", str(tmp_path / "p.duckdb")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0
    assert "docs/s" not in proc.stderr and "\r" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [proc.stderr.strip().splitlines()[-1]]  # only the summary
