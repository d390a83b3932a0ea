"""Which reading of a matched trigger counts where it stands: noun or verb by position, nouns that
refer back, label or figure of speech ("diplomatic clashes"), verbal acts that only describe a
relative clause's head, light verbs, and the harm a verb is about ("mengutuk pembunuhan X")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from warta.coding.lexicon import Trigger
from warta.coding.view import View
from warta.lang.pack import LanguagePack
from warta.matcher import Match

_DESCRIPTIVE = frozenset(["AGREE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE"])  # verbal acts
_HARM = frozenset(["ASSAULT", "COERCE"])
_HARM_GAP = 2  # words between a verb and the harm it is about ("mengutuk keras pembunuhan")
# Verbs of a phase of the subject's own action: "began its withdrawal" reports it, not refers back.
_ASPECTUAL = frozenset(
    "began begun begins start started starts completed completes complete finished finish resumed".split()
)
_NUMBERS = frozenset("two three four five six seven eight nine ten dozen".split())
_ASKED = frozenset(["asked", "ditanya", "ditanyakan"])
_WHEN = frozenset(["when", "if", "as", "saat", "ketika", "waktu", "sewaktu"])
_QUANTIFIERS = frozenset("several many some more dozens hundreds thousands few no".split())
_SCORE_WINDOW = 4  # words after a trigger where a match score ("2-1") shows a game, not a fight
_SCORE_MARKS = frozenset(["-", "–", ":"])
_DASHES = frozenset(["-", "–", "—"])  # the dash that ends a dateline: "LIMA (Wire) - Protests ..."
# Words that can stand before a verb after "the" without being a noun modifier ("the two agree").
_NOT_MODIFIERS = frozenset(
    [
        "not",
        "never",
        "also",
        "then",
        "two",
        "three",
        "four",
        "both",
        "all",
        "other",
        "same",
        "latter",
        "former",
    ]
)


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger chosen at tokens [start, end) of a sentence."""

    start: int
    end: int
    trig: Trigger


def skip_noun(view: View, m: Hit, trig: Trigger, pack: LanguagePack, previous: Hit | None) -> bool:
    """A trigger noun that is no new event: it refers back ("tuduhan tersebut", "this attack"), it is
    a label ("sebagai ancaman"), the reason for another action ("sanksi atas peretasan"), or what is
    being rejected."""
    if trig.voice != "noun":
        return False
    after = view.lowered[m.end] if m.end < len(view.lowered) else ""
    before = view.lowered[max(0, m.start - 2) : m.start]
    aspect = len(before) == 2 and before[0] in _ASPECTUAL  # "completed their withdrawal": the subject's own
    if after in pack.anaphora_after or (before and before[-1] in pack.anaphora_before and not aspect):
        return True
    if before and before[-1] in pack.characterisation:
        return True  # "menyebut serangan itu sebagai ancaman": a label, not a threat
    if trig.event == "ASSAULT" and figurative(view.lowered, m, pack):
        return True
    if previous is None:
        return False
    if any(t in pack.reason_preps for t in before):
        return True
    return previous.trig.event == "REJECT" and m.start - previous.end <= 1


def figurative(lowered: Sequence[str], m: Hit, pack: LanguagePack) -> bool:
    """A violence noun with a modifier that makes it no use of force: "diplomatic clashes",
    "bentrokan diplomatik" (the modifier follows the noun where possessors do)."""
    k = m.end if pack.genitive_after else m.start - 1
    return 0 <= k < len(lowered) and lowered[k] in pack.non_physical


def by_position(
    values: Sequence[Trigger], lowered: Sequence[str], start: int, pack: LanguagePack, inside: set[int]
) -> list[Trigger]:
    """The readings a phrase can have where it stands: only the noun ones after a determiner, a
    possessive, a preposition or an adjective ("his visit", "Wang's visit", "with diplomatic
    support", "anti-government protests"), so that a noun is never coded with a verb's frame."""
    if not pack.noun_markers:
        return list(values)
    word = lowered[start]
    if (start == 0 or lowered[start - 1] in _DASHES) and not word.endswith(("ed", "ing")):
        # a sentence (or the lead after its dateline) opens with a noun, not a finite verb:
        # "Protests in Lima turned violent", "LIMA (Wire) - Demonstrations against ..."
        return [t for t in values if t.voice == "noun"] or list(values)
    prev = lowered[start - 1]
    possessive = prev == "s" and start > 1 and lowered[start - 2] in ("'", "’")
    finite = word.endswith(("ed", "ing"))  # "called", "meeting Xi": only a verb
    # a hyphenated modifier ("anti-government protests", tokenised anti - government)
    compound = start > 2 and lowered[start - 2] == "-" and prev.isalpha() and lowered[start - 3].isalpha()
    adjective = compound or (
        start - 1 not in inside and prev.isalpha() and prev.endswith(pack.adjective_suffixes)
    )
    counted = prev.isdigit() or (
        prev in _NUMBERS and start > 1 and lowered[start - 2] not in pack.noun_markers
    )
    if (
        prev in pack.noun_markers
        or counted  # "two patrol vessels", "20 attack helicopters" (not "the two meet")
        or (possessive and "'s" in pack.noun_markers)
        or (not finite and (prev in pack.noun_preps or adjective or _modifier(lowered, start, pack, inside)))
    ):
        return [t for t in values if t.voice == "noun"]
    return list(values)


