"""Who did it and to whom, without a parser: clause-level heuristics over actor mentions.

Active voice: the actor is the nearest mention before the trigger in its clause (the subject), the
recipient the first mention after it. Passive ("dijatuhi sanksi oleh AS", "was condemned by"): the
agent after "oleh"/"by" acts on the subject. Nouns ("serangan Israel ke Doha", "Russia's invasion
of Ukraine"): the possessor acts, a prepositional object receives. Frames refine this: `mutual`
joins coordinated subjects ("A dan B bertemu"), `host` swaps host and visitor, `visit` lets the
place visited be the recipient, `summon` tells a recall of one's own ambassador from a summons of a
foreign one, `self` takes a recipient only after a preposition.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.coding.lexicon import Trigger
from warta.coding.phrases import (
    agent_of,
    between,
    crowd_at,
    embedded_subject,
    fallback_actor,
    is_passive,
    mutual_pair,
    names_gathering,
    pair_after,
    pair_subject,
    passive_after,
    possessor_of,
    pronoun_actor,
    purpose_start,
    reporter_of,
    reporter_subject,
    scene_of,
    source_of,
    summit_of,
    with_code,
)
from warta.coding.view import Placed, View, clause_subject, resolve_pronoun
from warta.lang.pack import LanguagePack
from warta.model import Actor

# Events whose target can be a place: an attack on a city hits its country.
_PLACE_TARGETS = frozenset(["ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"])
_DETERMINERS = frozenset(["the", "a", "an"])
_QUOTES = frozenset('"“”')
_CONTENT_AFTER = frozenset(["REQUEST", "THREATEN"])  # "mendesak agar X ...": X is asked, not a purpose
# "membuka peluang untuk menegosiasikan ... dengan X", "menolak untuk bertemu X": what is offered or
# refused, not a purpose
_CONTENT_VERB = frozenset(["AGREE", "REJECT"])
# Acts whose agent may go unnamed in a passive ("Ia kemudian ditangkap"): the home country's authorities.
_AGENTLESS = {"COERCE": "COP", "SANCTION": "JUD"}
_STATE_KINDS = frozenset(["state", "capital", "metonym", "institution"])
_OFFICIAL = frozenset(["GOV", "LEG", "JUD", "MIL", "SPY"])
_INDIRECT = frozenset(["fallback", "agentless passive", "pronoun"])
# Actions whose target, when no other party is named, is the actor's own country (GUIDELINES section 3:
# "Domestic events have the same code on both sides"): police arresting, protests, courts convicting.
_DOMESTIC_KINDS = frozenset(["state", "person", "office", "metonym", "capital", "demonym", "institution"])
_DOMESTIC = frozenset([("COERCE", None), ("PROTEST", None), ("CONCEDE", None), ("SANCTION", "convict")])
# The words of a protest that a government can lodge (a rally or a march is always in the street).
_PROTEST_WORDS = frozenset(["protest", "protes", "protests"])
_DIRECT_OBJECT_GAP = 2
_VENUE_GAP = 3  # "di sela-sela KTT G20": G20 is where they met, not whom they met
_NO_SOURCE = frozenset(["RETREAT", "COERCE", "MOBILIZE"])  # "penarikan pasukan dari Suriah": a place


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[Actor, ...]
    recipients: tuple[Actor, ...]
    event: str
    mode: str | None
    direct: bool  # the actor was found in the trigger's own clause (not by a fallback)
    rule: str = "subject"  # how the actor was found: subject, possessor, passive agent, judge ...


def _coordinated(view: View, subject: Placed, pack: LanguagePack, start: int) -> list[Placed]:
    """The subject with the mentions joined to it: "Rusia dan China", "Thailand-Kamboja"."""
    ordered = [m for m in view.mentions if m.actor.kind != "place" and m.end <= start]
    i = ordered.index(subject)
    lo = hi = i
    joined = pack.coordinators | {","} | _DETERMINERS  # "Japan and the Philippines"
    while lo > 0 and _joined(view, ordered[lo - 1], ordered[lo], joined):
        lo -= 1
    while hi + 1 < len(ordered) and _joined(view, ordered[hi], ordered[hi + 1], joined):
        hi += 1
    return ordered[lo : hi + 1]


def _joined(view: View, a: Placed, b: Placed, joined: frozenset[str]) -> bool:
    gap = view.lowered[a.end : b.start]
    linked = any(t not in _DETERMINERS for t in gap)  # a coordinator or a comma, not "the" alone
    return linked and len(gap) <= 3 and all(t in joined for t in gap)


def _after(
    view: View, start: int, end: int, pack: LanguagePack, *, places: bool, prep_only: frozenset[str]
) -> list[Placed]:
    """Candidate recipients after the trigger, in its clause (not the speaker of a new clause); a
    mention may begin inside the trigger ("memanggil [duta besar] Australia")."""
    right = view.right_bound(end)
    out = []
    for p in view.mentions:
        if p.end <= end or p.start < start or p.start >= right:
            continue
        if not p.actor.code and p.actor.kind != "office":
            continue
        if p.actor.kind == "place" and not places:
            continue
        if prep_only and not view.preceded_by(p, prep_only, within=2):
            continue
        if _starts_clause(view, end, p, pack):
            continue  # "..., Korea Selatan akan membalas", "... and the Kremlin said": a new subject
        out.append(p)
    return out


def _starts_clause(view: View, end: int, p: Placed, pack: LanguagePack) -> bool:
    nxt = view.lowered[p.end] if p.end < len(view.lowered) else ""
    if nxt in pack.reporting:
        return True
    if "," not in view.lowered[end : p.start]:
        return False
    verbal = pack.future | pack.intent | pack.deontic | pack.schedule | pack.negators
    return nxt in verbal or bool(pack.verb_prefixes and nxt.startswith(pack.verb_prefixes) and len(nxt) > 4)


def _pick_recipient(candidates: list[Placed], actor: Actor | None, end: int) -> Actor | None:
    """The first other party after the trigger; a direct object right after the verb wins even when
    it has the actor's own code ("Anies mengapresiasi pemerintah Indonesia": IDN -> IDN); a place is
    taken only when no party is named."""
    parties = [p for p in candidates if p.actor.kind != "place" and p.actor.code]
    if not parties:
        # no named party: a group named by office ("protesters") in the place's country, else the place
        offices = [p.actor for p in candidates if p.actor.kind == "office"]
        if offices:
            return offices[0]
        return next((p.actor for p in candidates if actor is None or p.actor.code != actor.code), None)
    candidates = parties
    if candidates and actor is not None and candidates[0].start - end <= _DIRECT_OBJECT_GAP:
        first = candidates[0].actor
        if first.text != actor.text and (first.code != actor.code or first.kind != "place"):
            return first
    for p in candidates:
        if actor is None or p.actor.code != actor.code:
            return p.actor
    for p in candidates:
        if actor is not None and (p.actor.sector != actor.sector or p.actor.text != actor.text):
            return p.actor  # domestic: police (IDN COP) arrest activists (IDN CVL)
    return None


def _opinion(view: View, start: int, pack: LanguagePack) -> tuple[Actor, Actor | None] | None:
    """An evaluation ("provokatif", "unacceptable"): the speaker (or subject, or a pronoun subject
    resolved to the person named before) judges the first other party named in the clause."""
    placed = reporter_of(view, start, pack) or view.speaker or clause_subject(view, start, pack)
    judge = placed.actor if placed is not None else _pronoun_subject(view, start, pack)
    if judge is None:
        return None
    left, right = view.left_bound(start), view.right_bound(start)
    judged = _judged(view, judge, placed, left, right, pack)
    if judged is None and left >= 0 and view.lowered[left] in _QUOTES:
        # 'pernyataan Biden "tidak pantas ..."': the quoted evaluation's subject stands before the quote
        judged = _judged(view, judge, placed, view.left_bound(left), left, pack)
    return judge, judged


def _pronoun_subject(view: View, start: int, pack: LanguagePack) -> Actor | None:
    """The person a pronoun opening the clause refers to ("he took a stand, describing X as ...")."""
    for k in range(view.left_bound(start) + 1, start):
        if view.lowered[k] in pack.pronouns:
            return resolve_pronoun(view, k, pack)
    return None


def _judged(
    view: View, judge: Actor, placed: Placed | None, left: int, right: int, pack: LanguagePack
) -> Actor | None:
    """The first party other than the judge's side named between two clause breaks (not one after
    "terhadap"/"against" or "seperti"/"like": the judged act's target or an example)."""
    for p in view.mentions:
        named = left < p.start < right and p is not placed and p.actor.code and p.actor.kind != "place"
        target = view.preceded_by(p, pack.judged_not_after, within=2)
        if named and p.actor.code != judge.code and not target:
            return p.actor
    return None


