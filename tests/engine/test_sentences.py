"""Paragraph -> sentence spans: abbreviations kept, offsets exact, every character in one sentence."""

from __future__ import annotations

import pysbd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewpoints import sentences
from viewpoints.sentences import one_sentence, split


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


ONE_SENTENCE = [
    # (piece, can pySBD cut it nowhere?) -- True skips pySBD, so every True must be pySBD's answer too
    pytest.param("The bridge closed on Monday.", True, id="plain"),
    pytest.param("The bridge closed on Monday", True, id="no-end-mark"),
    pytest.param("Lopez said the bridge is “unsafe.”", True, id="closing-quote-after-the-mark"),
    pytest.param("Is the bridge safe?", True, id="question"),
    pytest.param("The bridge closed. Traffic was diverted.", False, id="two-sentences"),
    pytest.param("Dr. Lopez closed the bridge.", False, id="abbreviation-inside"),
    pytest.param("I went home. then I slept.", False, id="lower-case-after-a-full-stop"),
    pytest.param("Cohen said so..", False, id="two-end-marks"),
    pytest.param("We want a) peace b) money c) food", False, id="list-item-parentheses"),
    pytest.param("“Empty talk” Trump said.", False, id="opens-with-a-quotation-read-as-a-sentence"),
    pytest.param("“We won,” Trump said.", True, id="opens-with-a-quotation-closing-on-a-comma"),
    pytest.param('"We won" as Trump said.', True, id="opens-with-a-quotation-before-a-lower-case-word"),
    pytest.param("'We won,' Trump said.", False, id="opens-with-a-single-quote"),
    pytest.param("(Reuters) Trump said.", False, id="opens-with-a-parenthesis"),
    pytest.param("Wait… Trump said", False, id="ellipsis-inside"),
    pytest.param("Engineers warned\nthe mayor.", False, id="line-break"),
    pytest.param("   ", False, id="blank"),
    pytest.param("...", False, id="only-marks"),
]


@pytest.mark.parametrize("piece, expected", ONE_SENTENCE)
def test_one_sentence_fast_path(piece, expected):
    assert one_sentence(piece) is expected


@pytest.mark.parametrize("piece", [p.values[0] for p in ONE_SENTENCE if p.values[1]])
def test_what_the_fast_path_takes_for_one_sentence_pysbd_does_too(piece):
    assert split(piece) == [(0, len(piece))]
    stock = pysbd.Segmenter(language="en", clean=False, char_span=False).segment(piece)
    assert [s for s in stock if s.strip("”’»\"' ")] == [s for s in stock[:1]]


_WORDS = st.sampled_from(["the", "bridge", "Dr.", "U.S.", "Lopez", "said", "no.", "It", "closed", "“quote”", "(a)", "3.5", "Mr.", "i.e.", "ok?", "Yes!", "e.g.", "St.", "al.", "—", "'s", "..."])


def stock_split(text: str) -> list[tuple[int, int]]:
    """``split`` with stock pySBD reading every chunk whole: no fast path, no cached regexes, no stretches."""
    stock = pysbd.Segmenter(language="en", clean=False, char_span=False)
    cuts, segment = sentences._cuts, sentences._segment
    try:
        sentences._cuts, sentences._segment = sentences._pysbd_cuts, stock.segment
        return split(text)
    finally:
        sentences._cuts, sentences._segment = cuts, segment


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14), st.sampled_from(["", ".", "?", "!", ".”", '."']))
def test_split_equals_splitting_with_stock_pysbd(words, end):
    """The fast paths, cached regexes and own sentence finding change no cut pySBD would make."""
    text = " ".join(words) + end
    assert split(text) == stock_split(text)


# Words around sentence ends: plain ones ("closed. The"), and all that pySBD reads otherwise
# (abbreviations, also as regexes: "ice" is "i.e"; quotations and brackets over an end; list items ...).
_PROSE = st.sampled_from(
    [
        "The", "bridge", "closed.", "left!", "Why?", "He", "She", "I", "It", "Lopez", "said", "2016.", "15.",
        "ice.", "is.", "man.", "Mr.", "Sen.", "U.S.", "Yahoo!", "p.m.", "1.", "2.", "b)", "(c)", "(iv)",
        "“We", "win.”", "go,”", '"No.', 'more"', "'90s", "''Yes.", "it.''", "don't", "--", "(Note.", "so.)",
        "[ESPN.]", "{x}", "?!", "Wait...", "…", "‘Hi.’",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_PROSE, st.sampled_from([" ", " ", " ", "  ", "\xa0", "\n"])), min_size=2, max_size=24))
