"""Stance from explainable cues: each family, negation and its scope, concession, hedges, threshold."""

from __future__ import annotations

import re

import pytest

from viewpoints import lexicon
from viewpoints.sentiment import sentiment
from viewpoints.stance import (
    classify,
    cue_matches,
    main_issue,
    mentions,
    rules,
    skeptical_claim,
    target_of,
    target_terms,
)

# (sentence, label, score, the cue note that decided it)
FAMILIES = [
    # advocacy: calls for action; negated it says nothing
    ("The mayor urged the council to act.", "supportive", 1.0, "urged (advocacy +1.00)"),
    ("Residents called for a new bridge.", "supportive", 1.0, "called for (advocacy +1.00)"),
    ("The union demanded repairs.", "supportive", 1.0, "demanded (advocacy +1.00)"),
    ("The mayor did not urge the council to act.", "neutral", 0.0, ""),
    # obligation: prescriptive modals; negated they still prescribe (a prohibition), at half weight
    ("The council must act.", "supportive", 1.0, "must (obligation +1.00)"),
    ("The council must not wait.", "supportive", 1.0, "must (obligation +1.00)"),
    ("Nobody should cross the bridge.", "supportive", 0.5, "not should (obligation +0.50)"),
    # necessity: what is needed; negated it says the thing is not needed, a lean against it
    ("The council needs to act.", "supportive", 1.0, "needs to (necessity +1.00)"),
    ("The council does not need to act.", "skeptical", -0.5, "not need to (necessity -0.50)"),
    ("Nobody has to cross the bridge.", "skeptical", -0.5, "not has to (necessity -0.50)"),
    # needless: the modal "need not" says the same as a negated necessity
    ("The council need not act.", "skeptical", -0.5, "need not (needless -0.50)"),
    ("There is no need to close the bridge.", "skeptical", -0.5, "no need to (needless -0.50)"),
    # affirmation: a claim confirmed leans toward it; unconfirmed says nothing either way
    ("Engineers confirmed the cracks.", "supportive", 0.5, "confirmed (affirmation +0.50)"),
    ("The cracks were not confirmed.", "neutral", 0.0, ""),
    ("The ministry declined to confirm the cracks.", "neutral", 0.0, ""),
    # endorsement: necessary, valuable, workable; negated it turns skeptical
    ("Repairs are essential.", "supportive", 0.8, "essential (endorsement +0.80)"),
    ("The plan would work.", "supportive", 0.8, "would work (endorsement +0.80)"),
    ("Repairs are not essential.", "skeptical", -0.8, "not essential (endorsement -0.80)"),
    ("It isn't feasible.", "skeptical", -0.8, "not feasible (endorsement -0.80)"),
    # doubt: negated it leans supportive
    ("Engineers doubt the repairs will hold.", "skeptical", -1.0, "doubt (doubt -1.00)"),
    ("The plan cannot be trusted.", "skeptical", -1.0, "cannot be trusted (doubt -1.00)"),
    ("The plan is not enough.", "skeptical", -1.0, "not enough (doubt -1.00)"),
    ("Nobody doubts the repairs will hold.", "supportive", 0.3, "not doubts (doubt +0.30)"),
    # dispute: denial and falsehood
    ("The claim is false.", "skeptical", -1.0, "false (dispute -1.00)"),
    ("The ministry denied the report.", "skeptical", -1.0, "denied (dispute -1.00)"),
    ("The claim is not false.", "supportive", 0.3, "not false (dispute +0.30)"),
    # change: movement says nothing; movement denied is stalemate
    ("Policy has shifted.", "neutral", 0.0, ""),
    ("Policy has not shifted.", "skeptical", -1.0, "not shifted (change -1.00)"),
    ("Policy hasn't changed.", "skeptical", -1.0, "not changed (change -1.00)"),
    ("Talks have never progressed.", "skeptical", -1.0, "not progressed (change -1.00)"),
    # no cue at all
    ("The bridge is 300 metres long.", "neutral", 0.0, ""),
]


@pytest.mark.parametrize("text, label, score, cues", FAMILIES)
def test_cue_families(text, label, score, cues):
    stance = classify(text)
    assert (stance.label, stance.score, stance.cues) == (label, pytest.approx(score), cues)


def test_every_family_in_the_data_is_covered_above():
    """A family added to stance_cues.json needs its own rows in FAMILIES."""
    covered = {m.group(1) for *_rest, cues in FAMILIES for m in re.finditer(r"\((\w+) [+-]", cues)}
    assert covered == set(lexicon.load_json("stance_cues.json")["families"])


