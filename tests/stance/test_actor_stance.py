"""Stance toward a person or organisation (viewpoints.stance.actor_stance): the words about the mention."""

import pytest

from viewpoints.stance import actor_stance
from viewpoints import analyze
from viewpoints import schema as S
from viewpoints.stance.actor_stance import is_actor

TEXT = (
    "Critics said Jane Roe lied to the council about the budget. "
    "Tom Baker praised Jane Roe for her honest, careful work on the harbour. "
    "The council met on Monday."
)


@pytest.mark.parametrize(
    ("target", "actor"),
    [
        ("Jane Roe", True),
        ("the Harbour Board", False),  # capitalised, but the text does not spell it: an issue
        ("She", True),
        ("security guarantees", False),
        ("Apple Watch Launch Delayed Until Next Year", False),  # a headline, not someone named
        ("", False),
    ],
)
def test_a_target_names_someone_when_the_text_spells_a_proper_name_or_it_is_a_pronoun(target, actor):
    assert is_actor(target, TEXT + " She left.") is actor


def test_stance_toward_a_person_follows_the_words_about_them_and_says_which():
    rows = analyze(TEXT, target="Jane Roe").to_dict("records")
    assert [r[S.STANCE] for r in rows] == ["skeptical", "supportive", "neutral"]
    assert "lied" in rows[0][S.STANCE_CUES] and "toward Jane Roe" in rows[0][S.STANCE_CUES]
    assert "honest" in rows[1][S.STANCE_CUES] or "praised" in rows[1][S.STANCE_CUES]
    assert rows[2][S.STANCE_CUES] == "Jane Roe not mentioned" and not rows[2][S.MENTIONS_TARGET]
    assert rows[0][S.STANCE_SCORE] < 0 < rows[1][S.STANCE_SCORE]


def test_an_issue_target_keeps_the_cue_families(seed_frame):
    # the seed's default target is an issue: its 22 gold stances come from the cue families
    assert seed_frame.attrs["target"] == "security guarantees"
    assert not is_actor("security guarantees", "")


def test_the_shipped_model_loads_without_a_download_and_reads_the_same_features():
    model = actor_stance.default_model()
    assert model is not None and set(model.weights) == set(actor_stance.LABELS)
    reading = actor_stance.read("Jane Roe lied.", "Jane Roe")
    features = actor_stance.with_words(reading.features, reading.clause, model.words)
    for label in actor_stance.LABELS:
        assert set(model.weights[label]) == set(features)
    p = model.probabilities(features)
    assert abs(sum(p.values()) - 1) < 1e-9


def test_the_mention_is_found_by_surname_and_its_clause_is_read():
    reading = actor_stance.read("After the vote, Roe attacked the plan.", "Jane Roe")
    assert reading.features["found"] == 1.0
    assert reading.clause.strip() == "Roe attacked the plan."
    assert actor_stance.read("The vote passed.", "Jane Roe").features["found"] == 0.0


@pytest.mark.parametrize(
    ("target", "actor"),
    [
        ("Medicare for All", False),
        ("Climate Change", False),
        ("the FBI", True),
        ("hillary clinton", True),  # typed in lower case: the text's own spelling decides
        ("Romney", True),  # unknown to the lexicon, capitalised: a name
        ("the president", True),
    ],
)
def test_capitalised_issues_are_issues_and_names_are_names(target, actor):
    text = "A headline\nThe FBI said Hillary Clinton and Romney met the president about Medicare for All and Climate Change."
    assert is_actor(target, text) is actor


def test_another_person_of_the_same_surname_is_not_the_target():
    rows = analyze("Critics said Bill Clinton was a disgrace and a liar. Hillary Clinton said nothing.", target="Hillary Clinton").to_dict("records")
    assert (rows[0][S.STANCE], rows[0][S.MENTIONS_TARGET]) == ("neutral", False)
