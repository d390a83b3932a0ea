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
# "it"/"they" opening a clause stand for a party named as the subject of an earlier clause or
# sentence: "it" for a state, a capital, an organisation or a body ("Russia's foreign ministry"),
# "they" and "mereka" for a group or a plural ("Chinese officials", "the Houthis"). Not the
# possessives: "its" is as often the party named last ("the North, which conducted its test").
_IT = frozenset(["it"])
_THEY = frozenset(["they", "mereka"])
_IT_KINDS = frozenset(["state", "capital", "metonym", "institution", "org", "group"])
_THEY_KINDS = frozenset(["group", "org", "demonym", "office"])
# A named body that is an "it": "the Russian foreign ministry", "the Chinese embassy".
_BODIES = frozenset(
    """ministry government army military navy embassy council parliament court police agency
    cabinet administration office department guard coastguard junta regime force""".split()
)
# "It is unclear ...", "It came after ...": "it" is no party (the situation, or nothing).
_EXPLETIVE_AFTER = frozenset(
    "is was 's remains remained seems seemed appears appeared came comes follows followed means meant".split()
)
_LOOKBACK = 2  # earlier sentences whose subject a pronoun may take


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
    earlier: Earlier | None = None  # the article's earlier sentences, for "it" and "they"

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


@dataclass
class Earlier:
    """The article's sentences before the one coded, each with its subject found on demand (a
    pronoun needs one rarely: most sentences are never looked at)."""

    sentences: Sequence[Sentence]
    mentions: Sequence[Sequence[Actor]]
    pack: LanguagePack
    views: dict[int, View] = field(default_factory=dict)  # views already built while coding
    found: dict[int, Placed | None] = field(default_factory=dict)

    def subject(self, index: int) -> Placed | None:
        """The subject of sentence `index`: its speaker, else its first coded party outside quotes
        that is no place and no object of a preposition."""
        if index not in self.found:
            view = self.views.get(index) or build_view(
                index, self.sentences[index], self.mentions[index], self.pack
            )
            self.found[index] = _sentence_subject(view, self.pack)
        return self.found[index]


def _sentence_subject(view: View, pack: LanguagePack) -> Placed | None:
    if view.speaker is not None and view.speaker.actor.code:
        return view.speaker
    first = next((p for p in view.mentions if p.actor.code and eligible(view, p, pack)), None)
    if first is None or _quoted(view, first.start) or not _opens_sentence(view, first):
        return None
    return first


_OPENERS = frozenset(["the", "a", "an", '"', "“"])


def _opens_sentence(view: View, p: Placed) -> bool:
    """Whether a mention is where the sentence's subject stands: first, after an opening phrase closed
    by a comma, or after capitalised words of its own name or title ("Kelompok Houthi"); not an
    object after a verb ("Heavy rain hit the Philippines")."""
    before = view.lowered[: p.start]
    if "," in before:
        before = before[len(before) - before[::-1].index(",") :]
    tokens = view.sent.tokens[p.start - len(before) : p.start]
    return all(low in _OPENERS or tok[:1].isupper() for low, tok in zip(before, tokens, strict=True))


def _quoted(view: View, i: int) -> bool:
    """Whether token i stands inside a quotation that opens in its sentence."""
    return sum(1 for t in view.lowered[:i] if t in _QUOTES) % 2 == 1


def _opens_clause(view: View, i: int, pack: LanguagePack) -> bool:
    """Whether the pronoun at token i is its clause's subject: first in the clause, or after a
    conjunction or an opening phrase closed by a comma ("On Monday, it said ..."); not the subject of
    a verb's object clause ("The signatories hope it will ...": a thing, not a party)."""
    before = view.lowered[view.left_bound(i) + 1 : i]
    return not before or before[-1] == "," or all(t in pack.coordinators for t in before)


def _fits(word: str, actor: Actor) -> bool:
    """Whether "it"/"they" can stand for the actor: never a place or a person."""
    if not actor.code or actor.kind in ("place", "person", "implied"):
        return False
    head = actor.text.lower().split()[-1] if actor.text else ""
    plural = head.endswith("s") and not head.endswith("ss") and head not in _BODIES
    if word in _IT:
        return actor.kind in _IT_KINDS or (actor.kind in ("demonym", "office") and head in _BODIES)
    return actor.kind == "group" or (actor.kind in _THEY_KINDS and plural)


def _unknown_speaker(view: View, i: int, pack: LanguagePack) -> bool:
    """Someone the coder does not know spoke before token i ('"...," said a protester, Ann Lee, as
    she marched', "Ann Lee said she ..."): a person pronoun after it is most likely them, not the
    person named before. A reporting verb with a mention or a pronoun right before it has a known
    speaker ("Menkomdigi menyatakan pihaknya ...", "She added that she ...")."""
    if view.speaker is not None:
        return False
    ends = {p.end for p in view.mentions}
    for k in range(i):
        if view.lowered[k] in pack.reporting:
            known = k in ends or (k > 0 and view.lowered[k - 1] in _PERSON_PRONOUNS | _SIDE_PRONOUNS)
            if not known:
                return True
    return False


def resolve_pronoun(view: View, i: int, pack: LanguagePack | None = None) -> Actor | None:
    """The actor a subject pronoun at token i refers to, from this sentence or earlier ones."""
    word = view.lowered[i]
    if word in _SIDE_PRONOUNS and view.speaker is not None:
        return view.speaker.actor
    if word in _PERSON_PRONOUNS or word in _SIDE_PRONOUNS:
        if pack is not None and _unknown_speaker(view, i, pack):
            return None
        earlier = [p.actor for p in view.mentions if p.end <= i and p.actor.code]
        for actor in [*reversed(earlier), *reversed(view.history)]:
            if actor.kind == "person":
                return actor
        return None
    if pack is None or word not in _IT | _THEY:
        return None
    return _party_pronoun(view, i, word, pack)


def _party_pronoun(view: View, i: int, word: str, pack: LanguagePack) -> Actor | None:
    """ "It said it would expel ...", "They accused Washington ...": the subject of the nearest
    earlier clause of the sentence, else of one of the last sentences, that can be an "it" or a
    "they"; not inside a quotation (whose "it" is the speaker's, not the article's), and not an "it"
    that names no one ("it is unclear")."""
    nxt = view.lowered[i + 1] if i + 1 < len(view.lowered) else ""
    if (word == "it" and nxt in _EXPLETIVE_AFTER) or _quoted(view, i) or not _opens_clause(view, i, pack):
        return None
    for b in reversed([b for b in view.breaks if b < i]):
        placed = clause_subject(view, b, pack)
        if placed is not None and _fits(word, placed.actor) and not _quoted(view, placed.start):
            return placed.actor
    if view.earlier is None:
        return None
    for index in range(view.index - 1, max(-1, view.index - 1 - _LOOKBACK), -1):
        placed = view.earlier.subject(index)
        if placed is not None and _fits(word, placed.actor):
            return placed.actor
    return None
