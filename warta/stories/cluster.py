"""Stories: articles about one happening, across outlets and languages, grouped incrementally.

A new article joins the story of a copy it near-duplicates (MinHash LSH over word shingles), else the
story it resembles most among those active within a few days of it, else it starts one. Resemblance
combines what survives translation: shared names and numbers (weighted by rarity), shared event
signatures (SANCTION RUS>USA, and how few stories share their pieces), shared actor codes, the topics
of the title and lead ("kabut asap" and "haze": haze; weighed with the actors), events between other
pairs of countries (against), and for the same language the title's words. Nothing is ever
re-clustered: placing an article only reads the stories around its date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from sys import intern

import numpy as np

from warta.model import Profile
from warta.stories import resemblance
from warta.stories.bands import Postings, Week, WeekBands
from warta.stories.resemblance import Model

__all__ = ["COPY_THRESHOLD", "WINDOW_DAYS", "Member", "Placement", "StoryIndex"]

WINDOW_DAYS = 3  # a story's articles are published within this many days of one of its others
SPAN_DAYS = 4  # and all within this many days (a war reported daily is not one story for months)
COPY_THRESHOLD = 0.8  # share of the shorter text's word 4-shingles found in the other: a copy
_COPY_JACCARD = 0.3  # (and at least this Jaccard: a brief quoting one paragraph is no copy)
_CANDIDATES = 5  # stories sharing the most clues with the article are scored, no more
_COMMON_SHARE = 0.05  # a name in more than 5% of the stories around is no clue ("jakarta", "2026")
_COMMON_MIN = 8  # (but for a handful of stories)
_COMMON_MAX = 50  # (and in 50 stories, whatever their number)
_STORY_SIDE = 4  # a story's clues weighed against an article's: at most this many per article clue
_LSH_PARAMS = (21, 3)  # bands and rows: datasketch's choice for a Jaccard threshold of 0.3 with 64 hashes


@dataclass(frozen=True, slots=True)
class Member:
    """An article as story clustering sees it."""

    doc_id: str
    published: dt.date | None
    lang: str | None
    profile: Profile
    story_id: str | None = None
    copy_of: str | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    """What the index keeps of a placed article (its clues live on in its story's counts)."""

    published: dt.date | None
    story_id: str
    copy_of: str | None
    minhash: np.ndarray
    shingles: int


@dataclass(frozen=True, slots=True)
class Placement:
    doc_id: str
    story_id: str
    copy_of: str | None
    score: float  # the copy's containment estimate, or the resemblance to the story joined (0: new story)

    @property
    def founds(self) -> str:
        """The id of the story this article would found (its `story_id` when it did)."""
        return story_id_for(self.doc_id)


@dataclass
class _Story:
    story_id: str
    first: dt.date | None = None
    last: dt.date | None = None
    names: Counter[str] = field(default_factory=Counter)
    pieces: Counter[str] = field(default_factory=Counter)
    dyads: Counter[frozenset[str]] = field(default_factory=Counter)
    actors: Counter[str] = field(default_factory=Counter)
    topics: Counter[str] = field(default_factory=Counter)  # "~haze": prefixed apart from names
    titles: dict[str, set[str]] = field(default_factory=dict)  # language -> title words
    weeks: set[int | None] = field(default_factory=set)  # the weeks of its articles
    size: int = 0

    def add(self, m: Member, pieces: set[str], topics: set[str]) -> None:
        """Count in an article (`pieces` and `topics`: its event pieces and topic clues)."""
        self.size += 1
        self.names.update(m.profile.names)
        self.pieces.update(pieces)
        self.dyads.update(_dyads(m.profile.signatures))
        self.actors.update(m.profile.actors)
        self.topics.update(topics)
        self.titles.setdefault(m.lang or "", set()).update(m.profile.title)
        if m.published is not None:
            self.first = m.published if self.first is None else min(self.first, m.published)
            self.last = m.published if self.last is None else max(self.last, m.published)

    def has(self, clue: str) -> bool:
        return clue in self.names or clue in self.actors

    def gap(self, day: dt.date | None) -> int:
        """Days from `day` to the nearest day of the story (the middle of the window when unknown)."""
        if day is None or self.first is None or self.last is None:
            return WINDOW_DAYS // 2
        if self.first <= day <= self.last:
            return 0
        return min(abs((day - self.first).days), abs((day - self.last).days))

    def near(self, day: dt.date | None) -> bool:
        """Whether an article of `day` may join: within WINDOW_DAYS of the story's articles, and the
        story then spanning no more than SPAN_DAYS. Nothing bounds an undated article in time: it joins
        only stories of undated articles (a folder of text files), and a dated one only dated stories;
        copies are found whatever the dates."""
        if day is None or self.first is None or self.last is None:
            return day is None and self.first is None
        return (
            self.first - dt.timedelta(days=WINDOW_DAYS) <= day <= self.last + dt.timedelta(days=WINDOW_DAYS)
            and (max(day, self.last) - min(day, self.first)).days <= SPAN_DAYS
        )


def story_id_for(doc_id: str) -> str:
    return "s" + hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:15]


