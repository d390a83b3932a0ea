"""Removing spans from a text while keeping a map from the new offsets to the original text."""

from __future__ import annotations

from collections.abc import Sequence

from warta.model import Segment


def merge_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans covering the same characters."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def splice(
    text: str, segments: Sequence[Segment], removals: Sequence[tuple[int, int]]
) -> tuple[str, tuple[Segment, ...]]:
    """`text` without the removed spans, and segments mapping the result to the base text.

    `segments` maps `text` to the base text; the returned segments map the new text to that same base.
    """
    kept: list[tuple[int, int]] = []
    pos = 0
    for start, end in merge_spans(removals):
        if start > pos:
            kept.append((pos, start))
        pos = max(pos, end)
    if pos < len(text):
        kept.append((pos, len(text)))
    pieces: list[str] = []
    out: list[Segment] = []
    new_pos = 0
    seg_index = 0
    for start, end in kept:
        pieces.append(text[start:end])
        # walk the old segments overlapping [start, end)
        while seg_index < len(segments) and segments[seg_index].start + segments[seg_index].length <= start:
            seg_index += 1
        i = seg_index
        while i < len(segments) and segments[i].start < end:
            seg = segments[i]
            lo = max(start, seg.start)
            hi = min(end, seg.start + seg.length)
            if hi > lo:
                out.append(Segment(new_pos + lo - start, seg.source_start + lo - seg.start, hi - lo))
            i += 1
        new_pos += end - start
    return "".join(pieces), tuple(out)