def _active(
    view: View,
    start: int,
    end: int,
    trig: Trigger,
    pack: LanguagePack,
    after: list[Placed],
    *,
    light_verb: bool,
    object_of_trigger: bool,
) -> tuple[list[Actor], list[Placed], str] | None:
    """Actors of an active verb or a noun, the remaining recipient candidates, and the rule that found
    the actor."""
    subject = embedded_subject(view, start, pack, clause_subject(view, start, pack))
    if subject is None and light_verb and start > 0:
        subject = clause_subject(view, start - 1, pack)  # "Biden menyebutkan ancaman ...": before the verb
    noun = trig.voice == "noun"
    if subject is None and not noun:
        subject = reporter_subject(view, start, pack)  # "Jepang menyatakan menolak ..."
    genitive = possessor_of(view, start, end, pack) if noun else None
    agent = agent_of(view, end, pack, adjacent=False) if noun else None
    if agent is not None:
        return [agent.actor], after, "agent"
    source = source_of(view, end, pack) if noun and trig.event not in _NO_SOURCE else None
    if source is not None:
        # "menuai kecaman dari China", "drew a sharp protest from China": the source acts on the subject
        rest = [p for p in after if p is not source]
        return [source.actor], ([subject] if subject is not None else []) + rest, "source"
    if genitive is not None and subject is not None and light_verb:
        # "Biden menyebutkan ancaman Putin ...": the noun is the object of the subject's verb
        return [subject.actor], [genitive, *(p for p in after if p is not genitive)], "light-verb subject"
    if noun and trig.frame == "mutual":
        pair = between(view, end, pack)
        if pair:
            return pair, [], "between"  # "pertempuran antara tentara Thailand dan Kamboja"
    summit = trig.event == "CONSULT" and genitive is not None and subject is not None
    if (
        summit
        and genitive is not None
        and subject is not None
        and summit_of(view, start, pack, genitive, subject)
    ):
        # "mendampingi Presiden dalam KTT BRICS": the organisation holds the summit, the subject attends
        return [subject.actor], [genitive, *(p for p in after if p is not genitive)], "subject"
    if genitive is not None:
        return [genitive.actor], [p for p in after if p is not genitive], "possessor"
    if noun and object_of_trigger:
        return None  # "mengecam keras pembunuhan ...": whoever acted is not named
    if subject is not None:
        group = _coordinated(view, subject, pack, start) if trig.frame == "mutual" else [subject]
        return [p.actor for p in group], after, "coordinated subjects" if len(group) > 1 else "subject"
    pronoun = None if noun else pronoun_actor(view, start, pack)
    if pronoun is not None:
        return [pronoun], after, "pronoun"
    fallback = fallback_actor(view, start, pack)
    if fallback is None and noun and trig.event == "PROTEST" and trig.frame == "self":
        fallback = crowd_at(view, end, pack)  # "Unjuk rasa menolak RUU ... di Kenya berujung ricuh"
    return ([fallback], after, "fallback") if fallback is not None else None


