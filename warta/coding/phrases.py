"""Where the parties of a trigger stand in its clause: agents ("oleh"/"by"), possessors, passives,
scenes, purpose phrases, "antara A dan B", pairs ("kedua negara"), pronoun and fallback subjects, and
the country of a party named only by office. Small pure functions over a `View`, used by `arguments`.
"""

from __future__ import annotations

import dataclasses

from warta.coding.lexicon import Trigger
from warta.coding.view import Placed, View, clause_subject, eligible, resolve_pronoun
from warta.lang.pack import LanguagePack
from warta.model import Actor

_MUTUAL_SUBJECTS = frozenset(["kedua", "keduanya", "both", "two"])
_DETERMINERS = frozenset(["the", "a", "an"])
_BETWEEN = frozenset(["antara", "between"])
_SCENE_GAP = 3  # "ditahan di Ashdod", "detained in Turkey's capital"
_OFFICE_NAME_GAP = 3  # capitalised words between an office word and its state: "Badan Keamanan Laut Malaysia"
_CROWD_GAP = 8  # "Unjuk rasa menolak rancangan undang-undang keuangan di Kenya"
_PLACE_KINDS = frozenset(["place", "state", "capital", "city", "region"])
_SOURCE_GAP = 2  # words between a noun trigger and "dari"/"from" ("kecaman keras dari")
_MODIFIER_GAP = 3  # words between a noun and its possessor: "serangan udara besar-besaran Israel"
_MIN_PASSIVE_VERB = 5
_GOVERNMENT = frozenset(["GOV"])
ORGANISATIONS = frozenset(["IGO", "UNO", "EUR"])
_POSSESSIVE_ENCLITICS = ("nya",)  # "pasukannya": his or her troops  # "dilakukan", not "dia" or "diri"


def _office_of_state(view: View, office: Placed) -> Placed | None:
    """The state that names an uncoded office word a capitalised name or two later ("Pasukan
    Perbatasan Australia", "Badan Keamanan Laut Malaysia"): that state's office acts."""
    tokens = view.sent.tokens
    for p in view.mentions:
        near = 0 <= p.start - office.end <= _OFFICE_NAME_GAP and p.actor.code and p.actor.kind == "state"
        if near and all(tokens[k][:1].isupper() and tokens[k].isalpha() for k in range(office.end, p.start)):
            return p
    return None


def agent_of(view: View, end: int, pack: LanguagePack, *, adjacent: bool) -> Placed | None:
    """The agent of a passive or a noun: after "oleh"/"by", after an agentive passive verb ("yang
    dilakukan Israel"), or (`adjacent`) right after a passive trigger ("diserang Rusia")."""
    right = view.right_bound(end)
    for p in view.mentions:
        if adjacent and p.start == end and p.actor.code is None and p.actor.kind == "office":
            named = _office_of_state(view, p)  # "ditangkap Pasukan Perbatasan Australia"
            if named is not None:
                return named
        if not (end <= p.start < right and p.actor.code and p.actor.kind != "place"):
            continue
        agent_marked = view.preceded_by(p, pack.agent_markers) or (
            p.start >= 2
            and view.lowered[p.start - 1] in _DETERMINERS
            and view.lowered[p.start - 2] in pack.agent_markers
        )
        other_noun = any(t in pack.recipient_preps for t in view.lowered[end : p.start])
        if agent_marked and not adjacent and other_noun:
            continue  # "response to a move by the US": the agent of another noun, not of the trigger
        if agent_marked or (adjacent and p.start == end):
            return p
        before = view.lowered[p.start - 1] if p.start > end else ""
        relative = p.start - 2 >= end and view.lowered[p.start - 2] in pack.relativizers
        if (
            pack.passive_prefix
            and before.startswith(pack.passive_prefix)
            and len(before) > _MIN_PASSIVE_VERB
            and relative  # "serangan yang dilakukan Israel"; not "Uji coba rudal X dikecam Washington"
        ):
            return p
    return None


def passive_after(view: View, end: int, pack: LanguagePack) -> int:
    """Where a passive clause starts after a noun trigger ("[Russia's strike on Kyiv] was condemned by
    the UN and the EU"): who follows did something else, to the noun's actor, not the noun's target."""
    right = view.right_bound(end)
    for k in range(end, right - 1):
        if view.lowered[k] in pack.passive_aux and view.lowered[k + 1].endswith(("ed", "en", "wn")):
            return k
    return right


def scene_of(view: View, end: int, pack: LanguagePack) -> Actor | None:
    """The place named right after a trigger by a locative preposition ("ditahan di Ashdod")."""
    right = view.right_bound(end)
    for p in view.mentions:
        near = end <= p.start < min(right, end + _SCENE_GAP) and p.actor.code
        if near and p.actor.kind in _PLACE_KINDS and view.preceded_by(p, pack.locative_preps):
            return p.actor
    return None


