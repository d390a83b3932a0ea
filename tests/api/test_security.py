"""Security and the one error shape: SQL payloads in filters, the write token, body size, time limit."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import TOKEN, Live, build_db, start, stop
from warta.errors import TimeLimitError
from warta.store import Store

PAYLOADS = ["' OR 1=1 --", "RUS' OR '1'='1", "'; DROP TABLE events; --", 'x" OR 1=1 --', "%' --", "_"]


def assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False and body["status"] == status and body["error"]
    assert isinstance(body["errors"], list)
    return body


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize(
    "name", ["type", "mode", "actor", "recipient", "factuality", "lang", "story", "doc", "q"]
)
def test_filters_cannot_inject_sql(client: httpx.Client, name: str, payload: str) -> None:
    before = client.get("/api/status").json()["counts"]
    response = client.get("/api/events", params={name: payload})
    assert response.status_code == 200, response.text
    assert response.json()["total"] == 0
    assert client.get("/api/status").json()["counts"] == before


@pytest.mark.parametrize("payload", PAYLOADS)
def test_search_and_path_parameters_cannot_inject_sql(client: httpx.Client, payload: str) -> None:
    assert client.get("/api/stories", params={"q": payload}).json()["total"] == 0
    assert client.get("/api/actors", params={"q": payload}).json()["total"] == 0
    assert_error(client.get(f"/api/events/{payload}"), 404)
    assert_error(client.get(f"/api/stories/{payload}"), 404)


@pytest.mark.parametrize(
    "params", [{"sort": "date; DROP TABLE events"}, {"sort": "id"}, {"dyad": "' OR 1=1 --"}, {"limit": 0}]
)
def test_invalid_parameters_get_422_in_the_one_shape(client: httpx.Client, params: dict[str, Any]) -> None:
    body = assert_error(client.get("/api/events", params=params), 422)
    assert body["errors"] and body["errors"][0]["loc"][0] == "query"


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/api/nothing-here", 404),
        ("GET", "/api/events/0000", 404),
        ("GET", "/api/articles/nope", 404),
        ("GET", "/api/actors/ZZZ", 404),
        ("GET", "/api/dyads/RUS/U$A", 422),
        ("GET", "/api/events?since=yesterday", 422),
        ("DELETE", "/api/events", 405),
        ("POST", "/api/code", 403),
    ],
)
def test_error_shape_everywhere(client: httpx.Client, method: str, path: str, status: int) -> None:
    assert_error(client.request(method, path, json={"text": "x"}), status)


def test_read_only_server_refuses_writes(client: httpx.Client) -> None:
    body = assert_error(client.post("/api/code", json={"text": "Indonesia mengecam Malaysia."}), 403)
    assert "--token" in body["error"]
    assert_error(
        client.post("/api/code", json={"text": "x"}, headers={"Authorization": f"Bearer {TOKEN}"}), 403
    )


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    db = build_db(tmp_path_factory.mktemp("writable"))
    running = start(db, token=TOKEN, max_body=4000)
    yield Live(running.url, db)
    stop(running)


TEXT = "JAKARTA - Pemerintah Indonesia mengecam Malaysia atas penangkapan nelayan di perbatasan pada Kamis (5/3)."


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}, {"X-Token": TOKEN}],
)
def test_write_needs_the_token(writable: Live, headers: dict[str, str]) -> None:
    with writable.client() as c:
        response = c.post("/api/code", json={"text": TEXT}, headers=headers)
    assert_error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


def test_code_on_the_fly_and_store(writable: Live) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with writable.client(headers=auth) as c:
        before = c.get("/api/status").json()["counts"]["articles"]
        coded = c.post("/api/code", json={"text": TEXT, "lang": "id", "published": "2026-03-05"}).json()
        assert coded["stored"] is False and coded["doc_id"].startswith("api-")
        assert [(e["event"], e["actor"][0]["code"], e["recipient"][0]["code"]) for e in coded["events"]] == [
            ("ACCUSE", "IDN", "MYS")
        ]
        assert c.get("/api/status").json()["counts"]["articles"] == before
        stored = c.post("/api/code", json={"text": TEXT, "doc_id": "posted-1", "store": True}).json()
        assert stored["stored"] is True and stored["events"][0]["story_id"]
        found = c.get("/api/events", params={"doc": "posted-1"}).json()
        assert [e["id"] for e in found["items"]] == [e["id"] for e in stored["events"]]
        again = c.post("/api/code", json={"text": TEXT, "doc_id": "posted-1", "store": True}).json()
        assert again["stored"] is False and again["skipped"] == "already stored with the same content"
        assert_error(c.post("/api/code", json={"text": ""}), 422)
        assert_error(c.post("/api/code", json={"text": TEXT, "extra": 1}), 422)


def test_request_body_limit(writable: Live) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with writable.client(headers=auth) as c:
        body = assert_error(c.post("/api/code", json={"text": "kata " * 2000}), 413)
        assert "4000 bytes" in body["error"]
        chunks = (b'{"text": "' + b"a" * 1000, b"a" * 5000, b'"}')  # no Content-Length: chunked
        assert_error(
            c.post("/api/code", content=iter(chunks), headers={"Content-Type": "application/json"}), 413
        )


def test_a_query_past_the_time_limit_is_stopped(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.duckdb") as store:
        reader = store.reader()
        reader.time_limit = 0.2
        timer = threading.Timer(0.2, reader.interrupt)
        timer.start()
        with pytest.raises(TimeLimitError, match=r"longer than 0.2 s"):
            reader._run(lambda con: con.execute("SELECT count(*) FROM range(1000000000000)").fetchall())
        timer.join()
        assert reader.counts()["events"] == 0  # the cursor still works
        reader.close()
