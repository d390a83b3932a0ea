"""The `warta` command as users run it (a real subprocess): CONTRACT.md's commands and summary line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WARTA = [sys.executable, "-m", "warta"]
ARTICLE = (
    "JAKARTA - Indonesia mengecam serangan udara Israel di Gaza pada Selasa (11/11/2025). "
    "Kementerian Luar Negeri RI juga memanggil duta besar Myanmar."
)


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WARTA, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kecam.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "j1", "text": ARTICLE, "published": "2025-11-12", "lang": "id"}) + "\n{broken\n",
        encoding="utf-8",
    )
    return folder


def test_code_prints_contract_records_and_summary(inputs: Path) -> None:
    result = run("code", str(inputs))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    keys = {
        "id",
        "doc_id",
        "lang",
        "event",
        "mode",
        "context",
        "actor",
        "recipient",
        "date",
        "factuality",
        "evidence",
        "speaker",
        "place",
        "confidence",
        "cameo",
        "goldstein",
        "quad",
        "plover_score",
    }
    assert all(keys <= set(r) for r in records)
    assert {r["doc_id"] for r in records} == {"kecam", "j1"}
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "read 4, coded 2, skipped 2"
    assert any("empty" in line and "empty file" in line for line in lines)
    assert any("lines:2" in line and "not valid JSON" in line for line in lines)


def test_code_to_file_and_from_stdin(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = run("code", "-", "-o", str(out), stdin=json.dumps({"id": "s", "text": ARTICLE}) + "\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").count("\n") >= 1
    assert result.stderr.strip().splitlines()[-1] == "read 1, coded 1, skipped 0"


def test_ingest_is_idempotent_and_events_filters(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    first = run("ingest", str(inputs), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stderr.strip().splitlines()[-1] == "read 4, coded 2, skipped 2"
    second = run("ingest", str(inputs), "--db", str(db))
    assert second.stderr.strip().splitlines()[-1] == "read 4, coded 0, skipped 4"
    assert "already stored" in second.stderr
    table = run("events", "--db", str(db))
    assert table.returncode == 0 and "ACCUSE" in table.stdout and "TRIGGER" in table.stdout
    jsonl = run("events", "--db", str(db), "--format", "jsonl", "--type", "accuse", "--actor", "idn")
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert records and all(r["event"] == "ACCUSE" and r["actor"][0]["code"] == "IDN" for r in records)
    csv_out = run("events", "--db", str(db), "--format", "csv")
    assert csv_out.stdout.startswith("date,event,mode,actor,recipient")


def test_events_without_database_says_what_to_do(tmp_path: Path) -> None:
    result = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode != 0 and "warta ingest" in result.stderr


def test_usage_errors_are_nonzero(tmp_path: Path) -> None:
    assert run("code").returncode == 2
    missing = run("code", str(tmp_path / "missing.txt"))
    assert missing.returncode != 0 and "No such file" in missing.stderr
    bad_date = run("events", "--db", str(tmp_path / "x.duckdb"), "--since", "yesterday")
    assert bad_date.returncode != 0


def test_evaluate_prints_scores(shared: Path) -> None:
    result = run("evaluate", str(shared / "gold" / "seeds.jsonl"), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert {"id", "all"} <= set(scores) and 0.0 <= scores["all"]["f1"] <= 1.0
    table = run("evaluate", str(shared / "gold" / "seeds.jsonl"))
    assert "F1" in table.stdout and "all" in table.stdout


def test_actors_tag(inputs: Path) -> None:
    result = run("actors", "tag", str(inputs / "kecam.txt"))
    assert result.returncode == 0, result.stderr
    mentions = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"IDN", "ISR", "MMR"} <= {m["code"] for m in mentions}
    assert all(ARTICLE[m["start"] : m["end"]] == m["text"] for m in mentions)
    assert result.stderr.strip().splitlines()[-1] == "read 1, coded 1, skipped 0"


def test_readme_demo_examples(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = run("ingest", str(ROOT / "examples"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("read ") and last.endswith("skipped 0"), result.stderr
    table = run("events", "--db", str(db))
    assert "SANCTION" in table.stdout and "negated" in table.stdout


def test_actors_discover(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Juru bicara Kementerian Luar Negeri Malaysia, Ahmad Rizal Hakim, menolak tuduhan itu.",
        encoding="utf-8",
    )
    result = run("actors", "discover", str(tmp_path))
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines() if not line.startswith("#")]
    assert rows and rows[0][:2] == ["Ahmad Rizal Hakim", "MYS"]
    assert result.stderr.strip().splitlines()[-1] == "read 1, coded 1, skipped 0"
