"""Invariants over arbitrary text: analyze never raises, statements never overlap, and every visible
character of the body lies in exactly one statement."""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import viewpoints
from viewpoints import schema as S

MODEST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of article-like text and the characters that break naive code.
AWKWARD = list(" \n\n\r\t.,;:!?\"'“”‘’«»„()#—–-…\u200f\u202e\u200b\u00a0\u2028\x00\x0b\x0c\x1c\x85\ufeff")
PIECES = [
    "Maria Lopez", "said", "says", "according to", "In her view,", "She", "They", "It", "officials",
    "the Pentagon", "Dr.", "U.S.", "KC", "Jr.", "First,", "This would", "While", "not", "must", "urged",
    "doubt", "essential", "Comments", "Post a Comment", "# Heading", "## ", "Expert views", "\n", "\n\n",
    "“", "”", '"', ",", ".", "שלום עולם", "مرحبا", "😀", "🇺🇦", "x" * 300, "a.b.c.d.e", "Ω" * 50,
]
article_like = st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)
jumbled = st.lists(st.one_of(st.sampled_from(PIECES), st.text(alphabet=st.sampled_from(AWKWARD), max_size=4)), max_size=40).map("".join)
any_text = st.one_of(st.text(), st.text(alphabet=st.sampled_from(AWKWARD + list("aZ09"))), article_like, jumbled)


def body_mask(text: str, frame: pd.DataFrame) -> list[bool]:
    """True for characters of the article body: not on a heading's line, not in dropped boilerplate."""
    outside = [False] * len(text)
    for start, end, _line in frame.attrs["headings"]:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        for i in range(line_start, len(text) if line_end < 0 else line_end):
            outside[i] = True
    for start, end, _line in frame.attrs["boilerplate"]:
        for i in range(start, end):
            outside[i] = True
    return [not o for o in outside]


def assert_invariants(text: str, frame: pd.DataFrame) -> None:
    assert list(frame.columns) == list(S.COLUMNS)
    covered = [0] * len(text)
    previous_end = 0
    for start, end, statement in zip(frame[S.START], frame[S.END], frame[S.TEXT]):
        assert text[start:end] == statement
        assert previous_end <= start < end, "statements out of order or overlapping"
        previous_end = end
        for i in range(start, end):
            covered[i] += 1
    in_body = body_mask(text, frame)
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        expected = 1 if in_body[i] else 0
        assert covered[i] == expected, f"character {i} {ch!r} is in {covered[i]} statements"
    assert frame[S.SENTENCE].tolist() == list(range(len(frame)))


@MODEST
@given(any_text)
def test_analyze_never_raises_and_covers_the_body_once(text):
    assert_invariants(text, viewpoints.analyze(text))


@MODEST
@given(st.text())
def test_arbitrary_unicode(text):
    assert_invariants(text, viewpoints.analyze(text))


@MODEST
@given(article_like, st.one_of(st.none(), st.text(max_size=20)))
def test_any_target_is_accepted(text, target):
    frame = viewpoints.analyze(text, target=target)
    assert isinstance(frame.attrs["target"], str)


def test_a_single_sentence_of_100_000_characters():
    text = ("Maria Lopez said that " + "the old bridge is unsafe and " * 4_000)[:99_999] + "."
    assert len(text) == 100_000
    frame = viewpoints.analyze(text)
    assert_invariants(text, frame)
    assert frame[S.SPEAKER].iloc[0] == "Maria Lopez"


def test_100_000_characters_without_a_space():
    text = "x" * 100_000
    assert_invariants(text, viewpoints.analyze(text))


def test_100_000_characters_of_one_open_quotation():
    text = "“" + "Close the bridge, " * 5_555
    assert_invariants(text, viewpoints.analyze(text))
