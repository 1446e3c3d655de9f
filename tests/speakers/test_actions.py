"""What the article says its voices did, given to them by the learned model (viewpoints.speakers.actions)."""

import math

import pytest

from viewpoints import schema as S
from viewpoints.pipeline import article_id_for, proposed_rows
from viewpoints.speakers import actions
from viewpoints.speakers.actions import Model, candidate, candidates, give_actions
from viewpoints.speakers.voice_list import settle
from viewpoints.stance.stance import main_issue
from viewpoints.text.structure import layout

ALWAYS = Model(weights={"bias": 10.0}, threshold=0.5)
NEVER = Model(weights={"bias": -10.0}, threshold=0.5)

ARTICLE = (
    "Senator Jane Doe, a Democrat, said the tariff plan would hurt farmers.\n\n"
    "Doe delivered a speech on trade in Ohio on Monday.\n\n"
    "The council delivered its budget on Tuesday.\n\n"
    "She later flew to Chicago."
)


def settled(text):
    """The statements as ``analyze`` has them just before actions are given."""
    rows = proposed_rows(text, layout(text), target=main_issue(text), article_id=article_id_for(text))
    return settle(rows, text, model=None)


def test_a_narration_statement_whose_subject_is_a_voice_is_a_candidate():
    rows = settled(ARTICLE)
    found = candidates(rows, ARTICLE)
    assert [(rows[k][S.TEXT], c.voice, c.verb, c.after) for k, c in found] == [
        ("Doe delivered a speech on trade in Ohio on Monday.", "Jane Doe", "delivered", "a")
    ]
    only = found[0][1]
    assert only.before and not only.next and not only.paragraph and only.share == 1.0


@pytest.mark.parametrize(
    "sentence",
    [
        "The council delivered its budget on Tuesday.",  # no voice of the article
        "She later flew to Chicago.",  # a pronoun: no name to match
        "Doe.",  # no verb
        "John Doe delivered a speech.",  # another person of the same surname
        "Doe's caustic rhetoric may have obscured a deeper shift.",  # a possessive: the rhetoric's clause
        "Doe’s support pushes back on the narrative.",
    ],
)
def test_no_candidate_without_a_voice_as_the_subject_and_a_verb(sentence):
    voices = {("jane", "doe"): "Jane Doe"}
    assert candidate(sentence, 0, len(sentence), voices) is None


def test_the_subject_may_be_the_voice_s_short_or_long_form():
    voices = {("jane", "doe"): "Jane Doe"}
    for sentence in ["Doe voted against the bill.", "Sen. Jane Doe voted against the bill.", "Jane Doe voted against the bill."]:
        found = candidate(sentence, 0, len(sentence), voices)
        assert found is not None and found.voice == "Jane Doe" and found.verb == "voted" and found.cue == "voted"


def test_the_verb_after_an_appositive_is_the_clause_s_verb():
    voices = {("jane", "doe"): "Jane Doe"}
    sentence = "Jane Doe, the committee's chair, voted against the bill."
    assert candidate(sentence, 0, len(sentence), voices).verb == "voted"


def test_a_statement_the_model_accepts_becomes_the_voice_s_action_with_its_kind_and_role():
    rows = give_actions(settled(ARTICLE), ARTICLE, model=ALWAYS)
    by_text = {r[S.TEXT]: r for r in rows}
    given = by_text["Doe delivered a speech on trade in Ohio on Monday."]
    first = by_text["Senator Jane Doe, a Democrat, said the tariff plan would hurt farmers."]
    assert (given[S.SPEAKER], given[S.ATTRIBUTION], given[S.CUE]) == ("Jane Doe", "action", "delivered")
    assert (given[S.SPEAKER_KIND], given[S.SPEAKER_ROLE]) == (first[S.SPEAKER_KIND], first[S.SPEAKER_ROLE])
    assert by_text["The council delivered its budget on Tuesday."][S.SPEAKER] == S.AUTHOR
    assert by_text["She later flew to Chicago."][S.SPEAKER] == S.AUTHOR


def test_below_the_threshold_nothing_changes_and_no_voice_is_ever_added():
    before = settled(ARTICLE)
    unchanged = [dict(r) for r in before]
    assert give_actions(before, ARTICLE, model=NEVER) == unchanged
    after = give_actions(settled(ARTICLE), ARTICLE, model=ALWAYS)
    voices = lambda rows: {r[S.SPEAKER] for r in rows} - {S.AUTHOR}  # noqa: E731
    assert voices(after) == voices(unchanged)


def test_an_article_without_voices_has_no_candidates():
    text = "The council delivered its budget on Tuesday. Prices rose."
    assert candidates(settled(text), text) == []


def test_the_model_weighs_named_features_and_ignores_unknown_words():
    found = candidate("Doe voted against it.", 0, 21, {("doe",): "Doe"})
    model = Model(weights={"bias": 0.0, "verb=voted": 2.0}, threshold=0.5)
    assert math.isclose(model.score(found), 1 / (1 + math.exp(-2.0)))
    other = candidate("Doe flew home.", 0, 14, {("doe",): "Doe"})
    assert math.isclose(model.score(other), 0.5)


def test_the_shipped_model_loads_without_a_download_and_names_its_features():
    model = actions.default_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert all(math.isfinite(w) for w in model.weights.values())
    fixed = {n for n in actions.features(candidate("Doe voted.", 0, 10, {("doe",): "Doe"})) if "=" not in n}
    assert fixed <= set(model.weights)


def test_analyze_gives_actions_only_to_voices_and_marks_them(rows):
    for row in rows(ARTICLE):
        if row[S.ATTRIBUTION] == "action":
            assert row[S.SPEAKER] == "Jane Doe" and row[S.CUE]
