"""What counts as a statement mentioning a target, and an article's main issue.

A target's content words (stopwords dropped, plurals and possessives reduced by English spelling) and,
for a noun phrase of up to ``head_max_words`` of them, its head word: the last one ("guarantee" of
"security guarantees"), which alone is a mention. The numbers are the ``target`` part of
``data/lexicon/stance_cues.json``; the stance read toward a target is ``viewpoints.stance.stance``'s.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")


class _TargetRules(NamedTuple):
    head_max_words: int
    min_shared: int


@lru_cache(maxsize=1)
def _rules() -> _TargetRules:
    raw = lexicon.load_json("stance_cues.json")["target"]
    return _TargetRules(int(raw["head_max_words"]), int(raw["min_shared"]))


def _normalise(text: str) -> str:
    """Lowercase with straight apostrophes; the same length as `text`, so offsets carry over."""
    return text.lower().replace("’", "'")


@dataclass(frozen=True)
class Target:
    """What counts as mentioning the target: its content words (plurals reduced) and its head word."""

    terms: frozenset[str]
    head: str  # "" for a long target (a headline has no single head)
    need: int  # content words a statement must share when it lacks the head

    def mentioned_by(self, stems: set[str]) -> bool:
        if not self.terms:
            return False
        return (bool(self.head) and self.head in stems) or len(self.terms & stems) >= self.need


NO_TARGET = Target(frozenset(), "", 0)


@lru_cache(maxsize=256)
def target_of(target: str | None) -> Target:
    """The target's content words; a noun phrase of up to ``head_max_words`` of them also has a head,
    its last one ("guarantee" of "security guarantees"), which alone is a mention."""
    if not target:
        return NO_TARGET
    r = _rules()
    stop = lexicon.words("stopwords.txt")
    content = [stem(w) for w in _WORD.findall(_normalise(target)) if w not in stop]
    if not content:
        return NO_TARGET
    head = content[-1] if len(set(content)) <= r.head_max_words else ""
    terms = frozenset(content)
    return Target(terms, head, min(r.min_shared, len(terms)))


@lru_cache(maxsize=256)
def surface_forms(target: Target) -> dict[str, str]:
    """Every word `stem` reduces to one of the target's terms -> that term ("guarantees",
    "guarantee's" -> "guarantee"), so a statement's words are looked up instead of each stemmed.
    Complete: `stem` drops at most "'s" and then "s", "es" or "ies" (for "y"), so each term's forms are
    among these candidates, and only those `stem` maps back to it are kept."""
    forms: dict[str, str] = {}
    for term in sorted(target.terms):
        bases = [term, term + "s", term + "es"] + ([term[:-1] + "ies"] if term.endswith("y") else [])
        for candidate in bases + [b + "'s" for b in bases]:
            if stem(candidate) == term:
                forms.setdefault(candidate, term)
    return forms


def target_terms(target: str | None) -> frozenset[str]:
    """Content words of the target, reduced to a crude stem so "guarantee" matches "guarantees"."""
    return target_of(target).terms


@lru_cache(maxsize=65_536)  # called on every word of every statement; news repeats its words
def stem(word: str) -> str:
    """Possessive and plural to the bare singular by English spelling: Ukraine's -> ukraine,
    guarantees -> guarantee, policies -> policy, taxes -> tax."""
    word = word.removesuffix("'s")
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        return word[:-1]
    return word


def mentions(text: str, target: str | Target | None) -> bool:
    """Does `text` mention the target: its head word, or at least ``min_shared`` of its content words?"""
    target = target if isinstance(target, Target) else target_of(target)
    return target.mentioned_by({stem(w) for w in _WORD.findall(_normalise(text))})


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


@lru_cache(maxsize=256)
def target_forms(target: str | None) -> tuple[Target, dict[str, str], tuple[str, ...]]:
    """The target, its surface forms (``surface_forms``) and the fewest of those that every form
    contains ("guarantee" for "guarantees", "guarantee's"): a text holding none of them names no term.
    (Cheaper than a pattern of the forms: compiling one per article costs more than it saves.)"""
    goal = target_of(target)
    forms = surface_forms(goal) if goal.terms else {}
    pieces = tuple(f for f in forms if not any(g != f and g in f for g in forms))
    return goal, forms, pieces
