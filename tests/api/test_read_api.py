"""The read endpoints against a real running server over a real DuckDB file of invented articles."""

from __future__ import annotations

from typing import Any, cast

import httpx
import pytest

from tests.api.conftest import RECALL_IDS


def events(client: httpx.Client, **params: Any) -> dict[str, Any]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return cast(dict[str, Any], response.json())


def recall(client: httpx.Client) -> dict[str, Any]:
    (found,) = events(client, type="SANCTION", mode="withdraw", doc="inv-recall-id")["items"]
    return cast(dict[str, Any], found)


def test_events_page_newest_first_with_total(client: httpx.Client) -> None:
    page = events(client)
    assert page["total"] == len(page["items"]) >= 5 and page["sort"] == "-date"
    dates = [e["date"] for e in page["items"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    first = page["items"][0]
    assert first["article"]["doc_id"] == first["doc_id"] and "evidence" in first


def test_paging_splits_without_overlap(client: httpx.Client) -> None:
    everything = [e["id"] for e in events(client, sort="date", limit=500)["items"]]
    pages = [events(client, sort="date", limit=2, offset=o) for o in range(0, len(everything), 2)]
    assert [e["id"] for p in pages for e in p["items"]] == everything
    assert all(p["total"] == len(everything) for p in pages)


@pytest.mark.parametrize("key", ["confidence", "-confidence", "type", "-reports"])
def test_sorting(client: httpx.Client, key: str) -> None:
    column = {"confidence": "confidence", "type": "event", "reports": "reports"}[key.lstrip("-")]
    values = [e[column] for e in events(client, sort=key)["items"]]
    assert values == sorted(values, reverse=key.startswith("-"))


@pytest.mark.parametrize(
    ("params", "expected_docs"),
    [
        ({"type": "sanction", "actor": "rus"}, RECALL_IDS),
        ({"recipient": "RUS"}, {"inv-aid-en"}),
        ({"dyad": "USA,RUS"}, RECALL_IDS | {"inv-aid-en"}),
        ({"dyad": "RUS-USA", "since": "2026-03-03"}, {"inv-aid-en"}),
        ({"until": "2026-03-02", "type": "SANCTION"}, RECALL_IDS),
        ({"lang": "en", "factuality": "asserted", "type": "SANCTION"}, {"inv-recall-en"}),
        ({"q": "HUMANITARIAN"}, {"inv-aid-en"}),
        ({"actor": "IDN", "min_confidence": 0.5}, {"inv-xss"}),
        ({"type": "ASSAULT"}, set()),
    ],
)
def test_filters(client: httpx.Client, params: dict[str, Any], expected_docs: set[str]) -> None:
    assert {e["doc_id"] for e in events(client, **params, limit=500)["items"]} == expected_docs


def test_story_and_dedup_filters(client: httpx.Client) -> None:
    story = recall(client)["story_id"]
    assert {e["doc_id"] for e in events(client, story=story)["items"]} == RECALL_IDS
    deduped = events(client, story=story, type="SANCTION", dedup=True)["items"]
    assert len(deduped) == 1 and deduped[0]["reports"] == 2


def test_event_has_evidence_spans_and_every_report(client: httpx.Client) -> None:
    ev = recall(client)
    body = client.get(f"/api/events/{ev['id']}").json()
    evidence = body["event"]["evidence"]
    by_kind = {s["kind"]: evidence["text"][s["start"] : s["end"]] for s in evidence["spans"]}
    assert by_kind["trigger"] == evidence["trigger"] == "memanggil pulang"
    assert by_kind["actor"] == body["event"]["actor"][0]["text"]
    assert by_kind["recipient"] == "Amerika Serikat"
    reports = body["reports"]
    assert {r["doc_id"] for r in reports} == RECALL_IDS
    assert {r["article"]["outlet"] for r in reports} == {"Kabar Contoh", "Example Herald"}
    assert all(r["real_event_id"] == body["event"]["real_event_id"] for r in reports)


def test_article_text_with_spans(client: httpx.Client) -> None:
    art = client.get("/api/articles/inv-recall-en").json()
    assert art["title"] == "Russia recalls ambassador from Washington" and art["outlet"] == "Example Herald"
    assert art["published"] == "2026-03-02" and art["events"]
    kinds = {s["kind"] for s in art["spans"]}
    assert kinds == {"actor", "trigger", "recipient"}
    triggers = {art["text"][s["start"] : s["end"]] for s in art["spans"] if s["kind"] == "trigger"}
    assert "recalled its ambassador" in triggers


def test_stories(client: httpx.Client) -> None:
    page = client.get("/api/stories").json()
    top = page["items"][0]
    assert page["total"] == 3 and top["articles"] == 2
    assert top["outlets"] == ["Example Herald", "Kabar Contoh"] and top["langs"] == ["en", "id"]
    detail = client.get(f"/api/stories/{top['story_id']}").json()
    assert {a["doc_id"] for a in detail["articles"]} == RECALL_IDS
    sanction = next(r for r in detail["real_events"] if r["event"] == "SANCTION")
    assert sanction["reports"] == 2 and (sanction["actor_code"], sanction["recipient_code"]) == ("RUS", "USA")


def test_actors(client: httpx.Client) -> None:
    page = client.get("/api/actors", params={"q": "russ"}).json()
    assert [a["code"] for a in page["items"]] == ["RUS"]
    rus = client.get("/api/actors/rus").json()
    assert rus["actor"]["as_actor"] >= 2 and {"key": "USA", "n": 3} in rus["partners"]
    assert {t["event"] for t in rus["types"] if t["role"] == "recipient"} == {"AID"}


def test_dyad_timeline(client: httpx.Client) -> None:
    top = client.get("/api/dyads").json()
    assert top[0] == {"a": "RUS", "b": "USA", "events": 2, "reports": 3}
    dyad = client.get("/api/dyads/USA/RUS", params={"by": "week"}).json()
    assert (dyad["a"], dyad["b"], dyad["by"]) == ("USA", "RUS", "week")
    assert [(p["period"], p["q2"], p["q4"], p["reports"]) for p in dyad["series"]] == [
        ("2026-03-02", 0, 1, 2),
        ("2026-03-09", 1, 0, 1),
    ]
    ordered = client.get("/api/dyads/USA/RUS", params={"by": "month", "ordered": True}).json()
    assert [(p["period"], p["events"]) for p in ordered["series"]] == [("2026-03-01", 1)]


def test_status_and_meta(client: httpx.Client) -> None:
    status = client.get("/api/status").json()
    assert status["counts"]["articles"] == 4 and status["writable"] is False and status["watch"] is None
    meta = client.get("/api/meta").json()
    assert "SANCTION" in meta["event_types"] and "withdraw" in meta["modes"]["SANCTION"]


def test_openapi_and_offline_docs(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/code", "/api/dyads/{a}/{b}"} <= set(
        schema["paths"]
    )
    assert "EventOut" in schema["components"]["schemas"]
    docs = client.get("/docs").text
    assert "/docs-assets/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_dashboard_is_served_with_a_strict_policy(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and '<script type="module" src="/static/app.js">' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for name in ("app.js", "views.js", "dom.js", "i18n.js", "timeline.js", "style.css"):
        assert client.get(f"/static/{name}").status_code == 200, name
