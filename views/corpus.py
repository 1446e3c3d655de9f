"""The app's articles: the seeds in ``seeds/`` and the local store, with analysis cached at this edge.

Seed articles are known by their file name (``ukraine-security-guarantees``), stored ones by a prefix
of their content hash. Analyses are cached per server, keyed by the text's hash, the target and the
site furniture found in the store: paragraphs a site repeats verbatim under several of its stored
articles (``Store.repeated_paragraphs``), handed to the engine, which never sees the store. Readers'
corrections are read from the store on every run and applied after the cached analysis, so a correction
never invalidates the cache and every page (and every server sharing the store) shows it at once.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

import viewpoints
from viewpoints import corrections as C
from viewpoints import schema as S
from viewpoints.compare import default_groups, groups, stance_counts
from viewpoints.io import seed_catalog, title_from_id
from viewpoints.store import DATABASE_ENV, Store, default_url, StoreError, furniture_of, site_of

from .state import split_group

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


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


def store() -> Store:
    """One store per server and address; raises StoreError when it cannot be opened."""
    return _store(database_url())


def store_problem() -> str | None:
    """Why the store cannot be used right now, in a reader's words; None when it can."""
    try:
        store().version()
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
    return Entry(found.id, found.title or _opening(found.text), found.byline, found.source, found.text)


def _opening(text: str, limit: int = 60) -> str:
    """An untitled article is named by its opening words."""
    words = " ".join(text.split())
    return words if len(words) <= limit else words[:limit].rsplit(" ", 1)[0] + "…"


def ids() -> list[str]:
    """Every article a view can name: seeds first, then stored articles, newest first."""
    try:
        stored = [info.id for info in store().list()]
    except StoreError:
        stored = []  # the seeds still open
    return list(seeds()) + stored


def title(article_id: str) -> str:
    entry = find(article_id)
    return entry.title if entry else article_id


@st.cache_data(show_spinner=False, max_entries=4)
def _site_furniture(version: tuple[int, str]) -> dict[str, frozenset[str]]:
    # Keyed by the store's version: worked out again only when an article has been added.
    return store().repeated_paragraphs()


def furniture(entry: Entry) -> tuple[str, ...]:
    """The paragraphs of a stored article that its site repeats under other stored articles."""
    if entry.source == "seed":
        return ()
    try:
        repeated = _site_furniture(store().version()).get(site_of(entry.source), frozenset())
    except StoreError:
        return ()
    return tuple(sorted(furniture_of(entry.text, repeated)))


@st.cache_data(show_spinner="Reading the article: sections, speakers, stance and sentiment…", max_entries=64)
def _analysed(text_sha: str, target: str, article_id: str, furniture: tuple[str, ...], _text: str) -> pd.DataFrame:
    # Keyed by the text's hash (and target, and its site furniture): the same text is analysed once per server.
    return viewpoints.analyze(_text, target=target or None, article_id=article_id, furniture=furniture)


def engine_statements(article_id: str, target: str = "") -> pd.DataFrame:
    """The engine's reading of the article, before readers' corrections."""
    entry = find(article_id)
    if entry is None:
        raise KeyError(article_id)
    return _analysed(C.article_key(entry.text), target, article_id, furniture(entry), entry.text)


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
    corrections belong to texts no longer in it (a seed whose file was edited, say)."""
    frames, orphaned, live = [], 0, 0
    by_article: dict[str, list[C.Correction]] = {}
    try:
        kept = store().corrections()
    except StoreError:
        kept = []
    for c in kept:
        by_article.setdefault(c.article, []).append(c)
    for article_id in ids():
        made = by_article.pop(article_key(article_id), [])
        frame, outcomes = C.replay(engine_statements(article_id), made)
        frames.append(frame)
        orphaned += sum(o.status == C.ORPHANED for o in outcomes)
        live += sum(o.status != C.UNDONE for o in outcomes)
    elsewhere = sum(len(C.live(made)) for made in by_article.values())
    return C.summary(frames, orphaned=orphaned, corrections=live), elsewhere


def others_of(groups: Sequence[str], article_id: str, target: str = "") -> dict[str, pd.DataFrame]:
    """The frames of the other articles whose groups join the comparison ("<article>::<group>")."""
    sources = {split_group(g, article_id)[0] for g in groups} - {article_id}
    return {a: statements(a, target) for a in sorted(sources)}


def groups_of(article_id: str, by: str) -> list[str]:
    """The groups an article can be compared by (its sections, speakers or stances), judged against its main issue."""
    return groups(statements(article_id, ""), by)


def default_groups_of(article_id: str, by: str) -> list[str]:
    return default_groups(statements(article_id, ""), by)


def listing() -> pd.DataFrame:
    """One row per article with speaker and stance summaries, for the Articles page."""
    rows = []
    for article_id in ids():
        entry = find(article_id)
        if entry is None:
            continue
        frame = statements(article_id)
        named = frame.loc[frame[S.SPEAKER] != S.AUTHOR, S.SPEAKER]
        counts = stance_counts(frame)
        rows.append({
            "id": article_id,
            "title": entry.title,
            "source": entry.source,
            "statements": len(frame),
            "voices": ", ".join(named.value_counts().index[:4]),
            "supportive": int(counts["supportive"]),
            "skeptical": int(counts["skeptical"]),
            "neutral": int(counts["neutral"]),
            "corrected": int(frame[S.CORRECTED].sum()),
            "target": frame.attrs.get("target", ""),
        })
    return pd.DataFrame(rows)
