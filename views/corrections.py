"""Correcting the engine where a statement is shown: its speaker (another voice of the article, a typed
name, the author) and its stance; merging two voices; the article's corrections with Undo.

Corrections are kept in the store with the article (``viewpoints.corrections``, ``Store.correct``), never
in the session, so every page, every colleague's link and a restarted server show them. The forms save
in their submit callbacks, before the page runs, so the run that follows already shows the change. A
refused correction says why and keeps what was typed. Names go through ``md_escape`` before Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from viewpoints import corrections as C
from viewpoints import schema as S
from viewpoints.corpus.store import StoreError

from . import corpus
from . import state as V
from .palette import STANCE_SYMBOLS
from .text import md_escape

KEEP = ("keep",)  # the speaker picker's "leave it as it is"
TYPED = ("typed",)  # "the name typed below"
STATEMENT_CHARS = 70  # how much of a statement its picker label shows
STATUS_WORDS = {
    C.APPLIED: "",
    C.MOVED: "found at another place in the article",
    C.UNDONE: "undone",
    C.ORPHANED: "no longer found: the engine now reads this article differently, so this correction is kept but not applied",
}


@dataclass(frozen=True)
class Correcting:
    """What a correction form needs to know about the article it corrects."""

    article: str  # the article's id in links
    key: str  # corpus.article_key: what its corrections are kept under
    voices: tuple[str, ...]  # the article's speakers as shown (corrected), author left out


def for_article(frame: pd.DataFrame, article_id: str) -> Correcting:
    voices = tuple(v for v in dict.fromkeys(frame[S.SPEAKER]) if v != S.AUTHOR)
    return Correcting(article_id, corpus.article_key(article_id), voices)


def _said_key(prefix: str) -> str:
    return f"{prefix}_said"


def _say(prefix: str, ok: bool, text: str) -> None:
    st.session_state[_said_key(prefix)] = (ok, text)


def _show_said(prefix: str) -> None:
    said = st.session_state.pop(_said_key(prefix), None)
    if said:
        ok, text = said
        (st.success if ok else st.error)(md_escape(text), icon=":material/check:" if ok else ":material/error:")


def _speaker_label(option) -> str:
    if option == KEEP:
        return "keep the speaker"
    if option == TYPED:
        return "another name (type it below)"
    return "the author" if option[1] == S.AUTHOR else option[1]


def statement_label(row) -> str:
    """A statement in a picker: its number, speaker and opening words (plain text)."""
    text = " ".join(str(getattr(row, S.TEXT)).split())
    short = text if len(text) <= STATEMENT_CHARS else text[:STATEMENT_CHARS].rsplit(" ", 1)[0] + "…"
    return f"{getattr(row, S.SENTENCE)} · {getattr(row, S.SPEAKER)} · {short}"


def correct_form(rows: pd.DataFrame, correcting: Correcting, *, key: str, fixed: bool = False) -> None:
    """A form correcting one statement of `rows`: picked in the form, or the only row when `fixed`."""
    current = {k: (getattr(r, S.SPEAKER), getattr(r, S.STANCE), int(getattr(r, S.SENTENCE))) for k, r in zip(C.keys(rows), rows.itertuples(index=False))}
    labels = {k: statement_label(r) for k, r in zip(C.keys(rows), rows.itertuples(index=False))}
    with st.form(key, border=not fixed):
        _show_said(key)
        if fixed:
            statement = next(iter(current))
        else:
            statement = st.selectbox("Statement", list(current), format_func=labels.get, key=f"{key}_statement", placeholder="pick a statement")
        speakers = [KEEP, *(("voice", v) for v in correcting.voices), ("voice", S.AUTHOR), TYPED]
        st.selectbox("Speaker", speakers, format_func=_speaker_label, key=f"{key}_speaker", help="Another voice of this article, the author, or a name you type.")
        st.text_input(
            "Name", key=f"{key}_name", placeholder="e.g. the person the article quotes",
            help=f"Plain text, up to {C.MAX_NAME_CHARS} characters; used when “another name” is chosen above.",
        )
        st.selectbox(
            "Stance", [None, *S.STANCES], key=f"{key}_stance",
            format_func=lambda s: "keep the stance" if s is None else f"{STANCE_SYMBOLS[s]} {s}",
        )
        st.form_submit_button(
            "Save correction", type="primary", on_click=_save, args=(correcting.key, key, statement if fixed else None, current),
            disabled=not current,
        )


def _save(article: str, key: str, fixed: str | None, current: dict[str, tuple[str, str, int]]) -> None:
    ss = st.session_state
    statement = fixed or ss.get(f"{key}_statement")
    if statement not in current:
        _say(key, False, "Pick a statement to correct.")
        return
    choice, typed, stance = ss.get(f"{key}_speaker", KEEP), ss.get(f"{key}_name") or "", ss.get(f"{key}_stance")
    speaker, old_stance, sentence = current[statement]
    try:
        if typed.strip() and choice not in (KEEP, TYPED):
            raise C.CorrectionError(f"You typed a name and also chose “{_speaker_label(choice)}”: choose “another name” to use the typed one, or clear it.")
        name = C.clean_name(typed) if choice == TYPED or (choice == KEEP and typed.strip()) else None if choice == KEEP else choice[1]
        records = []
        if name is not None and name != speaker:
            records.append(C.speaker(article, statement, name))
        if stance is not None and stance != old_stance:
            records.append(C.stance(article, statement, stance))
        if not records:
            raise C.CorrectionError(f"Nothing to change: statement {sentence} already reads {speaker}, {old_stance}.")
        for record in records:
            corpus.store().correct(record)
    except C.CorrectionError as exc:
        _say(key, False, _sentence(str(exc)))
        return
    except StoreError as exc:
        _say(key, False, f"The correction could not be kept ({exc}); nothing was changed.")
        return
    ss[f"{key}_name"], ss[f"{key}_speaker"], ss[f"{key}_stance"] = "", KEEP, None
    done = "; ".join(C.describe(r) for r in records)
    _say(key, True, f"Statement {sentence}: {done}.")
    st.toast(md_escape(f"Statement {sentence}: {done}."), icon=":material/edit:")  # seen even if the statement leaves its group


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def merge_form(correcting: Correcting, *, key: str) -> None:
    """Merge voice A into voice B (or into the author): every statement of A goes to B."""
    with st.form(key):
        _show_said(key)
        st.markdown("**Merge two voices**", help="The engine sometimes splits one person into two names (“Zelensky”, “Volodymyr Zelensky”).")
        st.selectbox("Merge the voice", correcting.voices, index=None, key=f"{key}_from", placeholder="a voice")
        st.selectbox("into", [*correcting.voices, S.AUTHOR], index=None, key=f"{key}_into", placeholder="a voice or the author")
        st.form_submit_button("Merge", on_click=_merge, args=(correcting.key, key), disabled=not correcting.voices)


def _merge(article: str, key: str) -> None:
    ss = st.session_state
    voice, into = ss.get(f"{key}_from"), ss.get(f"{key}_into")
    if not voice or not into:
        _say(key, False, "Choose the voice to merge and the voice it goes into.")
        return
    try:
        record = corpus.store().correct(C.merge(article, voice, into))
    except C.CorrectionError as exc:
        _say(key, False, _sentence(str(exc)))
        return
    except StoreError as exc:
        _say(key, False, f"The merge could not be kept ({exc}); nothing was changed.")
        return
    ss[f"{key}_from"] = ss[f"{key}_into"] = None
    _say(key, True, f"{_sentence(C.describe(record))}")
    _follow_merge(voice, into)


def _follow_merge(old: str, new: str) -> None:
    """A compared speaker (or a Data page speaker filter) merged away is replaced by the voice it went
    into, so the comparison keeps its place instead of losing a group."""
    ss = st.session_state
    widgets = [V.filter_key(V.K_DATA, V.P_SPEAKER)] + ([V.K_GROUPS] if ss.get(V.K_BY) == "speaker" else [])
    for widget in widgets:
        held = ss.get(widget)
        if isinstance(held, list) and old in held:
            ss[widget] = list(dict.fromkeys(new if g == old else g for g in held))


def log(frame: pd.DataFrame, correcting: Correcting, *, text: str, key: str) -> None:
    """The article's corrections, newest first, each with Undo; orphaned ones say so."""
    made = corpus.corrections_of(correcting.article)
    _show_said(key)
    if not made:
        st.caption("No corrections yet. Corrections are kept with the article: everyone opening it sees them.")
        return
    engine = corpus.engine_statements(correcting.article)  # statement keys do not depend on the target: the cached main-issue reading
    for outcome in reversed(C.outcomes(engine, made)):
        c = outcome.correction
        where = _where(c, outcome, text)
        status = STATUS_WORDS[outcome.status]
        line = f"{where}{md_escape(C.describe(c))}" + (f" · _{md_escape(status)}_" if status else "")
        with st.container(horizontal=True, vertical_alignment="center"):
            if outcome.status == C.ORPHANED:
                st.warning(line, icon=":material/link_off:")
            else:
                st.markdown(("~~" + line + "~~") if outcome.status == C.UNDONE else line)
            if outcome.status != C.UNDONE:
                st.button("Undo", key=f"{key}_undo_{c.id}", on_click=_undo, args=(c.id, key, C.describe(c)), icon=":material/undo:")


