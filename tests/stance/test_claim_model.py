"""The learned reading of stance toward a claim: its inputs, its explanations and the shipped weights."""

import pytest

import viewpoints
from viewpoints import schema as S
from viewpoints.stance import claim_model as M

CLAIM = "Man bitten by shark in Florida"


def _find(text, target=CLAIM, **where):
    options = {"rule_score": 0.0, "voiced": False, "opening": False, "vader": 0.0, "named": True} | where
    return M.find(text, target, **options)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Police said the story was a hoax.", {"refuting"}, {"refuting_negated", "restates"}),
        ("The video is not a hoax.", {"refuting_negated", "negation"}, {"refuting"}),
        ("Officials confirmed the attack.", {"affirming"}, {"affirming_negated"}),
        ("The attack has not been confirmed.", {"affirming_negated"}, {"affirming"}),
        # most of the claim's words, no hedge, no question: restated as fact
        ("A man was bitten by a shark off Florida.", {"restates"}, {"restates_hedged", "hedged"}),
        ("A man was reportedly bitten by a shark off Florida.", {"restates_hedged", "hedged"}, {"restates"}),
        ("Was a man bitten by a shark in Florida?", {"question"}, {"restates"}),
        ("The man was not bitten by a shark in Florida.", {"verb_negated", "negation"}, set()),
        # too few of the claim's words to restate it
        ("The beach in Florida was busy.", set(), {"restates", "restates_hedged"}),
    ],
)
def test_findings_of_written_sentences(text, present, absent):
    values = _find(text).values
    assert all(values[name] == 1.0 for name in present), {name: values[name] for name in present}
    assert not any(values[name] for name in absent), {name: values[name] for name in absent}


def test_findings_keep_the_words_that_show_them():
    found = _find("The shark story was reportedly a hoax.")
    assert found.words["refuting"] == "hoax" and found.words["hedged"] == "reportedly"


def test_named_twins_count_only_where_the_claim_is_named():
    text = "Police said the story was a hoax."
    assert _find(text, named=True).values["named:refuting"] == 1.0
    assert _find(text, named=False).values["named:refuting"] == 0.0 and _find(text, named=False).values["refuting"] == 1.0


def test_a_claim_that_is_itself_a_denial():
    values = _find("Critics called the denial a hoax.", target="Minister denies taking bribes").values
    assert values["claim_denial"] == 1.0 and values["denial_refuting"] == 1.0
    assert _find("It was a hoax.").values["claim_denial"] == 0.0


def _row(text, paragraph, sentence, mentions):
    return {S.TEXT: text, S.PARAGRAPH: paragraph, S.SENTENCE: sentence, S.MENTIONS_TARGET: mentions,
            S.STANCE_SCORE: 0.0, S.SPEAKER: S.AUTHOR, S.VADER: 0.0}


def test_the_claim_stays_named_through_its_paragraph_only():
    rows = [_row("Nothing yet.", 0, 0, False), _row("A shark bit a man.", 0, 1, True), _row("More follows.", 0, 2, False),
            _row("A new paragraph.", 1, 3, False)]
    assert [f.values["named"] for f in M.findings(rows, CLAIM)] == [0.0, 1.0, 1.0, 0.0]
    assert [f.values["opening"] for f in M.findings(rows, CLAIM)] == [1.0, 1.0, 0.0, 0.0]


def _model(weights_by_label, bias=(0.0, 0.0, 0.5)):
    """A hand-made model: weights on raw inputs (mean 0, scale 1)."""
    rows = tuple(tuple(weights_by_label.get(label, {}).get(name, 0.0) for name in M.NAMES) for label in M.LABELS)
    return M.Model(mean=(0.0,) * len(M.NAMES), scale=(1.0,) * len(M.NAMES), weights=rows, bias=bias)


