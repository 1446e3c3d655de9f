"""What a reader might judge the article's stances against: ``suggest_targets(text)``.

Two kinds of candidate, ranked together:

- **issue phrases**: noun phrases of the article's title, headings and lead ("security guarantees",
  "the FBI's email inquiry" -> "email inquiry"), found by part of speech (TextBlob's shipped Brill
  lexicon: adjectives and nouns ending in a common noun), scored by how often the whole article repeats
  the phrase and its head noun, with a bonus where the title or the lead names it;
- **actors**: the people and organisations the article is about, as the engine names its voices (canonical
  names: "Volodymyr Zelensky", not "Zelensky"), scored by how often the article names them (by the last
  word of their name) and how many statements they hold.

Each suggestion says why it was suggested. The best issue phrase is the article's default target
(``stance.main_issue`` falls back to the most repeated word pair when no phrase qualifies).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .. import lexicon

MAX_SUGGESTIONS = 8
MIN_SUGGESTIONS = 3
MAX_PHRASE_WORDS = 4
LEAD_PARAGRAPHS = 2
TITLE_BONUS = 3.0
SINGLE_WORD_WEIGHT = 0.5
LEAD_BONUS = 1.0
NOUN_TAGS = frozenset({"NN", "NNS"})
MODIFIER_TAGS = frozenset({"JJ", "NN", "NNS", "NNP", "NNPS", "VBG", "JJR"})
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


# Words that make a phrase a time or a quantity, not an issue ("few weeks", "thousands", "last year").
NOT_ISSUE_WORDS = frozenset(
    "morning afternoon evening night day days week weeks month months year years time times today "
    "yesterday tomorrow weekend few many several thousands hundreds millions dozens percent lot lots".split()
)


def _mostly_capitalised(phrase: str, text: str) -> bool:
    """Is a one-word phrase a name the article capitalises wherever it stands inside a sentence ("Trump",
    "Graham", whom the Brill lexicon knows as common nouns)?"""
    if " " in phrase:
        return False
    inside = re.findall(r"(?<=[a-z,;] )(" + re.escape(phrase) + r")\b", text, re.IGNORECASE)
    return bool(inside) and sum(w[:1].isupper() for w in inside) > len(inside) / 2


@dataclass(frozen=True)
class Suggestion:
    """A target a reader might pick, with its kind ("issue", "person", "organization"), score and why."""

    phrase: str
    kind: str
    score: float
    why: str


def _tag(word: str, *, title_case: bool = False) -> str:
    """The word's part of speech as written (Brill), guessing for words the lexicon lacks: a capitalised
    word is a proper noun, a lower-case one a noun. In a title-case line ("Watch The Best Moments") a
    word is read as its lower-case form first."""
    found = (lexicon.tag_of(word.lower()) or lexicon.tag_of(word)) if title_case else (lexicon.tag_of(word) or lexicon.tag_of(word.lower()))
    if found:
        return found
    return "NNP" if word[:1].isupper() else "NN"


def _phrases(line: str, *, single: bool = False) -> list[str]:
    """Noun phrases of one line: runs of modifiers ending in a common noun, at most MAX_PHRASE_WORDS,
    without stopwords; common words lower-cased, proper nouns as written ("Clinton email scandal").
    With `single`, a lone common noun counts too ("bullying" in a title)."""
    stop = lexicon.words("stopwords.txt")
    words = _WORD.findall(line.replace("’", "'"))
    title_case = len(words) > 2 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)
    found, run = [], []
    for word in words + ["."]:
        clean = re.sub(r"'s$", "", word)
        tag = _tag(clean, title_case=title_case) if clean.lower() not in stop else ""
        if tag in MODIFIER_TAGS and len(clean) > 2:
            run.append((clean, tag))
            continue
        # every stretch of the run that ends in a common noun: "harbour tolls" inside "Harbour Tolls Split"
        shortest = 1 if single else 2
        for end in range(len(run), 0, -1):
            if run[end - 1][1] not in NOUN_TAGS or (not title_case and end < len(run) and run[end][1] in NOUN_TAGS):
                continue  # a stretch ends in a noun that ends its phrase: not "housing" of "housing bill"
                # (in a title-case line the tags are guesses: "Tolls Split" may end at "Tolls")
            for start in range(max(0, end - MAX_PHRASE_WORDS), end - shortest + 1):
                if run[start][1] == "VBG":
                    continue  # "sweeping housing bill": the phrase is the housing bill
                kept = run[start:end]
                if len(kept) == 1 and len(kept[0][0]) <= 3:
                    continue
                if not all(t in ("NNP", "NNPS") for _, t in kept):
                    found.append(" ".join(w if t.startswith("NNP") and not title_case else w.lower() for w, t in kept))
        run = []
    return found


BYLINE = re.compile(r"^(by|updated|published|posted|share|photo|image)\b", re.IGNORECASE)


def _blocks(text: str) -> list[str]:
    """The text's lines, without bylines, dates and credits ("By Jane Doe and Tom Roe, Staff Reporters")."""
    return [block.strip() for block in re.split(r"\n\s*\n|\n", text) if block.strip() and not BYLINE.match(block.strip())]


