"""Hostile input through the real command (`warta ingest` in a subprocess): no crash, no hang, every
document coded or skipped with its reason, the summary line accounting for each, skips stored."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.robustness.corpus import EN_TEXT, ID_TEXT, Expect, build
from warta.model import scrub

WARTA = [sys.executable, "-m", "warta"]
TIMEOUT = 600  # a hang fails the test instead of stopping CI


@dataclass(frozen=True)
class Ingested:
    corpus: Path
    db: Path
    expects: list[Expect]
    returncode: int
    stderr: str


def ingest(corpus: Path, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*WARTA, "ingest", str(corpus), "--db", str(db), "--workers", "1", *extra],
        capture_output=True, text=True, errors="replace", timeout=TIMEOUT, check=False,
    )  # fmt: skip


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Ingested:
    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "corpus"
    expects = build(corpus)
    db = folder / "hostile.duckdb"
    done = ingest(corpus, db)
    return Ingested(corpus, db, expects, done.returncode, done.stderr)


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def where(run: Ingested, expect: Expect) -> str:
    """The source Warta records for an expected document (file names repaired as the store does)."""
    return scrub(f"{run.corpus}/{expect.source}")


def test_no_crash_and_the_summary_accounts_for_every_document(ingested: Ingested) -> None:
    assert ingested.returncode == 0, ingested.stderr[-3000:]
    assert "Traceback" not in ingested.stderr
    lines = ingested.stderr.strip().splitlines()
    coded = sum(e.reason is None for e in ingested.expects)
    skipped = len(ingested.expects) - coded
    assert lines[-1] == f"read {len(ingested.expects)}, coded {coded}, skipped {skipped}"
    assert len(lines) == skipped + 1 and all(line.startswith("skipped ") for line in lines[:-1]), lines


def test_each_document_is_coded_or_skipped_with_its_reason(ingested: Ingested) -> None:
    stored = {str(s) for (s,) in rows(ingested.db, "SELECT source FROM articles")}
    skips = {str(s): str(r) for s, r in rows(ingested.db, "SELECT source, reason FROM skips")}
    wrong = []
    for expect in ingested.expects:
        source = where(ingested, expect)
        if expect.reason is None:
            if source not in stored:
                wrong.append(f"{expect.source}: not coded ({skips.get(source, 'not skipped either')})")
        elif source not in skips:
            wrong.append(f"{expect.source}: not skipped ({'coded' if source in stored else 'lost'})")
        elif expect.reason.lower() not in skips[source].lower():
            wrong.append(f"{expect.source}: skipped for '{skips[source]}', expected '{expect.reason}'")
    assert not wrong, "\n".join(wrong)
    assert len(stored) + len(skips) == len(ingested.expects)  # nothing else, nothing twice


def test_values_that_break_things_are_stored_repaired(ingested: Ingested) -> None:
    def one(sql: str) -> object:
        found = rows(ingested.db, sql)
        assert len(found) == 1, (sql, found)
        return found[0][0]

    assert one("SELECT doc_id FROM articles WHERE source LIKE '%lone-surrogate.jsonl:1'") == "sur\ufffdgate"
    assert one("SELECT source FROM articles WHERE source LIKE '%-name.txt'").endswith("bad-\ufffd-name.txt")  # type: ignore[attr-defined]
    for doc in ("year-one", "year-max", "bad-date", "dict-date", "nan"):
        assert one(f"SELECT published FROM articles WHERE doc_id = '{doc}'") is None
    assert one("SELECT published FROM articles WHERE doc_id = 'ok-1'") is not None
    assert one("SELECT count(*) FROM articles WHERE doc_id = 'x''); DROP TABLE articles;--'") == 1
    assert one("SELECT stage FROM skips WHERE source LIKE '%huge.txt'") == "clean"


def test_events_of_hostile_documents_keep_their_evidence(ingested: Ingested) -> None:
    result = subprocess.run([*WARTA, "events", "--db", str(ingested.db), "--format", "jsonl"],
                            capture_output=True, text=True, timeout=TIMEOUT, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    by_doc: dict[str, list[dict[str, object]]] = {}
    for ev in events:
        by_doc.setdefault(ev["doc_id"], []).append(ev)
    for doc in ("utf16", "utf16-be", "cp1252", "controls", "script-payload", "markup", "runon"):
        assert by_doc.get(doc), f"{doc}: no events"
    for ev in events:
        assert "<script" not in ev["evidence"]["text"] or ev["doc_id"] == "markup"


def test_a_second_run_stores_nothing_twice(ingested: Ingested) -> None:
    before = rows(ingested.db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM skips)")
    again = ingest(ingested.corpus, ingested.db)
    assert again.returncode == 0 and "Traceback" not in again.stderr
    n = len(ingested.expects)
    assert again.stderr.strip().splitlines()[-1] == f"read {n}, coded 0, skipped {n}"
    after = rows(ingested.db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM skips)")
    assert after == before


def test_a_document_past_the_time_limit_is_skipped_not_waited_for(tmp_path: Path) -> None:
    source = tmp_path / "slow.jsonl"
    records = [{"id": f"doc-{n}", "text": f"{ID_TEXT}\n\n{EN_TEXT}", "lang": "id"} for n in range(3)]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    done = subprocess.run([*WARTA, "code", str(source), "--time-limit", "0.001"], capture_output=True,
                          text=True, timeout=TIMEOUT, check=False)  # fmt: skip
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == "read 3, coded 0, skipped 3", lines
    assert all("took longer than the time limit of 0.001 s per document (in stage '" in x for x in lines[:-1])


def test_stdin_bytes_in_any_encoding_are_read_like_files() -> None:
    data = (
        json.dumps({"id": "latin", "text": "Café " + EN_TEXT}, ensure_ascii=False).encode("latin-1")
        + b"\n\xff\x00 not json\n"
        + json.dumps({"id": "utf8", "text": "Kafé " + ID_TEXT}, ensure_ascii=False).encode("utf-8")
    )
    done = subprocess.run(
        [*WARTA, "code", "-"], input=data, capture_output=True, timeout=TIMEOUT, check=False
    )
    stderr = done.stderr.decode("utf-8", errors="replace")
    assert done.returncode == 0 and "Traceback" not in stderr, stderr
    assert stderr.strip().splitlines()[-1] == "read 3, coded 2, skipped 1"
    evidence = " ".join(json.loads(line)["evidence"]["text"] for line in done.stdout.decode().splitlines())
    assert "Café" in evidence and "Kafé" in evidence
