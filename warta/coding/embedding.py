"""Actions embedded under another trigger have not happened, or are not established as fact.

"Israel menolak membebaskan tahanan" (a refusal: the release is negated), "meminta junta membebaskan
tahanan" and "mengancam menjatuhkan sanksi" (a demand or threat: anticipated), "membantah bahwa
pasukannya menembaki konvoi" (a denial: negated), "accused Russia of hacking" (an allegation:
hypothetical, GUIDELINES section 3). The embedded trigger follows its head in the same clause, at most
a short object away ("meminta Presiden mencopot"), after "untuk"/"to", or after a complementizer
("bahwa", "that"). A relative clause ("jurnalis yang ditahan") or a coordination ("menolak dan
mengecam") reports an action of its own.
"""

from __future__ import annotations

from collections.abc import Container

from warta.coding.lexicon import Trigger
from warta.coding.view import View
from warta.lang.pack import LanguagePack

# The factuality an embedded action takes from the kind of its head.
FACTUALITY = {
    "REJECT": "negated",
    "REQUEST": "anticipated",
    "THREATEN": "anticipated",
    "AGREE": "anticipated",
    "ALLEGE": "hypothetical",
}
_TO = frozenset(["untuk", "to", "agar", "supaya", "of"])
_MAX_GAP = 3  # words (outside actor names) between a head and the action it governs
_MAX_TO_GAP = 8


def head_kind(trig: Trigger) -> str | None:
    """The kind of embedding `trig` heads, or None if what follows it is reported as fact."""
    if trig.frame == "command":
        return None  # "ordered the deployment of troops": reported as done
    if trig.event in FACTUALITY:
        return trig.event
    if trig.event == "ACCUSE" and trig.mode == "allege":
        return "ALLEGE"
    return None


Head = tuple[str, int, bool]  # kind, the token after the head trigger, whether it is a noun


def embedding(
    view: View, pack: LanguagePack, head: Head | None, start: int, inside: Container[int]
) -> str | None:
    """The kind of the head that governs a trigger at token `start`, if any."""
    if head is None:
        return None
    kind, end, noun = head
    words = [view.lowered[k] for k in range(end, start) if k not in inside]
    if any(w in pack.relativizers or w in pack.coordinators or w == "," for w in words):
        return None
    bridges = pack.complementizers | _TO
    if any(end <= k < start and view.lowered[k] not in bridges for k in view.breaks):
        return None
    if len(words) <= _MAX_GAP and not noun:  # "The refusal drew condemnation": the noun is a subject
        return kind
    if any(w in pack.complementizers for w in words):
        return kind
    return kind if len(words) <= _MAX_TO_GAP and any(w in _TO for w in words[:4]) else None
