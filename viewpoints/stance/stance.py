"""Stance toward a target, from explainable cues kept as data (``data/lexicon/stance_cues.json``).

Stance is not sentiment: "promises without action remain difficult to trust" is skeptical however
TextBlob scores its words. Each statement's score is the sum of its cue weights (negation flips or
cancels a cue by its family's rule; cues in a leading concessive clause count half; a dispute next to
the target's words counts more), softened by a hedge or by words that report a claim without vouching
for it, weighed by whether the statement is about the target, and clipped to [-1, 1]. The label
follows the score's sign beyond the threshold. The cue words that decided it, and whether the target
was mentioned, are returned with it.

Tied to the target: a statement that mentions the target (its head word, or enough of its content
words, plurals reduced) or follows one that does in the same paragraph counts in full; any other
statement counts at ``off_target_factor``: a view voiced about something else leans, it does not decide.
A prescription (a call for action, "must", "should not") of a family marked ``needs_target`` counts
only in the first case: it is about what it prescribes. A forbidding modal negates the cue it governs
("must not fail"), and the target named right after a cue of harm done is what is harmed ("a threat to
press freedom" leans toward press freedom).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from .target_words import (
    NO_TARGET,
    Target,
    main_issue,
    mentions,
    target_forms,
    target_of,
    target_terms,
)

__all__ = [  # the target's side lives in target_words; its names stay importable from here
    "NO_STANCE", "NO_TARGET", "CueMatch", "Stance", "Target", "classify", "cue_matches", "main_issue", "mentions",
    "negated", "rules", "skeptical_claim", "target_of", "target_terms",
]

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")


@dataclass(frozen=True)
class Stance:
    label: str  # supportive | skeptical | neutral
    score: float  # -1 .. 1
    cues: str  # "urged (advocacy +1.00); not shifted (change -1.00); target mentioned"
    mentions_target: bool


NO_STANCE = Stance("neutral", 0.0, "", False)


@dataclass(frozen=True)
class _Rules:
    pattern: re.Pattern[str]
    family_of: dict[str, str]
    weights: dict[str, tuple[float, float]]
    needs_target: frozenset[str]  # prescriptive families that count only where the target is named
    governs: frozenset[str]  # modal families that, forbidding, yield to the cue they govern
    victim_factor: dict[str, float]  # family -> factor when the target's words follow it (what is harmed)
    about_truth: frozenset[str]  # families that say whether a claim holds (the only ones that make a target a denial)
    negators: frozenset[str]
    exception: re.Pattern[str]  # a negation exception ("not only") ending the words or followed by another
    window: int
    hedges: frozenset[str]
    hedge_factor: float
    uncommitted: frozenset[str]
    uncommitted_factor: float
    concessive: tuple[str, ...]
    openers: tuple[str, ...]  # the concessive openers as a sentence starts with them, each with a space after
    concessive_factor: float
    threshold: float
    off_target_factor: float
    near_window: int
    near_factor: dict[str, float]
    victim_window: int
    reverse_for_skeptical_target: bool


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
    pattern = re.compile(r"\b(?:" + lexicon.alternation(phrases) + r")\b")
    return _Rules(
        pattern=pattern,
        family_of=family_of,
        weights=weights,
        needs_target=frozenset(family for family, spec in raw["families"].items() if spec.get("needs_target")),
        governs=frozenset(family for family, spec in raw["families"].items() if spec.get("governs")),
        victim_factor={f: float(spec["victim_factor"]) for f, spec in raw["families"].items() if "victim_factor" in spec},
        about_truth=frozenset(family for family, spec in raw["families"].items() if spec.get("about_truth")),
        negators=frozenset(raw["negators"]),
        exception=re.compile("(?:" + "|".join(map(re.escape, raw["negation_exceptions"])) + r")(?: |\Z)"),
        window=int(raw["negation_window"]),
        hedges=frozenset(raw["hedges"]),
        hedge_factor=float(raw["hedge_factor"]),
        uncommitted=frozenset(raw["uncommitted"]),
        uncommitted_factor=float(raw["uncommitted_factor"]),
        concessive=tuple(raw["concessive_openers"]),
        openers=tuple(o + " " for o in raw["concessive_openers"]),
        concessive_factor=float(raw["concessive_factor"]),
        threshold=float(raw["label_threshold"]),
        off_target_factor=float(raw["target"]["off_target_factor"]),
        near_window=int(raw["target"]["near_window"]),
        near_factor={family: float(f) for family, f in raw["target"]["near_factor"].items()},
        victim_window=int(raw["target"]["victim_window"]),
        reverse_for_skeptical_target=bool(raw["target"]["reverse_for_skeptical_target"]),
    )


def _normalise(text: str) -> str:
    """Lowercase with straight apostrophes; the same length as `text`, so offsets carry over."""
    return text.lower().replace("’", "'")


def _negated(before: str, r: _Rules) -> bool:
    """Is there a negator among the last `window` words before a cue (and not "not only")?"""
    # the last words only: `before` may run from the sentence's start, so it is not split whole
    words = before.rsplit(None, r.window)[-r.window :] if r.window > 0 else before.split()
    tail = " ".join(words)
    if r.exception.search(tail):
        return False
    return any(w.strip(",;:") in r.negators or w.endswith("n't") for w in words)


def negated(before: str) -> bool:
    """Does a negator stand among the last words of `before` (the stance rules' window and exceptions)?"""
    return _negated(before, rules())


def _concessive_end(text: str, r: _Rules) -> int:
    """End of a leading concessive clause ("While experts agree X,"), or 0."""
    stripped = text.lstrip(" “\"'")
    if not stripped.startswith(r.openers):
        return 0
    comma = text.find(",")
    return max(0, comma)


class CueMatch(NamedTuple):
    start: int  # offsets into the statement
    end: int
    family: str
    value: float  # signed contribution to the score (after negation, concession and nearness)
    negated: bool
    near_target: bool = False  # counted more for standing next to the target's words
    harms_target: bool = False  # the target's words follow a cue of harm done: the target is what is harmed


def _harms_target(norm: str, end: int, word_starts: list[int], near_words: list[int], r: _Rules) -> bool:
    """Do the target's words follow a cue of harm done within ``victim_window`` words, and not after "of"
    ("a threat to press freedom", "harms the economy"; not "the threat of war")?"""
    first = bisect_right(word_starts, end - 1)  # index (1-based) of the cue's last word
    after = norm[end:].split(maxsplit=1)
    if after and after[0].strip(",;:") == "of":
        return False
    return any(0 < w - first <= r.victim_window for w in near_words)


def cue_matches(text: str, *, near: list[int] | None = None, truth_only: bool = False) -> list[CueMatch]:
    """Every stance cue in `text` that counts, with where it is and what it contributes.

    `near`: character offsets of the target's words in `text`; a cue of a family with a
    ``near_factor`` within ``near_window`` words of one counts that many times, and a cue of a family
    with a ``victim_factor`` followed by one (the target is what is harmed) counts that many times.
    A forbidding modal of a ``governs`` family ("must not", "nobody should") followed by another cue
    within the negation window negates that cue ("must not fail" reads as "not fail") and adds nothing
    itself. `truth_only`: only the families that say whether a claim holds (``about_truth``) count.
    """
    return _cue_matches(_normalise(text), rules(), near, truth_only)


def _cue_matches(norm: str, r: _Rules, near: list[int] | None, truth_only: bool = False) -> list[CueMatch]:
    """`cue_matches` of a text already normalised."""
    concessive_end = _concessive_end(norm, r)
    # where each word starts, and which words are the target's: read only once a cue that cares is found
    word_starts: list[int] = []
    near_words: list[int] = []
    out: list[CueMatch] = []
    previous_end = 0  # negation does not reach back past an earlier cue ("without action remain difficult")
    forbidding: int | None = None  # index in `out` of a forbidding modal waiting for the cue it governs
    for match in r.pattern.finditer(norm):
        family = r.family_of[match.group()]
        if truth_only and family not in r.about_truth:
            continue  # "condemns" says nothing of whether something holds
        weight, negated_weight = r.weights[family]
        negated = _negated(norm[previous_end : match.start()], r)
        if forbidding is not None and len(norm[previous_end : match.start()].split()) < r.window:
            out[forbidding] = out[forbidding]._replace(value=0.0)  # "must not fail": the cue decides,
            negated = True  # negated by the modal's own "not"
        forbidding = None
        previous_end = match.end()
        value = negated_weight if negated else weight
        if match.start() < concessive_end:
            value *= r.concessive_factor
        near_target = harms_target = False
        if near and not word_starts and (family in r.near_factor or family in r.victim_factor):
            word_starts = [m.start() for m in _WORD.finditer(norm)]
            near_words = [bisect_right(word_starts, at) for at in near]
        if family in r.near_factor and near_words:
            at = bisect_right(word_starts, match.start())
            near_target = any(abs(at - w) <= r.near_window for w in near_words)
            if near_target:
                value *= r.near_factor[family]
        if family in r.victim_factor and near_words and _harms_target(norm, match.end(), word_starts, near_words, r):
            harms_target = True
            value *= r.victim_factor[family]
        if value:
            if family in r.governs and value < 0:
                forbidding = len(out)
            out.append(CueMatch(match.start(), match.end(), family, value, negated, near_target, harms_target))
    return [m for m in out if m.value]


def _note(text: str, m: CueMatch) -> str:
    """ "not shifted (change -1.00)", "denied (dispute -1.50, next to the target)",
    "threatens (harm +0.40, the target is what is harmed)" """
    words = f"{'not ' if m.negated else ''}{text[m.start:m.end]}"
    where = ", next to the target" if m.near_target else ", the target is what is harmed" if m.harms_target else ""
    return f"{words} ({m.family} {m.value:+.2f}{where})"


def classify(text: str, *, target: str | None = None, in_focus: bool = False) -> Stance:
    """The statement's stance toward `target`.

    `in_focus`: an earlier statement of the same paragraph mentioned the target, so this one, which
    carries the paragraph on, is about it too even without naming it.
    """
    r = rules()
    norm = _normalise(text)
    goal, forms, pieces = target_forms(target)
    # the target's terms among the statement's words, looked up by their surface forms (a word whose
    # stem is no term does not matter here, so no word is stemmed); the words are read only when one
    # of the forms is in the text at all (in seven statements in ten none is)
    hits = [m for m in _WORD.finditer(norm) if m.group() in forms] if any(p in norm for p in pieces) else []
    named = {forms[m.group()] for m in hits}
    mentioned = goal.mentioned_by(named)
    near = [m.start() for m in hits] if r.near_factor or r.victim_factor else []
    matches = _cue_matches(norm, r, near)
    off_target = bool(goal.terms) and not mentioned and not in_focus
    # a prescription ("must", "called for") of something the statement does not tie to the target says
    # nothing about the target: shown, not counted
    silent = [m for m in matches if off_target and m.family in r.needs_target]
    matches = [m for m in matches if m not in silent]
    total = sum(m.value for m in matches)
    found = [_note(text, m) for m in matches]
    if total and r.reverse_for_skeptical_target and skeptical_claim(target):
        total = -total
        found.append("the target is itself a denial or doubt: echoing it agrees with it (sign reversed)")
    if total:
        plain = set(norm.split())
        if plain & r.uncommitted:
            total *= r.uncommitted_factor
            found.append(f"not vouched for (x{r.uncommitted_factor})")
        elif plain & r.hedges:
            total *= r.hedge_factor
            found.append(f"hedged (x{r.hedge_factor})")
        if off_target:
            total *= r.off_target_factor
            found.append(f"target not mentioned (x{r.off_target_factor})")
        elif goal.terms:
            found.append("target mentioned" if mentioned else "target mentioned earlier in the paragraph")
    found += [f"{text[m.start:m.end]} ({m.family}, not counted: the target is not named)" for m in silent]
    score = max(-1.0, min(1.0, total))
    if score >= r.threshold:
        label = "supportive"
    elif score <= -r.threshold:
        label = "skeptical"
    else:
        label = "neutral"
    return Stance(label, round(score, 3), "; ".join(found), mentioned)


@lru_cache(maxsize=256)
def skeptical_claim(target: str | None) -> bool:
    """Is the target itself a skeptical claim ("Minister denies the report", "The photo is a hoax")?

    Stance toward a claim is agreement with what it says: a statement that denies what the claim
    denies agrees with it. An issue named by a noun phrase ("security guarantees") never is one, and only
    the cues that say whether something holds make a denial ("Minister condemns attack" is none).
    """
    if not target:
        return False
    return sum(m.value for m in cue_matches(target, truth_only=True)) <= -rules().threshold
