"""Trigger lexicons: each pack's `triggers.txt` compiled into a phrase matcher of `Trigger`s."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from warta.errors import Errors, LanguagePackError
from warta.lang import get_lang_pack
from warta.lang.pack import DataLine, LanguagePack
from warta.matcher import PhraseMatcher
from warta.ontology import EVENT_TYPES, modes_of
from warta.sentences import tokenize

FRAMES = frozenset({"-", "mutual", "host", "summon", "visit", "self", "opinion", "command"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """What a trigger phrase means: type, mode, argument frame and grammatical voice."""

    event: str
    mode: str | None
    frame: str
    voice: str  # active, passive or noun
    pattern: str
    roots: frozenset[str]  # root(s) of its head word: "{meN,di}+kunjung+i", "kunjungan" -> {"kunjung", ...}
    requires: tuple[str, ...] = ()  # one of these words must follow in the clause ("mencabut ... visa")
    within: int = 0  # ... within this many tokens (0: anywhere in the window of `choose`)
    own: bool = False  # naming no recipient, it is done to the actor's own side (an `@own` line)

    def satisfied(self, following: Sequence[str]) -> bool:
        """Whether a required word is among the tokens that follow (enclitics allowed: "visanya")."""
        if not self.requires:
            return True
        window = following[: self.within] if self.within else following
        return any(
            tok == w or (tok.startswith(w) and tok[len(w) :] in _ENCLITICS)
            for tok in window
            for w in self.requires
        )


@dataclass(frozen=True, slots=True)
class Cue:
    """Words after a trigger that pick its mode ("meminta bantuan" -> REQUEST assist)."""

    event: str
    mode: str
    words: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Lexicon:
    matcher: PhraseMatcher[Trigger]
    cues: dict[str, tuple[Cue, ...]]

    def mode_from_cues(self, event: str, lowered: Sequence[str]) -> str | None:
        """The mode whose cue words appear first in `lowered` (tokens after the trigger)."""
        best: tuple[int, str] | None = None
        for cue in self.cues.get(event, ()):
            for words in cue.words:
                i = _first_at(lowered, words)
                if i is not None and (best is None or i < best[0]):
                    best = (i, cue.mode)
        return best[1] if best else None


def _first_at(lowered: Sequence[str], words: tuple[str, ...]) -> int | None:
    """Where `words` first occur in `lowered` (a C-level search for the first word, then a check)."""
    n, i = len(words), 0
    stop = len(lowered) - n + 1  # the last start with room for every word, plus one
    while i < stop:
        try:
            i = lowered.index(words[0], i, stop)
        except ValueError:
            return None
        if tuple(lowered[i : i + n]) == words:
            return i
        i += 1
    return None


_TOP_COMMA = re.compile(r",(?![^{]*\})")
_ENCLITICS = ("", "nya", "lah", "s")  # "visanya", English plurals ("visas")
REQUIRE_WINDOW = 10  # tokens after a head word in which its required object must appear
_AFFIXES = frozenset(
    ["meN", "memper", "peN", "pe", "per", "ke", "ber", "ter", "di", "diper", "an", "kan", "i", "me"]
)


def choose(triggers: Sequence[Trigger], following: Sequence[str]) -> Trigger | None:
    """The trigger a phrase stands for here: one whose required object follows, else one without
    requirements ("mencabut ~visa" is a SANCTION; "mencabut" alone is not listed, so nothing)."""
    for trig in triggers:
        if trig.requires and trig.satisfied(following):
            return trig
    return next((t for t in triggers if not t.requires), None)


def roots_of(pattern: str, pack: LanguagePack) -> frozenset[str]:
    """The root(s) of a trigger pattern's head word: the marked root of "{meN,di}+kecam", else the
    pack's candidate roots of a word written whole ("pemanggilan" -> "panggil", ...)."""
    head = re.sub(r"\{[^}]*\}\+?", "", pattern.split()[0])
    marked = "+" in head.replace("+V", "").replace("+N", "")
    parts = [p for p in head.replace("+V", "").replace("+N", "").split("+") if p and p not in _AFFIXES]
    word = (parts[0] if parts else head).split("|")[0].lower()
    return frozenset([word]) if marked else pack.roots(word)


