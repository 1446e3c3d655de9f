"""The engine's fingerprint (the key under which the store keeps a reading) covers what ``analyze``
runs and nothing that only keeps or moves articles: a change to the store must not make every kept
reading look stale, and a change to what ``analyze`` runs must."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from viewpoints.fingerprint import NOT_ENGINE, PACKAGE, _files

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ukraine-security-guarantees.txt"

KEEPING = ("store", "database", "dataset", "cluster", "bulk", "kept")  # modules that keep or move articles


def test_every_module_that_keeps_articles_is_left_out():
    keeping = {p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py") if p.name.startswith(KEEPING)}
    assert {"store.py", "store_voices.py", "cluster.py"} <= {p.name for p in keeping}
    outside = sorted(str(p) for p in keeping if p.parts[0] not in NOT_ENGINE)
    assert not outside, f"move into viewpoints/corpus/ (or add to fingerprint.NOT_ENGINE): {outside}"
    assert not [p for p in _files() if p.name.startswith(KEEPING)]


def test_analyze_loads_nothing_the_fingerprint_leaves_out():
    script = (
        "import sys, viewpoints\n"
        f"viewpoints.analyze(open({str(SEED)!r}, encoding='utf-8').read(), target='Ukraine')\n"
        "print(' '.join(sorted(m.split('.')[1] for m in sys.modules if m.startswith('viewpoints.'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True)
    loaded = set(done.stdout.split())
    assert "pipeline" in loaded
    left_out = {name.removesuffix(".py") for name in NOT_ENGINE} - {"fingerprint"}
    assert not loaded & left_out, f"analyze runs code the fingerprint leaves out: {sorted(loaded & left_out)}"
