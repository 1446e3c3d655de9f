"""The corpus's voices in the store: written with each summary, corrections applied, listed, searched,
sorted and paged in the database, a part of the corpus by source and date, one voice for the spellings
of one name across articles, and the steps from schemas 5 and 6.
Runs on SQLite and PostgreSQL (tests/conftest.py)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.voices_corpus import COSTS, DREDGING, GATES, MARKUP, QUAY, WALL
from viewpoints import corrections as C
from viewpoints.corpus import kept
from viewpoints import schema as S
from viewpoints.corpus import store as store_module
from viewpoints.corpus import store_schema as T
from viewpoints.corpus.ingest import Article, from_text
from viewpoints.corpus.store import Store, content_hash
from viewpoints.corpus.store_voices import Part, voice_rows


@pytest.fixture
def store(database_url) -> Store:
    return Store(database_url)


def _read(store: Store, text: str, **details) -> str:
    article_id = store.add(Article(text, **{"source": "paste", **details}))
    kept.statements(store, text, article_id=article_id)
    return article_id


def _corpus(store: Store) -> dict[str, str]:
    return {
        "wall": _read(store, WALL, title="Wall", source="Harbour Post", published="2026-03-01"),
        "costs": _read(store, COSTS, title="Costs", source="Port Gazette", published="2026-05-10"),
        "quay": _read(store, QUAY, title="Quay", source="paste"),  # no published date: the day it was added
    }


def _rounded(page: tuple[list[dict], int]) -> tuple[list[dict], int]:
    return [{**r, "polarity": round(r["polarity"], 9)} for r in page[0]], page[1]


def _by_name(rows: list[dict]) -> dict[str, dict]:
    return {r["voice"]: r for r in rows}


def test_voice_rows_count_each_voice_and_leave_the_author_out():
    frame = kept.analyze(QUAY)
    rows = voice_rows(frame)
    assert [r["voice"] for r in rows] == ["Ana Ruiz"] and S.AUTHOR in set(frame[S.SPEAKER])
    [ruiz] = rows
    part = frame[frame[S.SPEAKER] == "Ana Ruiz"]
    assert ruiz["statements"] == len(part) == ruiz["supportive"] + ruiz["skeptical"] + ruiz["neutral"]
    assert ruiz["polarity"] == pytest.approx(part[S.POLARITY].mean())


def test_each_summary_writes_its_voices_and_the_totals_across_articles(store):
    ids = _corpus(store)
    engine = kept.engine_fingerprint()
    rows, total = store.voice_page(engine, limit=50)
    voices = _by_name(rows)
    assert total == len(rows) and S.AUTHOR not in voices
    ruiz = voices["Ana Ruiz"]
    assert ruiz["articles"] == 3 and ruiz["statements"] == 3
    assert ruiz["supportive"] + ruiz["skeptical"] + ruiz["neutral"] == 3
    added_day = store.get(ids["quay"]).added_at[:10]
    assert ruiz["first_day"] == min("2026-03-01", added_day) and ruiz["last_day"] == max("2026-05-10", added_day)
    frames = {name: kept.statements(store, text, article_id=ids[name]) for name, text in (("wall", WALL), ("costs", COSTS), ("quay", QUAY))}
    said = [f[f[S.SPEAKER] == "Ana Ruiz"] for f in frames.values()]
    assert ruiz["polarity"] == pytest.approx(sum(p[S.POLARITY].sum() for p in said) / 3)
    assert voices["Tom Weller"]["articles"] == 2
    # a voice's articles, newest first, each with its date and which date that is
    articles, count = store.voice_articles(engine, "Ana Ruiz")
    assert count == 3 and [a["day"] for a in articles] == sorted((a["day"] for a in articles), reverse=True)
    assert {a["id"]: a["dated_by"] for a in articles} == {ids["wall"]: "published", ids["costs"]: "published", ids["quay"]: "added"}
    assert [a["id"] for a in store.voice_articles(engine, "Ana Ruiz", offset=1, limit=1)[0]] == [articles[1]["id"]]


def test_reading_again_replaces_an_articles_voices(store, monkeypatch):
    _corpus(store)
    engine = kept.engine_fingerprint()
    before = _by_name(store.voice_page(engine, limit=50)[0])
    kept.statements(store, WALL, article_id=content_hash(WALL)[:12], furniture=("the council welcomed the plan",))  # another reading of it, same engine
    after = _by_name(store.voice_page(engine, limit=50)[0])
    assert after["Ana Ruiz"]["articles"] == before["Ana Ruiz"]["articles"] == 3  # replaced, not added to


def test_search_sort_and_paging_happen_in_the_database(store):
    _corpus(store)
    engine = kept.engine_fingerprint()
    assert [r["voice"] for r in store.voice_page(engine, search="RUIZ")[0]] == ["Ana Ruiz"]
    assert [r["voice"] for r in store.voice_page(engine, search="ana ruiz")[0]] == ["Ana Ruiz"]
    assert store.voice_page(engine, search="r_iz")[1] == 0  # LIKE's wildcards are plain characters
    everyone, total = store.voice_page(engine, sort="name", descending=False, limit=50)
    assert [r["voice"] for r in everyone] == sorted((r["voice"] for r in everyone), key=str.lower)
    assert store.voice_page(engine, sort="articles")[0][0]["voice"] == "Ana Ruiz"
    page, counted = store.voice_page(engine, sort="name", descending=False, offset=1, limit=1)
    assert counted == total and [r["voice"] for r in page] == [everyone[1]["voice"]]
    with pytest.raises(ValueError):
        store.voice_page(engine, sort="voice; DROP TABLE voices")


def test_a_part_of_the_corpus_by_source_and_date(store):
    ids = _corpus(store)
    engine = kept.engine_fingerprint()
    gazette = _by_name(store.voice_page(engine, part=Part(source="gazette"), limit=50)[0])
    assert gazette["Ana Ruiz"]["articles"] == 1 and gazette["Ana Ruiz"]["first_day"] == "2026-05-10" and "mayor" not in gazette
    spring = _by_name(store.voice_page(engine, part=Part(since="2026-03-01", until="2026-04-30"), limit=50)[0])
    assert spring["Ana Ruiz"]["articles"] == 1 and spring["Ana Ruiz"]["last_day"] == "2026-03-01"
    assert [a["id"] for a in store.voice_articles(engine, "Ana Ruiz", part=Part(until="2026-04-30"))[0]] == [ids["wall"]]
    timeline = store.voice_timeline(engine, ["Ana Ruiz", "Tom Weller"], part=Part(source="harbour"))
    assert [(r["voice"], r["day"], r["articles"], r["published"]) for r in timeline] == [("Ana Ruiz", "2026-03-01", 1, 1), ("Tom Weller", "2026-03-01", 1, 1)]


def test_a_part_of_the_corpus_by_main_issue(store):
    ids = _corpus(store)
    engine = kept.engine_fingerprint()
    wall_issue = kept.statements(store, WALL, article_id=ids["wall"]).attrs["target"]
    about = _by_name(store.voice_page(engine, part=Part(issue=wall_issue.upper()), limit=50)[0])
    every = _by_name(store.voice_page(engine, limit=50)[0])
    matching = [name for name, text in (("wall", WALL), ("costs", COSTS), ("quay", QUAY))
                if wall_issue.lower() in kept.statements(store, text, article_id=ids[name]).attrs["target"].lower()]
    assert "wall" in matching and len(matching) < 3, matching
    assert about["Ana Ruiz"]["articles"] == len(matching) < every["Ana Ruiz"]["articles"]
    assert store.voice_page(engine, part=Part(issue="no such issue at all"))[1] == 0
    timeline = store.voice_timeline(engine, ["Ana Ruiz"], part=Part(issue=wall_issue))
    assert sum(r["articles"] for r in timeline) == len(matching)


def test_corrections_change_the_voices_and_an_undo_takes_it_back(store):
    ids = _corpus(store)
    engine = kept.engine_fingerprint()
    costs = content_hash(COSTS)
    merged = store.correct(C.merge(costs, "Tom Weller", "Ana Ruiz"))
    voices = _by_name(store.voice_page(engine, limit=50)[0])
    assert voices["Tom Weller"]["articles"] == 1 and voices["Ana Ruiz"]["statements"] == 4
    frame = kept.statements(store, COSTS, article_id=ids["costs"])
    ruiz_line = frame.index[frame[S.SPEAKER] == "Ana Ruiz"][0]
    key = C.keys(frame)[ruiz_line]
    renamed = store.correct(C.speaker(costs, key, MARKUP))  # a typed name, markup and all
    voices = _by_name(store.voice_page(engine, limit=50)[0])
    assert voices[MARKUP]["statements"] == 1 and voices["Ana Ruiz"]["statements"] == 3
    assert [r["voice"] for r in store.voice_page(engine, search="*smith*")[0]] == [MARKUP]
    store.correct(C.stance(costs, key, "skeptical"))
    assert _by_name(store.voice_page(engine, limit=50)[0])[MARKUP]["skeptical"] == 1
    store.undo(renamed.id)
    store.undo(merged.id)
    voices = _by_name(store.voice_page(engine, limit=50)[0])
    assert MARKUP not in voices and voices["Tom Weller"]["articles"] == 2 and voices["Ana Ruiz"]["statements"] == 3
    assert voices["Ana Ruiz"]["skeptical"] >= 1  # the stance correction still stands, on Ana Ruiz's statement


def test_corrections_made_before_the_reading_apply_when_it_is_kept(store):
    article_id = store.add(from_text(QUAY, source="paste"))
    store.correct(C.merge(content_hash(QUAY), "Ana Ruiz", "Ana María Ruiz"))
    kept.statements(store, QUAY, article_id=article_id)
    assert [r["voice"] for r in store.voice_page(kept.engine_fingerprint())[0]] == ["Ana María Ruiz"]


def test_dropping_other_engines_drops_their_voices(store, monkeypatch):
    _corpus(store)
    monkeypatch.setattr(kept, "engine_fingerprint", lambda: "9.9.9+other")
    kept.statements(store, QUAY, article_id=content_hash(QUAY)[:12])
    assert store.voice_page("9.9.9+other")[1] == 1
    store.drop_other_engines("9.9.9+other")
    with store._read() as conn:
        assert set(conn.execute(sa.select(T.voices.c.engine).distinct()).scalars()) == {"9.9.9+other"}
        assert set(conn.execute(sa.select(T.voice_totals.c.engine).distinct()).scalars()) == {"9.9.9+other"}


def test_a_store_at_version_5_gets_its_voices_from_the_readings_it_kept(database_url):
    store = Store(database_url)
    ids = _corpus(store)
    store.correct(C.merge(content_hash(COSTS), "Tom Weller", "Thomas Weller"))
    engine = kept.engine_fingerprint()
    expected = store.voice_page(engine, limit=50)
    # what schema 5 was: no voice tables, version 5 recorded
    engine_sa = sa.create_engine(database_url)
    with engine_sa.begin() as conn:
        T.people.drop(conn)
        T.voice_totals.drop(conn)
        T.voices.drop(conn)
        conn.execute(sa.text("UPDATE viewpoints_schema SET version = 5"))
    engine_sa.dispose()
    store_module.dispose(database_url)
    upgraded = Store(database_url)
    assert _rounded(upgraded.voice_page(engine, limit=50)) == _rounded(expected)  # sums in another order: the last digit may differ
    assert _by_name(expected[0])["Thomas Weller"]["articles"] == 1  # the correction made before the upgrade applies
    assert len(upgraded.voice_articles(engine, "Ana Ruiz")[0]) == 3 and ids
    with upgraded._read() as conn:
        assert conn.execute(sa.select(T.schema_version.c.version)).scalar_one() == T.VERSION == 7


def _spellings_corpus(store: Store) -> dict[str, str]:
    return {**_corpus(store), "gates": _read(store, GATES, title="Gates", published="2026-07-01"), "dredging": _read(store, DREDGING, title="Dredging", published="2026-08-01")}


def test_the_spellings_of_one_name_are_one_voice_across_articles(store):
    ids = _spellings_corpus(store)
    engine = kept.engine_fingerprint()
    rows, total = store.voice_page(engine, limit=50)
    voices = _by_name(rows)
    weller = voices["Tom Weller"]  # "Tom Weller" in three articles, "Tom J. Weller" in one
    assert "Tom J. Weller" not in voices and weller["also"] == ["Tom J. Weller"] and weller["articles"] == 4
    assert weller["statements"] == 4 and weller["last_day"] == "2026-08-01"
    # initials that differ are two people; the bare name joins neither, nor does a surname alone
    assert {"Rosa H. Bain", "Rosa K. Bain", "Rosa Bain", "Bain"} <= voices.keys()
    assert all(voices[n]["also"] == [] for n in ("Rosa H. Bain", "Rosa K. Bain", "Rosa Bain", "Bain"))
    assert total == len(rows) == len({r["voice"] for r in rows})
    # any spelling finds the voice, opens it, and a link with an old spelling resolves to it
    assert [r["voice"] for r in store.voice_page(engine, search="j. weller")[0]] == ["Tom Weller"]
    assert store.voice_named(engine, "Tom J. Weller") == store.voice_named(engine, "mr. tom weller’s") == "Tom Weller"
    assert store.voice_named(engine, "Rosa H. Bain") == "Rosa H. Bain" and store.voice_named(engine, "Rosa Q. Bain") is None
    assert store.voice_named(engine, "Nobody At All") is None and store.has_voice(engine, "Tom J. Weller")
    assert store.voice_spellings(engine, "Tom Weller") == ["Tom Weller", "Tom J. Weller"]
    articles, count = store.voice_articles(engine, "Tom Weller")
    assert count == 4 and {a["id"] for a in articles} == {ids["wall"], ids["costs"], ids["gates"], ids["dredging"]}
    assert store.voice_articles(engine, "Tom J. Weller")[1] == 4  # any spelling reads the same voice
    timeline = store.voice_timeline(engine, ["Tom Weller"])
    assert sum(r["articles"] for r in timeline) == 4 and {r["voice"] for r in timeline} == {"Tom Weller"}
    # a part of the corpus groups its rows by voice too
    summer = _by_name(store.voice_page(engine, part=Part(since="2026-07-01"), limit=50)[0])
    assert summer["Tom Weller"]["articles"] == 2 and summer["Tom Weller"]["also"] == ["Tom J. Weller"]


def test_a_new_spelling_moves_a_voice_and_corrections_still_apply(store):
    _spellings_corpus(store)
    engine = kept.engine_fingerprint()
    # a reader renames Ana Ruiz in the quay article "Ana P. Ruiz": still one voice with the other two articles
    quay = content_hash(QUAY)
    frame = kept.statements(store, QUAY, article_id=quay[:12])
    key = C.keys(frame)[frame.index[frame[S.SPEAKER] == "Ana Ruiz"][0]]
    store.correct(C.speaker(quay, key, "Ana P. Ruiz"))
    voices = _by_name(store.voice_page(engine, limit=50)[0])
    assert voices["Ana Ruiz"]["articles"] == 3 and voices["Ana Ruiz"]["also"] == ["Ana P. Ruiz"]
    # ... until another Ana Ruiz with other initials comes in: then the initialled names are two people
    # and the bare name joins neither
    store.correct(C.merge(content_hash(GATES), "Rosa K. Bain", "Ana Q. Ruiz"))
    voices = _by_name(store.voice_page(engine, limit=50)[0])
    assert voices["Ana Ruiz"]["articles"] == 2 and voices["Ana P. Ruiz"]["articles"] == 1 and voices["Ana Q. Ruiz"]["articles"] == 1
    with store._read() as conn:  # every total still equals its rows
        rows = conn.execute(sa.select(T.voices.c.person, sa.func.count(sa.distinct(T.voices.c.article))).where(T.voices.c.engine == engine).group_by(T.voices.c.person)).all()
        people = dict(conn.execute(sa.select(T.people.c.person, T.people.c.articles).where(T.people.c.engine == engine)).all())
    assert dict(rows) == people


def test_a_store_at_version_6_gets_one_voice_per_name(database_url):
    store = Store(database_url)
    _spellings_corpus(store)
    engine = kept.engine_fingerprint()
    expected = store.voice_page(engine, limit=50)
    # what schema 6 was: no people, no family or person columns
    engine_sa = sa.create_engine(database_url)
    with engine_sa.begin() as conn:
        T.people.drop(conn)
        for table, columns in ((T.voices, ("person",)), (T.voice_totals, ("family", "person"))):
            for index in table.indexes:
                if set(index.columns.keys()) & set(columns):
                    index.drop(conn)
            for column in columns:
                conn.execute(sa.text(f"ALTER TABLE {table.name} DROP COLUMN {column}"))
        conn.execute(sa.text("UPDATE viewpoints_schema SET version = 6"))
    engine_sa.dispose()
    store_module.dispose(database_url)
    upgraded = Store(database_url)
    assert _rounded(upgraded.voice_page(engine, limit=50)) == _rounded(expected)
    assert _by_name(expected[0])["Tom Weller"]["also"] == ["Tom J. Weller"]
    with upgraded._read() as conn:
        assert conn.execute(sa.select(T.schema_version.c.version)).scalar_one() == T.VERSION == 7


def test_workers_writing_side_by_side_keep_every_total_equal_to_its_rows(database_url, capsys):
    from viewpoints import cli

    store = Store(database_url)
    speakers = ["Ana Ruiz", "Tom Weller", "Bo Chan"]
    for i in range(12):  # every article quotes two of the same three voices: their totals are written by both workers
        a, b = speakers[i % 3], speakers[(i + 1) % 3]
        store.add(Article(f"# Ferry {i}\n\nThe ferry {i} will sail on Monday, {a} said. {b} said ferry {i} was late again.\n", source="paste"))
    assert cli.main(["reanalyze", "--store", database_url, "--workers", "2"]) == 0
    engine = kept.engine_fingerprint()
    totals = _by_name(store.voice_page(engine, limit=50)[0])
    with store._read() as conn:
        rows = conn.execute(sa.select(T.voices.c.voice, sa.func.count(), sa.func.sum(T.voices.c.statements)).where(T.voices.c.engine == engine).group_by(T.voices.c.voice)).all()
    assert {v: (n, s) for v, n, s in rows} == {v: (t["articles"], t["statements"]) for v, t in totals.items()}
    assert all(totals[s]["articles"] == 8 for s in speakers)
