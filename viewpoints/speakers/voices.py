"""One statement per voice: a sentence that joins two speakers' views is cut between them.

"Video of the stop shows him raising his hands, but Shelby said he refused to comply." holds two views,
each with its own speaker: the video's and Shelby's. A statement carries one speaker, so the sentence
is cut where the second clause begins, when

- the two parts are joined by a semicolon, or by a comma and "but", "and", "while", "whereas",
  "yet" or "though" ("..., but Shelby said ...");
- the second part opens with its own subject and cue ("Shelby said", "critics argue"), and the first
  part has a cue of its own (a sentence of narration followed by "but officials said" is left whole:
  the cue there reports on the whole sentence);
- the two subjects end in different words ("Doe ..., and Roe said", but not "Jane Doe said ..., and
  Doe added").

Quoted words never cut. The parts keep the sentence's characters exactly, so statements still cover
the text without overlapping.
"""

from __future__ import annotations

from ..text.tokens import Token, quote_spans, tokenize
from .cues import Cue, find_cue
from .names import DETERMINERS, NUMBER_WORDS, QUANTIFIERS
from .phrases import QUANTITY_NOUNS

JOINERS = frozenset({"but", "and", "while", "whereas", "yet", "though"})
_JOINER_MARKS = tuple(f", {word} " for word in JOINERS)  # what a sentence holds where it may be cut
# the words of a share before the people it counts: "55 percent of all", "more than half of the"
SHARE_WORDS = DETERMINERS | QUANTIFIERS | NUMBER_WORDS | QUANTITY_NOUNS | {"of", "in", "out", "thirds", "quarters", "only", "just", "about", "nearly", "almost", "roughly", "over", "more", "than", "fewer", "less", "full"}
MIN_PART_WORDS = 3  # a part shorter than this is no clause of its own


def split_voices(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence `spans` of one paragraph of `text`, each cut where a second voice begins."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        out.extend(_cut(text, start, end))
    return out


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    sentence = text[start:end]
    if ";" not in sentence and not any(mark in sentence for mark in _JOINER_MARKS):
        return [(start, end)]  # the common case: no place to cut, no tokenising
    tokens = tokenize(sentence, offset=start, quotes=[(s + start, e + start) for s, e in quote_spans(sentence)])
    parts: list[tuple[int, int]] = []
    first = 0  # index of the first token of the part being read
    for k in _joints(tokens):
        if k <= first:
            continue
        opening = k + 1 if tokens[k].text == ";" else k + 2  # the second part starts after the joiner
        left, right = tokens[first:k], tokens[opening:]
        if _words(left) < MIN_PART_WORDS or _words(right) < MIN_PART_WORDS:
            continue
        second = find_cue(right)
        if second is None or not _opens_with_subject(second, right):
            continue
        first_cue = find_cue(left)
        if first_cue is None or _written(first_cue) == _written(second):
            continue
        parts.append((tokens[first].start, tokens[k].end))  # the first part keeps its comma or semicolon
        first = k + 1
    parts.append((tokens[first].start if first < len(tokens) else start, end))
    return parts


def _joints(tokens: list[Token]) -> list[int]:
    """Indices of the semicolons and of the commas before a joining word, outside quotations."""
    found = []
    for k, t in enumerate(tokens[:-1]):
        if t.quoted:
            continue
        if t.text == ";" or (t.text == "," and tokens[k + 1].low in JOINERS and not tokens[k + 1].quoted):
            found.append(k)
    return found


def _opens_with_subject(cue: Cue, part: list[Token]) -> bool:
    """Does the part's cue have its subject first ("Shelby said", "critics argue that"), or after the
    share that counts it ("55 percent of all voters say", "most of the others said")?"""
    words = [t for t in part if t.is_word]
    if not cue.subject or cue.adjunct or not words:
        return False
    before = [t for t in words if t.start < cue.subject[0].start]
    return all(t.text[0].isdigit() or t.low in SHARE_WORDS for t in before)


def _written(cue: Cue) -> str:
    """The subject's last word, which a short form keeps ("Jane Doe" ... "Doe")."""
    return cue.subject[-1].low if cue.subject else ""


def _words(tokens: list[Token]) -> int:
    return sum(t.is_word for t in tokens)
