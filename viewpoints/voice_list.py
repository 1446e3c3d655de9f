"""One article's voices as a reader would list them, settled once all its statements are attributed.

The rules (attribution.py and the modules it calls) propose a speaker for each statement, one sentence
at a time. Looking at the whole article afterwards, two things are settled here:

1. **Which proposals name no one.** A small logistic model (`data/models/voice_filter.json`, trained on
   PolNeAR train by ``python -m viewpoints.evaluation.train_voice_filter``) scores each proposed voice
   from what the rules already know: the phrase's shape (case, numbers, length), the lexicon class of
   its head word, the kind the rules gave it, how its statements were tied to it (reported, quoted,
   continued; a plain "said") and whether the article names it in its own words. A voice scoring
   below the model's threshold is no source of the article (a building, a number, a clause fragment,
   "it"): its statements go back to the author's narration.
2. **One person, one voice.** A voice whose words are the ending of exactly one other voice's words
   ("Pence" and "Mike Pence", "the campaign" and "the Sanders campaign") is merged into that fuller
   name; where two fuller names share the ending ("Bush": "Jeb Bush" and "George W. Bush") nothing is
   merged. Joint voices ("Rubio and his advisers") are never merge targets.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from . import schema as S

MODEL_FILE = "voice_filter.json"
# Leading words a name is compared without (as a reader does: "Sen. Pence" is "Pence").
LEADING = frozenset("the a an mr mrs ms dr sen rep gov president senator".split())  # not "former", "top", "U.S.": they tell groups apart
PLAIN_CUES = frozenset("said says say told tells according added adds wrote writes".split())
_POSSESSIVE = re.compile(r"['’]s\b")
_EDGE = "\"'“”‘’()[]{},.;:!?"
_DIGIT = re.compile(r"\d|%")
_GLUED = re.compile(r"[a-z]{2}[A-Z][a-z]")  # "FoleyFlagShare": words run together (not "McCain", "DeVos")
_OPENERS = frozenset('.!?:\n“"')  # what stands just before a sentence's or a line's first word
_RELATIVE_INSIDE = re.compile(r"\s(that|who|which|whose)\s", re.IGNORECASE)
# Words that with US states make up a place, not a voice: "Florida and Ohio", "South Carolina", "the Midwest"
PLACE_GLUE = frozenset("and or & the of north south east west northern southern eastern western midwest midwestern rust belt sun".split())
FUNCTION_ENDINGS = frozenset("that who which whose whom when where and or of to for the a an with".split())
# Brill tags of a capitalised word that is not a name when alone: verbs, adverbs, adjectives, interjections
# ("Look", "Especially", "Ready", "Wow": a sentence's first word read as its subject)
COMMON_TAGS = frozenset("VB VBD VBG VBN VBP VBZ RB RBR RBS JJ JJR JJS UH MD IN DT CC PRP WDT WP WRB".split())
FINITE_TAGS = frozenset("VBZ VBD VBP".split())
# before these a "verb" is a noun: "special needs", "the works", "of rights"
NOUN_MODIFIER_TAGS = frozenset("JJ JJR JJS DT IN PRP$ CD POS".split())  # "wants", "ran", "sit": a verb with its subject, a clause
RELATIVES = frozenset("who that which whose whom".split())
# A voice made only of these names no one a reader could find: "it", "You", "those who", "That".
NOBODY = frozenset("i me we us you he him she her it they them this that these those who which whom what percent".split())


def words(phrase: str) -> tuple[str, ...]:
    """A name's words as compared here: lower case, possessive and leading titles dropped."""
    tokens = [t.strip(_EDGE) for t in _POSSESSIVE.sub("", phrase.lower().replace("’", "'")).split()]
    tokens = [t for t in tokens if t]
    while tokens and tokens[0].rstrip(".") in LEADING:
        tokens = tokens[1:]
    return tuple(tokens)


def _ends_with(phrase: Sequence[str], ending: Sequence[str]) -> bool:
    return 0 < len(ending) < len(phrase) and tuple(phrase[len(phrase) - len(ending) :]) == tuple(ending)


def _joint(name: str) -> bool:
    return " and " in name or " & " in name


# --- 1. features and the model ----------------------------------------------------------------------


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
        "joint": float(_joint(voice.name)),
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
        "glued": float(bool(_GLUED.search(voice.name))),
        "proper_words": float(bool(capitalised) and all(lexicon.tag_of(w.strip(_EDGE)).startswith("NNP") for w in capitalised)),
        "common_capital": float(any(lexicon.tag_of(w.strip(_EDGE)) in COMMON_TAGS for w in capitalised)),
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
    """The shipped model, or None when its file is absent (then every proposal is kept)."""
    path = lexicon.DATA_DIR / "models" / MODEL_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        return None
    except ValueError as exc:
        raise lexicon.LexiconError(f"model file {path} cannot be read ({exc})") from exc
    return Model(weights=dict(data["weights"]), threshold=float(data["threshold"]), head_prior=dict(data.get("head_prior", {})))


# --- the article's voices ---------------------------------------------------------------------------


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


