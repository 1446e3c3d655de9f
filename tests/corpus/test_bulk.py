"""Bringing many articles in (`viewpoints ingest`) and reading them again (`viewpoints reanalyze`):
files, folders and JSONL/CSV rows; refusals with reasons; resuming; workers that die lose nothing."""

from __future__ import annotations

import json
import os

import pytest

from viewpoints.corpus import bulk, kept
from viewpoints import cli
from viewpoints.fingerprint import engine_fingerprint
from viewpoints.corpus.store import Store, content_hash


def story(i: int) -> str:
    return f"# Ferry {i} sails\n\nThe council said ferry {i} would sail on Monday. Critics warned that the timetable for ferry {i} was fragile, Ana Ruiz said.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    (folder / "deep").mkdir(parents=True)
    (folder / "one.txt").write_text(story(1), encoding="utf-8")
    (folder / "deep" / "two.md").write_text(story(2), encoding="utf-8")
    (folder / "three.html").write_text(f"<html><head><title>Ferry 3</title><meta property='article:published_time' content='2026-03-04T10:00:00Z'></head><body><article><h1>Ferry 3 sails</h1><p>{story(3).split(chr(10), 2)[2]}</p><p>The harbour master said nothing more would change this week, the union added.</p></article></body></html>", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not something ingest reads: ignored in folders
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join([
        json.dumps({"text": story(4), "title": "Ferry four", "source": "harbour-news", "date": "2026-02-01"}),
        json.dumps({"text": story(5), "source": "https://news.example/ferry-5", "date": "1 Feb"}),
        json.dumps({"title": "no text here"}),
        "{not json",
        "",
    ]) + "\n", encoding="utf-8")
    table = tmp_path / "rows.csv"
    table.write_text("title,text,date\nFerry six," + json.dumps(story(6)) + ",2026-02-03\n", encoding="utf-8")
    return folder, rows, table


def test_items_read_files_folders_and_rows_and_say_what_they_cannot(corpus, tmp_path):
    folder, rows, table = corpus
    found = list(bulk.items([folder, rows, table, tmp_path / "missing"]))
    refused = {o.where.rsplit("/", 1)[-1]: o.reason for o in found if isinstance(o, bulk.Outcome)}
    assert refused == {"rows.jsonl:3": "no text: a row needs one of the fields text, body, articleBody, content",
                       "rows.jsonl:4": refused["rows.jsonl:4"], "missing": "no such file or folder"}
    assert refused["rows.jsonl:4"].startswith("not JSON")
    assert sum(isinstance(i, bulk.Item) for i in found) == 4 + 2 + 1  # .pdf left out of the folder


def test_ingest_stores_and_reads_every_article_and_lists_refusals(corpus, database_url, tmp_path, capsys):
    folder, rows, table = corpus
    refused = tmp_path / "refused.jsonl"
    code = cli.main(["ingest", str(folder), str(rows), str(table), "--store", database_url, "--refused", str(refused)])
    err = capsys.readouterr().err
    assert code == 1  # something was refused
    assert "6 added and read" in err and "3 refused" in err
    reasons = [json.loads(line) for line in refused.read_text().splitlines()]
    assert {r["where"].rsplit("/", 1)[-1] for r in reasons} == {"empty.txt", "rows.jsonl:3", "rows.jsonl:4"}
    store = Store(database_url)
    assert len(store) == 6 and store.unread(engine_fingerprint()) == []
    by_title = {a.title: a for a in store.list()}
    assert by_title["Ferry four"].source == "site:harbour-news" and by_title["Ferry four"].published == "2026-02-01"
    assert by_title["Ferry six"].published == "2026-02-03"
    five = next(a for a in store.list() if a.source == "url:https://news.example/ferry-5")
    assert five.published == "" and any("not an ISO date" in n for n in five.notes)
    html = next(a for a in store.list() if a.format == "html")
    assert html.published == "2026-03-04" and html.source.startswith("file:")
    # the listing reads the summaries the ingest kept
    rows_, total = store.page(engine_fingerprint(), search="ruiz")
    assert total == 6 and all(r["statements"] is not None for r in rows_), rows_


def test_a_second_run_skips_what_is_there_and_reads_what_this_engine_has_not(corpus, database_url, capsys, monkeypatch):
    folder, _rows, _table = corpus
    cli.main(["ingest", str(folder), "--store", database_url])
    capsys.readouterr()
    assert cli.main(["ingest", str(folder), "--store", database_url]) == 1  # empty.txt is still refused
    assert "0 added and read, 0 read again, 3 already there" in capsys.readouterr().err
    monkeypatch.setattr(kept, "engine_fingerprint", lambda: "9.9.9+upgraded")
    monkeypatch.setattr(bulk, "engine_fingerprint", lambda: "9.9.9+upgraded")
    assert Store(database_url).unread("9.9.9+upgraded") != []
    assert cli.main(["ingest", str(folder), "--store", database_url]) == 1
    assert "0 added and read, 3 read again" in capsys.readouterr().err
    assert Store(database_url).unread("9.9.9+upgraded") == []


def test_reanalyze_reads_every_unread_article_with_workers(database_url, tmp_path, capsys):
    store = Store(database_url)
    from viewpoints.corpus.ingest import from_text

    for i in range(6):
        store.add(from_text(story(i), source="paste"))
    assert len(store.unread(engine_fingerprint())) == 6
    assert cli.main(["reanalyze", "--store", database_url, "--workers", "2"]) == 0
    assert "6 stored articles not yet read" in capsys.readouterr().err
    assert store.unread(engine_fingerprint()) == []


