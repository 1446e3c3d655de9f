"""Readers' corrections replayed over the engine's frame: speaker, stance, merge, undo, orphans."""

from __future__ import annotations

import pandas as pd
import pytest

import viewpoints
from viewpoints import corrections as C
from viewpoints import schema as S

ARTICLE = """Bridge repairs
The mayor said the old bridge must be repaired before the spring floods.
Ana Ruiz, a council member, doubts the repairs will ever be paid for.
The bridge opened in 1931.
Tolls
Bo Chan, a driver, said tolls would be welcome.
"""


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return viewpoints.analyze(ARTICLE)


@pytest.fixture(scope="module")
def key() -> str:
    return C.article_key(ARTICLE)


def numbered(*corrections: C.Correction) -> list[C.Correction]:
    """As the store gives them back: with ids in the order they were made."""
    return [C.with_id(c, i) for i, c in enumerate(corrections, start=1)]


def row_of(frame: pd.DataFrame, words: str) -> int:
    return int(frame.index[frame[S.TEXT].str.contains(words, regex=False)][0])


def test_the_engine_reading_is_what_the_tests_assume(frame):
    assert list(dict.fromkeys(frame[S.SPEAKER])) == ["mayor", "Ana Ruiz", "author", "Bo Chan"]


def test_no_corrections_adds_the_engine_columns_and_changes_nothing(frame):
    out = C.apply(frame, [])
    assert list(out.columns) == list(S.ALL_COLUMNS)
    assert {c: str(t) for c, t in out.dtypes.items()} == S.ALL_COLUMNS
    assert out[S.ENGINE_SPEAKER].tolist() == frame[S.SPEAKER].tolist() == out[S.SPEAKER].tolist()
    assert not out[S.CORRECTED].any()
    assert S.ENGINE_SPEAKER not in frame.columns  # the engine's frame is left alone


def test_a_speaker_and_a_stance_correction(frame, key):
    keys = C.keys(frame)
    fact, tolls = row_of(frame, "opened in 1931"), row_of(frame, "tolls")
    out = C.apply(frame, numbered(C.speaker(key, keys[fact], "Ana Ruiz"), C.stance(key, keys[tolls], "skeptical")))
    assert out[S.SPEAKER][fact] == "Ana Ruiz" and out[S.ENGINE_SPEAKER][fact] == "author"
    assert out[S.SPEAKER_KIND][fact] == "person" and out[S.SPEAKER_ROLE][fact] == frame[S.SPEAKER_ROLE][row_of(frame, "doubts")]
    assert out[S.STANCE][tolls] == "skeptical" and out[S.ENGINE_STANCE][tolls] == frame[S.STANCE][tolls] != "skeptical"
    assert out[S.CORRECTED].tolist() == [i in (fact, tolls) for i in range(len(frame))]
    assert out.attrs["corrections"] == {"applied": 2, "orphaned": 0}
    assert out.attrs["target"] == frame.attrs["target"]


def test_giving_a_statement_to_the_author(frame, key):
    row = row_of(frame, "tolls")
    out = C.apply(frame, numbered(C.speaker(key, C.keys(frame)[row], S.AUTHOR)))
    assert (out[S.SPEAKER][row], out[S.SPEAKER_KIND][row], out[S.SPEAKER_ROLE][row]) == (S.AUTHOR, S.AUTHOR, "")


def test_merging_a_voice_renames_every_statement_of_it(frame, key):
    out, [outcome] = C.replay(frame, numbered(C.merge(key, "mayor", "Bo Chan")))
    mayor = frame[S.SPEAKER] == "mayor"
    assert mayor.sum() >= 1 and outcome.statements == mayor.sum() and outcome.status == C.APPLIED
    assert (out.loc[mayor, S.SPEAKER] == "Bo Chan").all()
    assert "mayor" not in set(out[S.SPEAKER])
    assert out[S.CORRECTED].tolist() == mayor.tolist()