NEGATION_SCOPE = [
    pytest.param("There was no report, but repairs are essential.", 0.8, id="negator-outside-the-window"),
    pytest.param(
        "Pledges without action are hard to trust.", -1.0, id="negation-stops-at-an-earlier-cue"
    ),  # "hard to trust" is not negated by "without"
    pytest.param("Repairs are not only essential but urgent.", 0.8, id="not-only"),
    pytest.param("Repairs are not just essential.", 0.8, id="not-just"),
    pytest.param("Repairs are not merely important.", 0.8, id="not-merely"),
    pytest.param("No doubt the repairs will fail.", -0.7, id="no-doubt-does-not-negate-what-follows"),
    pytest.param("Repairs are not necessarily effective.", -0.6, id="not-necessarily-negates-and-hedges"),
    pytest.param("Repairs are not necessarily limited.", 0.225, id="not-necessarily-limited-is-only-a-lean"),
]


@pytest.mark.parametrize("text, score", NEGATION_SCOPE)
def test_negation_scope(text, score):
    assert classify(text).score == pytest.approx(score)


def test_negation_is_noted_in_the_cues():
    assert classify("Repairs are hardly essential.").cues == "not essential (endorsement -0.80)"


CONCESSIVE = [
    pytest.param("While repairs are essential, the plan is unlikely to work.", -0.6, id="while"),
    pytest.param("Although repairs are vital, the plan is hollow.", -0.6, id="although"),
    pytest.param("Even though repairs are vital, the plan is hollow.", -0.6, id="even-though"),
    pytest.param("“While repairs are vital, the plan is hollow.”", -0.6, id="inside-a-quote"),
    pytest.param("Repairs are essential, but the plan is unlikely to work.", -0.2, id="no-concession-full-weight"),
]


@pytest.mark.parametrize("text, score", CONCESSIVE)
def test_cues_in_a_leading_concessive_clause_count_half(text, score):
    assert classify(text).score == pytest.approx(score)


def test_concession_halving_is_shown_in_the_cues():
    cues = classify("While repairs are essential, the plan is unlikely to work.").cues
    assert cues == "essential (endorsement +0.40); unlikely (doubt -1.00)"


@pytest.mark.parametrize(
    "text, score, cues",
    [
        ("Repairs may be essential.", 0.6, "essential (endorsement +0.80); hedged (x0.75)"),
        ("Repairs are perhaps doomed to fail.", -0.75, "fail (doubt -1.00); hedged (x0.75)"),
        ("Repairs may begin soon.", 0.0, ""),  # a hedge with no cue adds nothing
    ],
)
def test_hedges_soften(text, score, cues):
    stance = classify(text)
    assert (stance.score, stance.cues) == (pytest.approx(score), cues)


def test_score_is_clipped_to_one():
    stance = classify("Repairs are essential, vital and crucial.")
    assert stance.score == 1.0
    assert stance.cues.count("endorsement") == 3


@pytest.mark.parametrize(
    "text, label",
    [
        ("Repairs are limited, but important.", "neutral"),  # -0.2
        ("Repairs are not necessarily limited.", "neutral"),  # +0.225
        ("The claim is not false.", "supportive"),  # +0.3
        ("Perhaps nobody denied it.", "neutral"),  # +0.225
        ("The claim is false, but repairs are essential.", "neutral"),  # -0.2
    ],
)
def test_label_needs_the_threshold(text, label):
    assert rules().threshold == 0.25
    assert classify(text).label == label


ASSORTED = [text for text, *_ in FAMILIES] + [
    "While repairs are essential, the plan is unlikely to work.",
    "Pledges without action are hard to trust.",
    "Repairs may be essential.",
    "Policy hasn’t changed.",
    "The Council Must Act Now, Residents Demanded.",
]


@pytest.mark.parametrize("text", ASSORTED)
def test_stance_cues_name_words_of_the_statement(text):
    stance = classify(text)
    for note in filter(None, stance.cues.split("; ")):
        words = re.sub(r"^not ", "", note.rsplit(" (", 1)[0])
        assert note.startswith("hedged") or words in text, note
    label = "supportive" if stance.score >= 0.25 else "skeptical" if stance.score <= -0.25 else "neutral"
    assert stance.label == label
    assert -1.0 <= stance.score <= 1.0


def test_stance_is_not_sentiment():
    text = "Officials offered wonderful, beautiful promises that are hard to trust."
    assert classify(text).label == "skeptical"
    assert sentiment(text).polarity > 0


