"""``--dask``: a real Dask LocalCluster of 2 worker processes against one process (identical rows), the
dataset's partitions, reruns that skip what is written, refusals, a worker killed mid-run, the store's
summaries, and no Dask at all without the flag."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pytest

from viewpoints.corpus import bulk, dataset, kept
from viewpoints import cli
from viewpoints import schema as S
from viewpoints.fingerprint import engine_fingerprint
from viewpoints.pipeline import analyze
from viewpoints.corpus.store import Store, content_hash, sqlite_url

distributed = pytest.importorskip("dask.distributed")
from viewpoints.corpus import cluster  # noqa: E402 - needs Dask

ROOT = Path(__file__).resolve().parents[2]
KILL = "KILL-THIS-WORKER"
NEWSLETTER = "Sign up for the Harbour Post newsletter to get every ferry story first."


def story(i: int, extra: str = "") -> str:
    return (f"# Ferry {i} sails\n\nThe council said ferry {i} would sail on Monday. Critics warned that the timetable for "
            f"ferry {i} was fragile, Ana Ruiz said.\n\nMayor Tom Bell said he supports the new ferry {i} and urged "
            f"residents to back it.{extra}\n")


@pytest.fixture(scope="module")
def client():
    """Two worker processes, one thread each, with the settings ``--dask local:2`` runs them under
    (about 5 s here)."""
    with cluster.waiting_for_restarts(), distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local, distributed.Client(local) as c:
        yield c


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text((ROOT / "seeds" / "ukraine-security-guarantees.txt").read_text(encoding="utf-8"), encoding="utf-8")
    for i in range(1, 4):
        (folder / f"ferry{i}.md").write_text(story(i), encoding="utf-8")
    (folder / "empty.txt").write_text(" \n", encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join([
        json.dumps({"text": story(4), "title": "Ferry four", "source": "Harbour News", "date": "2026-02-01"}),
        json.dumps({"text": story(5), "source": "https://www.news.example/ferry-5", "date": "2016-11-08"}),
        json.dumps({"title": "no text here"}),
    ]) + "\n", encoding="utf-8")
    return [folder, rows]


def dataset_rows(root: Path) -> pd.DataFrame:
    table = ds.dataset(root / dataset.STATEMENTS_DIR, format="parquet", partitioning="hive").to_table()
    return table.to_pandas()


def as_compared(frame: pd.DataFrame) -> pd.DataFrame:
    return S.conform(frame[list(S.COLUMNS)]).sort_values([S.ARTICLE_ID, S.SENTENCE]).reset_index(drop=True)


def one_process(paths, *, by_stem: bool) -> pd.DataFrame:
    """The same articles read by ``viewpoints.analyze`` in this process, one after another."""
    frames = []
    for item in bulk.items(paths):
        if isinstance(item, bulk.Item):
            try:
                article = bulk.article_of(item)
            except Exception:  # noqa: BLE001 - refused on both sides
                continue
            name = Path(item.path).stem if by_stem and item.path else content_hash(article.text)[:12]
            frames.append(analyze(article.text, article_id=name))
    return pd.concat(frames, ignore_index=True)


def test_two_workers_give_the_rows_one_process_gives(client, inputs, tmp_path):
    out = tmp_path / "corpus"
    outcomes = cluster.run(bulk.items(inputs), out=out, client=client, by_stem=True)
    status = {Path(o.where).name: o.status for o in outcomes}
    assert [s for s in status.values()].count("added") == 6
    refused = {Path(o.where).name: o.reason for o in outcomes if o.status == "refused"}
    assert refused == {"empty.txt": "empty.txt is empty; there is nothing to analyse", "rows.jsonl:3": "no text: a row needs one of the fields text, body, articleBody, content"}
    written = dataset_rows(out)
    pd.testing.assert_frame_equal(as_compared(written), as_compared(one_process(inputs, by_stem=True)), check_exact=True)
    # partitions: a row's outlet and date; a file's source is unknown and its date the day it was added
    places = written.groupby(S.ARTICLE_ID)[[S.SOURCE, S.MONTH, S.DATE]].first()
    four = content_hash(bulk.article_of(bulk.Item("x", text=story(4))).text)[:12]
    five = content_hash(bulk.article_of(bulk.Item("x", text=story(5))).text)[:12]
    assert places.loc[four].tolist() == ["harbour news", "2026-02", "2026-02-01"]
    assert places.loc[five].tolist() == ["news.example", "2016-11", "2016-11-08"]
    assert places.loc["seed", S.SOURCE] == "" and places.loc["seed", S.DATE] == pd.Timestamp.now("UTC").date().isoformat()
    assert (out / "statements" / "source=harbour news" / "month=2026-02").is_dir()
    assert not list((out / dataset.STAGING_DIR).iterdir())  # everything committed
    # a rerun reads nothing again and writes nothing new
    parts = sorted(p.name for p in out.rglob("*.parquet"))
    again = cluster.run(bulk.items(inputs), out=out, client=client, by_stem=True)
    assert sorted(o.status for o in again) == ["kept"] * 6 + ["refused"] * 2
    assert sorted(p.name for p in out.rglob("*.parquet")) == parts


def dying_reading(job: dataset.Job, *, log: str) -> tuple:
    """``dataset.reading``, except that an article holding KILL ends its worker process at once, as a
    segfault or the kernel's out-of-memory killer would (no exception, no clean-up)."""
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(job.article_id + "\n")
    if KILL in job.text:
        os._exit(3)
    return dataset.reading(job)


