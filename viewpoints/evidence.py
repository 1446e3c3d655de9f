"""Where in a statement the words that decided its labels are: the speaker cue, the stance cues and
the words behind TextBlob's score. The same matchers that computed the labels find them again."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .sentiment import textblob_assessments
from .stance.stance import cue_matches

MarkKind = Literal["cue", "supportive", "skeptical", "positive", "negative"]


class Mark(NamedTuple):
    start: int
    end: int
    kind: MarkKind


def _sentiment_marks(text: str) -> list[Mark]:
    marks: list[Mark] = []
    cursor = 0
    for words, polarity, _subjectivity, _ in textblob_assessments(text):
        if polarity == 0:
            continue
        # TextBlob reports lowercased words; find the first at or after the previous one.
        pattern = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words if w.isalnum()) + r"\b", re.IGNORECASE)
        found = pattern.search(text, cursor) if pattern.pattern != r"\b\b" else None
        if found:
            marks.append(Mark(found.start(), found.end(), "positive" if polarity > 0 else "negative"))
            cursor = found.end()
    return marks


def marks(text: str, *, cue: str = "") -> list[Mark]:
    """Non-overlapping marks in reading order; a stance cue wins over a sentiment word it overlaps."""
    found: list[Mark] = []
    if cue:
        at = text.find(cue)
        if at >= 0:
            found.append(Mark(at, at + len(cue), "cue"))
    found += [Mark(m.start, m.end, "supportive" if m.value > 0 else "skeptical") for m in cue_matches(text)]
    found += _sentiment_marks(text)
    chosen: list[Mark] = []
    for mark in found:  # earlier kinds have priority
        if all(mark.end <= c.start or mark.start >= c.end for c in chosen):
            chosen.append(mark)
    return sorted(chosen)
