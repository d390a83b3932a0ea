"""Warta's data model: the frozen records every stage receives and returns.

One `Article` travels through the pipeline (ingest -> clean -> langid -> sentences -> actors -> coding);
each stage returns a new `Article` with its own fields filled (`dataclasses.replace`), or a `Skip` that
says why the document stops there. Offsets (`start`, `end`) always index `Article.text`, the text as
Warta cleaned it, unless a field's name says otherwise (`source_start`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

FACTUALITIES = ("asserted", "negated", "anticipated", "hypothetical", "historical")
_SURROGATE = re.compile("[\ud800-\udfff]")


def scrub(text: str) -> str:
    """Text that can be written as UTF-8: lone surrogates (JSON escapes such as "\\ud800", file names
    that are not UTF-8) become U+FFFD, the replacement character. Ingest and the store apply it."""
    return _SURROGATE.sub("\ufffd", text)


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of cleaned text copied verbatim from the source text (maps offsets back to the source)."""

    start: int
    source_start: int
    length: int


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the source text that cleaning removed, and why (offsets into the source text)."""

    source_start: int
    source_end: int
    reason: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the cleaned text with its word tokens (surface forms and start offsets)."""

    start: int
    end: int
    tokens: tuple[str, ...] = ()
    offsets: tuple[int, ...] = ()
    lowered: tuple[str, ...] = ()  # the tokens in lowercase (computed once, used by every matcher)


@dataclass(frozen=True, slots=True)
class Actor:
    """A political actor as written in the text and resolved to a code (a mention, or an event side)."""

    code: str | None
    sector: str | None
    name: str
    text: str
    start: int
    end: int
    wikidata: str | None = None
    kind: str = "state"  # state, person, org, office, place, group, pronoun; "implied" (no text)

    def to_record(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "sector": self.sector,
            "name": self.name,
            "text": self.text,
            "wikidata": self.wikidata,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that proves an event, and the trigger inside it."""

    text: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    trigger_end: int

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, at the precision the text gives: a city (with GeoNames id and
    coordinates), a region or a country (GeoNames id, no coordinates)."""

    name: str  # canonical English name ("Geneva" for "Jenewa")
    text: str  # as written
    country: str | None  # ISO 3166 alpha-3
    precision: str  # city, region or country
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    start: int = 0
    end: int = 0

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "text": self.text,
            "country": self.country,
            "precision": self.precision,
            "geonames_id": self.geonames_id,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: PLOVER type and mode, sides, factuality, date and the evidence for all of it."""

    id: str
    doc_id: str
    lang: str
    event: str
    mode: str | None
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    factuality: str
    evidence: Evidence
    date: dt.date | None = None
    context: tuple[str, ...] = ()
    speaker: str | None = None
    place: Place | None = None
    confidence: float = 0.5
    cameo: str | None = None
    goldstein: float | None = None
    quad: int | None = None
    plover_score: float | None = None
    why: str = ""  # the lexicon entry and the rules that produced this event
    features: tuple[tuple[str, float], ...] = field(default=(), compare=False, repr=False)

    def to_record(self) -> dict[str, Any]:
        """The record of CONTRACT.md (`warta code` output), as plain JSON-ready values."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "lang": self.lang,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "actor": [a.to_record() for a in self.actor],
            "recipient": [a.to_record() for a in self.recipient],
            "date": self.date.isoformat() if self.date else None,
            "factuality": self.factuality,
            "evidence": self.evidence.to_record(),
            "speaker": self.speaker,
            "place": self.place.to_record() if self.place else None,
            "confidence": round(self.confidence, 3),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "plover_score": self.plover_score,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class Profile:
    """What story clustering compares (stage `profile`): language-independent clues (names, numbers,
    actor codes, event signatures, topics), the title's words, and a MinHash of the body's word
    shingles."""

    minhash: tuple[int, ...]  # MinHash hash values of the body's word 4-shingles (near-duplicates)
    names: frozenset[str]  # capitalised words and numbers, lowercase ("lavrov", "2026", "14")
    actors: frozenset[str]  # actor codes of the article's mentions
    signatures: frozenset[str]  # "TYPE:ACTOR>RECIPIENT" of its asserted events
    title: frozenset[str]  # content words of the title (or the first sentence)
    shingles: int = 0  # how many distinct shingles the MinHash summarises (0: unknown)
    topics: frozenset[str] = frozenset()  # topic keys of the title and lead ("haze", "vaccine")


@dataclass(frozen=True, slots=True)
class Article:
    """A news article and everything the stages have found in it so far."""

    doc_id: str
    source_text: str
    source: str = ""
    title: str | None = None
    published: dt.date | None = None
    published_raw: str | None = None
    url: str | None = None
    outlet: str | None = None
    lang_hint: str | None = None
    content_hash: str = ""
    # clean
    text: str = ""
    segments: tuple[Segment, ...] = ()
    removed: tuple[Removal, ...] = ()
    # langid
    lang: str | None = None
    lang_score: float = 0.0
    # sentences, actors, coding
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    # profile (stories)
    profile: Profile | None = None
    stages: tuple[str, ...] = field(default=())

    def source_offset(self, offset: int) -> int:
        """Map an offset into the cleaned `text` back to the source text."""
        for seg in reversed(self.segments):
            if seg.start <= offset:
                return seg.source_start + min(offset - seg.start, seg.length)
        return offset


@dataclass(frozen=True, slots=True)
class Skip:
    """A document that did not become a coded article, with the stage and the reason."""

    doc_id: str
    source: str
    stage: str
    reason: str

    def describe(self) -> str:
        return f"skipped {self.doc_id} ({self.source}): {self.reason}"
