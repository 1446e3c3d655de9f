"""The Landscape page in-process: both charts, the author switch, the accessible cell chooser."""

from __future__ import annotations

import pytest

from viewpoints import schema as S
from views import landscape

from .conftest import PAYLOAD_SPEAKER, assert_no_raw_markup
from .pages import markdown_texts, open_page

MODULE = "views.landscape"


@pytest.fixture(scope="module")
def page():
    return open_page(MODULE)


def test_renders_both_charts_and_the_choosers(page, seed_frame):
    assert [h.value for h in page.header] == ["Landscape"]
    assert len(page.get("plotly_chart")) == 2
    assert page.checkbox(key="t_narration").value is True
    assert page.selectbox(key="t_speaker").options == [s for s in dict.fromkeys(seed_frame[S.SPEAKER])]
    assert not page.text  # nothing selected, no statements listed yet


def test_choosing_speaker_and_aspect_lists_exactly_those_statements(seed_frame):
    at = open_page(MODULE)
    at.selectbox(key="t_speaker").select("Dmytro")
    at.selectbox(key="t_aspect").select("trust and action").run()
    expected = seed_frame[(seed_frame[S.SPEAKER] == "Dmytro") & seed_frame[S.ASPECTS].str.contains("trust and action")]
    assert [t.value for t in at.text] == expected[S.TEXT].tolist()
    assert any(m.startswith("**Dmytro** on **trust and action**: 2 statements") for m in markdown_texts(at))


def test_choosing_only_an_aspect_lists_every_speaker_on_it(seed_frame):
    at = open_page(MODULE)
    at.selectbox(key="t_aspect").select("deterrence").run()
    expected = seed_frame[seed_frame[S.ASPECTS].str.split("; ").apply(lambda a: "deterrence" in a)]
    assert [t.value for t in at.text] == expected[S.TEXT].tolist()


def test_hiding_the_author_removes_the_author_everywhere():
    at = open_page(MODULE)
    assert "author (narration)" in at.get("plotly_chart")[0].proto.spec
    at.checkbox(key="t_narration").uncheck().run()
    assert S.AUTHOR not in at.selectbox(key="t_speaker").options
    assert "author (narration)" not in at.get("plotly_chart")[0].proto.spec


def test_names_with_markup_reach_markdown_escaped():
    at = open_page(MODULE, payload=True)
    at.selectbox(key="t_speaker").select(PAYLOAD_SPEAKER).run()
    texts = markdown_texts(at)
    assert_no_raw_markup(texts)
    assert any(r"\<b\>Dm\</b\> \& co" in t for t in texts)


@pytest.mark.parametrize(
    ("sentences", "speakers"), [([], []), ([17], ["Dmytro"]), ([5, 6, 0], ["Marcin Kaczmarski", "Volodymyr Zelensky"]), ([999], [])]
)
def test_a_selected_point_names_its_speaker(seed_frame, sentences, speakers):
    assert landscape.speakers_of(seed_frame, sentences) == speakers


def test_cell_statements(seed_frame):
    rows = landscape.cell_statements(seed_frame, "Marcin Kaczmarski", "air power")
    assert rows[S.SENTENCE].tolist() == [
        n for n, sp, a in zip(seed_frame[S.SENTENCE], seed_frame[S.SPEAKER], seed_frame[S.ASPECTS])
        if sp == "Marcin Kaczmarski" and "air power" in a.split("; ")
    ]
    assert landscape.cell_statements(seed_frame, None, None)[S.SENTENCE].tolist() == [
        n for n, a in zip(seed_frame[S.SENTENCE], seed_frame[S.ASPECTS]) if a
    ]
