"""Which aspects of the issue a statement touches (troops, air power, deterrence, ...), from cue lists
in ``data/lexicon/aspects.json``. Each aspect comes with the words that signalled it."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    raw = lexicon.load_json("aspects.json")["aspects"]
    out = {}
    for aspect, cues in raw.items():
        phrases = sorted({c.lower() for c in cues}, key=len, reverse=True)
        # (?<![\w.]) / (?![\w]) instead of \b so that "u.s." matches as a whole word
        out[aspect] = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])", re.IGNORECASE)
    return out


def names() -> list[str]:
    return list(_patterns())


def find(text: str) -> dict[str, list[str]]:
    """Aspect -> the words in `text` that signal it, for every aspect the text touches."""
    found: dict[str, list[str]] = {}
    for aspect, pattern in _patterns().items():
        words = list(dict.fromkeys(m.group() for m in pattern.finditer(text)))
        if words:
            found[aspect] = words
    return found


def label(text: str) -> str:
    """The aspects a statement touches, "; "-separated (the DataFrame's ``aspects`` column)."""
    return "; ".join(find(text))