def _where(c: C.Correction, outcome: C.Outcome, text: str) -> str:
    if c.kind == C.MERGE:
        return f"{outcome.statements} statement{'s' * (outcome.statements != 1)}: " if outcome.status == C.APPLIED else ""
    if outcome.sentence is not None:
        return f"Statement {outcome.sentence}: "
    try:
        start, end = (int(n) for n in c.subject.split("-")[:2])
    except ValueError:
        return ""
    quoted = " ".join(text[start:end].split())[:STATEMENT_CHARS]
    return f"Characters {start}–{end} (“{md_escape(quoted)}”): "


def _undo(correction_id: int, key: str, described: str) -> None:
    try:
        corpus.store().undo(correction_id)
    except (C.CorrectionError, StoreError) as exc:
        _say(key, False, _sentence(str(exc)))
        return
    _say(key, True, f"Undone: {described}.")


def popover_key(key: str) -> str:
    """Session-state key of a statement card's "Correct" popover (True while it is open)."""
    return f"{key}_open"


def card_popover(row, correcting: Correcting, *, key: str) -> None:
    """The Compare page's per-statement "Correct" button; its form is drawn only while it is open, so
    a page of statements does not pay for a form per statement."""
    popover = st.popover("Correct", icon=":material/edit:", help="Give this statement another speaker or stance.", key=popover_key(key), on_change="rerun")
    if popover.open:
        with popover:
            correct_form(pd.DataFrame([row._asdict()]), correcting, key=key, fixed=True)


def note(row) -> str:
    """What a reader changed in this statement, as Markdown (empty when nothing)."""
    if not getattr(row, S.CORRECTED, False):
        return ""
    parts = []
    if getattr(row, S.SPEAKER) != getattr(row, S.ENGINE_SPEAKER):
        parts.append(f"speaker {md_escape(getattr(row, S.ENGINE_SPEAKER))}")
    if getattr(row, S.STANCE) != getattr(row, S.ENGINE_STANCE):
        parts.append(f"stance {md_escape(getattr(row, S.ENGINE_STANCE))}")
    return ":violet-badge[:material/edit: corrected] the engine said " + " and ".join(parts)
