"""Which aspects of the issue a statement touches (troops, air power, deterrence, ...), from cue lists
in ``data/lexicon/aspects.json``. Each aspect comes with the words that signalled it."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import lexicon

# Letters outside ASCII that a case-insensitive regex takes for ASCII ones ("ſ" for "s", "K" for "k"):
# with one of them in the text, a cue can match without its lower-case form being in the lowered text.
_ODD_CASE = frozenset("İıſK")


class _Aspect(NamedTuple):
    pattern: re.Pattern[str]
    phrases: tuple[str, ...]  # lower case: the pattern cannot match a text holding none of them


@lru_cache(maxsize=1)
def _aspects() -> dict[str, _Aspect]:
    raw = lexicon.load_json("aspects.json")["aspects"]
    out = {}
    for aspect, cues in raw.items():
        phrases = sorted({c.lower() for c in cues}, key=len, reverse=True)
        # (?<![\w.]) / (?![\w]) instead of \b so that "u.s." matches as a whole word
        pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])", re.IGNORECASE)
        out[aspect] = _Aspect(pattern, tuple(phrases))
    return out


def names() -> list[str]:
    return list(_aspects())


def find(text: str) -> dict[str, list[str]]:
    """Aspect -> the words in `text` that signal it, for every aspect the text touches."""
    lowered = text.lower()
    plain_case = _ODD_CASE.isdisjoint(text)
    found: dict[str, list[str]] = {}
    for aspect, (pattern, phrases) in _aspects().items():
        if plain_case and not any(phrase in lowered for phrase in phrases):
            continue  # most statements touch no aspect, and this is cheaper than the regex
        words = list(dict.fromkeys(m.group() for m in pattern.finditer(text)))
        if words:
            found[aspect] = words
    return found


def label(text: str) -> str:
    """The aspects a statement touches, "; "-separated (the DataFrame's ``aspects`` column)."""
    return "; ".join(find(text))
