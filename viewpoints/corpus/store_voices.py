"""The corpus's voices in the store: each article's voices (``voices``), each spelling's totals
(``voice_totals``) and each person's (``people``, ``store_people``).

An article's rows are written with its summary (``Store.keep_analysis``) from its reading against the
main issue, with the readers' corrections kept for it applied (``corrections.apply``: a merge, a
statement given to another voice, the author or a new name, a stance set), and written again whenever a
correction is made or undone (``Store.correct``, ``Store.undo``), so the Voices page lists the voices a
reader sees on the article's own pages. An article's voice is its canonical name as the engine's voice
list gives it (readers' names as typed); across articles, the spellings of one name are one voice
(``viewpoints.corpus.voice_keys``: "Donald J. Trump" and "Donald Trump"), shown by the spelling most articles
use; the author's narration is left out (every article has one, and they are different people).

``VoiceQueries`` is the part of ``Store`` that reads them: one page of voices (searched, sorted and
paged in the database), a voice's articles newest first, its rows over time, and the kept readings a
page shows statements from. No Streamlit here.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .. import corrections as C
from .. import schema as S
from . import store_schema as T
from .database import like_escape, reachable
from .store_people import everyone_again, person_of, respell

VOICES_LOCK = 0x564F_4943  # PostgreSQL: one writer of voice totals at a time ("VOIC")
PUBLISHED, ADDED = "published", "added"
MAX_SEARCH_WORDS = 8
VOICE_SORTS = ("statements", "articles", "name", "polarity", "supportive", "skeptical", "neutral", "first", "last")
# What a voice's reading needs to have corrections applied and its rows counted.
_READ_COLUMNS = [S.SENTENCE, S.START, S.END, S.TEXT, S.SPEAKER, S.SPEAKER_KIND, S.SPEAKER_ROLE, S.STANCE, S.POLARITY]

V, VT, P, A = T.voices, T.voice_totals, T.people, T.articles


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
        respell(conn, engine, before | {r["voice"] for r in rows})


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
    everyone_again(conn)  # every total in a few passes


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
        """One page of the corpus's voices (of a part of it), one row per person or body whatever its
        spellings (``store_people``), searched (every word in one of its spellings, any case), sorted
        and paged in the database; and how many voices match. Each row is shown by its spelling most
        articles use (`voice`) and lists the others (`also`). The whole corpus reads the people's
        totals; a part groups its articles' rows by person."""
        if part.whole:
            columns = [P.c.voice, P.c.spellings, P.c.articles, P.c.statements, P.c.supportive, P.c.skeptical, P.c.neutral, P.c.polarity, P.c.first_day, P.c.last_day]
            source = sa.select(*columns).where(P.c.engine == engine)
        else:
            grouped = (  # the part's rows by person first, then each person's name: a join of one row per person
                sa.select(
                    V.c.person, sa.func.count(sa.distinct(V.c.article)).label("articles"), sa.func.sum(V.c.statements).label("statements"),
                    sa.func.sum(V.c.supportive).label("supportive"), sa.func.sum(V.c.skeptical).label("skeptical"), sa.func.sum(V.c.neutral).label("neutral"),
                    (sa.func.sum(V.c.polarity * V.c.statements) / sa.func.sum(V.c.statements)).label("polarity"),
                    sa.func.min(V.c.day).label("first_day"), sa.func.max(V.c.day).label("last_day"),
                )
                .select_from(_rows(part))
                .where(V.c.engine == engine, *_part_filter(part))
                .group_by(V.c.person)
            ).subquery()
            g = grouped.c
            source = (
                sa.select(P.c.voice, P.c.spellings, g.articles, g.statements, g.supportive, g.skeptical, g.neutral, g.polarity, g.first_day, g.last_day)
                .join_from(grouped, P, sa.and_(P.c.engine == engine, P.c.person == g.person))
            )
        for word in search.split()[:MAX_SEARCH_WORDS]:
            pattern = f"%{like_escape(word.lower())}%"
            source = source.where(P.c.names.like(pattern, escape="\\"))
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
        for row in rows:
            row["also"] = [name for name in json.loads(row.pop("spellings")) if name != row["voice"]]
        return rows, int(total)

    def _person(self, conn: Connection, engine: str, voice: str) -> str:
        """The person of a voice as the page names it (any of its spellings); "" when none."""
        return person_of(conn, engine, voice) or ""

    @reachable
    def voice_articles(self, engine: str, voice: str, *, part: Part = Part(), offset: int = 0, limit: int = 25) -> tuple[list[dict], int]:
        """The articles of one voice (any of its spellings; in a part of the corpus), newest first: hash,
        id, title, source, its date and which date that is, and the voice's counts there; and how many
        there are in all."""
        with self._read() as conn:
            where = [V.c.engine == engine, V.c.person == self._person(conn, engine, voice), *_part_filter(part)]
            mine = (  # the page of its articles, from the voice rows alone (an article may hold two spellings of it)
                sa.select(V.c.article, V.c.day, sa.func.max(V.c.dated_by).label("dated_by"), sa.func.sum(V.c.statements).label("statements"),
                          sa.func.sum(V.c.supportive).label("supportive"), sa.func.sum(V.c.skeptical).label("skeptical"), sa.func.sum(V.c.neutral).label("neutral"),
                          (sa.func.sum(V.c.polarity * V.c.statements) / sa.func.sum(V.c.statements)).label("polarity"))
                .select_from(_rows(part)).where(*where).group_by(V.c.day, V.c.article)
                .order_by(V.c.day.desc(), V.c.article.desc()).offset(max(0, offset)).limit(max(1, limit))  # the index's order, read backwards
            ).subquery()
            query = (  # with the titles of the page's articles
                sa.select(mine.c.article.label("hash"), A.c.title, sa.func.substr(A.c.text, 1, 200).label("opening"), A.c.source, mine.c.day, mine.c.dated_by,
                          mine.c.statements, mine.c.supportive, mine.c.skeptical, mine.c.neutral, mine.c.polarity)
                .join(A, A.c.hash == mine.c.article).order_by(mine.c.day.desc(), mine.c.article.desc())
            )
            total = conn.execute(sa.select(sa.func.count(sa.distinct(V.c.article))).select_from(_rows(part)).where(*where)).scalar_one()
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
    def voice_named(self, engine: str, name: str) -> str | None:
        """The voice a written name is in this corpus, as the page shows it (its spelling most articles
        use): "Donald J. Trump" or "donald trump" in a link opens Donald Trump. None when it is none."""
        with self._read() as conn:
            person = person_of(conn, engine, name)
            return None if person is None else conn.execute(sa.select(P.c.voice).where(P.c.engine == engine, P.c.person == person)).scalar()

    def has_voice(self, engine: str, voice: str) -> bool:
        """Whether any article read by this engine has this voice (by any of its spellings)."""
        return self.voice_named(engine, voice) is not None

    @reachable
    def voice_spellings(self, engine: str, voice: str) -> list[str]:
        """Every spelling of a voice in the corpus, most articles first ([] when it is none)."""
        with self._read() as conn:
            found = conn.execute(sa.select(P.c.spellings).where(P.c.engine == engine, P.c.person == self._person(conn, engine, voice))).scalar()
        return json.loads(found) if found else []

    @reachable
    def voice_timeline(self, engine: str, voices: Sequence[str], *, part: Part = Part()) -> list[dict]:
        """Per voice (any of its spellings) and article date: articles, statements, stance counts, mean
        polarity, and how many of those articles are dated by their published date; oldest first."""
        if not voices:
            return []
        with self._read() as conn:
            persons = {self._person(conn, engine, voice): voice for voice in voices}
            query = (
                sa.select(
                    V.c.person, V.c.day, sa.func.count(sa.distinct(V.c.article)).label("articles"), sa.func.sum(V.c.statements).label("statements"),
                    sa.func.sum(V.c.supportive).label("supportive"), sa.func.sum(V.c.skeptical).label("skeptical"), sa.func.sum(V.c.neutral).label("neutral"),
                    (sa.func.sum(V.c.polarity * V.c.statements) / sa.func.sum(V.c.statements)).label("polarity"),
                    sa.func.count(sa.distinct(sa.case((V.c.dated_by == PUBLISHED, V.c.article), else_=None))).label("published"),
                )
                .select_from(_rows(part))
                .where(V.c.engine == engine, V.c.person.in_(list(persons.keys() - {""})), *_part_filter(part))
                .group_by(V.c.person, V.c.day)
            )
            rows = [dict(row) for row in conn.execute(query).mappings()]
        for row in rows:
            row["voice"] = persons[row.pop("person")]
        return [{"voice": r["voice"], **{k: v for k, v in r.items() if k != "voice"}} for r in sorted(rows, key=lambda r: (r["day"], r["voice"]))]

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
