"""Stance toward a claim: does the statement assert it, report it at a distance, or refute it?

A target that is a claim (a headline-like clause with a verb, "Man bitten by shark in Florida") is not an
issue to be for or against ("security guarantees") nor a person: a reader asks whether the text vouches
for it. Read as the literature on headline-against-claim stance reads it (Ferreira and Vlachos 2016,
Emergent; the FNC-1 organisers' baseline), with the cues kept as data (``data/lexicon/claim_cues.json``):

- **refuting** words ("hoax", "fake", "denied", "debunked") lean against the claim; negated ("not a
  hoax") they vouch for it; when the claim is itself a denial, echoing the denial agrees with it;
- **affirming** words ("confirmed", "verified") lean toward it; negated ("not confirmed") they hedge;
- a statement that **restates** the claim (at least ``min_share`` of its content words) with none of
  these, no hedge and no question asserts it; a negator before one of the claim's verbs ("was not
  bitten") denies it;
- **hedging** words of reporting distance ("reportedly", "allegedly", "claims", "according to", "may")
  and a **question** soften the statement: it reports the claim without vouching for it;
- a statement that neither names the claim (``target_words``: two of its content words) nor follows
  one of its paragraph that does counts at ``off_target_factor``.

``stance_cues`` names each word and why; the label follows the score as for issues (``stance.rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .stance import Stance, negated, rules as issue_rules
from .target_words import stem, target_of

CUES_FILE = "claim_cues.json"
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)*")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z.-]*(?:'[A-Za-z]+)?")


@dataclass(frozen=True)
class _Rules:
    refuting: re.Pattern[str]
    affirming: re.Pattern[str]
    hedging: re.Pattern[str]
    refute_weight: float
    refute_negated: float
    affirm_weight: float
    hedge_factor: float
    question_factor: float
    min_share: float
    assert_weight: float
    assert_negated: float
    off_target_factor: float
    min_words: int
    verb_tags: frozenset[str]
    guessed_verb_endings: tuple[str, ...]
    headline_words: int
    any_verb_tags: frozenset[str]
    relative_tags: frozenset[str]
    subject_tags: frozenset[str]


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)  # "not true" before "true"
    return re.compile(r"\b(?:" + lexicon.alternation(ordered) + r")\b")


@lru_cache(maxsize=1)
def rules() -> _Rules:
    raw = lexicon.load_json(CUES_FILE)
    claim = raw["claim"]
    return _Rules(
        refuting=_pattern(raw["refuting"]["cues"]),
        affirming=_pattern(raw["affirming"]["cues"]),
        hedging=_pattern(raw["hedging"]["cues"]),
        refute_weight=float(raw["refuting"]["weight"]),
        refute_negated=float(raw["refuting"]["negated"]),
        affirm_weight=float(raw["affirming"]["weight"]),
        hedge_factor=float(raw["hedge_factor"]),
        question_factor=float(raw["question_factor"]),
        min_share=float(raw["assert"]["min_share"]),
        assert_weight=float(raw["assert"]["weight"]),
        assert_negated=float(raw["assert"]["negated_weight"]),
        off_target_factor=float(raw["off_target_factor"]),
        min_words=int(claim["min_words"]),
        verb_tags=frozenset(claim["verb_tags"]),
        guessed_verb_endings=tuple(claim["guessed_verb_endings"]),
        headline_words=int(claim["headline_words"]),
        any_verb_tags=frozenset(claim["any_verb_tags"]),
        relative_tags=frozenset(claim["relative_tags"]),
        subject_tags=frozenset(claim["subject_tags"]),
    )


def _tags(words: list[str]) -> list[str]:
    """Brill's tag of each word as written, else in lower case (first in lower case in a title-case line,
    "Apple Watch Launch Delayed"); a word it does not know is a name when capitalised (and not in a
    title-case line), a guessed verb when it has a verb's ending ("beheads"), else untagged."""
    r = rules()
    title_case = len(words) > 2 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)
    tags = []
    for word in words:
        low = word.lower()
        known = (lexicon.tag_of(low) or lexicon.tag_of(word)) if title_case else (lexicon.tag_of(word) or lexicon.tag_of(low))
        if known:
            tags.append(known)
        elif word[:1].isupper() and not title_case:
            tags.append("NNP")
        elif low.endswith(r.guessed_verb_endings) and len(low) > 3:
            tags.append("VBZ" if low.endswith("s") else "VBD")
        else:
            tags.append("NNP" if word[:1].isupper() else "")
    return tags


@lru_cache(maxsize=256)
def claim_verbs(target: str | None) -> frozenset[str]:
    """The claim's verbs (stems): a finite verb or past participle standing after a noun ("bitten" of
    "Man bitten by shark", "beheads" of "ISIS beheads journalist"; not "proposed" of "the proposed tax
    cuts")."""
    if not target:
        return frozenset()
    r = rules()
    words = _TOKEN.findall(target.replace("’", "'"))
    tags = _tags(words)
    return frozenset(
        stem(words[i].lower())
        for i in range(1, len(words))
        if tags[i] in r.verb_tags
        and (tags[i - 1] in r.subject_tags or (tags[i] == "VB" and tags[i - 1] == "TO" and i > 1 and tags[i - 2] in r.subject_tags))
    )


