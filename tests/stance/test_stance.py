"""Stance from explainable cues: each family, negation and its scope, concession, hedges, threshold."""

from __future__ import annotations

import re

import pytest

from viewpoints import lexicon
from viewpoints.sentiment import sentiment
from viewpoints.stance.stance import (
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
    # obligation: prescriptive modals; negated before the modal they forbid, a lean against at half weight
    ("The council must act.", "supportive", 1.0, "must (obligation +1.00)"),
    ("Nobody should cross the bridge.", "skeptical", -0.5, "not should (obligation -0.50)"),
    ("Guarantees should not only cover troops.", "supportive", 1.0, "should not only (obligation +1.00)"),
    # prohibition: "must not", "should not", "cannot allow" lean against what they forbid
    ("The council must not wait.", "skeptical", -1.0, "must not (prohibition -1.00)"),
    ("Peanuts should not be given to babies.", "skeptical", -1.0, "should not (prohibition -1.00)"),
    ("Officials shouldn't allow the merger.", "skeptical", -1.0, "shouldn't (prohibition -1.00)"),
    ("We cannot allow the merger.", "skeptical", -1.0, "cannot allow (prohibition -1.00)"),
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
    # opposition: opposing, objecting, refusing to accept; negated a weak lean toward
    ("The union opposes the merger.", "skeptical", -1.0, "opposes (opposition -1.00)"),
    ("Residents objected to the renaming.", "skeptical", -1.0, "objected to (opposition -1.00)"),
    ("Farmers cannot accept the tariff.", "skeptical", -1.0, "cannot accept (opposition -1.00)"),
    ("Two senators voted against the bill.", "skeptical", -1.0, "voted against (opposition -1.00)"),
    ("The union does not oppose the merger.", "supportive", 0.3, "not oppose (opposition +0.30)"),
    # criticism: condemning, blaming, judging it wrong; negated a weak lean toward
    ("The council condemned the demolition.", "skeptical", -1.0, "condemned (criticism -1.00)"),
    ("Critics call the tariff a mistake.", "skeptical", -1.0, "mistake (criticism -1.00)"),
    ("The ruling was unfair to tenants.", "skeptical", -1.0, "unfair (criticism -1.00)"),
    ("There is nothing wrong with the tariff.", "supportive", 0.3, "not wrong (criticism +0.30)"),
    ("The council did not criticise the plan.", "supportive", 0.3, "not criticise (criticism +0.30)"),
    # harm: harm done (verbs and nouns); what is harmed is read in the "victim" tests below
    ("The tariff harms farmers.", "skeptical", -0.8, "harms (harm -0.80)"),
    ("The dam poses a risk to the valley.", "skeptical", -0.8, "poses a risk (harm -0.80)"),
    ("The tariff is no threat.", "supportive", 0.5, "not threat (harm +0.50)"),
    # danger: what the adjective qualifies is the danger
    ("The diet pills are dangerous.", "skeptical", -0.8, "dangerous (danger -0.80)"),
    ("The dye is toxic.", "skeptical", -0.8, "toxic (danger -0.80)"),
    ("The dye is not harmful.", "supportive", 0.5, "not harmful (danger +0.50)"),
    # concern: worry, a milder lean against
    ("Parents are worried about the dye.", "skeptical", -0.5, "worried (concern -0.50)"),
    ("Doctors raised concerns about the pills.", "skeptical", -0.5, "concerns about (concern -0.50)"),
    ("Doctors are not worried about the dye.", "supportive", 0.3, "not worried (concern +0.30)"),
    # praise: praising, endorsing, agreeing; negated a lean against
    ("The mayor praised the renaming.", "supportive", 1.0, "praised (praise +1.00)"),
    ("Doctors endorse the new guidance.", "supportive", 1.0, "endorse (praise +1.00)"),
    ("Most residents are in favour of the renaming.", "supportive", 1.0, "in favour of (praise +1.00)"),
    ("The union would not endorse the merger.", "skeptical", -0.5, "not endorse (praise -0.50)"),
    # merit: good, beneficial, safe; negated it turns skeptical
    ("The trial was a success.", "supportive", 0.8, "success (merit +0.80)"),
    ("Early peanuts are safe for most babies.", "supportive", 0.8, "safe (merit +0.80)"),
    ("The bridge is not safe.", "skeptical", -0.8, "not safe (merit -0.80)"),
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
    pytest.param("We cannot support the tariff.", -0.8, id="cannot-negates"),
    pytest.param("The plan lacks support.", -0.8, id="lack-negates"),
    pytest.param("The mayor had nothing but praise for the plan.", 1.0, id="nothing-but-does-not-negate"),
    pytest.param("The tariff is nothing short of a disaster.", -0.8, id="nothing-short-of-does-not-negate"),
    pytest.param("The union has no objection to the plan.", 0.3, id="no-objection"),
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


# --- modals that forbid, prescriptions tied to the target, what is harmed --------------------

FORBIDDING_MODALS = [
    # (statement, score, cues): a forbidding modal negates the cue it governs and adds nothing itself
    pytest.param("The council must not fail.", 0.3, "not fail (doubt +0.30)", id="must-not-fail"),
    pytest.param("The report should not be dismissed.", 0.3, "not dismissed (dispute +0.30)", id="should-not-be-dismissed"),
    pytest.param("Nobody should doubt the repairs.", 0.3, "not doubt (doubt +0.30)", id="nobody-should-doubt"),
    pytest.param("We must never abandon support for them.", -0.8, "not support (endorsement -0.80)", id="must-never-then-support"),
    pytest.param("The merger must not go ahead.", -1.0, "must not (prohibition -1.00)", id="alone-it-leans-against"),
    pytest.param("There is no need to worry about the dye.", 0.3, "not worry (concern +0.30)", id="no-need-to-worry"),
    pytest.param("Parents don't need to worry about the dye.", 0.3, "not worry (concern +0.30)", id="negated-need-to-worry"),
    pytest.param(
        "Officials should not wait for the report on tolls, and repairs are vital.", -0.2,
        "should not (prohibition -1.00); vital (endorsement +0.80)", id="a-cue-beyond-the-window-is-not-governed",
    ),
    pytest.param("The council must act, or repairs will fail.", 0.0, "must (obligation +1.00); fail (doubt -1.00)", id="a-plain-modal-governs-nothing"),
]


@pytest.mark.parametrize("text, score, cues", FORBIDDING_MODALS)
def test_a_forbidding_modal_negates_the_cue_it_governs(text, score, cues):
    stance = classify(text)
    assert (stance.score, stance.cues) == (pytest.approx(score), cues)


PRESCRIPTIONS = [
    # (statement, target, score, cues): a prescription counts only where the statement names the target
    pytest.param(
        "The council must act now.", "bridge tolls", 0.0, "must (obligation, not counted: the target is not named)",
        id="must-off-target-silent",
    ),
    pytest.param(
        "Residents called for a new school.", "bridge tolls", 0.0,
        "called for (advocacy, not counted: the target is not named)", id="advocacy-off-target-silent",
    ),
    pytest.param(
        "The council should not wait.", "bridge tolls", 0.0,
        "should not (prohibition, not counted: the target is not named)", id="prohibition-off-target-silent",
    ),
    pytest.param("Bridge tolls must go.", "bridge tolls", 1.0, "must (obligation +1.00); target mentioned", id="named-counts"),
    pytest.param(
        "The council must act; its plan is dangerous.", "bridge tolls", -0.4,
        "dangerous (danger -0.80); target not mentioned (x0.5); must (obligation, not counted: the target is not named)",
        id="evaluations-still-count-half",
    ),
]


@pytest.mark.parametrize("text, target, score, cues", PRESCRIPTIONS)
def test_a_prescription_counts_only_for_a_named_target(text, target, score, cues):
    stance = classify(text, target=target)
    assert (stance.score, stance.cues) == (pytest.approx(score), cues)


def test_a_prescription_in_focus_counts():
    assert classify("The council must act now.", target="bridge tolls", in_focus=True).score == pytest.approx(1.0)


HARMED = [
    # (statement, target, label, cues): the target after a cue of harm done is what is harmed
    pytest.param(
        "The bill threatens press freedom.", "press freedom", "supportive",
        "threatens (harm +0.40, the target is what is harmed); target mentioned", id="victim",
    ),
    pytest.param(
        "The bill threatens press freedom.", "the bill", "skeptical", "threatens (harm -0.80); target mentioned", id="culprit",
    ),
    pytest.param(
        "It is a threat to the reef.", "the reef", "supportive",
        "threat (harm +0.40, the target is what is harmed); target mentioned", id="threat-to",
    ),
    pytest.param("The threat of war is growing.", "war", "skeptical", "threat (harm -0.80); target mentioned", id="threat-of"),
    pytest.param(
        "The dangerous pills worried parents.", "pills", "skeptical",
        "dangerous (danger -0.80); worried (concern -0.50); target mentioned", id="an-adjective-qualifies-the-danger",
    ),
]


@pytest.mark.parametrize("text, target, label, cues", HARMED)
def test_the_target_after_harm_done_is_what_is_harmed(text, target, label, cues):
    stance = classify(text, target=target)
    assert (stance.label, stance.cues) == (label, cues)



def test_only_cues_of_truth_make_a_target_a_denial():
    """A headline that condemns or warns is no denial: its echo is not reversed."""
    assert not skeptical_claim("Minister condemns the deadly bridge attack")
    assert skeptical_claim("Minister denies the bridge collapse report")
    stance = classify("Engineers condemned the deadly bridge attack.", target="Minister condemns the deadly bridge attack")
    assert stance.label == "skeptical" and "sign reversed" not in stance.cues
