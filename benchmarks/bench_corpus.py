"""A corpus of 10,000 articles stays fast: page server time with 10 and with N stored articles, server
memory at N, and `viewpoints ingest` with 2 workers against 1. Figures are ratios from one run.

    python benchmarks/bench_corpus.py --data ../shared/eval [--articles 10000] [--workers 2]
        [--dir /tmp/viewpoints-corpus] [--runs 7] [--ingest-sample 400] [--no-ingest] [--json OUT]

1. Corpus: PolNeAR train texts with their titles, outlets and dates (metadata.tsv), repeated until there
   are N distinct texts; copy k > 0 of a text gets a last line of its own ("Copy k of this report.") so
   each is stored once (a text PolNeAR holds twice counts once). Stores are built with `viewpoints ingest --workers W` (kept in --dir and
   reused by later runs: building 10,000 takes a while).
2. Server time: each visit is a fresh AppTest session (the server process and its caches stay, as on a
   running server) opening the page; the time is the app script's own run (median of --runs), for the
   Articles page, the Articles page searching "clinton", the Compare page of a stored article, the
   Voices page as it opens (the corpus's voices, most statements first), the Voices page of the voice
   quoted in most articles (its stance and sentiment over time and the statements of its 10 newest
   articles: more statements drawn in the larger corpus), and the page of a voice of the same size in
   both (at N, a voice with as many articles and statements as the 10-article corpus's most quoted one:
   the same page drawn, over a larger corpus). The 10-article and N-article stores are measured in two fresh processes of the same kind.
3. Memory: the peak resident size (ru_maxrss) of the process that served the N-article visits.
4. Ingest: the same --ingest-sample texts into two fresh stores, 1 worker then W workers (--no-ingest skips it).
Not part of the pytest run (it needs the evaluation data and takes minutes).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOAL_PAGE_RATIO = 1.2
GOAL_VOICES_RATIO = 1.5  # the Voices page (issue 16)
GOAL_MEMORY_MB = 400
GOAL_INGEST_SPEEDUP = 1.7

TIMED = """import time
import streamlit as st
_t = time.perf_counter()
_app = {app!r}
exec(compile(open(_app, encoding="utf-8").read(), _app, "exec"), {{"__file__": _app, "__name__": "__main__"}})
st.session_state["_server_ms"] = (time.perf_counter() - _t) * 1000
"""

# Runs in a fresh process with VIEWPOINTS_STORE set: visits, then prints JSON with medians and memory.
VISITS = """import json, resource, statistics, sys, tempfile
from pathlib import Path
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash
timed, runs, article, voice, same_size = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]

