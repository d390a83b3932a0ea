"""Finding what to remove: boilerplate lines and fragments, pasted headlines, navigation tails, spam tails.

Each finder returns spans (start, end, reason) over the text it is given; `clean` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from warta.lang.pack import LanguagePack

Span = tuple[int, int, str]

# Lowercase words allowed inside a pasted headline (Indonesian and English function words).
_HEADLINE_SMALL = frozenset(
    """
    dan di ke dari yang untuk soal jadi usai hingga dengan pada atau vs bagi oleh akan tak tidak
    ini itu saat jelang demi the of in to for and on at a an as by with after over from is are be vs.
    """.split()
)
_WORD = re.compile(r"\S+")
_STRIP = "\"'“”‘’()[],:;"
_NAV_MAX_WORDS = 4
_NAV_MAX_CHARS = 40
_NAV_MIN_RUN = 4
_SPAM_LINE_MAX_WORDS = 8
# "dia.Menteri", 'ya."Israel': a headline starts at the match's end. The match consumes the mark (and
# its quote) rather than testing them in a lookbehind, so re can skip to the next ".!?" in C.
_GLUED = re.compile(r"[.!?](?:(?<=[a-z0-9)].)|[\"”])(?=[A-Z])")
_GLUED_MIN_WORDS = 4  # title-cased words a glued run needs before it counts as a headline
_GLUED_MIN_LEFT = 3  # letters before a glue point inside a word ("Korsel|Jaksa"; not "Mc|Gurk")
_MULTISPACE = re.compile(r"(?<=\S)  +(?=\S)")
_EDGE_SPACE = re.compile(r" +\n|\n +")
_MANY_NEWLINES = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class Guarded:
    """A pattern and literals one of which every match contains (fast substring tests first)."""

    literals: tuple[str, ...]
    pattern: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self.literals or any(lit in text for lit in self.literals):
            yield from self.pattern.finditer(text)

    def search(self, text: str) -> bool:
        return any(True for _ in self.finditer(text))


_GROUP = re.compile(r"\([^()]*\)")
_CLASS = re.compile(r"\[(?:\\.|[^\]])*\]")
_LITERAL = re.compile(r"[A-Za-z0-9 :]{3,}(?![?*{])")
_LEADING_GROUP = re.compile(r"^(?:\^|\\b|\\s\*)*\(((?:[A-Za-z ]+\|)+[A-Za-z ]+)\)")
# a group of plain words, not optional: "(hk|sgp|toto)", not "(hk|sgp)?"
_PLAIN_GROUP = re.compile(r"\(((?:[A-Za-z0-9 ]+\|)+[A-Za-z0-9 ]+)\)(?![?*{])")


def required_literals(pattern: str) -> tuple[str, ...]:
    """Literals one of which every match of `pattern` contains; () when none can be found.

    The longest literal run outside groups and classes, else the alternatives of a leading group
    ("(Simak|Tonton) ..." -> ("Simak", "Tonton")), else those of a later group of plain words
    ("(data|live\\s*draw)\\s+(hk|sgp)" -> ("hk", "sgp")): without literals a pattern runs on every text.
    """
    escaped = re.sub(r"\\[A-Za-z]", "\x00", pattern)  # \b, \s, \w ...
    escaped = re.sub(r"\\(.)", "\x00", escaped)  # escaped punctuation
    flat = escaped
    while _GROUP.search(flat):
        flat = _GROUP.sub("\x00", flat)
    flat = _CLASS.sub("\x00", flat)
    runs = [m.group().strip() for m in _LITERAL.finditer(flat)]
    best = max(runs, key=len, default="")
    if len(best) >= 3:
        return (best,)
    m = _LEADING_GROUP.match(pattern)
    if m:
        return tuple(alt.split()[0] for alt in m.group(1).split("|") if alt.strip())
    return _plain_group(escaped, flat)


def _plain_group(escaped: str, flat: str) -> tuple[str, ...]:
    """The alternatives of the first group of plain words at the top level of a pattern (escapes
    already blanked in `escaped`; `flat` is it with groups and classes blanked), when the pattern has
    no alternation of its own: every match then holds one of them."""
    if "|" in flat:
        return ()
    unclassed = _CLASS.sub(lambda c: "\x00" * len(c.group()), escaped)  # "[(]" opens no group
    for m in _PLAIN_GROUP.finditer(unclassed):
        before = unclassed[: m.start()]
        if before.count("(") == before.count(")"):  # not nested in another group or a lookaround
            return tuple(alt for alt in m.group(1).split("|"))
    return ()


def _guard(patterns: list[str], flags: int = re.MULTILINE) -> tuple[Guarded, ...]:
    return tuple(Guarded(required_literals(p), re.compile(p, flags)) for p in patterns)


@dataclass(frozen=True, slots=True)
class Rules:
    """Boilerplate patterns of every installed pack, grouped by kind."""

    line: re.Pattern[str]  # one alternation, matched against each line
    inline: tuple[Guarded, ...]
    headline: tuple[Guarded, ...]
    tail: re.Pattern[str]
    spam: tuple[Guarded, ...]  # lowercase patterns, matched against the lowercased text


_NEVER = r"(?!x)x"


def _union(patterns: list[str], flags: int = re.MULTILINE) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or _NEVER, flags)


def collect_rules(packs: Iterable[LanguagePack]) -> Rules:
    by_kind: dict[str, list[str]] = {k: [] for k in ("line", "inline", "headline", "tail", "spam")}
    for pack in packs:
        for rule in pack.boilerplate:
            by_kind[rule.kind].append(rule.pattern.pattern)
    return Rules(
        line=_union(by_kind["line"]),
        inline=_guard(by_kind["inline"]),
        headline=_guard(by_kind["headline"]),
        tail=_union(by_kind["tail"]),
        spam=_guard([p.lower() for p in by_kind["spam"]]),
    )


def lines(text: str) -> list[tuple[int, int, int]]:
    """(start, end without newline, end with newline) of every line."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            out.append((pos, n, n))
            break
        out.append((pos, nl, nl + 1))
        pos = nl + 1
    return out