def crowd_at(view: View, end: int, pack: LanguagePack) -> Actor | None:
    """Those who protest where a protest noun says it took place, its clause naming no one else:
    "Unjuk rasa menolak RUU ... di Kenya berujung ricuh", "Protests in Lima turned violent"."""
    right = min(view.right_bound(end), end + _CROWD_GAP)
    for p in view.mentions:
        placed = p.actor.code and p.actor.kind in _PLACE_KINDS and view.preceded_by(p, pack.locative_preps)
        if end <= p.start < right and placed:
            # a crowd named by where it gathers, like the authorities of an agentless arrest ("office")
            return Actor(p.actor.code, "CVL", p.actor.name, "", p.start, p.end, p.actor.wikidata, "office")
    return None


def is_passive(view: View, start: int, trig: Trigger, pack: LanguagePack) -> bool:
    if trig.voice == "passive":
        return True
    if pack.passive_aux and trig.voice == "active":
        word = view.lowered[start]
        participle = word.endswith(("ed", "en", "wn"))
        if not trig.pattern.split()[0].endswith("+V") and not word.endswith("ed"):
            return False  # an adjective after a copula: "is ready to work", "is open to talks"
        before = view.lowered[max(0, start - 2) : start]
        if any(t in pack.passive_aux for t in before) and not word.endswith("ing"):
            return True  # "was condemned", and irregular participles: "was hit", "were cut"
        # a reduced passive: "two activists arrested by police"; with harm done to someone, also
        # before a place or cause: "Myanmar general killed in drone attack"
        if not participle or start == 0 or " " in trig.pattern:
            return False
        after = view.lowered[start + 1] if start + 1 < len(view.lowered) else ""
        harm = trig.event in ("ASSAULT", "COERCE") and after in pack.locative_preps and trig.frame != "mutual"
        # ("troops clashed near the border": a mutual act has no passive)
        return after in pack.agent_markers or harm
    return False


def possessor_of(view: View, start: int, end: int, pack: LanguagePack) -> Placed | None:
    """The possessor of a noun: "serangan (udara besar-besaran) Israel", "Russia's invasion"."""
    if pack.genitive_after:
        stop = pack.recipient_preps | pack.locative_preps | pack.agent_markers | pack.reporting
        for p in view.mentions:
            if p.start < end or p.start > end + _MODIFIER_GAP:
                continue
            gap = view.lowered[end : p.start]
            if all(t.isalpha() or t == "-" for t in gap) and not any(t in stop for t in gap):
                return p if p.actor.code and p.actor.kind != "place" else None
        return None
    for p in view.mentions:
        gap = view.lowered[p.end : start]
        if p.end > start or not p.actor.code or p.actor.kind == "place":
            continue  # a possessor stands before its noun
        if not gap or gap in (["'", "s"], ["’", "s"]):
            return p
    return None


def between(view: View, end: int, pack: LanguagePack) -> list[Actor] | None:
    """ "antara A dan B" / "between A and B" right after a mutual noun: both are actors."""
    if end >= len(view.lowered) or view.lowered[end] not in _BETWEEN:
        return None
    parts = [p for p in view.mentions if p.start > end and p.actor.code][:2]
    if len(parts) == 2 and any(t in pack.coordinators for t in view.lowered[parts[0].end : parts[1].start]):
        return [parts[0].actor, parts[1].actor]
    return None


def source_of(view: View, end: int, pack: LanguagePack) -> Placed | None:
    """An actor introduced by "dari"/"from" right after a noun trigger ("kecaman keras dari China")."""
    for k in range(end, min(end + _SOURCE_GAP + 1, len(view.lowered))):
        if view.lowered[k] in pack.source_preps:
            return next((p for p in view.mentions if p.start == k + 1 and p.actor.kind != "place"), None)
    return None


def purpose_start(view: View, end: int, pack: LanguagePack, *, before_verb: bool) -> int:
    """Where a purpose phrase starts after the trigger ("dalam upaya membendung program nuklir Iran",
    "in an effort to curb ...", and with `before_verb` "untuk membendung ..."): a party named in it is
    not the trigger's."""
    right = view.right_bound(end)
    for k in range(end, right):
        tok = view.lowered[k]
        nxt = view.lowered[k + 1] if k + 1 < len(view.lowered) else ""
        verbal = bool(pack.verb_prefixes) and nxt.startswith(pack.verb_prefixes) and len(nxt) > 4
        if tok in pack.purpose or (before_verb and tok in pack.purpose_before_verb and verbal):
            return k
    return right


_POSSESSIVE_PRONOUNS = frozenset(["his", "her", "its", "their"])