def _only_opening(name: str, text: str) -> bool:
    """Does the article spell `name` only where a sentence or a line opens ("Ready to ...")?"""
    found = [m.start() for m in re.finditer(re.escape(name), text)]
    return bool(found) and all(at == 0 or text[max(0, at - 3) : at].rstrip(" \t")[-1:] in _OPENERS for at in found)


def proposed(rows: list[dict], text: str) -> list[Voice]:
    """Every non-author speaker of the statements, with what the filter reads of it."""
    headline = text.lstrip().split("\n", 1)[0]
    by_name: dict[str, list[dict]] = {}
    for row in rows:
        if row[S.SPEAKER] != S.AUTHOR:
            by_name.setdefault(row[S.SPEAKER], []).append(row)
    keys = {name: words(name) for name in by_name}
    result = []
    for name, own in by_name.items():
        kinds = [r[S.SPEAKER_KIND] for r in own]
        result.append(
            Voice(
                name=name,
                kind=max(set(kinds), key=kinds.count),
                statements=len(own),
                reported=sum(r[S.ATTRIBUTION] == "reported" for r in own),
                direct=sum(r[S.ATTRIBUTION] == "direct" for r in own),
                continued=sum(r[S.ATTRIBUTION] == "continuation" for r in own),
                plain_cue=sum(bool(PLAIN_CUES & set(r[S.CUE].lower().split())) for r in own),
                speech_cue=sum(_cue_class(r) == "speech" for r in own),
                attitude_cue=sum(_cue_class(r) == "attitude" for r in own),
                colon_cue=sum(_cue_class(r) == "colon" for r in own),
                colon_number=sum(_colon_number(r) for r in own),
                in_text=text.count(name),
                in_headline=name in headline,
                nested=any(_ends_with(other, keys[name]) for other in keys.values()),
                sentence_initial=_only_opening(name, text),
            )
        )
    return result


def names_no_one(name: str) -> bool:
    """The name alone says it names no one: only pronouns and demonstratives ("it", "You", "those who")
    or "percent" without its number; places joined ("Florida and Ohio", "Midwest and Western"); or
    words run together twice over, as a comment thread's buttons are ("Jane RoeFlagShareLikeReplyTom Doe")."""
    low = [w.strip(_EDGE) for w in name.lower().split()]
    if not low or all(w in NOBODY for w in low) or len(_GLUED.findall(name)) >= 2:
        return True
    return _places(low) and any(w in {"and", "or", "&"} for w in low)


def _places(low: list[str]) -> bool:
    """Are these words only US states and the words that join or orient them ("South Carolina",
    "Florida and Ohio")?"""
    states = lexicon.words("us_states.txt")
    return " ".join(low) in states or (
        any(w in states or f"{a} {w}" in states for a, w in zip([""] + low, low))
        and all(w in states or w in PLACE_GLUE or any(w in s.split() for s in states) for w in low)
    )


def nobody(voice: Voice) -> bool:
    """Names no one, whatever the model says: `names_no_one`, or by what the article does with the name:
    one capitalised word the Brill lexicon tags as a verb, adverb or adjective ("Look", "Especially")
    that only ever opens a sentence and never says anything plainly ("Short said" is Mr. Short); a state
    alone that never speaks plainly ("California voted", but "Texas said in its lawsuit" is Texas's
    government); and a name whose every line is a tally ("Clinton: 1,769.")."""
    if names_no_one(voice.name):
        return True
    low = [w.strip(_EDGE) for w in voice.name.lower().split()]
    plain = voice.plain_cue > 0
    if voice.kind == "person" and len(low) == 1 and voice.name[:1].isupper() and lexicon.tag_of(voice.name.strip(_EDGE)) in COMMON_TAGS:
        return voice.sentence_initial and not plain
    if _places(low):
        return not plain
    return 0 < voice.statements == voice.colon_number


def clause_at(name: str) -> int | None:
    """Where a clause starts inside a proposed name, in words: a finite verb in lower case with no
    relative pronoun before it, and the adverbs just before that verb ("Hillary Clinton wants": 2; "the
    nominee currently sits": 2; but "officials who spoke" is a description, None), or 0 when the first
    word is a verb's base form ("Get those"). None for a name."""
    raw = [w.strip(_EDGE) for w in name.split()]
    if len(raw) > 1 and lexicon.tag_of(raw[0]) == "VB":
        return 0
    for k, word in enumerate(raw):
        if word.lower() in RELATIVES:
            return None
        if word.islower() and lexicon.tag_of(word) in FINITE_TAGS and not (k and lexicon.tag_of(raw[k - 1]) in NOUN_MODIFIER_TAGS):
            while k and raw[k - 1].islower() and lexicon.tag_of(raw[k - 1]).startswith("RB"):
                k -= 1
            return k
    return None