@pytest.mark.parametrize(
    "text, target, expected",
    [
        ("Repairs are essential.", "repairs", True),
        ("The guarantee is essential.", "security guarantees", True),
        ("The bridge is essential.", "security guarantees", False),
        ("This policy is essential.", "tax policies", True),
        ("New taxes are essential.", "the tax", True),
        ("Repairs are essential.", None, False),
        ("Repairs are essential.", "", False),
    ],
)
def test_mentions_target(text, target, expected):
    assert classify(text, target=target).mentions_target is expected


def test_target_terms_drop_function_words_and_plurals():
    assert target_terms("The security guarantees for Ukraine") == {"security", "guarantee", "ukraine"}
    assert target_terms("Ukraine’s guarantees") == {"ukraine", "guarantee"}  # possessive dropped
    assert mentions("Ukraine wants a guarantee", "security guarantees")


MAIN_ISSUES = [
    pytest.param(
        "The bridge toll rose again. Drivers hate the bridge toll. The council defends it.", "bridge toll", id="pair"
    ),
    pytest.param(
        "Security guarantees matter. Nobody trusts security guarantees. Nobody trusts Security Guarantees.",
        "security guarantees",
        id="case-insensitive",
    ),
    pytest.param("Tolls rose. Drivers hate tolls.", "tolls", id="single-word-fallback"),
    pytest.param("It is what it is. It is what it is.", "", id="function-words-only"),
    pytest.param("The bridge closed.", "", id="too-short"),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize("text, expected", MAIN_ISSUES)
def test_main_issue(text, expected):
    assert main_issue(text) == expected


def test_main_issue_of_the_seed(seed_text):
    assert main_issue(seed_text) == "security guarantees"


# --- stance tied to the target ---------------------------------------------------------------

MENTIONS = [
    # (statement, target, mentions?)
    pytest.param("Kyiv wants guarantees.", "security guarantees", True, id="head-word-alone"),
    pytest.param("Kyiv wants a guarantee.", "security guarantees", True, id="head-word-singular"),
    pytest.param("Europe’s security matters.", "security guarantees", False, id="one-non-head-word-is-not-enough"),
    pytest.param("Security and a guarantee matter.", "security guarantees", True, id="both-words"),
    pytest.param("Ukraine’s guarantee was signed.", "Ukraine guarantees", True, id="possessive"),
    pytest.param("The bridge toll rose.", "toll", True, id="one-word-target"),
    pytest.param("The toll bridge closed.", "bridge toll", True, id="head-in-another-order"),
    pytest.param(
        "The minister spoke on Monday.", "Minister resigns after the bridge collapse report", False, id="long-target-one-word"
    ),
    pytest.param(
        "The minister has resigned.", "Minister resigns after the bridge collapse report", False, id="long-target-no-stems-for-verbs"
    ),
    pytest.param(
        "The report on the collapse was published.",
        "Minister resigns after the bridge collapse report",
        True,
        id="long-target-two-words",
    ),
    pytest.param("Repairs are essential.", None, False, id="no-target"),
    pytest.param("Repairs are essential.", "the of and", False, id="target-of-function-words"),
]


@pytest.mark.parametrize("text, target, expected", MENTIONS)
def test_mentions_the_head_word_or_enough_content_words(text, target, expected):
    assert mentions(text, target) is expected
    assert classify(text, target=target).mentions_target is expected


def test_a_long_target_has_no_head_word():
    assert target_of("security guarantees").head == "guarantee"
    assert target_of("Minister resigns after the bridge collapse report").head == ""
    assert target_of("Minister resigns after the bridge collapse report").need == 2


TIED = [
    # (statement, target, in_focus, score, cues)
    pytest.param(
        "Engineers doubt the repairs will hold.", "bridge repairs", False, -1.0,
        "doubt (doubt -1.00); target mentioned", id="mentioned-counts-fully",
    ),
    pytest.param(
        "Engineers doubt the plan will hold.", "bridge repairs", False, -0.5,
        "doubt (doubt -1.00); target not mentioned (x0.5)", id="not-mentioned-counts-half",
    ),
    pytest.param(
        "Engineers doubt the plan will hold.", "bridge repairs", True, -1.0,
        "doubt (doubt -1.00); target mentioned earlier in the paragraph", id="in-focus-counts-fully",
    ),
    pytest.param(
        "Engineers doubt the plan will hold.", None, False, -1.0, "doubt (doubt -1.00)", id="no-target-nothing-to-tie",
    ),
    pytest.param(
        "Engineers said it may be essential.", "bridge repairs", False, 0.3,
        "essential (endorsement +0.80); hedged (x0.75); target not mentioned (x0.5)", id="hedge-and-off-target-multiply",
    ),
    pytest.param("The bridge is 300 metres long.", "bridge repairs", False, 0.0, "", id="no-cue-no-note"),
]


@pytest.mark.parametrize("text, target, in_focus, score, cues", TIED)
def test_cues_count_fully_only_about_the_target(text, target, in_focus, score, cues):
    stance = classify(text, target=target, in_focus=in_focus)
    assert (stance.score, stance.cues) == (pytest.approx(score), cues)


def test_off_target_halving_can_drop_a_weak_cue_below_the_threshold():
    on = classify("Nobody doubts the plan.", target="plan")
    off = classify("Nobody doubts the plan.", target="bridge repairs")
    assert (on.label, on.score) == ("supportive", pytest.approx(0.3))
    assert (off.label, off.score) == ("neutral", pytest.approx(0.15))


NEAR = [
    # (statement, target, score, cues): a dispute within six words of the target's words counts 1.5 times
    pytest.param(
        "The ministry denied the bridge report and more.", "bridge report", -1.0,
        "denied (dispute -1.50, next to the target); target mentioned", id="near-clipped",
    ),
    pytest.param(
        "The ministry denied the bridge report, but repairs are essential.", "bridge report", -0.7,
        "denied (dispute -1.50, next to the target); essential (endorsement +0.80); target mentioned", id="near-outweighs",
    ),
    pytest.param(
        "The report on the bridge came out on Monday after a long wait, and the ministry denied everything, "
        "but repairs are essential.", "bridge report", -0.2,
        "denied (dispute -1.00); essential (endorsement +0.80); target mentioned", id="far-counts-once",
    ),
    pytest.param(
        "The bridge report came out, and engineers doubt it.", "bridge report", -1.0,
        "doubt (doubt -1.00); target mentioned", id="only-disputes-count-more",
    ),
]


@pytest.mark.parametrize("text, target, score, cues", NEAR)
def test_a_dispute_next_to_the_target_counts_more(text, target, score, cues):
    stance = classify(text, target=target)
    assert (stance.score, stance.cues) == (pytest.approx(score), cues)


@pytest.mark.parametrize(
    "text, score, cues",
    [
        ("The plan is reportedly doomed to fail.", -0.5, "fail (doubt -1.00); not vouched for (x0.5)"),
        ("The plan allegedly failed.", -0.5, "failed (doubt -1.00); not vouched for (x0.5)"),
        ("The plan may reportedly fail.", -0.5, "fail (doubt -1.00); not vouched for (x0.5)"),  # never both factors
        ("The plan failed.", -1.0, "failed (doubt -1.00)"),
    ],
)
def test_a_claim_reported_without_vouching_counts_half(text, score, cues):
    stance = classify(text)
    assert (stance.score, stance.cues) == (pytest.approx(score), cues)


@pytest.mark.parametrize(
    "target, expected",
    [
        ("Ministry denies bridge report", True),
        ("Bridge collapse photo is a hoax", True),
        ("Ministry confirms bridge report", False),
        ("Ministry does not deny bridge report", False),  # negated dispute: +0.3, not skeptical
        ("security guarantees", False),
        ("", False),
        (None, False),
    ],
)
def test_skeptical_claim(target, expected):
    assert skeptical_claim(target) is expected


@pytest.mark.parametrize(
    "text, label",
    [
        ("The ministry denied the bridge report.", "supportive"),  # echoes the claim's own denial
        ("Engineers confirmed the bridge report.", "skeptical"),  # contradicts the denial
        ("The bridge report is 30 pages long.", "neutral"),
    ],
)
def test_echoing_a_denial_agrees_with_it(text, label):
    stance = classify(text, target="Ministry denies bridge report")
    assert stance.label == label
    if label != "neutral":
        assert "sign reversed" in stance.cues


def test_reversal_needs_a_skeptical_target():
    assert classify("The ministry denied the bridge report.", target="Ministry confirms bridge report").label == "skeptical"


def test_cue_matches_without_target_are_unchanged_by_nearness():
    assert [m.value for m in cue_matches("The ministry denied the report.")] == [-1.0]


def test_cue_pattern_matches_as_the_plain_longest_first_alternation():
    """The cue regex groups its phrases by first letter for speed: the matches must not change."""
    phrases = sorted(rules().family_of, key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
    texts = [
        " ".join(phrases),  # each phrase next to others: prefixes and overlaps ("empty talk", "talk")
        "-".join(reversed(phrases)),
        "Nobody called for talks; the empty talking stopped, and they needn't urge urges urged.",
    ]
    for text in texts:
        assert [m.span() for m in rules().pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
