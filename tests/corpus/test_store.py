"""The article store: one row per text, found by id or prefix, safe with many writers, kept across restarts.

Each test that takes ``store`` or ``database_url`` runs twice: on a SQLite file and on PostgreSQL
(``conftest.py``)."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa

import viewpoints
from viewpoints.corpus import store as store_module
from viewpoints.corpus.ingest import Article, from_text
from viewpoints.corpus.store import ArticleInfo, Store, StoredArticle

QUAY = Article(
    "# Quay reopens\n\nThe harbour master said the quay would reopen. قال الوزير 😀\n",
    title="Quay reopens",
    byline="Ana Ruiz",
    source="upload:quay.md",
    format="markdown",
    notes=("the byline line “By Ana Ruiz” was taken out of the text",),
)


def numbered(writer: int, i: int) -> Article:
    return from_text(f"Writer {writer} filed report {i}. The council said the ferry would sail.", source="paste")


@pytest.fixture
def store(database_url) -> Store:
    return Store(database_url)


def test_add_returns_the_engine_id_and_get_gives_everything_back(store):
    article_id = store.add(QUAY)
    assert article_id == QUAY.id == viewpoints.article_id_for(QUAY.text) and len(article_id) == 12
    got = store.get(article_id)
    assert isinstance(got, StoredArticle)
    assert (got.id, got.title, got.byline, got.source, got.format, got.notes, got.text, got.chars) == (
        article_id, QUAY.title, QUAY.byline, QUAY.source, QUAY.format, QUAY.notes, QUAY.text, len(QUAY.text))
    assert got.article == QUAY


def test_added_at_is_utc_iso(store):
    added = datetime.fromisoformat(store.get(store.add(QUAY)).added_at)
    assert added.utcoffset() == timedelta(0)
    assert abs(datetime.now(added.tzinfo) - added) < timedelta(minutes=1)


def test_same_text_is_stored_once_and_keeps_its_first_details(store):
    first = store.add(QUAY)
    again = store.add(Article(QUAY.text, title="Another title", source="url:https://example.org/quay", format="html"))
    assert first == again and len(store) == 1
    assert store.get(first).title == "Quay reopens" and store.get(first).source == "upload:quay.md"


def test_different_texts_get_different_ids(store):
    ids = {store.add(numbered(0, i)) for i in range(20)}
    assert len(ids) == 20 == len(store)


@pytest.mark.parametrize("transform", [lambda i: i, lambda i: i[:4], lambda i: i[:7], lambda i: i.upper(), lambda i: f"  {i}\n"], ids=["id", "4", "7", "upper", "spaces"])
def test_get_by_prefix(store, transform):
    article_id = store.add(QUAY)
    assert store.get(transform(article_id)).text == QUAY.text
    assert transform(article_id) in store


@pytest.mark.parametrize("unknown", ["ffffffffffff", "0000", "abc", "", "   ", "not-hex!", "' OR 1=1 --", "*", "a%", None, 12, "f" * 80])
def test_unknown_or_unusable_ids_give_none(store, unknown):
    store.add(QUAY)
    assert store.get(unknown) is None
    assert unknown not in store


def test_ambiguous_prefix_gives_none(store):
    seen: dict[str, str] = {}
    for i in range(2000):  # two texts whose ids share 4 hex digits turn up within a few hundred
        article_id = store.add(numbered(1, i))
        if article_id[:4] in seen:
            break
        seen[article_id[:4]] = article_id
    else:
        pytest.fail("no shared 4-digit prefix found")
    assert store.get(article_id[:4]) is None
    assert store.get(article_id).id == article_id and store.get(seen[article_id[:4]]) is not None


def test_list_is_newest_first_without_text(store):
    ids = [store.add(numbered(2, i)) for i in range(5)]
    listed = store.list()
    assert [a.id for a in listed] == ids[::-1]
    assert all(type(a) is ArticleInfo and not hasattr(a, "text") for a in listed)
    assert [a.id for a in store.list(limit=2)] == ids[:-3:-1]


def test_empty_store(store):
    assert store.list() == [] and len(store) == 0 and store.get("abcd") is None


def test_a_new_store_on_the_same_database_sees_everything(database_url):
    path = database_url
    ids = [Store(path).add(numbered(3, i)) for i in range(10)] + [Store(path).add(QUAY)]
    reopened = Store(path)
    assert [a.id for a in reopened.list()] == ids[::-1]
    assert reopened.get(ids[-1]).article == QUAY


def test_store_uses_wal_and_creates_its_folder(tmp_path):
    path = tmp_path / "deep" / "er" / "articles.sqlite3"
    Store(path).add(QUAY)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_default_path_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(store_module.STORE_ENV, str(tmp_path / "env" / "a.sqlite3"))
    assert Store().path == tmp_path / "env" / "a.sqlite3" and Store().path.parent.is_dir()
    monkeypatch.delenv(store_module.STORE_ENV)
    assert store_module.default_path() == store_module.DEFAULT_PATH
    assert store_module.DEFAULT_PATH.parts[-3:] == ("data", "store", "articles.sqlite3")


def test_add_takes_only_articles(store):
    with pytest.raises(TypeError):
        store.add("The quay reopened.")  # type: ignore[arg-type]


WRITERS, EACH = 4, 50


def test_concurrent_threads_lose_nothing(database_url):
    path = database_url
    start = threading.Barrier(WRITERS, timeout=60)
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def write(writer: int) -> None:
        try:
            shared = Store(path)
            start.wait()
            results[writer] = [shared.add(numbered(writer, i)) for i in range(EACH)] + [shared.add(QUAY)]
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    check_all_there(Store(path), results)


def _write_in_process(path: str, writer: int, start, queue) -> None:
    shared = Store(path)  # every process opens the file itself, at the same moment
    start.wait()
    queue.put((writer, [shared.add(numbered(writer, i)) for i in range(EACH)] + [shared.add(QUAY)]))


def test_concurrent_processes_lose_nothing(database_url):
    path = database_url
    ctx = multiprocessing.get_context("spawn")
    start, queue = ctx.Barrier(WRITERS, timeout=60), ctx.Queue()
    processes = [ctx.Process(target=_write_in_process, args=(path, w, start, queue)) for w in range(WRITERS)]
    try:
        for p in processes:
            p.start()
        results = dict(queue.get(timeout=120) for _ in processes)
        for p in processes:
            p.join(timeout=60)
            assert p.exitcode == 0
    finally:
        for p in processes:  # a writer that failed must not outlive the test
            if p.is_alive():
                p.terminate()
    check_all_there(Store(path), results)


def check_all_there(store: Store, results: dict[int, list[str]]) -> None:
    assert len(results) == WRITERS
    assert len(store) == WRITERS * EACH + 1
    for writer, ids in results.items():
        assert ids[-1] == QUAY.id
        for i, article_id in enumerate(ids[:-1]):
            assert store.get(article_id).text == numbered(writer, i).text
    assert {a.id for a in store.list()} == {i for ids in results.values() for i in ids}


# -- stores written by older versions, and stores that cannot be opened ----------------------------

# What Viewpoints wrote before its schema was versioned (before corrections existed, then with them).
V1_ARTICLES = """
CREATE TABLE articles (hash TEXT PRIMARY KEY, title TEXT NOT NULL, byline TEXT NOT NULL, source TEXT NOT NULL,
    format TEXT NOT NULL, notes TEXT NOT NULL, added_at TEXT NOT NULL, chars INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX articles_added ON articles (added_at);
"""
V1_CORRECTIONS = """
CREATE TABLE corrections (id INTEGER PRIMARY KEY AUTOINCREMENT, article TEXT NOT NULL, kind TEXT NOT NULL,
    subject TEXT NOT NULL, value TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX corrections_article ON corrections (article, id);
"""
NOTE = "Sign up for our harbour newsletter to get every story first."


def _v1_store(path, *, with_corrections: bool) -> list[str]:
    texts = [f"# Ferry {i}\n\nThe council said ferry {i} would sail.\n\n{NOTE}\n" for i in range(3)]
    with sqlite3.connect(path) as conn:
        conn.executescript(V1_ARTICLES + (V1_CORRECTIONS if with_corrections else ""))
        for i, text in enumerate(texts):
            conn.execute(
                "INSERT INTO articles VALUES (?, ?, '', 'url:https://harbour.example/a', 'html', '[]', ?, ?, ?)",
                (store_module.content_hash(text), f"Ferry {i}", f"2026-01-0{i + 1}T00:00:00+00:00", len(text), text),
            )
        if with_corrections:
            conn.execute("INSERT INTO corrections (article, kind, subject, value, created_at) VALUES ('x', 'stance', 'k', 'skeptical', 't')")
    return texts


@pytest.mark.parametrize("with_corrections", [False, True], ids=["before-corrections", "with-corrections"])
def test_a_store_from_before_versioning_is_upgraded_and_keeps_everything(tmp_path, with_corrections):
    path = tmp_path / "old.sqlite3"
    texts = _v1_store(path, with_corrections=with_corrections)
    upgraded = Store(path)
    assert [a.title for a in upgraded.list()] == ["Ferry 2", "Ferry 1", "Ferry 0"]
    assert upgraded.get(store_module.content_hash(texts[0])).text == texts[0]
    assert [c.value for c in upgraded.corrections()] == (["skeptical"] if with_corrections else [])
    # the paragraphs of articles stored before the upgrade count for corpus furniture
    from viewpoints.text.structure import paragraph_key
    assert upgraded.repeated_paragraphs() == {"harbour.example": frozenset({paragraph_key(NOTE)})}
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version FROM viewpoints_schema").fetchall() == [(store_module.T.VERSION,)]
    Store(path).add(QUAY)  # and it opens again, as it is, and takes new articles
    assert len(Store(path)) == 4


def test_a_store_from_a_newer_version_is_refused_untouched(database_url):
    Store(database_url).add(QUAY)
    engine = sa.create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE viewpoints_schema SET version = :v"), {"v": store_module.T.VERSION + 1})
    engine.dispose()
    store_module.dispose(database_url)
    with pytest.raises(store_module.StoreError, match="newer Viewpoints"):
        Store(database_url)


@pytest.mark.parametrize("url", [
    "postgresql://nobody:secret@127.0.0.1:9/viewpoints",  # nothing listens on port 9
    "sqlite:////proc/no/such/place/articles.sqlite3",
])
def test_an_unreachable_database_says_so_without_its_password(url):
    with pytest.raises(store_module.StoreError) as raised:
        Store(url)
    assert "secret" not in str(raised.value) and str(raised.value)


def test_the_database_url_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(store_module.STORE_ENV, str(tmp_path / "file.sqlite3"))
    assert store_module.default_url() == store_module.sqlite_url(tmp_path / "file.sqlite3")
    monkeypatch.setenv(store_module.DATABASE_ENV, "postgresql://team@db.example/viewpoints")
    assert store_module.default_url() == "postgresql://team@db.example/viewpoints"
    assert store_module.redacted("postgresql://team:hunter2@db.example:5433/v") == "postgresql://db.example:5433/v"
    assert "ssw0rd" not in store_module.redacted("postgresql://alice:p@ssw0rd@db.example/v")  # an unescaped @


@pytest.mark.parametrize("url", [
    "postgresql://alice:p@ssw0rd@127.0.0.1:9/v",  # "@" unescaped in the password
    "postgresql://nobody@127.0.0.1:notaport/v",
    "nosuchdb://somewhere/v",
    "postgresql+nosuchdriver://somewhere/v",
])
def test_an_unusable_address_is_a_message_without_its_password(url):
    with pytest.raises(store_module.StoreError) as raised:
        Store(url)
    assert "ssw0rd" not in str(raised.value) and "cannot" in str(raised.value)


def test_a_file_that_is_not_a_database_is_a_message(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(store_module.StoreError, match="cannot open the article store"):
        Store(path)
