"""A dash opening a line marks a list item (a page's pros and cons, key points, captions, a slideshow's
controls), not a signature: its first words are nobody's name. A dash after a quotation still signs it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

import viewpoints
from viewpoints import schema as S
from viewpoints.speakers import voice_filter, voice_list
from viewpoints.speakers.attribution import find_cue
from viewpoints.text.tokens import tokenize


def voices(text: str) -> set[str]:
    frame = viewpoints.analyze(text)
    return set(frame[S.SPEAKER]) - {S.AUTHOR}


LIST_ITEMS = [
    pytest.param("The new kettle was tested for a month.\n\n- Boils quickly\n\n- Expensive\n\n- Still no timer\n\n- Solid lid\n", id="pros-and-cons"),
    pytest.param("The gallery opens on Friday.\n\n- Close\n\n- Fullscreen\n\n- BackForward\n\n- Recent Galleries\n", id="slideshow-controls"),
    pytest.param(
        "The speech lasted an hour on Tuesday.\n\n- Ireland must stay in the bloc to keep its influence\n\n"
        "- Despite the tensions, the country is becoming more open\n",
        id="key-points",
    ),
    pytest.param(
        "The harbour was quiet on Sunday.\n\n- Ann Beck with her son in the garden, where she keeps the old boat\n\n"
        "- Clockwise from left: the old pier; the new ferry; the lighthouse\n\n- Above, the keeper's cottage at dusk\n",
        id="captions",
    ),
    pytest.param("The harbour was quiet on Sunday.\n\n- Harbours & Ports\n\n- Arts & Culture\n\n- Coastal towns\n", id="topic-links"),
    pytest.param("The quay will reopen in May, the council decided.\n\n- Tom Baker.\n", id="closing-byline"),
]


@pytest.mark.parametrize("text", LIST_ITEMS)
def test_a_list_items_first_words_are_no_voice(text):
    assert voices(text) == set()


@pytest.mark.parametrize(
    "text, voice",
    [
        pytest.param("“The bridge is unsafe and it must close.”\n― Jane Doe\n\nThe council met on Monday.", "Jane Doe", id="signature-on-the-line-after"),
        pytest.param("“The bridge is unsafe and it must close.”\n\n— Jane Doe\n", "Jane Doe", id="signature-a-paragraph-after"),
        pytest.param("“The bridge is unsafe.” ― Jane Doe", "Jane Doe", id="signature-on-the-same-line"),
        pytest.param("The council met.\n\n- Jane Doe said the bridge was unsafe.\n", "Jane Doe", id="a-list-item-that-reports"),
    ],
)
def test_signatures_and_reports_in_list_items_still_name_their_speaker(text, voice):
    assert voices(text) == {voice}


def test_an_embedded_posts_signature_names_its_author():
    cue = find_cue(tokenize("— Jane Doe (@janedoe) May 2, 2016"))
    assert cue is not None and [t.text for t in cue.subject] == ["Jane", "Doe"]
    assert find_cue(tokenize("— Jane Doe (right) with her son at the harbour")) is None


def test_a_list_items_first_word_opens_its_line():
    """ "Pricey" only ever opening a list item, never saying anything plainly, is nobody's name."""
    text = "What we found:\n\n- Pricey for what it does, reviewers feel\n\n- Sturdy\n"
    row = {S.SPEAKER: "Pricey", S.SPEAKER_KIND: "person", S.ATTRIBUTION: "reported", S.CUE: "feel", S.TEXT: "- Pricey for what it does, reviewers feel"}
    voice = voice_filter.proposed([row], text)[0]
    assert voice.sentence_initial and voice_list.nobody(voice)
    inside = voice_filter.proposed([row], "The lab found the Pricey model sturdy.")[0]
    assert not inside.sentence_initial
