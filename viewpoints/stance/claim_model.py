"""How an article as a whole stands toward a claim: weights learned over what the claim rules find in
each of its statements.

``claim_stance.read`` gives each statement its stance by hand-set weights; the statements' panels show
that reading. For the article as a whole, the same findings (refuting and affirming words, negated or
not; words of reporting distance; a question; how much of the claim a statement restates, plainly,
hedged or beside a refuting word; the claim's verb negated; the rules' own reading; VADER's tone), with
where each statement stands (the claim named there or earlier in its paragraph; the article's opening;
said by a voice) and how the claim is put (itself a denial; itself hedged), are weighed by a small
multinomial logistic model: the article vouches for the claim (supportive), refutes it (skeptical) or
reports it without vouching for it (neutral).

The model was fitted by ``python -m viewpoints.evaluation.train_claim_stance`` on FNC-1's related
(headline, body) pairs, where only the body has a label: an article's logits are the mean of its
statements' (``read_article``). FNC-1 labels no statement, so no statement is read by these weights alone:
a single statement's share is too small and too noisy a signal (rare findings weigh much). The weights
are data (``data/models/claim_stance.json``), read without any download; ``read_article`` names the
findings that weighed most, in words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .. import schema as S
from .claim_stance import evidence, is_denial, rules

MODEL_FILE = "claim_stance.json"
LABELS = ("supportive", "skeptical", "neutral")  # the model's classes, in the order of its weight rows
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing)\b|n't\b")
RESTATES = 0.5  # share of the claim's content words a statement restating it holds
SCORE_SIGN = 0.1  # the rules' score beyond which their reading leans
VADER_SIGN = 0.3
OPENING = 2  # statements that make an article's opening

# what each finding is called when it explains a reading (the model's feature names, without "named:")
FINDINGS = {
    "refuting": "a refuting word",
    "refuting_negated": "a refuting word negated",
    "affirming": "an affirming word",
    "affirming_negated": "an affirming word negated",
    "hedged": "reported at a distance",
    "question": "asked, not asserted",
    "negation": "a negation",
    "verb_negated": "the claim's verb negated",
    "restates": "restates the claim plainly",
    "restates_hedged": "restates the claim at a distance",
    "restates_refuting": "restates the claim beside a refuting word",
    "share": "share of the claim's words",
    "rules_supportive": "the rules read it as vouching",
    "rules_skeptical": "the rules read it as refuting",
    "voiced": "said by a voice of the article",
    "denial_refuting": "a refuting word, the claim being a denial",
    "tone_positive": "positive tone (VADER)",
    "tone_negative": "negative tone (VADER)",
    "opening": "in the article's opening",
    "named": "the claim named here or earlier in the paragraph",
    "claim_hedged": "the claim itself is hedged",
    "claim_denial": "the claim itself is a denial",
}
CLAIM_LEVEL = frozenset({"claim_hedged", "claim_denial"})  # the same for every statement of an article
BASE = tuple(name for name in FINDINGS if name != "named" and name not in CLAIM_LEVEL)
NAMES = BASE + tuple(f"named:{name}" for name in BASE) + ("named", "claim_hedged", "claim_denial")


@dataclass(frozen=True)
class Finding:
    """What the claim rules find in one statement, with the words that show it."""

    values: dict[str, float]
    words: dict[str, str]  # finding -> the statement's words behind it ("hoax", "reportedly")


def find(text: str, target: str, *, rule_score: float, voiced: bool, opening: bool, vader: float, named: bool) -> Finding:
    """The model's inputs for one statement (`named`: the claim is named in it or earlier in its paragraph):
    what ``claim_stance.evidence`` finds, and where the statement stands."""
    seen = evidence(text, target)
    words: dict[str, list[str]] = {}
    for kind, matches in (("refuting", seen.refuting), ("affirming", seen.affirming)):
        for said, no in matches:
            words.setdefault(f"{kind}_negated" if no else kind, []).append(said)
    if seen.hedges:
        words["hedged"] = list(seen.hedges)
    negations = [text[m.start() : m.end()] for m in _NEGATION.finditer(text.lower().replace("’", "'"))]
    if negations:
        words["negation"] = negations
    if seen.denied:
        words["verb_negated"] = [text[at:end].lower().replace("’", "'") for at, end in seen.denied]
    restates = seen.share >= RESTATES
    hedged = bool(seen.hedges)
    base = {
        "refuting": "refuting" in words,
        "refuting_negated": "refuting_negated" in words,
        "affirming": "affirming" in words,
        "affirming_negated": "affirming_negated" in words,
        "hedged": hedged,
        "question": seen.question,
        "negation": bool(negations),
        "verb_negated": bool(seen.denied),
        "restates": restates and not hedged and not seen.question,
        "restates_hedged": restates and hedged,
        "restates_refuting": restates and "refuting" in words,
        "share": seen.share,
        "rules_supportive": rule_score > SCORE_SIGN,
        "rules_skeptical": rule_score < -SCORE_SIGN,
        "voiced": voiced,
        "denial_refuting": is_denial(target) and "refuting" in words,
        "tone_positive": vader > VADER_SIGN,
        "tone_negative": vader < -VADER_SIGN,
        "opening": opening,
    }
    values = {name: float(value) for name, value in base.items()}
    values.update({f"named:{name}": value * named for name, value in values.items()})
    values["named"] = float(named)
    values["claim_hedged"] = float(bool(rules().hedging.search(target.lower().replace("’", "'"))))
    values["claim_denial"] = float(is_denial(target))
    return Finding(values, {kind: ", ".join(dict.fromkeys(found)) for kind, found in words.items()})


def findings(rows: Sequence[dict], target: str) -> list[Finding]:
    """Each statement's inputs, in reading order: the claim counts as named in a statement that mentions
    it and in those after it in the same paragraph (as the rules' ``in_focus``)."""
    named_in: set[int] = set()
    found = []
    for row in rows:
        if row[S.MENTIONS_TARGET]:
            named_in.add(row[S.PARAGRAPH])
        found.append(
            find(
                row[S.TEXT],
                target,
                rule_score=float(row[S.STANCE_SCORE]),
                voiced=row[S.SPEAKER] != S.AUTHOR,
                opening=row[S.SENTENCE] < OPENING,
                vader=float(row[S.VADER]),
                named=row[S.PARAGRAPH] in named_in,
            )
        )
    return found


@dataclass(frozen=True)
class Model:
    mean: tuple[float, ...]  # standardisation of each input, in the order of ``NAMES``
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per label of ``LABELS``, on standardised inputs
    bias: tuple[float, ...]

    def logits(self, values: dict[str, float]) -> list[float]:
        z = [(values.get(name, 0.0) - m) / s for name, m, s in zip(NAMES, self.mean, self.scale)]
        return [b + sum(w * x for w, x in zip(row, z)) for row, b in zip(self.weights, self.bias)]

    def lean(self, label: str, other: str, values: dict[str, float]) -> float:
        """The log-odds of `label` over `other` for these inputs."""
        z = self.logits(values)
        return z[LABELS.index(label)] - z[LABELS.index(other)]

    def pulls(self, values: dict[str, float], label: str, other: str = "neutral") -> list[tuple[str, float]]:
        """What each finding of a statement adds to the log-odds of `label` over `other`, against a
        statement of the same article with no finding; largest first, a finding and its "named:" twin
        summed as one."""
        k, n = LABELS.index(label), LABELS.index(other)
        merged: dict[str, float] = {}
        for i, name in enumerate(NAMES):
            if values.get(name, 0.0) and name not in CLAIM_LEVEL:
                kind = name.removeprefix("named:")
                merged[kind] = merged.get(kind, 0.0) + (self.weights[k][i] - self.weights[n][i]) * values[name] / self.scale[i]
        return sorted(merged.items(), key=lambda item: -item[1])


def probabilities(logits: Sequence[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]


SAYS = {"supportive": "vouches for it", "skeptical": "refutes it", "neutral": "reports it without vouching for it"}
NOT_NAMED = "no statement names the claim"


def names_claim(mean_values: Sequence[float]) -> bool:
    """Does some statement name the claim (an article's mean inputs, in the order of ``NAMES``)? One that
    never does is about something else: neutral toward it, whatever the weights (FNC-1's related pairs,
    all about their claim, taught them nothing of such an article)."""
    return mean_values[NAMES.index("named")] > 0


@dataclass(frozen=True)
class ArticleReading:
    """How the article as a whole stands toward the claim, and why."""

    label: str  # supportive | skeptical | neutral
    probability: float | None  # the model's, classes weighed equally in training; None when not read
    runner_up: str
    why: str  # the findings that weighed most for the label over the runner-up, in words


def mean_values(found: Sequence[Finding]) -> list[float]:
    """The article's inputs: the mean of its statements' findings, in the order of ``NAMES`` (zeros for
    an article with no statement)."""
    if not found:
        return [0.0] * len(NAMES)
    return [sum(f.values[name] for f in found) / len(found) for name in NAMES]


def read_article(model: Model, found: Sequence[Finding]) -> ArticleReading:
    """The label of the statements' mean logits (the mean of their findings, weighed), explained by what
    moved it most over the next likeliest label: the lean of an article whose statements hold no
    finding, and each finding's pull summed over the statements holding it and divided by the article's
    number of statements (its share of the mean logit), with how many hold it and their words. An
    article that never names the claim is neutral toward it, unread."""
    inputs = mean_values(found)
    if not names_claim(inputs):
        return ArticleReading("neutral", None, "", NOT_NAMED)
    p = probabilities(model.logits(dict(zip(NAMES, inputs))))
    first, second = sorted(range(len(LABELS)), key=lambda k: -p[k])[:2]
    label, other = LABELS[first], LABELS[second]
    pull: dict[str, float] = {}
    holding: dict[str, int] = {}
    words: dict[str, list[str]] = {}
    for finding in found:
        for kind, value in model.pulls(finding.values, label, other):
            pull[kind] = pull.get(kind, 0.0) + value / len(found)
            holding[kind] = holding.get(kind, 0) + 1
            if kind in finding.words:
                words.setdefault(kind, []).extend(finding.words[kind].split(", "))
    shown = []
    baseline = model.lean(label, other, {name: inputs[NAMES.index(name)] for name in CLAIM_LEVEL})
    if baseline > 0:
        shown.append(f"an article with no finding leans this way ({baseline:+.2f})")
    for kind, value in sorted(pull.items(), key=lambda item: -item[1])[:3]:
        if value <= 0:
            break
        said = ", ".join(dict.fromkeys(words.get(kind, [])))
        count = holding[kind]
        shown.append(f"{FINDINGS[kind]}{f' ({said})' if said else ''} in {count} statement{'s' * (count != 1)} ({value:+.2f})")
    return ArticleReading(label, round(p[first], 3), other, "; ".join(shown))


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The shipped model, or None when its file is absent (then no article reading is given)."""
    data = lexicon.load_model(MODEL_FILE)
    if data is None or tuple(data["inputs"]) != NAMES:
        return None
    return Model(tuple(data["mean"]), tuple(data["scale"]), tuple(map(tuple, data["weights"])), tuple(data["bias"]))


def read_rows(rows: Sequence[dict], target: str, model: Model | None = None) -> ArticleReading | None:
    """The article's reading toward the claim `target` from its statements as the claim rules read them
    (None without a model)."""
    model = model or default_model()
    return read_article(model, findings(rows, target)) if model is not None else None
