"""An ingest killed with SIGKILL midway and started again stores every article exactly once, with its
events and its story, and accounts for every document."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from warta.bench import build_corpus

N = 700


def command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "warta", "ingest", str(corpus), "--db", str(db), "--workers", "2"]


def run(corpus: Path, db: Path) -> str:
    """A whole ingest; its summary line."""
    done = subprocess.run(command(corpus, db), capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1]


def _children(pid: int) -> list[int]:
    """The processes `pid` started (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:

        def one(sql: str) -> int:
            row = con.execute(sql).fetchone()
            return int(row[0]) if row else 0

        return {
            "articles": one("SELECT count(*) FROM articles"),
            "distinct": one("SELECT count(DISTINCT doc_id) FROM articles"),
            "events": one("SELECT count(*) FROM events"),
            "distinct_events": one("SELECT count(DISTINCT (doc_id, id)) FROM events"),
            "unplaced": one(
                "SELECT count(*) FROM article_profiles WHERE doc_id NOT IN (SELECT doc_id FROM article_stories)"
            ),
            "skips": one("SELECT count(*) FROM skips"),
            "distinct_skips": one("SELECT count(DISTINCT (doc_id, source)) FROM skips"),
            "grouped": one("SELECT count(*) FROM event_groups"),
        }
    finally:
        con.close()


def test_sigkill_midway_then_restart_loses_and_duplicates_nothing(shared: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    build_corpus(shared / "corpus" / "news.jsonl", corpus, N)
    clean = tmp_path / "clean.duckdb"
    run(corpus, clean)
    expected = counts(clean)

    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(command(corpus, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 120
    while not (wal.exists() and wal.stat().st_size > 200_000) and proc.poll() is None:
        assert time.monotonic() < deadline, "the ingest wrote nothing in two minutes"
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest finished before it could be killed: raise N"
    children = _children(proc.pid)
    assert children  # the coding workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in children), "coding workers outlived the ingest"
    partial = counts(db)
    assert 0 < partial["articles"] < expected["articles"]  # killed midway

    summary = run(corpus, db)
    after = counts(db)
    assert after == expected  # everything once: articles, events, skips, stories, merged events
    assert after["articles"] == after["distinct"] and after["unplaced"] == 0
    assert after["skips"] == after["distinct_skips"]
    assert summary.startswith(f"read {N},")  # every document of the input accounted for
