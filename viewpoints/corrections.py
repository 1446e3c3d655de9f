"""Readers' corrections of the engine's labels: who holds a statement's view, and its stance.

A correction is a record kept with its article (the SHA-256 of the article's text, ``article_key``):
give one statement another speaker (a voice of the article, a typed name, or the author), set one
statement's stance, or merge one voice into another (every statement of the first goes to the second).
Corrections are never edited: an undo is a record of its own that names the correction it takes back.

``apply(frame, corrections)`` replays the live corrections in the order they were made over the
engine's frame and returns a new frame: the corrected labels in the usual columns (``speaker``,
``stance``, ...), the engine's own in ``engine_speaker`` and ``engine_stance``, and ``corrected`` where
a label differs from the engine's. ``outcomes`` says what became of each correction: applied, applied
to the same text found elsewhere in the article (``moved``), undone, or ``orphaned`` when the statement
(or the voice) it names is no longer in the engine's reading; orphans are listed, never dropped.

A statement is known by its offsets and a hash of its text (``statement_key``), so a statement the
engine now cuts differently is noticed instead of a correction landing on the wrong words. No
Streamlit, no storage here (``viewpoints.corpus.store`` keeps the records).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timezone

import numpy as np
import pandas as pd

from . import schema as S

SPEAKER, STANCE, MERGE, UNDO = "speaker", "stance", "merge", "undo"
KINDS = (SPEAKER, STANCE, MERGE, UNDO)
MAX_NAME_CHARS = 80  # longer than any name or description a news article gives a voice

# What became of a correction when it was replayed.
APPLIED, MOVED, UNDONE, ORPHANED = "applied", "moved", "undone", "orphaned"

_TEXT_HASH_CHARS = 12


class CorrectionError(ValueError):
    """A correction that cannot be made; the message says why, for a person to read."""


@dataclass(frozen=True)
class Correction:
    """One reader's correction. `subject` is the statement's key (``statement_key``) for a speaker or
    stance correction, the voice merged away for a merge, and the id of the correction taken back (as
    text) for an undo. `value` is the new speaker, the new stance, or the voice merged into."""

    article: str  # article_key: SHA-256 of the article's text, hex
    kind: str  # one of KINDS
    subject: str
    value: str
    created_at: str  # UTC, ISO 8601
    id: int | None = None  # given by the store, in the order corrections were made


@dataclass(frozen=True)
class Outcome:
    correction: Correction
    status: str  # APPLIED, MOVED, UNDONE or ORPHANED
    sentence: int | None = None  # the statement it now applies to (speaker and stance corrections)
    statements: int = 0  # how many statements a merge renamed


def article_key(text: str) -> str:
    """The key corrections are kept under: the SHA-256 of the article's text (as the store's hash)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def statement_key(start: int, end: int, text: str) -> str:
    """``"<start>-<end>-<hash of the text>"``: where the statement is, and what it says."""
    return f"{int(start)}-{int(end)}-{_text_hash(text)}"


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:_TEXT_HASH_CHARS]


def keys(frame: pd.DataFrame) -> list[str]:
    """The statement key of every row, in the frame's order."""
    return [statement_key(s, e, t) for s, e, t in zip(frame[S.START], frame[S.END], frame[S.TEXT])]


def clean_name(name: object) -> str:
    """A typed speaker name as it will be kept: plain text, spaces collapsed. Markup stays as typed
    characters (whoever shows it escapes it). Empty, over-long or control characters are refused."""
    if not isinstance(name, str):
        raise CorrectionError("a speaker's name is text")
    cleaned = " ".join(name.split())
    if not cleaned:
        raise CorrectionError("type a name for the speaker (or choose a voice of the article, or the author)")
    if len(cleaned) > MAX_NAME_CHARS:
        raise CorrectionError(f"the name is {len(cleaned)} characters long; a speaker's name can have at most {MAX_NAME_CHARS}")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in cleaned):
        raise CorrectionError("the name holds control characters; type it as plain text")
    return cleaned


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def speaker(article: str, key: str, name: str, *, at: str | None = None) -> Correction:
    """Give the statement `key` the speaker `name` (a voice, a typed name, or ``schema.AUTHOR``)."""
    return Correction(article, SPEAKER, key, clean_name(name), at or _now())


