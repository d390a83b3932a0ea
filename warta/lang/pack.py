"""The `LanguagePack` record and the readers of its plain-text data files."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from types import ModuleType

from warta.errors import Errors, LanguagePackError

BOILERPLATE_KINDS = ("line", "inline", "headline", "tail", "spam")
_OFFICE_SCOPES = frozenset(["", "-", "national"])  # the third column of offices.tsv
_TOPIC_KEY = re.compile(r"[a-z_]+|-")  # the second column of topics.tsv ("-": the word has no topic)


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    """A boilerplate pattern from a pack's `boilerplate.txt` (kinds: see that file's header)."""

    kind: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class DataLine:
    """A non-comment line of a pack data file, split on tabs."""

    lineno: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class LanguagePack:
    """Everything Warta knows about one language. Data files load lazily on first use."""

    code: str
    name: str
    directory: Path
    # Other language codes this pack codes as well (Malay text is coded with the Indonesian pack).
    also_for: tuple[str, ...] = ()
    # Tokens (lowercase, without the final dot) that end with '.' but do not end a sentence.
    abbreviations: frozenset[str] = frozenset()
    # Function words that steer argument and factuality analysis (lowercase tokens).
    negators: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()
    intent: frozenset[str] = frozenset()
    schedule: frozenset[str] = frozenset()
    deontic: frozenset[str] = frozenset()
    alleged: frozenset[str] = frozenset()
    passive_prefix: str = ""
    hypothetical: frozenset[str] = frozenset()
    reporting: frozenset[str] = frozenset()
    agent_markers: frozenset[str] = frozenset()
    recipient_preps: frozenset[str] = frozenset()
    locative_preps: frozenset[str] = frozenset()
    source_preps: frozenset[str] = frozenset()
    venue_before: frozenset[str] = frozenset()
    clause_breaks: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    relativizers: frozenset[str] = frozenset()
    mutual_markers: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    history: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()
    enclitics: tuple[str, ...] = ()
    non_actor_before: frozenset[str] = frozenset()
    non_actor_after: frozenset[str] = frozenset()
    non_actor_before_title: frozenset[str] = frozenset()
    office_non_actor_before: frozenset[str] = frozenset()
    office_non_actor_after: frozenset[str] = frozenset()
    relative_days: dict[str, int] = field(default_factory=dict)
    relative_years: dict[str, int] = field(default_factory=dict)
    relative_periods: dict[str, int] = field(default_factory=dict)
    relative_shifts: dict[str, int] = field(default_factory=dict)
    month_cues: frozenset[str] = frozenset()
    last: frozenset[str] = frozenset()
    citation: frozenset[str] = frozenset()
    weekday_ahead: bool = False  # a weekday naming the day after publication is that day (time zones)
    speaker_after: frozenset[str] = frozenset()
    genitive_after: bool = True
    passive_aux: frozenset[str] = frozenset()
    verb_prefixes: tuple[str, ...] = ()
    anaphora_after: frozenset[str] = frozenset()
    anaphora_before: frozenset[str] = frozenset()
    reason_preps: frozenset[str] = frozenset()
    non_physical: frozenset[str] = frozenset()
    factive: frozenset[str] = frozenset()
    purpose: frozenset[str] = frozenset()
    purpose_before_verb: frozenset[str] = frozenset()
    patient_affixes: tuple[str, ...] = ()
    patient_preps: frozenset[str] = frozenset()
    judged_not_after: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    home: str = ""
    characterisation: frozenset[str] = frozenset()
    noun_markers: frozenset[str] = frozenset()
    route_preps: frozenset[str] = frozenset()
    headline_future: frozenset[str] = frozenset()
    demonym_plural: str = ""  # "Indonesian" -> "Indonesians" ("" where nouns have no plural ending)
    demonym_invariant: tuple[str, ...] = ()  # endings that take no plural ("Chinese", "French")
    noun_preps: frozenset[str] = frozenset()
    adjective_suffixes: tuple[str, ...] = ()
    # Morphology: a trigger pattern ("meN+kecam") to the surface forms it stands for, each with
    # its voice ('active', 'passive' or 'noun').
    expand: Callable[[str], list[tuple[str, str]]] = field(default=lambda p: [(p, "active")])
    # Candidate roots of a word, to tell word families apart ("pemanggilan" ~ "memanggil").
    roots: Callable[[str], frozenset[str]] = field(default=lambda w: frozenset([w.lower()]))

    def read_data(self, filename: str) -> Iterator[DataLine]:
        """Tab-separated fields of each line of a data file, skipping '#' comments and blank lines."""
        path = self.directory / filename
        if not path.exists():
            return
        with path.open(encoding="utf-8") as fh:
            for lineno, raw in enumerate(fh, 1):
                line = raw.split(" #", 1)[0].rstrip() if not raw.startswith("#") else ""
                if not line.strip():
                    continue
                yield DataLine(lineno, tuple(f.strip() for f in line.split("\t")))

    def data_error(self, filename: str, lineno: int, problem: str) -> LanguagePackError:
        return LanguagePackError(
            Errors.E004.format(code=self.code, file=filename, line=lineno, problem=problem)
        )

    @cached_property
    def office_words(self) -> frozenset[str]:
        """One-word offices of `offices.tsv` ("presiden", "president"), lowercase."""
        return frozenset(
            row.fields[0].lower() for row in self.read_data("offices.tsv") if " " not in row.fields[0]
        )

    @cached_property
    def national_offices(self) -> frozenset[str]:
        """Offices of `offices.tsv` whose scope (third column) is 'national', lowercase: a city name
        right after one begins a person's name ("Menteri Luar Negeri Sari Handayani")."""
        national = set()
        for row in self.read_data("offices.tsv"):
            scope = row.fields[2] if len(row.fields) > 2 else ""
            if scope not in _OFFICE_SCOPES:
                problem = f"scope {scope!r} (expected one of {', '.join(sorted(_OFFICE_SCOPES))})"
                raise self.data_error("offices.tsv", row.lineno, problem)
            if scope == "national":
                national.add(row.fields[0].lower())
        return frozenset(national)

    @cached_property
    def topics(self) -> dict[str, str]:
        """`topics.tsv`: a word (a root, lowercase) -> its language-independent topic key ("asap" and
        "haze" -> "haze"), so that reports of one happening in different languages share topics; "-"
        for a word whose roots would name a wrong one ("kejagung" is no "jagung", corn)."""
        out: dict[str, str] = {}
        for row in self.read_data("topics.tsv"):
            word = row.fields[0]
            if len(row.fields) != 2 or not _TOPIC_KEY.fullmatch(row.fields[1]) or word != word.lower():
                raise self.data_error("topics.tsv", row.lineno, "expected 'word<TAB>topic_key', lowercase")
            out[row.fields[0]] = row.fields[1]
        return out

    @cached_property
    def boilerplate(self) -> tuple[BoilerplateRule, ...]:
        rules = []
        for row in self.read_data("boilerplate.txt"):
            if len(row.fields) != 2 or row.fields[0] not in BOILERPLATE_KINDS:
                raise self.data_error("boilerplate.txt", row.lineno, "expected 'kind<TAB>regex'")
            try:
                pattern = re.compile(row.fields[1], re.MULTILINE)
            except re.error as e:
                raise self.data_error("boilerplate.txt", row.lineno, f"bad regex ({e})") from e
            rules.append(BoilerplateRule(row.fields[0], pattern))
        return tuple(rules)


def pack_from_module(
    syntax: ModuleType,
    *,
    code: str,
    name: str,
    directory: Path,
    expand: Callable[[str], list[tuple[str, str]]],
    roots: Callable[[str], frozenset[str]],
    abbreviations: frozenset[str],
    also_for: tuple[str, ...] = (),
) -> LanguagePack:
    """A pack whose word lists are the UPPER_CASE constants of its `syntax` module (one constant per
    field: `negators` <- NEGATORS). A missing constant is an error, not a silent default."""
    given = {"code", "name", "directory", "expand", "roots", "abbreviations", "also_for"}
    values = {}
    for f in fields(LanguagePack):
        if f.name in given:
            continue
        constant = f.name.upper()
        if not hasattr(syntax, constant):
            raise LanguagePackError(
                Errors.E004.format(code=code, file=f"{syntax.__name__}.py", line=0, problem=f"no {constant}")
            )
        values[f.name] = getattr(syntax, constant)
    return LanguagePack(
        code=code,
        name=name,
        directory=directory,
        also_for=also_for,
        abbreviations=abbreviations,
        expand=expand,
        roots=roots,
        **values,
    )
