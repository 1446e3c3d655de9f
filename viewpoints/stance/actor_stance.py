"""Stance toward a person or organisation: how the statement treats them, not the whole sentence's mood.

An issue target ("security guarantees") is judged by the cue families of ``stance``; a target that names
someone ("Hillary Clinton", "the FBI", a pronoun standing for them) is judged here, from the words about
the mention: the clause that holds it, the words just before and after it, and the sentence as a whole,
each scored by VADER and TextBlob, with the issue cues of the sentence and where the mention stands
(opening the sentence, inside a quotation). A small softmax regression weighs these
(``data/models/actor_stance.json``, trained on NewsMTSC train by
``python -m viewpoints.evaluation.train_actor_stance --data ../shared/eval``; weights as data, no
download), and ``stance_cues`` names the scored words of the mention's clause that weighed most.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..sentiment import textblob_assessments, textblob_scores, vader_compound, vader_scores, vader_valence
from .stance import Stance

MODEL_FILE = "actor_stance.json"
LABELS = ("skeptical", "neutral", "supportive")  # toward a person: negative, neutral, positive
NEAR_WORDS = 6
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b", re.IGNORECASE)
PRONOUNS = frozenset("i me my myself we us our you he she him her his hers they them their it its".split())


MAX_NAME_WORDS = 5
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,4}")


def is_actor(target: str | None, text: str) -> bool:
    """Does the target name someone the article mentions, rather than an issue? A pronoun standing for
    someone, or a name the article's body (not its headline) spells capitalised that reads as a name: a
    given name or a title in it ("Hillary Clinton", "President Trump"), an acronym ("the FBI"), an
    organisation's word ("Justice Department"), or proper nouns only, by the Brill lexicon or unknown to
    it ("Obama", "Romney"; of several words, one at least no common word in lower case, so "Climate
    Change" is an issue); or "the president". "Medicare for All", "Climate Change" or a capitalised
    headline are issues (an unknown coinage, "Brexit", reads as a name)."""
    if not target or not target.strip():
        return False
    if target.strip().lower() in PRONOUNS:
        return True
    body = text.split("\n", 1)[1] if "\n" in text.strip() else text
    found = re.search(r"(?<!\w)" + re.escape(target.strip()) + r"(?!\w)", body, re.IGNORECASE)
    if found is None:
        return False
    words = [w for w in re.findall(r"[\w'’.-]+", found.group()) if w.lower() not in {"the", "of", "and", "for", "a"}]
    genders, titles = lexicon.table("gender.txt"), _titles()
    if len(words) == 1 and words[0].lower() in titles and found.group().lower().startswith("the "):
        return True  # "the president": the office's holder
    if not words or len(words) > MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return False
    return (
        any(w.lower().strip(".") in genders or w.lower().strip(".") in titles for w in words)
        or any(_ACRONYM.fullmatch(w) for w in words)
        or any(w.lower() in lexicon.words("organization_words.txt") for w in words)
        # proper nouns by the Brill lexicon, or words it does not know at all ("Romney", "Putin")
        or (all(_proper(w) for w in words) and (len(words) == 1 or not all(lexicon.tag_of(w.lower()) for w in words)))
    )


def _titles() -> frozenset[str]:
    """Honorifics and offices: "Mr", "Sen", "president"."""
    return lexicon.words("honorifics.txt") | lexicon.words("role_words.txt")


def _proper(word: str) -> bool:
    """A proper noun by the Brill lexicon as written, or a capitalised word it does not know at all."""
    return lexicon.tag_of(word) in ("NNP", "NNPS") or not (lexicon.tag_of(word) or lexicon.tag_of(word.lower()))


def _find(text: str, target: str) -> tuple[int, int] | None:
    """Where the statement mentions the target: the whole of it, else its last word (a surname) where no
    other given name stands before it ("Bill Clinton" is not Hillary Clinton)."""
    m = re.search(r"(?<!\w)" + re.escape(target) + r"(?!\w)", text, re.IGNORECASE)
    if m:
        return m.span()
    parts = target.split()
    if len(parts) < 2:
        return None
    titles = _titles()
    for m in re.finditer(r"(?<!\w)" + re.escape(parts[-1]) + r"(?!\w)", text):
        before = text[: m.start()].split()
        other = before[-1] if before else ""
        opens = len(before) < 2 or before[-2][-1:] in ".!?:“\""
        if other[:1].isupper() and other.lower().strip(".") not in titles and other.lower() != parts[0].lower() and not opens:
            continue  # another given name before the surname: someone else of that name ("Bill Clinton")
        return m.span()
    return None


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), len(text))
    return left, right


@dataclass(frozen=True)
class Reading:
    features: dict[str, float]
    clause: str


def read(text: str, target: str, cue_score: float = 0.0) -> Reading:
    """The features of a statement toward `target` (see the module docstring)."""
    span = _find(text, target) or (0, 0)
    start, end = span
    c0, c1 = _clause(text, start, end)
    clause = text[c0:c1]
    before = " ".join(text[:start].split()[-NEAR_WORDS:])
    after = " ".join(text[end:].split()[:NEAR_WORDS])
    rest = (text[:start] + " " + text[end:]).strip()
    quoted = text.count("“", 0, start) > text.count("”", 0, start) or text.count('"', 0, start) % 2 == 1
    speaks = bool(re.match(r"\s*(?:\w+\s+)?(?:said|says|told|added|wrote|argued|claimed|insisted)\b", text[end:]))
    none = {"neg": 0.0, "pos": 0.0, "compound": 0.0}
    in_clause = vader_scores(clause) if clause.strip() else none  # each scorer once per stretch of text
    in_rest = vader_scores(rest) if rest else none
    tb_clause = textblob_scores(clause)[:2] if clause.strip() else (0.0, 0.0)
    features = {
        "bias": 1.0,
        "vader_clause_neg": in_clause["neg"],
        "vader_clause_pos": in_clause["pos"],
        "textblob_before": textblob_scores(before)[0] if before else 0.0,
        "textblob_after": textblob_scores(after)[0] if after else 0.0,
        "speaks": float(speaks),
        "vader_sentence_neg": in_rest["neg"],
        "vader_sentence_pos": in_rest["pos"],
        "subjectivity_clause": tb_clause[1],
        "opens_times_clause": float(start <= 3) * in_clause["compound"],
        "vader_sentence": in_rest["compound"],
        "vader_clause": in_clause["compound"],
        "vader_before": vader_compound(before) if before else 0.0,
        "vader_after": vader_compound(after) if after else 0.0,
        "textblob_sentence": textblob_scores(text)[0],
        "textblob_clause": tb_clause[0],
        "cues": max(-1.0, min(1.0, cue_score)),
        "found": float(span != (0, 0)),
        "opens": float(start <= 3),
        "quoted": float(quoted),
        "long": min(len(text.split()) / 50, 1.0),
    }
    return Reading(features, clause)


def clause_words(clause: str) -> list[str]:
    """The clause's words as the learned word weights read them: lower case, no stopwords."""
    stop = lexicon.words("stopwords.txt")
    return [w for w in re.findall(r"[a-z][a-z'-]+", clause.lower().replace("’", "'")) if w not in stop]


def with_words(features: dict[str, float], clause: str, words: dict[str, tuple[float, float]]) -> dict[str, float]:
    """The features plus what the learned word weights say of the clause: the mean, over its words the
    weights know, of each word's lean toward negative and toward positive (log-odds against the rest)."""
    known = [words[w] for w in clause_words(clause) if w in words]
    neg = sum(k[0] for k in known) / len(known) if known else 0.0
    pos = sum(k[1] for k in known) / len(known) if known else 0.0
    return {**features, "words_negative": neg, "words_positive": pos}


@dataclass(frozen=True)
class Model:
    weights: dict[str, dict[str, float]]  # label -> feature -> weight
    words: dict[str, tuple[float, float]]  # word -> (lean toward negative, toward positive)

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        z = {label: sum(w.get(k, 0.0) * v for k, v in features.items()) for label, w in self.weights.items()}
        top = max(z.values())
        e = {label: math.exp(value - top) for label, value in z.items()}
        total = sum(e.values())
        return {label: value / total for label, value in e.items()}


@lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The shipped model, or None when its file is absent (then the sentence's VADER score decides)."""
    data = lexicon.load_model(MODEL_FILE)
    if data is None:
        return None
    return Model({label: dict(w) for label, w in data["weights"].items()}, {w: tuple(v) for w, v in data.get("words", {}).items()})


def _evidence(clause: str) -> str:
    """The scored words of the mention's clause, strongest first: "lied (VADER -1.6); honest (TextBlob
    +0.60)"."""
    scored = [(" ".join(words), value, "TextBlob") for words, value, _s, _l in textblob_assessments(clause)]
    seen = {w for w, _, _ in scored}
    for word in re.findall(r"[a-z']+", clause.lower()):
        valence = vader_valence(word)
        if valence is not None and word not in seen:
            scored.append((word, valence / 4, "VADER"))
            seen.add(word)
    scored.sort(key=lambda item: -abs(item[1]))
    return "; ".join(f"{word} ({source} {value:+.2f})" for word, value, source in scored[:3])


def stance_toward(text: str, target: str, issue: Stance) -> Stance:
    """The statement's stance toward the person or organisation `target` (`issue` is what the issue cues
    read in it): judged from the words about the mention where the statement names them; a statement that
    does not is neutral toward them."""
    reading = read(text, target, issue.score)
    if not reading.features["found"]:
        return Stance("neutral", 0.0, f"{target} not mentioned", False)
    model = default_model()
    if model is None:
        p = {"supportive": max(0.0, reading.features["vader_sentence"]), "skeptical": max(0.0, -reading.features["vader_sentence"])}
        p["neutral"] = 1.0 - p["supportive"] - p["skeptical"]
    else:
        p = model.probabilities(with_words(reading.features, reading.clause, model.words))
    label = max(p, key=p.get)
    words = _evidence(reading.clause)
    why = f"toward {target}: the words about the mention" + (f" ({words})" if words else "") + f"; p({label}) {p[label]:.2f}"
    return Stance(label, round(p["supportive"] - p["skeptical"], 3), why, True)


def names_a_voice(target: str, voices: list[str]) -> bool:
    """Is the target one of the article's voices ("Winner" for the voice "Reality Winner", "Jane Roe")?"""
    low = target.strip().lower()
    return any(v.lower() == low or v.lower().split()[-1:] == low.split()[-1:] == [low] for v in voices if v)