def test_a_worker_killed_mid_batch_loses_no_finished_article(client, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(1, 7):  # batches of two: (1, 2), (3, 4), (5, 6); the second article of a batch kills
        (folder / f"{i:02d}.txt").write_text(story(i, f" {KILL}" if i == 2 else ""), encoding="utf-8")
    out, log = tmp_path / "corpus", tmp_path / "read.log"
    outcomes = cluster.run(bulk.items([folder]), out=out, client=client, by_stem=True, batch=2, read=partial(dying_reading, log=str(log)))
    by_name = {Path(o.where).stem: o for o in outcomes}
    assert by_name["02"].status == "refused"
    assert by_name["02"].reason.startswith("its worker stopped while reading it, 2 times")
    assert {n for n, o in by_name.items() if o.status == "added"} == {"01", "03", "04", "05", "06"}
    reads = log.read_text().split()
    assert reads.count("02") == 2  # started twice, killed twice, then refused
    assert all(reads.count(n) == 1 for n in ("01", "03", "04", "05", "06"))  # 01, finished before the kill, was not read again
    written = dataset_rows(out)
    assert set(written[S.ARTICLE_ID]) == {"01", "03", "04", "05", "06"}
    expected = pd.concat([analyze((folder / f"{n}.txt").read_text(encoding="utf-8"), article_id=n) for n in ("01", "03", "04", "05", "06")])
    pd.testing.assert_frame_equal(as_compared(written), as_compared(expected), check_exact=True)
    # both workers died at once, and both came back: their nannies were not closed while they restarted,
    # however slowly a loaded machine starts a process (the cluster used to give up on them after 15 s)
    client.wait_for_workers(2, timeout=cluster.WORKERLESS_S)


def test_a_run_cut_short_is_finished_by_the_next(tmp_path):
    """What a dead run left: a finished article still staged, a statements part whose articles part
    was never written. The next run's recovery commits the one and drops the other."""
    root = dataset.open_for_writing(tmp_path / "corpus")
    job = dataset.job_of(bulk.Item("one", text=story(1)), today="2026-12-07")
    frame, row = dataset.reading(job)
    dataset.stage(root, frame, row)
    orphan = root / dataset.STATEMENTS_DIR / "source=" / "month=2026-12" / "part-0000.parquet"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"cut short")
    assert dataset.done(root) == set()
    assert dataset.recover(root) == 1
    assert not orphan.exists() and dataset.done(root) == {job.article_hash}
    again, again_row = dataset.reading_of(root, job.article_hash)
    pd.testing.assert_frame_equal(again, frame, check_exact=True)
    assert again.attrs == frame.attrs


def test_a_dataset_keeps_one_engine_and_target(tmp_path):
    dataset.open_for_writing(tmp_path / "corpus", target="ferries")
    with pytest.raises(dataset.DatasetError, match="target"):
        dataset.open_for_writing(tmp_path / "corpus")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(dataset.DatasetError, match="no dataset.json"):
        dataset.open_for_writing(tmp_path / "other")


