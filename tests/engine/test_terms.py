"""Distinguishing words: log-odds ratio with an informative Dirichlet prior."""

from __future__ import annotations

import pytest

from viewpoints.terms import distinguishing, tokens

HAWKS = [
    "The minister demanded more tanks and more artillery for the front.",
    "Artillery shells and tanks must reach the front before winter.",
    "Without tanks the front will not hold, the general warned.",
]
DOVES = [
    "The envoy urged talks and a ceasefire before winter.",
    "A ceasefire would let talks begin, the envoy said.",
    "Talks are the only road to a lasting ceasefire.",
]


def test_each_side_is_told_apart_by_its_own_words():
    hawk_words = [t.word for t in distinguishing(HAWKS, DOVES)]
    dove_words = [t.word for t in distinguishing(DOVES, HAWKS)]
    assert set(hawk_words[:2]) == {"tanks", "front"}  # three times each, never by the doves
    assert "artillery" in hawk_words
    assert set(dove_words[:2]) == {"talks", "ceasefire"}
    assert "winter" not in hawk_words and "winter" not in dove_words  # used by both sides alike


def test_z_grows_with_evidence():
    once = distinguishing(["tanks now"], ["talks now"], min_z=0)
    thrice = distinguishing(["tanks tanks tanks now"], ["talks talks talks now"], min_z=0)
    z = lambda terms: next(t.z for t in terms if t.word == "tanks")  # noqa: E731
    assert z(thrice) > z(once) > 0


@pytest.mark.parametrize(
    ("text", "exclude", "absent"),
    [
        ("Jane Doe said the tanks matter", ("Jane Doe",), {"jane", "doe", "said"}),
        ("He argued that the treaty is void", (), {"argued", "that", "the"}),
        ("Ukraine's allies and Europe's leaders", (), {"ukraine's", "europe's"}),
    ],
)
def test_names_speech_verbs_stop_words_and_possessives_are_not_terms(text, exclude, absent):
    skip = frozenset(w.lower() for phrase in exclude for w in phrase.split())
    assert not absent & set(tokens(text, skip))


def test_nothing_to_compare_gives_nothing():
    assert distinguishing([], DOVES) == []
    assert distinguishing(HAWKS, []) == []
