"""`warta serve` as users run it (a real subprocess): serving while ingesting a watched folder, and
`warta ingest` on the file the server holds stopping with a message that says what to do instead."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import ARTICLES, TOKEN, build_db, free_socket, write_articles

WARTA = [sys.executable, "-m", "warta"]


def wait_for(check: object, *, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"timed out after {seconds} s")


@dataclass(frozen=True)
class Served:
    url: str
    db: Path
    inbox: Path
    proc: subprocess.Popen[str]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("serve")
    db = build_db(folder)
    inbox = folder / "inbox"
    inbox.mkdir()
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()
    log = (folder / "serve.log").open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [*WARTA, "serve", "--db", str(db), "--port", str(port), "--watch", str(inbox)],
        stdout=log, stderr=subprocess.STDOUT, text=True, env=os.environ | {"WARTA_TOKEN": TOKEN},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: httpx.get(f"{url}/api/status").status_code == 200)
        yield Served(url, db, inbox, proc)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            proc.wait(30)
        log.close()


def test_ingest_on_a_held_file_says_what_to_do(served: Served) -> None:
    source = write_articles(served.db.parent / "more.jsonl", ARTICLES[:1])
    result = subprocess.run(
        [*WARTA, "ingest", str(source), "--db", str(served.db)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "in use by another process" in result.stderr and f"process {served.proc.pid}" in result.stderr
    assert "--watch DIR" in result.stderr and "POST /api/code" in result.stderr
    assert "Traceback" not in result.stderr
    events = subprocess.run(
        [*WARTA, "events", "--db", str(served.db)], capture_output=True, text=True, timeout=120
    )
    assert events.returncode != 0 and "GET /api/events" in events.stderr


def test_serving_while_ingesting_a_watched_folder(
    served: Served,
) -> None:
    with httpx.Client(base_url=served.url, timeout=30) as c:
        before = c.get("/api/status").json()
        assert before["writable"] is True and before["watch"]["directory"] == str(served.inbox)
        record = {"id": "watched-1", "lang": "en", "published": "2026-03-12", "outlet": "Example Herald",
                  "text": "JAKARTA - Indonesia condemned Malaysia on Thursday over the arrest of fishermen."}  # fmt: skip
        partial = served.inbox / "new.jsonl.part"  # not a readable kind: ignored until renamed
        write_articles(partial, [record])
        partial.rename(served.inbox / "new.jsonl")
        seen: list[int] = []

        def ingested() -> bool:
            seen.append(c.get("/api/events", params={"limit": 1}).status_code)  # reads go on meanwhile
            return bool(c.get("/api/events", params={"doc": "watched-1"}).json()["total"])

        wait_for(ingested)
        assert set(seen) == {200}

        def summarised() -> bool:  # events are visible once stored; the summary follows the whole file
            return c.get("/api/status").json()["watch"]["last_summary"] is not None

        wait_for(summarised)
        status = c.get("/api/status").json()
        assert status["counts"]["articles"] == before["counts"]["articles"] + 1
        assert (
            status["watch"]["last_summary"] == "read 1, coded 1, skipped 0" and status["watch"]["files"] == 1
        )


def test_readers_are_answered_throughout_a_long_ingest(served: Served) -> None:
    """A reader (the API) keeps answering while the server's writer ingests hundreds of articles, and
    what it reads only grows: no error, no torn state."""
    countries = ["Indonesia", "Malaysia", "Singapura", "Filipina", "Vietnam", "Thailand"]
    records = [
        {"id": f"bulk-{k}", "lang": "id", "published": f"2026-04-{k % 28 + 1:02d}",
         "text": f"JAKARTA - Pemerintah {countries[k % 6]} mengecam {countries[(k + 1) % 6]} pada Kamis atas "
                 f"penangkapan {k} nelayan. Menteri Luar Negeri memanggil duta besar untuk meminta penjelasan."}
        for k in range(200)
    ]  # fmt: skip
    lines = [json.dumps(r) for r in records] + ["{broken", "[1, 2]"]
    with httpx.Client(base_url=served.url, timeout=30) as c:
        before = c.get("/api/status").json()
        partial = served.inbox / "bulk.jsonl.part"
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        partial.rename(served.inbox / "bulk.jsonl")
        codes: list[int] = []
        seen: list[int] = []

        def done() -> bool:
            events = c.get("/api/events", params={"limit": 5, "sort": "-date"})
            status = c.get("/api/status")
            codes.extend([events.status_code, status.status_code])
            seen.append(status.json()["counts"]["articles"])
            return bool(status.json()["watch"]["last_summary"] == "read 202, coded 200, skipped 2")

        wait_for(done, seconds=300)
    assert set(codes) == {200}
    assert seen == sorted(seen) and seen[-1] == before["counts"]["articles"] + 200
    assert seen.count(before["counts"]["articles"]) >= 3, seen  # reads went on while the batch was coded


def test_stopping_releases_the_file(served: Served) -> None:
    served.proc.send_signal(signal.SIGINT)
    served.proc.wait(30)
    assert served.proc.returncode == 0, (served.db.parent / "serve.log").read_text(encoding="utf-8")
    result = subprocess.run([*WARTA, "events", "--db", str(served.db), "--doc", "watched-1"], capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0 and "ACCUSE" in result.stdout, result.stderr


def test_serve_without_a_database_says_how_to_make_one(tmp_path: Path) -> None:
    result = subprocess.run([*WARTA, "serve", "--db", str(tmp_path / "none.duckdb")], capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode != 0 and "warta ingest" in result.stderr
