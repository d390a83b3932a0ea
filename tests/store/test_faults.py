"""Faults of the disk, through the real command: a read-only directory or database file, a missing
directory and a full disk each stop `warta ingest` with a message that says what happened and how to
fix it (never a traceback), and after a full disk the same command, run again, loses nothing."""

from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

WARTA = [sys.executable, "-m", "warta"]
WORDS = (
    "Indonesia mengecam Malaysia pada Kamis atas penangkapan nelayan di perairan Natuna kata menteri".split()
)
N = 600


def corpus(path: Path, n: int = N) -> Path:
    rng = random.Random(3)
    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            sentences = (" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() for _ in range(30))
            fh.write(
                json.dumps({"id": f"d{k}", "text": ". ".join(sentences) + ".", "published": "2024-01-02"})
            )
            fh.write("\n")
    return path


def warta(*args: str, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WARTA, *args], capture_output=True, text=True, timeout=600, check=False,
                          preexec_fn=preexec)  # fmt: skip


def failed_clearly(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode != 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("Error: "), done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


def _writable(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Makes a file or directory read-only: permissions, and for root (whom permissions do not stop)
    the immutable attribute; undone afterwards."""
    made: list[Path] = []
    chattr = shutil.which("chattr") if os.geteuid() == 0 else None

    def make(path: Path) -> None:
        path.chmod(0o555 if path.is_dir() else 0o444)
        made.append(path)
        if chattr:
            subprocess.run([chattr, "+i", str(path)], check=False, capture_output=True)

    yield make
    for path in made:
        if chattr:
            subprocess.run([chattr, "-i", str(path)], check=False, capture_output=True)
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_directory(tmp_path: Path, read_only: Callable[[Path], None]) -> None:
    source = corpus(tmp_path / "in.jsonl", 3)
    folder = tmp_path / "locked"
    folder.mkdir()
    read_only(folder)
    if _writable(folder):
        pytest.skip("cannot make a directory read-only here")
    done = warta("ingest", str(source), "--db", str(folder / "x.duckdb"))
    failed_clearly(done, "read-only", "give --db a file in a writable directory")


def test_a_read_only_database_file(tmp_path: Path, read_only: Callable[[Path], None]) -> None:
    source = corpus(tmp_path / "in.jsonl", 3)
    db = tmp_path / "x.duckdb"
    assert warta("ingest", str(source), "--db", str(db), "--workers", "1").returncode == 0
    read_only(db)
    if os.access(db, os.W_OK) and os.geteuid() != 0:
        pytest.skip("cannot make a file read-only here")
    failed_clearly(warta("ingest", str(source), "--db", str(db)), "read-only", "Make it writable")
    listed = warta("events", "--db", str(db), "--format", "jsonl")  # reading it still works
    assert listed.returncode == 0 and listed.stdout.count("\n") >= 1, listed.stderr


def test_a_missing_directory(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in.jsonl", 3)
    done = warta("ingest", str(source), "--db", str(tmp_path / "no" / "such" / "x.duckdb"))
    failed_clearly(done, "directory does not exist")


def _file_size_limit(size: int) -> Callable[[], None]:
    """A full disk without root: the process may write no file past `size` bytes (EFBIG, as ENOSPC)."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails instead of killing the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


def test_a_full_disk_then_the_same_command_again(tmp_path: Path) -> None:
    source = corpus(tmp_path / "in.jsonl")
    db = tmp_path / "x.duckdb"
    args = ("ingest", str(source), "--db", str(db), "--workers", "1")
    full = warta(*args, preexec=_file_size_limit(1_000_000))
    failed_clearly(full, "cannot grow", "File too large", "run the same command again")
    again = warta(*args)
    assert again.returncode == 0, again.stderr
    coded, skipped = map(int, re.findall(r"\d+", again.stderr.strip().splitlines()[-1])[1:])
    assert coded + skipped == N and again.stderr.count("already stored") == skipped
    con = duckdb.connect(str(db), read_only=True)
    try:
        counts = con.execute(
            "SELECT count(*), count(DISTINCT doc_id), (SELECT count(*) FROM skips), "
            "(SELECT count(*) FROM article_profiles WHERE doc_id NOT IN (SELECT doc_id FROM article_stories)) "
            "FROM articles"
        ).fetchone()
    finally:
        con.close()
    assert counts == (N, N, 0, 0)  # every article once, placed, nothing left skipped