def stance(article: str, key: str, label: str, *, at: str | None = None) -> Correction:
    if label not in S.STANCES:
        raise CorrectionError(f"“{label}” is not a stance (use {', '.join(S.STANCES)})")
    return Correction(article, STANCE, key, label, at or _now())


def merge(article: str, voice: str, into: str, *, at: str | None = None) -> Correction:
    """Every statement of `voice` goes to `into`."""
    voice, into = clean_name(voice), clean_name(into)
    if voice == into:
        raise CorrectionError(f"“{voice}” cannot be merged into itself; choose two different voices")
    return Correction(article, MERGE, voice, into, at or _now())


def undo(correction: Correction, *, at: str | None = None) -> Correction:
    if correction.id is None:
        raise CorrectionError("only a kept correction can be undone")
    if correction.kind == UNDO:
        raise CorrectionError("an undo cannot itself be undone; make the correction again")
    return Correction(correction.article, UNDO, str(correction.id), "", at or _now())


def live(corrections: Iterable[Correction]) -> list[Correction]:
    """The corrections that count, in the order they were made: not undos, not undone."""
    ordered = sorted(corrections, key=_order)
    undone = {c.subject for c in ordered if c.kind == UNDO}
    return [c for c in ordered if c.kind != UNDO and str(c.id) not in undone]


def _order(c: Correction) -> tuple:
    return (c.id is None, c.id if c.id is not None else 0, c.created_at)


def apply(frame: pd.DataFrame, corrections: Iterable[Correction]) -> pd.DataFrame:
    """The frame with the corrections applied, the engine's labels beside them, and the `corrected` flag.

    Always adds the three columns (``schema.CORRECTION_COLUMNS``), corrections or not, so every export
    has the same shape. The engine's frame is not changed.
    """
    return replay(frame, corrections)[0]


def outcomes(frame: pd.DataFrame, corrections: Iterable[Correction]) -> list[Outcome]:
    """What became of each correction (undos left out), in the order they were made."""
    return replay(frame, corrections)[1]


def replay(frame: pd.DataFrame, corrections: Iterable[Correction]) -> tuple[pd.DataFrame, list[Outcome]]:
    """``apply`` and ``outcomes`` in one pass."""
    corrections = sorted(corrections, key=_order)
    out = frame.copy(deep=False)  # columns are replaced, never written into: the engine's frame stays as it was
    out[S.ENGINE_SPEAKER] = frame[S.SPEAKER]
    out[S.ENGINE_STANCE] = frame[S.STANCE]
    out.attrs = dict(frame.attrs)
    counting = live(corrections)
    if not counting:  # the common case, on every run of every page: no work beyond the three columns
        out[S.CORRECTED] = np.zeros(len(frame), dtype=bool)
        result = [Outcome(c, UNDONE) for c in corrections if c.kind != UNDO]
        out.attrs["corrections"] = {"applied": 0, ORPHANED: 0}
        return out, result
    at_key = {k: i for i, k in enumerate(keys(frame))}
    by_text: dict[str, list[int]] = {}
    for i, text in enumerate(frame[S.TEXT]):
        by_text.setdefault(_text_hash(text), []).append(i)
    speakers = frame[S.SPEAKER].tolist()
    kinds, roles, stances = frame[S.SPEAKER_KIND].tolist(), frame[S.SPEAKER_ROLE].tolist(), frame[S.STANCE].tolist()
    sentences = frame[S.SENTENCE].tolist()
    done: dict[int, Outcome] = {}
    for c in counting:
        if c.kind == MERGE:
            rows = [i for i, s in enumerate(speakers) if s == c.subject]
            kind, role = _voice(c.value, speakers, kinds, roles, default_kind=kinds[rows[0]] if rows else "person")
            for i in rows:
                speakers[i], kinds[i], roles[i] = c.value, kind, role
            done[id(c)] = Outcome(c, APPLIED if rows else ORPHANED, statements=len(rows))
            continue
        row, status = _find(c.subject, at_key, by_text)
        if row is None:
            done[id(c)] = Outcome(c, ORPHANED)
            continue
        if c.kind == SPEAKER:
            kind, role = _voice(c.value, speakers, kinds, roles, default_kind="person" if kinds[row] == S.AUTHOR else kinds[row])
            speakers[row], kinds[row], roles[row] = c.value, kind, role
        else:
            stances[row] = c.value
        done[id(c)] = Outcome(c, status, sentence=int(sentences[row]))
    for column, values in ((S.SPEAKER, speakers), (S.SPEAKER_KIND, kinds), (S.SPEAKER_ROLE, roles), (S.STANCE, stances)):
        out[column] = pd.array(values, dtype=S.COLUMNS[column])
    out[S.CORRECTED] = ((out[S.SPEAKER] != out[S.ENGINE_SPEAKER]) | (out[S.STANCE] != out[S.ENGINE_STANCE])).to_numpy(dtype=bool)
    result = [done.get(id(c), Outcome(c, UNDONE)) for c in corrections if c.kind != UNDO]
    out.attrs["corrections"] = {"applied": sum(o.status in (APPLIED, MOVED) for o in result), ORPHANED: sum(o.status == ORPHANED for o in result)}
    return out, result


