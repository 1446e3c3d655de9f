"""Corpus-wide questions asked of a dataset written by ``--dask`` (``viewpoints.dataset``), in DuckDB over
its Parquet files: nothing is loaded into pandas but the page of answers.

A dataset is opened read-only (``Corpus(folder)``); each query reads only the columns it needs, and a
filter by source or date range opens only the partitions (``source=…/month=…``) it can match. Answers
are DataFrames whose columns are named in ``viewpoints.schema``. The engine's readings only: readers'
corrections live in the store and are not applied here.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb
import pandas as pd

from . import schema as S
from .dataset import ARTICLES_DIR, MANIFEST, STATEMENTS_DIR

VOICE_COLUMNS = (S.SPEAKER, S.ARTICLES, S.STATEMENTS, *S.STANCES, S.MEAN_POLARITY, S.FIRST_DATE, S.LAST_DATE)
SORTS = frozenset(VOICE_COLUMNS)
STATEMENT_COLUMNS = (S.ARTICLE_ID, S.TITLE, S.SOURCE, S.DATE, S.SENTENCE, S.TEXT, S.SPEAKER, S.STANCE, S.STANCE_SCORE, S.STANCE_CUES, S.POLARITY, S.SENTIMENT_WORDS, S.CUE)
_HIVE = "hive_partitioning = true, hive_types = {'source': VARCHAR, 'month': VARCHAR}"


class CorpusError(Exception):
    """A folder that is not a dataset, or a query it cannot answer (said in one line)."""


class Corpus:
    """A dataset folder, read-only. Safe to share between threads (each query has its own cursor)."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.root = Path(folder).expanduser()
        if not (self.root / MANIFEST).is_file():
            raise CorpusError(f"{self.root} is not a Viewpoints dataset (no {MANIFEST}; write one with --dask ... --out DIR)")
        self._db = duckdb.connect(":memory:", config={"threads": "2"})
        self._lock = threading.Lock()

    def _files(self, folder: str) -> str:
        return str(self.root / folder / "*" / "*" / "*.parquet")

    def _empty(self, folder: str) -> bool:
        return not any((self.root / folder).glob("*/*/*.parquet"))

    def _query(self, sql: str, params: list) -> pd.DataFrame:
        with self._lock:
            cursor = self._db.cursor()
        try:
            return cursor.execute(sql, params).df()
        except duckdb.Error as exc:
            raise CorpusError(f"the dataset at {self.root} cannot be read: {exc}") from exc
        finally:
            cursor.close()

    def _where(self, *, sources=(), start: str = "", end: str = "") -> tuple[str, list]:
        """Conditions on the statement rows `s` (partition columns first, so DuckDB prunes folders)."""
        clauses, params = [], []
        if sources:
            clauses.append(f"s.{S.SOURCE} IN ({', '.join('?' for _ in sources)})")
            params += list(sources)
        if start:
            clauses += [f"s.{S.MONTH} >= ?", f"s.{S.DATE} >= ?"]
            params += [start[:7], start]
        if end:
            clauses += [f"s.{S.MONTH} <= ?", f"s.{S.DATE} <= ?"]
            params += [end[:7], end]
        return (" AND ".join(clauses) or "true"), params

    def voices(self, *, sources=(), start: str = "", end: str = "", search: str = "", sort: str = S.STATEMENTS,
               descending: bool = True, offset: int = 0, limit: int = 25, author: bool = False) -> tuple[pd.DataFrame, int]:
        """One row per voice (speaker name) of the corpus, or of its part from these sources and dates
        (``YYYY-MM-DD``, inclusive), whose name contains `search` (any case): its articles, statements,
        stance counts, mean polarity, first and last date; sorted (ties by name) and paged. And how
        many voices match in all. The author's narration is left out unless `author`."""
        if sort not in SORTS:
            raise CorpusError(f"cannot sort voices by {sort!r}: choose one of {', '.join(VOICE_COLUMNS)}")
        if self._empty(STATEMENTS_DIR):
            return pd.DataFrame({c: pd.Series(dtype="object") for c in VOICE_COLUMNS}), 0
        where, params = self._where(sources=sources, start=start, end=end)
        if not author:
            where += f" AND s.{S.SPEAKER} <> ?"
            params.append(S.AUTHOR)
        if search.strip():
            where += f" AND contains(lower(s.{S.SPEAKER}), ?)"
            params.append(search.strip().lower())
        stances = ", ".join(f"count(*) FILTER (WHERE s.{S.STANCE} = '{stance}') AS {stance}" for stance in S.STANCES)
        order = "DESC" if descending else "ASC"
        sql = f"""
            WITH v AS (
                SELECT s.{S.SPEAKER} AS {S.SPEAKER}, count(DISTINCT s.{S.ARTICLE_HASH}) AS {S.ARTICLES}, count(*) AS {S.STATEMENTS},
                       {stances}, avg(s.{S.POLARITY}) AS {S.MEAN_POLARITY}, min(s.{S.DATE}) AS {S.FIRST_DATE}, max(s.{S.DATE}) AS {S.LAST_DATE}
                FROM read_parquet(?, {_HIVE}) AS s
                WHERE {where}
                GROUP BY s.{S.SPEAKER}
            )
            SELECT *, count(*) OVER () AS _total FROM v
            ORDER BY {sort} {order}, {S.SPEAKER} ASC
            LIMIT ? OFFSET ?"""
        frame = self._query(sql, [self._files(STATEMENTS_DIR), *params, int(limit), int(offset)])
        total = int(frame["_total"].iloc[0]) if len(frame) else self._count_voices(where, params)
        frame = frame.drop(columns="_total")
        for column in (S.ARTICLES, S.STATEMENTS, *S.STANCES):
            frame[column] = frame[column].astype("int64")
        return frame[list(VOICE_COLUMNS)], total

    def _count_voices(self, where: str, params: list) -> int:
        """How many voices match (asked only for a page past the last one)."""
        sql = f"SELECT count(DISTINCT s.{S.SPEAKER}) FROM read_parquet(?, {_HIVE}) AS s WHERE {where}"
        return int(self._query(sql, [self._files(STATEMENTS_DIR), *params]).iloc[0, 0])

    def statements_of(self, speaker: str, *, sources=(), start: str = "", end: str = "", offset: int = 0, limit: int = 50) -> pd.DataFrame:
        """One voice's statements across the corpus, newest article first (in reading order within an
        article), with its article's id, title, source and date; paged."""
        if self._empty(STATEMENTS_DIR):
            return pd.DataFrame({c: pd.Series(dtype="object") for c in STATEMENT_COLUMNS})
        where, params = self._where(sources=sources, start=start, end=end)
        columns = ", ".join(f"a.{S.TITLE}" if c == S.TITLE else f"s.{c}" for c in STATEMENT_COLUMNS)
        sql = f"""
            SELECT {columns}
            FROM read_parquet(?, {_HIVE}) AS s
            JOIN read_parquet(?, {_HIVE}) AS a ON a.{S.ARTICLE_HASH} = s.{S.ARTICLE_HASH}
            WHERE s.{S.SPEAKER} = ? AND {where}
            ORDER BY s.{S.DATE} DESC, s.{S.ARTICLE_HASH}, s.{S.SENTENCE}
            LIMIT ? OFFSET ?"""
        return self._query(sql, [self._files(STATEMENTS_DIR), self._files(ARTICLES_DIR), speaker, *params, int(limit), int(offset)])

    def sources(self) -> pd.DataFrame:
        """The corpus's sources with their articles and first and last date (from the articles files)."""
        if self._empty(ARTICLES_DIR):
            return pd.DataFrame({c: pd.Series(dtype="object") for c in (S.SOURCE, S.ARTICLES, S.FIRST_DATE, S.LAST_DATE)})
        sql = f"""SELECT a.{S.SOURCE}, count(*) AS {S.ARTICLES}, min(a.{S.DATE}) AS {S.FIRST_DATE}, max(a.{S.DATE}) AS {S.LAST_DATE}
                  FROM read_parquet(?, {_HIVE}) AS a GROUP BY a.{S.SOURCE} ORDER BY {S.ARTICLES} DESC, a.{S.SOURCE}"""
        return self._query(sql, [self._files(ARTICLES_DIR)])

    def close(self) -> None:
        self._db.close()
