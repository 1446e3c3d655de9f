"""Which aspects of the issue a statement touches (troops, air power, deterrence, ...), from cue lists
in ``data/lexicon/aspects.json``. Each aspect comes with the words that signalled it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon

# Letters outside ASCII that a case-insensitive regex takes for ASCII ones ("ſ" for "s", "K" for "k"):
# with one of them in the text, a cue can match without its lower-case form being in the lowered text.
_ODD_CASE = frozenset("İıſK")


_WORD_RUN = re.compile(r"\w+")


class _Aspect(NamedTuple):
    pattern: re.Pattern[str]
    phrases: tuple[str, ...]  # lower case: the pattern cannot match a text holding none of them
    lowered: re.Pattern[str]  # `pattern` without ignoring case, for a lower-cased text (see _any_aspect_lowered)


def _whole_words(phrases: list[str]) -> re.Pattern[str]:
    # (?<![\w]) / (?![\w]) instead of \b so that "u.s." matches as a whole word
    return re.compile(r"(?<![\w])(?:" + lexicon.alternation(phrases) + r")(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _aspects() -> dict[str, _Aspect]:
    raw = lexicon.load_json("aspects.json")["aspects"]
    out = {}
    for aspect, cues in raw.items():
        phrases = sorted({c.lower() for c in cues}, key=len, reverse=True)
        pattern = _whole_words(phrases)
        out[aspect] = _Aspect(pattern, tuple(phrases), re.compile(pattern.pattern))
    return out


@lru_cache(maxsize=1)
def _by_first_run() -> dict[str, frozenset[str]]:
    """The first run of word characters of each cue ("white" of "white house", "u" of "u.s.") -> the
    aspects with a cue opening so. Every cue opens with a word character, so where a cue matches as a
    whole word, its first run is a whole run of the text's word characters: an aspect none of whose
    cues' first runs is among the text's runs cannot match it."""
    first: dict[str, set[str]] = {}
    for aspect, spec in _aspects().items():
        for phrase in spec.phrases:
            run = _WORD_RUN.match(phrase)
            if run is None:  # a cue opening with a mark: no run to look for (none does today)
                raise ValueError(f"aspect cue {phrase!r} does not open with a letter or digit")
            first.setdefault(run.group(), set()).add(aspect)
    return {run: frozenset(named) for run, named in first.items()}


@lru_cache(maxsize=1)
def _any_aspect() -> re.Pattern[str]:
    """Every aspect's cues in one pattern: it matches exactly where some aspect's pattern does, and
    one search for it is several times cheaper than looking for each aspect (three statements in four
    touch none)."""
    return _whole_words(sorted({p for a in _aspects().values() for p in a.phrases}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _any_aspect_lowered() -> re.Pattern[str]:
    """`_any_aspect` without ignoring case, for a lower-cased text with none of `_ODD_CASE`: the cues
    are ASCII and lower case, so it matches there exactly where `_any_aspect` matches the text, and
    about twice as fast."""
    return re.compile(_any_aspect().pattern)


def names() -> list[str]:
    return list(_aspects())


def find(text: str) -> dict[str, list[str]]:
    """Aspect -> the words in `text` that signal it, for every aspect the text touches."""
    plain_case = text.isascii() or _ODD_CASE.isdisjoint(text)
    lowered = text.lower()
    hit = _any_aspect_lowered().search(lowered) if plain_case else _any_aspect().search(text)
    if not hit:
        return {}
    begin = hit.start()  # no aspect's cue matches before the first of all cues' (lookbehinds still see the text before)
    found: dict[str, list[str]] = {}
    if plain_case:
        # only the aspects with a cue opening on one of the text's words are looked for (a statement
        # touching one aspect rarely touches many)
        first = _by_first_run()
        candidates = {aspect for run in first.keys() & set(_WORD_RUN.findall(lowered)) for aspect in first[run]}
    for aspect, (pattern, _phrases, on_lowered) in _aspects().items():
        if not plain_case:
            words = list(dict.fromkeys(m.group() for m in pattern.finditer(text, begin)))
        elif aspect in candidates:
            # the same spans as `pattern` finds in `text` (lower-casing keeps every offset), as written there
            words = list(dict.fromkeys(text[m.start() : m.end()] for m in on_lowered.finditer(lowered, begin)))
        else:
            continue
        if words:
            found[aspect] = words
    return found


def label(text: str) -> str:
    """The aspects a statement touches, "; "-separated (the DataFrame's ``aspects`` column)."""
    return "; ".join(find(text))