def _find(key: str, at_key: dict[str, int], by_text: dict[str, list[int]]) -> tuple[int | None, str]:
    """The row a statement key names: at its offsets, else the one statement with the same text."""
    if key in at_key:
        return at_key[key], APPLIED
    same_text = by_text.get(key.rsplit("-", 1)[-1], [])
    return (same_text[0], MOVED) if len(same_text) == 1 else (None, ORPHANED)


def _voice(name: str, speakers: Sequence[str], kinds: Sequence[str], roles: Sequence[str], *, default_kind: str) -> tuple[str, str]:
    """Kind and role of a speaker a statement is given: the author's, a voice's own, or (for a name
    the article does not have) the statement's kind with no role."""
    if name == S.AUTHOR:
        return S.AUTHOR, ""
    for s, k, r in zip(speakers, kinds, roles):
        if s == name:
            return k, r
    return (default_kind if default_kind != S.AUTHOR else "person"), ""


@dataclass(frozen=True)
class Summary:
    """Corrections across a corpus: how many statements differ from the engine, and in what."""

    articles: int  # articles with at least one corrected statement
    statements: int  # statements in the corpus
    corrected: int  # statements whose speaker or stance differs from the engine's
    speaker_kept: int  # corrected statements that kept the engine's speaker (only their stance changed)
    stance_kept: int  # corrected statements that kept the engine's stance
    corrections: int  # live correction records
    orphaned: int  # live corrections whose statement or voice the engine no longer has

    def share(self, part: int) -> float | None:
        return part / self.corrected if self.corrected else None


def summary(frames: Sequence[pd.DataFrame], *, orphaned: int = 0, corrections: int = 0) -> Summary:
    """Count over corrected frames (``apply``'s output)."""
    corrected = [f[f[S.CORRECTED]] for f in frames]
    return Summary(
        articles=sum(len(c) > 0 for c in corrected),
        statements=sum(len(f) for f in frames),
        corrected=sum(len(c) for c in corrected),
        speaker_kept=sum(int((c[S.SPEAKER] == c[S.ENGINE_SPEAKER]).sum()) for c in corrected),
        stance_kept=sum(int((c[S.STANCE] == c[S.ENGINE_STANCE]).sum()) for c in corrected),
        corrections=corrections,
        orphaned=orphaned,
    )


def describe(c: Correction) -> str:
    """A correction in words (plain text: escape it before Markdown)."""
    if c.kind == SPEAKER:
        return f"speaker set to “{c.value}”"
    if c.kind == STANCE:
        return f"stance set to {c.value}"
    if c.kind == MERGE:
        return f"“{c.subject}” merged into “{c.value}”"
    return f"correction {c.subject} undone"


def with_id(c: Correction, new_id: int) -> Correction:
    return replace(c, id=new_id)