def rejected(voices: Iterable[Voice], model: Model | None) -> set[str]:
    """Names of the voices that name no one, or that the model scores below its threshold."""
    return {
        voice.name
        for voice in voices
        if nobody(voice) or (model is not None and model.score(voice) < model.threshold)
    }


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Are `short`'s words `long`'s in order, with some left out ("donald trump" in "donald j. trump")?"""
    rest = iter(long)
    return len(short) < len(long) and all(word in rest for word in short)


def _fullest(names: Iterable[str], keyed: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Names that differ only inside ("Donald Trump", "Donald J. Trump": same first and last word, the
    shorter's words all in the longer, in order) -> the longest of them; names of equal length stay apart
    ("George H.W. Bush", "George W. Bush"; "South Korean officials", "South African officials")."""
    groups: dict[tuple[str, str], list[str]] = {}
    for name in names:
        key = keyed[name]
        if len(key) >= 2 and not _joint(name):
            groups.setdefault((key[0], key[-1]), []).append(name)
    result = {}
    for group in groups.values():
        longest = max(group, key=lambda name: (len(keyed[name]), name))
        result.update({name: longest for name in group if _inside(keyed[name], keyed[longest])})
    return result


def _genders_differ(short: str, long: str, text: str = "") -> bool:
    """ "Mrs. Smith" is not John Smith: the gender of a courtesy title, on the shorter name or before it
    in the article's text, against the fuller name's given name."""
    genders = lexicon.table("gender.txt")
    given = genders.get(words(long)[0], ()) if words(long) else ()
    if not given:
        return False
    titles = [short.split()[0]] if short.split() else []
    if text and len(short.split()) == 1:
        titles += re.findall(r"\b(Mrs?|Ms|Miss)\.?\s+" + re.escape(short) + r"\b", text)
    told = {genders.get(t.lower().strip("."), ("",))[0] for t in titles} - {""}
    return bool(told) and given[0] not in told


def merges(names: Iterable[str], text: str = "") -> dict[str, str]:
    """name -> the article's fuller name for the same voice (see the module docstring); names with no
    single fuller name are left out."""
    keyed = {name: words(name) for name in names}
    into = _fullest(keyed, keyed)
    targets = {name: key for name, key in keyed.items() if key and name not in into}
    for name, key in keyed.items():
        if not key or name in into:
            continue
        # a joint voice is a merge target only for another joint voice ("Jeb Bush and Chris Christie" into
        # "Republican hopefuls Jeb Bush and Chris Christie"), never for one of its members
        fuller = {
            other
            for other, okey in targets.items()
            if _ends_with(okey, key) and _joint(other) <= _joint(name) and not _genders_differ(name, other, text)
        }
        # keep the fullest of nested candidates ("Pence" in "Mike Pence" in "Gov. Mike Pence")
        fuller = {f for f in fuller if not any(_ends_with(targets[g], targets[f]) for g in fuller if g != f)}
        if len(fuller) == 1:
            into[name] = fuller.pop()
    return into


TRAILING = frozenset("that who which whose whom the a an all both".split())


def tidy(name: str) -> str:
    """A proposed name without the clause the rules let run into it ("Hillary Clinton wants" is Hillary
    Clinton, "leads many cyber experts" many cyber experts; see `clause_at`) or a relative pronoun left
    on its end ("the government that"), nor an article, "all" or a weekday ("Outside the", "Roe
Sunday"). "" when nothing of a name is left."""
    parts = name.split()
    at = clause_at(name)
    if at:
        parts = parts[:at]
    elif at == 0 and (parts[0][:1].islower() or not any(p[:1].isupper() for p in parts[1:])):
        # the verb came first: its object is who was meant ("leads many experts", "Get those"); but "Save
        # the Children" and "Keep Britain Tidy" are names
        parts = parts[1:]
        if parts and parts[0].lower() == "that":
            parts = parts[1:]
    while len(parts) > 1 and ((parts[-1].islower() and parts[-1].strip(_EDGE) in TRAILING) or parts[-1].lower().strip(_EDGE) in _lex("time_words.txt")):
        parts.pop()  # "the government that", "Outside the", "Roe Sunday"
    return " ".join(parts)


def settle(rows: list[dict], text: str, *, model: Model | None = None) -> list[dict]:
    """The statements with each voice settled (see the module docstring); `rows` is changed in place
    and returned. `model` defaults to the shipped one."""
    model = model if model is not None else default_model()
    for row in rows:
        if row[S.SPEAKER] != S.AUTHOR:
            row[S.SPEAKER] = tidy(row[S.SPEAKER])
    drop = rejected(proposed(rows, text), model)
    for row in rows:
        if row[S.SPEAKER] in drop:
            row.update({S.SPEAKER: S.AUTHOR, S.SPEAKER_KIND: "author", S.SPEAKER_ROLE: "", S.ATTRIBUTION: "narration", S.CUE: ""})
    names = {row[S.SPEAKER] for row in rows if row[S.SPEAKER] != S.AUTHOR}
    into = merges(names, text)
    if into:
        canonical = {}
        for row in rows:  # the fuller name's kind and role, from its first statement
            canonical.setdefault(row[S.SPEAKER], (row[S.SPEAKER_KIND], row[S.SPEAKER_ROLE]))
        for row in rows:
            target = into.get(row[S.SPEAKER])
            if target:
                kind, role = canonical[target]
                row.update({S.SPEAKER: target, S.SPEAKER_KIND: kind, S.SPEAKER_ROLE: row[S.SPEAKER_ROLE] or role})
    return rows
