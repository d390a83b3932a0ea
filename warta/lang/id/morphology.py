"""Indonesian derivational morphology by rule, for expanding trigger patterns into surface forms.

A pattern names the affixes around a root with '+': "meN+kecam" -> "mengecam", "di+jatuh+i sanksi" ->
"dijatuhi sanksi", "peN+tangkap+an" -> "penangkapan", "{meN,di}+tuduh" -> both forms. Only the first
word of a multiword pattern carries affixes. Voices: di-/ter-/diper- forms are passive; peN-an,
per-an, ke-an and -an forms are nouns, and so is any pattern marked "+N" ("sanksi+N", "unjuk rasa+N");
everything else is active.
"""

from __future__ import annotations

import re

_VOWELS = frozenset("aeiou")
_BRACES = re.compile(r"\{([^}]*)\}")
_ER_SYLLABLE = re.compile(r"^[^aeiou]er")
# Roots whose first consonant is kept after meN-/peN- although the rule would drop it
# (loanwords and consonant clusters: "memprotes", "mengkritik", "mentransfer").
_CLUSTER = re.compile(r"^(pr|pl|tr|kr|kl|st|sk|sp|sw|fr|gr|bl|br|dr|ps)")

PASSIVE_PREFIXES = ("di", "ter", "diper")
NOUN_AFFIXES = ("peN", "per", "ke", "pe")


def nasal_prefix(root: str, prefix: str = "me") -> str:
    """meN- or peN- attached to `root` with nasal assimilation ("me" or "pe" as `prefix`).

    kecam -> mengecam, tolak -> menolak, pukul -> memukul, serang -> menyerang, bantu -> membantu,
    usir -> mengusir, lapor -> melapor, bom -> mengebom, protes -> memprotes.
    """
    r = root.lower()
    if len(re.findall(r"[aeiou]+", r)) == 1:  # monosyllabic roots take menge-/penge-
        return f"{prefix}nge{root}"
    if _CLUSTER.match(r):
        nasal = {"p": "m", "b": "m", "f": "m", "t": "n", "d": "n", "s": "n", "k": "ng", "g": "ng"}.get(
            r[0], ""
        )
        return f"{prefix}{nasal}{root}"
    first = r[0]
    if first in _VOWELS:
        return f"{prefix}ng{root}"
    if first == "k":
        return f"{prefix}ng{root[1:]}"
    if first in "gh":
        return f"{prefix}ng{root}"
    if first == "p":
        return f"{prefix}m{root[1:]}"
    if first in "bfv":
        return f"{prefix}m{root}"
    if first == "t":
        return f"{prefix}n{root[1:]}"
    if first == "s" and not r.startswith("sy"):
        return f"{prefix}ny{root[1:]}"
    if first in "dcjz" or r.startswith("sy"):
        return f"{prefix}n{root}"
    return f"{prefix}{root}"  # l, m, n, r, w, y, ny, ng


def _affix(word: str) -> tuple[str, str]:
    """One '+'-marked word to its surface form and voice."""
    parts = word.split("+")
    if len(parts) == 1:
        return word, "active"
    prefixes: list[str] = []
    suffixes: list[str] = []
    root_index = next((i for i, p in enumerate(parts) if p and p[0].islower() and p not in _AFFIX_NAMES), -1)
    if root_index < 0:
        root_index = len(parts) - 1
    prefixes = parts[:root_index]
    root = parts[root_index]
    suffixes = parts[root_index + 1 :]
    form = root + "".join(suffixes)
    voice = "noun" if suffixes and suffixes[-1] == "an" else "active"
    for prefix in reversed(prefixes):
        if prefix == "meN":
            form = nasal_prefix(form, "me")
            voice = "active"
        elif prefix == "memper":
            form = "memper" + form
            voice = "active"
        elif prefix == "diper":
            form = "diper" + form
            voice = "passive"
        elif prefix == "peN":
            form = nasal_prefix(form, "pe")
            voice = "noun"
        elif prefix in PASSIVE_PREFIXES:
            form = prefix + form
            voice = "passive"
        elif prefix == "ber":
            # ber- drops its r before r and before a first syllable in -er: berunding, bekerja
            form = ("be" if form.startswith("r") or _ER_SYLLABLE.match(form) else "ber") + form
            voice = "active"
        elif prefix == "per":
            form = ("pe" if form.startswith("r") else "per") + form
            voice = "noun"
        elif prefix in NOUN_AFFIXES:
            form = prefix + form
            voice = "noun"
        else:
            form = prefix + form
    return form, voice


_AFFIX_NAMES = frozenset(
    ["meN", "memper", "peN", "pe", "per", "ke", "ber", "ter", "di", "diper", "an", "kan", "i", "nya"]
)


def expand(pattern: str) -> list[tuple[str, str]]:
    """Every surface form a trigger pattern stands for, with its voice."""
    m = _BRACES.search(pattern)
    if m:
        out: list[tuple[str, str]] = []
        for alt in m.group(1).split(","):
            out.extend(expand(pattern[: m.start()] + alt.strip() + pattern[m.end() :]))
        return out
    words = pattern.split()
    if not words:
        return []
    noun = any(w.endswith("+N") for w in words)
    words = [w.removesuffix("+N") for w in words]
    head, voice = _affix(words[0])
    rest = [w.replace("+", "") for w in words[1:]]
    return [(" ".join([head, *rest]), "noun" if noun else voice)]


_PREFIX_ROOTS = (  # prefix, replacements of the root's first letter it may have swallowed
    ("memper", ("",)), ("diper", ("",)), ("meng", ("", "k")), ("meny", ("s",)), ("mem", ("p", "")),
    ("men", ("t", "")), ("me", ("",)), ("peng", ("", "k")), ("peny", ("s",)), ("pem", ("p", "")),
    ("pen", ("t", "")), ("per", ("",)), ("pe", ("",)), ("ber", ("",)), ("be", ("",)), ("ter", ("",)),
    ("di", ("",)), ("ke", ("",)),
)  # fmt: skip
_SUFFIXES = ("kan", "an", "i", "nya")


def roots(word: str) -> frozenset[str]:
    """Candidate roots of an Indonesian word, for telling word families apart ("pemanggilan",
    "memanggil", "dipanggil" all give "panggil"). Over-generates on purpose: only shared roots count."""
    word = word.lower()
    stems = {word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stems.add(word[: -len(suffix)])
    out = set(stems)
    for stem in stems:
        for prefix, restores in _PREFIX_ROOTS:
            if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                out.update(r + stem[len(prefix) :] for r in restores)
    return frozenset(out)
