"""Paragraph -> sentence spans: abbreviations kept, offsets exact, every character in one sentence."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewpoints.text import sentences
from viewpoints.text.sentences import split


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


ON_TOP = [
    # What the rules add to sentencex's cuts (each found on real news paragraphs)
    pytest.param("9. CASINOS ARE TRYING TO LURE YOUNG PEOPLE.", ["9. CASINOS ARE TRYING TO LURE YOUNG PEOPLE."], id="a-list-number-opens-its-item"),
    pytest.param("6. Chris Christie (6.) 7. Jeb Bush (5.)", ["6. Chris Christie (6.)", "7. Jeb Bush (5.)"], id="numbered-ranking"),
    pytest.param("He won in 2016. 9 of 10 agreed.", ["He won in 2016.", "9 of 10 agreed."], id="a-number-without-its-stop-is-no-list-item"),
    pytest.param(
        "Richard Trumka, president of the A.F.L.-C.I.O. He spoke first.",
        ["Richard Trumka, president of the A.F.L.-C.I.O.", "He spoke first."],
        id="dotted-initials-are-never-cut-inside",
    ),
    pytest.param("Ça va. Élise Roux said no.", ["Ça va.", "Élise Roux said no."], id="a-capital-outside-ascii-opens-a-sentence"),
    pytest.param("Dr. Émile Roux and J. Ödegaard left.", ["Dr. Émile Roux and J. Ödegaard left."], id="but-not-after-a-title-or-an-initial"),
]


@pytest.mark.parametrize(("text", "expected"), ON_TOP)
def test_rules_on_top_of_the_segmenter(text, expected):
    assert texts(text) == expected


_PROSE = st.sampled_from(
    [
        "The", "bridge", "closed.", "left!", "Why?", "He", "She", "I", "It", "Lopez", "said", "2016.", "15.",
        "Mr.", "Sen.", "U.S.", "Yahoo!", "p.m.", "1.", "2.", "b)", "(c)", "(iv)", "Élise", "A.F.L.-C.I.O.",
        "“We", "win.”", "go,”", '"No.', 'more"', "'90s", "''Yes.", "it.''", "don't", "--", "(Note.", "so.)",
        "[ESPN.]", "{x}", "?!", "Wait...", "…", "‘Hi.’", "― Ann", "Del.",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_PROSE, st.sampled_from([" ", " ", " ", "  ", "\xa0", "\n"])), min_size=1, max_size=24))
def test_sentences_cover_the_text_once_in_order_on_any_prose(words):
    """Whatever the segmenter and the rules on top do, each non-space character is in one sentence,
    sentences are stripped and in order."""
    text = "".join(word + gap for word, gap in words)
    spans = split(text)
    assert spans == sorted(spans)
    assert all(s < e and not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))
    assert "".join("".join(text[s:e].split()) for s, e in spans) == "".join(text.split())


MENDED = [
    pytest.param("Tom Baker, R-Ky., said the bill would pass.", ["Tom Baker, R-Ky., said the bill would pass."], id="party-tag-before-comma"),
    pytest.param('"It is a waste," said Del. Ann Beck of Guam.', ['"It is a waste," said Del. Ann Beck of Guam.'], id="title-the-segmenter-does-not-know"),
    pytest.param(
        '"It is over," said Tom Baker, the professor. "I doubt it."',
        ['"It is over," said Tom Baker, the professor.', '"I doubt it."'],
        id="a-full-word-title-still-ends-a-sentence",
    ),
    pytest.param(
        "“We are ashamed.” ― Ann Beck\n“He is ignorant.” ― Tom Baker",
        ["“We are ashamed.” ― Ann Beck", "“He is ignorant.” ― Tom Baker"],
        id="signature-ends-its-line",
    ),
    pytest.param(
        "The firm is based in Dover, Del. Jane Doe, its chief, said profits rose.",
        ["The firm is based in Dover, Del.", "Jane Doe, its chief, said profits rose."],
        id="del-after-a-comma-is-a-state",
    ),
    pytest.param(
        "Roe’s niece, Del. Ann Price, spoke first.",
        ["Roe’s niece, Del. Ann Price, spoke first."],
        id="del-after-a-comma-and-a-common-noun-is-a-title",
    ),
    pytest.param("Shares of eBay fell. eBay said sales were weak.", ["Shares of eBay fell.", "eBay said sales were weak."], id="lower-case-name-after-a-full-stop"),
    pytest.param(
        "“They call us ‘careless, even reckless,’” Jane Doe, a nurse, told the paper.",
        ["“They call us ‘careless, even reckless,’” Jane Doe, a nurse, told the paper."],
        id="a-quotation-closing-on-a-comma-ends-no-sentence",
    ),
    pytest.param(
        "He did not ''use it much.'' After that, the jet flew. He said ''no!'' Then he left.",
        ["He did not ''use it much.''", "After that, the jet flew.", "He said ''no!''", "Then he left."],
        id="two-apostrophes-close-a-sentence",
    ),
    pytest.param("It was late. ''Yes,'' he said.", ["It was late.", "''Yes,'' he said."], id="two-apostrophes-open-the-next-sentence-whole"),
    pytest.param("They said ''no comment.'' ''We will see,'' Roe added.", ["They said ''no comment.''", "''We will see,'' Roe added."], id="one-quotation-after-another"),
    pytest.param("They call him ''Dr.'' Jones at home.", ["They call him ''Dr.'' Jones at home."], id="two-apostrophes-after-a-title-end-nothing"),
    pytest.param("“We tried, and we lost,” she said. “Next time.”", ["“We tried, and we lost,” she said.", "“Next time.”"], id="a-full-stop-after-the-tag-still-ends"),
    pytest.param(
        "A hard-wrapped line\nthat goes on. And a dash ― Here\nis no signature.",
        ["A hard-wrapped line\nthat goes on.", "And a dash ― Here\nis no signature."],
        id="a-line-break-is-otherwise-a-wrap",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MENDED)
def test_segmenter_cuts_are_mended(text, expected):
    assert [text[s:e] for s, e in split(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "<script>window.__xss=2</script> was written on the wall, said Bo Chan.",
        "See example.com/a.b.c for more, she said.",
        "The file is report.final.pdf and it is late.",
    ],
)
def test_no_sentence_ends_inside_a_run_without_spaces(text):
    assert texts(text) == [text]
