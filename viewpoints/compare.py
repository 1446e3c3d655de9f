"""Grouping statements for side-by-side comparison: by section or by speaker. Pure pandas."""

from __future__ import annotations

from typing import Literal

import pandas as pd

from . import schema as S

By = Literal["section", "speaker", "stance"]
BY_OPTIONS: tuple[By, ...] = ("section", "speaker", "stance")
GROUP_COLUMN: dict[str, str] = {"section": S.SECTION, "speaker": S.SPEAKER, "stance": S.STANCE}
MIN_GROUPS, MAX_GROUPS = 2, 4


def groups(frame: pd.DataFrame, by: By) -> list[str]:
    """The groups a comparison can pick from, in order of first appearance in the article."""
    return list(dict.fromkeys(frame[GROUP_COLUMN[by]].tolist()))


def default_groups(frame: pd.DataFrame, by: By) -> list[str]:
    """The two groups whose mean stance differs most (the sharpest contrast), in reading order.

    Groups with a single statement count only when nothing larger exists; the author counts only
    when fewer than two other speakers do.
    """
    available = groups(frame, by)
    if len(available) <= MIN_GROUPS:
        return available
    column = GROUP_COLUMN[by]
    stats = frame.groupby(column, sort=False)[S.STANCE_SCORE].agg(["mean", "size"])
    candidates = stats
    if by == "speaker" and (stats.index != S.AUTHOR).sum() >= MIN_GROUPS:
        candidates = candidates[candidates.index != S.AUTHOR]
    if (candidates["size"] >= 2).sum() >= MIN_GROUPS:
        candidates = candidates[candidates["size"] >= 2]
    ordered = candidates.sort_values("mean", kind="stable")
    picked = {ordered.index[-1], ordered.index[0]}
    if len(picked) < MIN_GROUPS:
        picked = set(candidates.index[:MIN_GROUPS])
    return [g for g in available if g in picked]


def select(frame: pd.DataFrame, by: By, group: str) -> pd.DataFrame:
    return frame[frame[GROUP_COLUMN[by]] == group]


def stance_counts(frame: pd.DataFrame) -> pd.Series:
    """Statements per stance, every stance present (zeros included), in schema order."""
    return frame[S.STANCE].value_counts().reindex(list(S.STANCES), fill_value=0)
