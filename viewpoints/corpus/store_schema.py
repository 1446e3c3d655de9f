"""The store's tables, and the steps that bring a store written by an older Viewpoints up to date.

One schema for every backend, written with SQLAlchemy Core: SQLite (a local file, the default) and
PostgreSQL (hosted teams). A store records its schema version in ``viewpoints_schema``; ``upgrade``
runs the missing steps in one transaction, under a lock, so two servers starting together upgrade
once. Version 1 is the store before this table existed (articles, then corrections). A store written
by a newer Viewpoints than this one is refused with a message, never altered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

VERSION = 7
ADVISORY_LOCK = 0x5649_4557  # PostgreSQL: one migration at a time across servers ("VIEW")

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("hash", sa.Text, primary_key=True),  # full SHA-256 of text, hex
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("byline", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("format", sa.Text, nullable=False),
    sa.Column("notes", sa.Text, nullable=False),  # JSON list of strings
    sa.Column("added_at", sa.Text, nullable=False),  # UTC, ISO 8601
    sa.Column("chars", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.Text, nullable=False, server_default=""),  # ISO date when known, else ""
    sa.Index("articles_added", "added_at"),
)

# Readers' corrections (viewpoints.corrections), append-only: an undo is a row that names the row it
# takes back. Keyed by the article's full content hash, so seeds (not in `articles`) have them too.
corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),  # speaker | stance | merge | undo
    sa.Column("subject", sa.Text, nullable=False),  # statement key, voice merged away, or the id undone
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Index("corrections_article", "article", "id"),
)

# The paragraphs of each stored article, by site: corpus furniture is a GROUP BY, not a re-read of
# every text (structure.paragraph_key; only paragraphs long enough to judge).
paragraphs = sa.Table(
    "paragraphs",
    metadata,
    sa.Column("site", sa.Text, primary_key=True),
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("article", sa.Text, primary_key=True),
    sa.Index("paragraphs_article", "article"),  # one article's paragraphs, for its furniture
)

# Analyses kept (viewpoints.corpus.kept): one article's statements as Parquet, per engine fingerprint, target
# and the site furniture left out of it. Computed once, read on every visit after.
analyses = sa.Table(
    "analyses",
    metadata,
    sa.Column("article", sa.Text, primary_key=True),  # SHA-256 of the text
    sa.Column("engine", sa.Text, primary_key=True),  # viewpoints.fingerprint.engine_fingerprint()
    sa.Column("target", sa.Text, primary_key=True),  # "" for the article's main issue
    sa.Column("furniture", sa.Text, primary_key=True),  # hash of the furniture paragraphs handed to the engine
    sa.Column("statements", sa.LargeBinary, nullable=False),  # Parquet
    sa.Column("computed_at", sa.Text, nullable=False),
)

# What a listing shows of each article's latest reading against its main issue, by engine: read, never
# computed per visit. `voices` is a JSON list of the most frequent non-author voices.
summaries = sa.Table(
    "summaries",
    metadata,
    sa.Column("article", sa.Text, primary_key=True),
    sa.Column("engine", sa.Text, primary_key=True),
    sa.Column("target", sa.Text, nullable=False),  # the main issue the engine chose
    sa.Column("statements", sa.Integer, nullable=False),
    sa.Column("voices", sa.Text, nullable=False),
    sa.Column("voice_names", sa.Text, nullable=False),  # every voice, lower-cased, for search
    sa.Column("supportive", sa.Integer, nullable=False),
    sa.Column("skeptical", sa.Integer, nullable=False),
    sa.Column("neutral", sa.Integer, nullable=False),
    sa.Column("furniture", sa.Text, nullable=False, server_default=""),  # the furniture left out of that reading
    sa.Index("summaries_engine", "engine", "article"),
)

# Each article's voices as its latest reading against the main issue gives them, by engine, with the
# readers' corrections of the article applied (a merge, a statement given to another voice or a new
# name, a stance set): one row per canonical name (the engine's voice list; the author's narration is
# left out), written with the article's summary and again whenever a correction is made or undone.
# `day` is the article's date: its published date when known, else the day it was added (`dated_by`).
voices = sa.Table(
    "voices",
    metadata,
    sa.Column("article", sa.Text, primary_key=True),
    sa.Column("engine", sa.Text, primary_key=True),
    sa.Column("voice", sa.Text, primary_key=True),
    sa.Column("statements", sa.Integer, nullable=False),
    sa.Column("supportive", sa.Integer, nullable=False),
    sa.Column("skeptical", sa.Integer, nullable=False),
    sa.Column("neutral", sa.Integer, nullable=False),
    sa.Column("polarity", sa.Float, nullable=False),  # mean TextBlob polarity of its statements
    sa.Column("day", sa.Text, nullable=False),  # YYYY-MM-DD
    sa.Column("dated_by", sa.Text, nullable=False),  # "published" or "added"
    sa.Column("person", sa.Text, nullable=False, server_default=""),  # the voice across articles: voice_totals.person
    sa.Index("voices_by_voice", "engine", "voice", "day", "article"),  # a spelling's rows, and its totals
    sa.Index("voices_by_day", "engine", "day"),
    sa.Index("voices_by_person", "engine", "person", "day", "article"),  # a voice's articles newest first, and its totals
)

# One row per spelling of a voice across the corpus, by engine: the sums of its rows in `voices`,
# rewritten for the spellings an article's write touches; with its family (the last word of its name,
# viewpoints.corpus.voice_keys) and the person it is one voice with (voice_keys.people over its family).
voice_totals = sa.Table(
    "voice_totals",
    metadata,
    sa.Column("engine", sa.Text, primary_key=True),
    sa.Column("voice", sa.Text, primary_key=True),
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("statements", sa.Integer, nullable=False),
    sa.Column("supportive", sa.Integer, nullable=False),
    sa.Column("skeptical", sa.Integer, nullable=False),
    sa.Column("neutral", sa.Integer, nullable=False),
    sa.Column("polarity", sa.Float, nullable=False),  # mean over its statements
    sa.Column("first_day", sa.Text, nullable=False),
    sa.Column("last_day", sa.Text, nullable=False),
    sa.Column("family", sa.Text, nullable=False, server_default=""),
    sa.Column("person", sa.Text, nullable=False, server_default=""),
    sa.Index("voice_totals_statements", "engine", "statements"),
    sa.Index("voice_totals_family", "engine", "family"),
    sa.Index("voice_totals_person", "engine", "person"),
)

# One row per voice (person or body) across the corpus, by engine: the sums of the rows of every
# spelling of it, the spelling it is shown by (most articles) and all its spellings, so the Voices page
# lists the corpus without grouping every row.
people = sa.Table(
    "people",
    metadata,
    sa.Column("engine", sa.Text, primary_key=True),
    sa.Column("person", sa.Text, primary_key=True),
    sa.Column("voice", sa.Text, nullable=False),  # the spelling shown (voice_keys.shown)
    sa.Column("spellings", sa.Text, nullable=False),  # JSON list of every spelling, most articles first
    sa.Column("names", sa.Text, nullable=False),  # every spelling, lower-cased, one a line: for search
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("statements", sa.Integer, nullable=False),
    sa.Column("supportive", sa.Integer, nullable=False),
    sa.Column("skeptical", sa.Integer, nullable=False),
    sa.Column("neutral", sa.Integer, nullable=False),
    sa.Column("polarity", sa.Float, nullable=False),
    sa.Column("first_day", sa.Text, nullable=False),
    sa.Column("last_day", sa.Text, nullable=False),
    sa.Index("people_statements", "engine", "statements"),
    sa.Index("people_voice", "engine", "voice"),
)

schema_version = sa.Table("viewpoints_schema", metadata, sa.Column("version", sa.Integer, nullable=False))


def found_version(conn: Connection) -> int:
    """0 for an empty database, 1 for a store from before versioning, else the recorded version."""
    tables = set(sa.inspect(conn).get_table_names())
    if schema_version.name in tables:
        recorded = conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
        return int(recorded or 0)
    return 1 if articles.name in tables else 0


@dataclass(frozen=True)
class Backfill:
    """What fills derived tables from the stored data when a step creates them (the store provides it:
    this module knows tables, not readings)."""

    paragraphs: Callable[[Connection], None]
    voices: Callable[[Connection], None]
    people: Callable[[Connection], None]


def _to_2(conn: Connection, backfill: Backfill) -> None:
    """Version 1 -> 2: corrections (if the store predates them), the published date, paragraphs by site."""
    columns = {c["name"] for c in sa.inspect(conn).get_columns(articles.name)}
    if "published" not in columns:
        conn.execute(sa.text("ALTER TABLE articles ADD COLUMN published TEXT NOT NULL DEFAULT ''"))
    metadata.create_all(conn, tables=[corrections, paragraphs, schema_version])  # (with version 4's index: checkfirst)
    backfill.paragraphs(conn)


def _to_3(conn: Connection, _backfill: Backfill) -> None:
    """Version 2 -> 3: analyses kept, and the summaries listings read."""
    metadata.create_all(conn, tables=[analyses, summaries])


def _to_4(conn: Connection, _backfill: Backfill) -> None:
    """Version 3 -> 4: an article's paragraphs by the article (its furniture was a scan of them all)."""
    next(i for i in paragraphs.indexes if i.name == "paragraphs_article").create(conn, checkfirst=True)


