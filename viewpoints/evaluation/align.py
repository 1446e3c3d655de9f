"""Line gold spans up with engine statements by character offsets."""

from __future__ import annotations

import re
from collections.abc import Sequence

Fragments = tuple[tuple[int, int], ...]


def overlap(fragments: Fragments, start: int, end: int) -> int:
    """Characters of [start, end) covered by the fragments."""
    return sum(max(0, min(end, f_end) - max(start, f_start)) for f_start, f_end in fragments)


def best_match(fragments: Fragments, spans: Sequence[tuple[int, int]]) -> tuple[int | None, int]:
    """Index of the span overlapping most of the fragments (earliest on ties; None if none overlaps),
    and how many spans overlap them at all."""
    best, best_overlap, touched = None, 0, 0
    for index, (start, end) in enumerate(spans):
        covered = overlap(fragments, start, end)
        touched += covered > 0
        if covered > best_overlap:
            best, best_overlap = index, covered
    return best, touched


def locate(text: str, sentence: str, cursor: int = 0) -> tuple[int, int] | None:
    """Where `sentence` occurs in `text`, searching from `cursor` first, then from the start;
    whitespace differences are tolerated. None if it is not there."""
    for begin in (cursor, 0):
        found = text.find(sentence, begin)
        if found >= 0:
            return found, found + len(sentence)
    words = sentence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    for begin in (cursor, 0):
        match = pattern.search(text, begin)
        if match:
            return match.start(), match.end()
    return None
