"""The pages' own parts of a link (Data filters, Landscape choices, Compare picks): parse with notices, write back."""

from __future__ import annotations

import pytest

from views.state_pages import (
    Choices,
    Filters,
    Picks,
    choices_to_query,
    filters_to_query,
    parse_choices,
    parse_filters,
    parse_picks,
    picks_to_query,
)

OPTIONS = dict(sections=["Lead", "End"], speakers=["author", "Ann Lee"], stances=["supportive", "skeptical", "neutral"])


@pytest.mark.parametrize(
    ("params", "expected", "notice"),
    [
        ({}, Filters(), None),
        ({"section": ["End"], "speaker": ["Ann Lee", "author"], "stance": "skeptical", "contains": [" troops "]},
         Filters(("End",), ("Ann Lee", "author"), ("skeptical",), "troops"), None),
        ({"stance": ["colour", "neutral"]}, Filters(stances=("neutral",)), "“stance=colour” is not a stance"),
        ({"speaker": ["Nobody", "author"]}, Filters(speakers=("author",)), "No speaker called “Nobody”"),
        ({"section": ["Middle"]}, Filters(), "No section called “Middle”"),
        ({"section": ["Lead", "Lead", ""], "stance": []}, Filters(sections=("Lead",)), None),
    ],
)
def test_parse_filters_keeps_what_exists_and_says_what_it_left_out(params, expected, notice):
    got = parse_filters(params, **OPTIONS)
    assert got == expected
    if notice:
        assert any(notice in n for n in got.notices), got.notices
    else:
        assert got.notices == ()


def test_filters_to_query_leaves_empty_filters_out_and_round_trips():
    filters = Filters(("End",), (), ("supportive", "neutral"), "NATO")
    query = filters_to_query(filters)
    assert query == {"section": ["End"], "stance": ["supportive", "neutral"], "contains": "NATO"}
    assert parse_filters(query, **OPTIONS) == filters
    assert filters_to_query(Filters()) == {}


# The Landscape page's matrix: with the author's narration, and without it (an aspect only the author touches goes too).
MATRIX = {
    True: {"speakers": ["author", "Ann Lee", "Bo Chan"], "aspects": ["troops", "trust", "airspace"]},
    False: {"speakers": ["Ann Lee", "Bo Chan"], "aspects": ["troops", "trust"]},
}


def choices(params, *, has_author=True) -> Choices:
    return parse_choices(params, has_author=has_author, options_for=MATRIX.__getitem__)


@pytest.mark.parametrize(
    ("params", "expected", "notice"),
    [
        ({}, Choices(), None),
        ({"narration": ["off"], "speaker": ["Bo Chan"], "aspect": "trust"}, Choices(False, "Bo Chan", "trust"), None),
        ({"narration": "on", "speaker": ["author"], "aspect": ["airspace"]}, Choices(True, "author", "airspace"), None),
        ({"speaker": ["Ann Lee", "Bo Chan"]}, Choices(speaker="Ann Lee"), None),  # one speaker at a time: the first
        ({"speaker": [""], "aspect": []}, Choices(), None),
        ({"narration": ["no"]}, Choices(), "“narration=no” is neither on nor off"),
        ({"narration": ["OFF"]}, Choices(), "“narration=OFF” is neither on nor off"),
        ({"speaker": ["Nobody"], "aspect": ["troops"]}, Choices(aspect="troops"), "No speaker called “Nobody”"),
        ({"aspect": ["weather"]}, Choices(), "No aspect called “weather”"),
        # hiding the narration takes the author, and the aspects only the author touches, off the matrix
        ({"narration": "off", "speaker": "author"}, Choices(narration=False), "No speaker called “author”"),
        ({"narration": "off", "aspect": "airspace"}, Choices(narration=False), "No aspect called “airspace”"),
    ],
)
def test_parse_choices_keeps_what_the_page_offers_and_says_what_it_left_out(params, expected, notice):
    got = choices(params)
    assert got == expected
    if notice:
        assert any(notice in n for n in got.notices), got.notices
    else:
        assert got.notices == ()


def test_narration_off_is_left_out_when_the_article_has_none():
    got = choices({"narration": "off", "speaker": "author"}, has_author=False)
    assert got == Choices(speaker="author") and any("no narration" in n for n in got.notices)


def test_choices_to_query_leaves_the_defaults_out_and_round_trips():
    assert choices_to_query(Choices()) == {}
    chosen = Choices(False, "Bo Chan", "trust")
    query = choices_to_query(chosen)
    assert query == {"narration": "off", "speaker": "Bo Chan", "aspect": "trust"}
    assert choices(query) == chosen and choices(query).notices == ()
    assert choices_to_query(Choices(aspect="airspace")) == {"aspect": "airspace"}


# The Compare page's groups, in order, with the stances each group's statements have.
PICK_OPTIONS = {
    "Ann Lee": ["supportive", "neutral"],
    "Q&A: the talks": ["skeptical"],  # a section heading with a colon
    "b::Bo Chan": ["supportive", "skeptical", "neutral"],  # a group of another article
}


@pytest.mark.parametrize(
    ("params", "expected", "notice"),
    [
        ({}, (), None),
        ({"statements": ["b::Bo Chan:skeptical", "Ann Lee:neutral"]}, (("Ann Lee", "neutral"), ("b::Bo Chan", "skeptical")), None),
        ({"statements": "Q&A: the talks:skeptical"}, (("Q&A: the talks", "skeptical"),), None),
        ({"statements": ["Ann Lee:neutral", "Ann Lee:neutral"]}, (("Ann Lee", "neutral"),), None),
        ({"statements": ["Ann Lee:skeptical"]}, (), "Group “Ann Lee” has no statements with stance “skeptical”"),
        ({"statements": ["Ann Lee:"]}, (), "Group “Ann Lee” has no statements with stance “”"),
        ({"statements": ["Ann Lee"]}, (), "“statements=Ann Lee” names no compared group"),
        ({"statements": ["Bo Chan:neutral"]}, (), "“statements=Bo Chan:neutral” names no compared group"),
        ({"statements": ["Ann Lee:neutral", "Ann Lee:supportive"]}, (("Ann Lee", "neutral"),), "one stance at a time; “neutral” is shown"),
    ],
)
def test_parse_picks_keeps_what_the_groups_offer_and_says_what_it_left_out(params, expected, notice):
    got = parse_picks(params, options=PICK_OPTIONS)
    assert got.chosen == expected
    if notice:
        assert any(notice in n for n in got.notices), got.notices
    else:
        assert got.notices == ()


def test_picks_to_query_leaves_unnarrowed_lists_out_and_round_trips():
    assert picks_to_query(Picks()) == {}
    picks = Picks((("Q&A: the talks", "skeptical"), ("b::Bo Chan", "neutral")))
    query = picks_to_query(picks)
    assert query == {"statements": ["Q&A: the talks:skeptical", "b::Bo Chan:neutral"]}
    assert parse_picks(query, options=PICK_OPTIONS) == picks
