"""Many articles at once: ``viewpoints ingest`` (bring files, folders and JSONL/CSV text collections into
the store, and read them) and ``viewpoints reanalyze`` (read what this engine has not read yet).

Work is split by article over worker processes; each worker opens the store itself and writes each
article whole (the article, its paragraphs, its kept analysis) before taking the next, so an
interrupted run loses nothing finished and the next run resumes: a text already stored and read by
this engine is skipped by its content hash. What cannot be brought in is listed with its reason; the
rest goes in.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path

from . import kept
from ..fingerprint import engine_fingerprint
from .ingest import FORMATS, Article, from_text, from_upload, iso_date
from .io import ArticleError
from .corpus_furniture import site_of
from .database import forget_inherited_connections
from .store import Store, StoreError, content_hash

TABLES = {".jsonl": "jsonl", ".csv": "csv"}
TEXT_FIELDS = ("text", "body", "articleBody", "content")  # the first present names an article's text
MAX_PENDING_PER_WORKER = 4  # items handed out ahead of the workers: memory stays flat on any corpus


@dataclass(frozen=True)
class Item:
    """One article to bring in: a file, or a row of a JSONL/CSV file (its text and details)."""

    where: str  # "path" or "path:line", for messages
    path: str = ""
    text: str | None = None
    title: str = ""
    source: str = ""
    date: str = ""


@dataclass(frozen=True)
class Outcome:
    where: str
    status: str  # added | read | kept (already stored and read) | refused
    article_id: str = ""
    reason: str = ""
    statements: int = 0


def items(paths: Iterable[str | os.PathLike]) -> Iterator[Item | Outcome]:
    """Every article the paths hold, in order: files (.txt, .md, .html), folders (their files, sorted,
    recursively) and JSONL/CSV collections (one article per row); what cannot be read is an Outcome."""
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS | TABLES):
                yield from _file_items(child)
        elif path.is_file():
            yield from _file_items(path)
        else:
            yield Outcome(str(path), "refused", reason="no such file or folder")


def _file_items(path: Path) -> Iterator[Item | Outcome]:
    suffix = path.suffix.lower()
    if suffix in FORMATS:
        yield Item(str(path), path=str(path))
    elif suffix == ".jsonl":
        yield from _jsonl_items(path)
    elif suffix == ".csv":
        yield from _csv_items(path)
    else:
        yield Outcome(str(path), "refused", reason=f"cannot read {suffix or 'a file without an extension'}: give .txt, .md, .html, .jsonl or .csv")


def _row_item(where: str, row: object) -> Item | Outcome:
    if not isinstance(row, dict):
        return Outcome(where, "refused", reason="a row must be an object with a text field")
    text = next((row[f] for f in TEXT_FIELDS if isinstance(row.get(f), str)), None)
    if text is None:
        return Outcome(where, "refused", reason=f"no text: a row needs one of the fields {', '.join(TEXT_FIELDS)}")
    return Item(where, text=text, title=str(row.get("title") or ""), source=str(row.get("source") or row.get("url") or ""), date=str(row.get("date") or row.get("published") or ""))


def _jsonl_items(path: Path) -> Iterator[Item | Outcome]:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    yield _row_item(where, json.loads(line))
                except json.JSONDecodeError as exc:
                    yield Outcome(where, "refused", reason=f"not JSON ({exc.msg} at column {exc.colno})")
    except (OSError, UnicodeDecodeError) as exc:
        yield Outcome(str(path), "refused", reason=f"cannot be read: {exc}")


def _csv_items(path: Path) -> Iterator[Item | Outcome]:
    csv.field_size_limit(1 << 26)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            ended = 1  # the header line
            for row in reader:
                yield _row_item(f"{path}:{ended + 1}", row)  # the line the row starts on (a text may span lines)
                ended = reader.line_num
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        yield Outcome(str(path), "refused", reason=f"cannot be read: {exc}")


def article_of(item: Item) -> Article:
    """The Article an item gives, by the same functions as the dashboard's paste and upload."""
    if item.text is None:
        path = Path(item.path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ArticleError(f"cannot be read: {exc.strerror or exc}") from exc
        article = from_upload(path.name, data)
        return replace(article, source=f"file:{path.resolve()}")
    source = item.source.strip()
    source = f"url:{source}" if source.startswith(("http://", "https://")) else f"site:{source}" if source else "paste"
    article = from_text(item.text, source=source)
    published = iso_date(item.date)
    notes = article.notes + ((f"the date {item.date!r} is not an ISO date (YYYY-MM-DD); left out",) if item.date.strip() and not published else ())
    return replace(article, title=item.title.strip() or article.title, published=published, notes=notes)


# -- the work of one article, in a worker process ----------------------------------------------------

_STORE: Store | None = None


def _open(url: str, forked: bool) -> None:
    global _STORE
    if forked:
        forget_inherited_connections()  # a forked worker must not share the parent's database connections
    _STORE = Store(url)


def bring_in(item: Item) -> Outcome:
    """Build, store and read one article (in a worker; the store is the worker's own)."""
    store = _STORE
    assert store is not None, "bring_in runs in a worker started with _open"
    try:
        article = article_of(item)
    except (ArticleError, ValueError) as exc:
        return Outcome(item.where, "refused", reason=str(exc))
    full = content_hash(article.text)
    had = store.has(full)
    article_id = store.add(article)
    if had and full not in store.unread(engine_fingerprint(), among=[full]):
        return Outcome(item.where, "kept", article_id)
    frame = kept.statements(store, article.text, article_id=article_id, furniture=kept.site_furniture(store, article.text))
    return Outcome(item.where, "read" if had else "added", article_id, statements=len(frame))


def read_again(article_hash: str) -> Outcome:
    """Read one stored article with this engine (in a worker)."""
    store = _STORE
    assert store is not None, "read_again runs in a worker started with _open"
    found = store.text_of(article_hash)
    if found is None:
        return Outcome(article_hash[:12], "refused", reason="no longer in the store")
    text, _source = found
    frame = kept.statements(store, text, article_id=article_hash[:12], furniture=kept.site_furniture(store, text))
    return Outcome(article_hash[:12], "read", article_hash[:12], statements=len(frame))


def stale_after(url: str, outcomes: list[Outcome]) -> list[str]:
    """After an ingest: the articles of the sites it added to whose reading left out other furniture
    than their site repeats now (read before the third copy of a paragraph arrived)."""
    store = Store(url)
    sites = set()
    for o in outcomes:
        if o.status in ("added", "read") and o.article_id:
            found = store.get(o.article_id)
            if found is not None:
                sites.add(site_of(found.source))
    return kept.stale(store, store.of_sites(sites)) if sites else []


def run(work: Callable, inputs: Iterable, *, url: str, workers: int = 1, progress: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """`work` (``bring_in`` or ``read_again``) on every input over `workers` processes (1: in this one),
    reporting each outcome as it comes; inputs that are already Outcomes (unreadable) pass through."""
    outcomes: list[Outcome] = []

    def done(outcome: Outcome) -> None:
        outcomes.append(outcome)
        if progress:
            progress(outcome)

    if workers <= 1:
        _open(url, False)
        for given in inputs:
            done(given if isinstance(given, Outcome) else _safely(work, given))
        return outcomes
    with ProcessPoolExecutor(max_workers=workers, initializer=_open, initargs=(url, True)) as pool:
        pending: set[Future] = set()
        for given in inputs:
            if isinstance(given, Outcome):
                done(given)
                continue
            pending.add(pool.submit(_safely, work, given))
            if len(pending) >= workers * MAX_PENDING_PER_WORKER:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    done(future.result())
        for future in pending:
            done(future.result())
    return outcomes


def _safely(work: Callable, given) -> Outcome:
    """One article's failure (a text the engine chokes on) is that article's outcome, not the run's end;
    a store that cannot be reached ends the run (nothing more could be kept)."""
    try:
        return work(given)
    except StoreError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported with the article it belongs to
        where = given.where if isinstance(given, Item) else str(given)[:12]
        return Outcome(where, "refused", reason=f"{type(exc).__name__}: {exc}")
