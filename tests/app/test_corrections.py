"""Corrections in the dashboard: a reader fixes a speaker or a stance where the statement is shown,
merges two voices, undoes; every page and every new session (a colleague, a restarted server) shows
it, because it is kept in the store, not in the session."""

from __future__ import annotations

import os
import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from viewpoints import corrections as C
from viewpoints import schema as S
from viewpoints.corpus.store import Store
from views import corpus
from views.corrections import TYPED

from .conftest import open_app, open_link, param, switch_to

VIEW = {"by": "speaker", "group": ["Marcin Kaczmarski", "Dmytro"]}
SEED = "ukraine-security-guarantees"
HOSTILE = "<b>Olena</b> **K** :red[x]"


@pytest.fixture(autouse=True)
def fresh_store(tmp_path):
    """Each test on a store of its own (the app keeps one store per server and address)."""
    before = os.environ.get("VIEWPOINTS_STORE")
    os.environ["VIEWPOINTS_STORE"] = str(tmp_path / "articles.sqlite3")
    yield Store(tmp_path / "articles.sqlite3")
    os.environ["VIEWPOINTS_STORE"] = before or ""


def table(at: AppTest) -> pd.DataFrame:
    return at.dataframe[0].value


def submit(at: AppTest, label: str) -> AppTest:
    [button] = [b for b in at.button if b.label == label]
    return button.click().run()


def said(at: AppTest) -> list[str]:
    return [re.sub(r"\\(.)", r"\1", m.value) for m in [*at.success, *at.error]]


def correct_on_data_page(at: AppTest, sentence: int, *, speaker=None, name: str = "", stance=None) -> AppTest:
    at.selectbox(key="data_correct_statement").set_value(_key_of(at, sentence))
    if speaker is not None:
        at.selectbox(key="data_correct_speaker").set_value(speaker)
    if name:
        at.text_input(key="data_correct_name").input(name)
    if stance is not None:
        at.selectbox(key="data_correct_stance").set_value(stance)
    return submit(at, "Save correction")


def _key_of(at: AppTest, sentence: int) -> str:
    rows = table(at)
    row = rows[rows[S.SENTENCE] == sentence].iloc[0]
    return C.statement_key(row[S.START], row[S.END], row[S.TEXT])


def first_statement_of(at: AppTest, speaker: str) -> int:
    rows = table(at)
    return int(rows.loc[rows[S.SPEAKER] == speaker, S.SENTENCE].iloc[0])


def test_a_typed_speaker_is_kept_shown_verbatim_and_seen_by_a_new_session(fresh_store):
    at = open_link("data", **VIEW)
    sentence = first_statement_of(at, "Dmytro")
    at = correct_on_data_page(at, sentence, speaker=TYPED, name=HOSTILE)
    assert not at.exception
    assert any(f"Statement {sentence}: speaker set to “{HOSTILE}”" in m for m in said(at)), said(at)
    row = table(at).set_index(S.SENTENCE).loc[sentence]
    assert (row[S.SPEAKER], row[S.ENGINE_SPEAKER], row[S.CORRECTED]) == (HOSTILE, "Dmytro", True)
    # kept in the store under the seed's content hash, nothing in the session
    [kept] = fresh_store.corrections()
    assert kept.article == C.article_key(corpus.find(SEED).text) and kept.value == HOSTILE
    # a colleague's session (a new AppTest: nothing shared but the store) opens the Compare page by speaker
    other = open_app(by="speaker", group=[HOSTILE, "Dmytro"])
    headings = [m.value for m in other.markdown if m.value.startswith("#### ")]
    assert headings[0] == "#### " + r"\<b\>Olena\</b\> \*\*K\*\* \:red\[x\]"  # escaped: shows as typed
    assert param(other, "group") == [HOSTILE, "Dmytro"] and not other.warning
    assert any("corrected" in c.value and "Dmytro" in c.value for c in other.caption)


def test_an_over_long_name_is_refused_with_a_message_and_kept_in_its_box(fresh_store):
    at = open_link("data", **VIEW)
    long_name = "N" * (C.MAX_NAME_CHARS + 5)
    at = correct_on_data_page(at, 0, speaker=TYPED, name=long_name)
    assert not at.exception
    assert any(f"at most {C.MAX_NAME_CHARS}" in m for m in said(at)), said(at)
    assert at.text_input(key="data_correct_name").value == long_name  # nothing typed is lost
    assert fresh_store.corrections() == [] and not table(at)[S.CORRECTED].any()


def test_nothing_to_change_and_a_name_with_a_voice_are_refused(fresh_store):
    at = open_link("data", **VIEW)
    at = correct_on_data_page(at, 0)
    assert any("Nothing to change" in m for m in said(at)), said(at)
    at = correct_on_data_page(at, 0, speaker=("voice", "Dmytro"), name="Someone Else")
    assert any("choose “another name”" in m for m in said(at)), said(at)
    assert fresh_store.corrections() == []