def _modifier(lowered: Sequence[str], start: int, pack: LanguagePack, inside: set[int]) -> bool:
    """A singular noun modifier between a determiner or preposition and the word ("the artillery
    shells", "on carbon capture"): the word is the head noun, not a verb ("the army shells" names
    an actor before it, "the two sides agree" a plural)."""
    if start < 2 or start - 1 in inside or start - 2 in inside:
        return False
    prev, before = lowered[start - 1], lowered[start - 2]
    if (
        not prev.isalpha()
        or prev.endswith(("s", "ly"))
        or prev in _NOT_MODIFIERS
        or prev in pack.noun_markers
    ):
        return False
    quantity = before.isdigit() or before in _QUANTIFIERS  # "20 artillery shells", "several mortar rounds"
    return quantity or before in pack.noun_markers | pack.noun_preps | pack.locative_preps | {"on"}


def orders_action(m: Hit, following: Sequence[Match[Trigger]]) -> bool:
    """An order whose object is an action noun ("ordered the deployment of troops"): the action is
    reported as done by whoever ordered it, and the order itself is no request to anyone."""
    if m.trig.frame != "command" or not following:
        return False
    nxt = following[0]
    return nxt.start - m.end <= 2 and any(t.voice == "noun" for t in nxt.values)


def put_question(lowered: Sequence[str], m: Hit) -> bool:
    """A reporter's question that opens the sentence ("Asked whether ..., a spokesperson said",
    "When asked about ...", "Ditanya soal ..."): no one requests anything."""
    if lowered[m.start] not in _ASKED:
        return False
    return m.start == 0 or (m.start == 1 and lowered[0] in _WHEN)


def match_score(lowered: Sequence[str], m: Hit) -> bool:
    """A score after the trigger ("beat Australia 2-1", "menang 3-0"): a game, not a use of force."""
    window = lowered[m.end : m.end + _SCORE_WINDOW + 2]
    return any(
        window[k].isdigit() and window[k + 1] in _SCORE_MARKS and window[k + 2].isdigit()
        for k in range(len(window) - 2)
    )


def described(lowered: Sequence[str], m: Hit, pack: LanguagePack, inside: set[int]) -> bool:
    """A verbal act in a relative clause whose subject is the relative word describes its head, it is
    no news of its own: "pernyataan pemerintah AS yang meminta ...", "demonstrators who rejected the
    law" (not "a note in which China demanded ...", nor a finding with its content, "a report that
    found that ...", and an arrest or a killing told there, "jurnalis yang ditahan", still happened and
    is coded)."""
    if m.trig.voice != "active" or m.trig.event not in _DESCRIPTIVE:
        return False
    if m.end < len(lowered) and lowered[m.end] in pack.complementizers:
        return False  # "laporan yang menemukan bahwa ...": what a released report found is news
    for k in (m.start - 1, m.start - 2):
        if k >= 0 and lowered[k] in pack.relativizers:
            return not any(j in inside for j in range(k + 1, m.start))
    return False


def harm_object(
    view: View, m: Hit, following: Sequence[Match[Trigger]], pack: LanguagePack
) -> tuple[int, int] | None:
    """The span of a harm done to someone that a verb takes as its object ("mengutuk keras pembunuhan
    X", "condemned the killing of X"): X is the victim, not whom the verb is about."""
    if not following or m.trig.voice == "noun":
        return None
    nxt = following[0]
    harm = any(t.voice == "noun" and t.event in _HARM for t in nxt.values)
    if not harm or nxt.start - m.end > _HARM_GAP:
        return None
    word = view.lowered[nxt.start]
    after = view.lowered[nxt.end] if nxt.end < len(view.lowered) else ""
    patient = bool(pack.patient_affixes) and word.startswith(pack.patient_affixes[0])
    patient = patient and word.endswith(pack.patient_affixes[1])
    return (nxt.start, nxt.end) if patient or after in pack.patient_preps else None


def light_verb(view: View, m: Hit, pack: LanguagePack, previous: Hit | None) -> bool:
    """The noun is the object of a verb that is not a trigger itself ("melakukan kunjungan")."""
    if m.start == 0 or not pack.verb_prefixes:
        return False
    verb = view.lowered[m.start - 1]
    is_trigger = previous is not None and previous.end == m.start
    return verb.startswith(pack.verb_prefixes) and len(verb) > 4 and not is_trigger
