"""The learned part of settling an article's voices: what the rules know of each proposed voice, and a
small logistic model that vetoes proposals naming no source of the article.

``proposed`` gathers each non-author speaker of the statements with what the filter reads of it: the
phrase's shape (case, numbers, length), the lexicon class of its head word, the kind the rules gave it,
how its statements were tied to it (reported, quoted, continued; a plain "said"; a speech, attitude or
other verb; a colon) and whether the article spells it. ``features`` turns that into named numbers;
``Model`` weighs them with the weights in ``data/models/voice_filter.json``, trained on PolNeAR train by
``python -m viewpoints.evaluation.train_voice_filter`` (no pickle, nothing downloaded). The rules that
decide without the model, the merges and ``settle`` are in ``voice_list``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from .. import schema as S

MODEL_FILE = "voice_filter.json"
# Leading words a name is compared without (as a reader does: "Sen. Pence" is "Pence"); not "former",
# "top" or "U.S.": they tell groups apart.
LEADING = frozenset("the a an mr mrs ms dr sen rep gov president senator".split())
PLAIN_CUES = frozenset("said says say told tells according added adds wrote writes".split())
_POSSESSIVE = re.compile(r"['’]s\b")
EDGE = "\"'“”‘’()[]{},.;:!?"
_DIGIT = re.compile(r"\d|%")
GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]")  # "FoleyFlagShare": words run together (not "McCain", "DeVos")
_OPENERS = frozenset('.!?:\n“"')  # what stands just before a sentence's or a line's first word
_LIST_ITEM = re.compile(r"(?:^|\n)[ \t]*[-•*–—][ \t]+$")  # a list item's marker opening its line: "- "
_RELATIVE_INSIDE = re.compile(r"\s(that|who|which|whose)\s", re.IGNORECASE)
FUNCTION_ENDINGS = frozenset("that who which whose whom when where and or of to for the a an with".split())
# Brill tags of a capitalised word that is not a name when alone: verbs, adverbs, adjectives, interjections
# ("Look", "Especially", "Ready", "Wow": a sentence's first word read as its subject)
COMMON_TAGS = frozenset("VB VBD VBG VBN VBP VBZ RB RBR RBS JJ JJR JJS UH MD IN DT CC PRP WDT WP WRB".split())


@lru_cache(maxsize=8192)  # settling an article compares every voice's name with every other's, often
def words(phrase: str) -> tuple[str, ...]:
    """A name's words as compared here: lower case, possessive and leading titles dropped."""
    tokens = [t.strip(EDGE) for t in _POSSESSIVE.sub("", phrase.lower().replace("’", "'")).split()]
    tokens = [t for t in tokens if t]
    while tokens and tokens[0].rstrip(".") in LEADING:
        tokens = tokens[1:]
    return tuple(tokens)


def ends_with(phrase: Sequence[str], ending: Sequence[str]) -> bool:
    return 0 < len(ending) < len(phrase) and tuple(phrase[len(phrase) - len(ending) :]) == tuple(ending)


def joint(name: str) -> bool:
    return " and " in name or " & " in name


@dataclass(frozen=True)
class Voice:
    """What the filter knows of one proposed voice of an article."""

    name: str
    kind: str
    statements: int
    reported: int
    direct: int
    continued: int
    plain_cue: int  # statements tied by a plain reporting word ("said", "according to")
    speech_cue: int  # statements tied by a speech or belief verb (speech_verbs.txt, "according to")
    attitude_cue: int  # ... by an attitude verb (attitude_verbs.txt: "wants", "fears")
    colon_cue: int  # ... by a colon after the name ("Doe: ...")
    colon_number: int  # ... of which what follows the colon is a number, not words ("Clinton: 1,769.")
    in_text: int  # times the article spells the name as given
    in_headline: bool
    nested: bool  # another voice of the article ends with this one's words ("Pence" / "Mike Pence")
    sentence_initial: bool  # the article spells the name only where a sentence or line opens


