"""Ingest: every supported input kind, stable ids, and a Skip with a reason for each bad document."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from warta.errors import InputError
from warta.ingest import read_inputs
from warta.ingest.dates import parse_published
from warta.model import Article, Skip

ARTICLE = "Menlu Retno bertemu Menlu Jepang di Tokyo pada Senin (3/11).\nKedua menteri membahas kerja sama."


def _one(path: Path) -> Article | Skip:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1
    return items[0]


def test_txt_uses_file_stem_and_first_line_as_title(tmp_path: Path) -> None:
    path = tmp_path / "kunjungan-retno.txt"
    path.write_text("Retno ke Tokyo\n\n" + ARTICLE, encoding="utf-8")
    item = _one(path)
    assert isinstance(item, Article)
    assert item.doc_id == "kunjungan-retno"
    assert item.title == "Retno ke Tokyo"
    assert item.content_hash and item.source_text.startswith("Retno ke Tokyo")


def test_same_content_same_hash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    a, b = read_inputs([str(tmp_path)])
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.content_hash == b.content_hash and a.doc_id != b.doc_id


def test_html_body_title_date_url(tmp_path: Path) -> None:
    html = f"""<html><head><title>Retno ke Tokyo</title>
    <meta property="article:published_time" content="2025-11-04T08:00:00+07:00">
    <link rel="canonical" href="https://example.org/retno-tokyo"></head>
    <body><nav><a href="/">Beranda</a></nav><article><h1>Retno ke Tokyo</h1>
    <p>{ARTICLE.replace(chr(10), "</p><p>")}</p><p>Pertemuan berlangsung selama dua jam dan
    membahas banyak hal penting bagi kedua negara di kawasan.</p></article></body></html>"""
    path = tmp_path / "retno.html"
    path.write_text(html, encoding="utf-8")
    item = _one(path)
    assert isinstance(item, Article), item
    assert item.title == "Retno ke Tokyo"
    assert item.published is not None and item.published.isoformat() == "2025-11-04"
    assert item.url == "https://example.org/retno-tokyo"
    assert "bertemu Menlu Jepang" in item.source_text
    assert "Beranda" not in item.source_text


def test_jsonl_fields_and_gzip(tmp_path: Path) -> None:
    rec = {
        "id": "x1",
        "text": ARTICLE,
        "title": "T",
        "published": "2025-11-04 10:00",
        "url": "u",
        "outlet": "O",
        "lang": "ID",
        "extra": [1, 2],
    }
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(rec) + "\n").encode()))
    item = _one(path)
    assert isinstance(item, Article)
    assert (item.doc_id, item.title, item.url, item.outlet, item.lang_hint) == ("x1", "T", "u", "O", "id")
    assert item.published is not None and item.published.isoformat() == "2025-11-04"


def test_stdin_jsonl() -> None:
    stdin = io.StringIO(json.dumps({"id": "s1", "text": ARTICLE}) + "\n")
    (item,) = read_inputs(["-"], stdin=stdin)
    assert isinstance(item, Article) and item.doc_id == "s1" and item.source == "<stdin>:1"


def test_directory_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    ids = [i.doc_id for i in read_inputs([str(tmp_path)])]
    assert ids == ["a", "b"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("nul.txt", b"teks\x00dengan\x00nul" * 10, "not text"),
        ("rare-nul.txt", b"teks biasa yang panjang sekali " * 40 + b"\x00", "NUL"),
        ("empty.jsonl", b"", "empty file"),
        ("bad.jsonl.gz", b"not gzip at all", "gzip"),
        ("notes.md", b"# a note", "unsupported file type"),
        ("page.html", b"<html><body><script>1</script></body></html>", "no article text"),
    ],
)
def test_bad_files_become_skips_with_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, Skip)
    assert reason in item.reason
    assert item.source == str(path)


def test_each_broken_jsonl_line_is_one_skip(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok", "text": ARTICLE}),
        "{not json",
        json.dumps([1, 2, 3]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": 7, "text": ARTICLE}),
        json.dumps({"id": "bad-text", "text": 12}),
        "",
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "Skip", "Skip", "Skip", "Article", "Skip"]
    assert items[4].doc_id == "7"
    broken = items[1]
    assert isinstance(broken, Skip) and "line 2" in broken.reason and broken.doc_id == "mixed:2"


def test_legacy_encodings_are_decoded(tmp_path: Path) -> None:
    (tmp_path / "cp.txt").write_bytes("Menteri menolak “tuduhan” itu — kata dia.".encode("cp1252"))
    (tmp_path / "u16.txt").write_bytes("Presiden bertemu Perdana Menteri.".encode("utf-16"))
    a, b = read_inputs([str(tmp_path)])
    assert isinstance(a, Article) and "“tuduhan”" in a.source_text
    assert isinstance(b, Article) and b.source_text == "Presiden bertemu Perdana Menteri."


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="No such file"):
        list(read_inputs([str(tmp_path / "nope.txt")]))


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2021-03-18", "2021-03-18"),
        ("2024-12-12 22:18", "2024-12-12"),
        ("2016-07-10T22:37:07+07:00", "2016-07-10"),
        ("18/03/2021", "2021-03-18"),
        ("yesterday", None),
        ("2021-02-30", None),
        (None, None),
        (20210318, None),
    ],
)
def test_parse_published(raw: object, day: str | None) -> None:
    parsed = parse_published(raw)
    assert (parsed.isoformat() if parsed else None) == day


def test_jsonl_with_bom_or_utf16_and_mixed_line_encodings(tmp_path: Path) -> None:
    line = json.dumps({"id": "b1", "text": ARTICLE}, ensure_ascii=False)
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + line.encode() + b"\n")
    (tmp_path / "u16.jsonl").write_bytes((line + "\n").encode("utf-16"))
    latin = json.dumps({"id": "c1", "text": "Menteri menolak tuduhan — kata dia."}, ensure_ascii=False)
    (tmp_path / "mixed.jsonl").write_bytes(
        line.replace("b1", "m1").encode() + b"\n" + latin.encode("cp1252") + b"\n"
    )
    items = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(i, Article) for i in items), items
    assert sorted(i.doc_id for i in items) == ["b1", "b1", "c1", "m1"]
