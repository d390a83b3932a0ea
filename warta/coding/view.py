"""A sentence prepared for argument finding: tokens, actor mentions on token positions, clause
boundaries, the reported-speech speaker, and antecedents for pronouns from earlier sentences."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from warta.lang.pack import LanguagePack
from warta.model import Actor, Sentence

_QUOTES = frozenset('"“”')
_QUOTED_PHRASE = 6  # at most this many words in a quoted phrase (a longer quote is a statement)
_PERSON_PRONOUNS = frozenset("dia ia beliau dirinya he she his her".split())
_SIDE_PRONOUNS = frozenset("kami kita pihaknya we our".split())
_RELATIVE = frozenset(["yang", "who", "which", "whose"])


@dataclass(frozen=True, slots=True)
class Placed:
    """An actor mention at tokens [start, end) of its sentence."""

    start: int
    end: int
    actor: Actor


@dataclass
class View:
    index: int
    sent: Sentence
    lowered: list[str]
    mentions: list[Placed]
    breaks: list[int]  # token indices that close a clause
    speaker: Placed | None = None
    history: list[Actor] = field(default_factory=list)  # coded mentions of earlier sentences, latest last
    home: Actor | None = None  # the dateline's country (for actors named only by office: "polisi")
    dateline: Actor | None = None  # the dateline's place ("MOSKOW -"), where undated-place events happen

    def token_at(self, char: int) -> int:
        return bisect.bisect_right(self.sent.offsets, char) - 1

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        return self.sent.offsets[start], self.sent.offsets[end - 1] + len(self.sent.tokens[end - 1])

    def left_bound(self, i: int) -> int:
        """Index of the clause break before token i (-1 at sentence start)."""
        k = bisect.bisect_left(self.breaks, i) - 1
        return self.breaks[k] if k >= 0 else -1

    def right_bound(self, i: int) -> int:
        """Index of the clause break after token i (the sentence length at its end)."""
        k = bisect.bisect_right(self.breaks, i)
        return self.breaks[k] if k < len(self.breaks) else len(self.lowered)

    def preceded_by(self, placed: Placed, words: frozenset[str], *, within: int = 1) -> bool:
        return any(self.lowered[k] in words for k in range(max(0, placed.start - within), placed.start))


def place_mentions(sent: Sentence, mentions: Sequence[Actor]) -> list[Placed]:
    out = []
    for actor in mentions:
        if actor.start < sent.start or actor.end > sent.end:
            continue
        start = bisect.bisect_left(sent.offsets, actor.start)
        end = bisect.bisect_left(sent.offsets, actor.end)
        if end > start:
            out.append(Placed(start, end, actor))
    return out


def build_view(
    index: int,
    sent: Sentence,
    mentions: Sequence[Actor],
    pack: LanguagePack,
    *,
    lowered: list[str] | None = None,
) -> View:
    lowered = lowered if lowered is not None else [t.lower() for t in sent.tokens]
    placed = place_mentions(sent, mentions)
    inside = {k for p in placed for k in range(p.start, p.end)}
    phrase = _quoted_phrases(lowered)
    breaks = [
        i
        for i, tok in enumerate(lowered)
        if (tok in pack.clause_breaks or tok in pack.reporting or tok in _QUOTES)  # most tokens fail here
        and i not in inside
        and i not in phrase
        and not _time_adverb(lowered, i, pack)
    ]
    view = View(index, sent, lowered, placed, breaks)
    view.speaker = find_speaker(view, pack)
    return view


def _time_adverb(lowered: Sequence[str], i: int, pack: LanguagePack) -> bool:
    """A conjunction before a demonstrative is a time adverb inside the clause ("saat ini", "setelah
    itu": now, after that), not the start of another clause."""
    nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
    return lowered[i] in pack.clause_breaks and nxt in pack.anaphora_after


def _quoted_phrases(lowered: Sequence[str]) -> set[int]:
    """The quote marks around a quoted noun phrase inside a clause ('called the drills "an act of
    war" and vowed ...'): a phrase, not a quoted statement, so its marks close no clause. Such a quote
    opens right after a word (not at the start or after punctuation) and holds a few words with no
    punctuation. A single quoted word ('"provocative"') is an evaluation whose own clause the quote
    marks delimit."""
    out: set[int] = set()
    if _QUOTES.isdisjoint(lowered):
        return out  # most sentences quote nothing
    marks = [i for i, tok in enumerate(lowered) if tok in _QUOTES]
    for a, b in zip(marks[::2], marks[1::2], strict=False):
        inner = lowered[a + 1 : b]
        opens_inside = a > 0 and lowered[a - 1].isalnum()
        words = 1 < len(inner) <= _QUOTED_PHRASE and all(t.isalnum() or t == "-" for t in inner)
        if opens_inside and words:
            out.update((a, b))
    return out


def eligible(view: View, p: Placed, pack: LanguagePack) -> bool:
    """A mention that can be a subject: coded, not a place, not the object of a preposition."""
    if p.actor.kind == "place":
        return False
    return not view.preceded_by(p, pack.recipient_preps | pack.locative_preps | pack.agent_markers)


def clause_subject(view: View, start: int, pack: LanguagePack) -> Placed | None:
    """The subject of the clause that ends at token `start`.

    Indonesian and English put the subject first: the first eligible mention after the last comma
    that still has one before `start` ("Menurut X, Y menyerang"), skipping commas that open a
    relative clause ("Putin, yang bertemu Biden, menolak"), else the first in the clause.
    """
    left = view.left_bound(start)
    candidates = [p for p in view.mentions if left < p.start and p.end <= start and eligible(view, p, pack)]
    if not candidates:
        return None
    rel = next((k for k in range(start - 1, left, -1) if view.lowered[k] in _RELATIVE), None)
    if rel is not None and not any(p.start > rel for p in candidates):
        # "... belong to ASEAN, which is in talks with China": the relative's gap is its antecedent,
        # even when the antecedent is the object of a preposition
        antecedents = [
            p
            for p in view.mentions
            if left < p.start and p.end <= rel and p.actor.code and p.actor.kind != "place"
        ]
        if antecedents:
            return antecedents[-1]
    inner = [p for p in candidates if rel is not None and p.start > rel]
    if inner and "," not in view.lowered[inner[0].end : start]:
        return inner[0]  # "a note in which China demanded ...": the relative clause's own subject
    commas = [k for k in range(left + 1, start) if view.lowered[k] == ","]
    for comma in reversed(commas):
        if comma + 1 < start and view.lowered[comma + 1] in _RELATIVE:
            continue
        after = [p for p in candidates if p.start > comma]
        if after:
            return after[0]
    return candidates[0]


def find_speaker(view: View, pack: LanguagePack) -> Placed | None:
    """Who is quoted: '"...," kata Peskov', 'Peskov mengatakan ...', 'menurut Peskov'."""
    coded = [p for p in view.mentions if p.actor.code and p.actor.kind != "place"]
    for i, tok in enumerate(view.lowered):
        if tok not in pack.reporting:
            continue
        if tok in pack.speaker_after:
            after = next((p for p in coded if i < p.start <= i + 3), None)
            if after is not None:
                return after
        before = clause_subject(view, i, pack)
        if before is not None:
            return before
    return None


def resolve_pronoun(view: View, i: int) -> Actor | None:
    """The actor a subject pronoun at token i refers to, from this sentence or earlier ones."""
    word = view.lowered[i]
    if word in _SIDE_PRONOUNS and view.speaker is not None:
        return view.speaker.actor
    if word in _PERSON_PRONOUNS or word in _SIDE_PRONOUNS:
        earlier = [p.actor for p in view.mentions if p.end <= i and p.actor.code]
        for actor in [*reversed(earlier), *reversed(view.history)]:
            if actor.kind == "person":
                return actor
    return None
