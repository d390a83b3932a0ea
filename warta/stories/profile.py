"""Stage `profile`: what story clustering needs from one article, computed once, stored with it.

Cross-language clues are the ones translation does not change: proper names and numbers (a person,
"14 civilians", "2026"), actor codes, and the signatures of the events coded (SANCTION RUS>USA). The
MinHash of the body's word shingles finds copies of one text (syndicated wire stories).
"""

from __future__ import annotations

import dataclasses
import functools
import re
import zlib
from collections.abc import Sequence
from sys import intern

import numpy as np
from datasketch import MinHash

from warta.actors.gazetteer import gazetteer
from warta.actors.home import dateline
from warta.lang import available_languages, get_lang_pack, pack_for
from warta.lang.calendar import calendar_words
from warta.model import Article, Profile

__all__ = ["NUM_PERM", "PERMUTATIONS", "SCHEME", "SEED", "minhash_of", "profile_article", "shingles"]

NUM_PERM = 64
SHINGLE = 4
_WORD = re.compile(r"\w+", re.UNICODE)
SEED = 7  # fixed, so signatures stored today compare with those computed tomorrow
_MIN_NAME = 3
_DATELINE_END = re.compile(r"\s[-–—]\s|:\s")
_DATELINE_TAIL = 60  # characters between the dateline's place and its dash, at most
_LEAD = 2  # sentences of the lead whose words join the title's
_TOPIC_LEAD = 3  # sentences of the lead whose topics join the title's
_MIN_ROOT = 4  # a root stripped of affixes names a topic from this length ("asap"; not "ita" of "berita")
_OPENERS = frozenset(['"', "“", "'", "‘", "(", "-", "–", "—", ":"])  # a capital after these opens a quote
_TITLE_STOP = frozenset(
    """
    yang dan di ke dari untuk pada dengan atas dalam ini itu akan telah soal usai jadi
    the a an of to in on for and with at by from over as after is are was were be its their his her
    """.split()
)
SCHEME = "affine32"  # datasketch's hashing scheme: stored signatures say which one made them
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)  # permutations shared by every signature
PERMUTATIONS = _TEMPLATE.permutations
_EMPTY = tuple(int(v) for v in _TEMPLATE.hashvalues)
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F], dtype=np.uint32)  # odd: no bits lost