def test_later_corrections_see_earlier_ones_and_an_undo_takes_one_back(frame, key):
    row = row_of(frame, "opened in 1931")
    made = numbered(C.speaker(key, C.keys(frame)[row], "mayor"), C.merge(key, "mayor", "Mayor Lee"))
    out = C.apply(frame, made)
    assert out[S.SPEAKER][row] == "Mayor Lee"  # the merge carries the corrected statement with it
    undone = [*made, C.with_id(C.undo(made[0]), 3)]
    out, outcomes = C.replay(frame, undone)
    assert out[S.SPEAKER][row] == "author"
    assert [o.status for o in outcomes] == [C.UNDONE, C.APPLIED]


def test_a_statement_the_engine_no_longer_has_is_orphaned_not_dropped(frame, key):
    gone = C.statement_key(3, 40, "The mayor said the bridge is unsafe and must close.")
    out, outcomes = C.replay(frame, numbered(C.speaker(key, gone, "Ana Ruiz"), C.merge(key, "Nobody Here", "author")))
    assert [o.status for o in outcomes] == [C.ORPHANED, C.ORPHANED]
    assert not out[S.CORRECTED].any()
    assert out.attrs["corrections"] == {"applied": 0, "orphaned": 2}


def test_a_statement_found_at_other_offsets_keeps_its_correction(frame, key):
    row = row_of(frame, "opened in 1931")
    text = frame[S.TEXT][row]
    moved = C.statement_key(int(frame[S.START][row]) + 7, int(frame[S.END][row]) + 7, text)  # e.g. a heading grew
    out, [outcome] = C.replay(frame, numbered(C.stance(key, moved, "supportive")))
    assert outcome.status == C.MOVED and outcome.sentence == int(frame[S.SENTENCE][row])
    assert out[S.STANCE][row] == "supportive"


@pytest.mark.parametrize("name", ['<img src=x onerror="alert(1)">', "**bold** :red[x] [a](javascript:x)", "O'Brien & Sons"])
def test_a_typed_name_is_kept_as_the_characters_typed(frame, key, name):
    row = row_of(frame, "tolls")
    out = C.apply(frame, numbered(C.speaker(key, C.keys(frame)[row], name)))
    assert out[S.SPEAKER][row] == name


@pytest.mark.parametrize(
    ("name", "reason"),
    [("x" * (C.MAX_NAME_CHARS + 1), f"at most {C.MAX_NAME_CHARS}"), ("   ", "type a name"), ("Ana\x00Ruiz", "control characters")],
)
def test_a_bad_name_is_refused_with_a_reason(key, name, reason):
    with pytest.raises(C.CorrectionError, match=reason):
        C.speaker(key, "0-1-abc", name)


def test_the_longest_name_allowed_and_spaces_collapsed(key):
    assert C.speaker(key, "0-1-abc", "  Ana   Ruiz ").value == "Ana Ruiz"
    assert len(C.speaker(key, "0-1-abc", "y" * C.MAX_NAME_CHARS).value) == C.MAX_NAME_CHARS


def test_bad_stances_merges_and_undos_are_refused(key):
    with pytest.raises(C.CorrectionError, match="not a stance"):
        C.stance(key, "0-1-abc", "angry")
    with pytest.raises(C.CorrectionError, match="itself"):
        C.merge(key, "Ana Ruiz", " Ana Ruiz")
    with pytest.raises(C.CorrectionError, match="kept"):
        C.undo(C.stance(key, "0-1-abc", "neutral"))


def test_summary_counts_what_was_kept(frame, key):
    keys = C.keys(frame)
    stance_only = C.stance(key, keys[row_of(frame, "tolls")], "skeptical")
    speaker_only = C.speaker(key, keys[row_of(frame, "1931")], "Ana Ruiz")
    both = [C.speaker(key, keys[0], "Bo Chan"), C.stance(key, keys[0], "skeptical" if frame[S.STANCE][0] != "skeptical" else "neutral")]
    out = C.apply(frame, numbered(stance_only, speaker_only, *both))
    untouched = C.apply(frame, [])
    s = C.summary([out, untouched], corrections=4)
    assert (s.articles, s.statements, s.corrected, s.speaker_kept, s.stance_kept) == (1, 2 * len(frame), 3, 1, 1)
    assert s.share(s.speaker_kept) == pytest.approx(1 / 3)
    assert C.summary([untouched]).share(0) is None
