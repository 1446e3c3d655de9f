"""The action holder's training script: its vocabulary and its threshold choice."""

import numpy as np

from viewpoints.evaluation import train_action_holder as T
from viewpoints.speakers.actions import Candidate


def _candidate(verb, after="a"):
    return Candidate(voice="Jane Doe", subject="Doe", verb=verb, cue=verb, after=after, subject_words=1,
                     capitalised=True, quoted=False, words=10, that=False)


def test_word_features_need_min_count_examples():
    found = [_candidate("voted")] * T.MIN_COUNT + [_candidate("flew", after="home")] * (T.MIN_COUNT - 1)
    names = T.vocabulary(found)
    assert "verb=voted" in names and "verb_after=voted_a" in names and "after=a" in names
    assert "verb=flew" not in names and "after=home" not in names
    assert names[0] == "bias" and "share" in names  # the fixed features always


def test_threshold_is_the_lowest_whose_accepted_statements_are_right_often_enough():
    scores = np.array([0.9, 0.8, 0.6, 0.5, 0.3, 0.2])
    y = np.array([1, 1, 0, 1, 0, 0], dtype=float)
    # accepting from 0.5: 3 of 4 right (0.75); from 0.3: 3 of 5 (0.6); from 0.2: 3 of 6 (0.5)
    assert 0.3 < T.choose_threshold(scores, y, 0.7) <= 0.5
    assert 0.2 < T.choose_threshold(scores, y, 0.6) <= 0.3
    assert 0.6 < T.choose_threshold(scores, y, 0.99) <= 0.8  # only the top two


def test_figures_count_what_is_accepted():
    scores = np.array([0.9, 0.6, 0.2])
    y = np.array([1, 0, 1], dtype=float)
    overlaps = np.array([True, True, False])
    got = T.figures(scores, y, overlaps, 0.5)
    assert (got["accepted"], got["accepted_right"], got["precision"], got["accepted_overlapping_gold"], got["recall"]) == (2, 1, 0.5, 1.0, 0.5)
