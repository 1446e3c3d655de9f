"""The view a link carries: parse with notices, write back in full."""

from __future__ import annotations

import pytest

from views.state import View, parse, to_query

GROUPS = {
    ("a", "section"): ["Lead", "Middle", "End"],
    ("a", "speaker"): ["author", "Ann Lee", "Bo Chan"],
    ("a", "stance"): ["supportive", "skeptical", "neutral"],
    ("b", "section"): ["Lead", "Other"],
}
DEFAULTS = {key: value[:2] for key, value in GROUPS.items()}


def view(params) -> View:
    return parse(
        params,
        articles=["a", "b"],
        default_article="a",
        groups_for=lambda art, by: GROUPS.get((art, by), []),
        default_groups_for=lambda art, by: DEFAULTS.get((art, by), []),
    )


def test_empty_link_gives_the_defaults_without_notices():
    v = view({})
    assert (v.article, v.by, v.groups, v.target, v.notices) == ("a", "section", ("Lead", "Middle"), "", ())


def test_a_full_link_is_read_as_given():
    v = view({"article": ["b"], "by": ["section"], "group": ["Other", "Lead"], "target": ["troops"]})
    assert (v.article, v.by, v.groups, v.target, v.notices) == ("b", "section", ("Other", "Lead"), "troops", ())


@pytest.mark.parametrize(
    ("params", "expected_groups", "notice"),
    [
        ({"article": ["zzz"]}, ("Lead", "Middle"), "No article called “zzz”"),
        ({"by": ["colour"]}, ("Lead", "Middle"), "not a way to compare"),
        ({"by": ["speaker"], "group": ["Nobody", "Bo Chan"]}, ("Bo Chan", "author"), "No speaker called “Nobody”"),
        ({"group": ["End"]}, ("End", "Lead"), "at least 2 groups"),
        ({"by": ["stance"], "group": ["neutral", "neutral", "skeptical"]}, ("neutral", "skeptical"), None),
        ({"group": ["Lead", "Middle", "End", "Lead", "Middle"]}, ("Lead", "Middle", "End"), None),
    ],
)
def test_bad_parts_fall_back_and_say_so(params, expected_groups, notice):
    v = view(params)
    assert v.groups == expected_groups
    if notice:
        assert any(notice in n for n in v.notices), v.notices
    else:
        assert v.notices == ()


def test_more_than_four_groups_are_cut_with_a_notice():
    groups = {("a", "section"): ["g1", "g2", "g3", "g4", "g5"]}
    v = parse({"group": ["g1", "g2", "g3", "g4", "g5"]}, articles=["a"], default_article="a",
              groups_for=lambda a, b: groups[(a, b)], default_groups_for=lambda a, b: ["g1", "g2"])
    assert v.groups == ("g1", "g2", "g3", "g4") and any("At most 4" in n for n in v.notices)


def test_overlong_target_is_cut_with_a_notice():
    v = view({"target": ["x" * 500]})
    assert len(v.target) == 120 and any("longer than" in n for n in v.notices)


def test_a_single_string_value_is_read_like_a_list():
    assert view({"by": "speaker", "group": "Ann Lee"}).groups == ("Ann Lee", "author")


def test_to_query_writes_every_part_and_round_trips():
    v = View("b", "section", ("Other", "Lead"), "troops")
    query = to_query(v)
    assert query == {"article": "b", "by": "section", "group": ["Other", "Lead"], "target": "troops"}
    back = view({k: v if isinstance(v, list) else [v] for k, v in query.items()})
    assert back == v and back.notices == ()


def test_default_target_is_left_out_of_the_link():
    assert "target" not in to_query(View("a", "section", ("Lead", "Middle"), ""))