def visit(page, **params):
    at = AppTest.from_file(timed, default_timeout=600)
    for k, v in params.items():
        at.query_params[k] = v
    if page:
        at._page_hash = calc_hash(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at

out = {}
visit("")  # the server's first run: imports, the store opened, the seed read
for name, page, params in [("articles", "articles", {}), ("compare", "", {"article": article}), ("articles_search", "articles", {}),
                           ("voices", "voices", {}), ("voices_one", "voices", {"voice": voice}), ("voices_same_size", "voices", {"voice": same_size})]:
    times = []
    for _ in range(runs):
        at = visit(page, **params)
        if name == "articles_search":
            at.text_input(key="articles_search").input("clinton").run()
            assert not at.exception
        times.append(at.session_state["_server_ms"])
    out[name] = {"median_ms": statistics.median(times), "runs": times}
out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def texts(data: Path) -> list[dict]:
    folder = data / "polnear" / "train" / "text"
    meta = {}
    with open(data / "polnear" / "metadata.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = row
    rows = []
    for path in sorted(folder.glob("*.txt")):
        m = meta.get(path.stem, {})
        rows.append({"text": path.read_text(encoding="utf-8"), "title": m.get("title", ""), "source": m.get("publisher", ""), "date": m.get("publication_date", "")})
    return rows


def corpus_file(data: Path, n: int, folder: Path) -> Path:
    """N distinct texts (a text PolNeAR holds twice is taken once), as an ingest JSONL file."""
    base = texts(data)
    path = folder / f"corpus-{n}.jsonl"
    if not path.exists():
        seen: set[str] = set()
        with open(path, "w", encoding="utf-8") as handle:
            i = 0
            while len(seen) < n:
                row, k = dict(base[i % len(base)]), i // len(base)
                i += 1
                if k:
                    row["text"] = row["text"].rstrip() + f"\n\nCopy {k} of this report.\n"
                    row["title"] = f"{row['title']} (copy {k})"
                if row["text"] in seen:
                    continue
                seen.add(row["text"])
                handle.write(json.dumps(row) + "\n")
    return path


def ingest(jsonl: Path, store: Path, workers: int) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "viewpoints.cli", "ingest", str(jsonl), "--store", str(store), "--workers", str(workers)],
                   check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def build(data: Path, n: int, folder: Path, workers: int) -> Path:
    store = folder / f"store-{n}.sqlite3"
    from viewpoints.fingerprint import engine_fingerprint
    from viewpoints.corpus.store import Store

    if not store.exists() or len(Store(store)) < n or Store(store).unread(engine_fingerprint()):
        print(f"building {store} ({n} articles, {workers} workers)…", file=sys.stderr)
        ingest(corpus_file(data, n, folder), store, workers)
        subprocess.run([sys.executable, "-m", "viewpoints.cli", "reanalyze", "--store", str(store), "--workers", str(workers)], check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    return store


def visits(store: Path, runs: int, like: dict | None = None) -> dict:
    """Median server times of the pages on this store. `like` is the most quoted voice's totals in the
    10-article store: the same-size voice here is one with as many articles and statements (nearest)."""
    from viewpoints.corpus.store import Store

    from viewpoints.fingerprint import engine_fingerprint

    article = Store(store).list(limit=1)[0].id
    top = Store(store).voice_page(engine_fingerprint(), sort="articles", limit=1)[0][0]
    voice, like = top["voice"], like or top
    same_size = _same_size(store, like)
    with tempfile.TemporaryDirectory() as tmp:
        timed, script = Path(tmp) / "timed_app.py", Path(tmp) / "visits.py"
        timed.write_text(TIMED.format(app=str(ROOT / "app.py")))
        script.write_text(VISITS)
        done = subprocess.run([sys.executable, str(script), str(timed), str(runs), article, voice, same_size], capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "VIEWPOINTS_STORE": str(store), "VIEWPOINTS_DATABASE_URL": "",
                                   "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))})  # this checkout's code, not an installed one
        if done.returncode != 0:
            raise SystemExit(done.stderr[-3000:])
        return {**json.loads(done.stdout.strip().splitlines()[-1]), "voice": voice, "same_size": same_size, "top": top}


def _same_size(store: Path, like: dict) -> str:
    """The voice whose articles and statements are nearest `like`'s (the first by name among equals)."""
    import sqlalchemy as sa

    from viewpoints.corpus import store_schema as T
    from viewpoints.fingerprint import engine_fingerprint
    from viewpoints.corpus.store import Store

    VT = T.voice_totals
    distance = sa.func.abs(VT.c.articles - like["articles"]) * 1000 + sa.func.abs(VT.c.statements - like["statements"])
    with Store(store)._read() as conn:
        return conn.execute(sa.select(VT.c.voice).where(VT.c.engine == engine_fingerprint()).order_by(distance, VT.c.voice).limit(1)).scalar_one()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "viewpoints-corpus")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--ingest-sample", type=int, default=400)
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest comparison (pages and memory only)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)

    small, big = build(args.data, 10, args.dir, 1), build(args.data, args.articles, args.dir, args.workers)
    few = visits(small, args.runs)
    many = visits(big, args.runs, like=few["top"])
    pages = {name: {"ms_10": few[name]["median_ms"], f"ms_{args.articles}": many[name]["median_ms"], "ratio": many[name]["median_ms"] / few[name]["median_ms"]} for name in ("articles", "articles_search", "compare", "voices", "voices_one", "voices_same_size")}

    one = more = float("nan")
    if not args.no_ingest:
        sample = corpus_file(args.data, args.ingest_sample, args.dir)
        with tempfile.TemporaryDirectory() as tmp:
            one = ingest(sample, Path(tmp) / "one.sqlite3", 1)
            more = ingest(sample, Path(tmp) / "more.sqlite3", args.workers)
    result = {
        "measured_on": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip(),
        "cpus": os.cpu_count(),
        "articles": args.articles,
        "pages": pages,
        "max_rss_mb": many["max_rss_mb"],
        "max_rss_mb_10": few["max_rss_mb"],
        "voice_opened": {"10": few["voice"], str(args.articles): many["voice"], f"same_size_{args.articles}": many["same_size"], "top_10": few["top"]},
        "ingest": {"articles": args.ingest_sample, "seconds_1": one, f"seconds_{args.workers}": more, "speedup": one / more},
        "goals": {"page_ratio": GOAL_PAGE_RATIO, "voices_ratio": GOAL_VOICES_RATIO, "memory_mb": GOAL_MEMORY_MB, "ingest_speedup": GOAL_INGEST_SPEEDUP},
    }
    print(json.dumps(result, indent=2))
    for name, page in pages.items():
        goal = GOAL_VOICES_RATIO if name.startswith("voices") else GOAL_PAGE_RATIO
        print(f"{name}: {page['ms_10']:.0f} ms with 10, {page[f'ms_{args.articles}']:.0f} ms with {args.articles:,}: {page['ratio']:.2f}x (goal <= {goal})", file=sys.stderr)
    print(f"memory at {args.articles:,}: {many['max_rss_mb']:.0f} MB (goal < {GOAL_MEMORY_MB}); ingest {args.workers} workers: {one / more:.2f}x one (goal >= {GOAL_INGEST_SPEEDUP})", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
