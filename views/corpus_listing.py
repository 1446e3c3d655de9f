"""The corpus as lists: the Articles page's table and the article pickers. Both ask the store for one
page of matches (searched, sorted and paged in the database) and never list the whole corpus, so they
stay as quick with ten thousand stored articles as with ten.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from viewpoints.corpus import kept
from viewpoints import schema as S
from viewpoints.fingerprint import engine_fingerprint
from viewpoints.corpus.store import StoreError

from .corpus import find, furniture, opening, seeds, statements, store, title

CHOICES = 20  # stored articles the article pickers offer at once: the newest, or the best matches of a search


class Known:
    """Every article a link can name (seeds and stored ones, by id or a longer prefix of its hash),
    answered one id at a time, never by listing the corpus."""

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and find(article_id) is not None


def choices(search: str = "", *, keep: Sequence[str] = ()) -> tuple[dict[str, str], int]:
    """Id -> title of what an article picker offers: the seeds, then the newest stored articles or those
    matching `search` (title, source, voices, text), and the ids in `keep` (the open article) wherever
    they are; and how many stored articles the store offered."""
    found = {article_id: entry.title for article_id, entry in seeds().items()}
    try:
        rows, _total = store().page(engine_fingerprint(), search=search.strip(), limit=CHOICES, count=False)
    except StoreError:
        rows = []
    for row in rows:
        found[row["id"]] = row["title"] or opening(row["opening"])
    for article_id in keep:
        if article_id not in found and find(article_id) is not None:
            found[article_id] = title(article_id)
    return found, len(rows)


LISTING_COLUMNS = ["title", "voices", "supportive", "skeptical", "neutral", "statements", "corrected", "target", "source", "added", "id"]
SORTS = ("added", "title", "source", "statements", "supportive", "skeptical", "neutral")


@dataclass(frozen=True)
class Listing:
    rows: pd.DataFrame  # LISTING_COLUMNS; statements and the rest empty where the engine has not read it yet
    total: int  # articles matching, seeds included
    unread: list[str]  # ids on this page not yet read by this engine
    seeds: int = 0  # seed rows at the top of the first page (not paged)
    problem: str | None = None  # why stored articles are missing, if they are


def _seed_rows(search: str) -> list[dict]:
    rows = []
    for article_id, entry in seeds().items():
        frame = statements(article_id)
        summary = {**kept.summary(frame), "corrected": int(frame[S.CORRECTED].sum())}
        haystack = " ".join([entry.title, "seed", summary["voice_names"], entry.text]).lower()
        if all(word in haystack for word in search.lower().split()):
            rows.append({"id": article_id, "title": entry.title, "source": "seed", "added": "", **summary, "voices": ", ".join(_voices(summary["voices"]))})
    return rows


def _voices(value) -> list[str]:
    return json.loads(value) if isinstance(value, str) else list(value or [])


def listing(search: str = "", *, sort: str = "added", descending: bool = True, offset: int = 0, limit: int = 25) -> Listing:
    """One page of the corpus for the Articles page: the seeds (on the first page), then stored articles
    searched, sorted and paged by the store (`offset` and `limit` count stored articles), with the summaries kept for this engine (never an analysis
    per visit)."""
    seeds_here = _seed_rows(search)
    first = offset == 0
    rows = list(seeds_here) if first else []
    problem = None
    try:
        stored, total = store().page(engine_fingerprint(), search=search, sort=sort, descending=descending, offset=offset, limit=limit)
    except StoreError as exc:
        stored, total, problem = [], 0, str(exc)
    try:
        corrected = store().corrected_among([row["hash"] for row in stored])
    except StoreError:
        corrected = set()
    for row in stored:
        listed = {
            "id": row["id"], "title": row["title"] or opening(row["opening"]), "source": row["source"], "added": row["added_at"][:16].replace("T", " "),
            "statements": row["statements"], "voices": ", ".join(row["voices"]) if row["voices"] is not None else None,
            "supportive": row["supportive"], "skeptical": row["skeptical"], "neutral": row["neutral"], "corrected": 0 if row["statements"] is not None else None,
            "target": row["target"],
        }
        if row["hash"] in corrected and row["statements"] is not None:  # readers' corrections change what it shows
            try:
                frame = statements(row["id"])
            except (KeyError, StoreError):  # the store went away since the page was read: the engine's counts
                rows.append(listed)
                continue
            summary = kept.summary(frame)
            listed.update({stance: summary[stance] for stance in S.STANCES}, voices=", ".join(_voices(summary["voices"])), corrected=int(frame[S.CORRECTED].sum()))
        rows.append(listed)
    frame = pd.DataFrame(rows, columns=LISTING_COLUMNS)
    for column in ("statements", "supportive", "skeptical", "neutral", "corrected"):
        frame[column] = frame[column].astype("Int64")
    unread = [r["id"] for r in stored if r["statements"] is None]
    return Listing(frame, total + len(seeds_here), unread, len(seeds_here), problem)


def read_now(article_id: str) -> None:
    """Read one stored article with this engine and keep its reading and summary in the store."""
    entry = find(article_id)
    if entry is not None and entry.source != "seed":
        kept.statements(store(), entry.text, article_id=article_id, furniture=furniture(entry))
