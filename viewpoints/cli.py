"""Command line: ``viewpoints analyze PATH... [--target TEXT] [--format csv|jsonl|parquet] [--out FILE] [--store [DB]]``.

With ``--store`` the readers' corrections kept in the dashboard's store are applied, and the output
carries the engine's labels beside the corrected ones (``engine_speaker``, ``engine_stance``, ``corrected``).

Also ``viewpoints eval --data DIR`` (see ``viewpoints.evaluation``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from . import __version__
from . import corrections, schema
from .corpus.ingest import FORMATS as READABLE
from .corpus.ingest import from_upload
from .corpus.io import ArticleError, read_article
from .pipeline import analyze

FORMATS = ("csv", "jsonl", "parquet")
DASK_HELP = (
    "read on a Dask cluster: a scheduler's address (tcp://HOST:8786), or local[:N] for N worker processes here; "
    "writes a Parquet dataset partitioned by source and month to --out DIR, and a rerun goes on where it stopped"
)


def _write(frame: pd.DataFrame, fmt: str, out: Path | None) -> None:
    if fmt == "parquet":
        if out is None:
            raise SystemExit("viewpoints: --format parquet needs --out FILE (it is a binary format)")
        frame.to_parquet(out, index=False)
        return
    target = out if out is not None else sys.stdout
    if fmt == "csv":
        frame.to_csv(target, index=False)
    else:
        frame.to_json(target, orient="records", lines=True, force_ascii=False)


def _read(path: Path) -> str:
    """.txt, .md and .html files as the dashboard reads uploads (HTML's main text, Markdown's visible
    text); anything else as UTF-8 text."""
    if path.suffix.lower() in READABLE:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ArticleError(exc.strerror or str(exc)) from exc
        return from_upload(path.name, data).text
    return read_article(path)


def _store(arg: str | None):
    """The store ``--store`` names (a SQLite path or a database URL; bare: the dashboard's); None
    without the option."""
    if arg is None:
        return None
    from .corpus.store import Store, StoreError, default_path, default_url, is_url, redacted

    target = arg if arg and is_url(arg) else (Path(arg).expanduser() if arg else None)
    if target is None and not is_url(default_url()):
        target = default_path()
    if isinstance(target, Path) and not target.is_file():
        raise SystemExit(f"viewpoints: --store: no store at {target} (the dashboard's store is {redacted(default_url())}; set VIEWPOINTS_DATABASE_URL or VIEWPOINTS_STORE, or give its path or URL)")
    try:
        return Store(target)
    except StoreError as exc:
        raise SystemExit(f"viewpoints: --store: {exc}") from exc


def cmd_analyze(args: argparse.Namespace) -> int:
    if args.dask:
        if args.store is not None:
            raise SystemExit("viewpoints: analyze --dask writes the engine's readings; readers' corrections (--store) are applied where the dataset is read")
        if args.format not in (None, "parquet"):
            raise SystemExit("viewpoints: analyze --dask writes a Parquet dataset: leave out --format")
        return _on_dask(args, by_stem=True, target=args.target or "")
    if args.refused:
        raise SystemExit("viewpoints: --refused lists what --dask could not read; without it, analyze says so on standard error")
    frames = []
    failed = 0
    store = _store(args.store)
    for path in args.paths:
        try:
            text = _read(Path(path))
        except ArticleError as exc:
            print(f"viewpoints: {path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        frame = analyze(text, target=args.target, article_id=Path(path).stem)
        dropped = frame.attrs.get("boilerplate", [])
        if dropped:
            names = ", ".join(repr(t) for _s, _e, t in dropped)
            print(f"viewpoints: {path}: dropped site boilerplate lines {names}", file=sys.stderr)
        print(f"viewpoints: {path}: {len(frame)} statements, target {frame.attrs['target']!r}", file=sys.stderr)
        if store is not None:
            frame = corrections.apply(frame, store.corrections(corrections.article_key(text)))
            made = frame.attrs["corrections"]
            lost = f"; {made['orphaned']} corrections name statements the engine no longer has" if made["orphaned"] else ""
            print(f"viewpoints: {path}: {int(frame[schema.CORRECTED].sum())} statements corrected by readers{lost}", file=sys.stderr)
        frames.append(frame)
    if not frames:
        return 1
    _write(pd.concat(frames, ignore_index=True), args.format or "csv", Path(args.out) if args.out else None)
    return 1 if failed else 0


def _store_url(arg: str | None) -> str:
    """The store `--store` names for ingest and reanalyze (default: the dashboard's), as a URL."""
    from .corpus.store import Store, StoreError, default_url, is_url, sqlite_url

    url = default_url() if not arg else arg if is_url(arg) else sqlite_url(arg)
    try:
        Store(url)  # opened (or created) and upgraded once, here, before any worker starts
    except StoreError as exc:
        raise SystemExit(f"viewpoints: {exc}") from exc
    return url


def _bar(total: int | None, what: str):
    from tqdm import tqdm

    return tqdm(total=total, unit=" articles", desc=what, file=sys.stderr, dynamic_ncols=True, disable=None)


def _report(outcomes, refused_path: str | None, seconds: float) -> int:
    from collections import Counter

    counts = Counter(o.status for o in outcomes)
    refused = [o for o in outcomes if o.status == "refused"]
    rate = (counts["added"] + counts["read"]) / seconds if seconds > 0 else 0.0
    print(
        f"viewpoints: {counts['added']} added and read, {counts['read']} read again, {counts['kept']} already there, "
        f"{len(refused)} refused; {seconds:.1f} s ({rate:.2f} articles/s read)",
        file=sys.stderr,
    )
    for o in refused[:20]:
        print(f"  refused {o.where}: {o.reason}", file=sys.stderr)
    if len(refused) > 20:
        print(f"  ... and {len(refused) - 20} more" + (f" (all in {refused_path})" if refused_path else " (--refused FILE lists them all)"), file=sys.stderr)
    if refused_path:
        with open(refused_path, "w", encoding="utf-8") as handle:
            for o in refused:
                handle.write(json.dumps({"where": o.where, "reason": o.reason}, ensure_ascii=False) + "\n")
    return 1 if refused else 0


def _on_dask(args: argparse.Namespace, *, by_stem: bool, target: str = "", store: str | None = None) -> int:
    """``--dask``: the articles read on a Dask cluster into the Parquet dataset at ``--out`` (and the
    store, for ingest with ``--store``)."""
    import time

    from .corpus import bulk

    try:
        from .corpus import cluster
    except ImportError as exc:
        raise SystemExit(f"viewpoints: --dask needs Dask ({exc.name} is not installed): pip install 'dask[distributed]' duckdb, or the [scale] extra") from exc
    if not args.out:
        raise SystemExit("viewpoints: --dask needs --out DIR: the folder of the Parquet dataset to write (or to go on writing)")
    url = _store_url(store) if store else None
    started, outcomes = time.perf_counter(), []
    with _bar(None, "dask") as bar:
        try:
            cluster.run_on(args.dask, bulk.items(args.paths), out=args.out, target=target, by_stem=by_stem, store_url=url,
                           progress=lambda o: (outcomes.append(o), bar.update(1)), say=lambda line: print(f"viewpoints: {line}", file=sys.stderr))
        except cluster.ClusterError as exc:
            finished = sum(o.status == "added" for o in outcomes)
            raise SystemExit(f"viewpoints: {exc}. The {finished} articles finished are kept in {args.out}; run the same command again to go on from there.") from exc
    return _report(outcomes, args.refused, time.perf_counter() - started)


def cmd_ingest(args: argparse.Namespace) -> int:
    import time

    from .corpus import bulk

    if args.dask:
        if args.workers != 1:
            raise SystemExit("viewpoints: --workers is for one machine; with --dask give the workers in the address (local:N) or to the cluster")
        return _on_dask(args, by_stem=False, store=args.store)
    if args.out:
        raise SystemExit("viewpoints: --out names the dataset --dask writes: give --dask too")
    url = _store_url(args.store)
    started, outcomes = time.perf_counter(), []
    with _bar(None, "ingest") as bar:
        _stopped(lambda: bulk.run(bulk.bring_in, bulk.items(args.paths), url=url, workers=args.workers, progress=lambda o: (outcomes.append(o), bar.update(1))), outcomes, "ingest")
    again = bulk.stale_after(url, outcomes)  # read before their site's furniture was known in full
    if again:
        print(f"viewpoints: {len(again)} articles read again: paragraphs their site repeats arrived later in the run", file=sys.stderr)
        _stopped(lambda: bulk.run(bulk.read_again, again, url=url, workers=args.workers), [], "ingest")
    return _report(outcomes, args.refused, time.perf_counter() - started)


def _stopped(work, outcomes: list, command: str) -> None:
    """Run `work`; a worker that dies or a store that goes away ends the run with a message (what was
    finished is kept: the same command goes on from there)."""
    from concurrent.futures.process import BrokenProcessPool

    from .corpus.store import StoreError

    try:
        work()
    except (BrokenProcessPool, StoreError) as exc:
        finished = sum(o.status != "refused" for o in outcomes)
        why = "a worker process stopped unexpectedly" if isinstance(exc, BrokenProcessPool) else str(exc)
        raise SystemExit(f"viewpoints: {command} stopped: {why}. The {finished} articles finished are kept; run the same command again to go on from there.") from exc


def cmd_reanalyze(args: argparse.Namespace) -> int:
    import time

    from .corpus import bulk
    from .fingerprint import engine_fingerprint
    from .corpus.store import Store

    from .corpus.kept import stale

    url = _store_url(args.store)
    store = Store(url)
    todo = store.unread(engine_fingerprint())
    unread = set(todo)
    outdated = stale(store, [a for a in store.every_article() if a not in unread])
    print(f"viewpoints: {len(todo)} stored articles not yet read by engine {engine_fingerprint()}, {len(outdated)} read with other site furniture than today's", file=sys.stderr)
    todo += outdated
    started, outcomes = time.perf_counter(), []
    with _bar(len(todo), "reanalyze") as bar:
        _stopped(lambda: bulk.run(bulk.read_again, todo, url=url, workers=args.workers, progress=lambda o: (outcomes.append(o), bar.update(1))), outcomes, "reanalyze")
    code = _report(outcomes, None, time.perf_counter() - started)
    if args.drop_old:
        print(f"viewpoints: dropped {Store(url).drop_other_engines(engine_fingerprint())} analyses kept by other engine versions", file=sys.stderr)
    return code


def _workers(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="viewpoints", description="Who says what in a news article, with what stance.")
    parser.add_argument("--version", action="version", version=f"viewpoints {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("analyze", help="analyse articles into one row per statement")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files: .txt, .md or .html (UTF-8)")
    p.add_argument("--target", help="the issue stances are judged against (default: the article's main issue)")
    p.add_argument("--format", choices=FORMATS, help="csv (default), jsonl or parquet")
    p.add_argument("--out", metavar="FILE", help="write here instead of standard output (with --dask: the dataset folder)")
    p.add_argument("--dask", metavar="ADDRESS", help=DASK_HELP)
    p.add_argument("--refused", metavar="FILE", help="with --dask: list every article refused, with its reason, as JSON lines here")
    p.add_argument(
        "--store", nargs="?", const="", metavar="DB",
        help="apply the readers' corrections kept in this store, a SQLite path or a database URL (bare: the "
        "dashboard's: $VIEWPOINTS_DATABASE_URL, $VIEWPOINTS_STORE or data/store/articles.sqlite3); adds engine_speaker, engine_stance and corrected",
    )
    p.set_defaults(func=cmd_analyze)

    store_help = "the store: a SQLite path or a database URL (default: the dashboard's, $VIEWPOINTS_DATABASE_URL, $VIEWPOINTS_STORE or data/store/articles.sqlite3)"
    p = sub.add_parser("ingest", help="bring many articles into the store and read them (resumes where a run stopped)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files (.txt, .md, .html), folders of them, or .jsonl/.csv collections (fields: text, and optionally title, source, date)")
    p.add_argument("--workers", type=_workers, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--store", metavar="DB", help=store_help)
    p.add_argument("--refused", metavar="FILE", help="list every item refused, with its reason, as JSON lines here")
    p.add_argument("--dask", metavar="ADDRESS", help=DASK_HELP + "; the store is written only when --store names it")
    p.add_argument("--out", metavar="DIR", help="with --dask: the folder of the Parquet dataset to write")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("reanalyze", help="read every stored article this engine version has not read yet")
    p.add_argument("--workers", type=_workers, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--store", metavar="DB", help=store_help)
    p.add_argument("--drop-old", action="store_true", help="then delete what other engine versions kept (do not, while a server of another version shares the store)")
    p.set_defaults(func=cmd_reanalyze)

    try:
        from . import evaluation
    except ImportError:  # pragma: no cover - the evaluation package is part of the project
        evaluation = None
    if evaluation is not None and hasattr(evaluation, "add_arguments"):
        e = sub.add_parser("eval", help="measure the engine on public data (PolNeAR, FNC-1, NYT, NewsMTSC)")
        evaluation.add_arguments(e)
        e.set_defaults(func=evaluation.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