def find_removals(text: str, rules: Rules) -> list[Span]:
    """Every span of `text` that cleaning removes, with its reason."""
    line_spans = lines(text)
    found: list[Span] = []
    removed_lines: set[int] = set()
    for i, (start, end, end_nl) in enumerate(line_spans):
        line = text[start:end]
        if line.strip() and rules.line.fullmatch(line):
            found.append((start, end_nl, "boilerplate line"))
            removed_lines.add(i)
    found += _nav_runs(text, line_spans, removed_lines)
    found += _drop_caps(text, line_spans)
    found += _repeated_title(text, line_spans, removed_lines)
    for rule in rules.inline:
        found += [(m.start(), m.end(), "boilerplate") for m in rule.finditer(text) if m.end() > m.start()]
    for rule in rules.headline:
        for m in rule.finditer(text):
            found.append((m.start(), _headline_end(text, m.end(), line_spans), "pasted headline"))
    found += _glued_headlines(text, line_spans)
    found += _tail(text, line_spans, rules)
    found += _spam_tail(text, line_spans, rules)
    found += _whitespace(text)
    return found


def _nav_runs(text: str, line_spans: list[tuple[int, int, int]], removed: set[int]) -> list[Span]:
    """Runs of very short lines (menus, share bars, link lists)."""
    out: list[Span] = []
    run: list[int] = []

    def flush() -> None:
        if len(run) >= _NAV_MIN_RUN:
            out.extend((line_spans[i][0], line_spans[i][2], "navigation") for i in run)
        run.clear()

    for i, (start, end, _) in enumerate(line_spans):
        if i in removed:
            continue
        line = text[start:end].strip()
        if _is_drop_cap(text, line_spans, i):
            flush()
            continue
        if (
            line
            and len(line) <= _NAV_MAX_CHARS
            and len(line.split()) <= _NAV_MAX_WORDS
            and line[-1] not in '.!?"”'
        ):
            run.append(i)
        else:
            flush()
    flush()
    return out


