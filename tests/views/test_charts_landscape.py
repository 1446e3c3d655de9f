"""Landscape figures: one point per speaker at the right place, counts per cell, escaped text."""

from __future__ import annotations

import pandas as pd
import pytest

from viewpoints import schema as S
from views import charts_landscape as C
from views.palette_sections import COUNT_SCALE, section_colors

from .conftest import PAYLOAD_SPEAKER, assert_no_raw_markup, strings


def _points(fig):
    """(speaker-first-sentence, x, y, size, colour, symbol) of every speaker point."""
    out = []
    for trace in fig.data:
        sizes = trace.marker.size if isinstance(trace.marker.size, tuple) else [trace.marker.size] * len(trace.x)
        for n, x, y, size in zip(trace.customdata, trace.x, trace.y, sizes):
            out.append((int(n), x, y, size, trace.marker.color, trace.marker.symbol, trace.name))
    return out


def test_summary_counts_means_and_main_section(seed_frame):
    summary = C.speaker_summary(seed_frame)
    assert list(summary.index) == list(dict.fromkeys(seed_frame[S.SPEAKER]))
    for name, row in summary.iterrows():
        own = seed_frame[seed_frame[S.SPEAKER] == name]
        assert row[C.STATEMENTS] == len(own)
        assert row[C.MEAN_POLARITY] == pytest.approx(own[S.POLARITY].mean())
        assert row[C.MEAN_STANCE] == pytest.approx(own[S.STANCE_SCORE].mean())
        assert row[C.MAIN_SECTION] == own[S.SECTION].value_counts().index[0] or (
            own[S.SECTION].value_counts().iloc[0] == own[S.SECTION].value_counts()[row[C.MAIN_SECTION]]
        )
        assert row[C.FIRST_SENTENCE] == own[S.SENTENCE].min()


def test_main_section_tie_goes_to_the_earlier_section():
    frame = pd.DataFrame({S.SPEAKER: ["a", "a"], S.SECTION: ["First", "Second"], S.SENTENCE: [0, 1], S.POLARITY: [0.0, 0.0],
                          S.STANCE_SCORE: [0.0, 0.0], S.SPEAKER_KIND: ["person"] * 2, S.SPEAKER_ROLE: ["", ""]})
    assert C.speaker_summary(frame).loc["a", C.MAIN_SECTION] == "First"


def test_speaker_map_places_every_speaker_once_with_its_means_size_and_section_colour(seed_frame):
    fig = C.speaker_map(seed_frame)
    summary = C.speaker_summary(seed_frame)
    colors = section_colors(seed_frame[S.SECTION])
    points = _points(fig)
    assert sorted(p[0] for p in points) == sorted(summary[C.FIRST_SENTENCE])
    by_first = {row[C.FIRST_SENTENCE]: (name, row) for name, row in summary.iterrows()}
    for first, x, y, size, color, symbol, _name in points:
        name, row = by_first[first]
        assert x == pytest.approx(row[C.MEAN_POLARITY]) and y == pytest.approx(row[C.MEAN_STANCE])
        assert size == pytest.approx(C.marker_size(int(row[C.STATEMENTS])))
        if name == S.AUTHOR:
            assert symbol == "diamond-open"
        else:
            assert color == colors[row[C.MAIN_SECTION]]
    # more statements, bigger point
    sizes = {by_first[p[0]][0]: p[3] for p in points}
    assert sizes["Marcin Kaczmarski"] > sizes["Dmytro"]


def test_speaker_map_without_the_author_has_no_author_trace(seed_frame):
    fig = C.speaker_map(seed_frame[seed_frame[S.SPEAKER] != S.AUTHOR])
    assert all("author" not in (t.name or "") for t in fig.data)
    assert len(_points(fig)) == seed_frame.loc[seed_frame[S.SPEAKER] != S.AUTHOR, S.SPEAKER].nunique()


def test_speaker_labels_do_not_collide_on_a_phone(seed_frame):
    summary = C.speaker_summary(seed_frame)
    places = C.label_positions(summary, x_range=(-0.25, 0.25), y_range=(-1.35, 1.35))
    assert set(places) == set(summary.index)
    assert set(places.values()) <= set(C.POSITIONS)
    # Zelensky and Jordash stand side by side at the top: their labels must not share a row
    assert places["Volodymyr Zelensky"] != places["Wayne Jordash"]


def test_aspect_matrix_counts_statements_per_speaker_and_aspect(seed_frame):
    matrix = C.aspect_matrix(seed_frame)
    for speaker in matrix.index:
        for aspect in matrix.columns:
            own = seed_frame[seed_frame[S.SPEAKER] == speaker]
            expected = sum(aspect in str(a).split("; ") for a in own[S.ASPECTS])
            assert matrix.loc[speaker, aspect] == expected
    assert list(matrix.sum().values) == sorted(matrix.sum().values, reverse=True)  # most touched first


def test_aspect_heatmap_text_is_counts_and_each_nonempty_cell_is_selectable(seed_frame):
    fig = C.aspect_heatmap(seed_frame)
    heat, cells = fig.data
    matrix = C.aspect_matrix(seed_frame)
    assert heat.texttemplate == "%{z}" and [list(c) for c in heat.colorscale] == COUNT_SCALE
    assert sum(v or 0 for row in heat.z for v in row) == matrix.to_numpy().sum()
    assert len(cells.customdata) == int((matrix.to_numpy() > 0).sum())
    first = seed_frame.groupby(S.SPEAKER)[S.SENTENCE].min()
    for (sentence, aspect), label in zip(cells.customdata, cells.x):
        speaker = first[first == sentence].index[0]
        assert matrix.loc[speaker, aspect] > 0
        assert label.replace("<br>", " ") == speaker


def test_markup_in_names_and_sections_is_escaped_in_every_landscape_figure(payload_frame):
    for fig in (C.speaker_map(payload_frame), C.aspect_heatmap(payload_frame)):
        texts = strings(fig.to_plotly_json())
        assert_no_raw_markup(texts)
        assert any("&lt;b&gt;Dm&lt;/b&gt; &amp; co" in t for t in texts)
    assert PAYLOAD_SPEAKER in C.speaker_summary(payload_frame).index  # the data keeps the name as written
