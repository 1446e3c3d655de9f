"""The voice filter's training script: the fit, the fold-safe head prior and the threshold choice."""

import numpy as np

from viewpoints.evaluation import train_voice_filter as T
from viewpoints.speakers.voice_filter import Voice


def _voice(name):
    return Voice(name=name, kind="group", statements=1, reported=1, direct=0, continued=0, plain_cue=0,
                 speech_cue=1, attitude_cue=0, colon_cue=0, colon_number=0, in_text=1, in_headline=False,
                 nested=False, sentence_initial=False)


def test_fit_learns_the_sign_of_a_telling_feature():
    rng = np.random.default_rng(0)
    signal = rng.integers(0, 2, 400)
    x = np.column_stack([np.ones(400), signal, rng.random(400)])
    y = (signal ^ (rng.random(400) < 0.1)).astype(float)  # the signal, with 10% noise
    w = T.fit(x, y)
    assert w[1] > 2.0 and abs(w[2]) < 1.0


def test_head_prior_needs_enough_examples_and_is_scaled():
    found = [_voice("officials")] * 6 + [_voice("bribes")] * 6 + [_voice("video")] * 2
    labels = [1] * 6 + [0] * 6 + [0] * 2
    prior = T.head_prior(found, labels)
    assert set(prior) == {"officials", "bribes"}  # "video" seen twice only
    assert 0 < prior["officials"] <= 1 and -1 <= prior["bribes"] < 0


def test_threshold_is_the_highest_whose_rejections_are_right_often_enough():
    scores = np.array([0.1, 0.15, 0.3, 0.35, 0.8, 0.9])
    y = np.array([0, 0, 1, 0, 1, 1], dtype=float)
    # rejecting below 0.16 or so: 2 of 2 right; below 0.31: 2 of 3 (0.67)
    assert 0.15 < T.choose_threshold(scores, y, 0.8) <= 0.3
    assert T.choose_threshold(scores, y, 0.6) > 0.35
