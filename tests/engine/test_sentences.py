"""Paragraph -> sentence spans: abbreviations kept, offsets exact, every character in one sentence."""

from __future__ import annotations

import pytest

from viewpoints import sentences
from viewpoints.sentences import split


def texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return [text[s:e] for s, e in split(text, start, end)]


SPLITS = [
    pytest.param("The bridge closed. Traffic was diverted.", ["The bridge closed.", "Traffic was diverted."], id="plain"),
    pytest.param(
        "Dr. Maria Lopez met the U.S. envoy at 5 p.m. on Monday. She left.",
        ["Dr. Maria Lopez met the U.S. envoy at 5 p.m. on Monday.", "She left."],
        id="abbreviations-inside",
    ),
    pytest.param("He moved to the U.S. She stayed.", ["He moved to the U.S.", "She stayed."], id="abbreviation-ends-it"),
    pytest.param(
        "The U.K. and the U.S. agreed. Talks ended.", ["The U.K. and the U.S. agreed.", "Talks ended."], id="dotted-names"
    ),
    pytest.param("Mr. and Mrs. Lopez arrived. They left.", ["Mr. and Mrs. Lopez arrived.", "They left."], id="honorifics"),
    pytest.param("It cost $3.5 million. Nobody paid.", ["It cost $3.5 million.", "Nobody paid."], id="decimal"),
    pytest.param("Is it safe? No! Close it.", ["Is it safe?", "No!", "Close it."], id="question-and-exclamation"),
    pytest.param(
        "Maria Lopez said: “The bridge is unsafe. It must close.” The council met.",
        ["Maria Lopez said: “The bridge is unsafe. It must close.”", "The council met."],
        id="quote-closing-after-the-full-stop",
    ),
    pytest.param(
        "Engineers warned the mayor\nthat the bridge was unsafe.",
        ["Engineers warned the mayor\nthat the bridge was unsafe."],
        id="hard-wrap-is-not-a-sentence-end",
    ),
    pytest.param("No full stop at the end", ["No full stop at the end"], id="unfinished"),
]


@pytest.mark.parametrize("text, expected", SPLITS)
def test_split(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It must close.” The council met.", ["It must close.”", "The council met."]),
        ("It must close.” ” The council met.", ["It must close.” ”", "The council met."]),
        ('It must close." The council met.', ['It must close."', "The council met."]),
        ("It must close.”", ["It must close.”"]),
    ],
)
def test_a_closing_quote_ends_the_sentence_before_it(text, expected):
    """A quotation opened in an earlier paragraph closes here: its mark is no sentence of its own."""
    assert texts(text) == expected


def test_spans_inside_a_window_use_offsets_of_the_whole_text():
    text = "Heading\nThe bridge closed. Traffic was diverted.\nComments"
    start = text.index("The")
    end = text.index("\nComments")
    spans = split(text, start, end)
    assert [text[s:e] for s, e in spans] == ["The bridge closed.", "Traffic was diverted."]
    assert spans[0][0] == start and spans[-1][1] == end


@pytest.mark.parametrize(
    "text",
    [
        "  The bridge closed.   Traffic was diverted.  ",
        "One. Two. Three. Four.",
        "“Quoted. Twice.” Then not.",
        "a" * 12_000,
        ("word " * 3_000).strip(),
        "",
        "   ",
    ],
)
def test_every_non_space_character_lands_in_exactly_one_sentence(text):
    spans = split(text)
    covered = [0] * len(text)
    for s, e in spans:
        assert s < e and not text[s].isspace() and not text[e - 1].isspace()
        for i in range(s, e):
            covered[i] += 1
    assert all(covered[i] == 1 for i, ch in enumerate(text) if not ch.isspace())
    assert spans == sorted(spans)


def test_long_text_without_sentence_ends_is_cut_into_bounded_pieces():
    text = ("word " * 4_000).strip()
    spans = split(text)
    assert len(spans) > 1
    assert max(e - s for s, e in spans) <= sentences.MAX_CHUNK


def test_a_run_without_spaces_is_cut_hard():
    spans = split("x" * (sentences.MAX_CHUNK * 2 + 10))
    assert [e - s for s, e in spans] == [sentences.MAX_CHUNK, sentences.MAX_CHUNK, 10]