def find_arguments(
    view: View,
    start: int,
    end: int,
    trig: Trigger,
    pack: LanguagePack,
    *,
    light_verb: bool = False,
    object_of_trigger: bool = False,
    harm: tuple[int, int] | None = None,
) -> Arguments | None:
    """Actor and recipient of the trigger at tokens [start, end), or None when no actor is found.

    `light_verb`: a noun trigger is the object of a verb that is not itself a trigger ("melakukan
    kunjungan", "menyampaikan kecaman"), so the verb's subject acts. `object_of_trigger`: a noun is
    the object of another trigger ("mengecam serangan ..."); only its own possessor or agent acts.
    `harm`: the span of a harm done to someone that the verb is about ("mengutuk pembunuhan X"): the
    recipient is whoever did the harm, if named ("oleh Y", "by Y"), never its victim X.
    """
    event, mode, frame = trig.event, trig.mode, trig.frame
    places = frame in ("visit", "summon") or event in _PLACE_TARGETS
    preps = pack.recipient_preps | pack.locative_preps
    if event == "RETREAT":
        preps |= pack.source_preps  # "withdrew its forces from Kyiv": the place left
    after = _after(view, start, end, pack, places=places, prep_only=preps if frame == "self" else frozenset())
    after = [
        p
        for p in after
        if not view.preceded_by(p, pack.venue_before, within=_VENUE_GAP)
        and not view.preceded_by(p, pack.route_preps)
    ]
    if frame == "visit" and any(p.actor.kind == "place" and p.actor.code for p in after):
        # "arrived in South Korea for the APEC summit": the organisation names the gathering, the
        # country visited hosts it
        after = [p for p in after if not names_gathering(view, p)]
    if trig.voice == "noun":
        after = [p for p in after if p.start < passive_after(view, end, pack)]
    if event not in _CONTENT_AFTER:
        cut = purpose_start(view, end, pack, before_verb=event not in _CONTENT_VERB)
        after = [p for p in after if p.start < cut]
    if harm is not None:
        doer = agent_of(view, harm[1], pack, adjacent=False)
        after = [p for p in after if p.start < harm[0]] + ([doer] if doer is not None else [])
    rule = "subject"
    recipient: Actor | None
    if frame == "opinion":
        found = _opinion(view, start, pack)
        if found is None:
            return None
        actors, recipient, rule = [found[0]], found[1], "judge"
    elif is_passive(view, start, trig, pack):
        agent = agent_of(view, end, pack, adjacent=True)
        subject = clause_subject(view, start, pack)
        if agent is not None and frame == "host" and subject is not None:
            actors, recipient, rule = [subject.actor], agent.actor, "host"  # "diterima oleh Presiden"
        elif agent is not None:
            actors, recipient, rule = [agent.actor], (subject.actor if subject else None), "passive agent"
        elif event in _AGENTLESS and (scene_of(view, end, pack) or view.home) is not None:
            # "ditahan di Ashdod", "detained in Turkey": by the authorities of the place named; else
            # ("Ia kemudian ditangkap") by those of the article's home country
            home = scene_of(view, end, pack) or view.home
            assert home is not None and home.code is not None
            authority = Actor(home.code, _AGENTLESS[event], home.name, "", start, start, None, "office")
            actors, recipient, rule = [authority], (subject.actor if subject else None), "agentless passive"
        else:
            return None
    else:
        active = _active(
            view, start, end, trig, pack, after, light_verb=light_verb, object_of_trigger=object_of_trigger
        )
        if active is None:
            return None
        actors, after, rule = active
        if frame == "summon":
            event, mode, after = _summon(actors[0], [p for p in after if p.actor.code], trig)
        recipient = _pick_recipient([p for p in after if p.actor not in actors], actors[0], end)
        if frame == "host" and recipient is not None:
            actors, recipient, rule = [recipient], actors[0], "host"
    diplomatic = bool(trig.roots & _PROTEST_WORDS)
    return _finish(
        view, start, frame, event, mode, actors, recipient, rule, pack, diplomatic=diplomatic, own=trig.own
    )


