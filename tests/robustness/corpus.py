"""A hostile input corpus, written by the tests (nothing copied from real articles): what scraped news
throws at a coder that runs for days. `build(folder)` writes the files and returns, for each document
they hold, what a correct run does with it: code it, or skip it with a reason containing some words."""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass
from pathlib import Path

__all__ = ["BIG_BYTES", "Expect", "build"]

BIG_BYTES = 25_000_000  # the 25 MB article
RUNON_CHARS = 1_000_000  # the 1 MB "sentence" with no punctuation
NESTING = 20_000  # levels of the deeply nested HTML page

ID_TEXT = (
    "JAKARTA - Menteri Luar Negeri Indonesia mengecam Malaysia pada Kamis atas penangkapan nelayan. "
    "Pemerintah Indonesia juga memanggil duta besar Malaysia untuk meminta penjelasan."
)
BOILERPLATE = (
    "Bagikan:\nFacebook\nTwitter\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nPenulis: Redaksi\n"
    "Dapatkan update berita pilihan setiap hari\nShare this article\nRead more: what happened next\nSubscribe\n"
)
EN_TEXT = (
    "JAKARTA - Indonesia condemned Malaysia on Thursday over the arrest of fishermen. "
    "The foreign ministry also summoned the Malaysian ambassador to explain the arrests."
)


