"""The engine's readings in the store: each reading kept (``analyses``, which ``viewpoints.corpus.kept``
decides and encodes) and each article's summary for an engine (``summaries``), with what reads them
back: the reading of an article, the articles an engine has not read, and one page of the articles with
their summaries, searched and sorted in the database. ``Readings`` is the part of ``Store`` that does
this. No Streamlit here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone

import pandas as pd
import sqlalchemy as sa

from . import store_schema as T
from .database import dialect_insert, like_escape, reachable
from .store_voices import MAX_SEARCH_WORDS, corrected_rows, write_voices

A, M, N = T.articles, T.summaries, T.analyses
# What a page of articles can be sorted by, and the column each sorts on.
_SORTS = {
    "added": A.c.added_at, "title": sa.func.lower(A.c.title), "source": A.c.source, "statements": M.c.statements,
    "supportive": M.c.supportive, "skeptical": M.c.skeptical, "neutral": M.c.neutral,
}


class Readings:
    """The Store's reading methods (it provides ``_read``, ``_write``, ``_short_id`` and the error
    wrapping)."""

    @reachable
    def kept_analysis(self, article_hash: str, engine: str, target: str, furniture: str) -> bytes | None:
        query = sa.select(N.c.statements).where(N.c.article == article_hash, N.c.engine == engine, N.c.target == target, N.c.furniture == furniture)
        with self._read() as conn:
            return conn.execute(query).scalar()

    @reachable
    def keep_analysis(self, article_hash: str, engine: str, target: str, furniture: str, statements: bytes, summary: dict | None = None, reading: pd.DataFrame | None = None) -> None:
        """Keep one reading (a second writer of the same reading changes nothing) and, for the main
        issue, the article's summary for this engine and its voices (from `reading`, the frame kept as
        `statements`, with the article's corrections applied)."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._write() as conn:
            insert = dialect_insert(conn)
            conn.execute(
                insert(N)
                .values(article=article_hash, engine=engine, target=target, furniture=furniture, statements=statements, computed_at=now)
                .on_conflict_do_nothing()
            )
            if summary is not None:
                values = dict(article=article_hash, engine=engine, **summary)
                upsert = insert(M).values(**values)
                conn.execute(upsert.on_conflict_do_update(index_elements=["article", "engine"], set_={k: upsert.excluded[k] for k in summary}))
                if reading is not None:
                    write_voices(conn, article_hash, engine, corrected_rows(conn, article_hash, reading))

    @reachable
    def drop_other_engines(self, engine: str) -> int:
        """Delete the analyses and summaries other engines kept (never read again by this one); how many
        analyses went."""
        with self._write() as conn:
            gone = conn.execute(sa.delete(N).where(N.c.engine != engine)).rowcount
            conn.execute(sa.delete(M).where(M.c.engine != engine))
            conn.execute(sa.delete(T.voices).where(T.voices.c.engine != engine))
            conn.execute(sa.delete(T.voice_totals).where(T.voice_totals.c.engine != engine))
            conn.execute(sa.delete(T.people).where(T.people.c.engine != engine))
        return int(gone or 0)

    @reachable
    def statement_total(self, engine: str) -> int:
        """Statements of every stored article this engine has read (against its main issue)."""
        with self._read() as conn:
            return int(conn.execute(sa.select(sa.func.coalesce(sa.func.sum(M.c.statements), 0)).where(M.c.engine == engine)).scalar_one())

    @reachable
    def summary_furniture(self, engine: str, article_hashes: Iterable[str]) -> dict[str, str]:
        """Article -> the furniture key of its summary by this engine (articles it has read)."""
        wanted = list(article_hashes)
        with self._read() as conn:
            return {a: f for a, f in conn.execute(sa.select(M.c.article, M.c.furniture).where(M.c.engine == engine, M.c.article.in_(wanted)))} if wanted else {}

    @reachable
    def unread(self, engine: str, *, among: Iterable[str] | None = None, limit: int | None = None) -> list[str]:
        """Hashes of stored articles (of `among`, if given) with no summary by this engine (never read
        by it), oldest first."""
        query = (
            sa.select(A.c.hash)
            .outerjoin(M, sa.and_(M.c.article == A.c.hash, M.c.engine == engine))
            .where(M.c.article.is_(None))
            .order_by(A.c.added_at, A.c.hash)
            .limit(limit)
        )
        if among is not None:
            query = query.where(A.c.hash.in_(list(among)))
        with self._read() as conn:
            return list(conn.execute(query).scalars())

    @reachable
    def page(self, engine: str, *, search: str = "", sort: str = "added", descending: bool = True, offset: int = 0, limit: int = 25, count: bool = True) -> tuple[list[dict], int | None]:
        """One page of the stored articles with this engine's summaries (None where it has not read
        one yet), searched (title, source, voices, text; case-insensitive) and sorted in the database;
        and how many articles match in all (None with ``count=False``: a picker needs no total)."""
        joined = A.outerjoin(M, sa.and_(M.c.article == A.c.hash, M.c.engine == engine))
        where = sa.true()
        for word in search.split()[:MAX_SEARCH_WORDS]:  # every word somewhere: title, source, voices or text
            pattern = f"%{like_escape(word.lower())}%"
            where = sa.and_(where, sa.or_(*(sa.func.lower(col).like(pattern, escape="\\") for col in (A.c.title, A.c.source, M.c.voice_names, A.c.text))))
        order = _SORTS.get(sort)
        if order is None:
            raise ValueError(f"cannot sort by {sort!r}")
        ordered = (order.desc().nulls_last() if descending else order.asc().nulls_last(), A.c.hash)
        opening = sa.func.substr(A.c.text, 1, 200).label("opening")  # names an untitled article
        columns = (A.c.hash, A.c.title, opening, A.c.source, A.c.added_at, A.c.published, A.c.chars, M.c.target, M.c.statements, M.c.voices, M.c.supportive, M.c.skeptical, M.c.neutral)
        query = sa.select(*columns).select_from(joined).where(where).order_by(*ordered).offset(max(0, offset)).limit(max(1, limit))
        with self._read() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(joined).where(where)).scalar_one() if count else None
            rows = []
            for row in conn.execute(query).mappings():
                rows.append({**row, "id": self._short_id(conn, row["hash"]), "voices": json.loads(row["voices"]) if row["voices"] else None})
        return rows, total
