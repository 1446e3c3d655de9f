"""Reading a corpus on a Dask cluster (``--dask ADDRESS`` or ``--dask local[:N]``) into a Parquet dataset.

The same per-article function as one process (``dataset.reading``, i.e. ``viewpoints.analyze``) is
mapped over a ``dask.bag`` of the input, a batch of articles per task; each task writes its batch to
the dataset itself (``dataset.read_batch``), so the workers and this process must see the dataset
folder at the same path (one machine, or a shared file system). Imported only when ``--dask`` is given:
without it nothing here, nor Dask, is loaded.

Without a store each task also reads its items (files, rows) into articles, and skips those the
dataset already holds (their hashes are sent to every worker once). With a store (``ingest --dask
--store DB``) it goes in two passes, as site furniture needs every article in before any is read: the
workers read the items into articles, this process adds them to the store; then it hands each worker
an article's text with the paragraphs its site repeats (from the store), and keeps each reading and
summary in the store as a batch comes back, as ``viewpoints ingest`` does.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice
from pathlib import Path

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster, wait

from .. import schema as S
from ..fingerprint import engine_fingerprint
from . import dataset, kept
from .bulk import Item, Outcome
from .dataset import Job
from .dataset_compact import compact
from .io import ArticleError

BATCH = 16  # articles per task: a task is a few seconds of work, and what a dead worker has to redo
DONE_LIST = "done.txt"
CHECK_S = 5  # how often a run waiting for its tasks looks at the cluster's workers
WORKERLESS_S = 120  # a cluster without workers this long is not coming back
# A local cluster closes for good the nanny of a worker that has not come back this long after its
# process died (15 s by default): on a loaded machine starting the process again takes longer (12 to 14 s
# measured at a load of 13), and a run whose every worker died at once was left with none. A local worker
# being started again is given as long as a run waits for workers.
LOST_WORKER = "distributed.deploy.lost-worker-timeout"
CHUNK = 4096  # items taken from the input at a time: the driver's memory stays flat on any corpus
_LOCAL = re.compile(r"local(?::(\d+))?")


class ClusterError(Exception):
    """A cluster that cannot be started or reached (said in one line)."""


def connect(address: str) -> tuple[Client, LocalCluster | None]:
    """``local`` (one worker process per core), ``local:N`` (N worker processes) or a scheduler's
    address (``tcp://host:8786``). One thread per worker: the engine is pure Python."""
    given = address.strip()
    local = _LOCAL.fullmatch(given)
    try:
        if local:
            workers = int(local.group(1) or os.cpu_count() or 1)
            if workers < 1:
                raise ClusterError("--dask local:N needs at least one worker")
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            return Client(cluster), cluster
        return Client(given, timeout="5s"), None
    except ClusterError:
        raise
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach a Dask scheduler at {given!r} ({exc}); give tcp://HOST:PORT, local or local:N") from exc


def waiting_for_restarts() -> dask.config.set:
    """Dask's settings while a local cluster lives: its dead workers' nannies are not closed before a
    run would give up on them (LOST_WORKER). A context manager."""
    return dask.config.set({LOST_WORKER: f"{WORKERLESS_S}s"})


def run_on(address: str, inputs: Iterable[Item | Outcome], *, out: str | os.PathLike, say: Callable[[str], None] = lambda _line: None, **options) -> list[Outcome]:
    """``run`` on the cluster at `address` (``connect``), started and stopped here; a dataset folder
    that cannot be written is a ClusterError too, said before any cluster starts."""
    try:
        dataset.open_for_writing(out, target=options.get("target", ""))
    except dataset.DatasetError as exc:
        raise ClusterError(str(exc)) from exc
    with waiting_for_restarts():
        client, local = connect(address)
        try:
            say(f"reading on {address} ({len(client.scheduler_info().get('workers', {}))} workers) into {out}")
            return run(inputs, out=out, client=client, **options)
        finally:
            client.close()
            if local is not None:
                local.close()


def _batch(client: Client, n: int, batch: int) -> int:
    """Articles per task: `batch`, fewer when a chunk is small, so that every worker has work."""
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    return max(1, min(batch, -(-n // (2 * workers))))


def _chunks(values: Iterable, size: int) -> Iterator[list]:
    it = iter(values)
    while chunk := list(islice(it, size)):
        yield chunk


# -- in the workers ---------------------------------------------------------------------------------

def _prepare(items: list[Item], *, today: str, target: str, by_stem: bool) -> list[Job | Outcome]:
    out: list[Job | Outcome] = []
    for item in items:
        try:
            out.append(dataset.job_of(item, today=today, target=target, by_stem=by_stem))
        except (ArticleError, ValueError) as exc:
            out.append(Outcome(item.where, "refused", reason=str(exc)))
    return out


def _prepare_articles(items: list[Item], *, today: str) -> list[tuple[Job, object] | Outcome]:
    from .bulk import article_of

    out: list = []
    for item in items:
        try:
            article = article_of(item)
            out.append((dataset.job_of(item, today=today), article))
        except (ArticleError, ValueError) as exc:
            out.append(Outcome(item.where, "refused", reason=str(exc)))
    return out


_SKIP: dict[str, tuple[float, frozenset[str]]] = {}  # per worker process: the run's list of done articles


def _skipped(root: str) -> frozenset[str]:
    """The articles the dataset held when this run began (``_staging/done.txt``, read once per worker)."""
    path = Path(root) / dataset.STAGING_DIR / DONE_LIST
    stamp = path.stat().st_mtime if path.is_file() else 0.0
    if _SKIP.get(root, (None,))[0] != stamp:
        _SKIP[root] = (stamp, frozenset(path.read_text(encoding="ascii").split()) if stamp else frozenset())
    return _SKIP[root][1]


def _read_items(items: list[Item], *, root: str, today: str, target: str, by_stem: bool, read: Callable) -> list:
    """One task without a store: the items read into articles, those not yet in the dataset analysed
    and written; each item's outcome."""
    skip = _skipped(root)
    prepared = _prepare(items, today=today, target=target, by_stem=by_stem)
    jobs, seen, out = [], set(), []
    for p in prepared:
        if isinstance(p, Outcome):
            out.append(p)
        elif p.article_hash in skip or p.article_hash in seen:
            out.append(Outcome(p.where, "kept", p.article_id))
        else:
            seen.add(p.article_hash)
            jobs.append(p)
    return out + [o for o, _r, _f in dataset.read_batch(Path(root), jobs, read)]


def _read_jobs(jobs: list[Job], *, root: str, read: Callable) -> list:
    """One task with a store: read and write these articles; each outcome with the reading to keep."""
    results = dataset.read_batch(Path(root), jobs, read, frames=True)
    return [(o, None if f is None else (r[S.ARTICLE_HASH], kept.to_bytes(f), kept.summary(f), r["furniture"])) for o, r, f in results]


# -- in this process --------------------------------------------------------------------------------

def _settle(client: Client, futures: dict, progress: Callable[[Outcome], None], why_failed: Callable[[object, BaseException], list]) -> Iterator:
    """Each finished task's results as they come; a task that failed for good (its worker killed
    again and again) gives `why_failed(its input, error)` instead. A cluster left without workers for
    WORKERLESS_S in a row (their processes could not be started again) ends the run with a ClusterError."""
    workerless_since = None
    while futures:
        try:
            finished, _rest = wait(list(futures), timeout=CHECK_S, return_when="FIRST_COMPLETED")
        except TimeoutError:
            finished = set()
        if not finished:
            if client.scheduler_info().get("workers"):
                workerless_since = None
            elif workerless_since is None:
                workerless_since = time.monotonic()
            elif time.monotonic() - workerless_since > WORKERLESS_S:
                raise ClusterError(f"the cluster has had no workers for {WORKERLESS_S} s")
            continue
        workerless_since = None  # a worker finished these: a later spell without workers starts afresh
        for future in finished:
            given = futures.pop(future)
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - a batch that failed: its articles are told why
                results = why_failed(given, exc)
            future.release()  # fetched: a worker that dies now need not run it again
            for result in results:
                progress(result[0] if isinstance(result, tuple) else result)
                yield result


def _failed_items(items: list, exc: BaseException) -> list[Outcome]:
    return [Outcome(i.where, "refused", reason=f"its batch failed ({type(exc).__name__}: {exc})") for i in items]


def _failed_jobs(jobs: list, exc: BaseException) -> list:
    return [(Outcome(j.where, "refused", j.article_id, reason=f"its batch failed ({type(exc).__name__}: {exc})"), None) for j in jobs]


def run(inputs: Iterable[Item | Outcome], *, out: str | os.PathLike, client: Client, target: str = "", by_stem: bool = False,
        store_url: str | None = None, batch: int = BATCH, read: Callable = dataset.reading,
        progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Read every input into the dataset at `out` on the cluster `client` is connected to (and, given
    `store_url`, into that store); each input's outcome. Articles the dataset holds are skipped."""
    root = dataset.open_for_writing(out, target=target)
    dataset.recover(root)  # what a run cut short had finished
    outcomes: list[Outcome] = []

    def tell(o: Outcome) -> None:
        outcomes.append(o)
        if progress:
            progress(o)

    today = date.today().isoformat()
    try:
        _run(inputs, root, client, store_url, today, target, by_stem, batch, read, tell)
    finally:
        dataset.commit_staged(root)  # finished articles of batches that failed for good, or of a run cut short
        dataset.forget_batches(root)
    compact(root)  # one file per partition instead of one per batch
    return outcomes


def _submit(client: Client, values: list, batch: int, task: Callable, **options) -> dict:
    """`task(batch of values, **options)` on the cluster for each batch of `values`: future -> its batch."""
    size = _batch(client, len(values), batch)
    tasks = db.from_sequence(values, partition_size=size).map_partitions(task, **options).to_delayed()
    return dict(zip(client.compute(tasks), (values[i : i + size] for i in range(0, len(values), size))))


def _over_items(inputs, client: Client, batch: int, tell, task: Callable, progress: Callable[[Outcome], None], **options) -> Iterator:
    """`task`'s results over the items of `inputs`, a chunk at a time as they come (``_settle``); what
    the input itself refused is told at once."""
    for chunk in _chunks(inputs, CHUNK):
        for o in (c for c in chunk if isinstance(c, Outcome)):
            tell(o)
        items = [c for c in chunk if isinstance(c, Item)]
        if items:
            yield from _settle(client, _submit(client, items, batch, task, **options), progress, _failed_items)


def _run(inputs, root: Path, client: Client, store_url: str | None, today: str, target: str, by_stem: bool, batch: int, read: Callable, tell) -> None:
    if store_url is None:
        # What the dataset holds, for the workers to skip: a file beside it rather than data scattered to
        # them, which a worker's death would lose (and every task waiting for it with it).
        (root / dataset.STAGING_DIR / DONE_LIST).write_text("\n".join(sorted(dataset.done(root))), encoding="ascii")
        for _ in _over_items(inputs, client, batch, tell, _read_items, tell, root=str(root), today=today, target=target, by_stem=by_stem, read=read):
            pass
        (root / dataset.STAGING_DIR / DONE_LIST).unlink(missing_ok=True)
    else:
        _with_store(inputs, root, client, store_url, today, batch, read, tell)


def _with_store(inputs, root: Path, client: Client, store_url: str, today: str, batch: int, read: Callable, tell) -> None:
    from .store import Store

    store, engine, have = Store(store_url), engine_fingerprint(), dataset.done(root)
    todo: dict[str, Job] = {}
    # pass 1: the items read into articles, added to the store (a new article is told of with its reading)
    for result in _over_items(inputs, client, batch, tell, _prepare_articles, lambda _o: None, today=today):
        if isinstance(result, Outcome):
            tell(result)
            continue
        job, article = result
        article_id = store.add(article)
        job = replace(job, article_id=article_id, text="")  # the text is in the store now
        if job.article_hash in todo:
            tell(Outcome(job.where, "kept", article_id))
        elif job.article_hash in have:
            _keep_from_dataset(store, engine, root, job)
            tell(Outcome(job.where, "kept", article_id))
        else:
            todo[job.article_hash] = job
    for chunk in _chunks(list(todo.values()), CHUNK):  # pass 2: each text with its site's furniture, read
        jobs = []
        for job in chunk:
            text = store.text_of(job.article_hash)[0]
            jobs.append(replace(job, text=text, furniture=kept.site_furniture(store, text)))
        for _outcome, reading in _settle(client, _submit(client, jobs, batch, _read_jobs, root=str(root), read=read), tell, _failed_jobs):
            if reading is not None:
                article_hash, data, summary, furniture = reading
                store.keep_analysis(article_hash, engine, "", furniture, data, {**summary, "furniture": furniture})


def _keep_from_dataset(store, engine: str, root: Path, job: Job) -> None:
    """An article the dataset holds whose reading the store lacks (a run cut short between the two)."""
    if not store.unread(engine, among=[job.article_hash]):
        return
    found = dataset.reading_of(root, job.article_hash)
    if found is not None:
        frame, row = found
        store.keep_analysis(job.article_hash, engine, "", row["furniture"], kept.to_bytes(frame), {**kept.summary(frame), "furniture": row["furniture"]})
