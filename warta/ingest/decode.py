"""Bytes to text: BOMs, UTF-8, then Windows-1252 / Latin-1; binary data is refused with a reason."""

from __future__ import annotations

import codecs

# Share of control characters (other than tab, newline, carriage return) above which a file is binary.
_MAX_CONTROL_SHARE = 0.05
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13}


class NotText(ValueError):
    """The bytes are not text (binary data, NUL bytes)."""


def decode_bytes(data: bytes) -> str:
    """Decode file bytes to text, trying BOMs, UTF-8, then cp1252 and Latin-1.

    Raises `NotText` for binary data. Mojibake (text decoded twice) is repaired later, by `clean`.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    sample = data[:8192]
    if sample and sum(b in _CONTROL for b in sample) / len(sample) > _MAX_CONTROL_SHARE:
        raise NotText("binary data (control bytes), not text")
    if b"\x00" in data:
        raise NotText("contains NUL bytes, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode_line(raw: bytes) -> str:
    """One line of a text file: UTF-8 (a leading BOM dropped), else cp1252, else Latin-1 (never fails)."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