def pronoun_actor(view: View, start: int, pack: LanguagePack) -> Actor | None:
    """The party a subject pronoun right before the verb stands for ("It has also urged Ankara ...",
    "He further vowed ...", "Mereka akan menuduh ..."): only auxiliaries, modals, negators and
    adverbs may stand between."""
    between = pack.auxiliaries | pack.negators | pack.future | pack.intent | pack.deontic | pack.schedule
    for k in range(start - 1, view.left_bound(start), -1):
        tok = view.lowered[k]
        if tok in pack.pronouns and tok not in _POSSESSIVE_PRONOUNS:
            return resolve_pronoun(view, k, pack)
        if tok not in between and not (tok.endswith("ly") and len(tok) > 4):  # "recently", "formally"
            return None
    return None


def fallback_actor(view: View, start: int, pack: LanguagePack) -> Actor | None:
    """A pronoun subject, else the quoted speaker, else the nearest mention before the trigger."""
    left = view.left_bound(start)
    for k in range(start - 1, max(left, start - 3), -1):
        if view.lowered[k] in pack.pronouns:
            resolved = resolve_pronoun(view, k, pack)
            if resolved is not None:
                return resolved
    if view.speaker is not None and view.speaker.start > start:
        return view.speaker.actor
    for p in reversed(view.mentions):
        if p.end <= start and eligible(view, p, pack):
            return p.actor
    return None


def with_code(actor: Actor, view: View) -> Actor:
    """An actor named only by office ("polisi", "massa") takes the country of a place the sentence
    names ("di New Delhi"), else of the dateline."""
    if actor.code is not None:
        return actor
    owner = owner_of(actor, view)
    if owner is not None and owner.code is not None:
        return dataclasses.replace(actor, code=owner.code, name=owner.name, wikidata=owner.wikidata)
    place = next(
        (p.actor for p in view.mentions if p.actor.kind == "place" and p.actor.code and p.start > 0), None
    )  # a place opening the sentence is its dateline, where the report was filed
    # a government title ("Presiden", "Minister") is the article's home country's, not that of a place
    # it travels to; police or protesters belong to the place they act in
    home = (view.home or place) if actor.sector in _GOVERNMENT else (place or view.home)
    if home is not None and home.code in _counterparts(actor, view):
        # "Foreign Minister X met Egyptian Foreign Minister Y": the bare title is not Egypt's; the
        # dateline tells whose it is
        home = view.dateline if view.dateline is not None and view.dateline.code != home.code else None
    if home is None or home.code is None:
        return actor
    return Actor(
        home.code, actor.sector, home.name, actor.text, actor.start, actor.end, home.wikidata, actor.kind
    )


def _counterparts(actor: Actor, view: View) -> set[str]:
    """Countries of the sentence's other holders of the office a bare title names ("Egyptian Foreign
    Minister Y" beside "Foreign Minister X")."""
    title = f" {actor.text.lower()} "  # whole words: "Presiden" is not in "Istana Kepresidenan"
    others = (p.actor for p in view.mentions if p.actor is not actor and p.actor.kind != "office")
    return {a.code for a in others if a.code and title in f" {a.text.lower()} "}


def owner_of(actor: Actor, view: View) -> Actor | None:
    """Whose office a possessed office word names: "Zelensky mengklaim pasukannya ...", "Macron said
    his government ..." is the party named last before it (in the sentence, else the article)."""
    if actor.kind != "office" or not actor.text.lower().endswith(_POSSESSIVE_ENCLITICS):
        return None
    before = [p.actor for p in view.mentions if p.end <= view.token_at(actor.start)]
    named = [a for a in [*view.history, *before] if a.code and a.kind not in ("place", "office")]
    return named[-1] if named else None


def pair_after(view: View, start: int, pack: LanguagePack) -> bool:
    """ "kedua negara", "bilateral", "both countries" after the trigger, in its clause."""
    right = view.right_bound(start)
    words = view.lowered[start + 1 : right]
    # "retaliated ..., and Qatar called off talks between the two neighbours": another clause's pair
    cut = next(
        (k for k in range(len(words) - 1) if words[k] == "," and words[k + 1] in pack.coordinators), None
    )
    return any(t in pack.mutual_markers for t in words[:cut])


def pair_subject(view: View, start: int) -> bool:
    """The clause's subject is "keduanya", "kedua negara", "both countries": the pair acts."""
    left = view.left_bound(start)
    head = view.lowered[left + 1 : min(start, left + 3)]
    return any(t in _MUTUAL_SUBJECTS for t in head)


