"""The claim model's training script: topics, folds by topic, the fit and when cross-validation can run."""

import numpy as np

from viewpoints.evaluation import train_claim_stance as T
from viewpoints.stance import claim_model as M


def test_a_topic_joins_every_headline_and_body_linked_by_a_pair():
    pairs = [("1", "A", "agree"), ("2", "A", "discuss"), ("2", "B", "agree"), ("3", "C", "disagree")]
    topic = T.topics(pairs)
    assert topic[0] == topic[1] == topic[2] != topic[3]  # body 2 links headlines A and B


def test_folds_keep_a_topic_together_and_share_out_the_examples():
    groups = [0] * 6 + [1] * 4 + [2] * 3 + [3] * 2 + [4, 5, 6, 7]
    fold = T.folds(groups)
    for group in set(groups):
        assert len({fold[i] for i, g in enumerate(groups) if g == group}) == 1
    sizes = sorted(np.bincount(fold, minlength=T.FOLDS).tolist())
    assert sizes == [3, 3, 3, 4, 6]  # largest topics first, each to the emptiest fold


def test_cross_validation_never_fits_a_topic_it_judges():
    # each topic's label is told by a column of its own: learnable only from the topic itself
    rng = np.random.default_rng(1)
    topics = 20
    y = np.array([t % 3 for t in range(topics) for _ in range(10)])
    groups = [t for t in range(topics) for _ in range(10)]
    X = np.zeros((len(y), len(M.NAMES) + topics))
    for row, topic in enumerate(groups):
        X[row, len(M.NAMES) + topic] = 1.0
    X[:, M.NAMES.index("named")] = 1.0  # every article names its claim
    X += rng.normal(0, 0.01, X.shape)
    held_out, fold = T.cross_validated(X, y, groups, l2=0.01)
    assert len(set(zip(groups, fold.tolist()))) == topics  # a topic in one fold only
    assert (held_out == y).mean() < 0.6  # at chance, not the 1.0 a topic seen in training would give
    assert (T.predict(T.fit(X, y, l2=0.01), X) == y).mean() > 0.9  # while fitted on itself it learns them


def test_fit_learns_which_class_a_telling_input_points_to():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 600)
    X = np.zeros((600, len(M.NAMES)))
    X[:, 0] = (y == 1) + rng.normal(0, 0.3, 600)
    X[:, 1] = (y == 0) + rng.normal(0, 0.3, 600)
    X[:, M.NAMES.index("named")] = 1.0
    model = T.fit(X, y, l2=1.0)
    assert (T.predict(model, X) == y).mean() > 0.9
    skeptical, supportive = M.LABELS.index("skeptical"), M.LABELS.index("supportive")
    assert model.weights[skeptical][0] > model.weights[supportive][0]


def test_cross_validation_needs_enough_topics_and_every_label_in_training():
    y = np.array([0, 1, 2] * 10)
    assert T.can_cross_validate(y, list(range(30)))
    assert not T.can_cross_validate(y, [0, 1, 2] * 10)  # three topics for five folds
    assert not T.can_cross_validate(np.array([0] * 30), list(range(30)))


def test_an_article_that_never_names_the_claim_is_predicted_neutral():
    X = np.zeros((600, len(M.NAMES)))
    y = np.array([0, 1, 2] * 200)
    X[:, 0] = y == 1
    X[:, M.NAMES.index("named")] = 1.0
    model = T.fit(X, y)
    unnamed = np.zeros((1, len(M.NAMES)))
    unnamed[0, 0] = 1.0  # leans skeptical by its findings, but names no claim
    assert T.predict(model, unnamed).tolist() == [M.LABELS.index("neutral")]