def _is_drop_cap(text: str, line_spans: list[tuple[int, int, int]], i: int) -> bool:
    start, end, _ = line_spans[i]
    if end - start != 1 or not text[start].isupper() or i + 1 >= len(line_spans):
        return False
    nxt = line_spans[i + 1][0]
    return text[nxt : nxt + 1].islower()


def _drop_caps(text: str, line_spans: list[tuple[int, int, int]]) -> list[Span]:
    """A drop capital on its own line ("T" + newline + "he ministry ...") is joined to its word."""
    return [
        (line_spans[i][1], line_spans[i][2], "drop capital")
        for i in range(len(line_spans))
        if _is_drop_cap(text, line_spans, i)
    ]


def _norm_line(line: str) -> str:
    return " ".join(line.split()).casefold()


def _repeated_title(text: str, line_spans: list[tuple[int, int, int]], removed: set[int]) -> list[Span]:
    """The first line repeated as the next non-empty line (a doubled title) loses its copy."""
    firsts = [(i, s) for i, s in enumerate(line_spans) if i not in removed and text[s[0] : s[1]].strip()][:2]
    if len(firsts) == 2 and _norm_line(text[firsts[0][1][0] : firsts[0][1][1]]) == _norm_line(
        text[firsts[1][1][0] : firsts[1][1][1]]
    ):
        start, _, end_nl = firsts[1][1]
        return [(start, end_nl, "repeated title")]
    return []


def _glue_point(word: str) -> int:
    """Index where a second word glued to this one starts ("PolisiLebih" -> 6, "WNISuriah" -> 3), or 0."""
    for i in range(len(word) - 2, 0, -1):
        if word[i].isupper() and word[i + 1].islower() and word[i - 1].isalpha():
            return i
    return 0


def _is_headline_word(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit() or word.lower() in _HEADLINE_SMALL


def _headline_end(text: str, pos: int, line_spans: list[tuple[int, int, int]]) -> int:
    """Where a pasted headline that starts at `pos` ends (the body text resumes there).

    A headline is title-cased: it runs until two of four words in a row are lowercase content words,
    then the body resumes at the last capitalised word before them (split where words were glued:
    "PolisiLebih lanjut" resumes at "Lebih").
    """
    line_end = next((end for start, end, _ in line_spans if start <= pos <= end), len(text))
    if not text[pos:line_end].strip():  # the marker stands alone: the headline is the next line
        nxt = next(((s, e, enl) for s, e, enl in line_spans if s > pos and text[s:e].strip()), None)
        return nxt[2] if nxt else line_end
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, pos, line_end) if m.group().strip(_STRIP)]
    last_cap: tuple[int, str] | None = None
    for i, (start, raw) in enumerate(words):
        word = raw.strip(_STRIP)
        if _is_headline_word(word):
            if word[0].isupper():
                last_cap = (start, raw)
            if i > 0 and raw.rstrip(_STRIP).endswith((".", "!", "?")):
                return start + len(raw)
            continue
        window = [w.strip(_STRIP) for _, w in words[i : i + 4]]
        if sum(1 for w in window if w and not _is_headline_word(w)) < 2:
            continue
        if last_cap is None:
            return pos
        cap_start, cap_raw = last_cap
        lead = len(cap_raw) - len(cap_raw.lstrip(_STRIP))
        return cap_start + lead + _glue_point(cap_raw.lstrip(_STRIP))
    return line_end


def _glued_headlines(text: str, line_spans: list[tuple[int, int, int]]) -> list[Span]:
    """Headlines of other articles pasted with no marker, glued to the end of a sentence
    ("... kata dia.Menteri Tinjau Banjir di Kota Pesisir Warga menyambut" has none, but
    "... kata dia.Menteri Tinjau Banjir di Kota PesisirWarga menyambut" and "... kata dia.Siapa Calon
    Menteri Baru Itu? Warga menyambut" do). A run of at least four title-cased words right after a
    sentence's final mark, with no space, counts only when it ends where a glued word starts or at a
    question or exclamation mark: a sentence that opens with a long name ends at a lowercase verb."""
    out: list[Span] = []
    for m in _GLUED.finditer(text):
        start = m.end()
        end = _glued_end(text, start, _line_end(line_spans, start))
        if end is not None:
            out.append((start, end, "pasted headline"))
    return out


