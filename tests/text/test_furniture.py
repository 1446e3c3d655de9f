"""Page furniture recognised by its shape (viewpoints.text.furniture), and kept out of the analysis.

Every line here is written for these tests.
"""

from __future__ import annotations

import pytest

import viewpoints
from viewpoints import schema as S
from viewpoints.text.furniture import is_date, is_furniture, is_keyword_list
from viewpoints.text.structure import layout

FURNITURE = [
    "- Date 04.03.2021",  # a metadata list item: label, then a date
    "- Published 2021-03-04",
    "- Keywords Harwich, Felixstowe",  # label, then keywords
    "Tags: ferries, tides, Harbour Post, Editor's picks",
    "- Permalink https://harbour.example/quay/1",  # label, then an address
    "Shortlink: www.harbour.example/q1",
    "Photo: Reuters",  # a picture's credit
    "Photograph: Jane Roe/Harbour Post",
    "Image caption The harbour master inspects the quay",
    "Image copyright Harbour Post",
    "BYLINE: Jane Roe.",  # who wrote it, as a wire service labels it
    "Our Policy: The Harbour Post Editorial Charter.",  # the site speaking of itself
    "Related: Ferry fares to rise in spring",  # a furniture word as the label
    "Follow us on Mastodon",  # calls to the reader
    "Share on Bluesky",
    "Sign up for our morning newsletter",
    "- 4 March 2021",  # a date alone
    "Updated: Mar. 4, 2021, 09:15 GMT",
    "Thursday, March 4, 2021.",
    "214 comments",  # a counter
    "- 3 of 12",  # a gallery's position
    "Photo 3 of 12",
]
TEXT = [
    "Pence: I will not resign",  # a headline giving someone's words: their voice, kept
    "Doe: the guarantees are hollow",  # a quotation-style lead
    "Doe: guarantees, troops and money",  # a list in prose has "and"
    "Okafor: 'Never, ever give up.'",  # a quotation cut at its commas is not a keyword list
    "- The ferry will leave an hour earlier from March",  # list items that are sentences
    "- Cheap",
    "Q: What happens to the night ferry?",
    "She added: “They will not reopen the quay.”",
    "The results were as follows:",
    "March 2021",  # may be a heading
    "Share prices fell.",
    "Follow the money, the auditor said.",
    "Watch: the harbour master explains the plan",
    "Photographers waited outside the court for hours.",
    "Date night is back in the harbour town",
    "3 of 12 ferries were late",  # a share in prose
    "One of 12",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_recognised_by_its_shape(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", TEXT)
def test_text_that_only_looks_like_a_label_stays_text(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("value, expected", [("04.03.2021", True), ("Jan. 4, 2021", True), ("4 March 2021 at 10:30 BST", True), ("March 2021", False), ("in March the ferry left", False), ("2021", False)])
def test_is_date(value, expected):
    assert is_date(value) is expected


@pytest.mark.parametrize("value, expected", [("ports, tides", True), ("ports, tides and ferries", False), ("ports", False), ("the ferry left early, she said.", False)])
def test_is_keyword_list(value, expected):
    assert is_keyword_list(value) is expected


ARTICLE = """Quay reopens after the storm

Photo: Reuters

- Date 04.03.2021
- Keywords Harwich, Felixstowe
- Permalink https://harbour.example/quay/1

The harbour master said the northern quay would reopen on Monday. Crews cleared the debris overnight.

Pence: I will not resign

Our Policy: The Harbour Post Editorial Charter.

Follow us on Mastodon
"""


def test_furniture_lines_never_become_voices_and_are_listed():
    frame = viewpoints.analyze(ARTICLE)
    speakers = {s.lower() for s in frame[S.SPEAKER]}
    assert not speakers & {"photo", "date", "keywords", "keywords harwich", "permalink", "our policy", "policy"}
    dropped = [text for _s, _e, text in frame.attrs["boilerplate"]]
    assert dropped == ["Photo: Reuters", "- Date 04.03.2021", "- Keywords Harwich, Felixstowe", "- Permalink https://harbour.example/quay/1", "Our Policy: The Harbour Post Editorial Charter.", "Follow us on Mastodon"]
    assert all(ARTICLE[s:e] == text for s, e, text in frame.attrs["boilerplate"])
    assert any("northern quay" in t for t in frame[S.TEXT]) and any(t.startswith("Pence:") for t in frame[S.TEXT])


def test_a_furniture_line_does_not_start_a_section():
    found = layout("The quay reopened.\n\nImage copyright Harbour Post\n\nCrews worked overnight.")
    assert [h.text for h in found.headings] == [] and [b.text for b in found.boilerplate] == ["Image copyright Harbour Post"]
