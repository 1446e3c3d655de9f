"""One file per partition: the parts a run's batches wrote into one (site, month) folder merged into one.

Each batch of a run writes its own small part into every partition it touches, so a large run leaves
thousands of files, and a query opens them all: on 100,680 articles in 18,572 files DuckDB's voices
query took 9 s; merged, a fraction of that (README, "Running at scale"). ``compact`` runs at the end of
every ``--dask`` run.

Safe to stop at any point: a journal in ``_staging`` names the parts being replaced before anything is
written; the merged statements part is written first and the merged articles part second, then the
old parts go. ``finish`` (called by ``dataset.recover`` before a run) completes a merge whose articles
part was written and undoes one whose was not, so no article is ever counted twice or lost.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .. import schema as S
from .dataset import ARTICLES_DIR, STAGING_DIR, STATEMENTS_DIR, _atomic_write, _key

ROW_GROUP = 256 * 1024  # statement rows per row group: DuckDB reads row groups in parallel


def _write(table: pa.Table, path: Path) -> None:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", row_group_size=ROW_GROUP)
    _atomic_write(path, sink.getvalue().to_pybytes())


def compact(root: Path) -> int:
    """Merge the parts of every partition that has more than one, keeping each article once (the same
    text met twice in one run, by two batches, is read twice and written by both: the first part in
    path order keeps it); how many partitions were rewritten."""
    owner: dict[str, tuple[Path, str]] = {}
    doubled: set[Path] = set()
    for path in sorted((root / ARTICLES_DIR).glob("source=*/month=*/*.parquet")):
        place = (path.parent, path.name)
        for article in pq.ParquetFile(path).read(columns=[S.ARTICLE_HASH]).column(0).to_pylist():
            if owner.setdefault(article, place) != place:
                doubled.add(path.parent)
    merged = 0
    for folder in sorted({folder for folder, _name in owner.values()} | doubled):
        parts = sorted(p.name for p in folder.glob("part-*.parquet"))
        if len(parts) < 2 and folder not in doubled:
            continue
        rel = folder.relative_to(root / ARTICLES_DIR)
        articles = pa.concat_tables([_owned(folder / name, owner, (folder, name)) for name in parts])
        statements = pa.concat_tables([_owned(root / STATEMENTS_DIR / rel / name, owner, (folder, name)) for name in parts])
        new = f"part-{_key(articles.column(S.ARTICLE_HASH).to_pylist())}.parquet"
        journal = root / STAGING_DIR / f"compact-{new[5:-8]}.json"
        _atomic_write(journal, json.dumps({"partition": rel.as_posix(), "old": parts, "new": new}).encode("utf-8"))
        _write(statements, root / STATEMENTS_DIR / rel / new)
        _write(articles, root / ARTICLES_DIR / rel / new)  # from here on the merge counts
        _drop_old(root, rel, parts, new)
        journal.unlink()
        merged += 1
    return merged


def _owned(path: Path, owner: dict[str, tuple[Path, str]], place: tuple[Path, str]) -> pa.Table:
    """The rows of a part whose article this part keeps."""
    table = pq.ParquetFile(path).read()
    keep = [owner.get(article) == place for article in table.column(S.ARTICLE_HASH).to_pylist()]
    return table if all(keep) else table.filter(pa.array(keep, type=pa.bool_()))


def _drop_old(root: Path, rel: Path, parts: list[str], new: str) -> None:
    for name in parts:
        if name != new:
            (root / STATEMENTS_DIR / rel / name).unlink(missing_ok=True)
            (root / ARTICLES_DIR / rel / name).unlink(missing_ok=True)


def finish(root: Path) -> None:
    """Complete or undo the merges a stopped run left (see the module's docstring)."""
    for journal in sorted((root / STAGING_DIR).glob("compact-*.json")):
        plan = json.loads(journal.read_text(encoding="utf-8"))
        rel = Path(plan["partition"])
        if (root / ARTICLES_DIR / rel / plan["new"]).is_file():
            _drop_old(root, rel, plan["old"], plan["new"])
        elif plan["new"] not in plan["old"]:
            (root / STATEMENTS_DIR / rel / plan["new"]).unlink(missing_ok=True)
        journal.unlink()