def test_the_article_reading_names_the_findings_that_weighed_with_their_words_and_statements():
    model = _model({"skeptical": {"refuting": 1.0, "named:refuting": 1.0}, "supportive": {"restates": 2.0}})
    found = [_find("Police said the story was a hoax."), _find("Experts called it fake."), _find("The weather was fine.")]
    reading = M.read_article(model, found)
    # mean logits: skeptical (1 + 1) * 2 / 3 = 1.33 against neutral's bias 0.5
    assert reading.label == "skeptical" and reading.runner_up == "neutral" and M.SAYS[reading.label] == "refutes it"
    assert 0.5 < reading.probability < 1
    # the finding and its "named:" twin are one reason, shared out over all three statements
    assert reading.why == "a refuting word (hoax, fake) in 2 statements (+1.33)"


def test_the_lean_of_an_article_with_no_finding_is_named_when_it_decides():
    model = _model({"skeptical": {"refuting": 1.0}})
    plain = M.read_article(model, [_find("The weather was fine.")])
    assert plain.label == "neutral" and plain.why == "an article with no finding leans this way (+0.50)"


def test_an_article_that_never_names_the_claim_is_not_read():
    model = _model({"skeptical": {"refuting": 3.0}}, bias=(0.0, 2.0, 0.0))  # a model leaning skeptical by default
    for found in ([], [_find("It was a hoax.", named=False)]):
        reading = M.read_article(model, found)
        assert (reading.label, reading.probability, reading.why) == ("neutral", None, M.NOT_NAMED)


def test_pulls_are_measured_against_a_statement_with_no_finding():
    model = _model({"skeptical": {"refuting": 1.0, "claim_denial": 5.0}})
    values = _find("It was a hoax.", target="Minister denies the report").values
    # the claim's own shape is the same for every statement of the article: it explains none of them
    assert {kind: pull for kind, pull in model.pulls(values, "skeptical") if pull} == {"refuting": 1.0}


def test_the_shipped_model_matches_the_inputs_and_reads_plain_articles():
    model = M.default_model()
    assert model is not None, "data/models/claim_stance.json is missing or was trained on other inputs"
    assert len(model.mean) == len(M.NAMES) and all(len(row) == len(M.NAMES) for row in model.weights)
    refuted = [_find("The story was a hoax, police said.", rule_score=-0.5, opening=True),
               _find("The photo is fake and was debunked by experts.", rule_score=-1.0, opening=True)]
    assert M.read_article(model, refuted).label == "skeptical"
    hedged = [_find("A man was reportedly bitten by a shark in Florida, according to unconfirmed reports.", opening=True),
              _find("It is not clear whether the man was bitten.", opening=True)]
    assert M.read_article(model, hedged).label == "neutral"


def test_analyze_reads_a_claim_article_as_a_whole_and_says_how_it_read_the_target():
    text = ("A man was bitten by a shark off the coast of Florida on Sunday, officials said.\n\n"
            "The story was later revealed to be a hoax, according to a police spokesman. Experts called the photo fake.")
    frame = viewpoints.analyze(text, target=CLAIM)
    assert frame.attrs["target_kind"] == "claim"
    reading = frame.attrs["claim_reading"]
    assert reading["label"] == "skeptical" and "hoax" in reading["why"] and 0 < reading["probability"] < 1
    # the statements keep the claim rules' reading
    assert frame[S.STANCE].tolist()[1] == "skeptical" and "refuting" in frame[S.STANCE_CUES].iloc[1]
    issue = viewpoints.analyze(text, target="shark attacks")
    assert issue.attrs["target_kind"] == "issue" and issue.attrs["claim_reading"] is None
    assert viewpoints.analyze(text).attrs["target_kind"] == "issue"


def test_an_article_about_something_else_gets_no_reading_toward_the_claim():
    text = "The city council met on Tuesday to discuss the budget. Parking fees will rise next year."
    reading = viewpoints.analyze(text, target=CLAIM).attrs["claim_reading"]
    assert (reading["label"], reading["probability"], reading["why"]) == ("neutral", None, M.NOT_NAMED)