def _lex(name: str) -> frozenset[str]:
    return lexicon.words(name)


def _given(low: str) -> bool:
    return low in lexicon.table("gender.txt")


def features(voice: Voice, head_prior: dict[str, float] | None = None) -> dict[str, float]:
    """Named features of a voice, each in [0, 1] but `head_prior` (the model's weights are read by these
    names). `head_prior` maps a common noun heading a voice ("people", "video") to how often, in the
    training articles, a voice with that head named a source (log-odds against the average)."""
    head_prior = head_prior or {}
    raw = voice.name.split()
    low = words(voice.name) or tuple(w.lower() for w in raw)
    head, first = (low[-1] if low else ""), (low[0] if low else "")
    n = max(voice.statements, 1)
    capitalised = [w for w in raw if w[:1].isupper()]
    return {
        "bias": 1.0,
        "words": min(len(low), 8) / 8,
        "one_word": float(len(low) == 1),
        "long": float(len(low) > 4),
        "lower_first": float(raw[0][:1].islower()) if raw else 1.0,
        "all_capitalised": float(len(capitalised) == len(raw)) if raw else 0.0,
        "digit": float(bool(_DIGIT.search(voice.name))),
        "pronoun": float(all(w in lexicon.table("pronouns.txt") or w in {"those", "some", "many", "all", "others", "that", "this"} for w in low)) if low else 1.0,
        "function_end": float(head in FUNCTION_ENDINGS),
        "joint": float(joint(voice.name)),
        "head_group": float(head in _lex("group_nouns.txt")),
        "head_speaker": float(head in _lex("speaker_nouns.txt") or head.rstrip("s") in _lex("speaker_nouns.txt")),
        "head_role": float(head in _lex("role_words.txt") or head.rstrip("s") in _lex("role_words.txt")),
        "head_organization": float(head in _lex("organization_words.txt")),
        "head_document": float(head in _lex("document_nouns.txt") or head.rstrip("s") in _lex("document_nouns.txt")),
        "head_place": float(head in _lex("place_words.txt") or " ".join(low) in _lex("us_states.txt") or head in _lex("us_states.txt")),
        "head_time": float(head in _lex("time_words.txt")),
        "head_not_agent": float(head in _lex("not_agents.txt") or head in _lex("not_names.txt")),
        "given_name_first": float(_given(first) and len(low) > 1),
        "kind_person": float(voice.kind == "person"),
        "kind_organization": float(voice.kind == "organization"),
        "kind_group": float(voice.kind == "group"),
        "statements": min(math.log1p(voice.statements), 4.0) / 4.0,
        "share_reported": voice.reported / n,
        "share_direct": voice.direct / n,
        "share_continued": voice.continued / n,
        "share_plain_cue": voice.plain_cue / n,
        "share_speech_cue": voice.speech_cue / n,
        "share_attitude_cue": voice.attitude_cue / n,
        "share_colon_cue": voice.colon_cue / n,
        "share_colon_number": voice.colon_number / n,
        "share_other_cue": max(0, voice.reported - voice.speech_cue - voice.attitude_cue - voice.colon_cue) / n,
        "any_plain_cue": float(voice.plain_cue > 0),
        "named_in_text": min(math.log1p(voice.in_text), 3.0) / 3.0,
        "never_in_text": float(voice.in_text == 0),
        "in_headline": float(voice.in_headline),
        "sentence_initial": float(voice.sentence_initial and len(low) == 1),
        "glued": float(bool(GLUED.search(voice.name))),
        "proper_words": float(bool(capitalised) and all(lexicon.tag_of(w.strip(EDGE)).startswith("NNP") for w in capitalised)),
        "common_capital": float(any(lexicon.tag_of(w.strip(EDGE)) in COMMON_TAGS for w in capitalised)),
        "relative_inside": float(bool(_RELATIVE_INSIDE.search(voice.name))),
        "head_prior": head_prior.get(head, 0.0) if raw and raw[-1][:1].islower() else 0.0,
        "nested": float(voice.nested),
    }


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    threshold: float
    head_prior: dict[str, float]

    def score(self, voice: Voice) -> float:
        """Probability that the voice names a source of the article."""
        z = sum(self.weights.get(name, 0.0) * value for name, value in features(voice, self.head_prior).items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The shipped model, or None when its file is absent (then only the rules reject)."""
    data = lexicon.load_model(MODEL_FILE)
    if data is None:
        return None
    return Model(weights=dict(data["weights"]), threshold=float(data["threshold"]), head_prior=dict(data.get("head_prior", {})))


def _cue_class(row: dict) -> str:
    """speech | attitude | colon | other | "" (no cue): what kind of word tied the statement to its voice."""
    cue = row[S.CUE].strip().lower()
    if not cue:
        return ""
    if cue == ":":
        return "colon"
    last = cue.split()[-1].strip(".,")
    if "according" in cue or lexicon.speech_verb_forms().get(last):
        return "speech"
    if lexicon.attitude_verb_forms().get(last):
        return "attitude"
    return "other"


def _colon_number(row: dict) -> bool:
    """ "Clinton: 1,769.": a tally line, not words said."""
    text = row[S.TEXT]
    return row[S.CUE].strip() == ":" and ":" in text and not re.search(r"[^\W\d_]{2}", text.split(":", 1)[1])


def _occurrences(name: str, text: str) -> Iterator[int]:
    """Where `name` starts in `text`, left to right without overlaps (``re.finditer`` of the escaped
    name, without compiling a pattern per voice)."""
    if not name:
        yield from (m.start() for m in re.finditer("", text))
        return
    at = text.find(name)
    while at >= 0:
        yield at
        at = text.find(name, at + len(name))


def _only_opening(name: str, text: str) -> bool:
    """Does the article spell `name` only where a sentence or a line opens ("Ready to ...", or a list
    item's first word: "- Expensive")?"""
    found = False
    for at in _occurrences(name, text):  # read until the first place that opens nothing: the answer is no
        if not (at == 0 or text[max(0, at - 3) : at].rstrip(" \t")[-1:] in _OPENERS or _LIST_ITEM.search(text, max(0, at - 8), at)):
            return False
        found = True
    return found


def proposed(rows: list[dict], text: str) -> list[Voice]:
    """Every non-author speaker of the statements, with what the filter reads of it."""
    headline = text.lstrip().split("\n", 1)[0]
    by_name: dict[str, list[dict]] = {}
    for row in rows:
        if row[S.SPEAKER] != S.AUTHOR:
            by_name.setdefault(row[S.SPEAKER], []).append(row)
    keys = {name: words(name) for name in by_name}
    # the endings of each name's words ("pence" of "mike pence"): a voice is nested when its words are one
    ending = {key[k:] for key in keys.values() for k in range(1, len(key))}
    result = []
    for name, own in by_name.items():
        kinds = [r[S.SPEAKER_KIND] for r in own]
        cues = [_cue_class(r) for r in own]
        result.append(
            Voice(
                name=name,
                kind=max(set(kinds), key=kinds.count),
                statements=len(own),
                reported=sum(r[S.ATTRIBUTION] == "reported" for r in own),
                direct=sum(r[S.ATTRIBUTION] == "direct" for r in own),
                continued=sum(r[S.ATTRIBUTION] == "continuation" for r in own),
                plain_cue=sum(bool(PLAIN_CUES & set(r[S.CUE].lower().split())) for r in own),
                speech_cue=cues.count("speech"),
                attitude_cue=cues.count("attitude"),
                colon_cue=cues.count("colon"),
                colon_number=sum(_colon_number(r) for r in own),
                in_text=text.count(name),
                in_headline=name in headline,
                nested=keys[name] in ending,
                sentence_initial=_only_opening(name, text),
            )
        )
    return result