def _line_end(line_spans: list[tuple[int, int, int]], pos: int) -> int:
    return next((end for start, end, _ in line_spans if start <= pos <= end), pos)


def _glued_end(text: str, pos: int, line_end: int) -> int | None:
    """Where a title-cased run starting at `pos` ends, when it is a headline (else None)."""
    words = 0
    for m in _WORD.finditer(text, pos, line_end):
        raw = m.group()
        word = raw.strip(_STRIP)
        if not word:
            continue
        mark = next((i for i, c in enumerate(raw[:-1]) if c in "?!" and raw[i + 1].isupper()), None)
        if mark is not None and words + 1 >= _GLUED_MIN_WORDS:  # "Apa?Pemakzulan": the body resumes
            return m.start() + mark + 1
        if not _is_headline_word(word):
            return None
        words += 1
        if words < _GLUED_MIN_WORDS:
            continue
        lead = len(raw) - len(raw.lstrip(_STRIP))
        glue = _glue_point(word)
        if glue >= _GLUED_MIN_LEFT:
            return m.start() + lead + glue
        if raw.endswith(("?", "!")) and m.end() < line_end:
            return m.end()
    return None


def _tail(text: str, line_spans: list[tuple[int, int, int]], rules: Rules) -> list[Span]:
    half = len(text) // 2
    for start, end, _ in line_spans:
        if start >= half and rules.tail.fullmatch(text[start:end]):
            return [(start, len(text), "navigation tail")]
    return []


def _spam_tail(text: str, line_spans: list[tuple[int, int, int]], rules: Rules) -> list[Span]:
    """Lottery and gambling spam at the end: removed from its line on, when everything after is spam.

    A spam line is short or holds several spam keywords; a long line with one keyword ("polisi
    menangkap bandar judi online ...") is news about gambling, not spam.
    """

    # Spam keywords are ASCII: lowercase with every other character as '?', so offsets stay put.
    lowered = text.encode("ascii", "replace").lower().decode("ascii")

    def spam_hits(s: int, e: int) -> int:
        return sum(1 for rule in rules.spam for _ in rule.finditer(lowered[s:e]))

    def spammy(s: int, e: int) -> bool:
        words = text[s:e].split()
        if not words:
            return True
        if len(words) <= _SPAM_LINE_MAX_WORDS and not words[-1].endswith((".", "!", "?", '"', "”")):
            return True
        return len(words) <= 2 * _SPAM_LINE_MAX_WORDS and spam_hits(s, e) * 4 >= len(words)

    hits = sorted(m.start() for rule in rules.spam for m in rule.finditer(lowered))
    for hit in hits:
        index = next(i for i, (s, _, enl) in enumerate(line_spans) if s <= hit < max(enl, s + 1))
        start, end, _ = line_spans[index]
        if any(c in text[start:hit] for c in ".!?"):
            # glued to the last sentence of a paragraph: "... Erdogan. Pengeluaran HK"
            if not spammy(hit, end):
                continue
            cut = hit
        elif spammy(start, end):
            cut = start
        else:
            continue
        if all(spammy(s, e) for s, e, _ in line_spans[index + 1 :]):
            return [(cut, len(text), "spam tail")]
    return []


def _whitespace(text: str) -> list[Span]:
    out: list[Span] = []
    if "  " in text:
        out += [(m.start() + 1, m.end(), "whitespace") for m in _MULTISPACE.finditer(text)]
    for m in _EDGE_SPACE.finditer(text) if " \n" in text or "\n " in text else ():
        if m.group()[0] == " ":
            out.append((m.start(), m.end() - 1, "whitespace"))
        else:
            out.append((m.start() + 1, m.end(), "whitespace"))
    if "\n\n\n" in text:
        out += [(m.start() + 2, m.end(), "whitespace") for m in _MANY_NEWLINES.finditer(text)]
    stripped = text.lstrip()
    if len(stripped) < len(text):
        out.append((0, len(text) - len(stripped), "whitespace"))
    rstripped = text.rstrip()
    if len(rstripped) < len(text):
        out.append((len(rstripped), len(text), "whitespace"))
    return out
