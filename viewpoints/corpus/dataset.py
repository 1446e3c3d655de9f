"""A corpus as a Parquet dataset: what ``--dask`` writes and ``viewpoints.corpus.dataset_query`` reads.

Layout of a dataset folder (hive-style partitions by site and month, so a query for one outlet or a
date range opens only its folders)::

    dataset.json                                      the engine and target it was read with
    statements/source=<site>/month=<YYYY-MM>/part-<key>.parquet   one row per statement
    articles/source=<site>/month=<YYYY-MM>/part-<key>.parquet     one row per article (the commit record)
    _staging/<hash>.parquet, <hash>.reading            work in progress (see below)

The work of one article is a pure function, ``reading(job)``: the same ``viewpoints.analyze`` one
process runs, with the article's details beside it. How readings reach the dataset, so that a worker
that dies loses no finished article: each finished article is first written alone to ``_staging``
(atomically: a temporary file renamed), and a ``<hash>.reading`` marker counts the attempts to read it.
A batch's readings are then written as one part per (site, month), statements first and the articles
part last; only then are their staged files removed. A batch whose worker died is run again (by Dask)
and takes its finished articles from ``_staging``; an article whose reading was started
``MAX_ATTEMPTS`` times without finishing (it kills its worker) is refused with that reason. Whatever is
left in ``_staging`` after a run (a batch that failed for good) is written by ``commit_staged``, and a
statements part without its articles part (a commit cut short) is removed by ``recover`` before the
next run writes it again. An article is done when an articles part holds its hash; a run skips those.
A run ends by merging each partition's parts into one (``dataset_compact``).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .. import schema as S
from ..fingerprint import engine_fingerprint
from ..pipeline import analyze
from .bulk import Item, Outcome, article_of
from .corpus_furniture import site_of
from .kept import furniture_key
from .store import content_hash

MANIFEST = "dataset.json"
STATEMENTS_DIR, ARTICLES_DIR, STAGING_DIR = "statements", "articles", "_staging"
MAX_ATTEMPTS = 2  # an article whose reading starts this often without finishing is refused
FORMAT = 1

_ARROW = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}
STATEMENT_COLUMNS = {**S.COLUMNS, S.ARTICLE_HASH: "string", S.DATE: "string"}
STATEMENTS_SCHEMA = pa.schema([(name, _ARROW[dtype]) for name, dtype in STATEMENT_COLUMNS.items()])
ARTICLE_COLUMNS = {
    S.ARTICLE_HASH: "string", S.ARTICLE_ID: "string", S.TITLE: "string", S.DATE: "string", S.DATE_FROM: "string",
    "where": "string", "target": "string", S.STATEMENTS: "int64", "engine": "string", "furniture": "string",
    "attrs": "string",  # the frame's attrs (target, headings, boilerplate) as JSON
}
ARTICLES_SCHEMA = pa.schema([(name, _ARROW[dtype]) for name, dtype in ARTICLE_COLUMNS.items()])


class DatasetError(Exception):
    """A dataset folder that cannot be written or read as asked (said in one line)."""


@dataclass(frozen=True)
class Job:
    """One article to read: its text and the details the dataset keeps beside its statements."""

    where: str
    article_hash: str
    article_id: str
    text: str
    title: str = ""
    site: str = ""
    date: str = ""
    date_from: str = "added"
    target: str = ""
    furniture: tuple[str, ...] = ()


def job_of(item: Item, *, today: str, target: str = "", by_stem: bool = False) -> Job:
    """The Job an ingest item gives (read as ``viewpoints ingest`` reads it; raises ArticleError or
    ValueError for what cannot be read). Its id is the content hash's start, or with `by_stem` a file's
    name without its extension, as ``viewpoints analyze`` names articles."""
    article = article_of(item)
    full = content_hash(article.text)
    article_id = Path(item.path).stem if by_stem and item.path else full[:12]
    published = article.published
    return Job(item.where, full, article_id, article.text, article.title, site_of(article.source), published or today, "published" if published else "added", target.strip())


def reading(job: Job) -> tuple[pd.DataFrame, dict]:
    """The pure work of one article: its statements (the schema's columns, as ``analyze`` gives them)
    and its row of the articles table."""
    frame = analyze(job.text, target=job.target or None, article_id=job.article_id, furniture=job.furniture)
    row = {
        S.ARTICLE_HASH: job.article_hash, S.ARTICLE_ID: job.article_id, S.TITLE: job.title, S.DATE: job.date,
        S.DATE_FROM: job.date_from, "where": job.where, "target": job.target, S.STATEMENTS: len(frame),
        "engine": engine_fingerprint(), "furniture": furniture_key(job.furniture), "attrs": json.dumps(frame.attrs, ensure_ascii=False),
        S.SOURCE: job.site, S.MONTH: job.date[:7],
    }
    return frame, row


# -- the folder ----------------------------------------------------------------------------------

def open_for_writing(folder: str | os.PathLike, *, target: str = "") -> Path:
    """Create the dataset folder, or check that an existing one was read by this engine against the
    same target (a dataset holds one reading per article: another engine's would sit beside it)."""
    root = Path(folder).expanduser()
    manifest = {"format": FORMAT, "engine": engine_fingerprint(), "target": target.strip()}
    found = root / MANIFEST
    if found.is_file():
        try:
            kept = json.loads(found.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DatasetError(f"{found} cannot be read ({exc}); is {root} a Viewpoints dataset?") from exc
        for key in ("engine", "target"):
            if kept.get(key) != manifest[key]:
                raise DatasetError(f"{root} was read with {key} {kept.get(key)!r}, this run has {manifest[key]!r}: write to another folder")
    elif root.exists() and any(root.iterdir()):
        raise DatasetError(f"{root} holds other files and no {MANIFEST}: give an empty or new folder")
    else:
        try:
            (root / STAGING_DIR).mkdir(parents=True, exist_ok=True)
            _atomic_write(found, json.dumps(manifest, indent=1).encode("utf-8"))
        except OSError as exc:
            raise DatasetError(f"cannot write the dataset at {root}: {exc.strerror or exc}") from exc
    (root / STAGING_DIR).mkdir(exist_ok=True)
    return root


def done(root: Path) -> set[str]:
    """Hashes of the articles the dataset holds (committed)."""
    parts = sorted((root / ARTICLES_DIR).glob("source=*/month=*/*.parquet"))
    return {h for p in parts for h in pq.read_table(p, columns=[S.ARTICLE_HASH]).column(0).to_pylist()}


def recover(root: Path) -> int:
    """Remove statements parts whose articles part was never written (a commit cut short; their
    readings are still staged), then commit what is staged. How many articles that committed."""
    from .dataset_compact import finish

    finish(root)  # a merge of parts cut short: completed or undone first
    for part in (root / STATEMENTS_DIR).glob("source=*/month=*/*.parquet"):
        if not (root / ARTICLES_DIR / part.relative_to(root / STATEMENTS_DIR)).is_file():
            part.unlink()
    return commit_staged(root)


# -- staging and committing (in the worker that read the articles, and in the driver at the end) ---

def _staged(root: Path, article_hash: str) -> Path:
    return root / STAGING_DIR / f"{article_hash}.parquet"


def _marker(root: Path, article_hash: str) -> Path:
    return root / STAGING_DIR / f"{article_hash}.reading"


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def stage(root: Path, frame: pd.DataFrame, row: dict) -> None:
    """Write one finished article alone (its statements, its row in the metadata)."""
    table = _statements_table(frame, row).replace_schema_metadata({b"viewpoints.article": json.dumps(row, ensure_ascii=False).encode("utf-8")})
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    _atomic_write(_staged(root, row[S.ARTICLE_HASH]), sink.getvalue().to_pybytes())


def _statements_table(frame: pd.DataFrame, row: dict) -> pa.Table:
    columns = {name: frame[name].tolist() for name in S.COLUMNS}
    columns[S.ARTICLE_HASH] = [row[S.ARTICLE_HASH]] * len(frame)
    columns[S.DATE] = [row[S.DATE]] * len(frame)
    return pa.table(columns, schema=STATEMENTS_SCHEMA)


def _load_staged(path: Path) -> tuple[pa.Table, dict]:
    table = pq.read_table(path)
    row = json.loads(table.schema.metadata[b"viewpoints.article"])
    return table.replace_schema_metadata(None), row


def read_batch(root: Path, jobs: Iterable[Job], read=reading, *, frames: bool = False) -> list[tuple[Outcome, dict | None, pd.DataFrame | None]]:
    """Read a batch of articles in a worker: each finished one staged at once, then the batch
    committed. `read` is the per-article function (``reading``; a test may wrap it). Each article's
    outcome, with its row when it was read (and with `frames`, its statements frame)."""
    jobs = list(jobs)
    record = root / STAGING_DIR / f"{_key(j.article_hash for j in jobs)}.batch"
    if record.is_file():  # this batch finished before (its result was lost with a worker): nothing to read
        done_before = [(Outcome(**o), r) for o, r in json.loads(record.read_text(encoding="utf-8"))]
        return [(o, r, reading_of(root, r[S.ARTICLE_HASH])[0] if frames and r else None) for o, r in done_before]
    results: list[tuple[Outcome, dict | None, pd.DataFrame | None]] = []
    for job in jobs:
        staged, marker = _staged(root, job.article_hash), _marker(root, job.article_hash)
        if staged.is_file():  # finished by an earlier attempt at this batch
            table, row = _load_staged(staged)
            results.append((Outcome(job.where, "added", job.article_id, statements=row[S.STATEMENTS]), row, _frame(table, row) if frames else None))
            continue
        attempts = int(marker.read_text() or 0) if marker.is_file() else 0
        if attempts >= MAX_ATTEMPTS:
            why = f"its worker stopped while reading it, {attempts} times (delete {marker} to try again)"
            results.append((Outcome(job.where, "refused", job.article_id, reason=why), None, None))
            continue
        _atomic_write(marker, str(attempts + 1).encode())
        try:
            frame, row = read(job)
        except Exception as exc:  # noqa: BLE001 - one article's failure is that article's outcome
            marker.unlink(missing_ok=True)
            results.append((Outcome(job.where, "refused", job.article_id, reason=f"{type(exc).__name__}: {exc}"), None, None))
            continue
        stage(root, frame, row)
        marker.unlink(missing_ok=True)
        results.append((Outcome(job.where, "added", job.article_id, statements=len(frame)), row, frame if frames else None))
    commit(root, [r[S.ARTICLE_HASH] for _o, r, _f in results if r is not None])
    _atomic_write(record, json.dumps([(asdict(o), r) for o, r, _f in results], ensure_ascii=False).encode("utf-8"))
    return results


def _key(hashes: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(hashes)).encode()).hexdigest()[:16]


def forget_batches(root: Path) -> None:
    """Drop the records of finished batches (kept during a run, for a batch Dask runs again)."""
    for record in (root / STAGING_DIR).glob("*.batch"):
        record.unlink(missing_ok=True)


def commit(root: Path, hashes: Iterable[str]) -> int:
    """Write these staged articles as parts, one per (site, month), then drop them from staging."""
    groups: dict[tuple[str, str], list[tuple[pa.Table, dict, Path]]] = defaultdict(list)
    for article_hash in hashes:
        path = _staged(root, article_hash)
        if path.is_file():
            table, row = _load_staged(path)
            groups[(row[S.SOURCE], row[S.MONTH])].append((table, row, path))
    for (site, month), members in groups.items():
        key = _key(r[S.ARTICLE_HASH] for _t, r, _p in members)
        where = Path(f"{S.SOURCE}={quote(site, safe=' ')}") / f"{S.MONTH}={month}" / f"part-{key}.parquet"
        statements = pa.concat_tables([t for t, _r, _p in members])
        articles = pa.Table.from_pylist([{k: r[k] for k in ARTICLE_COLUMNS} for _t, r, _p in members], schema=ARTICLES_SCHEMA)
        for folder, table in ((STATEMENTS_DIR, statements), (ARTICLES_DIR, articles)):  # the articles part last
            path = root / folder / where
            path.parent.mkdir(parents=True, exist_ok=True)
            sink = pa.BufferOutputStream()
            pq.write_table(table, sink, compression="zstd")
            _atomic_write(path, sink.getvalue().to_pybytes())
        for _t, _r, path in members:
            path.unlink(missing_ok=True)
    return sum(len(m) for m in groups.values())


def commit_staged(root: Path) -> int:
    """Commit every finished article left in staging (by a batch that failed for good, or a run cut
    short)."""
    return commit(root, [p.stem for p in (root / STAGING_DIR).glob("*.parquet") if not p.name.startswith(".")])


def reading_of(root: Path, article_hash: str) -> tuple[pd.DataFrame, dict] | None:
    """One article's statements from the dataset, as ``analyze`` gave them (attrs included), and its
    articles row; None when the dataset does not hold it."""
    import pyarrow.dataset as ds

    articles = ds.dataset(root / ARTICLES_DIR, format="parquet", partitioning="hive").to_table(filter=ds.field(S.ARTICLE_HASH) == article_hash)
    if not articles.num_rows:
        return None
    statements = ds.dataset(root / STATEMENTS_DIR, format="parquet", partitioning="hive").to_table(
        filter=ds.field(S.ARTICLE_HASH) == article_hash, columns=list(S.COLUMNS))
    row = articles.to_pylist()[0]
    return _frame(statements, row), row


def _frame(table: pa.Table, row: dict) -> pd.DataFrame:
    """An article's statements frame from its rows and its articles row, as ``analyze`` gave it."""
    frame = S.conform(table.select(list(S.COLUMNS)).to_pandas()) if table.num_rows else S.empty_frame()
    frame = frame.sort_values(S.SENTENCE, kind="stable").reset_index(drop=True)
    frame.attrs = {key: [tuple(v) if isinstance(v, list) else v for v in value] if isinstance(value, list) else value for key, value in json.loads(row["attrs"]).items()}
    return frame