def test_stance_from_a_statement_card_on_the_compare_page(fresh_store):
    at = open_app(**VIEW)
    cards = [p.proto.popover.id.split("-", 2)[-1] for p in at.get("popover")]
    dmytro = [k for k in cards if k.startswith("compare_1_fix_")]
    assert dmytro and len(cards) == len(corpus.statements(SEED).query("speaker in @VIEW['group']"))  # one per statement
    assert not [s for s in at.selectbox if s.key and "_fix_" in s.key]  # forms are drawn only when opened
    at.session_state[dmytro[0]] = True  # open the first Dmytro card's popover
    at.run()
    sentence = int(dmytro[0].split("_")[3])
    stance_key = f"compare_1_fix_{sentence}_stance"
    engine = corpus.engine_statements(SEED).set_index(S.SENTENCE).loc[sentence]
    new = next(s for s in S.STANCES if s != engine[S.STANCE])
    at.selectbox(key=stance_key).set_value(new)
    [button] = [b for b in at.button if b.label == "Save correction" and b.form_id == f"compare_1_fix_{sentence}"]
    at = button.click().run()
    assert not at.exception
    frame = corpus.statements(SEED)
    row = frame.set_index(S.SENTENCE).loc[sentence]
    assert (row[S.STANCE], row[S.ENGINE_STANCE], row[S.SPEAKER]) == (new, engine[S.STANCE], engine[S.SPEAKER])
    assert any("corrected" in c.value and f"stance {engine[S.STANCE]}" in c.value for c in at.caption)
    assert any(f"Statement {sentence}: stance set to {new}" in re.sub(r"\\(.)", r"\1", t.value) for t in at.toast)
    # the other pages show it too: the Data page's table
    switch_to(at, "data").run()
    assert table(at).set_index(S.SENTENCE).loc[sentence, S.STANCE] == new


def test_merging_two_voices_renames_every_statement_and_the_compared_group_follows(fresh_store):
    at = open_link("data", by="speaker", group=["Wayne Jordash", "Dmytro"])
    jordash = int((table(at)[S.SPEAKER] == "Wayne Jordash").sum())
    assert jordash >= 1
    at.selectbox(key="data_merge_from").set_value("Wayne Jordash")
    at.selectbox(key="data_merge_into").set_value("Volodymyr Zelensky")
    at = submit(at, "Merge")
    assert not at.exception
    assert "Wayne Jordash" not in set(table(at)[S.SPEAKER])
    assert int((table(at)[S.ENGINE_SPEAKER] == "Wayne Jordash").sum()) == jordash
    assert param(at, "group") == ["Volodymyr Zelensky", "Dmytro"]
    assert any(f"{jordash} statement" in m.value and "merged into" in m.value for m in at.markdown)


def test_undo_takes_a_correction_back_for_everyone(fresh_store):
    at = open_link("data", **VIEW)
    at = correct_on_data_page(at, 0, speaker=("voice", S.AUTHOR))
    assert table(at)[S.CORRECTED].sum() == 1
    [made] = fresh_store.corrections()
    at.button(key=f"data_log_undo_{made.id}").click().run()
    assert not at.exception and not table(at)[S.CORRECTED].any()
    assert "Undone: speaker set to “author”." in said(at)
    assert [c.kind for c in fresh_store.corrections()] == ["speaker", "undo"]
    fresh = open_link("data", **VIEW)  # a new session, the same store
    assert not table(fresh)[S.CORRECTED].any()
    assert any("~~" in m.value and "undone" in m.value for m in fresh.markdown)


def test_a_correction_of_a_statement_the_engine_no_longer_has_is_listed(fresh_store):
    text = corpus.find(SEED).text
    gone = C.statement_key(0, 25, text[:25])  # no statement is cut there
    fresh_store.correct(C.speaker(C.article_key(text), gone, "Somebody"))
    at = open_link("data", **VIEW)
    assert not at.exception and not table(at)[S.CORRECTED].any()
    warnings = [w.value for w in at.warning]
    assert any("no longer found" in w and "Characters 0–25" in w for w in warnings), warnings
    assert any("1 correction no longer found" in c.value for c in at.caption)
    assert at.button(key=f"data_log_undo_{fresh_store.corrections()[0].id}")  # can still be taken back


def test_the_method_page_counts_corrections_across_the_corpus(fresh_store):
    at = open_link("method")
    assert any("No reader has corrected" in m.value for m in at.markdown)
    text = corpus.find(SEED).text
    engine = corpus.engine_statements(SEED)
    keys = C.keys(engine)
    article = C.article_key(text)
    flip = {s: next(o for o in S.STANCES if o != s) for s in S.STANCES}
    fresh_store.correct(C.stance(article, keys[0], flip[engine[S.STANCE][0]]))  # stance only: speaker kept
    fresh_store.correct(C.speaker(article, keys[1], "Someone"))  # speaker only: stance kept
    fresh_store.correct(C.speaker(article, keys[2], "Someone"))
    at = open_link("method")
    text_shown = " ".join(m.value for m in at.markdown)
    assert f"Readers have corrected **3** of the {len(engine)} statements" in text_shown, text_shown
    assert "the engine's speaker was kept in 1 (33%)" in text_shown
    assert "the engine's stance in 2 (67%)" in text_shown


def test_downloads_carry_the_engine_label_and_the_corrected_one(fresh_store):
    at = open_link("data", **VIEW)
    at = correct_on_data_page(at, 0, speaker=TYPED, name="Olena K")
    buttons = {b.label: b for b in at.get("download_button")}
    assert {"CSV", "JSON", "Parquet", "HTML report"} <= set(buttons)
    frame = table(at)
    assert {S.ENGINE_SPEAKER, S.ENGINE_STANCE, S.CORRECTED} <= set(frame.columns)
