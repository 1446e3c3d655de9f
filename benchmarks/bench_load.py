"""Many colleagues at once: N browser sessions walking the dashboard's pages for a while, on loopback.

    python benchmarks/bench_load.py [--sessions 20] [--seconds 120] [--store URL_OR_PATH] [--json OUT]

One Streamlit server (a throwaway SQLite store unless --store names one, e.g. a PostgreSQL URL) and
one Debian Chromium with N contexts (N separate sessions). Each session opens the pages in turn (Compare
with a link's view, Landscape, Flow, Data, Articles, Method), each visit timed from navigation until the
page has drawn (the browser tests' condition: the run finished, no widget placeholder left), until the
time is up; a session finishes the visit it is in. One untimed walk over the pages comes first (a
hosted server is warm when colleagues arrive), and sessions arrive --stagger seconds apart. An error is a visit that shows a Streamlit exception
or "Page not found", a page error in the browser console, or a visit that does not draw within 300 s;
visits over 120 s are counted apart as slow, with the server's CPU time beside the wall time, since on
one small machine the N browsers' rendering competes with the server for the same cores. Bounded in count and time, loopback only. Prints visits, errors, p50/p95/max.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.chromium import ARGS, executable  # noqa: E402
from tests.browser.conftest import _DRAWN, start_server, stop_server  # noqa: E402

PATIENCE_MS = 300_000  # a visit that has not drawn by then is an error
SLOW_S = 120  # visits slower than this are counted apart (on one 2-core machine the 20 browsers, not the server, take the time)
VIEW = "article=ukraine-security-guarantees&by=speaker&group=Marcin+Kaczmarski&group=Dmytro"
PAGES = ["/?" + VIEW, "/landscape?" + VIEW, "/flow?" + VIEW, "/data?" + VIEW, "/articles", "/method"]


async def session(browser, base: str, number: int, until: float, visits: list, errors: list) -> None:
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.on("pageerror", lambda exc: errors.append({"session": number, "what": f"page error: {exc}"}))
    i = number  # sessions start on different pages
    try:
        while time.monotonic() < until:
            path = PAGES[i % len(PAGES)]
            i += 1
            started = time.perf_counter()
            try:
                await page.goto(base + path, timeout=PATIENCE_MS)
                await page.wait_for_function(_DRAWN, arg=0, timeout=PATIENCE_MS)
            except Exception as exc:  # noqa: BLE001 - a visit that does not draw is an error, counted
                errors.append({"session": number, "page": path, "what": f"{type(exc).__name__}: {str(exc).splitlines()[0]}"})
                continue
            seconds = time.perf_counter() - started
            if await page.locator('[data-testid="stException"]').count() or await page.get_by_text("Page not found").count():
                errors.append({"session": number, "page": path, "what": "exception or 'Page not found' on the page"})
            visits.append({"session": number, "page": path.split("?")[0], "seconds": seconds})
    finally:
        await context.close()


async def run(base: str, sessions: int, seconds: float, stagger: float) -> tuple[list, list]:
    from playwright.async_api import async_playwright

    visits: list = []
    errors: list = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=executable(), args=list(ARGS))
        for path in PAGES:  # one untimed walk first: a hosted server is warm (imports, the seed read) when colleagues come
            context = await browser.new_context()
            page = await context.new_page()
            await page.goto(base + path, timeout=PATIENCE_MS)
            await page.wait_for_function(_DRAWN, arg=0, timeout=PATIENCE_MS)
            await context.close()
        until = time.monotonic() + seconds

        async def arriving(n: int) -> None:
            await asyncio.sleep(n * stagger)  # colleagues arrive over a few seconds, not in one instant
            await session(browser, base, n, until, visits, errors)

        await asyncio.gather(*(arriving(n) for n in range(sessions)))
        await browser.close()
    return visits, errors


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), to tell the server's share from the browsers'."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    import os

    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--store", help="a SQLite path or database URL (default: a throwaway SQLite file)")
    parser.add_argument("--stagger", type=float, default=1.0, help="seconds between two sessions' arrivals (default 1)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not 1 <= args.sessions <= 50 or not 1 <= args.seconds <= 900:
        raise SystemExit("bench_load: 1-50 sessions and 1-900 seconds (it is a bounded benchmark)")
    if executable() is None:
        raise SystemExit("bench_load: no Chromium (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        proc, base = start_server(args.store or str(Path(tmp) / "articles.sqlite3"))
        try:
            started, cpu_before = time.perf_counter(), cpu_seconds(proc.pid)
            visits, errors = asyncio.run(run(base, args.sessions, args.seconds, args.stagger))
            wall, server_cpu = time.perf_counter() - started, cpu_seconds(proc.pid) - cpu_before
        finally:
            stop_server(proc)
    times = sorted(v["seconds"] for v in visits)
    pct = lambda q: times[min(len(times) - 1, int(q * len(times)))] if times else None  # noqa: E731
    by_page = {p: statistics.median([v["seconds"] for v in visits if v["page"] == p]) for p in sorted({v["page"] for v in visits})}
    result = {
        "measured_on": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip(),
        "sessions": args.sessions, "seconds": args.seconds, "wall_seconds": wall, "server_cpu_seconds": server_cpu, "cpus": __import__("os").cpu_count(), "stagger_s": args.stagger, "store": "given" if args.store else "sqlite (throwaway)",
        "visits": len(visits), "errors": len(errors), "error_list": errors[:50],
        "slow_visits": sum(t > SLOW_S for t in times), "p50_s": pct(0.5), "p95_s": pct(0.95), "max_s": times[-1] if times else None, "median_s_by_page": by_page,
    }
    print(json.dumps(result, indent=2))
    print(f"{args.sessions} sessions for {args.seconds:.0f} s: {len(visits)} visits, {len(errors)} errors, {result['slow_visits']} over {SLOW_S} s; page drawn p50 {result['p50_s'] or 0:.1f} s, p95 {result['p95_s'] or 0:.1f} s, max {result['max_s'] or 0:.1f} s; server CPU {server_cpu:.0f} s of {wall:.0f} s wall on {result['cpus']} cores", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