@dataclass(frozen=True)
class Expect:
    """What a correct run does with one document: `reason` None means coded; else skipped, with a
    reason containing `reason`. `source` is where the document is, relative to the corpus folder, as
    Warta names it ("jsonl/bad.jsonl:3" for a line, "other/broken.rss#1" for a feed item)."""

    source: str
    reason: str | None
    doc_id: str | None = None


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _line(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def build(folder: Path, *, big: bool = True) -> list[Expect]:
    """Write the corpus under `folder`; what each document should become. `big=False` leaves out the
    25 MB article (the rest is small)."""
    rng = random.Random(8)
    out: list[Expect] = []

    def put(
        name: str, data: bytes | str, reason: str | None, doc_id: str | None = None, item: str = ""
    ) -> None:
        _write(folder, name, data)
        out.append(Expect(name + item, reason, doc_id))

    # empty, binary, NUL bytes
    put("empty/zero.txt", b"", "empty file")
    put("empty/blank.txt", " \n\t\r\n  ", "empty file")
    put("empty/zero.html", b"", "empty file")
    put("empty/nothing.jsonl", b"\n\n", "empty file")
    put("empty/zero.rss", b"", "empty file")
    put("binary/noise.txt", rng.randbytes(50_000), "binary")
    put("binary/noise.html", rng.randbytes(5_000), "binary")
    put("binary/noise.jsonl", rng.randbytes(5_000), "binary")
    put("binary/nuls.txt", ("Teks " + "\x00" * 3) * 500, "not text")
    put("binary/one-nul.txt", ID_TEXT + "\x00", "nul")
    put("binary/noise.warc", rng.randbytes(3_000), "WARC file unreadable")
    put("binary/noise.warc.gz", gzip.compress(rng.randbytes(3_000)), "WARC file unreadable")
    put("binary/truncated.jsonl.gz", gzip.compress(_line({"id": "t", "text": ID_TEXT}).encode())[:30], "gzip")
    put("binary/noise.rss", rng.randbytes(2_000), "no RSS or Atom items")

    # HTML: truncated, deeply nested, scripts only, payloads
    page = f"<html><head><title>Nelayan ditangkap</title></head><body><article><p>{ID_TEXT}</p>"
    put("html/truncated.html", page[: len(page) - 20], None)
    put("html/cut-in-tag.html", "<html><body><article><p>" + EN_TEXT + '</p><p class="le', None)
    nested = "<div>" * NESTING + f"<p>{EN_TEXT}</p>" + "</div>" * NESTING
    put("html/nested.html", f"<html><body>{nested}</body></html>", "no article text")
    put("html/unclosed-nesting.html", "<html><body>" + "<span><b>" * NESTING + EN_TEXT, "no article text")
    put("html/scripts-only.html", "<html><body><script>alert(1)</script><style>p{}</style></body></html>",
        "no article text")  # fmt: skip
    put("html/markup-only.html", "<html><body>" + "<div></div>" * 5000 + "</body></html>", "no article text")

    # size: a 25 MB article, a 1 MB sentence, a 1 MB word, very many short lines
    if big:
        paragraph = (EN_TEXT + "\n\n").encode()
        put("size/huge.txt", paragraph * (BIG_BYTES // len(paragraph) + 1), "too long")
        body = paragraph * (BIG_BYTES // len(paragraph) // 2)
        put("size/huge.html", b"<html><body><p>" + body + b"</p></body></html>", "too large")
    words = ("kata", "rakyat", "menteri", "Indonesia", "nelayan", "laut", "mengecam", "Malaysia")
    runon = " ".join(rng.choice(words) for _ in range(RUNON_CHARS // 7))[:RUNON_CHARS]
    put("size/runon.txt", runon, None)
    put("size/one-word.txt", "a" * RUNON_CHARS, None)
    put("size/many-lines.txt", "Indonesia mengecam Malaysia.\n" * 20_000, None)
    put("size/long-id.jsonl", _line({"id": "x" * 5000, "text": ID_TEXT}) + "\n", None, "x" * 5000, ":1")

    # encodings
    latin = "Menteri José Ramos-Horta tiba di Genève, kata juru bicara. "
    put("enc/latin1.txt", (EN_TEXT + " Café São Paulo, Zürich. ").encode("latin-1") * 2, None)
    put("enc/cp1252.txt", ("“" + EN_TEXT + "” – said the minister… " + "€").encode("cp1252"), None)
    put("enc/utf16.txt", ID_TEXT.encode("utf-16"), None)
    put("enc/utf16-be.txt", b"\xfe\xff" + EN_TEXT.encode("utf-16-be"), None)
    put("enc/utf8-bom.txt", b"\xef\xbb\xbf" + ID_TEXT.encode(), None)
    put("enc/mojibake.txt", EN_TEXT.replace("the", "the “Kemlu” café").encode().decode("latin-1"), None)
    put("enc/mixed.txt", ID_TEXT.encode() + b"\n" + latin.encode("latin-1") + b"\n" + EN_TEXT.encode(), None)
    put("enc/utf16.jsonl", (_line({"id": "u16", "text": EN_TEXT}) + "\n").encode("utf-16"), None, "u16", ":1")
    put("enc/bad-utf8.txt", EN_TEXT.encode() + b"\xff\xfe\xc3\x28\xa0\xa1 " + ID_TEXT.encode(), None)
    put("enc/lone-surrogate.jsonl", '{"id": "sur\\ud800gate", "text": "' + EN_TEXT + ' \\ud800 \\udfff end"}\n', None,
        "sur\ufffdgate", ":1")  # fmt: skip
    put("enc/bad-\udcff-name.txt", EN_TEXT, None)  # a file name that is not UTF-8
    put("enc/controls.txt", EN_TEXT + "\x01\x02\x1b[31m\u200b\u200e\u202e\ufeff\ufffd " + ID_TEXT, None)

    # JSON Lines: broken lines, wrong types, non-objects, bad dates (one document per line)
    lines: list[tuple[str, str | None, str]] = [
        (_line({"id": "ok-1", "text": ID_TEXT, "published": "2021-03-18"}), None, "ok-1"),
        ('{"id": "broken", "text": "unterminated', "not valid json", "bad:2"),
        ("[1, 2, 3]", "json object", "bad-3"),
        ('"just a string"', "json object", "bad-4"),
        ("null", "json object", "bad-5"),
        ("42", "json object", "bad-6"),
        (_line({"id": "no-text"}), "field 'text'", "no-text"),
        (_line({"id": "num-text", "text": 12}), "field 'text'", "num-text"),
        (_line({"id": "list-text", "text": ["a", "b"]}), "field 'text'", "list-text"),
        (_line({"id": "empty-text", "text": ""}), "empty text", "empty-text"),
        (_line({"id": ["a", "list"], "text": EN_TEXT}), None, "bad-11"),
        (_line({"id": "bad-date", "text": EN_TEXT, "published": "2021-13-45"}), None, "bad-date"),
        (_line({"id": "word-date", "text": EN_TEXT, "published": "yesterday"}), None, "word-date"),
        (_line({"id": "num-date", "text": EN_TEXT, "published": 1616025600}), None, "num-date"),
        (_line({"id": "dict-date", "text": EN_TEXT, "published": {"y": 2021}}), None, "dict-date"),
        (_line({"id": "year-one", "text": EN_TEXT, "published": "0001-01-01"}), None, "year-one"),
        (_line({"id": "year-max", "text": EN_TEXT, "published": "9999-12-31"}), None, "year-max"),
        (
            _line(
                {"id": "bad-types", "text": EN_TEXT, "title": 5, "url": [], "lang": {"x": 1}, "outlet": 3.5}
            ),
            None,
            "bad-types",
        ),
        (_line({"id": "unknown-lang", "text": EN_TEXT, "lang": "xx"}), "not supported", "unknown-lang"),
        ("[" * 100_000 + "]" * 100_000, "nests json too deeply", "bad:20"),
        ('{"id": "dup", "text": "' + EN_TEXT + '", "id": "dup2"}', None, "dup2"),
        ("\x00\x01 not json", "not valid json", "bad:22"),
        (_line({"id": "nan", "text": EN_TEXT, "published": float("nan")}), None, "nan"),
        ("{" + '"k": 1, ' * 20_000 + '"id": "many-keys", "text": "' + EN_TEXT + '"}', None, "many-keys"),
    ]
    _write(folder, "jsonl/bad.jsonl", "\n".join(text for text, _, _ in lines) + "\n")
    out += [Expect(f"jsonl/bad.jsonl:{n}", reason, doc_id) for n, (_, reason, doc_id) in enumerate(lines, 1)]

    # content: only boilerplate, other scripts and languages, emoji, payloads
    put("content/boilerplate.txt", BOILERPLATE, "no text left after cleaning")
    put("content/arabic.txt", "أعلنت وزارة الخارجية اليوم عن زيارة الوزير إلى العاصمة لبحث العلاقات الثنائية. " * 3,
        "not supported")  # fmt: skip
    put(
        "content/chinese.txt", "外交部发言人今天表示，双方将继续就地区安全问题举行会谈。" * 3, "not supported"
    )
    put("content/emoji.txt", "🔥🔥🔥 " * 200, "no text left")
    put("content/emoji-mixed.txt", "🇮🇩 " + EN_TEXT + " 😡🇲🇾 " + ID_TEXT + " 👍🏽", None)
    put("content/combining.txt", "".join(c + "\u0301\u0308" for c in EN_TEXT), "not supported")
    put("content/script-payload.txt", "<script>alert('x')</script>\n" + EN_TEXT + "\n<img src=x onerror=alert(1)>",
        None)  # fmt: skip
    put("content/sql-payload.jsonl", _line({"id": "x'); DROP TABLE articles;--", "text": EN_TEXT}) + "\n", None,
        "x'); DROP TABLE articles;--", ":1")  # fmt: skip
    put("content/markup-in-json.jsonl", _line({"id": "markup", "text": f"<p>{ID_TEXT}</p><script>x()</script>"})
        + "\n", None, "markup", ":1")  # fmt: skip
    put("content/digits.txt", " ".join(str(rng.randrange(10**9)) for _ in range(2000)), "no text left")

    # other kinds: a broken feed, a feed with entity expansion, a gzipped JSONL, an unsupported file
    put("other/broken.rss", "<?xml version='1.0'?><rss><channel><item><title>x", "no article text", item="#1")
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "ha"}">' for i in range(10))
    put("other/laughs.rss", f"<?xml version='1.0'?><!DOCTYPE r [{entities}]><rss><channel><item>"
        "<title>&e9;</title><description>&e9;</description></item></channel></rss>", "entities")  # fmt: skip
    put("other/data.csv", "a,b\n1,2\n", "unsupported file type")
    return out
