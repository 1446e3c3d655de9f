"""One voice across the store's articles whatever its spelling: each spelling's totals (``voice_totals``)
with the person it is (``viewpoints.corpus.voice_keys``), each voice row's person, and each person's totals
(``people``), the table the Voices page lists.

Which spellings are one voice depends on the corpus ("George Bush" is George W. Bush until a "George
H.W. Bush" comes in), but only on the spellings with the same last word (their family): a write
resolves again the families of the spellings it touched, moves the rows of any spelling whose person
changed, and totals again every person it touched. Inside the caller's transaction; on PostgreSQL the
caller holds the voices' lock (``store_voices.VOICES_LOCK``). No Streamlit here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from . import store_schema as T
from .voice_keys import joined, people, shown, spelled

V, VT, P = T.voices, T.voice_totals, T.people
CHUNK = 500  # a bounded IN list
_SUMS = ("articles", "statements", "supportive", "skeptical", "neutral", "polarity", "first_day", "last_day")


def _sums(group):
    """Each group's sums of its voice rows: articles, statements, stance counts, mean polarity, first
    and last day (an article with two spellings of one person counts once)."""
    return (
        sa.func.count(sa.distinct(V.c.article)), sa.func.sum(V.c.statements), sa.func.sum(V.c.supportive), sa.func.sum(V.c.skeptical),
        sa.func.sum(V.c.neutral), sa.func.sum(V.c.polarity * V.c.statements) / sa.func.sum(V.c.statements), sa.func.min(V.c.day), sa.func.max(V.c.day),
    )


def _chunks(values: Iterable[str]):
    values = sorted(values)
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _spellings_again(conn: Connection, engine: str, names: set[str]) -> dict[str, str]:
    """Write again the totals of these spellings (their person kept for now); their persons before."""
    before: dict[str, str] = {}
    for chunk in _chunks(names):
        before |= dict(conn.execute(sa.select(VT.c.voice, VT.c.person).where(VT.c.engine == engine, VT.c.voice.in_(chunk))).all())
        conn.execute(sa.delete(VT).where(VT.c.engine == engine, VT.c.voice.in_(chunk)))
        rows = conn.execute(sa.select(V.c.voice, *_sums(V.c.voice)).where(V.c.engine == engine, V.c.voice.in_(chunk)).group_by(V.c.voice)).all()
        if rows:
            conn.execute(sa.insert(VT), [
                dict(engine=engine, voice=voice, **dict(zip(_SUMS, sums)), family=spelled(voice).family, person=before.get(voice, ""))
                for voice, *sums in rows
            ])
    return before


def _resolve(conn: Connection, engine: str, families: set[str], touched: set[str]) -> set[str]:
    """Settle the persons of every spelling of these families; move the rows of those whose person
    changed, and of the touched spellings (new rows); the persons involved, before and after."""
    involved: set[str] = set()
    for chunk in _chunks(families):
        found = {v: p for v, p in conn.execute(sa.select(VT.c.voice, VT.c.person).where(VT.c.engine == engine, VT.c.family.in_(chunk)))}
        settled = people(list(found))
        moved = [{"e": engine, "v": voice, "p": person} for voice, person in settled.items() if person != found[voice]]
        if moved:
            conn.execute(VT.update().where(VT.c.engine == sa.bindparam("e"), VT.c.voice == sa.bindparam("v")).values(person=sa.bindparam("p")), moved)
            conn.execute(V.update().where(V.c.engine == sa.bindparam("e"), V.c.voice == sa.bindparam("v")).values(person=sa.bindparam("p")), moved)
        fresh = [{"e": engine, "v": voice, "p": settled[voice]} for voice in touched & settled.keys()]
        if fresh:  # an article's new rows, of a spelling whose person did not change
            conn.execute(V.update().where(V.c.engine == sa.bindparam("e"), V.c.voice == sa.bindparam("v"), V.c.person != sa.bindparam("p")).values(person=sa.bindparam("p")), fresh)
        involved |= {found[v] for v in found if settled[v] != found[v]} | {settled[v] for v in settled if settled[v] != found[v] or v in touched}
    return involved - {""}


def _people_again(conn: Connection, engine: str, persons: set[str]) -> None:
    """Write again the totals of these persons, with the spelling each is shown by and all its spellings."""
    for chunk in _chunks(persons):
        conn.execute(sa.delete(P).where(P.c.engine == engine, P.c.person.in_(chunk)))
        sums = conn.execute(sa.select(V.c.person, *_sums(V.c.person)).where(V.c.engine == engine, V.c.person.in_(chunk)).group_by(V.c.person)).all()
        spellings: dict[str, dict[str, int]] = {}
        for person, voice, articles in conn.execute(sa.select(VT.c.person, VT.c.voice, VT.c.articles).where(VT.c.engine == engine, VT.c.person.in_(chunk))):
            spellings.setdefault(person, {})[voice] = articles
        _insert_people(conn, engine, sums, spellings)


def _insert_people(conn: Connection, engine: str, sums, spellings: dict[str, dict[str, int]]) -> None:
    rows = []
    for person, *values in sums:
        names = spellings.get(person)
        if not names:
            continue
        ordered = sorted(names, key=lambda n: (-names[n], -len(n), n))
        rows.append(dict(engine=engine, person=person, voice=shown(names), spellings=json.dumps(ordered, ensure_ascii=False),
                         names="\n".join(n.lower() for n in ordered), **dict(zip(_SUMS, values))))
    if rows:
        conn.execute(sa.insert(P), rows)


def respell(conn: Connection, engine: str, names: Iterable[str]) -> None:
    """After one article's voice rows changed: the totals of the spellings it had or has, the persons of
    their families, and the totals of every person touched."""
    names = set(names)
    if not names:
        return
    before = _spellings_again(conn, engine, names)
    involved = _resolve(conn, engine, {spelled(n).family for n in names}, names)
    _people_again(conn, engine, involved | (set(before.values()) - {""}))


def everyone_again(conn: Connection) -> None:
    """Every engine's spellings, persons and people from the voice rows, in a few passes (filling the
    tables of a store that predates them)."""
    conn.execute(sa.delete(VT))
    conn.execute(sa.delete(P))
    rows = conn.execute(sa.select(V.c.engine, V.c.voice, *_sums(V.c.voice)).group_by(V.c.engine, V.c.voice)).all()
    by_engine: dict[str, list] = {}
    for engine, voice, *sums in rows:
        by_engine.setdefault(engine, []).append((voice, sums))
    for engine, found in by_engine.items():
        settled = people([voice for voice, _ in found])
        conn.execute(sa.insert(VT), [dict(engine=engine, voice=v, **dict(zip(_SUMS, s)), family=spelled(v).family, person=settled[v]) for v, s in found])
        conn.execute(V.update().where(V.c.engine == sa.bindparam("e"), V.c.voice == sa.bindparam("v")).values(person=sa.bindparam("p")),
                     [{"e": engine, "v": v, "p": settled[v]} for v, _ in found])
        sums = conn.execute(sa.select(V.c.person, *_sums(V.c.person)).where(V.c.engine == engine).group_by(V.c.person)).all()
        spellings: dict[str, dict[str, int]] = {}
        for voice, s in found:
            spellings.setdefault(settled[voice], {})[voice] = s[0]
        _insert_people(conn, engine, sums, spellings)


def person_of(conn: Connection, engine: str, name: str) -> str | None:
    """The person a written name is in this corpus: its own spelling's, or else that of the spellings it
    would join ("donald trump" or "Mr. Donald J. Trump" in a link, where the corpus has "Donald Trump");
    None when it is no voice of the corpus."""
    exact = conn.execute(sa.select(VT.c.person).where(VT.c.engine == engine, VT.c.voice == name)).scalar()
    if exact is not None:
        return exact
    family = dict(conn.execute(sa.select(VT.c.voice, VT.c.person).where(VT.c.engine == engine, VT.c.family == spelled(name).family)).all())
    return joined(name, family)
