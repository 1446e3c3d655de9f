"""A small Parquet dataset for the dashboard's tests of ``VIEWPOINTS_CORPUS``: three harbour articles from
two outlets (and one more voice), read by the engine and written by ``viewpoints.dataset``'s own batch
code, as a ``--dask`` run writes them (no cluster: the per-article function and the commit are the same)."""

from __future__ import annotations

from pathlib import Path

from viewpoints import dataset
from viewpoints.bulk import Item

ARTICLES = [
    ("Harbour wall", "Harbour Post", "2026-03-01",
     "# Harbour wall\n\nThe mayor said the new harbour wall must be finished before winter. Fishermen doubt the wall will "
     "ever be built, said Ana Ruiz, a skipper from the old port. The council welcomed the plan, its spokesman Tom Weller said.\n"),
    ("Harbour costs", "Port Gazette", "2026-05-10",
     "# Harbour costs\n\nAna Ruiz said the harbour wall was a waste of money. Tom Weller said the council would pay for it "
     "gladly. Critics warned that the costs were rising.\n"),
    ("Quay opens", "Port Gazette", "2026-06-02",
     "# Quay\n\nThe quay opened on Monday. Ana Ruiz said she feared the worst for the port. Bo Chan said the quay was a fine piece of work.\n"),
]


def write_dataset(folder: Path) -> Path:
    """The three articles as a dataset in `folder` (created)."""
    root = dataset.open_for_writing(folder)
    jobs = [dataset.job_of(Item(f"rows.jsonl:{i}", text=text, title=title, source=source, date=date), today="2026-12-07")
            for i, (title, source, date, text) in enumerate(ARTICLES, start=1)]
    outcomes = dataset.read_batch(root, jobs)
    assert all(o.status == "added" for o, _row, _frame in outcomes), outcomes
    dataset.forget_batches(root)
    return root
