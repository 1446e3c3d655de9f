"""Corpus-wide questions asked of a dataset written by ``--dask`` (``viewpoints.corpus.dataset``), in DuckDB over
its Parquet files: nothing is loaded into pandas but the page of answers.

A dataset is opened read-only (``Corpus(folder)``); each query reads only the columns it needs, and a
filter by source or date range opens only the partitions (``source=…/month=…``) it can match. Answers
are DataFrames whose columns are named in ``viewpoints.schema``. The engine's readings only: readers'
corrections live in the store and are not applied here.

A voice is a person or body across articles whatever its spelling (``viewpoints.corpus.voice_keys``): the
dataset's spellings, with how many articles use each, are read once (and again when its files change)
into a small table, ``voice_names`` (spelling, person, the spelling shown, every spelling), that the
queries join; the files keep the names as the engine wrote them, so older datasets read the same.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import duckdb
import pandas as pd

from .. import schema as S
from .dataset import ARTICLES_DIR, MANIFEST, STATEMENTS_DIR
from .voice_keys import joined, people, shown, spelled

SPELLINGS = "spellings"  # a voice's spellings, most articles first (JSON list), beside the one it is shown by
VOICE_COLUMNS = (S.SPEAKER, SPELLINGS, S.ARTICLES, S.STATEMENTS, *S.STANCES, S.MEAN_POLARITY, S.FIRST_DATE, S.LAST_DATE)
SORTS = frozenset(VOICE_COLUMNS) - {SPELLINGS}
STATEMENT_COLUMNS = (S.ARTICLE_ID, S.TITLE, S.SOURCE, S.DATE, S.SENTENCE, S.TEXT, S.SPEAKER, S.STANCE, S.STANCE_SCORE, S.STANCE_CUES, S.POLARITY, S.SENTIMENT_WORDS, S.CUE)
MAX_SEARCH_WORDS = 8
TIMELINE_COLUMNS = (S.SPEAKER, S.DATE, S.ARTICLES, S.STATEMENTS, *S.STANCES, S.MEAN_POLARITY, "published")
_HIVE = "hive_partitioning = true, hive_types = {'source': VARCHAR, 'month': VARCHAR}"


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


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
        self._named: tuple = ()  # the statements files voice_names was made from
        self._family: dict[str, dict[str, str]] = {}  # family -> spelling -> person
        self._people: dict[str, tuple[str, list[str]]] = {}  # person -> (shown, spellings)

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

    def _names(self) -> None:
        """Make `voice_names` (and the maps beside it) again when the statements files changed: every
        spelling of the dataset with its person, the spelling the person is shown by, and all its
        spellings (JSON, and lower case one a line for search). The author's narration is its own."""
        files = sorted(self.root.joinpath(STATEMENTS_DIR).glob("*/*/*.parquet"))
        signature = tuple((str(f), f.stat().st_size, f.stat().st_mtime_ns) for f in files)
        with self._lock:
            if signature == self._named and signature:
                return
            counts = {}
            if files:
                sql = f"SELECT s.{S.SPEAKER}, count(DISTINCT s.{S.ARTICLE_HASH}) FROM read_parquet(?, {_HIVE}) AS s GROUP BY s.{S.SPEAKER}"
                try:
                    counts = dict(self._db.execute(sql, [self._files(STATEMENTS_DIR)]).fetchall())
                except duckdb.Error as exc:
                    raise CorpusError(f"the dataset at {self.root} cannot be read: {exc}") from exc
            voices = {name: n for name, n in counts.items() if name != S.AUTHOR}
            person = people(voices) | ({S.AUTHOR: "\0" + S.AUTHOR} if S.AUTHOR in counts else {})
            groups: dict[str, dict[str, int]] = {}
            for name, key in person.items():
                groups.setdefault(key, {})[name] = counts[name]
            self._people = {key: (shown(names), sorted(names, key=lambda n: (-names[n], -len(n), n))) for key, names in groups.items()}
            self._family = {}
            for name, key in person.items():
                self._family.setdefault(spelled(name).family, {})[name] = key
            table = pd.DataFrame({
                S.SPEAKER: list(person), "person": list(person.values()),
                "shown": [self._people[k][0] for k in person.values()],
                SPELLINGS: [json.dumps(self._people[k][1], ensure_ascii=False) for k in person.values()],
                "names": ["\n".join(self._people[k][1]).lower() for k in person.values()],
            }, columns=[S.SPEAKER, "person", "shown", SPELLINGS, "names"])
            self._db.register("_voice_names_frame", table)
            self._db.execute("CREATE OR REPLACE TABLE voice_names AS SELECT * FROM _voice_names_frame")
            self._db.unregister("_voice_names_frame")
            self._named = signature

    def voice_named(self, name: str) -> str | None:
        """The dataset's voice a written name is (any spelling of it: "Donald J. Trump" or "donald
        trump" where the dataset has "Donald Trump"), as it is shown; None when it is none."""
        self._names()
        person = joined(name, self._family.get(spelled(name).family, {}))
        return self._people[person][0] if person is not None else None

    def spellings(self, name: str) -> list[str]:
        """Every spelling of the voice a written name is, most articles first ([] when it is none)."""
        self._names()
        person = joined(name, self._family.get(spelled(name).family, {}))
        return list(self._people[person][1]) if person is not None else []

    def _written(self, name: str) -> list[str]:
        """The spellings statements of this voice may carry (the name itself when it is none)."""
        return self.spellings(name) or [name]

    def _where(self, *, sources=(), start: str = "", end: str = "", source_like: str = "", issue: str = "") -> tuple[str, list]:
        """Conditions on the statement rows `s` (partition columns first, so DuckDB prunes folders):
        exact `sources`, a source containing `source_like` (any case), dates from `start` to `end`
        (YYYY-MM-DD, inclusive), and articles whose issue (the target their stance is judged against)
        contains `issue` (any case; read from the articles files)."""
        clauses, params = [], []
        if sources:
            clauses.append(f"s.{S.SOURCE} IN ({', '.join('?' for _ in sources)})")
            params += list(sources)
        if source_like.strip():
            clauses.append(f"contains(lower(s.{S.SOURCE}), ?)")
            params.append(source_like.strip().lower())
        if start:
            clauses += [f"s.{S.MONTH} >= ?", f"s.{S.DATE} >= ?"]
            params += [start[:7], start]
        if end:
            clauses += [f"s.{S.MONTH} <= ?", f"s.{S.DATE} <= ?"]
            params += [end[:7], end]
        if issue.strip():
            clauses.append(f"s.{S.ARTICLE_HASH} IN (SELECT a.{S.ARTICLE_HASH} FROM read_parquet(?, {_HIVE}) AS a "
                           f"WHERE contains(lower(json_extract_string(a.attrs, '$.target')), ?))")
            params += [self._files(ARTICLES_DIR), issue.strip().lower()]
        return (" AND ".join(clauses) or "true"), params

    def voices(self, *, sources=(), start: str = "", end: str = "", source_like: str = "", issue: str = "", search: str = "",
               sort: str = S.STATEMENTS, descending: bool = True, offset: int = 0, limit: int = 25, author: bool = False) -> tuple[pd.DataFrame, int]:
        """One row per voice (speaker name) of the corpus, or of its part from these sources and dates
        (``YYYY-MM-DD``, inclusive; `source_like` and `issue` as in ``_where``), whose name contains every
        word of `search` (any case): its articles, statements,
        stance counts, mean polarity, first and last date; sorted (ties by name) and paged. And how
        many voices match in all. The author's narration is left out unless `author`."""
        if sort not in SORTS:
            raise CorpusError(f"cannot sort voices by {sort!r}: choose one of {', '.join(VOICE_COLUMNS)}")
        if self._empty(STATEMENTS_DIR):
            return pd.DataFrame({c: pd.Series(dtype="object") for c in VOICE_COLUMNS}), 0
        where, params = self._where(sources=sources, start=start, end=end, source_like=source_like, issue=issue)
        if not author:
            where += f" AND s.{S.SPEAKER} <> ?"
            params.append(S.AUTHOR)
        for word in search.lower().split()[:MAX_SEARCH_WORDS]:
            where += " AND contains(n.names, ?)"
            params.append(word)
        self._names()
        stances = ", ".join(f"count(*) FILTER (WHERE s.{S.STANCE} = '{stance}') AS {stance}" for stance in S.STANCES)
        order = "DESC" if descending else "ASC"
        sql = f"""
            WITH v AS (
                SELECT any_value(n.shown) AS {S.SPEAKER}, any_value(n.{SPELLINGS}) AS {SPELLINGS},
                       count(DISTINCT s.{S.ARTICLE_HASH}) AS {S.ARTICLES}, count(*) AS {S.STATEMENTS},
                       {stances}, avg(s.{S.POLARITY}) AS {S.MEAN_POLARITY}, min(s.{S.DATE}) AS {S.FIRST_DATE}, max(s.{S.DATE}) AS {S.LAST_DATE}
                FROM read_parquet(?, {_HIVE}) AS s JOIN voice_names AS n ON n.{S.SPEAKER} = s.{S.SPEAKER}
                WHERE {where}
                GROUP BY n.person
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
        sql = f"SELECT count(DISTINCT n.person) FROM read_parquet(?, {_HIVE}) AS s JOIN voice_names AS n ON n.{S.SPEAKER} = s.{S.SPEAKER} WHERE {where}"
        return int(self._query(sql, [self._files(STATEMENTS_DIR), *params]).iloc[0, 0])

    def statements_of(self, speaker: str, *, sources=(), start: str = "", end: str = "", offset: int = 0, limit: int = 50) -> pd.DataFrame:
        """One voice's statements (by any of its spellings) across the corpus, newest article first (in
        reading order within an article), with its article's id, title, source and date; paged."""
        if self._empty(STATEMENTS_DIR):
            return pd.DataFrame({c: pd.Series(dtype="object") for c in STATEMENT_COLUMNS})
        where, params = self._where(sources=sources, start=start, end=end)
        names = self._written(speaker)
        columns = ", ".join(f"a.{S.TITLE}" if c == S.TITLE else f"s.{c}" for c in STATEMENT_COLUMNS)
        sql = f"""
            SELECT {columns}
            FROM read_parquet(?, {_HIVE}) AS s
            JOIN read_parquet(?, {_HIVE}) AS a ON a.{S.ARTICLE_HASH} = s.{S.ARTICLE_HASH}
            WHERE s.{S.SPEAKER} IN ({_marks(names)}) AND {where}
            ORDER BY s.{S.DATE} DESC, s.{S.ARTICLE_HASH}, s.{S.SENTENCE}
            LIMIT ? OFFSET ?"""
        return self._query(sql, [self._files(STATEMENTS_DIR), self._files(ARTICLES_DIR), *names, *params, int(limit), int(offset)])

    def has_voice(self, speaker: str) -> bool:
        """Whether the corpus has this voice (by any of its spellings)."""
        return not self._empty(STATEMENTS_DIR) and self.voice_named(speaker) is not None

    def timeline(self, speakers, **part) -> pd.DataFrame:
        """Per voice and article date (oldest first): articles, statements, stance counts, mean polarity,
        and how many of those articles are dated by their published date (TIMELINE_COLUMNS); each voice
        by any of its spellings, named as asked. `part` takes the filters of ``_where``."""
        speakers = list(dict.fromkeys(speakers))
        if not speakers or self._empty(STATEMENTS_DIR):
            return pd.DataFrame({c: pd.Series(dtype="object") for c in TIMELINE_COLUMNS})
        where, params = self._where(**part)
        chosen = [(name, speaker) for speaker in speakers for name in self._written(speaker)]
        stances = ", ".join(f"count(*) FILTER (WHERE s.{S.STANCE} = '{stance}') AS {stance}" for stance in S.STANCES)
        sql = f"""
            WITH dated AS (SELECT DISTINCT a.{S.ARTICLE_HASH}, a.{S.DATE_FROM} FROM read_parquet(?, {_HIVE}) AS a)
            SELECT c.voice AS {S.SPEAKER}, s.{S.DATE}, count(DISTINCT s.{S.ARTICLE_HASH}) AS {S.ARTICLES}, count(*) AS {S.STATEMENTS}, {stances},
                   avg(s.{S.POLARITY}) AS {S.MEAN_POLARITY},
                   count(DISTINCT s.{S.ARTICLE_HASH}) FILTER (WHERE d.{S.DATE_FROM} = 'published') AS published
            FROM read_parquet(?, {_HIVE}) AS s JOIN dated AS d ON d.{S.ARTICLE_HASH} = s.{S.ARTICLE_HASH}
            JOIN (VALUES {', '.join('(?, ?)' for _ in chosen)}) AS c(spelling, voice) ON c.spelling = s.{S.SPEAKER}
            WHERE {where}
            GROUP BY c.voice, s.{S.DATE}
            ORDER BY s.{S.DATE}, c.voice"""
        frame = self._query(sql, [self._files(ARTICLES_DIR), self._files(STATEMENTS_DIR), *[v for pair in chosen for v in pair], *params])
        for column in (S.ARTICLES, S.STATEMENTS, *S.STANCES, "published"):
            frame[column] = frame[column].astype("int64")
        return frame[list(TIMELINE_COLUMNS)]

    def voice_articles(self, speaker: str, *, offset: int = 0, limit: int = 25, **part) -> tuple[pd.DataFrame, int]:
        """One voice's articles (by any of its spellings), newest first (ties by hash), paged: hash, id, title, source, date and
        where the date came from, and the voice's statements there; and how many articles in all."""
        columns = (S.ARTICLE_HASH, S.ARTICLE_ID, S.TITLE, S.SOURCE, S.DATE, S.DATE_FROM, S.STATEMENTS)
        if self._empty(STATEMENTS_DIR):
            return pd.DataFrame({c: pd.Series(dtype="object") for c in columns}), 0
        where, params = self._where(**part)
        names = self._written(speaker)
        sql = f"""
            WITH mine AS (
                SELECT s.{S.ARTICLE_HASH}, count(*) AS {S.STATEMENTS} FROM read_parquet(?, {_HIVE}) AS s
                WHERE s.{S.SPEAKER} IN ({_marks(names)}) AND {where} GROUP BY s.{S.ARTICLE_HASH}
            )
            SELECT a.{S.ARTICLE_HASH}, a.{S.ARTICLE_ID}, a.{S.TITLE}, a.{S.SOURCE}, a.{S.DATE}, a.{S.DATE_FROM}, m.{S.STATEMENTS},
                   count(*) OVER () AS _total
            FROM mine AS m JOIN read_parquet(?, {_HIVE}) AS a ON a.{S.ARTICLE_HASH} = m.{S.ARTICLE_HASH}
            ORDER BY a.{S.DATE} DESC, a.{S.ARTICLE_HASH}
            LIMIT ? OFFSET ?"""
        frame = self._query(sql, [self._files(STATEMENTS_DIR), *names, *params, self._files(ARTICLES_DIR), int(limit), int(offset)])
        total = int(frame["_total"].iloc[0]) if len(frame) else (self.voice_articles(speaker, limit=1, **part)[1] if offset else 0)
        return frame.drop(columns="_total")[list(columns)], total

    def statements_in(self, speaker: str, article_hashes) -> pd.DataFrame:
        """Every column of the voice's statements (by any of its spellings) in these articles (``schema.COLUMNS`` and
        `article_hash`), in reading order within each article."""
        wanted = list(article_hashes)
        if not wanted or self._empty(STATEMENTS_DIR):
            return S.empty_frame().assign(**{S.ARTICLE_HASH: pd.Series(dtype="string")})
        columns = ", ".join(f"s.{c}" for c in (*S.COLUMNS, S.ARTICLE_HASH))
        names = self._written(speaker)
        sql = f"""SELECT {columns} FROM read_parquet(?, {_HIVE}) AS s
                  WHERE s.{S.SPEAKER} IN ({_marks(names)}) AND s.{S.ARTICLE_HASH} IN ({_marks(wanted)})
                  ORDER BY s.{S.ARTICLE_HASH}, s.{S.SENTENCE}"""
        frame = self._query(sql, [self._files(STATEMENTS_DIR), *names, *wanted])
        hashes = frame.pop(S.ARTICLE_HASH)
        return S.conform(frame).assign(**{S.ARTICLE_HASH: hashes.astype("string")})

    def sources(self) -> pd.DataFrame:
        """The corpus's sources with their articles and first and last date (from the articles files)."""
        if self._empty(ARTICLES_DIR):
            return pd.DataFrame({c: pd.Series(dtype="object") for c in (S.SOURCE, S.ARTICLES, S.FIRST_DATE, S.LAST_DATE)})
        sql = f"""SELECT a.{S.SOURCE}, count(*) AS {S.ARTICLES}, min(a.{S.DATE}) AS {S.FIRST_DATE}, max(a.{S.DATE}) AS {S.LAST_DATE}
                  FROM read_parquet(?, {_HIVE}) AS a GROUP BY a.{S.SOURCE} ORDER BY {S.ARTICLES} DESC, a.{S.SOURCE}"""
        return self._query(sql, [self._files(ARTICLES_DIR)])

    def close(self) -> None:
        self._db.close()
