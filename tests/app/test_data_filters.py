"""The Data page's filters are part of the link: a link opens the page filtered, a change is written back
into the URL, and a value the article does not have is left out with a notice, never a traceback."""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from viewpoints import schema as S
from views.state import K_DATA, P_CONTAINS, P_SECTION, P_SPEAKER, P_STANCE, filter_key

from .conftest import notices, open_link, param, switch_to

VIEW = {"by": "speaker", "group": ["Marcin Kaczmarski", "Dmytro"]}


def table(at: AppTest) -> pd.DataFrame:
    return at.dataframe[0].value


def widget(at: AppTest, param_name: str):
    key = filter_key(K_DATA, param_name)
    return at.text_input(key=key) if param_name == P_CONTAINS else at.multiselect(key=key)


@pytest.fixture(scope="module")
def every_statement() -> pd.DataFrame:
    at = open_link("data", **VIEW)
    assert not at.warning, [w.value for w in at.warning]
    return table(at)


def test_a_link_with_filters_opens_the_data_page_filtered(every_statement):
    at = open_link("data", **VIEW, speaker=["Dmytro", "author"], stance="skeptical")
    assert not at.warning, [w.value for w in at.warning]
    full = every_statement
    expected = full[full[S.SPEAKER].isin(["Dmytro", "author"]) & (full[S.STANCE] == "skeptical")]
    assert 0 < len(expected) < len(full)
    assert table(at)[S.SENTENCE].tolist() == expected[S.SENTENCE].tolist()
    assert widget(at, P_SPEAKER).value == ["Dmytro", "author"]
    assert widget(at, P_STANCE).value == ["skeptical"]
    assert any(f"{len(expected)} of {len(full)} statements (filtered)" in c.value for c in at.caption)
    # the URL keeps the filters beside the view
    assert param(at, "speaker") == ["Dmytro", "author"] and param(at, "stance") == ["skeptical"]
    assert param(at, "by") == ["speaker"] and param(at, "group") == VIEW["group"]


def test_section_and_text_filters_from_a_link(every_statement):
    at = open_link("data", section=["Lead", "Takeaway"], contains="  Guarantee ")
    full = every_statement
    expected = full[full[S.SECTION].isin(["Lead", "Takeaway"]) & full[S.TEXT].str.contains("guarantee", case=False)]
    assert 0 < len(expected) < len(full)
    assert table(at)[S.SENTENCE].tolist() == expected[S.SENTENCE].tolist()
    assert widget(at, P_SECTION).value == ["Lead", "Takeaway"]
    assert widget(at, P_CONTAINS).value == "Guarantee"
    assert param(at, "contains") == ["Guarantee"]


@pytest.mark.parametrize(
    ("params", "notice", "kept"),
    [
        ({"stance": ["colour", "skeptical"]}, "“stance=colour” is not a stance", {"stance": ["skeptical"]}),
        ({"speaker": ["Nobody Here", "Dmytro"]}, "No speaker called “Nobody Here”", {"speaker": ["Dmytro"]}),
        ({"section": "Nowhere"}, "No section called “Nowhere”", {}),
        ({"speaker": "<script>alert(1)</script> **x**"}, "No speaker called “<script>alert(1)</script> **x**”", {}),
    ],
)
def test_a_bad_filter_value_is_left_out_with_a_notice(every_statement, params, notice, kept):
    at = open_link("data", **VIEW, **params)
    said = notices(at)
    assert any(notice in n for n in said), said
    for name in (P_SECTION, P_SPEAKER, P_STANCE):
        assert widget(at, name).value == kept.get(name, [])
        assert (param(at, name) if name in at.query_params else []) == kept.get(name, [])
    full = every_statement
    expected = full
    for name, column in ((P_SPEAKER, S.SPEAKER), (P_STANCE, S.STANCE)):
        if name in kept:
            expected = expected[expected[column].isin(kept[name])]
    assert table(at)[S.SENTENCE].tolist() == expected[S.SENTENCE].tolist()


def test_changing_a_filter_writes_it_into_the_url():
    at = open_link("data", **VIEW)
    assert P_STANCE not in at.query_params
    widget(at, P_STANCE).set_value(["supportive", "neutral"]).run()
    assert param(at, "stance") == ["supportive", "neutral"]
    widget(at, P_CONTAINS).input("NATO").run()
    assert param(at, "contains") == ["NATO"] and param(at, "stance") == ["supportive", "neutral"]
    widget(at, P_STANCE).set_value([]).run()
    widget(at, P_CONTAINS).input("").run()
    assert P_STANCE not in at.query_params and P_CONTAINS not in at.query_params
    assert param(at, "group") == VIEW["group"]


def test_the_notice_stays_until_the_filters_change():
    at = open_link("data", **VIEW, stance=["colour", "skeptical"])
    at.multiselect(key="w_groups").set_value(["Dmytro", "author"]).run()  # a sidebar change keeps the filters
    assert any("not a stance" in n for n in notices(at))
    widget(at, P_STANCE).set_value(["neutral"]).run()
    assert not any("not a stance" in n for n in notices(at))


def test_a_notice_shows_the_link_as_text_not_markup():
    at = open_link("data", speaker="**x** :red[y] <b>z</b>")
    assert any(r"“\*\*x\*\* \:red\[y\] \<b\>z\</b\>”" in w.value for w in at.warning), [w.value for w in at.warning]


def test_the_sidebar_link_carries_the_filters():
    at = open_link("data", **VIEW, stance="skeptical", contains="talk")
    links = [c.value for c in at.sidebar.code]
    assert links and "stance=skeptical" in links[0] and "contains=talk" in links[0]


def test_other_pages_leave_the_data_filters_behind():
    at = open_link("data", **VIEW, stance="skeptical")
    switch_to(at, "flow").run()
    assert not at.exception
    assert P_STANCE not in at.query_params and param(at, "group") == VIEW["group"]
    # coming back through a page link (the view only) opens the Data page unfiltered
    switch_to(at, "data").run()
    assert widget(at, P_STANCE).value == [] and P_STANCE not in at.query_params
