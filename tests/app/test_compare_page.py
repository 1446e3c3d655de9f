"""The Compare page in-process (AppTest): renders, reads deep links, falls back with notices."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from views.state import K_TARGET

from .conftest import open_app, param


def run(**params) -> AppTest:
    return open_app(**params)


def headings(at: AppTest) -> list[str]:
    return [m.value[5:] for m in at.markdown if m.value.startswith("#### ")]


def test_entry_page_renders_the_seed_with_default_groups():
    at = run()
    assert at.title[0].value == "Ukraine security guarantees"
    assert len(headings(at)) == 2
    assert param(at, "by") == ["section"]
    assert param(at, "group") == at.multiselect[0].value


def test_deep_link_by_speaker_shows_exactly_those_voices():
    at = run(by="speaker", group=["Marcin Kaczmarski", "Dmytro"])
    assert headings(at) == ["Marcin Kaczmarski", "Dmytro"]
    assert not at.warning
    # each group's column carries the role the article gives the speaker
    captions = [c.value for c in at.caption]
    assert "lecturer in Security Studies at the University of Glasgow" in captions


def test_compare_by_stance_puts_supportive_beside_skeptical():
    at = run(by="stance")
    assert headings(at) == ["supportive", "skeptical"]


def test_deep_link_restores_target():
    at = run(by="section", group=["Expert views", "Takeaway", "Lead"], target="European troops")
    assert headings(at) == ["Expert views", "Takeaway", "Lead"]
    assert at.text_input(key=K_TARGET).value == "European troops"
    assert any("European troops" in c.value for c in at.caption)


@pytest.mark.parametrize(
    ("params", "expected_notice"),
    [
        ({"article": "no-such-article"}, "No article called"),
        ({"by": "colour"}, "not a way to compare"),
        ({"by": "speaker", "group": ["Nobody Here", "Dmytro"]}, "No speaker called “Nobody Here”"),
        ({"by": "section", "group": ["Takeaway"]}, "at least 2 groups"),
        ({"by": "section", "group": ["Lead", "Expert views", "Takeaway", "Ukrainian skepticism", "Beyond military pledges"]}, "At most 4"),
        ({"target": "x" * 500}, "longer than"),
    ],
)
def test_malformed_links_fall_back_with_a_visible_notice(params, expected_notice):
    at = run(**params)
    notices = [w.value for w in at.warning]
    assert any(expected_notice in n for n in notices), notices
    assert 2 <= len(headings(at)) <= 4


def test_changing_the_selection_updates_the_url():
    at = run()
    at.radio[0].set_value("speaker").run()
    assert param(at, "by") == ["speaker"]
    groups = at.multiselect[0].value
    assert len(groups) == 2 and param(at, "group") == groups
    at.multiselect[0].set_value(["Volodymyr Zelensky", "Dmytro", "author"]).run()
    assert param(at, "group") == ["Volodymyr Zelensky", "Dmytro", "author"]
    assert headings(at) == ["Volodymyr Zelensky", "Dmytro", "author"]
    at.text_input(key=K_TARGET).set_value("NATO").run()
    assert param(at, "target") == ["NATO"]


def test_one_group_asks_for_another_instead_of_failing():
    at = run()
    at.multiselect[0].set_value(["Lead"]).run()
    assert not at.exception
    assert any("at least 2 groups" in i.value for i in at.info)
