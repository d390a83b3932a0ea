"""English (en)."""

from pathlib import Path

from warta.lang.en import syntax
from warta.lang.en.morphology import expand
from warta.lang.en.tokenizer_exceptions import ABBREVIATIONS
from warta.lang.pack import LanguagePack

PACK = LanguagePack(
    code="en",
    name="English",
    directory=Path(__file__).parent,
    abbreviations=ABBREVIATIONS,
    negators=syntax.NEGATORS,
    future=syntax.FUTURE,
    intent=syntax.INTENT,
    schedule=syntax.SCHEDULE,
    deontic=syntax.DEONTIC,
    alleged=syntax.ALLEGED,
    passive_prefix=syntax.PASSIVE_PREFIX,
    hypothetical=syntax.HYPOTHETICAL,
    reporting=syntax.REPORTING,
    agent_markers=syntax.AGENT_MARKERS,
    recipient_preps=syntax.RECIPIENT_PREPS,
    locative_preps=syntax.LOCATIVE_PREPS,
    clause_breaks=syntax.CLAUSE_BREAKS,
    coordinators=syntax.COORDINATORS,
    mutual_markers=syntax.MUTUAL_MARKERS,
    pronouns=syntax.PRONOUNS,
    history=syntax.HISTORY,
    enclitics=syntax.ENCLITICS,
    non_actor_before=syntax.NON_ACTOR_BEFORE,
    non_actor_after=syntax.NON_ACTOR_AFTER,
    relative_days=syntax.RELATIVE_DAYS,
    relative_years=syntax.RELATIVE_YEARS,
    month_cues=syntax.MONTH_CUES,
    last=syntax.LAST,
    citation=syntax.CITATION,
    speaker_after=syntax.SPEAKER_AFTER,
    genitive_after=syntax.GENITIVE_AFTER,
    passive_aux=syntax.PASSIVE_AUX,
    verb_prefixes=syntax.VERB_PREFIXES,
    anaphora_after=syntax.ANAPHORA_AFTER,
    anaphora_before=syntax.ANAPHORA_BEFORE,
    reason_preps=syntax.REASON_PREPS,
    expand=expand,
)
