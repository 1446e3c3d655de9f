"""Dashboard speed, measured in one run so the figures are ratios on the same machine and load.

1. Server time of a widget change on the seed (AppTest: set a widget, rerun), median of N.
2. Time to the first drawn chart in a fresh Chromium: this app's Compare page against a one-chart
   hello-world Streamlit app, each served the same way; the ratio is the figure that matters.

    python benchmarks/bench_dashboard.py [--runs 15] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the repository's modules (app.py's views, the browser settings)

from tests.browser.chromium import launch  # noqa: E402  (Debian's Chromium and its flags, shared with the tests)

HELLO = """import plotly.graph_objects as go
import streamlit as st
st.title("Hello")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])))
"""


# Runs app.py inside AppTest and records the script's own run time: the server time of a rerun,
# without AppTest's polling.
TIMED = """import time
import streamlit as st
_t = time.perf_counter()
_app = {app!r}
exec(compile(open(_app, encoding="utf-8").read(), _app, "exec"), {{"__file__": _app, "__name__": "__main__"}})
st.session_state["_server_ms"] = (time.perf_counter() - _t) * 1000
"""


def widget_change_ms(runs: int) -> dict:
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as tmp:
        timed = Path(tmp) / "timed_app.py"
        timed.write_text(TIMED.format(app=str(ROOT / "app.py")))
        at = AppTest.from_file(str(timed), default_timeout=120)
        at.run()
        first = at.session_state["_server_ms"]
        times = []
        options = ["speaker", "section", "stance"]
        for i in range(runs):
            at.radio[0].set_value(options[i % 3]).run()
            assert not at.exception, at.exception
            times.append(at.session_state["_server_ms"])
    return {
        "runs": runs,
        "median_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
        "first_run_ms": round(first, 1),
    }


def _serve(script: Path, cwd: Path) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(script),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
        ],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"{script} did not start")


def first_chart_ms(url: str, browser, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        t = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(".js-plotly-plot g.trace", timeout=60_000)
        times.append((time.perf_counter() - t) * 1000)
        context.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    result = {"widget_change": widget_change_ms(args.runs)}
    with tempfile.TemporaryDirectory() as tmp:
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO)
        app_proc, app_url = _serve(ROOT / "app.py", ROOT)
        hello_proc, hello_url = _serve(hello, Path(tmp))
        try:
            with sync_playwright() as p:
                browser = launch(p)
                first_chart_ms(app_url, browser, 1)  # warm both servers (imports, first analysis)
                first_chart_ms(hello_url, browser, 1)
                app_t, hello_t = [], []
                for _ in range(max(3, args.runs // 3)):  # interleaved, so both see the same load
                    app_t += first_chart_ms(app_url, browser, 1)
                    hello_t += first_chart_ms(hello_url, browser, 1)
                browser.close()
        finally:
            app_proc.terminate()
            hello_proc.terminate()
    app_ms, hello_ms = statistics.median(app_t), statistics.median(hello_t)
    result["first_chart"] = {
        "app_median_ms": round(app_ms),
        "hello_median_ms": round(hello_ms),
        "ratio": round(app_ms / hello_ms, 2),
        "runs": len(app_t),
    }
    result["measured_on"] = time.strftime("%Y-%m-%d")
    print(
        f"widget change, server time on the seed: median {result['widget_change']['median_ms']} ms "
        f"(max {result['widget_change']['max_ms']} ms, goal <= 150 ms)"
    )
    print(
        f"first chart in a fresh Chromium: app {app_ms:.0f} ms, hello world {hello_ms:.0f} ms, "
        f"ratio {app_ms / hello_ms:.2f} (goal <= 1.5)"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
