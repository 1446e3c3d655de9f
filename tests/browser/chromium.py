"""Debian's Chromium, as the real-browser tests, the dashboard benchmark and the screenshot script start
it: where it is, and the flags it needs on these machines. Playwright cannot download a browser here
(`playwright install` fails), so it drives this one (`apt-get install chromium`).

The scripts import it with the repository root on ``sys.path``: ``from tests.browser.chromium import launch``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Headless, no sandbox (CI runs as root), no GPU, and none of the browser's own network traffic
# (QUIC, background updates, sync): the machines reach nothing but the package registries.
ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
INSTALL_HINT = "install Debian's chromium: apt-get install chromium, or set CHROMIUM_PATH"


def executable() -> str | None:
    """The browser to drive: $CHROMIUM_PATH, else /usr/bin/chromium, else chromium on the PATH; None if none."""
    for candidate in (os.environ.get("CHROMIUM_PATH"), "/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def launch(playwright, **options):
    """`playwright.chromium.launch` on that browser with these flags; a clear error when there is none."""
    path = executable()
    if path is None:
        raise RuntimeError(f"no Chromium found ({INSTALL_HINT})")
    return playwright.chromium.launch(executable_path=path, args=list(ARGS), **options)
