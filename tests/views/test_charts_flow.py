"""Flow figure and turning points: reading order, stance colours, speaker changes, escaped text."""

from __future__ import annotations

import pandas as pd
import pytest

from viewpoints import schema as S
from views import charts_flow as C
from views.palette import STANCE_COLORS, STANCE_SYMBOLS

from .conftest import SCRIPT, assert_no_raw_markup, strings


def frame_of(rows: list[tuple[str, str, float, float]]) -> pd.DataFrame:
    """A small statements frame from (speaker, section, stance_score, polarity) rows, in order."""

    def stance(v: float) -> str:
        return "supportive" if v > 0 else "skeptical" if v < 0 else "neutral"

    return pd.DataFrame(
        {
            S.SENTENCE: range(len(rows)),
            S.SPEAKER: [r[0] for r in rows],
            S.SECTION: [r[1] for r in rows],
            S.STANCE_SCORE: [r[2] for r in rows],
            S.STANCE: [stance(r[2]) for r in rows],
            S.POLARITY: [r[3] for r in rows],
            S.TEXT: [f"Statement {i}." for i in range(len(rows))],
        }
    )


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a flip against the last statement that took a side, neutral statements in between
        ([("a", "L", 1.0, 0), ("a", "L", 0.0, 0), ("b", "L", -0.6, 0)], [(2, "stance flips", 1.0, -0.6)]),
        # same side again: no turn; the first statement is never a turn
        ([("a", "L", -1.0, 0), ("b", "L", -0.5, 0), ("b", "L", 0.0, 0)], []),
        # polarity moves by more than 0.4 (0.4 exactly is not enough)
        ([("a", "L", 0, 0.0), ("a", "L", 0, 0.4), ("b", "L", 0, -0.1)], [(2, "polarity jumps", 0.4, -0.1)]),
        # both at once: two rows for one statement
        ([("a", "L", 1.0, 0.5), ("b", "L", -1.0, -0.5)], [(1, "stance flips", 1.0, -1.0), (1, "polarity jumps", 0.5, -0.5)]),
    ],
)
def test_turning_points(rows, expected):
    turns = C.turning_points(frame_of(rows))
    got = [(r[S.SENTENCE], r[C.TURN], r[C.BEFORE], r[C.AFTER]) for _, r in turns.iterrows()]
    assert got == [(n, kind, pytest.approx(b), pytest.approx(a)) for n, kind, b, a in expected]


def test_turning_points_name_who_turns_it():
    turns = C.turning_points(frame_of([("a", "L", 1.0, 0), ("b", "M", -1.0, 0)]))
    assert turns[S.SPEAKER].tolist() == ["b"] and turns[S.SECTION].tolist() == ["M"]


def test_turning_points_follow_reading_order_not_row_order():
    frame = frame_of([("a", "L", 1.0, 0), ("a", "L", 1.0, 0), ("b", "L", -1.0, 0)]).iloc[::-1]
    assert C.turning_points(frame)[S.SENTENCE].tolist() == [2]


@pytest.mark.parametrize("dtype", ["object", "string"])  # the engine's frame uses the string dtype
def test_speaker_turns_marks_each_new_speaker(dtype):
    frame = frame_of([("a", "L", 0, 0), ("a", "L", 0, 0), ("b", "L", 0, 0), ("a", "L", 0, 0)]).astype({S.SPEAKER: dtype})
    assert C.speaker_turns(frame)[S.SPEAKER].tolist() == ["a", "b", "a"]
    assert C.speaker_turns(frame)[S.SENTENCE].tolist() == [0, 2, 3]


def test_track_polarity_in_reading_order_and_stance_in_stance_colours(seed_frame):
    fig = C.track(seed_frame)
    polarity = next(t for t in fig.data if t.name == "polarity")
    assert list(polarity.x) == sorted(seed_frame[S.SENTENCE])
    assert list(polarity.customdata) == list(polarity.x)
    for stance, color in STANCE_COLORS.items():
        trace = next(t for t in fig.data if t.name == f"{STANCE_SYMBOLS[stance]} {stance}")
        assert trace.marker.color == color
        expected = sorted(seed_frame.loc[seed_frame[S.STANCE] == stance, S.SENTENCE])
        assert sorted(trace.customdata) == expected
    bars = [t for t in fig.data if t.type == "bar"]
    assert {t.name.split()[-1] for t in bars} == {"supportive", "skeptical"}


def test_track_marks_sections_and_speaker_changes(seed_frame):
    fig = C.track(seed_frame)
    changes = C.speaker_turns(seed_frame)
    shapes = fig.layout.shapes
    bands = [s for s in shapes if s.type == "rect"]
    lines = [s for s in shapes if s.type == "line" and s.line.dash == "dot"]
    rows = 3
    assert len(bands) == seed_frame[S.SECTION].nunique() * rows
    assert len(lines) == (len(changes) - 1) * rows
    assert sorted({s.x0 for s in lines}) == [n - 0.5 for n in changes[S.SENTENCE].iloc[1:]]
    labels = [a.text for a in fig.layout.annotations if a.textangle == -60]
    assert labels == [C._short(s) for s in changes[S.SPEAKER]]


def test_track_rings_every_turning_point(seed_frame):
    fig = C.track(seed_frame)
    rings = next(t for t in fig.data if t.name == "turning point")
    assert sorted(rings.x) == sorted(set(C.turning_points(seed_frame)[S.SENTENCE]))


def test_markup_in_statements_names_and_sections_is_escaped_in_the_track(payload_frame):
    texts = strings(C.track(payload_frame).to_plotly_json())
    assert_no_raw_markup(texts)
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in t for t in texts)
    assert any("&lt;b&gt;Dm&lt;/b&gt;" in t for t in texts)
    assert any("Ukrainian &lt;i&gt;skepticism&lt;/i&gt;" in t for t in texts)
    assert SCRIPT in payload_frame[S.TEXT].iloc[0]  # the planted statement really was hostile
