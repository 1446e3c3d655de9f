"""Sentence sentiment: TextBlob's scores with the words behind them, VADER as a second opinion."""

from __future__ import annotations

import pytest

from viewpoints import sentiment as sentiment_module
from viewpoints.sentiment import NEUTRAL_BAND, sentiment


@pytest.mark.parametrize(
    "text, sign, word",
    [
        ("The new bridge is excellent.", 1, "excellent (+1.00)"),
        ("The repairs were a terrible failure.", -1, "terrible (-1.00)"),
        ("The plan is not good.", -1, "not good (-0.35)"),
    ],
)
def test_both_scorers_agree_on_clear_sentences(text, sign, word):
    feel = sentiment(text)
    assert feel.polarity * sign > NEUTRAL_BAND
    assert feel.vader * sign > NEUTRAL_BAND
    assert word in feel.words.split("; ")
    assert not feel.disagree


@pytest.mark.parametrize("text", ["The bridge has two lanes.", "", "   ", "1932"])
def test_factual_or_empty_text_has_no_sentiment(text):
    feel = sentiment(text)
    assert abs(feel.polarity) <= NEUTRAL_BAND and abs(feel.vader) <= NEUTRAL_BAND
    assert not feel.disagree


@pytest.mark.parametrize(
    "text",
    ["Wonderful!!! Awful!!!", "not bad at all", "😀 great 😡", "NO NO NO", "x" * 2000, "“Terrible,” she said, “just terrible.”"],
)
def test_scores_stay_in_their_documented_ranges(text):
    feel = sentiment(text)
    assert -1.0 <= feel.polarity <= 1.0
    assert 0.0 <= feel.subjectivity <= 1.0
    assert -1.0 <= feel.vader <= 1.0
    assert isinstance(feel.words, str)


@pytest.mark.parametrize(
    "polarity, vader, disagree",
    [
        (0.5, -0.5, True),
        (-0.3, 0.4, True),
        (0.5, 0.5, False),
        (0.5, 0.0, False),  # VADER has no opinion: no disagreement
        (0.04, -0.9, False),  # TextBlob within the neutral band
        (-0.06, 0.06, True),  # just beyond the band on both sides
    ],
)
def test_disagreement_needs_opposite_signs_beyond_the_band(monkeypatch, polarity, vader, disagree):
    monkeypatch.setattr(sentiment_module, "textblob_scores", lambda text: (polarity, 0.5, ""))
    monkeypatch.setattr(sentiment_module, "vader_compound", lambda text: vader)
    assert sentiment("anything").disagree is disagree
