"""Analyses kept in the store: a stored article is read once per engine, target and site furniture.

``statements(store, text, ...)`` gives what ``viewpoints.analyze`` gives, from the store when this
engine (``fingerprint.engine_fingerprint``) has read the same text against the same target with the
same furniture left out, else by reading it and keeping the result (Parquet, with the frame's attrs).
Reading against the main issue also keeps the article's summary (statements, voices, stance counts),
which listings read instead of analysing, and its voices for the Voices page (``store_voices``). The engine itself never sees the store.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Collection

import pandas as pd

from .. import schema as S
from ..fingerprint import engine_fingerprint
from ..pipeline import analyze
from .corpus_furniture import furniture_of
from .store import Store, content_hash

LISTED_VOICES = 4  # voices a listing shows per article, most statements first


def to_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)  # pandas keeps `attrs` in the file's metadata
    return buffer.getvalue()


def from_bytes(data: bytes, article_id: str) -> pd.DataFrame:
    """A kept frame, as `analyze` would give it for `article_id` (the id of a text may be given
    longer when two stored texts share its start)."""
    frame = pd.read_parquet(io.BytesIO(data))
    frame.attrs = {key: _as_tuples(value) for key, value in frame.attrs.items()}
    if len(frame) and frame[S.ARTICLE_ID].iloc[0] != article_id:
        frame[S.ARTICLE_ID] = pd.Series([article_id] * len(frame), dtype=frame[S.ARTICLE_ID].dtype, index=frame.index)
    frame.attrs["article_id"] = article_id
    return frame


def _as_tuples(value):
    """Parquet metadata is JSON: lists of spans come back as lists of lists; `analyze` gives tuples."""
    if isinstance(value, list):
        return [tuple(v) if isinstance(v, list) else v for v in value]
    return value


def furniture_key(furniture: Collection[str]) -> str:
    """A short hash of the furniture paragraphs handed to the engine ("" when none)."""
    if not furniture:
        return ""
    return hashlib.sha256("\n\0".join(sorted(furniture)).encode("utf-8")).hexdigest()[:16]


def summary(frame: pd.DataFrame) -> dict:
    """What a listing shows of one reading against the main issue."""
    voices = frame.loc[frame[S.SPEAKER] != S.AUTHOR, S.SPEAKER].value_counts()
    stances = frame[S.STANCE].value_counts()
    return {
        "target": str(frame.attrs.get("target", "")),
        "statements": int(len(frame)),
        "voices": json.dumps([str(v) for v in voices.index[:LISTED_VOICES]], ensure_ascii=False),
        "voice_names": "\n".join(str(v).lower() for v in voices.index),
        **{stance: int(stances.get(stance, 0)) for stance in S.STANCES},
    }


def stale(store: Store, article_hashes: list[str]) -> list[str]:
    """Of these stored articles, those whose summary by this engine left out other furniture than their
    site repeats now (read before the site's third copy of a paragraph arrived, say)."""
    kept_keys = store.summary_furniture(engine_fingerprint(), article_hashes)
    found = []
    for article in article_hashes:
        if article not in kept_keys:
            continue
        text = store.text_of(article)
        if text is not None and furniture_key(site_furniture(store, text[0])) != kept_keys[article]:
            found.append(article)
    return found


def site_furniture(store: Store, text: str) -> tuple[str, ...]:
    """The paragraphs of a stored text that its site repeats under other stored articles."""
    return tuple(sorted(furniture_of(text, store.repeated_in(content_hash(text)))))


def statements(store: Store, text: str, *, article_id: str, target: str = "", furniture: Collection[str] = ()) -> pd.DataFrame:
    """The article's statements by this engine: kept ones when there are, else read now and kept."""
    article, engine, key = content_hash(text), engine_fingerprint(), furniture_key(furniture)
    target = target.strip()
    data = store.kept_analysis(article, engine, target, key)
    if data is not None:
        return from_bytes(data, article_id)
    frame = analyze(text, target=target or None, article_id=article_id, furniture=furniture)
    main = not target
    store.keep_analysis(article, engine, target, key, to_bytes(frame), {**summary(frame), "furniture": key} if main else None, reading=frame if main else None)
    return frame
