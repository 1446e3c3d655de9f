"""Articles kept by content: a small SQLite file, safe across Streamlit's threads and across processes.

An article's id is the start of the SHA-256 of its analysed text, the same id ``viewpoints.analyze``
gives it (``article_id_for``): the same text is stored once, whoever adds it and however often. Each
call opens its own connection (WAL journal, busy timeout), so concurrent writers wait for each other
instead of failing, and a new ``Store`` on the same file sees everything that was committed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from .corrections import UNDO, Correction, CorrectionError, live
from .corrections import undo as undo_record
from .ingest import Article
from .structure import layout, paragraph_key

STORE_ENV = "VIEWPOINTS_STORE"
DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "store" / "articles.sqlite3"
ID_CHARS = 12  # 48 bits: a clash needs some ten million articles; longer ids are given if one happens
MIN_PREFIX = 4  # shorter prefixes are refused: they would match too much to mean one article
BUSY_TIMEOUT_S = 30.0
LOCKED_RETRY_S = 0.05  # pause before asking again for the lock that setting up a new store takes
_HEX = re.compile(r"[0-9a-f]+")
# Corpus furniture: a paragraph repeated verbatim in this many stored articles of one site is the
# site's (an editor's note, a sign-up line), not the article's. Short stock lines ("No.") are left alone.
FURNITURE_MIN_ARTICLES = 3
FURNITURE_MIN_WORDS = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    hash     TEXT PRIMARY KEY,  -- full SHA-256 of text, hex
    title    TEXT NOT NULL,
    byline   TEXT NOT NULL,
    source   TEXT NOT NULL,
    format   TEXT NOT NULL,
    notes    TEXT NOT NULL,     -- JSON list of strings
    added_at TEXT NOT NULL,     -- UTC, ISO 8601
    chars    INTEGER NOT NULL,
    text     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_added ON articles (added_at);
-- Readers' corrections (viewpoints.corrections), append-only: an undo is a row that names the row it
-- takes back. Keyed by the article's full content hash, so seeds (not in `articles`) have them too.
CREATE TABLE IF NOT EXISTS corrections (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article    TEXT NOT NULL,  -- SHA-256 of the article's text, hex
    kind       TEXT NOT NULL,  -- speaker | stance | merge | undo
    subject    TEXT NOT NULL,  -- statement key, voice merged away, or the id undone
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL   -- UTC, ISO 8601
);
CREATE INDEX IF NOT EXISTS corrections_article ON corrections (article, id);
"""
_INFO = "hash, title, byline, source, format, notes, added_at, chars"


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


@dataclass(frozen=True)
class StoredArticle(ArticleInfo):
    text: str = ""

    @property
    def article(self) -> Article:
        return Article(self.text, self.title, self.byline, self.source, self.format, self.notes)


