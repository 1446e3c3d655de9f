"""Fixtures shared by the whole test tree.

The store tests run on every backend: a SQLite file, and a real PostgreSQL server when one is given.

``VIEWPOINTS_TEST_POSTGRES_URL`` names a server (and a role allowed to create databases), e.g.
``postgresql://postgres@127.0.0.1:54329/postgres``; ``.ci/run`` starts Debian's PostgreSQL and sets it.
Each test gets a database of its own, dropped afterwards. Without the variable the PostgreSQL runs are
skipped on a developer's machine and fail under CI (``CI=true``): CI must test both.

The engine's tests (``tests/engine``, ``text``, ``speakers``, ``stance``) share the seed article and the
statements of short texts, below. Every sentence in those tests is written for them; nothing is read from
outside the repository.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

import viewpoints
from viewpoints import schema as S
from viewpoints.corpus import store as store_module

POSTGRES_ENV = "VIEWPOINTS_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]
SEED = Path(__file__).resolve().parents[1] / "seeds" / "ukraine-security-guarantees.txt"


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


# --- the engine's tests: the seed article, and the statements of short texts ----------------------------


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_frame(seed_text: str) -> pd.DataFrame:
    return viewpoints.analyze(seed_text)


@pytest.fixture
def rows():
    """Analyse a text (``\\n`` as written) and return its statements as a list of dicts."""

    def _rows(text: str, **options) -> list[dict]:
        return viewpoints.analyze(text, **options).to_dict("records")

    return _rows


@pytest.fixture
def proposals():
    """The statements as the rules read them, sentence by sentence, before the article's voices are
    settled as a whole (``voice_list.settle``: merges, and the filter of proposals that name no one).
    For tests of one rule's reading, where a one-sentence text gives the filter nothing to weigh."""
    from viewpoints.pipeline import proposed_rows
    from viewpoints.stance.stance import main_issue
    from viewpoints.text.structure import layout

    def _proposals(text: str) -> list[dict]:
        return proposed_rows(text, layout(text), target=main_issue(text), article_id="test")

    return _proposals


@pytest.fixture
def check_offsets():
    """Assert the offsets invariant: each row is its own slice of the text, in order, no overlaps."""

    def _check(frame: pd.DataFrame, text: str) -> None:
        previous_end = 0
        for row in frame.itertuples(index=False):
            start, end = getattr(row, S.START), getattr(row, S.END)
            assert text[start:end] == getattr(row, S.TEXT), (start, end)
            assert start >= previous_end, f"statement at {start} overlaps the one ending at {previous_end}"
            assert start < end
            previous_end = end

    return _check
