"""A small Parquet dataset for the dashboard's tests of ``VIEWPOINTS_CORPUS``: three harbour articles from
two outlets (and one more voice), read by the engine and written by ``viewpoints.corpus.dataset``'s own batch
code, as a ``--dask`` run writes them (no cluster: the per-article function and the commit are the same)."""

from __future__ import annotations

from pathlib import Path

from viewpoints.corpus import dataset
from viewpoints.corpus.bulk import Item

from .voices_corpus import ARTICLES


def write_dataset(folder: Path) -> Path:
    """The three articles as a dataset in `folder` (created)."""
    root = dataset.open_for_writing(folder)
    jobs = [dataset.job_of(Item(f"rows.jsonl:{i}", text=text, title=title, source=source, date=date), today="2026-12-07")
            for i, (title, source, date, text) in enumerate(ARTICLES, start=1)]
    outcomes = dataset.read_batch(root, jobs)
    assert all(o.status == "added" for o, _row, _frame in outcomes), outcomes
    dataset.forget_batches(root)
    return root
