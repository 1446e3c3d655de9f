"""The Compare page's statement lists narrowed to one stance are part of the link: a link opens each
group's list narrowed as it says, a pill clicked is written back into the URL, and a pick the comparison
does not offer is left out with a notice, never a traceback."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import notices, open_app, open_link, params, switch_to

VIEW = {"by": "speaker", "group": ["Marcin Kaczmarski", "Dmytro"]}
BADGE = re.compile(r"^:\w+-badge\[\S+ (\w+)\]$")


def listed(at: AppTest) -> list[list[str]]:
    """Per group column, the stance of each statement listed."""
    return [[m.group(1) for md in col.markdown if (m := BADGE.match(md.value))] for col in at.main.columns]


def pills(at: AppTest) -> list:
    return [p.value for p in at.main.pills]


def test_a_plain_link_lists_every_statement_and_adds_nothing():
    at = open_app(**VIEW)
    assert not at.warning
    assert pills(at) == [None, None]
    assert [len(stances) for stances in listed(at)] == [9, 2]
    assert "statements" not in at.query_params


def test_a_link_narrows_each_groups_statement_list():
    at = open_app(**VIEW, statements=["Dmytro:skeptical", "Marcin Kaczmarski:neutral"])
    assert not at.warning, [w.value for w in at.warning]
    assert pills(at) == ["neutral", "skeptical"]
    assert listed(at) == [["neutral"] * 3, ["skeptical"] * 2]
    # written back in the groups' order, beside the view
    assert params(at, "statements") == ["Marcin Kaczmarski:neutral", "Dmytro:skeptical"]
    assert params(at, "group") == VIEW["group"]


def test_a_link_to_slash_compare_opens_the_compare_page_narrowed_as_it_says():
    # "/compare" is the Compare page's address in the README, beside "/" (Streamlit serves the default page at
    # "/" only): here its own state is read and written; tests/browser/test_addresses.py opens the address itself
    at = open_link("compare", **VIEW, statements=["Dmytro:skeptical"])
    assert not at.warning, [w.value for w in at.warning]
    assert [h.value for h in at.main.markdown if h.value.startswith("####")] == ["#### Marcin Kaczmarski", "#### Dmytro"]
    assert [len(stances) for stances in listed(at)] == [9, 2] and listed(at)[1] == ["skeptical"] * 2
    assert pills(at) == [None, "skeptical"]
    assert params(at, "statements") == ["Dmytro:skeptical"] and params(at, "group") == VIEW["group"]


@pytest.mark.parametrize(
    ("picks", "notice", "kept"),
    [
        (["Nobody:skeptical", "Dmytro:skeptical"], "“statements=Nobody:skeptical” names no compared group", [None, "skeptical"]),
        (["Dmytro"], "“statements=Dmytro” names no compared group", [None, None]),
        (["Dmytro:supportive"], "Group “Dmytro” has no statements with stance “supportive”", [None, None]),
        (["Marcin Kaczmarski:colour"], "has no statements with stance “colour”", [None, None]),
        (["Marcin Kaczmarski:neutral", "Marcin Kaczmarski:skeptical"], "one stance at a time; “neutral” is shown", ["neutral", None]),
        (["<b>x</b>:**y**"], "“statements=<b>x</b>:**y**” names no compared group", [None, None]),
    ],
)
def test_a_bad_pick_is_left_out_with_a_notice(picks, notice, kept):
    at = open_app(**VIEW, statements=picks)
    said = notices(at)
    assert any(notice in n for n in said), said
    assert pills(at) == kept
    expected = [f"{g}:{s}" for g, s in zip(VIEW["group"], kept) if s]
    assert params(at, "statements") == expected


def test_clicking_a_pill_writes_it_into_the_url():
    at = open_app(**VIEW)
    at.main.pills[1].set_value("skeptical").run()
    assert params(at, "statements") == ["Dmytro:skeptical"]
    at.main.pills[0].set_value("supportive").run()
    assert params(at, "statements") == ["Marcin Kaczmarski:supportive", "Dmytro:skeptical"]
    assert listed(at) == [["supportive"] * 2, ["skeptical"] * 2]
    at.main.pills[0].set_value(None).run()
    at.main.pills[1].set_value(None).run()
    assert "statements" not in at.query_params and params(at, "group") == VIEW["group"]


def test_the_notice_stays_until_a_pick_changes():
    at = open_app(**VIEW, statements="Dmytro:supportive")
    at.multiselect(key="w_groups").set_value([*VIEW["group"], "author"]).run()  # a sidebar change keeps the picks
    assert any("no statements with stance “supportive”" in n for n in notices(at))
    at.main.pills[2].set_value("neutral").run()
    assert not any("“supportive”" in n for n in notices(at))


def test_other_pages_leave_the_picks_behind():
    at = open_app(**VIEW, statements="Dmytro:skeptical")
    assert pills(at) == [None, "skeptical"]
    switch_to(at, "flow").run()
    assert "statements" not in at.query_params and params(at, "group") == VIEW["group"]
    switch_to(at, "compare").run()
    assert pills(at) == [None, None] and "statements" not in at.query_params
