"""The target's surface forms: the words whose stem is one of its terms, so classify can look words up."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewpoints.stance.target_words import stem, surface_forms, target_of


@pytest.mark.parametrize(
    ("target", "word", "term"),
    [
        ("security guarantees", "guarantees", "guarantee"),
        ("security guarantees", "guarantee's", "guarantee"),
        ("farm policy", "policies", "policy"),
        ("tax reform", "taxes", "tax"),
        ("Ukraine", "ukraine's", "ukraine"),
    ],
)
def test_forms_lead_to_their_term(target, word, term):
    assert surface_forms(target_of(target))[word] == term


def test_a_word_of_another_stem_is_no_form():
    forms = surface_forms(target_of("security guarantees"))
    assert "guaranteed" not in forms and "secure" not in forms


@given(
    st.lists(st.from_regex(r"[a-z]{1,7}(?:'s|s|es|ies)?", fullmatch=True), min_size=1, max_size=3),
    st.from_regex(r"[a-z]{1,7}(?:'s|s|es|ies|ses|ches|'s's)?", fullmatch=True),
)
def test_forms_are_exactly_the_words_stemmed_to_a_term(target_words, word):
    goal = target_of(" ".join(target_words))
    forms = surface_forms(goal)
    assert (word in forms) == (stem(word) in goal.terms)
    if word in forms:
        assert forms[word] == stem(word)
