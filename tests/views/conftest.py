"""Fixtures for the page and chart tests: the seed article's statements, and the same statements
with hostile text planted in them (markup in a statement, a speaker name and a section heading)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import viewpoints
from viewpoints import schema as S

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ukraine-security-guarantees.txt"

SCRIPT = "<script>alert(1)</script>"
PAYLOAD_TEXT = f"{SCRIPT} Europe must act now, and <b>bold</b> claims follow."
PAYLOAD_SPEAKER = "<b>Dm</b> & co"  # short enough to be shown whole where long names are shortened
PAYLOAD_SECTION = "Ukrainian <i>skepticism</i>"
RAW_MARKUP = ("<script", "<b>bold", "<b>Dm", "<i>skepticism")
# a tag is raw unless its "<" is backslash-escaped (Markdown) or written as &lt; (HTML)
_RAW = re.compile("|".join(r"(?<!\\)" + re.escape(m) for m in RAW_MARKUP))


def plant_payload(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with markup in the first statement, in Dmytro's name and in his section's heading."""
    out = frame.copy()
    out.loc[out[S.SENTENCE] == out[S.SENTENCE].min(), S.TEXT] = PAYLOAD_TEXT
    section = out.loc[out[S.SPEAKER] == "Dmytro", S.SECTION].iloc[0]
    out.loc[out[S.SECTION] == section, S.SECTION] = PAYLOAD_SECTION
    out.loc[out[S.SPEAKER] == "Dmytro", S.SPEAKER] = PAYLOAD_SPEAKER
    return out


def strings(obj) -> list[str]:
    """Every string anywhere inside a (plotly JSON-like) nested structure."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings(v)] + [k for k in obj if isinstance(k, str)]
    if isinstance(obj, (list, tuple)) or hasattr(obj, "tolist"):
        items = obj.tolist() if hasattr(obj, "tolist") else obj
        return [s for v in (items if isinstance(items, list) else [items]) for s in strings(v)]
    return []


def assert_no_raw_markup(texts: list[str]) -> None:
    leaked = [t for t in texts if _RAW.search(t)]
    assert not leaked, leaked[:3]


@pytest.fixture(scope="session")
def seed_frame() -> pd.DataFrame:
    return viewpoints.analyze(SEED.read_text(encoding="utf-8"), article_id="ukraine-security-guarantees")


@pytest.fixture(scope="session")
def payload_frame(seed_frame: pd.DataFrame) -> pd.DataFrame:
    return plant_payload(seed_frame)