def issue_phrases(text: str) -> list[Suggestion]:
    """Issue phrases of the title, headings and lead, best first (see the module docstring)."""
    blocks = _blocks(text)
    if not blocks:
        return []
    low = text.lower().replace("’", "'")
    title = blocks[0] if len(blocks) > 1 and len(blocks[0].split()) <= 20 else ""
    headings = [b for b in blocks[1:] if len(b.split()) <= 8 and not b.rstrip().endswith((".", "?", "!", ":"))]
    lead = [b for b in blocks if b != title and b not in headings][:LEAD_PARAGRAPHS]
    where: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for place, lines in (("title", [title] if title else []), ("a heading", headings), ("the lead", lead)):
        for line in lines:
            for phrase in _phrases(line, single=place == "title"):
                where.setdefault(phrase.lower(), set()).add(place)
                written.setdefault(phrase.lower(), phrase)
    heads = Counter(w for w in _WORD.findall(low))
    not_issues = lexicon.words("time_words.txt") | NOT_ISSUE_WORDS
    found = []
    for phrase, places in where.items():
        if any(w in not_issues for w in phrase.split()) or _mostly_capitalised(phrase, text):
            continue  # "Thursday morning", "few weeks", "thousands"; "trump" is Trump, a name
        count = len(re.findall(r"\b" + re.escape(phrase) + r"\b", low))
        if count < 2 or (len(phrase.split()) == 1 and count < 3):
            continue  # named once: a detail, not the issue
        head = phrase.split()[-1]
        score = count + 0.25 * heads[head] + TITLE_BONUS * ("title" in places) + LEAD_BONUS * ("the lead" in places)
        score *= SINGLE_WORD_WEIGHT if " " not in phrase else 1.0  # "council" says less than "harbour tolls"
        why = f"in {' and '.join(sorted(places))}; {count} time{'s' * (count != 1)} in the article"
        found.append(Suggestion(written[phrase], "issue", round(score, 2), why))
    found.sort(key=lambda s: (-s.score, s.phrase))
    # a phrase inside a better one adds nothing ("guarantees" under "security guarantees")
    kept: list[Suggestion] = []
    for s in found:
        mine = f" {s.phrase.lower()} "
        if not any(mine in f" {k.phrase.lower()} " or f" {k.phrase.lower()} " in mine for k in kept):
            kept.append(s)
    return kept


def actors(frame, text: str) -> list[Suggestion]:
    """The people and organisations among the article's voices, by how often the article names them."""
    from .. import schema as S

    if frame is None or frame.empty:
        return []
    counts = frame[frame[S.SPEAKER_KIND].isin(["person", "organization"])].groupby([S.SPEAKER, S.SPEAKER_KIND]).size()
    found = []
    for (name, kind), statements in counts.items():
        if not name[:1].isupper():
            continue  # a description ("a campaign aide"), not someone the article is about
        last = name.split()[-1]
        named = len(re.findall(r"\b" + re.escape(last) + r"\b", text))
        if named + statements < 3:
            continue
        score = named + statements
        why = f"speaks in {statements} statement{'s' * (statements != 1)}; named {named} time{'s' * (named != 1)}"
        found.append(Suggestion(name, kind, float(score), why))
    found.sort(key=lambda s: (-s.score, s.phrase))
    return found


def suggest_targets(text: str, *, frame=None, limit: int = MAX_SUGGESTIONS) -> list[Suggestion]:
    """Ranked targets for the article: its issue phrases first (the best is the default target), then the
    people and organisations it is about. `frame` is the article's analysis, if the caller has it (else
    it is computed); between MIN_SUGGESTIONS and `limit` suggestions when the article has that many."""
    if frame is None and text.strip():
        from ..pipeline import analyze

        frame = analyze(text)
    people = actors(frame, text)
    names = [f" {a.phrase.lower()} " for a in people]
    issues = [s for s in issue_phrases(text) if not any(f" {s.phrase.lower()} " in name for name in names)]
    half = max(limit // 2, limit - len(people))
    chosen = issues[:half]
    chosen += people[: limit - len(chosen)]
    chosen += [s for s in issues[half:] if s not in chosen][: max(0, MIN_SUGGESTIONS - len(chosen))]
    return chosen[:limit]