def _die_on_three(item):
    if item.where.endswith(":3"):
        os._exit(3)  # a worker killed mid-run (out of memory, say)
    return bulk.bring_in(item)


def test_a_worker_that_dies_loses_no_finished_article_and_the_run_resumes(tmp_path, database_url, monkeypatch):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": story(i)}) + "\n" for i in range(1, 9)), encoding="utf-8")
    with pytest.raises(Exception) as stopped:  # the pool breaks
        bulk.run(_die_on_three, bulk.items([rows]), url=database_url, workers=2)
    assert "BrokenProcessPool" in type(stopped.value).__name__
    store = Store(database_url)
    finished = {a.id for a in store.list()}
    for article_id in finished:  # whatever was stored is whole: text and reading
        assert store.get(article_id).text.startswith("# Ferry")
    assert store.unread(engine_fingerprint()) == [] or len(store.unread(engine_fingerprint())) <= 2
    outcomes = bulk.run(bulk.bring_in, bulk.items([rows]), url=database_url, workers=2)
    assert len(Store(database_url)) == 8 and Store(database_url).unread(engine_fingerprint()) == []
    assert sum(o.status == "kept" for o in outcomes) >= len(finished) - 2


def test_the_cli_says_a_dead_worker_stopped_it_without_a_traceback(tmp_path, database_url, monkeypatch, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": story(i)}) + "\n" for i in range(1, 6)), encoding="utf-8")
    monkeypatch.setattr(bulk, "bring_in", _die_on_three)
    with pytest.raises(SystemExit, match="stopped: a worker process stopped unexpectedly.*run the same command again"):
        cli.main(["ingest", str(rows), "--store", database_url, "--workers", "2"])


def test_an_unreachable_store_is_a_message(capsys):
    with pytest.raises(SystemExit, match="cannot open the article store"):
        cli.main(["ingest", "nothing.jsonl", "--store", "postgresql://nobody:secret@127.0.0.1:9/x"])


def test_reanalyze_can_drop_what_older_engines_kept(database_url, monkeypatch, capsys):
    from viewpoints.corpus.ingest import from_text

    store = Store(database_url)
    article_id = store.add(from_text(story(1), source="paste"))
    monkeypatch.setattr(kept, "engine_fingerprint", lambda: "0.0.1+old")
    kept.statements(store, story(1), article_id=article_id)
    monkeypatch.undo()
    assert cli.main(["reanalyze", "--store", database_url, "--drop-old"]) == 0
    assert "dropped 1 analyses" in capsys.readouterr().err
    assert store.unread("0.0.1+old") == [content_hash(story(1))]  # the old engine's reading is gone
    assert store.unread(engine_fingerprint()) == []


def test_a_csv_row_is_named_by_the_line_it_starts_on(tmp_path):
    table = tmp_path / "rows.csv"
    table.write_text('title,text\nOne,"first line\nsecond line\nthird line"\nTwo,\n', encoding="utf-8")
    found = list(bulk.items([table]))
    assert [f.where.rsplit(":", 1)[-1] for f in found] == ["2", "5"]


def test_articles_read_before_their_site_repeated_a_paragraph_are_read_again(tmp_path, database_url, capsys):
    note = "Sign up for the harbour newsletter to get every story first thing in the morning."
    rows = tmp_path / "rows.jsonl"
    rows.write_text("".join(json.dumps({"text": f"{story(i)}\n{note}\n", "source": "harbour-news"}) + "\n" for i in range(1, 5)), encoding="utf-8")
    cli.main(["ingest", str(rows), "--store", database_url])
    assert "articles read again" in capsys.readouterr().err  # the first two were read before the note was known
    store = Store(database_url)
    hashes = store.every_article()
    assert kept.stale(store, hashes) == [] and store.unread(engine_fingerprint()) == []
    keys = set(store.summary_furniture(engine_fingerprint(), hashes).values())
    assert len(keys) == 1 and keys != {""}  # every one read with the note left out
    rows_, _total = store.page(engine_fingerprint())
    assert all(not any("newsletter" in v for v in r["voices"]) for r in rows_)


def test_reanalyze_reads_again_what_was_read_with_other_furniture(tmp_path, database_url, capsys):
    from viewpoints.corpus.ingest import from_text

    note = "Sign up for the harbour newsletter to get every story first thing in the morning."
    store = Store(database_url)
    texts = [f"{story(i)}\n{note}\n" for i in range(1, 5)]
    for text in texts[:2]:  # read while the note was in two articles only: not furniture yet
        article_id = store.add(from_text(text, source="site:harbour-news"))
        kept.statements(store, text, article_id=article_id, furniture=kept.site_furniture(store, text))
    for text in texts[2:]:
        store.add(from_text(text, source="site:harbour-news"))
    assert len(kept.stale(store, store.every_article())) == 2
    assert cli.main(["reanalyze", "--store", database_url]) == 0
    err = capsys.readouterr().err
    assert "2 stored articles not yet read" in err and "2 read with other site furniture" in err
    assert kept.stale(store, store.every_article()) == [] and store.unread(engine_fingerprint()) == []
