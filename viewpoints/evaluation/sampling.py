"""Deterministic subsampling for quick runs (`--limit N`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def subsample(items: Sequence[T], limit: int | None, *, key: Callable[[T], str]) -> list[T]:
    """`limit` items chosen by a stable hash of `key(item)`, kept in their original order.

    The same items come back on every run and machine (no random state), and growing `limit` only
    adds items. `None` or a limit at least the number of items returns them all.
    """
    items = list(items)
    if limit is None or limit >= len(items):
        return items
    if limit < 0:
        raise ValueError(f"limit must be >= 0, got {limit}")
    ranked = sorted(range(len(items)), key=lambda i: hashlib.sha1(key(items[i]).encode("utf-8")).hexdigest())
    keep = sorted(ranked[:limit])
    return [items[i] for i in keep]
