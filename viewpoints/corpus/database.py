"""Where the article store is and how to reach it: its address (a SQLite path or a SQLAlchemy URL,
from the environment), one connection pool per address and process, the per-backend details SQLite
needs (WAL, a busy timeout, write transactions that take the lock at once) and database errors in a
reader's words. ``viewpoints.corpus.store`` is the store itself; nothing here knows articles.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

STORE_ENV = "VIEWPOINTS_STORE"  # a SQLite file's path
DATABASE_ENV = "VIEWPOINTS_DATABASE_URL"  # a SQLAlchemy URL; wins over STORE_ENV
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "store" / "articles.sqlite3"  # the repository's data/store
# where the default store was made from the move into viewpoints/corpus/ (5312b25) until 2026-12-08, by
# mistake: inside the package; a store found only there is used, so no one's articles go missing
LEGACY_PATH = Path(__file__).resolve().parents[1] / "data" / "store" / "articles.sqlite3"
BUSY_TIMEOUT_S = 30.0


class StoreError(RuntimeError):
    """The store cannot be reached or opened; the message says why in a reader's words."""


def default_path() -> Path:
    """``$VIEWPOINTS_STORE`` when set, else ``data/store/articles.sqlite3`` in the repository (or the one a
    past version left inside the package, ``LEGACY_PATH``, when only that exists)."""
    env = os.environ.get(STORE_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    return LEGACY_PATH if LEGACY_PATH.exists() and not DEFAULT_PATH.exists() else DEFAULT_PATH


def default_url() -> str:
    """``$VIEWPOINTS_DATABASE_URL`` when set, else the SQLite file of ``default_path``."""
    return os.environ.get(DATABASE_ENV, "").strip() or sqlite_url(default_path())


def sqlite_url(path: str | os.PathLike) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def is_url(target: str | os.PathLike) -> bool:
    return isinstance(target, str) and "://" in target


def parse_url(url: str) -> sa.engine.URL:
    """A database URL, refused (ValueError) when its password holds an unescaped "@": the part after it
    would be read as the host and shown in messages."""
    parsed = sa.engine.make_url(url)
    if parsed.host and "@" in parsed.host:
        raise ValueError('the database address has an "@" in its user name or password: write it as %40')
    return parsed


def redacted(url: str) -> str:
    """A database URL as it may be shown: its kind, host, port and database, never a user or password."""
    try:
        parsed = sa.engine.make_url(url)
    except Exception:  # noqa: BLE001 - not a URL: show nothing of it
        return "(an address that is not a database URL)"
    if parsed.get_backend_name() == "sqlite":
        return parsed.render_as_string(hide_password=True)
    host = (parsed.host or "").split("@")[-1]  # an unescaped "@" in a password: show no part of it
    return f"{parsed.get_backend_name()}://{host}{f':{parsed.port}' if parsed.port else ''}/{parsed.database or ''}"


_ENGINES: dict[str, Engine] = {}
_ENGINES_LOCK = threading.Lock()


def engine_for(url: str) -> Engine:
    """One engine (connection pool) per database URL and process."""
    with _ENGINES_LOCK:
        if url not in _ENGINES:
            _ENGINES[url] = _make_engine(url)
        return _ENGINES[url]


def dispose(url: str) -> None:
    """Close this process's connections to a database (a test dropping it, a server shutting down)."""
    with _ENGINES_LOCK:
        engine = _ENGINES.pop(url, None)
    if engine is not None:
        engine.dispose()


def forget_inherited_connections() -> None:
    """In a process forked from one that had the store open: drop the parent's pooled connections
    without closing them (they are the parent's; SQLAlchemy's advice for os.fork), so this process
    opens its own."""
    with _ENGINES_LOCK:
        for engine in _ENGINES.values():
            engine.dispose(close=False)
        _ENGINES.clear()


def _make_engine(url: str) -> Engine:
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite":
        if parsed.drivername == "postgresql" or parsed.drivername == "postgres":
            parsed = parsed.set(drivername="postgresql+psycopg")  # the driver Viewpoints installs
        return sa.create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    engine = sa.create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:  # every new SQLite connection
        dbapi_connection.isolation_level = None  # transactions are begun below, not by the driver
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash can lose the last commit, not corrupt
        cursor.close()
        # SQLite's lower() folds ASCII only ("Österreich" stays capitalised); searches fold as Python does
        dbapi_connection.create_function("lower", 1, lambda text: text.lower() if isinstance(text, str) else text, deterministic=True)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A write transaction takes the write lock at once (waiting out the busy timeout), so it never
        # fails half-way when another writer got there first; reads take a snapshot and never block.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine


def dialect_insert(conn: Connection):
    """INSERT with ON CONFLICT, which SQLite and PostgreSQL both have (SQLAlchemy spells it per dialect)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def like_escape(word: str) -> str:
    """`word` with LIKE's wildcards taken as plain characters (for ``LIKE ... ESCAPE '\\'``)."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def reason(exc: SQLAlchemyError) -> str:
    """The database's own words, first line, without SQLAlchemy's wrapping."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def reachable(method: Callable) -> Callable:
    """A store method whose database failures (unreachable server, lost connection, locked file) come
    out as StoreError, in words a reader can act on (the method's object has a ``url``)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise StoreError(f"the article store at {redacted(self.url)} cannot be reached: {reason(exc)}") from exc

    return wrapper