def _finish(
    view: View,
    start: int,
    frame: str,
    event: str,
    mode: str | None,
    actors: list[Actor],
    recipient: Actor | None,
    rule: str,
    pack: LanguagePack,
    *,
    diplomatic: bool = False,
    own: bool = False,
) -> Arguments | None:
    coded = [with_code(a, view) for a in actors]
    actors = [a for k, a in enumerate(coded) if a.code and all(a.code != b.code for b in coded[:k])]
    if not actors:
        return None
    if recipient is not None:
        recipient = with_code(recipient, view)
        if recipient.code is None:
            recipient = None
    if len(actors) == 1 and ((frame == "mutual" and recipient is None) or pair_subject(view, start)):
        actors = mutual_pair(view, start, pack) or actors
    elif len(actors) == 1 and recipient is None and pair_after(view, start, pack):
        # "ingin kerja sama antar kedua negara diperkuat": the other of the two parties
        pair = mutual_pair(view, view.right_bound(start), pack, anywhere=True) or []
        recipient = next((a for a in pair if a.code != actors[0].code), None)
    elif len(actors) == 1 and recipient is None and event == "COOPERATE":
        # "Biden akan terus bekerja sama": with the other side the article spoke of last
        recipient = next(
            (a for a in reversed(view.history) if a.code and a.kind != "place" and a.code != actors[0].code),
            None,
        )
    if (
        frame == "visit"
        and recipient is not None
        and recipient.kind == "place"
        and recipient.code == actors[0].code
    ):
        return None  # arriving in one's own country is coming home, not a visit
    direct = rule not in _INDIRECT
    if not direct and recipient is None and frame != "self":
        return None  # an actor guessed from outside the clause, acting on no one: too weak to code
    if (
        event == "PROTEST"
        and diplomatic
        and (actors[0].sector in _OFFICIAL or actors[0].kind in _STATE_KINDS)
    ):
        event, mode = "ACCUSE", "disapprove"  # "a sharp protest from China": diplomatic (PLOVER: ACCUSE)
    domestic = (event, None) in _DOMESTIC or (event, mode) in _DOMESTIC or own
    if recipient is None and len(actors) == 1 and domestic and actors[0].kind in _DOMESTIC_KINDS:
        first = actors[0]  # the recipient is implied: a party of the actor's own country
        recipient = Actor(first.code, None, first.name, "", start, start, first.wikidata, "implied")
    recipients = () if recipient is None else (recipient,)
    return Arguments(tuple(actors), recipients, event, mode, direct, rule)


def _summon(actor: Actor, after: list[Placed], trig: Trigger) -> tuple[str, str | None, list[Placed]]:
    """A recall of one's own ambassador (SANCTION withdraw) or a summons of a foreign one (ACCUSE)."""
    own = trig.pattern.endswith("nya") or trig.event == "SANCTION"
    if after and after[0].actor.code == actor.code:
        own, after = True, after[1:]  # "memanggil pulang Duta Besar Rusia untuk AS"
    if own:
        return "SANCTION", "withdraw", after
    return "ACCUSE", "disapprove", after
