"""Stance toward a claim (viewpoints.stance.claim_stance): asserted, reported at a distance, or refuted."""

import pytest

from viewpoints import analyze
from viewpoints import schema as S
from viewpoints.stance.claim_stance import is_claim, is_denial, read

CLAIM = "Man bitten by shark in Florida"


@pytest.mark.parametrize(
    ("target", "claim"),
    [
        (CLAIM, True),  # a past participle after a noun
        ("Minister denies the report", True),  # a finite verb after a noun
        ("ISIS beheads American journalist", True),  # a verb Brill does not know, by its ending
        ("Apple Watch Launch Delayed Until Next Year", True),  # a title-case headline, read in lower case
        ("Rupert Murdoch, the Fox mogul", False),  # long, but no verb: an appositive names someone
        ("security guarantees", False),  # the seed's issue
        ("the proposed tax cuts", False),  # a participle after "the" modifies a noun: an issue
        ("lifting Sudan sanctions", False),
        ("the Bardo museum attack", False),
        ("Jane Roe", False),
        ("", False),
    ],
)
def test_a_target_is_a_claim_when_it_is_a_clause_with_a_verb_or_a_headline(target, claim):
    assert is_claim(target) is claim


@pytest.mark.parametrize(
    ("statement", "label", "why"),
    [
        ("A man was bitten by a shark off Florida on Sunday.", "supportive", "restates the claim as fact"),
        ("Officials confirmed that a man was bitten by a shark in Florida.", "supportive", "confirmed (affirming"),
        ("The shark attack in Florida was not a hoax, officials said.", "supportive", "not hoax (refuting, negated"),
        ("A man was reportedly bitten by a shark in Florida.", "neutral", "without vouching for it: reportedly"),
        ("According to a local paper, a man may have been bitten by a shark in Florida.", "neutral", "According to, may"),
        ("Was a man really bitten by a shark in Florida?", "neutral", "does not assert it"),
        ("The man bitten by a shark in Florida has not been confirmed by police.", "neutral", "not confirmed"),
        ("The story of a man bitten by a shark in Florida is a hoax.", "skeptical", "hoax (refuting -1.00)"),
        ("Police in Florida denied that the man was bitten by a shark.", "skeptical", "denied (refuting"),
        ("The man was not bitten by a shark, Florida police said.", "skeptical", "not bitten (the claim's verb negated"),
        ("The weather in Miami was sunny.", "neutral", ""),
    ],
)
def test_a_statement_asserts_reports_or_refutes_the_claim_and_says_which_words(statement, label, why):
    stance = read(statement, CLAIM)
    assert stance.label == label, stance.cues
    assert why in stance.cues


def test_a_hedge_softens_a_refutation_without_turning_it():
    plain = read("The shark bite in Florida was a hoax.", CLAIM)
    hedged = read("The shark bite in Florida may have been a hoax.", CLAIM)
    assert plain.score < hedged.score < 0
    assert "reported at a distance: may" in hedged.cues


def test_echoing_a_denial_agrees_with_a_claim_that_is_itself_a_denial():
    target = "Minister denies the bribery report"
    assert is_denial(target) and not is_denial(CLAIM)
    assert read("The minister denied the bribery report on Monday.", target).label == "supportive"
    assert read("The minister did not deny the bribery report.", target).label == "skeptical"


def test_a_refutation_away_from_the_claim_leans_at_half_weight():
    near = read("The shark bite story from Florida is fake.", CLAIM)
    away = read("The video is fake.", CLAIM)
    assert near.score == -1.0 and away.score == -0.5
    assert "claim not mentioned (x0.5)" in away.cues


ARTICLE = (
    "Shark scare\n\n"
    "A man was bitten by a shark in Florida on Sunday, the sheriff said. He was taken to hospital.\n\n"
    '"The shark bite in Florida is not a hoax," the sheriff said.\n'
)


def test_analyze_reads_a_claim_target_by_the_claim_cues_and_an_issue_target_by_the_issue_families():
    claim = analyze(ARTICLE, target=CLAIM).to_dict("records")
    issue = analyze(ARTICLE, target="shark safety").to_dict("records")
    assert [r[S.STANCE] for r in claim] == ["supportive", "neutral", "supportive"]
    assert "restates the claim" in claim[0][S.STANCE_CUES]
    # toward an issue the same statements carry no claim reading: the first one has no cue at all
    assert issue[0][S.STANCE] == "neutral" and "restates" not in issue[0][S.STANCE_CUES]
    assert all("claim" not in r[S.STANCE_CUES] for r in issue)
