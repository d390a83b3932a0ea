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
_WORD_HASHES: dict[str, int] = {}  # word -> crc32, shared by all articles of a run
_WORD_CACHE = 1_000_000  # words remembered at most (then the cache starts again)


def shingles(text: str) -> np.ndarray:
    """Distinct 32-bit hashes of the word 4-shingles of a text, lowercased (a short text: its words).

    Each word is hashed once (crc32, stable across runs and machines); a shingle's hash mixes its four
    word hashes with odd multipliers, in numpy: no string is built per shingle."""
    words = _WORD.findall(text.lower())
    if len(_WORD_HASHES) > _WORD_CACHE:
        _WORD_HASHES.clear()
    known = _WORD_HASHES.get
    ids = np.array([known(w) or _hash_word(w) for w in words], dtype=np.uint32)
    if len(ids) < SHINGLE:
        return np.unique(ids)
    n = len(ids) - SHINGLE + 1
    grams = ids[:n] * _MIX[0]
    for k in range(1, SHINGLE):
        grams ^= ids[k : k + n] * _MIX[k]
        grams = (grams << np.uint32(7)) | (grams >> np.uint32(25))
    return np.unique(grams)


def _hash_word(word: str) -> int:
    return _WORD_HASHES.setdefault(word, zlib.crc32(word.encode()))


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
_LEADS = "".join(c for c in map(chr, range(0x10000)) if c.isupper() or c.isdigit())  # (the BMP's)
_CAPITAL_OR_DIGIT = re.compile(rf"(?<!\w)[{re.escape(_LEADS)}]\w*")  # the words `_names` looks at


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
    ("Border Force", "border"), years and the numbers of a date ("(10/3)") are no clues."""
    covered = {
        k for m in article.mentions if m.kind not in ("person", "office") for k in range(m.start, m.end)
    }
    skip = _not_names() | {w.lower() for w in _WORD.findall(article.outlet or "")}
    pack = pack_for(article.lang)
    text = article.text
    common = {w for w in set(_WORD.findall(text)) if w.islower()}  # "border" as well
    tokens = [(m.start(), m.group()) for m in _CAPITAL_OR_DIGIT.finditer(text)]
    starts = {sent.start for sent in article.sentences}
    after_dateline = _dateline_end(article)
    out: set[str] = set()
    for at, tok in tokens:  # a capitalised word or a number
        if not (tok[0].isupper() or tok.isdigit()) or at in covered or at in starts or at < after_dateline:
            continue
        before = text[at - 1] if at and not text[at - 1].isspace() else _char_before(text, at)
        if tok[0].isdigit():
            in_date = before in ("/", ":") or text[at + len(tok) : at + len(tok) + 1] in ("/", ":")
            if len(tok) > 1 and not in_date and not _YEAR.fullmatch(tok):  # years: background ("sejak 2014")
                out.add(tok)
        elif tok[0].isupper() and len(tok) >= _MIN_NAME and before not in _OPENERS:
            word = tok.lower()
            if word not in skip and word not in common and not (pack and _codes_word(pack.code, tok)):
                out.add(word)
    return frozenset(out)


def _dateline_end(article: Article) -> int:
    """Where the dateline ("MOSKOW, Harian Kita -", "MANILA (Asia Wire) -") ends: its outlet's name
    is no clue. 0 when the article has none."""
    line = dateline(article.mentions, article.sentences)
    if line is None:
        return 0
    m = _DATELINE_END.search(article.text, line.end, line.end + _DATELINE_TAIL)
    return m.end() if m else 0


def _char_before(text: str, at: int) -> str:
    """The last character before `at` that is not a space ("" at the start)."""
    j = at - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return text[j] if j >= 0 else ""


def _title_words(article: Article) -> frozenset[str]:
    """Content words of the title and the lead (the first two sentences): what the story is about,
    compared between articles of one language."""
    lead = [article.text[s.start : s.end] for s in article.sentences[:_LEAD]]
    words = _WORD.findall(" ".join([article.title or "", *lead]).lower())
    return frozenset(w for w in words if w not in _TITLE_STOP and len(w) > 3 and not w.isdigit())


def profile_article(article: Article) -> Article:
    """Stage: fill `profile`."""
    body = article.text
    if article.title and body.startswith(article.title):
        body = body[len(article.title) :]
    signatures = frozenset(
        f"{e.event}:{e.actor[0].code if e.actor else ''}>{e.recipient[0].code if e.recipient else ''}"
        for e in article.events
        if e.factuality == "asserted"
    )
    grams = shingles(body)
    profile = Profile(
        minhash=minhash_of(grams),
        names=_names(article),
        actors=frozenset(a.code for a in article.mentions if a.code),
        signatures=signatures,
        title=_title_words(article),
        shingles=len(grams),
    )
    return dataclasses.replace(article, profile=profile)
