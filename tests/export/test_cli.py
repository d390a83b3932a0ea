"""`warta export` as users run it (a real subprocess): each format, stdout or -o, the summary, errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
from click.testing import CliRunner, Result

from warta.cli import main

WARTA = [sys.executable, "-m", "warta"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """A real process (for what users see on stdout and stderr)."""
    return subprocess.run(
        [*WARTA, "export", *args], capture_output=True, text=True, encoding="utf-8", timeout=120
    )


def invoke(*args: str) -> Result:
    """In process, for the quicker checks."""
    return CliRunner().invoke(main, ["export", *args])


def test_each_format_with_its_summary(export_db: Path, records: list[dict[str, Any]], tmp_path: Path) -> None:
    n = len(records)
    plover = run("--db", str(export_db), "--format", "plover")
    assert plover.returncode == 0, plover.stderr
    assert plover.stderr.strip().splitlines()[-1] == f"exported {n} events"
    assert [json.loads(line)["id"] for line in plover.stdout.splitlines()] == [r["id"] for r in records]

    gdelt = run("--db", str(export_db), "--format", "gdelt")
    rows = [line.split("\t") for line in gdelt.stdout.splitlines()]
    assert len(rows) == n and all(len(r) == 61 for r in rows)
    again = invoke("--db", str(export_db), "--format", "gdelt", "--header")
    assert again.stdout.splitlines()[1:] == gdelt.stdout.splitlines()  # same ids, same rows

    out = tmp_path / "events.csv"
    written = invoke("--db", str(export_db), "--format", "csv", "-o", str(out))
    assert written.exit_code == 0 and (written.stdout, written.stderr) == ("", f"exported {n} events\n")
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))) == n

    directory = tmp_path / "parquet"
    result = run("--db", str(export_db), "--format", "parquet", "-o", str(directory))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == f"exported {n} events"
    with duckdb.connect() as con:
        query = f"SELECT count(*) FROM read_parquet('{directory}/*/*.parquet', hive_partitioning = true)"
        assert con.execute(query).fetchall() == [(n,)]


def test_filters(export_db: Path) -> None:
    result = invoke("--db", str(export_db), "--format", "plover", "--actor", "rus", "--since", "2026-03-01")
    assert [json.loads(line)["actor"][0]["code"] for line in result.stdout.splitlines()] == ["RUS", "RUS"]
    assert result.stderr == "exported 2 events\n"
    dedup = invoke("--db", str(export_db), "--format", "gdelt", "--dedup", "--type", "sanction")
    assert len(dedup.stdout.splitlines()) == 2  # recall-a's two events; recall-b reports the same ones


def test_errors_say_what_to_do(export_db: Path, tmp_path: Path) -> None:
    missing = run("--db", str(tmp_path / "none.duckdb"), "--format", "csv")
    assert missing.returncode == 1 and "warta ingest" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "none.duckdb").exists()
    no_dir = invoke("--db", str(export_db), "--format", "parquet")
    assert no_dir.exit_code == 1 and "-o DIR" in no_dir.output
    unknown = invoke("--db", str(export_db), "--format", "xml")
    assert unknown.exit_code == 2 and "'xml' is not one of" in unknown.output
    header = invoke("--db", str(export_db), "--format", "csv", "--header")
    assert header.exit_code == 1 and "gdelt only" in header.output
    bad_out = invoke("--db", str(export_db), "--format", "csv", "-o", str(tmp_path / "no" / "such" / "x.csv"))
    assert bad_out.exit_code == 1 and "Cannot write" in bad_out.output