def test_with_a_store_the_readings_and_summaries_are_those_of_one_process(client, tmp_path):
    """ingest --dask --store against ingest in one process: the same kept readings and summaries, site
    furniture included (a newsletter line the site repeats under three articles is left out)."""
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join(json.dumps({"text": story(i, f"\n\n{NEWSLETTER}"), "source": "harbour-post", "date": f"2026-0{i}-01"}) for i in range(1, 5)) + "\n", encoding="utf-8")
    dask_store, one_store = tmp_path / "dask.sqlite3", tmp_path / "one.sqlite3"
    Store(sqlite_url(dask_store))
    outcomes = cluster.run(bulk.items([rows]), out=tmp_path / "corpus", client=client, store_url=sqlite_url(dask_store))
    assert [o.status for o in outcomes] == ["added"] * 4
    assert cli.main(["ingest", str(rows), "--store", str(one_store)]) == 0
    a, b, engine = Store(sqlite_url(dask_store)), Store(sqlite_url(one_store)), engine_fingerprint()
    assert sorted(a.every_article()) == sorted(b.every_article())
    for article in a.every_article():
        text = a.text_of(article)[0]
        furniture = kept.site_furniture(a, text)
        assert furniture == (" ".join(NEWSLETTER.split()),)
        key = kept.furniture_key(furniture)
        mine, theirs = a.kept_analysis(article, engine, "", key), b.kept_analysis(article, engine, "", key)
        assert mine is not None and theirs is not None
        pd.testing.assert_frame_equal(kept.from_bytes(mine, article[:12]), kept.from_bytes(theirs, article[:12]), check_exact=True)
    assert a.unread(engine) == [] and a.summary_furniture(engine, a.every_article()) == b.summary_furniture(engine, b.every_article())
    first, _ = a.page(engine, limit=10)
    second, _ = b.page(engine, limit=10)
    strip = lambda page: sorted((r["title"], r["statements"], r["voices"]) for r in page)  # noqa: E731
    assert strip(first) == strip(second)
    # a run stopped between the dataset and the store: the next run reads nothing again and keeps the
    # readings the dataset holds (here: a store that has none of them)
    fresh = tmp_path / "fresh.sqlite3"
    Store(sqlite_url(fresh))
    again = cluster.run(bulk.items([rows]), out=tmp_path / "corpus", client=client, store_url=sqlite_url(fresh))
    assert [o.status for o in again] == ["kept"] * 4
    c = Store(sqlite_url(fresh))
    assert c.unread(engine) == [] and c.summary_furniture(engine, c.every_article()) == a.summary_furniture(engine, a.every_article())
    for article in a.every_article():
        key = a.summary_furniture(engine, [article])[article]
        pd.testing.assert_frame_equal(kept.from_bytes(c.kept_analysis(article, engine, "", key), article[:12]), kept.from_bytes(a.kept_analysis(article, engine, "", key), article[:12]), check_exact=True)