@lru_cache(maxsize=256)
def is_claim(target: str | None) -> bool:
    """Is the target a claim (a clause that says something happened or holds) rather than an issue
    phrase or a name? At least ``min_words`` words with a verb after a noun, or a headline's length with a
    verb anywhere and no relative pronoun."""
    if not target or not target.strip():
        return False
    r = rules()
    words = _TOKEN.findall(target.replace("’", "'"))
    if len(words) >= r.min_words and claim_verbs(target):
        return True
    tags = set(_tags(words))
    return len(words) >= r.headline_words and bool(tags & r.any_verb_tags) and not tags & r.relative_tags


def _normalise(text: str) -> str:
    return text.lower().replace("’", "'")


@lru_cache(maxsize=256)
def is_denial(target: str | None) -> bool:
    """Is the claim itself a denial or a debunking ("Minister denies the report", "Photo is a hoax")?"""
    if not target:
        return False
    norm = _normalise(target)
    r = rules()
    return any(not negated(norm[: m.start()]) for m in r.refuting.finditer(norm))


def _is_question(text: str) -> bool:
    return text.rstrip().rstrip("\"'”’)]").endswith("?")


@dataclass(frozen=True)
class Evidence:
    """What the claim's cue words find in one statement (``evidence``): each refuting and affirming word
    as written with whether a negator governs it, the words of reporting distance, a question, the
    claim's content words it holds and the claim's verbs it negates (spans into the statement)."""

    refuting: tuple[tuple[str, bool], ...]
    affirming: tuple[tuple[str, bool], ...]
    hedges: tuple[str, ...]
    question: bool
    shared: tuple[str, ...]  # sorted
    share: float  # of the claim's content words
    denied: tuple[tuple[int, int], ...]
    mentioned: bool


def evidence(text: str, target: str) -> Evidence:
    """The findings ``read`` weighs by hand and ``claim_model`` by learned weights."""
    r = rules()
    norm = _normalise(text)
    goal = target_of(target)
    stems = [(m.start(), stem(m.group())) for m in _WORD.finditer(norm)]
    present = {s for _at, s in stems}
    verbs = claim_verbs(target)
    shared = tuple(sorted(goal.terms & present))
    return Evidence(
        refuting=tuple((text[m.start() : m.end()], negated(norm[: m.start()])) for m in r.refuting.finditer(norm)),
        affirming=tuple((text[m.start() : m.end()], negated(norm[: m.start()])) for m in r.affirming.finditer(norm)),
        hedges=tuple(text[m.start() : m.end()] for m in r.hedging.finditer(norm)),
        question=_is_question(text),
        shared=shared,
        share=len(shared) / len(goal.terms) if goal.terms else 0.0,
        denied=tuple((at, _WORD.match(norm, at).end()) for at, s in stems if s in verbs and negated(norm[:at])),
        mentioned=goal.mentioned_by(present),
    )


def read(text: str, target: str, *, in_focus: bool = False) -> Stance:
    """The statement's stance toward the claim `target`, with the words that decided it."""
    r = rules()
    seen = evidence(text, target)
    found: list[str] = []
    total = 0.0
    denial = is_denial(target)
    truth_cue = False
    for said, no in seen.refuting:
        value = r.refute_negated if no else r.refute_weight
        if denial:
            value = -value
        truth_cue = True
        total += value
        words = f"{'not ' if no else ''}{said}"
        why = "refuting, negated: vouches for it" if no else "refuting"
        found.append(f"{words} ({why} {value:+.2f}{', the claim is itself a denial' if denial else ''})")
    hedges = list(seen.hedges)
    for said, no in seen.affirming:
        if no:  # "has not been confirmed": a report at a distance, no affirmation
            hedges.append(f"not {said}")
            continue
        truth_cue = True
        total += r.affirm_weight
        found.append(f"{said} (affirming {r.affirm_weight:+.2f})")
    question, shared, share = seen.question, seen.shared, seen.share
    if share >= r.min_share and not truth_cue:
        if seen.denied:
            total += r.assert_negated
            at, end = seen.denied[0]
            found.append(f"not {text[at:end]} (the claim's verb negated {r.assert_negated:+.2f})")
        elif not hedges and not question:
            total += r.assert_weight
            found.append(
                f"restates the claim as fact: {len(shared)} of its {len(target_of(target).terms)} words ({', '.join(shared)}), "
                f"no hedge ({r.assert_weight:+.2f})"
            )
    if total:
        if hedges:
            total *= r.hedge_factor
            found.append(f"reported at a distance: {', '.join(dict.fromkeys(hedges))} (x{r.hedge_factor})")
        elif question:
            total *= r.question_factor
            found.append(f"asked, not asserted (x{r.question_factor})")
        if not seen.mentioned and not in_focus:
            total *= r.off_target_factor
            found.append(f"claim not mentioned (x{r.off_target_factor})")
        else:
            found.append("claim mentioned" if seen.mentioned else "claim mentioned earlier in the paragraph")
    elif hedges and share >= r.min_share:
        found.append(f"reports the claim without vouching for it: {', '.join(dict.fromkeys(hedges))}")
    elif question and share >= r.min_share:
        found.append("asks about the claim, does not assert it")
    score = max(-1.0, min(1.0, total))
    threshold = issue_rules().threshold
    label = "supportive" if score >= threshold else "skeptical" if score <= -threshold else "neutral"
    return Stance(label, round(score, 3), "; ".join(found), seen.mentioned)
