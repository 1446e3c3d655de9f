"""The Landscape page's voices × targets matrix: suggested targets by default, chosen ones in the link."""

from __future__ import annotations

from views import charts_targets as T
from views import state as V

from .conftest import notices, open_app, open_link, param

TARGETS_KEY = V.filter_key(V.K_LANDSCAPE, V.P_TARGETS)


def targets_box(at):
    return next(m for m in at.main.multiselect if m.label == "Targets")


def test_the_matrix_opens_on_the_suggested_targets_and_leaves_them_out_of_the_link():
    at = open_app("landscape")
    assert [s.value for s in at.main.subheader][-1] == "Stance toward each target"
    assert targets_box(at).value == ["security guarantees", "Marcin Kaczmarski", "Volodymyr Zelensky"]
    assert "targets" not in at.query_params
    table = at.main.dataframe[-1].value
    assert set(table[T.TARGET]) == {"security guarantees", "Marcin Kaczmarski", "Volodymyr Zelensky"}
    # toward the issue Kaczmarski is skeptical more than supportive, as on the Compare page
    row = table[(table[T.VOICE] == "Marcin Kaczmarski") & (table[T.TARGET] == "security guarantees")].iloc[0]
    assert (row["supportive"], row["skeptical"], row["neutral"]) == (2, 4, 3)


def test_targets_chosen_are_written_to_the_link_and_a_link_opens_them():
    at = open_app("landscape")
    targets_box(at).set_value(["Dmytro", "security guarantees"]).run()
    assert not at.exception
    assert param(at, "targets") == ["Dmytro", "security guarantees"]
    again = open_link("landscape", targets=["Dmytro", "security guarantees"])
    assert targets_box(again).value == ["Dmytro", "security guarantees"]
    assert set(again.main.dataframe[-1].value[T.TARGET]) == {"Dmytro", "security guarantees"}


def test_a_link_with_too_many_targets_keeps_five_with_a_notice():
    at = open_link("landscape", targets=[f"target {n}" for n in range(7)])
    assert not at.exception
    assert len(targets_box(at).value) == V.MAX_MATRIX_TARGETS
    assert any("at most 5 targets" in n for n in notices(at))


def test_voices_from_other_articles_in_the_view_join_the_matrix(tmp_path, monkeypatch):
    from viewpoints.corpus.ingest import from_text
    from viewpoints.corpus.store import Store

    monkeypatch.setenv("VIEWPOINTS_STORE", str(tmp_path / "other.sqlite3"))
    other = Store(tmp_path / "other.sqlite3").add(from_text(
        "# Guarantees debated\n\nMarcin Kaczmarski said the security guarantees were hollow and would fail.\n"
        "Ana Ruiz, a diplomat, said the guarantees must be honoured.\n", source="paste"))
    at = open_link("landscape", article="ukraine-security-guarantees", by="speaker",
                   group=["Marcin Kaczmarski", "Dmytro", f"{other}::Marcin Kaczmarski"], targets=["security guarantees"])
    assert not at.exception
    table = at.main.dataframe[-1].value
    rows = table[table[T.VOICE] == "Marcin Kaczmarski (Guarantees debated)"]
    assert len(rows) == 1 and rows.iloc[0][T.STATEMENTS] == 1  # his statement in the other article, beside his own here
    assert "Ana Ruiz (Guarantees debated)" not in set(table[T.VOICE])  # only the groups the view chose
    assert "Marcin Kaczmarski" in set(table[T.VOICE])