def test_the_command_line_writes_a_dataset_and_refuses_what_does_not_fit(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(story(1), encoding="utf-8")
    with pytest.raises(SystemExit, match="--dask needs --out DIR"):
        cli.main(["analyze", str(tmp_path / "one.txt"), "--dask", "local:1"])
    with pytest.raises(SystemExit, match="leave out --format"):
        cli.main(["analyze", str(tmp_path / "one.txt"), "--dask", "local:1", "--out", str(tmp_path / "d"), "--format", "csv"])
    with pytest.raises(SystemExit, match="--workers is for one machine"):
        cli.main(["ingest", str(tmp_path / "one.txt"), "--dask", "local:1", "--workers", "2", "--out", str(tmp_path / "d")])
    with pytest.raises(SystemExit, match="cannot reach a Dask scheduler"):
        cli.main(["analyze", str(tmp_path / "one.txt"), "--dask", "tcp://127.0.0.1:9", "--out", str(tmp_path / "d")])


def test_without_the_flag_dask_and_duckdb_are_never_imported(tmp_path):
    seed = ROOT / "seeds" / "ukraine-security-guarantees.txt"
    script = (
        "import sys\nfrom viewpoints import cli\n"
        f"assert cli.main(['analyze', {str(seed)!r}, '--out', {str(tmp_path / 'out.csv')!r}]) == 0\n"
        f"assert cli.main(['ingest', {str(seed)!r}, '--store', {str(tmp_path / 's.sqlite3')!r}]) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed', 'duckdb'))\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


def test_merging_parts_stopped_at_any_point_neither_loses_nor_doubles_an_article(tmp_path, monkeypatch):
    from viewpoints.corpus import dataset_compact

    root = dataset.open_for_writing(tmp_path / "corpus")
    jobs = [dataset.job_of(bulk.Item(f"row{i}", text=story(i), source="harbour-post", date="2026-03-0" + str(i)), today="2026-12-07") for i in range(1, 4)]
    for job in jobs:  # three batches, three parts in one partition
        dataset.stage(root, *dataset.reading(job))
        dataset.commit(root, [job.article_hash])
    expected = dataset_rows(root).sort_values([S.ARTICLE_HASH, S.SENTENCE]).reset_index(drop=True)
    folder = root / dataset.ARTICLES_DIR / "source=harbour-post" / "month=2026-03"
    assert len(list(folder.iterdir())) == 3
    real_write = dataset_compact._write
    for stop_after in (1, 2):  # stopped after the merged statements part, then after the merged articles part
        writes = []

        def stopping(table, path):
            real_write(table, path)
            writes.append(path)
            if len(writes) == stop_after:
                raise KeyboardInterrupt

        monkeypatch.setattr(dataset_compact, "_write", stopping)
        with pytest.raises(KeyboardInterrupt):
            dataset_compact.compact(root)
        monkeypatch.setattr(dataset_compact, "_write", real_write)
        dataset.recover(root)
        got = dataset_rows(root).sort_values([S.ARTICLE_HASH, S.SENTENCE]).reset_index(drop=True)
        pd.testing.assert_frame_equal(got, expected, check_exact=True)
        assert dataset.done(root) == {j.article_hash for j in jobs}
    assert len(list(folder.iterdir())) == 1  # the second stop came after the merge counted: recovery finished it
    assert dataset_compact.compact(root) == 0 and not list((root / dataset.STAGING_DIR).glob("compact-*"))


def test_one_text_met_twice_in_a_run_is_kept_once(tmp_path):
    """Two batches that meet the same text (from two outlets, say) both read and commit it; the merge
    at the end of the run keeps it once, in the first partition by path."""
    from viewpoints.corpus import dataset_compact

    root = dataset.open_for_writing(tmp_path / "corpus")
    twice = [dataset.job_of(bulk.Item(f"row{i}", text=story(1), source=site, date="2026-03-01"), today="2026-12-07") for i, site in enumerate(["alpha", "beta"])]
    other = dataset.job_of(bulk.Item("row3", text=story(2), source="beta", date="2026-03-02"), today="2026-12-07")
    for job in (*twice, other):
        dataset.stage(root, *dataset.reading(job))
        dataset.commit(root, [job.article_hash])
    assert len(dataset_rows(root)) == 3 * len(analyze(twice[0].text))  # before the merge: counted twice
    assert dataset_compact.compact(root) == 1
    rows = dataset_rows(root)
    assert rows.groupby(S.ARTICLE_HASH)[S.SOURCE].unique().map(list).to_dict() == {twice[0].article_hash: ["alpha"], other.article_hash: ["beta"]}
    assert len(rows) == 2 * len(analyze(twice[0].text))
    assert dataset_compact.compact(root) == 0


def test_ingest_dask_from_the_command_line_fills_the_dataset_and_the_store(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in (1, 2):
        (folder / f"{i}.txt").write_text(story(i), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    store, refused, out = tmp_path / "s.sqlite3", tmp_path / "refused.jsonl", tmp_path / "corpus"
    code = cli.main(["ingest", str(folder), "--dask", "local:1", "--out", str(out), "--store", str(store), "--refused", str(refused)])
    err = capsys.readouterr().err
    assert code == 1 and "2 added and read" in err and "1 refused" in err
    assert [json.loads(line)["where"].rsplit("/", 1)[-1] for line in refused.read_text().splitlines()] == ["empty.txt"]
    assert len(dataset.done(out)) == 2 and Store(sqlite_url(store)).unread(engine_fingerprint()) == [] and len(Store(sqlite_url(store))) == 2


def test_without_dask_installed_the_flag_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # an import of it now fails as if it were missing
    monkeypatch.delitem(sys.modules, "viewpoints.corpus.cluster", raising=False)
    monkeypatch.delattr(sys.modules["viewpoints.corpus"], "cluster", raising=False)
    (tmp_path / "one.txt").write_text(story(1), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"--dask needs Dask \(dask.bag is not installed\)"):
        cli.main(["analyze", str(tmp_path / "one.txt"), "--dask", "local", "--out", str(tmp_path / "d")])


def test_a_running_scheduler_is_reached_by_its_address(client, tmp_path, capsys):
    (tmp_path / "one.txt").write_text(story(1), encoding="utf-8")
    out = tmp_path / "corpus"
    assert cli.main(["analyze", str(tmp_path / "one.txt"), "--dask", client.scheduler.address, "--out", str(out)]) == 0
    assert f"reading on {client.scheduler.address} (2 workers)" in capsys.readouterr().err
    pd.testing.assert_frame_equal(as_compared(dataset_rows(out)), as_compared(analyze(story(1), article_id="one")), check_exact=True)


def test_a_cluster_left_without_workers_ends_the_run_with_what_was_finished(tmp_path, monkeypatch):
    """Workers whose processes cannot be started again (a machine gone, memory exhausted): the run does
    not wait forever; it stops with a ClusterError and the command says what is kept."""
    monkeypatch.setattr(cluster, "CHECK_S", 0.2)
    monkeypatch.setattr(cluster, "WORKERLESS_S", 1)
    (tmp_path / "one.txt").write_text(story(1), encoding="utf-8")
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=None) as empty, distributed.Client(empty) as c:
        with pytest.raises(cluster.ClusterError, match="no workers for 1 s"):
            cluster.run(bulk.items([tmp_path / "one.txt"]), out=tmp_path / "corpus", client=c)
    assert dataset.done(tmp_path / "corpus") == set()
