"""The stance-toward-someone training script: learned word weights and the softmax fit."""

import numpy as np

from viewpoints.evaluation import train_actor_stance as T


def test_word_weights_lean_by_the_labels_of_the_clauses_holding_them():
    clauses = ["Roe lied again"] * 6 + ["Roe praised the staff"] * 6 + ["Roe met the staff"] * 6
    labels = ["skeptical"] * 6 + ["supportive"] * 6 + ["neutral"] * 6
    words = T.word_weights(clauses, labels)
    assert words["lied"][0] > 0 > words["lied"][1]  # toward negative, away from positive
    assert words["praised"][1] > 0 > words["praised"][0]
    assert "roe" in words and abs(words["roe"][0]) < 0.05  # in every clause: next to no lean (smoothing)
    assert all(-1 <= a <= 1 and -1 <= b <= 1 for a, b in words.values())


def test_fit_separates_three_classes_on_a_telling_feature():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 3, 600)
    x = np.column_stack([np.ones(600), (y == 0) * 1.0, (y == 2) * 1.0]) + rng.normal(0, 0.1, (600, 3))
    w = T.fit(x, y, 3)
    assert (T.predict(x, w) == y).mean() > 0.95
