"""The claim model's training script: topics, folds by topic, the fit and when cross-validation can run."""

import numpy as np

from viewpoints.evaluation import train_claim_stance as T
from viewpoints.stance import claim_model as M


def test_a_topic_joins_every_headline_and_body_linked_by_a_pair():
    pairs = [("1", "A", "agree"), ("2", "A", "discuss"), ("2", "B", "agree"), ("3", "C", "disagree")]
    topic = T.topics(pairs)
    assert topic[0] == topic[1] == topic[2] != topic[3]  # body 2 links headlines A and B


def test_folds_keep_a_topic_together():
    groups = [0, 0, 1, 1, 2, 3, 4, 5, 5, 6]
    fold = T.folds(groups)
    for group in set(groups):
        assert len({fold[i] for i, g in enumerate(groups) if g == group}) == 1
    assert set(fold.tolist()) == set(range(T.FOLDS))


def test_fit_learns_which_class_a_telling_input_points_to():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 600)
    X = np.column_stack([(y == 1) + rng.normal(0, 0.3, 600), (y == 0) + rng.normal(0, 0.3, 600), rng.random(600)])
    model = T.fit(X, y, l2=1.0)
    assert (T.predict(model, X) == y).mean() > 0.9
    skeptical, supportive = M.LABELS.index("skeptical"), M.LABELS.index("supportive")
    assert model.weights[skeptical][0] > model.weights[supportive][0]


def test_cross_validation_needs_enough_topics_and_every_label_in_training():
    y = np.array([0, 1, 2] * 10)
    assert T.can_cross_validate(y, list(range(30)))
    assert not T.can_cross_validate(y, [0, 1, 2] * 10)  # three topics for five folds
    assert not T.can_cross_validate(np.array([0] * 30), list(range(30)))


def test_mean_inputs_of_no_statement_is_zero():
    assert T.mean_inputs([]) == [0.0] * len(M.NAMES)
