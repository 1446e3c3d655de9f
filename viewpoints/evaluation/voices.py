"""Voice measures: is each voice the engine offers a source of the article, and is anyone listed twice?

A *voice* is a distinct non-author speaker of one article: what fills the dashboard's "Groups to compare"
picker. Phrases are compared after `words`: lower case, a possessive "'s" dropped, and leading words
among LEADING dropped ("Sen. Mike Pence's" -> "mike pence").

- *real*: a voice whose words (a) stand as a contiguous run inside some gold non-pronoun source span of
  that article (any annotator's file), or (b) end with the name part of one (its words before the
  first comma, "(", " who " or " of the "), or (c) are the ending of that name part;
- *split*: pairs of voices of one article where one's words are the other's ending ("pence" /
  "mike pence"), as a share of all voices;
- *recall*: gold name parts, counted once per article by their last word, that some voice ends with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from viewpoints import schema
from viewpoints.evaluation import speakers

LEADING = frozenset(
    "the a an mr mrs ms dr sen rep gov president former top u.s senator".split()
)
_NAME_PART_END = re.compile(r",|\(| who | of the ", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_EDGE = "\"'“”‘’()[]{},.;:!?"


def words(phrase: str) -> tuple[str, ...]:
    """The phrase's words as the voice measures compare them (see the module docstring). The engine's
    ``voice_filter.words`` reads names much the same way, on purpose apart: the judge's definition is the
    issue's and stays fixed however the engine's reading changes."""
    tokens = [token.strip(_EDGE) for token in _POSSESSIVE.sub("", phrase.lower().replace("’", "'")).split()]
    tokens = [token for token in tokens if token]
    while tokens and tokens[0].rstrip(".") in LEADING:
        tokens = tokens[1:]
    return tuple(tokens)


def name_part(source: str) -> tuple[str, ...]:
    """The words of a gold source before its first comma, "(", " who " or " of the "."""
    return words(_NAME_PART_END.split(source, maxsplit=1)[0])


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def ends_with(phrase: tuple[str, ...], ending: tuple[str, ...]) -> bool:
    """Do the words of `phrase` end with the (non-empty) words of `ending`?"""
    return bool(ending) and len(phrase) >= len(ending) and phrase[len(phrase) - len(ending) :] == ending


def is_real(voice: str, sources: Iterable[str]) -> bool:
    """Does the voice name one of the gold (non-pronoun) sources, by (a), (b) or (c) above?"""
    mine = words(voice)
    if not mine:
        return False
    for source in sources:
        if _contains(words(source), mine):
            return True
        name = name_part(source)
        if ends_with(mine, name) or ends_with(name, mine):
            return True
    return False


def split_pairs(voices: Iterable[str]) -> list[tuple[str, str]]:
    """(shorter, longer) pairs of one article's voices where the shorter's words end the longer's."""
    by_words = {}
    for voice in voices:
        by_words.setdefault(words(voice), voice)
    keys = [key for key in by_words if key]
    return [
        (by_words[short], by_words[long])
        for short in keys
        for long in keys
        if len(short) < len(long) and ends_with(long, short)
    ]


@dataclass
class VoiceCounts:
    """Counts over many articles; `rows` lists every voice with its verdict (for --errors)."""

    voices: int = 0
    real: int = 0
    split: int = 0
    gold_names: int = 0
    found_names: int = 0
    rows: list[dict] = field(default_factory=list)

    def metrics(self) -> dict[str, float | None]:
        def rate(hits, total):
            return hits / total if total else None

        return {
            "voices_real": rate(self.real, self.voices),
            "voices_split": rate(self.split, self.voices),
            "voices_recall": rate(self.found_names, self.gold_names),
        }


def voices_of(frame) -> list[str]:
    """The distinct non-author speakers of one analysed article, in order of first statement."""
    seen = dict.fromkeys(s for s in frame[schema.SPEAKER] if isinstance(s, str) and s and s != schema.AUTHOR)
    return list(seen)


def count_article(article: str, voices: list[str], sources: list[str], counts: VoiceCounts) -> None:
    """Add one article's voices, judged against its gold source texts (every annotator's), to `counts`."""
    named = [source for source in sources if source.strip() and not speakers.is_pronoun(source)]
    pairs = split_pairs(voices)
    twice = {short for short, _ in pairs}
    for voice in voices:
        real = is_real(voice, named)
        counts.voices += 1
        counts.real += real
        counts.rows.append(
            {"task": "voices", "article": article, "voice": voice, "real": real, "split": voice in twice}
        )
    counts.split += len(pairs)
    last_words = {part[-1] for part in map(name_part, named) if part}
    voice_words = [words(voice) for voice in voices]
    counts.gold_names += len(last_words)
    counts.found_names += sum(any(mine and mine[-1] == last for mine in voice_words) for last in last_words)
