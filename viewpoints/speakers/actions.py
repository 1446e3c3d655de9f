"""The learned part that gives a voice what the article says it did: "Cruz closed out his tour with only
sparing mention of his rivals", "Obama has officially stayed neutral", "The ACLU has sued the city".

The rules give a statement a speaker only through a cue (a reporting or attitude verb, a quotation, a
label). PolNeAR's annotators also mark a voice's deeds and stated positions told in the author's words,
and a reader comparing voices wants them in that voice's column too; but most narration about a person
is no view of theirs ("Trump won Nevada"), and no verb list tells the two apart. So after the voices are
settled (``voice_list.settle``), each statement still left to the author whose main clause opens with one
of the article's voices as its subject is scored by a small logistic model over the verb, the word after
it, the subject's shape and the sentence's (``features``). Above the model's threshold the statement
goes to that voice as an ``action`` (the schema's attribution: the author's account, not the voice's
words), its cue the verb. Only voices the article already has are given statements: the
model adds no voice, so the voice list stays what the rules and the voice filter made it.

The weights are data (``data/models/action_holder.json``), trained on PolNeAR train by
``python -m viewpoints.evaluation.train_action_holder`` (no pickle, nothing downloaded); without the file
nothing changes.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon
from .. import schema as S
from ..text.tokens import tokenize
from .cues import subordinate_end
from .subjects import clause_subject_and_verb
from .voice_filter import words

MODEL_FILE = "action_holder.json"
MAX_WORDS = 60  # sentence length is read up to this many words
MAX_SUBJECT_WORDS = 5


@dataclass(frozen=True)
class Candidate:
    """A statement's main-clause subject that is one of the article's voices, and its verb."""

    voice: str
    subject: str  # as written
    verb: str  # lower case
    cue: str  # the verb as written
    after: str  # the word after the verb, lower case ("" at the end)
    subject_words: int
    capitalised: bool  # the subject's last word is capitalised (a name, not "the officials")
    quoted: bool  # the statement holds a quotation mark
    words: int
    that: bool  # the statement holds "that" (a clause reported or believed)
    before: bool = False  # the statement just before is the voice's
    next: bool = False  # the statement just after is the voice's
    paragraph: bool = False  # another statement of the paragraph is the voice's
    share: float = 0.0  # the voice's share of the article's attributed statements


def features(candidate: Candidate) -> dict[str, float]:
    """Named numbers the model weighs; words outside its vocabulary simply have no weight."""
    return {
        "bias": 1.0,
        f"verb={candidate.verb}": 1.0,
        f"after={candidate.after}": 1.0,
        f"verb_after={candidate.verb}_{candidate.after}": 1.0,
        "capitalised": float(candidate.capitalised),
        "subject_words": min(candidate.subject_words, MAX_SUBJECT_WORDS) / MAX_SUBJECT_WORDS,
        "quoted": float(candidate.quoted),
        "words": min(candidate.words, MAX_WORDS) / MAX_WORDS,
        "that": float(candidate.that),
        "before": float(candidate.before),
        "next": float(candidate.next),
        "paragraph": float(candidate.paragraph),
        "share": candidate.share,
    }


def _voice_of(subject: tuple[str, ...], voices: dict[tuple[str, ...], str]) -> str | None:
    """The voice the subject's words name: the same words, or one ending the other ("Cruz" and "Ted
    Cruz", "Sen. Ted Cruz" and "Ted Cruz"); the first such voice by the article's order."""
    for known, name in voices.items():
        if subject == known or (len(subject) < len(known) and known[-len(subject) :] == subject) or (
            len(known) < len(subject) and subject[-len(known) :] == known
        ):
            return name
    return None


