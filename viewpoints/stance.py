"""Stance toward a target, from explainable cues kept as data (``data/lexicon/stance_cues.json``).

Stance is not sentiment: "promises without action remain difficult to trust" is skeptical however
TextBlob scores its words. Each statement's score is the sum of its cue weights (negation flips or
cancels a cue by its family's rule; cues in a leading concessive clause count half; hedges soften),
clipped to [-1, 1]. The label follows the score's sign beyond the threshold. The cue words that
decided it are returned with it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import lexicon

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")


@dataclass(frozen=True)
class Stance:
    label: str  # supportive | skeptical | neutral
    score: float  # -1 .. 1
    cues: str  # "urged (advocacy +1.00); not shifted (change -1.00)"
    mentions_target: bool


NO_STANCE = Stance("neutral", 0.0, "", False)


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern[str]
    family_of: dict[str, str]
    weights: dict[str, tuple[float, float]]
    negators: frozenset[str]
    exceptions: tuple[str, ...]
    window: int
    hedges: frozenset[str]
    hedge_factor: float
    concessive: tuple[str, ...]
    concessive_factor: float
    threshold: float


@lru_cache(maxsize=1)
def rules() -> _Rules:
    raw = lexicon.load_json("stance_cues.json")
    family_of: dict[str, str] = {}
    weights: dict[str, tuple[float, float]] = {}
    for family, spec in raw["families"].items():
        weights[family] = (float(spec["weight"]), float(spec["negated"]))
        for cue in spec["cues"]:
            family_of.setdefault(cue.lower(), family)
    phrases = sorted(family_of, key=len, reverse=True)  # longest first: "empty talk" before "talk"
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    return _Rules(
        pattern=pattern,
        family_of=family_of,
        weights=weights,
        negators=frozenset(raw["negators"]),
        exceptions=tuple(raw["negation_exceptions"]),
        window=int(raw["negation_window"]),
        hedges=frozenset(raw["hedges"]),
        hedge_factor=float(raw["hedge_factor"]),
        concessive=tuple(raw["concessive_openers"]),
        concessive_factor=float(raw["concessive_factor"]),
        threshold=float(raw["label_threshold"]),
    )


def _normalise(text: str) -> str:
    """Lowercase with straight apostrophes; the same length as `text`, so offsets carry over."""
    return text.lower().replace("’", "'")


def _negated(before: str, r: _Rules) -> bool:
    """Is there a negator among the last `window` words before a cue (and not "not only")?"""
    words = before.split()[-r.window :]
    tail = " ".join(words)
    if any(tail.endswith(e) or f"{e} " in tail for e in r.exceptions):
        return False
    return any(w.strip(",;:") in r.negators or w.endswith("n't") for w in words)


def _concessive_end(text: str, r: _Rules) -> int:
    """End of a leading concessive clause ("While experts agree X,"), or 0."""
    stripped = text.lstrip(" “\"'")
    if not any(stripped.startswith(o + " ") for o in r.concessive):
        return 0
    comma = text.find(",")
    return comma if comma > 0 else 0


def target_terms(target: str | None) -> frozenset[str]:
    """Content words of the target, reduced to a crude stem so "guarantee" matches "guarantees"."""
    if not target:
        return frozenset()
    stop = lexicon.words("stopwords.txt")
    return frozenset(_stem(w) for w in _WORD.findall(target.lower()) if w not in stop)


def _stem(word: str) -> str:
    """Plural to singular by English spelling: guarantees -> guarantee, policies -> policy, taxes -> tax."""
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        return word[:-1]
    return word


def mentions(text: str, terms: frozenset[str]) -> bool:
    return bool(terms) and bool(terms & {_stem(w) for w in _WORD.findall(text.lower())})


class CueMatch(NamedTuple):
    start: int  # offsets into the statement
    end: int
    family: str
    value: float  # signed contribution to the score (after negation and concession)
    negated: bool


def cue_matches(text: str) -> list[CueMatch]:
    """Every stance cue in `text` that counts, with where it is and what it contributes."""
    r = rules()
    norm = _normalise(text)
    concessive_end = _concessive_end(norm, r)
    out: list[CueMatch] = []
    previous_end = 0  # negation does not reach back past an earlier cue ("without action remain difficult")
    for match in r.pattern.finditer(norm):
        family = r.family_of[match.group()]
        weight, negated_weight = r.weights[family]
        negated = _negated(norm[previous_end : match.start()], r)
        previous_end = match.end()
        value = negated_weight if negated else weight
        if match.start() < concessive_end:
            value *= r.concessive_factor
        if value:
            out.append(CueMatch(match.start(), match.end(), family, value, negated))
    return out


def classify(text: str, *, target: str | None = None) -> Stance:
    r = rules()
    matches = cue_matches(text)
    total = sum(m.value for m in matches)
    found = [f"{'not ' if m.negated else ''}{text[m.start:m.end]} ({m.family} {m.value:+.2f})" for m in matches]
    if total and any(w in r.hedges for w in _normalise(text).split()):
        total *= r.hedge_factor
        found.append(f"hedged (x{r.hedge_factor})")
    score = max(-1.0, min(1.0, total))
    if score >= r.threshold:
        label = "supportive"
    elif score <= -r.threshold:
        label = "skeptical"
    else:
        label = "neutral"
    return Stance(label, round(score, 3), "; ".join(found), mentions(text, target_terms(target)))


def main_issue(text: str) -> str:
    """The article's main issue: its most repeated two-word phrase of content words.

    "security guarantees" for the seed article. Falls back to the most repeated content word, then
    to "" for text too short to have one.
    """
    stop = lexicon.words("stopwords.txt")
    words = _WORD.findall(_normalise(text))
    pairs = Counter(
        f"{a} {b}" for a, b in zip(words, words[1:]) if a not in stop and b not in stop and len(a) > 2 and len(b) > 2
    )
    best = [p for p, n in pairs.most_common() if n >= 2]
    if best:
        return best[0]
    singles = Counter(w for w in words if w not in stop and len(w) > 3)
    common = singles.most_common(1)
    return common[0][0] if common and common[0][1] >= 2 else ""