def mutual_pair(view: View, start: int, pack: LanguagePack, *, anywhere: bool = False) -> list[Actor] | None:
    """ "kedua negara sepakat": the two parties named last before the trigger (before `start`; with
    `anywhere`, without a pair word before it)."""
    window = view.lowered[max(0, start - 3) : start]
    if not anywhere and not any(t in _MUTUAL_SUBJECTS for t in window):
        return None
    seen: list[Actor] = []
    for actor in [*reversed([p.actor for p in view.mentions if p.end <= start]), *reversed(view.history)]:
        if actor.code and actor.kind != "place" and all(actor.code != a.code for a in seen):
            seen.append(actor)
        if len(seen) == 2:
            return list(reversed(seen))
    return None


def embedded_subject(view: View, start: int, pack: LanguagePack, subject: Placed | None) -> Placed | None:
    """The subject of a verb embedded after another verb: the party right before it ("China
    memperingatkan rencana Filipina membeli rudal", "Iran menuduh Israel menyerang"), not the subject
    of the clause, which did the first verb."""
    if not pack.verb_prefixes:
        return _caused_subject(view, start) or subject
    if subject is None:
        return subject
    adjacent = next((p for p in view.mentions if p.end == start and p is not subject), None)
    if adjacent is None or adjacent.start <= subject.end or not eligible(view, adjacent, pack):
        return subject
    inside = {k for p in view.mentions for k in range(p.start, p.end)}
    verbal = any(
        k not in inside and t.startswith(pack.verb_prefixes) and len(t) > 4 and t not in pack.route_preps
        for k, t in enumerate(view.lowered[subject.end : adjacent.start], subject.end)
    )
    return adjacent if verbal else subject


def _caused_subject(view: View, start: int) -> Placed | None:
    """The party a participle moves to act: "..., prompting Belgrade to accuse Pristina", "forcing
    thousands to flee" (the one before "to", not the subject of the clause)."""
    if start < 3 or view.lowered[start - 1] != "to":
        return None
    party = next((p for p in view.mentions if p.end == start - 1 and p.actor.code), None)
    if party is None or party.start < 1 or not view.lowered[party.start - 1].endswith("ing"):
        return None
    return party


def summit_of(view: View, start: int, pack: LanguagePack, genitive: Placed, subject: Placed) -> bool:
    """A meeting noun possessed by an organisation ("KTT ASEAN", "sidang PBB"), the object of a state
    subject's verb ("mendampingi Presiden dalam KTT BRICS"), not where another act took place ("di
    sela KTT ASEAN") nor the subject of its own clause ("KTT ASEAN akan membahas ...")."""
    if genitive.actor.code not in ORGANISATIONS or subject.actor.code in ORGANISATIONS:
        return False
    verbal = any(t.startswith(pack.verb_prefixes) and len(t) > 4 for t in view.lowered[subject.end : start])
    return verbal and not any(t in pack.venue_before for t in view.lowered[max(0, start - 2) : start])


_REPORTER_PRONOUNS = frozenset(["it", "they", "pihaknya", "mereka"])


def reporter_subject(view: View, start: int, pack: LanguagePack) -> Placed | None:
    """The subject of a reporting verb that the trigger directly follows with no subject of its own
    ("Jepang menyatakan menolak rencana itu", "Seoul menegaskan tidak akan mengubah ..."): the one who
    states its own stance acts; so does "Tokyo said it would not change ...". Only negators, modals,
    intent words and a pronoun for the reporter may stand between."""
    left = view.left_bound(start)
    if left < 1 or view.lowered[left] not in pack.reporting:
        return None
    between_words = view.lowered[left + 1 : start]
    allowed = pack.negators | pack.future | pack.intent | pack.deontic | _REPORTER_PRONOUNS
    if any(w not in allowed for w in between_words):
        return None
    return clause_subject(view, left, pack)


_GATHERINGS = frozenset(["summit", "conference", "forum", "ktt", "konferensi", "sidang"])


def names_gathering(view: View, p: Placed) -> bool:
    """An organisation named as the gathering's owner: "the APEC summit", "KTT ASEAN"."""
    nxt = view.lowered[p.end] if p.end < len(view.lowered) else ""
    prev = view.lowered[p.start - 1] if p.start > 0 else ""
    return p.actor.kind != "place" and (nxt in _GATHERINGS or prev in _GATHERINGS)


_AFTER_QUOTE = frozenset([",", '"', "”", "'", "’"])


def reporter_of(view: View, start: int, pack: LanguagePack) -> Placed | None:
    """The subject of a reporting verb before the evaluation ("Hanoi said Chinese vessels were
    encroaching ..."): the judge, never the party named right after the verb, which is judged (a
    speaker named after a quote, '"...," said X', is left to the speaker finder)."""
    k = next((k for k in range(start - 1, 0, -1) if view.lowered[k] in pack.reporting), None)
    if k is None or view.lowered[k - 1] in _AFTER_QUOTE:
        return None
    return clause_subject(view, k, pack)
