"""Character-level repair before cleaning: mojibake (ftfy), HTML entities, NFC, line ends, controls."""

from __future__ import annotations

import html
import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

# Characters that mojibake (UTF-8 read as cp1252/Latin-1) almost always contains; ftfy's own check
# runs only when one is present.
_MOJIBAKE_HINT = re.compile(
    "[ÃÂâÅÄð][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# Controls, zero-width characters and the BOM; tab and newline are kept (tab becomes a space below).
_JUNK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\ufffe]")
_SPACES = re.compile(r"[\t\xa0\u2000-\u200a\u202f\u205f\u3000]")


_PASSES = 4  # a repair can reveal another ("&amp;lt;", mojibake split by a control character)


def normalise(text: str) -> str:
    """The source text repaired character by character; cleaning offsets are relative to this text.
    Repairs are repeated until none applies, so normalising a normalised text changes nothing."""
    for _ in range(_PASSES):
        repaired = _repair(text)
        if repaired == text:
            break
        text = repaired
    return text


def _repair(text: str) -> str:
    text = _JUNK.sub("", text)
    if _MOJIBAKE_HINT.search(text) and is_bad(text):
        text = ftfy.fix_text(text, uncurl_quotes=False, fix_line_breaks=False, normalization=None)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _JUNK.sub("", text)
    text = _SPACES.sub(" ", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
