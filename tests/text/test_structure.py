"""Article text -> headings, paragraphs under their sections, and reported boilerplate."""

from __future__ import annotations

import pytest

from viewpoints.schema import LEAD_SECTION
from viewpoints.text.structure import is_boilerplate, layout, looks_like_heading


def paragraphs(text: str) -> list[tuple[str, str]]:
    """(section, paragraph text) in reading order."""
    return [(p.section, text[p.start : p.end]) for p in layout(text).paragraphs]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Expert views", True),
        ("Beyond the bridge", True),
        ("12 days later", True),
        ("The council met on Monday.", False),  # finished sentence
        ("What happens next?", False),
        ("Residents said:", False),
        ("lower case line", False),
        ("The mayor spoke to", False),  # ends on a word no title ends on
        ("Bridges and", False),
        ("One two three four five six seven eight nine ten eleven", False),  # too many words
        ("A" * 91, False),  # too long
        ("", False),
    ],
)
def test_looks_like_heading(line, expected):
    assert looks_like_heading(line) is expected


HEADINGS = [
    pytest.param(
        "The bridge closed.\nRepairs\nWork starts soon.",
        [(LEAD_SECTION, "The bridge closed."), ("Repairs", "Work starts soon.")],
        id="short-title-line",
    ),
    pytest.param(
        "The bridge closed.\n\nRepairs\n\nWork starts soon.\n\nIt will take a year.",
        [(LEAD_SECTION, "The bridge closed."), ("Repairs", "Work starts soon."), ("Repairs", "It will take a year.")],
        id="section-spans-paragraphs",
    ),
    pytest.param(
        "# The bridge\nIt closed.\n## What comes next, and who will pay for every part of it in the end\nRepairs.",
        [("The bridge", "It closed."), ("What comes next, and who will pay for every part of it in the end", "Repairs.")],
        id="markdown-headings-whatever-their-length",
    ),
    pytest.param(
        "The mayor spoke to\nThe Bridge Trust\nabout the repairs.",
        [(LEAD_SECTION, "The mayor spoke to\nThe Bridge Trust\nabout the repairs.")],
        id="title-case-line-after-an-unfinished-one-is-text",
    ),
    pytest.param(
        "The bridge closed.\nRepairs will start on Monday.\nTraffic is diverted.",
        [
            (LEAD_SECTION, "The bridge closed."),
            (LEAD_SECTION, "Repairs will start on Monday."),
            (LEAD_SECTION, "Traffic is diverted."),
        ],
        id="finished-lines-are-paragraphs",
    ),
    pytest.param(
        "The bridge closed.\nLast words",
        [(LEAD_SECTION, "The bridge closed."), (LEAD_SECTION, "Last words")],
        id="title-line-with-nothing-after-it-is-text",
    ),
]


@pytest.mark.parametrize("text, expected", HEADINGS)
def test_headings_open_sections(text, expected):
    assert paragraphs(text) == expected


def test_lead_section_only_when_text_comes_before_the_first_heading():
    assert layout("Repairs\nWork starts soon.").sections == ("Repairs",)
    assert layout("It closed.\nRepairs\nWork starts soon.").sections == (LEAD_SECTION, "Repairs")


def test_no_headings_means_one_lead_section():
    text = "The bridge closed on Monday. Traffic was diverted.\n\nRepairs will take a year."
    result = layout(text)
    assert result.headings == ()
    assert result.sections == (LEAD_SECTION,)
    assert len(result.paragraphs) == 2


def test_text_with_only_markdown_headings_has_no_paragraphs():
    result = layout("# The bridge\n## Repairs\n")
    assert [h.text for h in result.headings] == ["The bridge", "Repairs"]
    assert result.paragraphs == ()


def test_text_with_only_title_lines_keeps_the_last_as_text():
    """Nothing follows the last line, so it is not a heading: no words are lost."""
    result = layout("The Bridge\nRepairs Ahead")
    assert [h.text for h in result.headings] == ["The Bridge"]
    assert paragraphs("The Bridge\nRepairs Ahead") == [("The Bridge", "Repairs Ahead")]


HARD_WRAPS = [
    pytest.param(
        "Maria Lopez, an engineer at the city council,\nsaid the bridge was unsafe.\n\nIt closed.",
        ["Maria Lopez, an engineer at the city council,\nsaid the bridge was unsafe.", "It closed."],
        id="line-ending-in-a-comma",
    ),
    pytest.param(
        "It closed.\nMaria Lopez warned the city council and\nthe mayor that the bridge was unsafe.",
        ["It closed.", "Maria Lopez warned the city council and\nthe mayor that the bridge was unsafe."],
        id="line-ending-mid-phrase",
    ),
    pytest.param(
        "Engineers warned the mayor\nthat the bridge was unsafe.",
        ["Engineers warned the mayor\nthat the bridge was unsafe."],
        id="short-first-line-is-not-a-heading",
    ),
    pytest.param(
        "The bridge closed.\r\nEngineers warned the mayor\r\nthat it was unsafe.\r\n",
        ["The bridge closed.", "Engineers warned the mayor\r\nthat it was unsafe."],
        id="windows-line-ends",
    ),
]


@pytest.mark.parametrize("text, expected", HARD_WRAPS)
def test_hard_wrapped_lines_join_into_one_paragraph(text, expected):
    assert [p for _s, p in paragraphs(text)] == expected


def test_blank_line_ends_a_paragraph_even_mid_sentence():
    assert [p for _s, p in paragraphs("The bridge closed and\n\nthe road reopened.")] == [
        "The bridge closed and",
        "the road reopened.",
    ]


@pytest.mark.parametrize(
    "line", ["Comments", "Post a Comment", "SHARE THIS ARTICLE", "— Read more —", "  Related stories  ", "Advertisement"]
)
def test_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Comments were closed after the vote.", "Share prices fell.", "Home secretary"])
def test_sentences_that_merely_contain_boilerplate_words_are_kept(line):
    assert not is_boilerplate(line)


def test_boilerplate_is_dropped_and_reported_with_offsets():
    text = "Share this article\nThe bridge closed.\nRepairs\nWork starts soon.\nComments\nPost a Comment"
    result = layout(text)
    assert [b.text for b in result.boilerplate] == ["Share this article", "Comments", "Post a Comment"]
    assert all(text[b.start : b.end] == b.text for b in result.boilerplate)
    assert paragraphs(text) == [(LEAD_SECTION, "The bridge closed."), ("Repairs", "Work starts soon.")]


def test_a_heading_before_only_boilerplate_is_text():
    """ "Last word" is followed only by site furniture, so it closes the article rather than opening a section."""
    assert paragraphs("It closed.\nLast word\nComments") == [(LEAD_SECTION, "It closed."), (LEAD_SECTION, "Last word")]


def test_heading_and_paragraph_offsets_point_into_the_text():
    text = "  Intro line one.\n\n## Repairs ##\n\n   Work starts soon.   \n"
    result = layout(text)
    assert [text[h.start : h.end] for h in result.headings] == ["Repairs"]
    assert [text[p.start : p.end] for p in result.paragraphs] == ["Intro line one.", "Work starts soon."]


def test_paragraph_indices_run_across_sections():
    text = "One.\nPart two\nTwo.\n\nThree.\nPart three\nFour."
    assert [p.index for p in layout(text).paragraphs] == [0, 1, 2, 3]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "Comments\nShare"])
def test_nothing_to_analyse(text):
    assert layout(text).paragraphs == ()
