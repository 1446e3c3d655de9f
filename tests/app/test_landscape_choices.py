"""The Landscape page's choices are part of the link: a link opens the page with the author's narration
hidden or shown and a speaker and aspect chosen, a change is written back into the URL, and a value the
page does not offer is left out with a notice, never a traceback."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from .conftest import notices, open_link, params, switch_to

VIEW = {"by": "speaker", "group": ["Marcin Kaczmarski", "Dmytro"]}
NARRATION = "Include the author's own narration"


def by_label(widgets, label: str):
    found = [w for w in widgets if w.label == label]
    assert len(found) == 1, [w.label for w in widgets]
    return found[0]


def narration(at: AppTest):
    return by_label(at.checkbox, NARRATION)


def speaker(at: AppTest):
    return by_label(at.main.selectbox, "Speaker")


def aspect(at: AppTest):
    return by_label(at.main.selectbox, "Aspect")


def listed(at: AppTest) -> list[str]:
    """The lines saying whose statements are listed, and how many."""
    return [m.value for m in at.markdown if " on **" in m.value]


def test_a_plain_link_opens_with_the_defaults_and_adds_nothing_to_the_url():
    at = open_link("landscape", **VIEW)
    assert not at.warning, [w.value for w in at.warning]
    assert narration(at).value is True and speaker(at).value is None and aspect(at).value is None
    assert not any(p in at.query_params for p in ("narration", "speaker", "aspect"))


def test_a_link_with_choices_opens_the_landscape_page_with_them():
    at = open_link("landscape", **VIEW, narration="off", speaker="Dmytro", aspect="trust and action")
    assert not at.warning, [w.value for w in at.warning]
    assert narration(at).value is False
    assert "author" not in speaker(at).options
    assert speaker(at).value == "Dmytro" and aspect(at).value == "trust and action"
    assert listed(at) == ["**Dmytro** on **trust and action**: 2 statements"]
    # the URL keeps the choices beside the view
    assert params(at, "narration") == ["off"] and params(at, "speaker") == ["Dmytro"]
    assert params(at, "aspect") == ["trust and action"] and params(at, "group") == VIEW["group"]


def test_an_aspect_alone_from_a_link():
    at = open_link("landscape", aspect="deterrence")
    assert narration(at).value is True and speaker(at).value is None and aspect(at).value == "deterrence"
    assert listed(at) and listed(at)[0].startswith("**any speaker** on **deterrence**")
    assert params(at, "aspect") == ["deterrence"] and "speaker" not in at.query_params


@pytest.mark.parametrize(
    ("link", "notice", "kept"),
    [
        ({"narration": "maybe"}, "“narration=maybe” is neither on nor off", {}),
        ({"speaker": ["Nobody Here"], "aspect": "troops"}, "No speaker called “Nobody Here”", {"aspect": "troops"}),
        ({"aspect": "weather", "speaker": "Dmytro"}, "No aspect called “weather”", {"speaker": "Dmytro"}),
        ({"narration": "off", "speaker": "author"}, "No speaker called “author”", {"narration": "off"}),
        ({"speaker": "<script>alert(1)</script> **x**"}, "No speaker called “<script>alert(1)</script> **x**”", {}),
    ],
)
def test_a_bad_choice_is_left_out_with_a_notice(link, notice, kept):
    at = open_link("landscape", **VIEW, **link)
    said = notices(at)
    assert any(notice in n for n in said), said
    assert narration(at).value is (kept.get("narration") != "off")
    assert speaker(at).value == kept.get("speaker") and aspect(at).value == kept.get("aspect")
    for name in ("narration", "speaker", "aspect"):
        assert params(at, name) == ([kept[name]] if name in kept else [])


def test_changing_a_choice_writes_it_into_the_url():
    at = open_link("landscape", **VIEW)
    speaker(at).select("Wayne Jordash").run()
    assert params(at, "speaker") == ["Wayne Jordash"]
    narration(at).uncheck().run()
    assert params(at, "narration") == ["off"] and params(at, "speaker") == ["Wayne Jordash"]
    speaker(at).select(None).run()
    narration(at).check().run()
    assert not any(p in at.query_params for p in ("narration", "speaker", "aspect"))
    assert params(at, "group") == VIEW["group"]


def test_hiding_the_narration_drops_the_author_from_the_link():
    at = open_link("landscape", **VIEW, speaker="author")
    assert speaker(at).value == "author"
    narration(at).uncheck().run()
    assert speaker(at).value is None and "speaker" not in at.query_params


def test_the_notice_stays_until_the_choices_change():
    at = open_link("landscape", **VIEW, speaker="Nobody Here")
    at.multiselect(key="w_groups").set_value(["Dmytro", "author"]).run()  # a sidebar change keeps the choices
    assert any("Nobody Here" in n for n in notices(at))
    aspect(at).select("troops").run()
    assert not any("Nobody Here" in n for n in notices(at))


def test_the_sidebar_link_carries_the_choices():
    at = open_link("landscape", **VIEW, narration="off", aspect="troops")
    links = [c.value for c in at.sidebar.code]
    assert links and "narration=off" in links[0] and "aspect=troops" in links[0]


def test_other_pages_leave_the_choices_behind():
    at = open_link("landscape", **VIEW, narration="off", speaker="Dmytro")
    switch_to(at, "flow").run()
    assert not at.exception
    assert "narration" not in at.query_params and "speaker" not in at.query_params
    assert params(at, "group") == VIEW["group"]
    # coming back through a page link (the view only) opens the Landscape page with its defaults
    switch_to(at, "landscape").run()
    assert narration(at).value is True and speaker(at).value is None
    assert "narration" not in at.query_params
