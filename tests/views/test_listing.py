"""Reading a plotly selection: the customdata of each selected point, and the sentences it names."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from views.listing import selected_points, selected_sentences


def event(*points):
    return SimpleNamespace(selection=SimpleNamespace(points=list(points)))


@pytest.mark.parametrize(
    ("ev", "points", "sentences"),
    [
        (None, [], []),  # a chart without on_select returns no event
        (event(), [], []),
        (event({"customdata": 5}, {"customdata": 2}, {"customdata": 5}), [[5], [2], [5]], [5, 2]),
        (event({"customdata": [17, "trust and action"]}), [[17, "trust and action"]], [17]),
        (event({"x": 1}), [], []),  # a point without customdata (a legend-only trace)
    ],
)
def test_selected_points_and_sentences(ev, points, sentences):
    assert selected_points(ev) == points
    assert selected_sentences(ev) == sentences