def _to_5(conn: Connection, _backfill: Backfill) -> None:
    """Version 4 -> 5: a summary says which furniture its reading left out (an article read before its
    site repeated a paragraph three times is read again once it has)."""
    if "furniture" not in {c["name"] for c in sa.inspect(conn).get_columns(summaries.name)}:
        conn.execute(sa.text("ALTER TABLE summaries ADD COLUMN furniture TEXT NOT NULL DEFAULT ''"))


def _to_6(conn: Connection, backfill: Backfill) -> None:
    """Version 5 -> 6: each article's voices, and their totals across the corpus, filled from the
    readings already kept (and the corrections made of them)."""
    metadata.create_all(conn, tables=[voices, voice_totals, people])  # (with version 7's columns: created as they are now)
    backfill.voices(conn)


def _to_7(conn: Connection, backfill: Backfill) -> None:
    """Version 6 -> 7: one voice across articles whatever its spelling ("Donald J. Trump", "Donald
    Trump"): each spelling's family and person, each row's person, and the people's totals."""
    for table, names in ((voices, ("person",)), (voice_totals, ("family", "person"))):
        have = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
        for name in names:
            if name not in have:
                conn.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {name} TEXT NOT NULL DEFAULT ''"))
        for index in table.indexes:
            index.create(conn, checkfirst=True)
    metadata.create_all(conn, tables=[people])
    backfill.people(conn)


STEPS: dict[int, Callable[[Connection, Backfill], None]] = {1: _to_2, 2: _to_3, 3: _to_4, 4: _to_5, 5: _to_6, 6: _to_7}


class SchemaError(RuntimeError):
    """The store cannot be opened by this version of Viewpoints."""


def upgrade(conn: Connection, backfill: Backfill) -> int:
    """Bring the store to VERSION inside the caller's transaction; returns the version found.
    `backfill` fills derived tables (paragraphs, voices) from the stored articles and readings."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK})
    found = found_version(conn)
    if found > VERSION:
        raise SchemaError(
            f"this store was written by a newer Viewpoints (schema {found}; this version reads up to {VERSION}): upgrade Viewpoints to open it"
        )
    if found == VERSION:
        return found
    if found == 0:
        metadata.create_all(conn)
    else:
        for step in range(found, VERSION):
            STEPS[step](conn, backfill)
    conn.execute(sa.delete(schema_version))
    conn.execute(sa.insert(schema_version).values(version=VERSION))
    return found