class _WordHashes(dict[str, int]):
    """word -> crc32 of its UTF-8 (stable across runs and machines), computed on first look-up."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode())
        return value


_WORD_HASHES = _WordHashes()  # shared by all articles of a run
_WORD_CACHE = 1_000_000  # words remembered at most (then the cache starts again)


def shingles(text: str) -> np.ndarray:
    """Distinct 32-bit hashes of the word 4-shingles of a text, lowercased (a short text: its words)."""
    return _shingle_hashes(_WORD.findall(text.lower()))


def _shingle_hashes(words: Sequence[str]) -> np.ndarray:
    """Distinct 32-bit hashes of the 4-shingles of lowercase words (fewer than 4: the words').

    Each word is hashed once (crc32, stable across runs and machines); a shingle's hash mixes its four
    word hashes with odd multipliers, in numpy: no string is built per shingle."""
    if len(_WORD_HASHES) > _WORD_CACHE:
        _WORD_HASHES.clear()
    ids = np.fromiter(map(_WORD_HASHES.__getitem__, words), dtype=np.uint32, count=len(words))
    if len(ids) < SHINGLE:
        return _distinct(ids)
    n = len(ids) - SHINGLE + 1
    grams = ids[:n] * _MIX[0]
    for k in range(1, SHINGLE):
        grams ^= ids[k : k + n] * _MIX[k]
        grams = (grams << np.uint32(7)) | (grams >> np.uint32(25))
    return _distinct(grams)


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: `np.unique` of a flat array without its general machinery (a third
    of the time for an article's shingles)."""
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _body_words(article: Article) -> list[str]:
    """The lowercase words of the body (the text after a leading title), from the sentences' tokens:
    the words `shingles` would find, without scanning the text again."""
    cut = len(article.title) if article.title and article.text.startswith(article.title) else 0
    words: list[str] = []
    for sent in article.sentences:
        if sent.start >= cut:
            # a token of two characters or more is a word: no call for most tokens (a hot loop)
            words.extend([t for t in sent.lowered if len(t) > 1 or _is_word(t)])
        elif sent.end > cut:
            pairs = zip(sent.lowered, sent.offsets, strict=True)
            words.extend(t for t, at in pairs if at >= cut and _is_word(t))
    return words


def _is_word(token: str) -> bool:
    """A word token (`\\w+`), not a punctuation mark (one character that is neither alphanumeric nor
    "_": re's `\\w`)."""
    return len(token) > 1 or token.isalnum() or token == "_"


def minhash_of(hashes: np.ndarray) -> tuple[int, ...]:
    """The MinHash of a set of 32-bit hashes, as datasketch's `MinHash(scheme="affine32")` computes it
    from them, vectorised: the MurmurHash3 finaliser, then h -> a*h + b mod 2^32 for each of the
    template's permutations, then the minimum."""
    if not len(hashes):
        return _EMPTY
    hv = hashes.astype(np.uint32, copy=True)
    hv ^= hv >> np.uint32(16)
    hv *= np.uint32(0x85EBCA6B)
    hv ^= hv >> np.uint32(13)
    hv *= np.uint32(0xC2B2AE35)
    hv ^= hv >> np.uint32(16)
    a, b = _TEMPLATE.permutations
    return tuple((hv[:, None] * a + b).min(axis=0).tolist())


@functools.cache
def _codes_word(lang: str, word: str) -> bool:
    """Whether a capitalised word (or its plural) names a coded actor: a state, its people, a capital,
    an organisation. Actor codes already carry those across languages."""
    matcher = gazetteer(lang)
    for form in (word, word[:-1] if word.endswith("s") else ""):
        if form and any(
            v.code and v.kind not in ("person", "office", "city")
            for m in matcher.find([form])
            for v in m.values
        ):
            return True
    return False


_YEAR = re.compile(r"(?:19|20)\d\d")


@functools.cache
def _not_names() -> frozenset[str]:
    """Capitalised words that name no one in particular: weekdays, months, offices of every pack."""
    words: set[str] = set(_TITLE_STOP)
    for code in available_languages():
        pack = get_lang_pack(code)
        words |= calendar_words(code) | pack.office_words
    return frozenset(words)


def _names(article: Article) -> frozenset[str]:
    """Capitalised words that do not open a sentence, and numbers: clues that survive translation.
    Words inside a country's or an organisation's name are left to the actor codes; weekdays, months,
    offices, the outlet's name (and the dateline's), words the article also writes in lower case
    ("Border Force", "border"), years and the numbers of a date ("(10/3)", "Published: 18 Oct") are no
    clues. Read from the sentences' tokens (a word's first character decides; the token before it
    is the last non-space character before it)."""
    covered = {
        k for m in article.mentions if m.kind not in ("person", "office") for k in range(m.start, m.end)
    }
    not_names, outlet = _not_names(), {w.lower() for w in _WORD.findall(article.outlet or "")}
    pack = pack_for(article.lang)
    text = article.text
    common = {t for sent in article.sentences for t in sent.tokens if t.islower()}  # "border" as well
    after_dateline = _dateline_end(article)
    out: set[str] = set()
    for sent in article.sentences:
        tokens, offsets = sent.tokens, sent.offsets
        for i in range(1, len(tokens)):  # the first token opens the sentence
            tok, at = tokens[i], offsets[i]
            head = tok[0]
            if not (head.isupper() or tok.isdigit()) or at in covered or at < after_dateline:
                continue
            before = tokens[i - 1][-1]
            if tok.isdigit():
                in_date = before in ("/", ":") or text[at + len(tok) : at + len(tok) + 1] in ("/", ":")
                if len(tok) > 1 and not in_date and not _YEAR.fullmatch(tok):  # years: background
                    out.add(tok)
            elif len(tok) >= _MIN_NAME and before not in _OPENERS:
                word = tok.lower()
                if (
                    word not in not_names
                    and word not in outlet
                    and word not in common
                    and not (pack and _codes_word(pack.code, tok))
                ):
                    out.add(intern(word))
    return frozenset(out)


def _dateline_end(article: Article) -> int:
    """Where the dateline ("MOSKOW, Harian Kita -", "MANILA (Asia Wire) -") ends: its outlet's name
    is no clue. 0 when the article has none."""
    line = dateline(article.mentions, article.sentences)
    if line is None:
        return 0
    m = _DATELINE_END.search(article.text, line.end, line.end + _DATELINE_TAIL)
    return m.end() if m else 0


def _title_words(article: Article) -> frozenset[str]:
    """Content words of the title and the lead (the first two sentences): what the story is about,
    compared between articles of one language."""
    lead = [article.text[s.start : s.end] for s in article.sentences[:_LEAD]]
    words = _WORD.findall(" ".join([article.title or "", *lead]).lower())
    return frozenset(intern(w) for w in words if w not in _TITLE_STOP and len(w) > 3 and not w.isdigit())


@functools.lru_cache(maxsize=16_384)  # bounded: perturbed or misspelt words are many
def _topic(lang: str, word: str) -> str | None:
    """The topic key of a lowercase word in language `lang` (`topics.tsv` of its pack): the word's own,
    else that of one of its roots ("penangkapan" -> "tangkap" -> "arrest")."""
    pack = get_lang_pack(lang)
    topics = pack.topics
    if word in topics:
        return topics[word] if topics[word] != "-" else None
    roots = sorted(pack.roots(word), key=lambda r: (-len(r), r))  # the least stripped first
    found = next((topics[r] for r in roots if len(r) >= _MIN_ROOT and r in topics), None)
    return found if found != "-" else None


def _topics(article: Article) -> frozenset[str]:
    """Topic keys of the title and the lead: what the article is about, in any language."""
    pack = pack_for(article.lang)
    if pack is None or not pack.topics:
        return frozenset()
    lead = [article.text[s.start : s.end] for s in article.sentences[:_TOPIC_LEAD]]
    words = set(_WORD.findall(" ".join([article.title or "", *lead]).lower()))
    found = (_topic(pack.code, w) for w in words if not w.isdigit())
    return frozenset(t for t in found if t)


def profile_article(article: Article) -> Article:
    """Stage: fill `profile`."""
    signatures = frozenset(
        f"{e.event}:{e.actor[0].code if e.actor else ''}>{e.recipient[0].code if e.recipient else ''}"
        for e in article.events
        if e.factuality == "asserted"
    )
    grams = _shingle_hashes(_body_words(article))
    profile = Profile(
        minhash=minhash_of(grams),
        names=_names(article),
        actors=frozenset(a.code for a in article.mentions if a.code),
        signatures=signatures,
        title=_title_words(article),
        shingles=len(grams),
        topics=_topics(article),
    )
    return dataclasses.replace(article, profile=profile)
