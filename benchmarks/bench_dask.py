"""Dask local with W workers against one process on the PolNeAR train texts, and the measured figures for
extrapolating to a million articles. Figures are from one run; the load of the machine is printed with them.

    python benchmarks/bench_dask.py --data ../shared/eval [--workers 2] [--scale 100000] [--dir /tmp/viewpoints-dask] [--json OUT]

1. Input: the 840 PolNeAR train texts with their titles, outlets and dates (metadata.tsv), as one JSONL
   file, read as ``viewpoints ingest`` reads it.
2. One process: the same task function the Dask workers run (``cluster._read_items``: each item read into
   an article, analysed by ``dataset.reading``, staged and committed to a Parquet dataset), called in
   this process batch after batch, without Dask.
3. Dask: ``cluster.run`` on a ``LocalCluster`` of W worker processes (one thread each) into a fresh
   dataset; its start-up is timed apart. The two runs come one after the other in this process.
4. Extrapolation: articles per second per worker; the dataset's size per thousand articles; DuckDB's
   voices query (``dataset_query.Corpus.voices``) on the dataset and on a larger one built by copying
   the analysed rows under new article hashes (no new analysis: the copies are the same statements, so
   the query's work grows with the rows, its answers are the same voices ``--scale``/840 times over).
Not part of the pytest run (it needs the evaluation data and takes minutes).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pyarrow as pa  # noqa: E402
import pyarrow.compute  # noqa: E402,F401 - pa.compute
import pyarrow.parquet as pq  # noqa: E402

from viewpoints.corpus import bulk, cluster, dataset  # noqa: E402
from viewpoints import schema as S  # noqa: E402
from viewpoints.corpus.dataset_compact import compact  # noqa: E402
from viewpoints.corpus.dataset_query import Corpus  # noqa: E402


def load() -> str:
    return open("/proc/loadavg").read().split()[:3].__str__()


def corpus_file(data: Path, folder: Path) -> Path:
    meta = {}
    with open(data / "polnear" / "metadata.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = row
    path = folder / "polnear-train.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for text in sorted((data / "polnear" / "train" / "text").glob("*.txt")):
            m = meta.get(text.stem, {})
            out.write(json.dumps({"text": text.read_text(encoding="utf-8"), "title": m.get("title", ""), "source": m.get("publisher", ""), "date": m.get("publication_date", "")}) + "\n")
    return path


def one_process(jsonl: Path, out: Path, batch: int) -> tuple[float, int]:
    root = dataset.open_for_writing(out)
    items = [i for i in bulk.items([jsonl]) if isinstance(i, bulk.Item)]
    started = time.perf_counter()
    outcomes = []
    for k in range(0, len(items), batch):
        outcomes += cluster._read_items(items[k : k + batch], root=str(root), today=dt.date.today().isoformat(), target="", by_stem=False, read=dataset.reading)
    dataset.forget_batches(root)
    compact(root)  # as a --dask run ends
    return time.perf_counter() - started, sum(o.status == "added" for o in outcomes)


def on_dask(jsonl: Path, out: Path, workers: int) -> tuple[float, float, int]:
    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(local)
    ready = time.perf_counter()
    outcomes = cluster.run(bulk.items([jsonl]), out=out, client=client)
    took = time.perf_counter() - ready
    client.close()
    local.close()
    return ready - started, took, sum(o.status == "added" for o in outcomes)


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*.parquet")) / 1e6


def grow(source: Path, target: Path, articles: int) -> int:
    """A dataset of about `articles` articles: the analysed rows of `source` copied under new hashes,
    one part per (copy, source, month). How many articles it holds."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("_staging"))
    (target / dataset.STAGING_DIR).mkdir()
    statements = pq.read_table(source / dataset.STATEMENTS_DIR, partitioning="hive")
    arts = pq.read_table(source / dataset.ARTICLES_DIR, partitioning="hive")
    base = arts.num_rows
    copies = max(1, -(-articles // base)) - 1
    st_groups = statements.group_by([S.SOURCE, S.MONTH]).aggregate([]).to_pylist()
    for k in range(1, copies + 1):
        rename = {h: hashlib.sha256(f"{h}:{k}".encode()).hexdigest() for h in arts.column(S.ARTICLE_HASH).to_pylist()}
        for folder, table in ((dataset.STATEMENTS_DIR, statements), (dataset.ARTICLES_DIR, arts)):
            hashes = pa.array([rename[h] for h in table.column(S.ARTICLE_HASH).to_pylist()])
            ids = pa.array([h[:12] for h in hashes.to_pylist()]) if S.ARTICLE_ID in table.column_names else None
            copy = table.set_column(table.column_names.index(S.ARTICLE_HASH), S.ARTICLE_HASH, hashes)
            if ids is not None:
                copy = copy.set_column(copy.column_names.index(S.ARTICLE_ID), S.ARTICLE_ID, ids)
            for group in st_groups:
                mask = pa.compute.and_(pa.compute.equal(copy.column(S.SOURCE), group[S.SOURCE]), pa.compute.equal(copy.column(S.MONTH), group[S.MONTH]))
                part = copy.filter(mask).drop_columns([S.SOURCE, S.MONTH])
                if part.num_rows:
                    where = target / folder / f"source={group[S.SOURCE]}" / f"month={group[S.MONTH]}"
                    where.mkdir(parents=True, exist_ok=True)
                    pq.write_table(part, where / f"part-copy{k:05d}.parquet", compression="zstd")
    return base * (copies + 1)


def query_times(folder: Path, runs: int = 5) -> dict:
    corpus = Corpus(folder)
    first_source = corpus.sources()[S.SOURCE].iloc[0]
    asks = {
        "all voices, top 25 by statements": {},
        "one source": {"sources": [first_source]},
        "a date range (2016-06-01..2016-08-31)": {"start": "2016-06-01", "end": "2016-08-31"},
        "search 'clinton'": {"search": "clinton"},
        "sorted by name, page 3": {"sort": S.SPEAKER, "descending": False, "offset": 50},
    }
    out = {}
    for name, ask in asks.items():
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            page, total = corpus.voices(**ask)
            times.append((time.perf_counter() - started) * 1000)
        out[name] = {"median_ms": round(statistics.median(times), 1), "first_ms": round(times[0], 1), "voices": total, "top": page[S.SPEAKER].head(3).tolist()}
    corpus.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scale", type=int, default=100_000, help="articles in the copied dataset the query is timed on")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/viewpoints-dask"))
    parser.add_argument("--skip-runs", action="store_true", help="reuse the datasets of an earlier run (query figures only)")
    parser.add_argument("--reuse-big", action="store_true", help="query the copied dataset an earlier run built")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    jsonl = corpus_file(args.data, args.dir)
    one_dir, dask_dir, big_dir = args.dir / "one", args.dir / "dask", args.dir / "big"
    result = {"measured_on": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "cpus": os.cpu_count()}
    if not args.skip_runs:
        # one process, Dask, Dask, one process: drift in the machine's load falls on both sides alike
        ones, dasks, starts = [], [], []
        result["load"] = [load()]
        for which in ("one", "dask", "dask", "one"):
            folder = one_dir if which == "one" else dask_dir
            shutil.rmtree(folder, ignore_errors=True)
            if which == "one":
                took, n = one_process(jsonl, folder, cluster.BATCH)
                ones.append(took)
            else:
                start, took, n = on_dask(jsonl, folder, args.workers)
                dasks.append(took)
                starts.append(start)
            result["load"].append(load())
            print(which, round(took, 1), n, load(), flush=True)
        one_s, dask_s, start_s = statistics.mean(ones), statistics.mean(dasks), statistics.mean(starts)
        result.update(one_process_s=[round(t, 1) for t in ones], dask_s=[round(t, 1) for t in dasks], dask_start_s=[round(t, 1) for t in starts],
                      articles_read=n, speedup=round(one_s / dask_s, 2), speedup_with_start=round(one_s / (dask_s + start_s), 2),
                      per_worker_articles_per_s=round(n / dask_s / args.workers, 2), one_process_articles_per_s=round(n / one_s, 2))
        print(json.dumps(result, indent=1), flush=True)
    statements = sum(pq.read_metadata(p).num_rows for p in (dask_dir / dataset.STATEMENTS_DIR).rglob("*.parquet"))  # the last Dask run's
    articles = len(dataset.done(dask_dir))
    result.update(articles=articles, statements=statements, dataset_mb=round(size_mb(dask_dir), 2), mb_per_1000_articles=round(size_mb(dask_dir) / articles * 1000, 2),
                  files=len(list(dask_dir.rglob("*.parquet"))))
    result["query_small"] = query_times(dask_dir)
    if not (args.reuse_big and (big_dir / dataset.MANIFEST).is_file()):
        started = time.perf_counter()
        grow(dask_dir, big_dir, args.scale)
        result["big_build_s"] = round(time.perf_counter() - started, 1)
    result.update(big_articles=len(dataset.done(big_dir)), big_mb=round(size_mb(big_dir), 1), big_files=len(list(big_dir.rglob("*.parquet"))),
                  big_statements=sum(pq.read_metadata(p).num_rows for p in (big_dir / dataset.STATEMENTS_DIR).rglob("*.parquet")))
    if result["big_files"] > 2 * len(list((big_dir / dataset.ARTICLES_DIR).glob("*/*"))):
        result["load_query_parts"] = load()
        result["query_big_parts"] = query_times(big_dir, runs=3)
        print(json.dumps(result["query_big_parts"]), flush=True)
        started = time.perf_counter()
        compact(big_dir)
        result["big_compact_s"] = round(time.perf_counter() - started, 1)
        result.update(big_files_compacted=len(list(big_dir.rglob("*.parquet"))), big_mb_compacted=round(size_mb(big_dir), 1))
    result["load_query"] = load()
    result["query_big"] = query_times(big_dir)
    result["load_end"] = load()
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