def split_patterns(field: str) -> list[str]:
    """Comma-separated patterns; commas inside {alternatives} do not split."""
    return [p.strip() for p in _TOP_COMMA.split(field) if p.strip()]


def _check(pack: LanguagePack, lineno: int, event: str, mode: str | None) -> None:
    if event not in EVENT_TYPES:
        raise pack.data_error("triggers.txt", lineno, f"unknown event type {event!r}")
    if mode is not None and mode not in modes_of(event):
        raise pack.data_error("triggers.txt", lineno, f"{mode!r} is not a mode of {event}")


def _own_events(pack: LanguagePack, rows: Sequence[DataLine]) -> frozenset[tuple[str, str | None]]:
    """The types (and modes) of `@own` lines: with no recipient named, done to the actor's own side."""
    out = set()
    for row in rows:
        if row.fields[0] != "@own":
            continue
        if len(row.fields) != 3:
            raise pack.data_error("triggers.txt", row.lineno, "expected '@own<TAB>TYPE<TAB>mode'")
        mode = None if row.fields[2] == "-" else row.fields[2]
        _check(pack, row.lineno, row.fields[1], mode)
        out.add((row.fields[1], mode))
    return frozenset(out)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled trigger lexicon of a language pack."""
    pack = get_lang_pack(lang)
    matcher: PhraseMatcher[Trigger] = PhraseMatcher(enclitics=pack.enclitics)
    cues: dict[str, list[Cue]] = {}
    rows = list(pack.read_data("triggers.txt"))
    if not rows:
        raise LanguagePackError(
            Errors.E004.format(code=lang, file="triggers.txt", line=0, problem="no triggers")
        )
    own = _own_events(pack, rows)
    for row in rows:
        fields = row.fields
        if fields[0] == "@own":
            continue
        if fields[0] == "@cue":
            if len(fields) != 4:
                raise pack.data_error(
                    "triggers.txt", row.lineno, "expected '@cue<TAB>TYPE<TAB>mode<TAB>words'"
                )
            _check(pack, row.lineno, fields[1], fields[2])
            words = tuple(tuple(t.lower() for t in tokenize(w)[0]) for w in split_patterns(fields[3]))
            cues.setdefault(fields[1], []).append(Cue(fields[1], fields[2], tuple(w for w in words if w)))
            continue
        if len(fields) != 4:
            raise pack.data_error(
                "triggers.txt", row.lineno, "expected 'TYPE<TAB>mode<TAB>frame<TAB>patterns'"
            )
        event, mode_field, frame, patterns = fields
        mode = None if mode_field == "-" else mode_field
        _check(pack, row.lineno, event, mode)
        if frame not in FRAMES:
            raise pack.data_error("triggers.txt", row.lineno, f"unknown frame {frame!r}")
        for pattern in split_patterns(patterns):
            if not pattern:
                continue
            parts = pattern.split()
            spec = [r for r in parts if r.startswith("~")]
            requires = tuple(w for r in spec for w in r.lstrip("~=").split("@")[0].lower().split("|"))
            within = 1 if any(r.startswith("~=") for r in spec) else 0  # "~=a|b": the very next word
            within = next((int(r.split("@")[1]) for r in spec if "@" in r), within)  # "~to@4": within 4
            head = " ".join(w for w in parts if not w.startswith("~"))
            for form, voice in pack.expand(head):
                mine = (event, mode) in own or (event, None) in own
                root = roots_of(head, pack)
                trigger = Trigger(event, mode, frame, voice, head, root, requires, within, mine)
                matcher.add(form, trigger, case="exact" if form.isupper() else "any")
    return Lexicon(matcher, {k: tuple(v) for k, v in cues.items()})
