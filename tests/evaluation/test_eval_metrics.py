import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewpoints.evaluation.metrics import (
    accuracy,
    counts,
    f1_per_class,
    macro_f1,
    majority_label,
    pearson,
)


@pytest.mark.parametrize(
    ("gold", "predicted", "labels", "expected"),
    [
        # a: P 1, R 1/2 -> F1 2/3; b: P 2/3, R 1 -> F1 0.8
        (["a", "a", "b", "b"], ["a", "b", "b", "b"], None, (2 / 3 + 0.8) / 2),
        # a class nobody predicts or holds still counts as 0 when the labels are fixed
        (["a", "a", "b", "b"], ["a", "b", "b", "b"], ["a", "b", "c"], (2 / 3 + 0.8) / 3),
        # a wrong label that is not in the gold: F1 of that class is 0 and it is averaged in
        (["a", "a"], ["a", "x"], None, (2 / 3 + 0) / 2),
        (["a", "b", "c"], ["a", "b", "c"], None, 1.0),
        (["a", "b"], ["b", "a"], None, 0.0),
    ],
)
def test_macro_f1_on_hand_examples(gold, predicted, labels, expected):
    assert macro_f1(gold, predicted, labels) == pytest.approx(expected)


def test_majority_baseline_reproduces_the_fnc1_reference_figure():
    """FNC-1's related pairs: 1,903 agree, 697 disagree, 4,464 discuss; always 'discuss' scores 0.258."""
    gold = ["agree"] * 1903 + ["disagree"] * 697 + ["discuss"] * 4464
    assert majority_label(gold) == "discuss"
    assert macro_f1(gold, ["discuss"] * len(gold), ["agree", "disagree", "discuss"]) == pytest.approx(0.258, abs=5e-4)


def test_f1_per_class_names_every_label():
    assert f1_per_class(["a", "b"], ["a", "a"], ["a", "b", "c"]) == pytest.approx({"a": 2 / 3, "b": 0.0, "c": 0.0})


def test_accuracy_and_counts():
    assert accuracy(["a", "b", "c", "a"], ["a", "b", "a", "b"]) == 0.5
    assert counts(["b", "a", "b"]) == {"a": 1, "b": 2}
    assert math.isnan(accuracy([], []))


@pytest.mark.parametrize(
    ("xs", "ys", "expected"),
    [
        ([1, 2, 3], [2, 4, 6], 1.0),
        ([1, 2, 3], [3, 2, 1], -1.0),
        ([1, 2, 3, 4, 5], [2, 4, 5, 4, 5], 6 / math.sqrt(60)),  # cov 6, var 10 and 6
    ],
)
def test_pearson_on_hand_examples(xs, ys, expected):
    assert pearson(xs, ys) == pytest.approx(expected)


@pytest.mark.parametrize(("xs", "ys"), [([1, 1, 1], [1, 2, 3]), ([1], [2]), ([], [])])
def test_pearson_is_nan_when_undefined(xs, ys):
    assert math.isnan(pearson(xs, ys))


def test_lengths_must_agree():
    with pytest.raises(ValueError):
        macro_f1(["a"], ["a", "b"])
    with pytest.raises(ValueError):
        pearson([1.0, 2.0], [1.0])


labels = st.lists(st.sampled_from("abc"), min_size=1, max_size=30)


@given(labels, st.randoms(use_true_random=False))
def test_macro_f1_is_a_rate_and_one_only_when_perfect(gold, random):
    predicted = [random.choice("abc") for _ in gold]
    score = macro_f1(gold, predicted)
    assert 0.0 <= score <= 1.0
    assert macro_f1(gold, gold) == 1.0
    assert (score == 1.0) == (predicted == gold)


whole = st.integers(min_value=-100, max_value=100)  # well-conditioned: no near-constant float noise


@given(st.lists(st.tuples(whole, whole), min_size=3, max_size=30), st.integers(1, 10), whole)
def test_pearson_is_symmetric_bounded_and_scale_free(pairs, scale, shift):
    xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
    r = pearson(xs, ys)
    if math.isnan(r):
        return
    assert -1.0 - 1e-9 <= r <= 1.0 + 1e-9
    assert pearson(ys, xs) == pytest.approx(r)
    rescaled = pearson([x * scale + shift for x in xs], ys)
    if not math.isnan(rescaled):
        assert rescaled == pytest.approx(r, abs=1e-6)