def candidate(text: str, start: int, end: int, voices: dict[tuple[str, ...], str]) -> Candidate | None:
    """The statement text[start:end]'s main-clause subject, when it is one of `voices` (each voice's
    words -> its name) and a lower-case verb follows it; None otherwise."""
    tokens = tokenize(text[start:end], offset=start)
    if not tokens:
        return None
    subject, verb = clause_subject_and_verb(tokens, subordinate_end(tokens), len(tokens))
    if not subject or verb < 0 or subject[-1].bare != subject[-1].text:
        return None  # no subject, no verb, or a possessive: "Trump's rhetoric", the rhetoric's clause
    phrase = text[subject[0].start : subject[-1].end]
    voice = _voice_of(words(phrase), voices)
    if voice is None:
        return None
    statement = text[start:end]
    return Candidate(
        voice=voice,
        subject=phrase,
        verb=tokens[verb].low,
        cue=tokens[verb].text,
        after=tokens[verb + 1].low if verb + 1 < len(tokens) and tokens[verb + 1].is_word else "",
        subject_words=sum(t.is_word for t in subject),
        capitalised=subject[-1].is_cap,
        quoted=any(mark in statement for mark in '"“”'),
        words=sum(t.is_word for t in tokens),
        that=any(t.low == "that" for t in tokens),
    )


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    threshold: float

    def score(self, candidate: Candidate) -> float:
        """Probability that the statement is its subject's, as PolNeAR's annotators mark sources."""
        z = sum(self.weights.get(name, 0.0) * value for name, value in features(candidate).items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The shipped model, or None when its file is absent (then no statement is given this way)."""
    data = lexicon.load_model(MODEL_FILE)
    if data is None:
        return None
    return Model(weights=dict(data["weights"]), threshold=float(data["threshold"]))


def article_voices(rows: list[dict]) -> dict[tuple[str, ...], str]:
    """Each voice's words -> its name, in the order the article first gives them."""
    voices: dict[tuple[str, ...], str] = {}
    for row in rows:
        if row[S.SPEAKER] != S.AUTHOR:
            voices.setdefault(words(row[S.SPEAKER]), row[S.SPEAKER])
    voices.pop((), None)
    return voices


def candidates(rows: list[dict], text: str) -> list[tuple[int, Candidate]]:
    """(row index, candidate) for each statement left to the author whose subject is a voice, with
    where the voice speaks around it."""
    voices = article_voices(rows)
    if not voices:
        return []
    spoken = Counter(row[S.SPEAKER] for row in rows if row[S.SPEAKER] != S.AUTHOR)
    total = sum(spoken.values())
    by_paragraph: dict[int, set[str]] = {}
    for row in rows:
        by_paragraph.setdefault(row[S.PARAGRAPH], set()).add(row[S.SPEAKER])
    found = []
    for k, row in enumerate(rows):
        if row[S.ATTRIBUTION] != "narration":
            continue
        got = candidate(text, row[S.START], row[S.END], voices)
        if got is not None:
            found.append((k, replace(
                got,
                before=k > 0 and rows[k - 1][S.SPEAKER] == got.voice,
                next=k + 1 < len(rows) and rows[k + 1][S.SPEAKER] == got.voice,
                paragraph=got.voice in by_paragraph[row[S.PARAGRAPH]],
                share=spoken[got.voice] / total,
            )))
    return found


def give_actions(rows: list[dict], text: str, *, model: Model | None = None) -> list[dict]:
    """The settled statements, each narration statement the model scores above its threshold given to
    the voice that is its subject (``action``, the verb as its cue); `rows` is changed in place and
    returned. `model` defaults to the shipped one."""
    model = model if model is not None else default_model()
    if model is None:
        return rows
    first: dict[str, dict] = {}
    for row in rows:
        first.setdefault(row[S.SPEAKER], row)
    for k, found in candidates(rows, text):
        if model.score(found) >= model.threshold:
            voice = first[found.voice]
            rows[k].update(
                {
                    S.SPEAKER: found.voice,
                    S.SPEAKER_KIND: voice[S.SPEAKER_KIND],
                    S.SPEAKER_ROLE: voice[S.SPEAKER_ROLE],
                    S.ATTRIBUTION: "action",
                    S.CUE: found.cue,
                }
            )
    return rows

