"""Every page renders from a deep link with no exception and keeps every view parameter."""

from __future__ import annotations

import pytest

from views.state import K_GROUPS, K_TARGET

from .conftest import open_app, param

PAGES = ["compare", "landscape", "flow", "data", "method"]
LINK = {"by": "speaker", "group": ["Volodymyr Zelensky", "Marcin Kaczmarski", "Dmytro"], "target": "NATO"}


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_from_a_deep_link_and_keeps_the_view(page):
    at = open_app(page, **LINK)
    assert not at.exception
    assert param(at, "by") == ["speaker"]
    assert param(at, "group") == LINK["group"]
    assert param(at, "target") == ["NATO"]
    assert at.multiselect(key=K_GROUPS).value == LINK["group"]
    assert at.text_input(key=K_TARGET).value == "NATO"


@pytest.mark.parametrize("page", ["landscape", "flow", "data"])
def test_article_pages_show_the_article_title(page):
    at = open_app(page)
    assert "Ukraine security guarantees" in [t.value for t in at.title]


def test_the_sidebar_suggests_targets_and_a_pick_fills_the_target_box():
    at = open_app()
    suggested = at.sidebar.pills[0]
    assert suggested.label == "Suggested targets"
    assert suggested.options[0] == "security guarantees"
    assert "Marcin Kaczmarski" in suggested.options
    suggested.set_value("Marcin Kaczmarski").run()
    assert not at.exception
    assert at.session_state[K_TARGET] == "Marcin Kaczmarski"
    assert param(at, "target") == ["Marcin Kaczmarski"]
    assert at.sidebar.pills[0].value is None  # the pick went into the box; the pills stand ready again


@pytest.mark.parametrize(
    ("target", "reading"),
    [
        ("Ukraine receives binding security guarantees from Washington", "read as a claim"),
        ("Marcin Kaczmarski", "read as a person or organisation"),
        ("security guarantees", None),
    ],
)
def test_the_header_says_how_the_target_was_read(target, reading):
    at = open_app("compare", target=target)
    assert not at.exception
    line = next(c.value for c in at.caption if "stance judged toward" in c.value)
    whole = [c.value for c in at.caption if c.value.startswith("The article as a whole")]
    if reading:
        assert reading in line
    else:
        assert "read as" not in line
    # only a claim gets the article's reading as a whole, from the learned model
    assert len(whole) == (reading == "read as a claim")
    if whole:
        assert "learned from FNC-1" in whole[0] and "probability 0." in whole[0]


def test_a_claim_the_article_never_names_gets_no_reading_as_a_whole():
    at = open_app("compare", target="Man bitten by shark in Florida")
    assert not at.exception
    line = next(c.value for c in at.caption if "stance judged toward" in c.value)
    assert "read as a claim" in line
    whole = [c.value for c in at.caption if c.value.startswith("The article as a whole")]
    assert whole == ["The article as a whole gets no reading toward the claim: no statement names the claim."]
