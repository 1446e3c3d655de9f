"""Where the store is when nothing says otherwise (viewpoints.corpus.database.default_path)."""

from pathlib import Path

from viewpoints.corpus import database


def test_the_default_store_is_the_repositorys_data_store():
    # beside data/lexicon, ignored by git: not inside the package
    repository = Path(database.__file__).resolve().parents[2]
    assert database.DEFAULT_PATH == repository / "data" / "store" / "articles.sqlite3"
    assert (repository / "data" / "lexicon").is_dir()


def test_a_store_left_inside_the_package_is_still_found(monkeypatch, tmp_path):
    # from 5312b25 until the fix, the default store was made in viewpoints/data/store: it is not lost
    monkeypatch.delenv(database.STORE_ENV, raising=False)
    monkeypatch.setattr(database, "DEFAULT_PATH", tmp_path / "data" / "store" / "articles.sqlite3")
    monkeypatch.setattr(database, "LEGACY_PATH", tmp_path / "viewpoints" / "data" / "store" / "articles.sqlite3")
    assert database.default_path() == database.DEFAULT_PATH  # neither exists: the repository's
    database.LEGACY_PATH.parent.mkdir(parents=True)
    database.LEGACY_PATH.write_bytes(b"")
    assert database.default_path() == database.LEGACY_PATH  # only the old one holds articles
    database.DEFAULT_PATH.parent.mkdir(parents=True)
    database.DEFAULT_PATH.write_bytes(b"")
    assert database.default_path() == database.DEFAULT_PATH

