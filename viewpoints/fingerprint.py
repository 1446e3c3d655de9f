"""Which engine read an article: a fingerprint of everything that decides its output.

A kept analysis (``viewpoints.corpus.kept``) is valid only for the engine that made it. The version number
alone would not do (the rules change between releases), so the fingerprint hashes the engine's own code
(``viewpoints/``, without ``evaluation/`` and ``corpus/``, which do not change a reading), its data
(lexicons, rules, models under ``data/``) and the versions of the libraries that read text for it.
Any change to any of them gives another fingerprint, and articles are read again on first open.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from . import __version__
from .lexicon import DATA_DIR

PACKAGE = Path(__file__).resolve().parent
# Parts of the package that never change what `analyze` says: measuring it, bringing articles in and
# keeping them (the whole `corpus/` subpackage), the CLI. Named by their first part under the package.
NOT_ENGINE = {"evaluation", "corpus", "cli.py", "fingerprint.py"}
DATA_PARTS = ("lexicon", "models")
LIBRARIES = ("textblob", "vaderSentiment", "sentencex", "pandas", "trafilatura")


def _files() -> list[Path]:
    code = [p for p in sorted(PACKAGE.rglob("*.py")) if p.relative_to(PACKAGE).parts[0] not in NOT_ENGINE]
    data = [p for part in DATA_PARTS for p in sorted((DATA_DIR / part).rglob("*")) if p.is_file()]
    return code + data


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """``<version>+<12 hex digits>``: the same for the same engine, code, data and libraries."""
    digest = hashlib.sha256()
    for path in _files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    for library in LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=none\0".encode())
    return f"{__version__}+{digest.hexdigest()[:12]}"
