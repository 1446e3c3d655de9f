"""A cue found in a sentence: the span of its words and the speaker it names (what `cues` finds)."""

from __future__ import annotations

from dataclasses import dataclass

from ..text.tokens import Token


@dataclass(frozen=True)
class Cue:
    start: int  # character span of the cue words
    end: int
    subject: list[Token]
    appositive: str
    adjunct: bool = False  # the speaker is only inferred (a clause's subject, a label): must be sure
    holds_paragraph: bool = False  # a transcript's label: the paragraph's later sentences are theirs too