def _overlap(a: Iterable[str], b: Counter[str], weight: Callable[[str], float] | None = None) -> float:
    """Overlap coefficient of `a` and the story's clues, weighted (by rarity): shared / the smaller side."""
    items = set(a)
    if not items or not b:
        return 0.0
    if weight is None:
        return sum(1 for x in items if x in b) / min(len(items), len(b))
    shared = sum(weight(x) for x in items if x in b)
    smaller = sum(weight(x) for x in items)
    story_side = 0.0
    for x in itertools.islice(b, _STORY_SIDE * len(items)):  # a big story's side is only summed
        story_side += weight(x)  # until it outweighs the article's (or for a few clues per clue)
        if story_side >= smaller:
            break
    smaller = min(smaller, story_side)
    return shared / smaller if smaller else 0.0


def _jaccard(a: frozenset[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class StoryIndex:
    """Stories around the dates being placed, updated as articles are placed."""

    def __init__(self, members: Iterable[Member] = (), *, model: Model | None = None) -> None:
        self.model = model or resemblance.model()
        self._lsh = WeekBands(*_LSH_PARAMS)  # the placed articles' MinHashes, week by week
        self._members: dict[str, _Entry] = {}
        self._stories: dict[str, _Story] = {}
        self._df: Counter[str] = Counter()  # in how many stories a name or actor code appears
        self._by_clue: Postings[tuple[str, Week]] = Postings()  # (name or event piece, week) -> stories
        for m in members:
            self.add(m)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._members

    def __len__(self) -> int:
        return len(self._members)

    def story_ids(self) -> set[str]:
        return set(self._stories)

    def add(self, member: Member, signature: np.ndarray | None = None) -> None:
        """An article already placed (its story_id set); `signature`: its MinHash, when at hand."""
        if member.story_id is None or member.doc_id in self._members:
            return
        signature = _signature(member.profile) if signature is None else signature
        self._members[member.doc_id] = _Entry(
            member.published, member.story_id, member.copy_of, signature, member.profile.shingles
        )
        week = week_of(member.published)
        self._lsh.insert(member.doc_id, week, signature)
        story = self._stories.setdefault(member.story_id, _Story(member.story_id))
        pieces, topics = _pieces(member.profile.signatures), _topic_clues(member.profile)
        self._df.update(x for x in {*member.profile.names, *member.profile.actors} if not story.has(x))
        self._df.update(x for x in pieces if x not in story.pieces)
        self._df.update(x for x in topics if x not in story.topics)
        story.add(member, pieces, topics)
        story.weeks.add(week)
        for clue in (*member.profile.names, *member.profile.actors, *pieces):
            self._by_clue.add((clue, week), story.story_id)

    def shrink(self, size: int) -> None:
        """Forget the earliest placed articles until `size` remain (input far from date order)."""
        self._drop(list(itertools.islice(self._members, max(0, len(self._members) - size))))

    def _drop(self, doc_ids: list[str]) -> None:
        for doc_id in doc_ids:
            m = self._members.pop(doc_id)
            self._lsh.remove(doc_id, week_of(m.published), m.minhash)
            story = self._stories.get(m.story_id)
            if story is not None:
                story.size -= 1
                if story.size <= 0:
                    self._forget(story)

    def _forget(self, story: _Story) -> None:
        del self._stories[story.story_id]
        self._df.subtract({*story.names, *story.actors, *story.pieces, *story.topics})
        for x in {*story.names, *story.actors, *story.pieces, *story.topics}:
            if self._df[x] <= 0:
                del self._df[x]
        for week in story.weeks:
            for clue in (*story.names, *story.actors, *story.pieces):
                self._by_clue.discard((clue, week), story.story_id)

    def place(self, doc_id: str, published: dt.date | None, lang: str | None, profile: Profile) -> Placement:
        """Place one new article and remember it."""
        signature = _signature(profile)
        copy = self._copy_of(signature, profile.shingles, published)
        if copy is not None:
            original, similarity = copy
            member = self._members.get(original)
            story = (member.story_id if member else None) or story_id_for(original)
            placement = Placement(doc_id, story, original, round(similarity, 3))
        else:
            best = self._best_story(profile, published, lang)
            if best is not None and best[1] >= self.model.threshold:
                placement = Placement(doc_id, best[0], None, round(best[1], 3))
            else:
                placement = Placement(doc_id, story_id_for(doc_id), None, 0.0)
        self.add(Member(doc_id, published, lang, profile, placement.story_id, placement.copy_of), signature)
        return placement

    def _copy_of(
        self, signature: np.ndarray, shingles: int, published: dt.date | None
    ) -> tuple[str, float] | None:
        found: list[tuple[dt.date, str, float]] = []
        weeks = self._lsh.weeks() if published is None else [*_weeks_near(published), None]
        for doc_id in self._lsh.query(signature, weeks):
            other = self._members[doc_id]
            if not _close(other.published, published):
                continue
            jaccard = float(np.mean(signature == other.minhash))
            similarity = _containment(jaccard, shingles, other.shingles)
            if jaccard >= _COPY_JACCARD and similarity >= COPY_THRESHOLD:
                original = other.copy_of or doc_id  # a copy of a copy is a copy of the original
                found.append((other.published or dt.date.max, original, similarity))
        if not found:
            return None
        _, original, similarity = min(found)
        return original, similarity

    def candidates(
        self, profile: Profile, published: dt.date | None, lang: str | None
    ) -> list[tuple[str, dict[str, float]]]:
        """The stories near `published` sharing the most rare names, actor codes or event pieces with the
        article, each with its resemblance features (`warta.stories.resemblance.FEATURES`)."""
        weeks = _weeks_near(published)
        common = min(_COMMON_MAX, max(_COMMON_MIN, _COMMON_SHARE * len(self._stories)))
        df = self._df

        def rarity(clue: str) -> float:  # names in many stories count little, or nothing
            n = df[clue]
            return 1.0 / math.log(2 + n) if n <= common else 0.0

        def spread(clue: str) -> float:  # actor codes and event pieces: the fewer stories, the more telling
            return 1.0 / math.log(2 + df[clue])

        rare = {x for x in profile.names if rarity(x)}
        pieces = _pieces(profile.signatures)
        topics = _topic_clues(profile)
        dyads = _dyads(profile.signatures)
        hits: Counter[str] = Counter()
        for clue in (*rare, *(x for x in profile.actors if rarity(x)), *pieces):
            ids = self._by_clue.union((clue, w) for w in weeks)
            if len(ids) <= common:  # "CONSULT:IDN" in every other story finds nothing in particular
                hits.update(ids)
        out = []
        near = (sid for sid, _ in hits.most_common() if self._stories[sid].near(published))
        for story_id in itertools.islice(near, _CANDIDATES):
            story = self._stories[story_id]
            actors = _overlap(profile.actors, story.actors, spread)
            topical = _overlap(topics, story.topics, spread)
            shared_names = sum(rarity(x) for x in rare if x in story.names)
            shared_actors = sum(spread(x) for x in profile.actors if x in story.actors)
            features = {
                "bias": 1.0,
                "names": _overlap(rare, story.names, rarity),
                "names_shared": math.log1p(shared_names),
                "pieces": _overlap(pieces, story.pieces),
                "pieces_shared": math.log1p(sum(spread(x) for x in pieces if x in story.pieces)),
                "actors": actors,
                "actors_shared": math.log1p(shared_actors),
                "topics": topical,
                "topics_actors": topical * actors,
                "topics_unknown": float(not topics or not story.topics),
                "dyads_apart": float(bool(dyads and story.dyads and not dyads & story.dyads.keys())),
                "topics_shared": math.log1p(sum(spread(x) for x in topics if x in story.topics)),
                "title": _jaccard(profile.title, story.titles.get(lang or "", set())),
                "gap": story.gap(published) / WINDOW_DAYS,
            }
            out.append((story_id, features))
        return out

    def _best_story(
        self, profile: Profile, published: dt.date | None, lang: str | None
    ) -> tuple[str, float] | None:
        scored = [(self.model.probability(x), sid) for sid, x in self.candidates(profile, published, lang)]
        if not scored:
            return None
        p, story_id = max(scored)
        return story_id, p


def _pieces(signatures: Iterable[str]) -> set[str]:
    """An event signature ("AID:IDN>PHL") as its type with each side ("AID:IDN", "AID:PHL"): reports
    of one action often disagree on which side is which, or leave one out."""
    out: set[str] = set()
    for sig in signatures:
        kind, _, sides = sig.partition(":")
        out.update(intern(f"{kind}:{code}") for code in sides.split(">") if code)
    return out


def _dyads(signatures: Iterable[str]) -> set[frozenset[str]]:
    """The pairs of countries of the article's events, unordered, whatever the type ("ACCUSE:VNM>CHN":
    {CHN, VNM}): a follow-up keeps its dyad; another happening between other parties does not."""
    out: set[frozenset[str]] = set()
    for sig in signatures:
        actor, _, recipient = sig.partition(":")[2].partition(">")
        if actor and recipient and actor != recipient:
            out.add(frozenset((actor, recipient)))
    return out


def _topic_clues(profile: Profile) -> set[str]:
    """The article's topic keys, prefixed apart from its names ("~haze")."""
    return {intern("~" + t) for t in profile.topics}  # interned: stories share one copy of each


def _containment(jaccard: float, a: int, b: int) -> float:
    """The share of the smaller shingle set inside the other, from their Jaccard and sizes
    (|A & B| = J (|A| + |B|) / (1 + J)); the Jaccard itself when a size is unknown."""
    if a <= 0 or b <= 0:
        return jaccard
    return min(1.0, jaccard * (a + b) / (1 + jaccard) / min(a, b))


def _close(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= WINDOW_DAYS


def _signature(profile: Profile) -> np.ndarray:
    return np.asarray(profile.minhash, dtype=np.uint32)


def week_of(day: dt.date | None) -> Week:
    """Days since 0001-01-01 over 7; None: undated."""
    return None if day is None else day.toordinal() // 7


def _weeks_near(day: dt.date | None) -> list[Week]:
    """The weeks of the articles an article of `day` may share a story or a copy with."""
    if day is None:
        return [None]
    return list(range((day.toordinal() - WINDOW_DAYS) // 7, (day.toordinal() + WINDOW_DAYS) // 7 + 1))