def test_reading_only_the_stretches_around_unclear_ends_cuts_as_pysbd_does(words):
    """pySBD reads only the runs between plain sentence ends that are not one sentence by themselves:
    the cuts must be those it makes reading the whole paragraph."""
    text = "".join(word + gap for word, gap in words).strip()
    assert split(text) == stock_split(text)


@pytest.mark.parametrize(
    "text, ends",
    [
        ("The bridge closed. Traffic was diverted. “We wait,” she said.", ["closed.", "diverted."]),
        ("He met a man. The rest left in 2016. Dr. Who came.", ["2016."]),  # "man" is an abbreviation to pySBD
        ("He said “It closed. We left.” Then he went. Home.", ["went."]),  # masked inside the quotation
        ("“He went. She stayed” Lopez said. Then rain.", ["said."]),  # a quotation may be read as a sentence
        ("He left in 2016. Steps: 1. Go home. 2. Sleep.", []),  # list items: pySBD reads the whole paragraph
    ],
)
def test_plain_ends(text, ends):
    assert [text[text.rfind(" ", 0, end - 1) + 1 : end] for end in sentences._plain_ends(text)] == ends


@pytest.mark.parametrize(
    "text",
    [
        # Read alone, the second sentence has a word with a leading apostrophe and no quote before white
        # space, so pySBD would not mask "Go." between single quotes; in the whole paragraph it does.
        "The players' union met. Mr. Lopez said 'Go. Now'. Then rain.",
        "He left in 2016. Dr. Lopez said “No. Never.” Then rain. Mr. Lee agreed (again. And again.)",
    ],
)
def test_stretches_read_alone_cut_as_in_the_whole_paragraph(text):
    assert split(text) == stock_split(text)


# A quotation or parenthesis opening a stretch after a plain end, and what may follow it.
_QUOTATIONS = st.sampled_from(["“Fine”", "“We won,”", "“It is over.”", '"No"', '"Go," he said', "(Reuters)", "(AP", "‘Hi’", "“Dr. Lee”", "“Why?”"])
_AFTER = st.sampled_from(["", "U.S.", "U.S. troops left.", "Trump said.", "he said.", "Mr. Lee said. Then rain.", "e.g. this", "in 2016.", "I. Lee left"])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["It closed.", "Is it ok?", "We won!", "He left in 2016.", "Dr. Lee left."]), _QUOTATIONS, _AFTER)
def test_a_stretch_opening_with_a_quotation_cuts_as_pysbd_does(before, quotation, after):
    """Such a stretch is read with the plain end before it, which pySBD reads it with in the paragraph."""
    text = f"{before} {quotation} {after}".strip()
    assert split(text) == stock_split(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is ok? “Fine” U.S.",  # read alone, "“Fine” U.S." would be one sentence
        'The vote ended. "No" Dr. Lee said.',
        "He won. (Reuters) U.S. officials said. Mr. Lee agreed.",
        "She spoke. “We won,” the U.S. team said.",
    ],
)
def test_a_stretch_opening_with_a_quotation_is_read_without_the_paragraph(text, monkeypatch):
    expected = stock_split(text)
    monkeypatch.setattr(sentences, "_pysbd_cuts", lambda chunk: pytest.fail("the whole paragraph went to pySBD"))
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Maria Lopez met the U.S. envoy at 5 p.m. on Monday. She left.",
        "It cost approx. 5 dollars. No. 5 was late. He lives on Main St. in town.",
        "The plan (i) fails. Items: 1. one 2. two. Mr. and Mrs. Lopez arrived.",
        "Gen. Smith spoke to Capt. Jones. Prof. Lee was there too.",
        "He said ſt. Kelvin K. works. Then he left.",  # letters a case-insensitive regex takes for ASCII
    ],
)
def test_segment_equals_pysbd_segment(text):
    assert sentences._segment(text) == pysbd.Segmenter(language="en", clean=False, char_span=False).segment(text)


MENDED = [
    pytest.param("Tom Baker, R-Ky., said the bill would pass.", ["Tom Baker, R-Ky., said the bill would pass."], id="party-tag-before-comma"),
    pytest.param('"It is a waste," said Del. Ann Beck of Guam.', ['"It is a waste," said Del. Ann Beck of Guam.'], id="title-pysbd-does-not-know"),
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
        id="two-apostrophes-close-a-sentence-pysbd-reads-on",
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
def test_pysbd_cuts_are_mended(text, expected):
    assert [text[s:e] for s, e in split(text)] == expected
