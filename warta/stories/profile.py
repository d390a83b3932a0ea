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
from collections.abc import Iterable

from datasketch import MinHash

from warta.actors.gazetteer import gazetteer
from warta.lang import available_languages, get_lang_pack, pack_for
from warta.lang.calendar import calendar_words
from warta.model import Article, Profile

__all__ = ["NUM_PERM", "SCHEME", "minhash_of", "profile_article", "shingles"]

NUM_PERM = 64
SHINGLE = 4
_WORD = re.compile(r"\w+", re.UNICODE)
_SEED = 7  # fixed, so signatures stored today compare with those computed tomorrow
_MIN_NAME = 3
_OPENERS = frozenset(['"', "“", "'", "‘", "(", "-", "–", "—", ":"])  # a capital after these opens a quote
_TITLE_STOP = frozenset(
    """
    yang dan di ke dari untuk pada dengan atas dalam ini itu akan telah soal usai jadi
    the a an of to in on for and with at by from over as after is are was were be its their his her
    """.split()
)
SCHEME = "affine32"  # datasketch's hashing scheme: stored signatures say which one made them
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=SCHEME)  # permutations shared by every signature


def shingles(text: str) -> set[bytes]:
    """Word 4-shingles of a text, lowercased (a short text gives its words)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {w.encode() for w in words}
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def minhash_of(items: Iterable[bytes]) -> tuple[int, ...]:
    m = MinHash(
        num_perm=NUM_PERM, seed=_SEED, permutations=_TEMPLATE.permutations, scheme=SCHEME, hashfunc=zlib.crc32
    )  # crc32: a stable 32-bit hash in C, twice as fast as datasketch's sha1 here
    m.update_batch(list(items))
    return tuple(int(v) for v in m.hashvalues)


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
    offices, the outlet's name, words the article also writes in lower case ("Border Force", "border")
    and the numbers of a date ("(10/3)") are no clues."""
    covered = {
        k for m in article.mentions if m.kind not in ("person", "office") for k in range(m.start, m.end)
    }
    skip = _not_names() | {w.lower() for w in _WORD.findall(article.outlet or "")}
    pack = pack_for(article.lang)
    common = {t for sent in article.sentences for t in sent.tokens[1:] if t.islower()}  # "border" as well
    out: set[str] = set()
    for sent in article.sentences:
        toks = sent.tokens
        for i, (tok, off) in enumerate(zip(toks, sent.offsets, strict=True)):
            if off in covered:
                continue
            if tok[:1].isdigit():
                in_date = (i > 0 and toks[i - 1] in "/:") or (i + 1 < len(toks) and toks[i + 1] in "/:")
                if len(tok) > 1 and not in_date:
                    out.add(tok.rstrip(".,"))
            elif i > 0 and tok[:1].isupper() and len(tok) >= _MIN_NAME and toks[i - 1] not in _OPENERS:
                word = tok.lower()
                if word not in skip and word not in common and not (pack and _codes_word(pack.code, tok)):
                    out.add(word)
    return frozenset(out)


def _title_words(article: Article) -> frozenset[str]:
    title = article.title or (
        article.text[article.sentences[0].start : article.sentences[0].end] if article.sentences else ""
    )
    return frozenset(w for w in _WORD.findall(title.lower()) if w not in _TITLE_STOP and len(w) > 2)


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
