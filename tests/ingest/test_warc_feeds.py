"""WARC and feed files written here (our own invented articles) are read with their metadata."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

from warta.ingest import read_inputs
from warta.model import Article, Skip
from warta.pipeline import Pipeline
from warta.runner import RunReport, StoryUpdater, ingest_into
from warta.store import EventFilter, Store

BODY = (
    "JAKARTA - Pemerintah Indonesia memanggil Duta Besar Australia di Jakarta pada Senin (16/3/2026) "
    "untuk meminta penjelasan atas penangkapan tiga nelayan Indonesia di Laut Timor. Menteri Luar Negeri "
    "Indonesia mengecam penangkapan itu dan mendesak Canberra segera membebaskan ketiga nelayan tersebut."
)
PAGE = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Indonesia Panggil Dubes Australia soal Nelayan</title>
<meta property="og:title" content="Indonesia Panggil Dubes Australia soal Nelayan">
<meta property="og:site_name" content="Kabar Contoh">
<meta property="article:published_time" content="2026-03-16T19:30:00+07:00">
</head><body><nav><a href="/">Beranda</a> <a href="/dunia">Dunia</a></nav>
<article><h1>Indonesia Panggil Dubes Australia soal Nelayan</h1><p>{BODY}</p>
<p>Juru bicara kementerian mengatakan nota protes telah dikirim ke Canberra.</p></article>
<footer>Hak cipta Kabar Contoh</footer></body></html>"""
URL = "https://kabar.example/dunia/2026/03/16/dubes-australia"


def warc_record(kind: str, url: str, payload: bytes, record_id: str) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2026-03-20T02:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{record_id}>\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode() + payload + b"\r\n\r\n"


def http(status: str, content_type: str, body: bytes) -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body


def warc_bytes() -> bytes:
    return b"".join(
        [
            warc_record("request", URL, b"GET /dunia HTTP/1.1\r\nHost: kabar.example\r\n\r\n", "1"),
            warc_record("response", URL, http("200 OK", "text/html; charset=utf-8", PAGE.encode()), "2"),
            warc_record(
                "response", "https://kabar.example/gone", http("404 Not Found", "text/html", b"<p>x</p>"), "3"
            ),
            warc_record(
                "response", "https://kabar.example/logo.png", http("200 OK", "image/png", b"\x89PNG..."), "4"
            ),
        ]
    )


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_a_warc_file_gives_its_html_responses_with_url_date_and_title(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = warc_bytes()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    items = list(read_inputs([str(path)]))
    articles = [i for i in items if isinstance(i, Article)]
    skips = [i for i in items if isinstance(i, Skip)]
    assert len(articles) == 1 and len(skips) == 2  # the request record is no document
    a = articles[0]
    assert a.url == URL
    assert a.published == dt.date(2026, 3, 16)
    assert a.title == "Indonesia Panggil Dubes Australia soal Nelayan"
    assert "memanggil Duta Besar Australia" in a.source_text and "Beranda" not in a.source_text
    assert sorted(s.reason.split(" ")[0] for s in skips) == ["HTTP", "not"]
    assert a.doc_id == next(i for i in read_inputs([str(path)]) if isinstance(i, Article)).doc_id  # stable


def test_a_broken_warc_file_is_a_skip_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a web archive\n" * 20)
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], Skip) and "WARC" in items[0].reason


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kabar Contoh</title><link>https://kabar.example/</link><language>id-ID</language>
<item><title>Indonesia Panggil Dubes Australia soal Nelayan</title><link>{URL}</link>
<guid>kabar-1001</guid><pubDate>Mon, 16 Mar 2026 12:30:00 GMT</pubDate>
<description>Ringkasan singkat.</description>
<content:encoded><![CDATA[<p>{BODY}</p><p>Nota protes telah dikirim.</p><script>alert(1)</script>]]></content:encoded></item>
<item><title>Filipina Kecam Latihan Militer Tiongkok</title><link>https://kabar.example/2</link>
<pubDate>Tue, 17 Mar 2026 01:00:00 GMT</pubDate>
<description>Pemerintah Filipina mengecam latihan militer Tiongkok di dekat Scarborough Shoal pada Selasa.</description></item>
<item><title>Foto: Suasana Pagi</title><link>https://kabar.example/3</link><description>Foto.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Example Wire</title>
<entry><title>Japan pledges flood aid to the Philippines</title><id>tag:wire.example,2026:77</id>
<link href="https://wire.example/77"/><updated>2026-03-18T09:00:00Z</updated>
<summary>Japan pledged emergency aid to the Philippines on Wednesday after floods displaced thousands.</summary>
</entry></feed>"""


def test_rss_and_atom_items_are_articles_with_title_link_date_outlet_and_language(tmp_path: Path) -> None:
    (tmp_path / "kabar.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "wire.atom").write_text(ATOM, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    articles = {a.url: a for a in items if isinstance(a, Article)}
    skips = [i for i in items if isinstance(i, Skip)]
    assert len(articles) == 3 and len(skips) == 1 and "no article text" in skips[0].reason
    first = articles[URL]
    assert (first.title, first.published, first.outlet, first.lang_hint) == (
        "Indonesia Panggil Dubes Australia soal Nelayan", dt.date(2026, 3, 16), "Kabar Contoh", "id",
    )  # fmt: skip
    assert (
        BODY in first.source_text and "Nota protes" in first.source_text
    )  # the full content, not the summary
    assert "alert" not in first.source_text and "<p>" not in first.source_text
    assert articles["https://kabar.example/2"].source_text.startswith("Pemerintah Filipina mengecam")
    atom = articles["https://wire.example/77"]
    assert (atom.title, atom.published, atom.outlet, atom.lang_hint) == (
        "Japan pledges flood aid to the Philippines", dt.date(2026, 3, 18), "Example Wire", "en",
    )  # fmt: skip


def test_a_file_with_no_feed_items_is_a_skip(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text(
        "<urlset><url><loc>https://x</loc></url></urlset>", encoding="utf-8"
    )
    items = list(read_inputs([str(tmp_path / "sitemap.xml")]))
    assert len(items) == 1 and isinstance(items[0], Skip) and "no RSS or Atom items" in items[0].reason


def test_warc_and_feed_articles_are_coded_and_stored_with_their_urls(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "crawl.warc.gz").write_bytes(gzip.compress(warc_bytes()))
    (tmp_path / "in" / "kabar.rss").write_text(RSS, encoding="utf-8")
    report = RunReport()
    with Store.open(tmp_path / "w.duckdb") as store:
        ingest_into(store, read_inputs([str(tmp_path / "in")]), pipeline=Pipeline(), report=report,
                    on_skip=lambda s: None, stories=StoryUpdater(store))  # fmt: skip
        events = store.events(EventFilter(factuality="asserted"))
    assert report.coded == 3 and len(report.skipped) == 3
    summoned = [e for e in events if e["actor"] and e["actor"][0]["code"] == "IDN" and e["event"] != "ACCUSE"]
    assert summoned and {e["date"] for e in summoned} >= {"2026-03-16"}
    assert len({e["story_id"] for e in summoned}) == 1  # the page and the feed item are one story
