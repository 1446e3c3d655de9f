"""The corpus's voices in the store: each article's voices (``voices``) and their totals (``voice_totals``).

An article's rows are written with its summary (``Store.keep_analysis``) from its reading against the
main issue, with the readers' corrections kept for it applied (``corrections.apply``: a merge, a
statement given to another voice, the author or a new name, a stance set), and written again whenever a
correction is made or undone (``Store.correct``, ``Store.undo``), so the Voices page lists the voices a
reader sees on the article's own pages. A voice is its canonical name as the engine's voice list gives
it (readers' names as typed); the same name in two articles is one voice; the author's narration is
left out (every article has one, and they are different people).

``VoiceQueries`` is the part of ``Store`` that reads them: one page of voices (searched, sorted and
paged in the database), a voice's articles newest first, its rows over time, and the kept readings a
page shows statements from. No Streamlit here.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .. import corrections as C
from .. import schema as S
from . import store_schema as T
from .database import like_escape, reachable

VOICES_LOCK = 0x564F_4943  # PostgreSQL: one writer of voice totals at a time ("VOIC")
PUBLISHED, ADDED = "published", "added"
MAX_SEARCH_WORDS = 8
VOICE_SORTS = ("statements", "articles", "name", "polarity", "supportive", "skeptical", "neutral", "first", "last")
# What a voice's reading needs to have corrections applied and its rows counted.
_READ_COLUMNS = [S.SENTENCE, S.START, S.END, S.TEXT, S.SPEAKER, S.SPEAKER_KIND, S.SPEAKER_ROLE, S.STANCE, S.POLARITY]

V, VT, A = T.voices, T.voice_totals, T.articles


@dataclass(frozen=True)
class Part:
    """The part of the corpus a page looks at: articles whose source contains `source` (any case),
    whose date (published, else added) falls between `since` and `until` (YYYY-MM-DD, inclusive), and
    whose main issue (the target the engine judged their stance against) contains `issue` (any case)."""

    source: str = ""
    since: str = ""
    until: str = ""
    issue: str = ""

    @property
    def whole(self) -> bool:
        return not (self.source or self.since or self.until or self.issue)


def voice_rows(frame: pd.DataFrame) -> list[dict]:
    """One row per voice of a reading (the author's narration left out): statements, stance counts and
    mean polarity, most statements first. (Counted in Python: an article has a few dozen statements, and
    a pandas groupby costs more than the counting.)"""
    found: dict[str, dict] = {}
    for speaker, stance, polarity in zip(frame[S.SPEAKER].tolist(), frame[S.STANCE].tolist(), frame[S.POLARITY].tolist()):
        if speaker == S.AUTHOR:
            continue
        row = found.setdefault(str(speaker), {"voice": str(speaker), "statements": 0, "polarity": 0.0, **dict.fromkeys(S.STANCES, 0)})
        row["statements"] += 1
        row[stance] += 1
        row["polarity"] += float(polarity)
    for row in found.values():
        row["polarity"] /= row["statements"]
    return sorted(found.values(), key=lambda r: (-r["statements"], r["voice"]))


def _decoded(data: bytes) -> pd.DataFrame:
    return pd.read_parquet(io.BytesIO(data), columns=_READ_COLUMNS)


def _corrections_of(conn: Connection, article: str) -> list[C.Correction]:
    K = T.corrections
    rows = conn.execute(sa.select(K.c.id, K.c.article, K.c.kind, K.c.subject, K.c.value, K.c.created_at).where(K.c.article == article).order_by(K.c.id))
    return [C.Correction(a, kind, subject, value, created, i) for i, a, kind, subject, value, created in rows]


def corrected_rows(conn: Connection, article: str, frame: pd.DataFrame) -> list[dict]:
    """The voice rows of one article's reading with the corrections kept for it applied."""
    made = _corrections_of(conn, article)
    return voice_rows(C.apply(frame, made) if made else frame)


def write_voices(conn: Connection, article: str, engine: str, rows: Sequence[dict], *, totals: bool = True) -> None:
    """Replace one article's voice rows for this engine and bring the totals of every voice it had or
    has up to date (unless `totals` is false: the caller sums them all at the end), inside the caller's
    transaction."""
    if totals and conn.dialect.name == "postgresql":  # the totals of a voice are rewritten whole: one writer at a time
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": VOICES_LOCK})
    before = set(conn.execute(sa.select(V.c.voice).where(V.c.article == article, V.c.engine == engine)).scalars())
    conn.execute(sa.delete(V).where(V.c.article == article, V.c.engine == engine))
    if rows:
        published, added = conn.execute(sa.select(A.c.published, A.c.added_at).where(A.c.hash == article)).one()
        day, dated_by = (published[:10], PUBLISHED) if published else (added[:10], ADDED)
        conn.execute(sa.insert(V), [dict(article=article, engine=engine, day=day, dated_by=dated_by, **row) for row in rows])
    if totals:
        _retotal(conn, engine, before | {r["voice"] for r in rows})


def _summed() -> sa.Select:
    """Each voice's total from its rows (narrow it with `.where`)."""
    return sa.select(
        V.c.engine, V.c.voice, sa.func.count(), sa.func.sum(V.c.statements), sa.func.sum(V.c.supportive),
        sa.func.sum(V.c.skeptical), sa.func.sum(V.c.neutral),
        sa.func.sum(V.c.polarity * V.c.statements) / sa.func.sum(V.c.statements),
        sa.func.min(V.c.day), sa.func.max(V.c.day),
    ).group_by(V.c.engine, V.c.voice)


_TOTAL_COLUMNS = ["engine", "voice", "articles", "statements", "supportive", "skeptical", "neutral", "polarity", "first_day", "last_day"]


def _retotal(conn: Connection, engine: str, names: Iterable[str]) -> None:
    names = sorted(names)
    for start in range(0, len(names), 500):  # a bounded IN list
        chunk = names[start : start + 500]
        conn.execute(sa.delete(VT).where(VT.c.engine == engine, VT.c.voice.in_(chunk)))
        conn.execute(sa.insert(VT).from_select(_TOTAL_COLUMNS, _summed().where(V.c.engine == engine, V.c.voice.in_(chunk))))


def refresh_article(conn: Connection, article: str, *, totals: bool = True) -> None:
    """Write again one article's voice rows for every engine that has a summary of it (after a
    correction was made or undone), from the reading that summary was made of."""
    M, N = T.summaries, T.analyses
    kept = conn.execute(
        sa.select(M.c.engine, N.c.statements)
        .join(N, sa.and_(N.c.article == M.c.article, N.c.engine == M.c.engine, N.c.target == "", N.c.furniture == M.c.furniture))
        .where(M.c.article == article)
    ).all()
    for engine, data in kept:
        write_voices(conn, article, engine, corrected_rows(conn, article, _decoded(data)), totals=totals)


def backfill(conn: Connection) -> None:
    """Fill the voice tables from every kept summary's reading (upgrading a store that predates them)."""
    M = T.summaries
    for article in conn.execute(sa.select(M.c.article).distinct().order_by(M.c.article)).scalars().all():
        refresh_article(conn, article, totals=False)
    conn.execute(sa.delete(VT))
    conn.execute(sa.insert(VT).from_select(_TOTAL_COLUMNS, _summed()))  # every total in one pass


def _part_filter(part: Part):
    where = []
    if part.source:
        pattern = f"%{like_escape(part.source.lower())}%"
        where.append(sa.func.lower(A.c.source).like(pattern, escape="\\"))
    if part.since:
        where.append(V.c.day >= part.since)
    if part.until:
        where.append(V.c.day <= part.until)
    if part.issue:  # the main issue the engine chose is kept with the article's summary by the same engine
        M = T.summaries
        pattern = f"%{like_escape(part.issue.lower())}%"
        where.append(sa.exists().where(M.c.article == V.c.article, M.c.engine == V.c.engine, sa.func.lower(M.c.target).like(pattern, escape="\\")))
    return where


def _rows(part: Part):
    """The voice rows a part reads: joined with their articles only when it asks for a source."""
    return V.join(A, A.c.hash == V.c.article) if part.source else V


class VoiceQueries:
    """The Store's voice methods (it provides ``_read``, ``_short_id`` and the error wrapping)."""

    @reachable
    def voice_page(self, engine: str, *, search: str = "", sort: str = "statements", descending: bool = True, offset: int = 0, limit: int = 25, part: Part = Part()) -> tuple[list[dict], int]:
        """One page of the corpus's voices (of a part of it), searched (every word in the name, any case),
        sorted and paged in the database; and how many voices match. The whole corpus reads the totals;
        a part groups its articles' rows."""
        if part.whole:
            columns = [VT.c.voice, VT.c.articles, VT.c.statements, VT.c.supportive, VT.c.skeptical, VT.c.neutral, VT.c.polarity, VT.c.first_day, VT.c.last_day]
            source = sa.select(*columns).where(VT.c.engine == engine)
        else:
            source = (
                sa.select(
                    V.c.voice, sa.func.count().label("articles"), sa.func.sum(V.c.statements).label("statements"),
                    sa.func.sum(V.c.supportive).label("supportive"), sa.func.sum(V.c.skeptical).label("skeptical"), sa.func.sum(V.c.neutral).label("neutral"),
                    (sa.func.sum(V.c.polarity * V.c.statements) / sa.func.sum(V.c.statements)).label("polarity"),
                    sa.func.min(V.c.day).label("first_day"), sa.func.max(V.c.day).label("last_day"),
                )
                .select_from(_rows(part))
                .where(V.c.engine == engine, *_part_filter(part))
                .group_by(V.c.voice)
            )
        for word in search.split()[:MAX_SEARCH_WORDS]:
            pattern = f"%{like_escape(word.lower())}%"
            source = source.where(sa.func.lower(V.c.voice if not part.whole else VT.c.voice).like(pattern, escape="\\"))
        table = source.subquery()
        order = {
            "statements": table.c.statements, "articles": table.c.articles, "name": sa.func.lower(table.c.voice), "polarity": table.c.polarity,
            "supportive": table.c.supportive, "skeptical": table.c.skeptical, "neutral": table.c.neutral, "first": table.c.first_day, "last": table.c.last_day,
        }.get(sort)
        if order is None:
            raise ValueError(f"cannot sort voices by {sort!r}")
        query = sa.select(table).order_by(order.desc() if descending else order.asc(), table.c.voice).offset(max(0, offset)).limit(max(1, limit))
        with self._read() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            rows = [dict(row) for row in conn.execute(query).mappings()]
        return rows, int(total)

    @reachable
    def voice_articles(self, engine: str, voice: str, *, part: Part = Part(), offset: int = 0, limit: int = 25) -> tuple[list[dict], int]:
        """The articles of one voice (in a part of the corpus), newest first: hash, id, title, source, its
        date and which date that is, and the voice's counts there; and how many there are in all."""
        where = [V.c.engine == engine, V.c.voice == voice, *_part_filter(part)]
        joined = V.join(A, A.c.hash == V.c.article)  # for the titles of the page's articles
        query = (
            sa.select(V.c.article.label("hash"), A.c.title, sa.func.substr(A.c.text, 1, 200).label("opening"), A.c.source, V.c.day, V.c.dated_by,
                      V.c.statements, V.c.supportive, V.c.skeptical, V.c.neutral, V.c.polarity)
            .select_from(joined).where(*where).order_by(V.c.day.desc(), V.c.article).offset(max(0, offset)).limit(max(1, limit))
        )
        with self._read() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(_rows(part)).where(*where)).scalar_one()
            rows = [dict(row) for row in conn.execute(query).mappings()]
            ids = self._short_ids(conn, [row["hash"] for row in rows])
        return [{**row, "id": ids[row["hash"]]} for row in rows], int(total)

    def _short_ids(self, conn: Connection, hashes: Sequence[str]) -> dict[str, str]:
        """The id of each article (``Store._short_id``), in one query for a page of them: the hashes that
        share each one's first ID_CHARS digits; the rare one that shares them with another is given longer."""
        from .store import ID_CHARS  # the store's own id length (store imports this module)

        if not hashes:
            return {}
        ranges = [sa.and_(A.c.hash >= h[:ID_CHARS], A.c.hash < h[:ID_CHARS] + "g") for h in hashes]
        found = [h[:ID_CHARS] for h in conn.execute(sa.select(A.c.hash).where(sa.or_(*ranges))).scalars()]
        return {h: h[:ID_CHARS] if found.count(h[:ID_CHARS]) == 1 else self._short_id(conn, h) for h in hashes}

    @reachable
    def has_voice(self, engine: str, voice: str) -> bool:
        """Whether any article read by this engine has a voice of exactly this name."""
        with self._read() as conn:
            return conn.execute(sa.select(VT.c.voice).where(VT.c.engine == engine, VT.c.voice == voice)).first() is not None

    @reachable
    def voice_timeline(self, engine: str, voices: Sequence[str], *, part: Part = Part()) -> list[dict]:
        """Per voice and article date: articles, statements, stance counts, mean polarity, and how many
        of those articles are dated by their published date; oldest first."""
        if not voices:
            return []
        query = (
            sa.select(
                V.c.voice, V.c.day, sa.func.count().label("articles"), sa.func.sum(V.c.statements).label("statements"),
                sa.func.sum(V.c.supportive).label("supportive"), sa.func.sum(V.c.skeptical).label("skeptical"), sa.func.sum(V.c.neutral).label("neutral"),
                (sa.func.sum(V.c.polarity * V.c.statements) / sa.func.sum(V.c.statements)).label("polarity"),
                sa.func.sum(sa.case((V.c.dated_by == PUBLISHED, 1), else_=0)).label("published"),
            )
            .select_from(_rows(part))
            .where(V.c.engine == engine, V.c.voice.in_(list(voices)), *_part_filter(part))
            .group_by(V.c.voice, V.c.day)
            .order_by(V.c.day, V.c.voice)
        )
        with self._read() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    @reachable
    def main_readings(self, engine: str, article_hashes: Iterable[str]) -> dict[str, bytes]:
        """Article -> the kept reading its summary by this engine was made of (Parquet)."""
        M, N = T.summaries, T.analyses
        wanted = list(article_hashes)
        if not wanted:
            return {}
        query = (
            sa.select(M.c.article, N.c.statements)
            .join(N, sa.and_(N.c.article == M.c.article, N.c.engine == M.c.engine, N.c.target == "", N.c.furniture == M.c.furniture))
            .where(M.c.engine == engine, M.c.article.in_(wanted))
        )
        with self._read() as conn:
            return {article: data for article, data in conn.execute(query)}
