"""Shared fixtures for the engine tests: the seed article, and the statements of short texts.

Every sentence in these tests is written for them; nothing is read from outside the repository.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import viewpoints
from viewpoints import schema as S

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "ukraine-security-guarantees.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_frame(seed_text: str) -> pd.DataFrame:
    return viewpoints.analyze(seed_text)


@pytest.fixture
def rows():
    """Analyse a text (``\\n`` as written) and return its statements as a list of dicts."""

    def _rows(text: str, **options) -> list[dict]:
        return viewpoints.analyze(text, **options).to_dict("records")

    return _rows


@pytest.fixture
def proposals():
    """The statements as the rules read them, sentence by sentence, before the article's voices are
    settled as a whole (``voice_list.settle``: merges, and the filter of proposals that name no one).
    For tests of one rule's reading, where a one-sentence text gives the filter nothing to weigh."""
    from viewpoints.pipeline import proposed_rows
    from viewpoints.stance import main_issue
    from viewpoints.structure import layout

    def _proposals(text: str) -> list[dict]:
        return proposed_rows(text, layout(text), target=main_issue(text), article_id="test")

    return _proposals


@pytest.fixture
def check_offsets():
    """Assert the offsets invariant: each row is its own slice of the text, in order, no overlaps."""

    def _check(frame: pd.DataFrame, text: str) -> None:
        previous_end = 0
        for row in frame.itertuples(index=False):
            start, end = getattr(row, S.START), getattr(row, S.END)
            assert text[start:end] == getattr(row, S.TEXT), (start, end)
            assert start >= previous_end, f"statement at {start} overlaps the one ending at {previous_end}"
            assert start < end
            previous_end = end

    return _check
