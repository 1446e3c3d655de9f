"""The app's articles: the seeds in ``seeds/`` and the local store, with analysis cached at this edge.

Seed articles are known by their file name (``ukraine-security-guarantees``), stored ones by a prefix
of their content hash. Analyses are cached per server and kept in the store (``viewpoints.corpus.kept``), keyed
by the text's hash, the target and the site furniture found in the store: paragraphs a site repeats
verbatim under several of its stored articles (``Store.repeated_in``), handed to the engine, which never
sees the store. Readers' corrections are read from the store on every run and applied after the cached
analysis, so a correction never invalidates the cache and every page (and every server sharing the
store) shows it at once.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import streamlit as st

import viewpoints
from viewpoints import corrections as C
from viewpoints.corpus import kept
from viewpoints import schema as S
from viewpoints.compare import GROUP_COLUMN, default_groups, groups
from viewpoints.fingerprint import engine_fingerprint
from viewpoints.corpus.io import seed_catalog, title_from_id
from viewpoints.corpus.store import DATABASE_ENV, Store, StoreError, default_url

from .state import split_group

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CORPUS_ENV = "VIEWPOINTS_CORPUS"  # a Parquet dataset folder the dashboard serves read-only (views.dataset_voices)


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    byline: str
    source: str
    text: str


@st.cache_data(show_spinner=False)
def seeds() -> dict[str, Entry]:
    return {
        article_id: Entry(article_id, title_from_id(article_id), "", "seed", path.read_text(encoding="utf-8"))
        for article_id, path in seed_catalog(SEEDS).items()
    }


def database_url() -> str:
    """Where the store is: ``VIEWPOINTS_DATABASE_URL``, else Streamlit's connection secret
    (``[connections.viewpoints] url = "postgresql://..."`` in ``.streamlit/secrets.toml`` or the
    hosting's secrets), else ``VIEWPOINTS_STORE`` or the SQLite file in ``data/store``."""
    if not os.environ.get(DATABASE_ENV, "").strip():
        try:
            url = str(st.secrets["connections"]["viewpoints"]["url"]).strip()
        except Exception:  # noqa: BLE001 - no secrets file, no such section: Streamlit raises several kinds
            url = ""
        if url:
            return url
    return default_url()


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    return Store(url)  # a StoreError is not cached: the next run tries again


def read_only() -> str:
    """Why the dashboard keeps nothing ("" when it has a store): it serves a Parquet dataset
    (``VIEWPOINTS_CORPUS``), read-only, and no store is opened or created."""
    folder = os.environ.get(CORPUS_ENV, "").strip()
    if not folder:
        return ""
    return (f"this dashboard serves the read-only dataset at {folder} ({CORPUS_ENV}): its voices are on the Voices page, "
            "and nothing is added or corrected here; articles go into the dataset with viewpoints ingest --dask … --out DIR")


def store() -> Store:
    """One store per server and address; raises StoreError when it cannot be opened, or when the
    dashboard serves a dataset (``read_only``)."""
    why = read_only()
    if why:
        raise StoreError(why)
    return _store(database_url())


def store_problem() -> str | None:
    """Why the store cannot be used right now, in a reader's words; None when it can, or when the
    dashboard serves a dataset and uses no store (``read_only``)."""
    if read_only():
        return None
    try:
        store().ping()
    except StoreError as exc:
        return str(exc)
    return None


def find(article_id: str) -> Entry | None:
    """A seed by name, or a stored article by its id (or a longer prefix of its hash); None when the
    store cannot be reached (``store_problem`` says why)."""
    if article_id in seeds():
        return seeds()[article_id]
    try:
        found = store().get(article_id)
    except StoreError:
        return None
    if found is None:
        return None
    return Entry(found.id, found.title or opening(found.text), found.byline, found.source, found.text)


def opening(text: str, limit: int = 60) -> str:
    """An untitled article is named by its opening words."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0] + "…"


def title(article_id: str) -> str:
    entry = find(article_id)
    return entry.title if entry else article_id


def furniture(entry: Entry) -> tuple[str, ...]:
    """The paragraphs of a stored article that its site repeats under other stored articles."""
    if entry.source == "seed":
        return ()
    try:
        return kept.site_furniture(store(), entry.text)
    except StoreError:
        return ()


@st.cache_data(show_spinner="Reading the article: sections, speakers, stance and sentiment…", max_entries=64)
def _analysed(text_sha: str, target: str, article_id: str, furniture: tuple[str, ...], stored_in: str | None, _text: str) -> pd.DataFrame:
    # Keyed by the text's hash (and target, and its site furniture): the same text is read once per
    # server, and a stored one once per engine (kept in the store, read back on the next visit).
    if stored_in:
        try:
            return kept.statements(store(), _text, target=target, article_id=article_id, furniture=furniture)
        except StoreError:
            pass  # read it here; the page says the store is unavailable
    return viewpoints.analyze(_text, target=target or None, article_id=article_id, furniture=furniture)


def engine_statements(article_id: str, target: str = "") -> pd.DataFrame:
    """The engine's reading of the article, before readers' corrections."""
    entry = find(article_id)
    if entry is None:
        raise KeyError(article_id)
    stored_in = database_url() if entry.source != "seed" else None  # the store is part of the key: its reading is kept there
    return _analysed(C.article_key(entry.text), target, article_id, furniture(entry), stored_in, entry.text)


@st.cache_data(show_spinner=False, max_entries=64)
def _suggested(text_sha: str, article_id: str, _text: str, _frame: pd.DataFrame) -> list[tuple[str, str, str]]:
    # Keyed by the text's hash: the suggestions of one text are worked out once per server.
    return [(s.phrase, s.kind, s.why) for s in viewpoints.suggest_targets(_text, frame=_frame)]


def suggested_targets(article_id: str) -> list[tuple[str, str, str]]:
    """(phrase, kind, why) of the targets suggested for the article (``viewpoints.suggest_targets``),
    from its analysis against its main issue."""
    entry = find(article_id)
    if entry is None:
        return []
    return _suggested(C.article_key(entry.text), article_id, entry.text, engine_statements(article_id))


def statements(article_id: str, target: str = "") -> pd.DataFrame:
    """The article's statements as every page shows them: the engine's reading with the corrections
    kept for the article applied (``viewpoints.corrections.apply``: ``engine_*`` columns beside them)."""
    return C.apply(engine_statements(article_id, target), corrections_of(article_id))


def article_key(article_id: str) -> str:
    """The key an article's corrections are kept under: the SHA-256 of its text (seeds included)."""
    entry = find(article_id)
    if entry is None:
        raise KeyError(article_id)
    return C.article_key(entry.text)


def corrections_of(article_id: str) -> list[C.Correction]:
    """Every correction record of the article, undos included, oldest first (none while the store
    cannot be reached)."""
    try:
        return store().corrections(article_key(article_id))
    except StoreError:
        return []


def correction_summary() -> tuple[C.Summary, int]:
    """Corrections across the corpus (each article against its main issue), and how many live
    corrections belong to texts no longer in it (a seed whose file was edited, say). Only articles with
    corrections are read; the corpus's statement count comes from the kept summaries (articles this
    engine has not read yet are not counted)."""
    try:
        kept_records = store().corrections()
        read_elsewhere = store().statement_total(engine_fingerprint())
    except StoreError:
        kept_records, read_elsewhere = [], 0
    by_article: dict[str, list[C.Correction]] = {}
    for c in kept_records:
        by_article.setdefault(c.article, []).append(c)
    frames, orphaned, live, statements = [], 0, 0, read_elsewhere
    seed_keys = {article_key(a): a for a in seeds()}
    for key in list(by_article):
        article_id = seed_keys.get(key) or (key[:16] if find(key[:16]) is not None else None)
        if article_id is None:
            continue
        frame, outcomes = C.replay(engine_statements(article_id), by_article.pop(key))
        frames.append(frame)
        orphaned += sum(o.status == C.ORPHANED for o in outcomes)
        live += sum(o.status != C.UNDONE for o in outcomes)
    statements += sum(len(engine_statements(a)) for a in seeds())
    elsewhere = sum(len(C.live(made)) for made in by_article.values())
    return replace(C.summary(frames, orphaned=orphaned, corrections=live), statements=statements), elsewhere


def others_of(groups: Sequence[str], article_id: str, target: str = "") -> dict[str, pd.DataFrame]:
    """The frames of the other articles whose groups join the comparison ("<article>::<group>")."""
    sources = {split_group(g, article_id)[0] for g in groups} - {article_id}
    return {a: statements(a, target) for a in sorted(sources) if find(a) is not None}  # one gone (the store away): left out


def toward_with_others(article_id: str, groups: Sequence[str], by: str, target: str) -> pd.DataFrame:
    """The engine's reading of the article toward `target`, with the statements of the groups from other
    articles in the view (``<article>::<group>``) judged toward the same target, their speakers named
    "<speaker> (<article title>)" so a voice of two articles stays two rows of the voices x targets
    matrix. Other articles that cannot be opened are left out."""
    frames = [engine_statements(article_id, target)]
    column = GROUP_COLUMN[by]
    wanted: dict[str, list[str]] = {}
    for name in groups:
        source, group = split_group(name, article_id)
        if source != article_id:
            wanted.setdefault(source, []).append(group)
    for source, chosen in wanted.items():
        if find(source) is None:
            continue
        other = engine_statements(source, target)
        rows = other[other[column].isin(chosen)].copy()
        if rows.empty:
            continue
        label = title(source)
        rows[S.SPEAKER] = [f"{speaker} ({label})" if speaker != S.AUTHOR else f"the author ({label})" for speaker in rows[S.SPEAKER]]
        frames.append(rows)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def groups_of(article_id: str, by: str) -> list[str]:
    """The groups an article can be compared by (its sections, speakers or stances), judged against its main issue."""
    return groups(statements(article_id, ""), by)


def default_groups_of(article_id: str, by: str) -> list[str]:
    return default_groups(statements(article_id, ""), by)
