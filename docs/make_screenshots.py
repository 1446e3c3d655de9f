"""Regenerate the README's screenshots: a Streamlit server and Debian's Chromium, one PNG per page.

    python docs/make_screenshots.py            # writes docs/screenshots/*.png
    python docs/make_screenshots.py --voices-store STORE [--voice NAME ...]   # and voices.png

The Voices page lists stored articles, so its screenshot needs a store with read articles (the benchmark's
corpus, say: benchmarks/bench_corpus.py keeps it): it is served from that store, with the voices named
(default: the two quoted in most articles).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the browser settings the tests use

from tests.browser.chromium import launch  # noqa: E402
from tests.browser.conftest import _DRAWN  # noqa: E402  (the tests' "page has drawn" condition)

OUT = ROOT / "docs" / "screenshots"
# (file name, path and query, viewport height)
SHOTS = [
    ("compare.png", "/?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1500),
    ("compare-sections.png", "/?by=section&group=Expert%20views&group=Beyond%20military%20pledges&group=Ukrainian%20skepticism", 1200),
    ("landscape.png", "/landscape?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1500),
    ("flow.png", "/flow?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1300),
    ("data.png", "/data?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1100),
    ("articles.png", "/articles?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1200),
    ("method.png", "/method?by=speaker&group=Marcin%20Kaczmarski&group=Dmytro", 1400),
]


def serve(env: dict[str, str]) -> tuple[subprocess.Popen, int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
                               "--server.port", str(port), "--server.address", "127.0.0.1"], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    for _ in range(100):
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    return server, port


def shoot(port: int, shots: list[tuple[str, str, int]], *, charts_for=lambda name: 0) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        for name, path, height in shots:
            page = browser.new_page(viewport={"width": 1400, "height": height})
            page.goto(f"http://127.0.0.1:{port}{path}")
            page.wait_for_function(_DRAWN, arg=charts_for(name), timeout=300_000)  # run over, widgets drawn, charts with traces
            page.wait_for_function(  # and plotly's transitions over: no element still animating
                "() => document.getAnimations().every(a => a.playState !== 'running')", timeout=30_000)
            page.screenshot(path=str(OUT / name))
            page.close()
            print("wrote", OUT / name)
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--voices-store", help="a store (SQLite path or database URL) with read articles, for voices.png")
    parser.add_argument("--voice", action="append", default=[], help="a voice to show side by side (repeat; default: the two in most articles)")
    parser.add_argument("--only-voices", action="store_true", help="take voices.png only")
    args = parser.parse_args()
    if not args.only_voices:
        server, port = serve(dict(os.environ))
        try:
            shoot(port, SHOTS, charts_for=lambda name: 1 if name.startswith(("compare", "landscape", "flow")) else 0)
        finally:
            server.terminate()
    if args.voices_store:
        from viewpoints.fingerprint import engine_fingerprint
        from viewpoints.corpus.store import Store, is_url

        voices = args.voice or [r["voice"] for r in Store(args.voices_store).voice_page(engine_fingerprint(), sort="articles", limit=2)[0]]
        env = {k: v for k, v in os.environ.items() if k not in ("VIEWPOINTS_STORE", "VIEWPOINTS_DATABASE_URL")}
        env["VIEWPOINTS_DATABASE_URL" if is_url(args.voices_store) else "VIEWPOINTS_STORE"] = args.voices_store
        server, port = serve(env)
        try:
            shoot(port, [("voices.png", "/voices?" + urlencode([("voice", v) for v in voices]), 1700)], charts_for=lambda name: 1 + 2 * len(voices))
        finally:
            server.terminate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
