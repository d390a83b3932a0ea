"""English function words that steer argument and factuality analysis (lowercase tokens)."""

# "did not", "didn't" (tokenised as didn ' t), "never", "refused to" is a REJECT trigger instead.
NEGATORS = frozenset(
    """
    not never no nor without didn doesn don isn wasn weren won wouldn hasn haven hadn cannot couldn
    shouldn neither refrained declined
    """.split()
)
# Factive verbs: negating them leaves what follows true ("did not regret calling X a killer": he did
# call X that), so a negator before them does not negate the trigger after them.
FACTIVE = frozenset("regret regrets regretted regretting".split())
FUTURE = frozenset("will would shall".split())
INTENT = frozenset("plans plan planning intends intend aims seeks wants want ready willing hopes".split())
# ... and what is being considered ("is considering sanctions", "weighing a boycott").
# "can cooperate" is a possibility, not an act.
SCHEDULE = frozenset(
    """
    due scheduled expected set likely may might can could possible considering consider weighing mulling
    """.split()
)
DEONTIC = frozenset("must should ought".split())
ALLEGED = frozenset("alleged allegedly suspected purported suspicion".split())
HYPOTHETICAL = frozenset("if unless whether".split())
HISTORY = frozenset("previously formerly earlier ago once".split())
# A habit, not one action: "where Indonesia regularly detains Vietnamese boats" (background).
HABITUAL = frozenset("regularly routinely repeatedly frequently often habitually".split())
# Not "states" (a plural noun far more often: "Gulf states", "member states").
REPORTING = frozenset(
    """
    said says say told tells stated added adds noted notes according claimed claims
    reported reports announced wrote writes insisted
    """.split()
)
AGENT_MARKERS = frozenset(["by"])
RECIPIENT_PREPS = frozenset("against to with on at toward towards for over upon".split())
# Words before a venue (where a meeting happened, not a party to it): "on the sidelines of the summit".
VENUE_BEFORE = frozenset(["sidelines", "margins", "sideline"])
# Right before a route or an intermediary, not the recipient: "aid to Gaza via Egypt".
ROUTE_PREPS = frozenset(["via", "through"])
# In an evaluation ("unacceptable"), a party after these is the target or an example of the judged
# act, not the one judged: "... against a head of state like Russia's" judges who said it.
JUDGED_NOT_AFTER = frozenset("against toward towards like including".split())
# Prepositions that name who a noun trigger comes from: "criticism from London", "an offer from Qatar".
SOURCE_PREPS = frozenset(["from"])
LOCATIVE_PREPS = frozenset("in at near inside within".split())
CLAUSE_BREAKS = frozenset(
    "; : while whereas but however after before when since because although though that".split()
)
COORDINATORS = frozenset(["and", "&", "-", "–"])
# "denied that ...": what follows is the content of a denial, accusation or demand.
COMPLEMENTIZERS = frozenset(["that"])
# "journalists who were detained": a relative clause reports its own, separate action.
RELATIVIZERS = frozenset(["who", "which", "whom", "whose"])
MUTUAL_MARKERS = frozenset("both two each mutual bilateral jointly together".split())
PRONOUNS = frozenset("he she they we it his her their its".split())
# Words that may stand between a subject pronoun and its verb ("It has also urged ...", "He further
# vowed ..."), besides negators, modals and intent words; and any adverb in -ly.
AUXILIARIES = frozenset(
    """
    has have had is was were are be been also further then later already again still separately
    subsequently meanwhile too both all
    """.split()
)

ENCLITICS: tuple[str, ...] = ()

# Words around a country name or adjective that make it something other than an actor:
# "U.S. dollar", "Chinese language", "in English".
NON_ACTOR_BEFORE = frozenset(["new"])
NON_ACTOR_BEFORE_TITLE: frozenset[str] = frozenset()
NON_ACTOR_AFTER = frozenset(
    """
    dollar dollars language yuan won yen rupiah ringgit peso pesos food cuisine sea post times goods energy
    market markets stocks shares economy bonds products exports imports companies firms team league cup
    """.split()
)
OFFICE_NON_ACTOR_BEFORE: frozenset[str] = frozenset()
# Office words used as modifiers: "military aid", "military-to-military ties", "police station".
OFFICE_NON_ACTOR_AFTER = frozenset(
    """
    aid exercise exercises drills ties cooperation base bases equipment spending budget operation operations
    - station academy court hardware
    """.split()
)

RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1}
RELATIVE_YEARS = {"last year": -1, "this year": 0, "next year": 1}
# Periods relative to publication that fix no day ("last week"); value: days back to their middle.
RELATIVE_PERIODS = {
    "last week": -7, "late last week": -5, "early last week": -9, "this week": 0, "earlier this week": -2,
    "next week": 7, "last month": -30, "this month": 0, "earlier this month": -10, "next month": 30,
    "days ago": -3, "weeks ago": -14, "last weekend": -5, "this weekend": 0,
    "earlier this year": -90, "months ago": -90,
}  # fmt: skip
# Days relative to the day the article named last, not to publication ("said on Friday ... came a day
# after the Treasury blacklisted ..."): the offset from that day.
RELATIVE_SHIFTS = {
    "a day earlier": -1, "the day before": -1, "a day after": -1, "a day later": 1, "the next day": 1,
    "the following day": 1,
}  # fmt: skip
MONTH_CUES = frozenset("in since early late mid until last this".split())
LAST = frozenset(["last"])
CITATION = frozenset("quoted cited reported".split())
# Wire reports are stamped in UTC or US time: "said on Monday" from Seoul in a report stamped Sunday is
# the day after publication (GUIDELINES section 3: trust the text's weekday across a time zone).
# Indonesian outlets stamp local time (WIB), so their weekdays never run ahead of publication.
WEEKDAY_AHEAD = True

SPEAKER_AFTER = frozenset("said says told according added noted".split())
# A possessor precedes its noun: "Russia's invasion", "the Chinese attack".
GENITIVE_AFTER = False
PASSIVE_AUX = frozenset("was were been being is are be get got gets".split())

VERB_PREFIXES: tuple[str, ...] = ()
ANAPHORA_AFTER: frozenset[str] = frozenset()
# "this attack", "such accusations", "his visit" refer back to an event already reported.
ANAPHORA_BEFORE = frozenset("this that these those such his her its their".split())
REASON_PREPS = frozenset("over for because since".split())
# A purpose phrase after a trigger ("cooperate in an effort to curb Iran's nuclear programme", "in a
# bid to", "aimed at"): a party named in it is not the trigger's partner or target.
PURPOSE = frozenset("effort bid aimed".split())
PURPOSE_BEFORE_VERB: frozenset[str] = frozenset()
# A harm noun followed by these names its victim ("the killing of two commanders"): condemning it is
# about whoever did it ("by X", "X's killing of"), not about the victim.
PATIENT_AFFIXES: tuple[str, ...] = ()
PATIENT_PREPS = frozenset(["of"])
# An adjective before a violence noun that makes it a figure of speech, not force: "diplomatic clashes",
# "verbal attacks", "a political battle" (no ASSAULT).
NON_PHYSICAL = frozenset(
    "diplomatic verbal political legal rhetorical trade tariff economic legislative".split()
)
PASSIVE_PREFIX = ""

# Honorifics and ranks that may stand between an office and a name ("Bapak Sjafrie", "Sir Keir").
HONORIFICS = frozenset(
    """
    mr mrs ms miss sir dame lord dr prof gen general lt lieutenant col colonel maj major capt
    captain adm admiral sheikh his her excellency rev
    """.split()
)

# English news has no default country.
HOME = ""

CHARACTERISATION = frozenset(["as"])

# Words after which a form that is both verb and noun ("visit", "support", "arrest", "meeting") is the
# noun: "his visit", "the meeting", "Wang's visit" (the possessive "'s" is tokenised as ' s).
NOUN_MARKERS = frozenset("a an the his her its their our my your this these those 's".split())
# After these prepositions a base or plural form is a noun too ("with support", "of sanctions"); an
# -ing form stays a verb ("after meeting Xi").
NOUN_PREPS = frozenset("with of for from amid despite without against over during".split())
# An adjective before the form makes it a noun: "diplomatic support", "Western sanctions", "military
# clashes" (a word inside an actor's name, "Portugal", "Republic", is not taken for an adjective).
ADJECTIVE_SUFFIXES = ("al", "ic", "ical", "ern")
# People of a nation: "Indonesians protested", "two Israelis were detained" (plural of a demonym).
DEMONYM_PLURAL = "s"
DEMONYM_INVARIANT = ("ese", "ss", "sh", "ch", "s")
# In a headline, "to" before the verb announces the future: "Putin to visit China next month".
HEADLINE_FUTURE = frozenset(["to"])