def default_path() -> Path:
    """``$VIEWPOINTS_STORE`` when set, else ``data/store/articles.sqlite3`` in the repository."""
    env = os.environ.get(STORE_ENV, "").strip()
    return Path(env).expanduser() if env else DEFAULT_PATH


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """``add(article) -> id``, ``get(id or prefix)``, ``list()`` newest first, ``id in store``."""

    def __init__(self, path: str | os.PathLike | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Switching a new file to WAL takes an exclusive lock for which SQLite may answer "database is
        # locked" at once, without waiting out the busy timeout, when several processes or threads open
        # the same new store together: try again until the timeout has passed.
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                with closing(self._connect()) as conn:
                    conn.execute("PRAGMA journal_mode=WAL")  # persistent: readers never block the writer
                    with conn:
                        conn.executescript(_SCHEMA)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(LOCKED_RETRY_S)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash can lose the last commit, not corrupt
        return conn

    def add(self, article: Article) -> str:
        """Store the article (once per text) and return its id; a text already stored keeps its first
        title, source and time."""
        if not isinstance(article, Article):
            raise TypeError(f"Store.add takes an Article, not {type(article).__name__}")
        full = content_hash(article.text)
        added = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        row = (full, article.title, article.byline, article.source, article.format, json.dumps(list(article.notes)), added, len(article.text), article.text)
        with closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            return self._short_id(conn, full)

    def _short_id(self, conn: sqlite3.Connection, full: str) -> str:
        for n in range(ID_CHARS, len(full)):
            if len(self._matches(conn, full[:n], 2)) == 1:
                return full[:n]
        return full

    @staticmethod
    def _matches(conn: sqlite3.Connection, prefix: str, limit: int, columns: str = "hash") -> list[tuple]:
        # GLOB is case-sensitive, so the primary-key index serves the prefix; prefix is checked hex.
        return conn.execute(f"SELECT {columns} FROM articles WHERE hash GLOB ? LIMIT ?", (prefix + "*", limit)).fetchall()

    def get(self, id_or_prefix: str) -> StoredArticle | None:
        """The article whose id starts with this (at least 4 hex digits); None when none or several do."""
        prefix = id_or_prefix.strip().lower() if isinstance(id_or_prefix, str) else ""
        if len(prefix) < MIN_PREFIX or not _HEX.fullmatch(prefix):
            return None
        try:
            with closing(self._connect()) as conn:
                rows = self._matches(conn, prefix, 2, _INFO + ", text")
                if len(rows) != 1:
                    return None
                return StoredArticle(*self._info(conn, rows[0]), text=rows[0][-1])
        except sqlite3.Error:
            return None

    def list(self, *, limit: int | None = None) -> list[ArticleInfo]:
        """Stored articles, newest first, without their text."""
        with closing(self._connect()) as conn:
            rows = conn.execute(f"SELECT {_INFO} FROM articles ORDER BY added_at DESC, rowid DESC LIMIT ?", (-1 if limit is None else limit,)).fetchall()
            return [ArticleInfo(*self._info(conn, row)) for row in rows]

    def _info(self, conn: sqlite3.Connection, row: tuple) -> tuple:
        full, title, byline, source, fmt, notes, added, chars = row[:8]
        return (self._short_id(conn, full), title, byline, source, fmt, tuple(json.loads(notes)), added, chars)

    def version(self) -> tuple[int, str]:
        """(how many articles, when the newest was added): changes whenever an article is added."""
        with closing(self._connect()) as conn:
            count, newest = conn.execute("SELECT COUNT(*), MAX(added_at) FROM articles").fetchone()
            return count, newest or ""

    def repeated_paragraphs(self, *, min_articles: int = FURNITURE_MIN_ARTICLES) -> dict[str, frozenset[str]]:
        """Site -> the paragraphs (``structure.paragraph_key``) found verbatim in `min_articles` or more of
        its stored articles. Articles fetched from a web address are grouped by host; the others
        (pasted, uploaded) form one group, ``""``."""
        texts: dict[str, list[str]] = {}
        with closing(self._connect()) as conn:
            for source, text in conn.execute("SELECT source, text FROM articles"):
                texts.setdefault(site_of(source), []).append(text)
        return {site: repeated_paragraphs(group, min_articles=min_articles) for site, group in texts.items()}

    # -- corrections: the one place their table is read and written ------------------------------

    def correct(self, correction: Correction) -> Correction:
        """Keep a correction (an undo too: use ``undo``) and return it with its id."""
        if correction.kind == UNDO:
            raise CorrectionError("take a correction back with Store.undo")
        return self._append(correction)

    def undo(self, correction_id: int, *, at: str | None = None) -> Correction:
        """Take back a live correction by appending an undo record; refused if it is not live."""
        with closing(self._connect()) as conn:
            row = conn.execute("SELECT id, article, kind, subject, value, created_at FROM corrections WHERE id = ?", (int(correction_id),)).fetchone()
        if row is None:
            raise CorrectionError(f"there is no correction {correction_id}")
        target = _correction(row)
        if target not in live(self.corrections(target.article)):
            raise CorrectionError("that correction has already been undone")
        return self._append(undo_record(target, at=at))

    def _append(self, c: Correction) -> Correction:
        with closing(self._connect()) as conn:
            with conn:
                cursor = conn.execute(
                    "INSERT INTO corrections (article, kind, subject, value, created_at) VALUES (?, ?, ?, ?, ?)",
                    (c.article, c.kind, c.subject, c.value, c.created_at),
                )
            return Correction(c.article, c.kind, c.subject, c.value, c.created_at, cursor.lastrowid)

    def corrections(self, article: str | None = None) -> list[Correction]:
        """Every correction record of one article (by its content hash), or of all, oldest first."""
        query = "SELECT id, article, kind, subject, value, created_at FROM corrections"
        with closing(self._connect()) as conn:
            rows = conn.execute(query + (" WHERE article = ?" if article is not None else "") + " ORDER BY id", (() if article is None else (article,))).fetchall()
        return [_correction(row) for row in rows]

    def __contains__(self, id_or_prefix: object) -> bool:
        return isinstance(id_or_prefix, str) and self.get(id_or_prefix) is not None

    def __len__(self) -> int:
        with closing(self._connect()) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"


def site_of(source: str) -> str:
    """The site an article came from: the host of a ``url:`` source, else ``""`` (pasted or uploaded)."""
    if not source.startswith("url:"):
        return ""
    host = (urlsplit(source[4:]).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def paragraphs_of(text: str) -> set[str]:
    """An article's paragraphs as ``structure.paragraph_key`` gives them, those long enough to judge."""
    found = layout(text)
    keys = (paragraph_key(text[p.start : p.end]) for p in found.paragraphs)
    return {key for key in keys if len(key.split()) >= FURNITURE_MIN_WORDS}


def repeated_paragraphs(texts: Iterable[str], *, min_articles: int = FURNITURE_MIN_ARTICLES) -> frozenset[str]:
    """Paragraphs found verbatim in `min_articles` or more of the texts (each text counted once)."""
    counts = Counter(key for text in texts for key in paragraphs_of(text))
    return frozenset(key for key, n in counts.items() if n >= min_articles)


def furniture_of(text: str, repeated: frozenset[str]) -> frozenset[str]:
    """The paragraphs of `text` that are site furniture. None when they would be most of it: an article
    that shares more than half its paragraphs with others is another version of them, not furniture."""
    found = layout(text)
    keys = [paragraph_key(text[p.start : p.end]) for p in found.paragraphs]
    mine = frozenset(key for key in keys if key in repeated)
    return mine if keys and len(mine) * 2 <= len(keys) else frozenset()

def _correction(row: tuple) -> Correction:
    correction_id, article, kind, subject, value, created_at = row
    return Correction(article, kind, subject, value, created_at, correction_id)
