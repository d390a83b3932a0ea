"""English inflection by rule, for expanding trigger patterns into surface forms.

"condemn+V" -> condemn, condemns, condemned, condemning (active; the coder detects "was condemned by").
"meet|met+V" lists an irregular past. "condemnation+N" or "phone call+N" is a noun (the mark may
end any word). Only the first word is inflected.
Where spelling is ambiguous (doubling a final consonant) both spellings are produced: a form that
does not exist never matches, so this costs nothing.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")


def _is_cvc(word: str) -> bool:
    """Consonant-vowel-consonant at the end ("ban", "admit"); "qu" counts as a consonant ("acquit")."""
    if len(word) < 3 or word[-1] in _VOWELS | {"w", "x", "y"} or word[-2] not in _VOWELS:
        return False
    return word[-3] not in _VOWELS or word[-4:-2] == "qu"


def inflect(verb: str) -> list[str]:
    """Base, third person, past and -ing forms of a regular verb."""
    forms = [verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.append(verb + "es")
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        forms.append(verb[:-1] + "ies")
    else:
        forms.append(verb + "s")
    if verb.endswith("e"):
        forms.append(verb + "d")
        forms.append(verb[:-1] + "ing" if not verb.endswith("ee") else verb + "ing")
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        forms += [verb[:-1] + "ied", verb + "ing"]
    else:
        forms += [verb + "ed", verb + "ing"]
        if _is_cvc(verb):
            forms += [verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    return forms


def expand(pattern: str) -> list[tuple[str, str]]:
    """Every surface form a trigger pattern stands for, with its voice ('active' or 'noun')."""
    words = pattern.split()
    if not words:
        return []
    head, rest = words[0], [w.removesuffix("+N") for w in words[1:]]
    if head.endswith("+V"):
        base, *irregular = head[:-2].split("|")
        heads = inflect(base) + irregular
        return [(" ".join([h, *rest]), "active") for h in dict.fromkeys(heads)]
    if any(w.endswith("+N") for w in words):
        return [(" ".join([head.removesuffix("+N"), *rest]), "noun")]
    return [(pattern, "active")]


_SUFFIXES = (
    "ations",
    "ation",
    "ions",
    "ion",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "s",
    "al",
)


def roots(word: str) -> frozenset[str]:
    """Candidate roots of an English word ("condemnation", "condemned" -> "condemn")."""
    word = word.lower()
    out = {word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out.update({stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem})
    return frozenset(out)
