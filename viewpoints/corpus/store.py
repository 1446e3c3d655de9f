"""Articles kept by content, in one store addressed by a URL: a local SQLite file by default,
PostgreSQL for a hosted team (``VIEWPOINTS_DATABASE_URL``), the same code for both (SQLAlchemy Core).

An article's id is the start of the SHA-256 of its analysed text, the same id ``viewpoints.analyze``
gives it (``article_id_for``): the same text is stored once, whoever adds it and however often. The
store is safe across Streamlit's threads and across processes: SQLite runs in WAL mode with a busy
timeout (writers wait for each other instead of failing), PostgreSQL is PostgreSQL. A store written by
an older Viewpoints is upgraded on open (``store_schema``).

This module opens the store and keeps the articles themselves (their text, ids and repeated
paragraphs); ``Store`` takes the rest from one module per kind of record: the engine's readings and
summaries (``store_readings``), readers' corrections (``store_corrections``), the corpus's voices
(``store_voices``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from . import store_schema as T
from .corpus_furniture import FURNITURE_MIN_ARTICLES, paragraphs_of, site_of
from .database import (  # noqa: F401 - the store's address and errors are part of its interface
    BUSY_TIMEOUT_S,
    DATABASE_ENV,
    DEFAULT_PATH,
    STORE_ENV,
    StoreError,
    default_path,
    default_url,
    dialect_insert,
    dispose,
    engine_for,
    forget_inherited_connections,
    is_url,
    parse_url,
    reason,
    redacted,
    sqlite_url,
)
from .database import reachable as _reachable
from .ingest import Article
from .store_corrections import CorrectionRecords
from .store_readings import Readings
from .store_voices import VoiceQueries
from .store_people import everyone_again as _backfill_people
from .store_voices import backfill as _backfill_voices

ID_CHARS = 12  # 48 bits: a clash needs some ten million articles; longer ids are given if one happens
MIN_PREFIX = 4  # shorter prefixes are refused: they would match too much to mean one article
LOCKED_RETRY_S = 0.05  # pause before asking again for the lock that setting up a new store takes
_HEX = re.compile(r"[0-9a-f]+")

A = T.articles
_INFO = (A.c.hash, A.c.title, A.c.byline, A.c.source, A.c.format, A.c.notes, A.c.added_at, A.c.chars, A.c.published)


@dataclass(frozen=True)
class ArticleInfo:
    """One stored article without its text: what a list of articles shows."""

    id: str
    title: str
    byline: str
    source: str
    format: str
    notes: tuple[str, ...]
    added_at: str  # UTC, ISO 8601
    chars: int
    published: str = ""  # ISO date when known


@dataclass(frozen=True)
class StoredArticle(ArticleInfo):
    text: str = ""

    @property
    def article(self) -> Article:
        return Article(self.text, self.title, self.byline, self.source, self.format, self.notes, self.published)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store(Readings, CorrectionRecords, VoiceQueries):
    """``add(article) -> id``, ``get(id or prefix)``, ``list()`` newest first, ``id in store``.

    ``Store()`` opens ``default_url()``; ``Store(path)`` a SQLite file; ``Store(url)`` any SQLAlchemy
    URL (``postgresql://user:password@host/db``)."""

    def __init__(self, target: str | os.PathLike | None = None) -> None:
        target = default_url() if target is None else target
        if is_url(target):
            self.url = str(target)
            try:
                backend = parse_url(self.url)
            except (SQLAlchemyError, ValueError) as exc:
                raise StoreError(f"cannot use the database address {redacted(self.url)}: {reason(exc)}") from exc
            self.path = Path(backend.database) if backend.get_backend_name() == "sqlite" and backend.database else None
        else:
            self.path = Path(target).expanduser()
            self.url = sqlite_url(self.path)
        if self.path is not None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot make the folder of the article store {self.path}: {exc.strerror or exc}") from exc
        try:
            self._engine = engine_for(self.url)
        except (SQLAlchemyError, ImportError, ValueError) as exc:  # an unknown scheme, a driver not installed, a bad port
            raise StoreError(f"cannot use the database address {redacted(self.url)}: {reason(exc)}") from exc
        self._open()

    @property
    def backend(self) -> str:
        return self._engine.dialect.name

    def _open(self) -> None:
        """Create or upgrade the schema. Switching a new SQLite file to WAL takes an exclusive lock for
        which SQLite may answer "database is locked" at once, without waiting out the busy timeout,
        when several processes open the same new store together: try again until the timeout passes."""
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                if self.backend == "sqlite":  # outside any transaction, as SQLite requires
                    raw = self._engine.raw_connection()
                    try:
                        raw.cursor().execute("PRAGMA journal_mode=WAL")  # persistent: readers never block the writer
                    finally:
                        raw.close()
                with self._write() as conn:
                    T.upgrade(conn, T.Backfill(paragraphs=_backfill_paragraphs, voices=_backfill_voices, people=_backfill_people))
                return
            except T.SchemaError as exc:
                raise StoreError(str(exc)) from exc
            except (SQLAlchemyError, sqlite3.Error) as exc:  # sqlite3's own, from the PRAGMAs run on its cursors
                if self.backend == "sqlite" and "locked" in str(exc) and time.monotonic() < deadline:
                    time.sleep(LOCKED_RETRY_S)
                    continue
                raise StoreError(f"cannot open the article store at {redacted(self.url)}: {reason(exc)}") from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A connection in a write transaction (committed on leaving, rolled back on an error)."""
        with self._engine.connect() as conn:
            conn.execution_options(write=True)
            with conn.begin():
                yield conn

    def _read(self):
        return self._engine.connect()

    @_reachable
    def add(self, article: Article) -> str:
        """Store the article (once per text) and return its id; a text already stored keeps its first
        title, source and time."""
        if not isinstance(article, Article):
            raise TypeError(f"Store.add takes an Article, not {type(article).__name__}")
        full = content_hash(article.text)
        added = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        row = dict(
            hash=full, title=article.title, byline=article.byline, source=article.source, format=article.format,
            notes=json.dumps(list(article.notes)), added_at=added, chars=len(article.text), text=article.text,
            published=article.published,
        )
        site = site_of(article.source)
        keys = [dict(site=site, key=key, article=full) for key in sorted(paragraphs_of(article.text))]
        with self._write() as conn:
            insert = dialect_insert(conn)(A).values(**row).on_conflict_do_nothing(index_elements=[A.c.hash])
            if conn.execute(insert.returning(A.c.hash)).first() is not None and keys:  # new: not stored before
                conn.execute(sa.insert(T.paragraphs), keys)
        with self._read() as conn:
            return self._short_id(conn, full)

    def _short_id(self, conn: Connection, full: str) -> str:
        for n in range(ID_CHARS, len(full)):
            if len(self._matches(conn, full[:n], 2)) == 1:
                return full[:n]
        return full

    @staticmethod
    def _matches(conn: Connection, prefix: str, limit: int, columns=(A.c.hash,)) -> list[tuple]:
        # Hashes starting with a hex prefix sort between it and it + "g": the primary key serves the range.
        query = sa.select(*columns).where(A.c.hash >= prefix, A.c.hash < prefix + "g").limit(limit)
        return [tuple(row) for row in conn.execute(query)]

    @_reachable
    def get(self, id_or_prefix: str) -> StoredArticle | None:
        """The article whose id starts with this (at least 4 hex digits); None when none or several do."""
        prefix = id_or_prefix.strip().lower() if isinstance(id_or_prefix, str) else ""
        if len(prefix) < MIN_PREFIX or not _HEX.fullmatch(prefix):
            return None
        with self._read() as conn:
            rows = self._matches(conn, prefix, 2, (*_INFO, A.c.text))
            if len(rows) != 1:
                return None
            return StoredArticle(*self._info(conn, rows[0]), text=rows[0][-1])

    @_reachable
    def list(self, *, limit: int | None = None) -> list[ArticleInfo]:
        """Stored articles, newest first, without their text."""
        query = sa.select(*_INFO).order_by(A.c.added_at.desc(), A.c.hash).limit(limit)
        with self._read() as conn:
            return [ArticleInfo(*self._info(conn, tuple(row))) for row in conn.execute(query)]

    def _info(self, conn: Connection, row: tuple) -> tuple:
        full, title, byline, source, fmt, notes, added, chars, published = row[:9]
        return (self._short_id(conn, full), title, byline, source, fmt, tuple(json.loads(notes)), added, chars, published)

    @_reachable
    def ping(self) -> None:
        """Raise StoreError unless the database answers (one trivial query, whatever the corpus's size)."""
        with self._read() as conn:
            conn.execute(sa.select(sa.literal(1))).one()

    @_reachable
    def repeated_paragraphs(self, *, min_articles: int = FURNITURE_MIN_ARTICLES) -> dict[str, frozenset[str]]:
        """Site -> the paragraphs (``structure.paragraph_key``) found verbatim in `min_articles` or more of
        its stored articles. Articles fetched from a web address are grouped by host; the others
        (pasted, uploaded) form one group, ``""``."""
        P = T.paragraphs
        query = sa.select(P.c.site, P.c.key).group_by(P.c.site, P.c.key).having(sa.func.count() >= min_articles)
        with self._read() as conn:
            sites = conn.execute(sa.select(P.c.site).distinct()).scalars().all()
            found: dict[str, set[str]] = {site: set() for site in sites}
            for site, key in conn.execute(query):
                found[site].add(key)
        return {site: frozenset(keys) for site, keys in found.items()}

    @_reachable
    def repeated_in(self, article_hash: str, *, min_articles: int = FURNITURE_MIN_ARTICLES) -> frozenset[str]:
        """The paragraphs of one stored article that its site repeats under `min_articles` or more stored
        articles (its own included): ``repeated_paragraphs`` for one article, by the index."""
        P, Q = T.paragraphs, T.paragraphs.alias("other")
        query = (
            sa.select(P.c.key)
            .join(Q, sa.and_(Q.c.site == P.c.site, Q.c.key == P.c.key))
            .where(P.c.article == article_hash)
            .group_by(P.c.key)
            .having(sa.func.count() >= min_articles)
        )
        with self._read() as conn:
            return frozenset(conn.execute(query).scalars())

    @_reachable
    def of_sites(self, sites: Iterable[str]) -> list[str]:
        """The stored articles (hashes) with a paragraph under one of these sites."""
        wanted = list(sites)
        with self._read() as conn:
            return list(conn.execute(sa.select(T.paragraphs.c.article).where(T.paragraphs.c.site.in_(wanted)).distinct()).scalars()) if wanted else []

    @_reachable
    def every_article(self) -> list[str]:
        with self._read() as conn:
            return list(conn.execute(sa.select(A.c.hash).order_by(A.c.added_at, A.c.hash)).scalars())

    @_reachable
    def has(self, article_hash: str) -> bool:
        with self._read() as conn:
            return conn.execute(sa.select(A.c.hash).where(A.c.hash == article_hash)).first() is not None

    @_reachable
    def text_of(self, article_hash: str) -> tuple[str, str] | None:
        """(text, source) of a stored article by its full hash."""
        with self._read() as conn:
            row = conn.execute(sa.select(A.c.text, A.c.source).where(A.c.hash == article_hash)).first()
        return None if row is None else (row[0], row[1])

    def __contains__(self, id_or_prefix: object) -> bool:
        return isinstance(id_or_prefix, str) and self.get(id_or_prefix) is not None

    @_reachable
    def __len__(self) -> int:
        with self._read() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(A)).scalar_one()

    def __repr__(self) -> str:
        return f"Store({str(self.path) if self.path is not None else redacted(self.url)!r})"


def _backfill_paragraphs(conn: Connection) -> None:
    """Fill the paragraphs table from the stored articles (upgrading a store that predates it)."""
    for full, source, text in conn.execute(sa.select(A.c.hash, A.c.source, A.c.text)).all():
        keys = [dict(site=site_of(source), key=key, article=full) for key in sorted(paragraphs_of(text))]
        if keys:
            conn.execute(sa.insert(T.paragraphs), keys)

