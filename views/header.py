"""The page header: which article, judged against what, and what was left out."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from viewpoints import schema as S
from viewpoints.stance.claim_model import SAYS

from .text import md_escape


# how the engine read the target (``analyze``'s ``target_kind``), said beside it; an issue needs no gloss
TARGET_READINGS = {
    "claim": "read as a claim: does each statement vouch for it, report it or refute it",
    "actor": "read as a person or organisation: how each statement treats them",
}
SHOWN_CHARS = 80  # a long dropped paragraph (an editor's note) is named by its opening


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS].rsplit(" ", 1)[0] + "…"


def render(frame: pd.DataFrame, *, title: str, byline: str = "", source: str = "") -> None:
    st.title(md_escape(title), anchor=False)
    if byline or source not in ("", "seed"):
        st.caption(" · ".join(md_escape(p) for p in (byline, source) if p and p != "seed"))
    speakers = frame.loc[frame[S.SPEAKER] != S.AUTHOR, S.SPEAKER].nunique()
    read_as = TARGET_READINGS.get(frame.attrs.get("target_kind", ""))
    st.caption(
        f"{len(frame)} statements · {frame[S.SECTION].nunique()} sections · {speakers} named voices besides the author · "
        f"stance judged toward **{md_escape(frame.attrs.get('target', ''))}**" + (f" ({read_as})" if read_as else "")
    )
    reading = frame.attrs.get("claim_reading")
    if reading and reading.get("probability") is None:
        st.caption(f"The article as a whole gets no reading toward the claim: {md_escape(reading['why'])}.")
    elif reading:
        why = f": {md_escape(reading['why'])}" if reading.get("why") else ""
        st.caption(
            f"The article as a whole **{SAYS[reading['label']]}** (the model's probability {reading['probability']:.2f}, "
            f"classes weighed equally in training; next likeliest: {SAYS[reading['runner_up']]}), as weighed by a model "
            f"learned from FNC-1's headline and article pairs{why}. Each statement below keeps the claim rules' reading."
        )
    made = frame.attrs.get("corrections") or {}
    if made.get("applied") or made.get("orphaned"):
        corrected = int(frame[S.CORRECTED].sum()) if S.CORRECTED in frame else 0
        line = f":material/edit: {corrected} statement{'s' * (corrected != 1)} corrected by readers (the Data page lists every correction)"
        if made.get("orphaned"):
            line += f"; {made['orphaned']} correction{'s' * (made['orphaned'] != 1)} no longer found in the engine's reading"
        st.caption(line + ".")
    dropped = frame.attrs.get("boilerplate") or []
    if dropped:
        names = ", ".join(f"“{md_escape(_short(text))}”" for _start, _end, text in dropped)
        st.caption(f"Left out as site furniture, not article text: {names}.")
