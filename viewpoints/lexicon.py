"""Rules and word lists are data: this module finds and reads them from ``data/``.

The folder is the repository's ``data/`` directory, or the one named by ``VIEWPOINTS_DATA``.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(os.environ.get("VIEWPOINTS_DATA", Path(__file__).resolve().parent.parent / "data"))
LEXICON_DIR = DATA_DIR / "lexicon"


class LexiconError(RuntimeError):
    """A lexicon file is missing or malformed: the engine cannot run without its rules."""


def _lines(name: str) -> list[str]:
    path = LEXICON_DIR / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:  # one clear domain error instead of a bare FileNotFoundError
        raise LexiconError(f"lexicon file {path} cannot be read ({exc}); set VIEWPOINTS_DATA to the data folder") from exc
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A one-entry-per-line list, lowercased."""
    return frozenset(line.lower() for line in _lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, tuple[str, ...]]:
    """Lines of 'key value value ...' as a mapping."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _lines(name):
        key, *rest = line.lower().split()
        out[key] = tuple(rest)
    return out


@lru_cache(maxsize=None)
def load_json(name: str) -> dict:
    path = LEXICON_DIR / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LexiconError(f"lexicon file {path} cannot be read ({exc})") from exc


_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _regular_forms(lemma: str) -> set[str]:
    """-s, -ed and -ing forms by English spelling rules (urge -> urges/urged/urging, worry -> worries,
    slam -> slammed/slamming: a one-syllable verb ending consonant-vowel-consonant doubles its last letter)."""
    if _ONE_SYLLABLE_CVC.match(lemma):
        return {lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("ee"):  # agree -> agreeing, see -> seeing
        return {lemma + "s", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        return {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        return {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma + "s", lemma + "ed", lemma + "ing"}


@lru_cache(maxsize=None)
def verb_forms(name: str) -> dict[str, str]:
    """Every inflected form of the verbs listed in `name` ("lemma past [participle]" per line) -> its
    lemma. Irregular verbs keep their -s and -ing forms but not the -ed one."""
    forms: dict[str, str] = {}
    for lemma, irregular in table(name).items():
        regular = _regular_forms(lemma)
        if irregular:
            regular = {f for f in regular if not f.endswith("ed")} | set(irregular)
        for form in regular | {lemma}:
            forms.setdefault(form, lemma)
    return forms


@lru_cache(maxsize=None)
def speech_verb_forms() -> dict[str, str]:
    """Every inflected form of a speech or belief verb (speech_verbs.txt) -> its lemma."""
    return verb_forms("speech_verbs.txt")


@lru_cache(maxsize=None)
def attitude_verb_forms() -> dict[str, str]:
    """Every inflected form of an attitude verb (attitude_verbs.txt) -> its lemma."""
    return verb_forms("attitude_verbs.txt")


def reporting_lemma(low: str) -> str:
    """The lemma of a speech or attitude verb's form ("showed" -> "show"), or "" for any other word."""
    return speech_verb_forms().get(low, "") or attitude_verb_forms().get(low, "")


def alternation(phrases: list[str]) -> str:
    """A regex alternation of `phrases` (lower case) that tries them in the given order, grouped by
    first letter.

    The same matches as ``"|".join(phrases)``, found four times faster: ``re`` tries every
    alternative in turn at each word, and the grouping lets it skip all but one letter's (with ``re.IGNORECASE`` too).
    """
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(phrase[1:]) for phrase in group) + ")"
        for first, group in by_first.items()
    )


def load_model(name: str) -> dict | None:
    """A learned model's weights, kept as JSON in data/models/ (no pickle, nothing downloaded), or None
    when the file is absent; a file that cannot be read is a LexiconError."""
    path = DATA_DIR / "models" / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        return None
    except ValueError as exc:
        raise LexiconError(f"model file {path} cannot be read ({exc})") from exc


@lru_cache(maxsize=1)
def _brill() -> dict[str, str]:
    """TextBlob's copy of the Brill tagger lexicon (shipped inside the textblob package, no download):
    word as written -> its first part-of-speech tag ("Look" VB, "Obama" NNP)."""
    from importlib import resources

    tags: dict[str, str] = {}
    try:
        text = resources.files("textblob").joinpath("en", "en-lexicon.txt").read_text(encoding="utf-8")
    except OSError:  # an unusual textblob install: the readings that ask simply know less
        return tags
    for line in text.splitlines():
        if line and not line.startswith(";"):
            parts = line.split()
            if len(parts) >= 2:
                tags[parts[0]] = parts[1]
    return tags


def tag_of(word: str) -> str:
    """The Brill lexicon's first tag for `word` as written ("" when it does not know the word)."""
    return _brill().get(word, "")
