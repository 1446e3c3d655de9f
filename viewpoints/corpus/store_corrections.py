"""Readers' corrections in the store: the one place their table (``corrections``) is read and written.

A correction is appended, never changed: taking one back appends an undo record (``corrections.undo``),
and what holds is what ``corrections.live`` leaves. Each write refreshes the article's voices
(``store_voices.refresh_article``) so the Voices page shows the article as corrected.
``CorrectionRecords`` is the part of ``Store`` that does this. No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from ..corrections import UNDO, Correction, CorrectionError, live
from ..corrections import undo as undo_record
from . import store_schema as T
from .database import reachable
from .store_voices import refresh_article

K = T.corrections
_COLUMNS = (K.c.id, K.c.article, K.c.kind, K.c.subject, K.c.value, K.c.created_at)


class CorrectionRecords:
    """The Store's correction methods (it provides ``_read``, ``_write`` and the error wrapping)."""

    def correct(self, correction: Correction) -> Correction:
        """Keep a correction (an undo too: use ``undo``) and return it with its id."""
        if correction.kind == UNDO:
            raise CorrectionError("take a correction back with Store.undo")
        return self._append(correction)

    @reachable
    def undo(self, correction_id: int, *, at: str | None = None) -> Correction:
        """Take back a live correction by appending an undo record; refused if it is not live."""
        with self._read() as conn:
            row = conn.execute(sa.select(*_COLUMNS).where(K.c.id == int(correction_id))).first()
        if row is None:
            raise CorrectionError(f"there is no correction {correction_id}")
        target = _correction(tuple(row))
        if target not in live(self.corrections(target.article)):
            raise CorrectionError("that correction has already been undone")
        return self._append(undo_record(target, at=at))

    @reachable
    def _append(self, c: Correction) -> Correction:
        with self._write() as conn:
            new_id = conn.execute(
                sa.insert(K).values(article=c.article, kind=c.kind, subject=c.subject, value=c.value, created_at=c.created_at).returning(K.c.id)
            ).scalar_one()
            refresh_article(conn, c.article)  # the Voices page shows the article as corrected
        return Correction(c.article, c.kind, c.subject, c.value, c.created_at, new_id)

    @reachable
    def corrected_among(self, article_hashes: Iterable[str]) -> set[str]:
        """Which of these articles (content hashes) have correction records."""
        wanted = list(article_hashes)
        if not wanted:
            return set()
        with self._read() as conn:
            return set(conn.execute(sa.select(K.c.article).where(K.c.article.in_(wanted)).distinct()).scalars())

    @reachable
    def corrections(self, article: str | None = None) -> list[Correction]:
        """Every correction record of one article (by its content hash), or of all, oldest first."""
        query = sa.select(*_COLUMNS).order_by(K.c.id)
        if article is not None:
            query = query.where(K.c.article == article)
        with self._read() as conn:
            return [_correction(tuple(row)) for row in conn.execute(query)]


def _correction(row: tuple) -> Correction:
    correction_id, article, kind, subject, value, created_at = row
    return Correction(article, kind, subject, value, created_at, correction_id)
