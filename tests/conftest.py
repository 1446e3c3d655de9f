"""The store tests run on every backend: a SQLite file, and a real PostgreSQL server when one is given.

``VIEWPOINTS_TEST_POSTGRES_URL`` names a server (and a role allowed to create databases), e.g.
``postgresql://postgres@127.0.0.1:54329/postgres``; ``.ci/run`` starts Debian's PostgreSQL and sets it.
Each test gets a database of its own, dropped afterwards. Without the variable the PostgreSQL runs are
skipped on a developer's machine and fail under CI (``CI=true``): CI must test both.
"""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

from viewpoints import store as store_module

POSTGRES_ENV = "VIEWPOINTS_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def postgres_server() -> str:
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{POSTGRES_ENV} is not set: CI runs the store tests on a real PostgreSQL (see .ci/run)")
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} to run the store tests there too")
    return url


def _admin(url: str) -> sa.Engine:
    return sa.create_engine(sa.engine.make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    """A fresh, empty store address on each backend."""
    if request.param == "sqlite":
        yield store_module.sqlite_url(tmp_path / "articles.sqlite3")
        return
    yield from _postgres_database()


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database (skipped without a server, failed under CI)."""
    yield from _postgres_database()


def _postgres_database():
    server = postgres_server()
    name = f"viewpoints_test_{uuid.uuid4().hex[:12]}"
    admin = _admin(server)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(server).set(drivername="postgresql+psycopg", database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        store_module.dispose(url)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
