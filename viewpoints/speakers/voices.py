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

A leading subordinate clause is cut off the same way when it holds its own subject's report and the main
clause names someone else ("Though Doe has called the plan fair, the Ledger reported that ..."), or "he"
or "she" ("While Doe admitted ..., she said": both parts hers); not when the main clause's speaker is
"they", "we", "you" or "it" ("When reporters called the office, they said ...": not surely the
reporters), nor when the main clause's frame is parenthetical ("Because the mayor rejected the deal,
union leaders said, workers will strike"), nor after "if" or "unless" (a condition reports nothing), nor
when the clause only reports the main one ("As Doe noted, the gap is vast": Doe's, whole).

Quoted words never cut. The parts keep the sentence's characters exactly, so statements still cover
the text without overlapping.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon
from ..text.tokens import OPENING_MARKS, Token, quote_spans, tokenize
from .cues import Cue, find_cue, subordinate_end
from .names import DETERMINERS, NUMBER_WORDS, QUANTIFIERS
from .phrases import QUANTITY_NOUNS

JOINERS = frozenset({"but", "and", "while", "whereas", "yet", "though"})
_JOINER_MARKS = tuple(f", {word} " for word in JOINERS)  # what a sentence holds where it may be cut
# the words of a share before the people it counts: "55 percent of all", "more than half of the"
SHARE_WORDS = DETERMINERS | QUANTIFIERS | NUMBER_WORDS | QUANTITY_NOUNS | {"of", "in", "out", "thirds", "quarters", "only", "just", "about", "nearly", "almost", "roughly", "over", "more", "than", "fewer", "less", "full"}
UNBOUND_PRONOUNS = frozenset({"they", "we", "you", "it"})  # after a leading clause, not surely its subject
MIN_PART_WORDS = 3  # a part shorter than this is no clause of its own


def split_voices(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence `spans` of one paragraph of `text`, each cut where a second voice begins."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        out.extend(_cut(text, start, end))
    return out


LEADING_JOINERS = ("and", "but", "yet", "so")  # may stand before a leading clause's opener: "But while ..."
# Openers of subordinators.txt after which a clause is not cut off: a condition says nothing happened
# ("If the mayor claims it is safe, engineers say ..."), and "that said" is a sentence adverb. "As"
# stays: "As Doe noted in March, critics say ..." holds two reports (left whole, PolNeAR train lost
# 0.0003 named and dev 0.0006); "As Doe noted, the gap is vast" has one and is never cut.
NOT_CUT = frozenset({"if", "unless", "even if", "that said", "having said"})


@cache
def _openers() -> tuple[tuple[str, ...], ...]:
    """The words of each opener of a leading clause that may be cut off, longest first."""
    return tuple(sorted((tuple(s.split()) for s in lexicon.words("subordinators.txt") - NOT_CUT), key=len, reverse=True))


@cache
def _leading() -> re.Pattern[str]:
    """What opens a leading subordinate clause that may be cut off ("While Doe praised it, Roe said
    ..."), maybe after a quotation mark and "But": read before tokenising, so that a sentence that
    cannot be cut costs no more than before."""
    openers = "|".join(r"\s+".join(map(re.escape, words)) for words in _openers())
    return re.compile(rf"^\W*(?:(?:{'|'.join(LEADING_JOINERS)})\s+)?(?:{openers})\b", re.IGNORECASE)


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    sentence = text[start:end]
    leading = _leading().match(sentence) is not None
    if not leading and ";" not in sentence and not any(mark in sentence for mark in _JOINER_MARKS):
        return [(start, end)]  # the common case: no place to cut, no tokenising
    tokens = tokenize(sentence, offset=start, quotes=[(s + start, e + start) for s, e in quote_spans(sentence)])
    parts: list[tuple[int, int]] = []
    first = 0  # index of the first token of the part being read
    joints = _joints(tokens)
    clause_end = subordinate_end(tokens) if leading else 0
    lead = clause_end - 1 if clause_end and tokens[clause_end - 1].text == "," else -1  # the leading clause's comma
    if lead >= 0:
        joints = sorted({*joints, lead})
    for k in joints:
        if k <= first:
            continue
        # the second part starts after the joiner (after the comma closing a leading clause)
        opening = k + 1 if tokens[k].text == ";" or k == lead else k + 2
        left, right = tokens[first:k], tokens[opening:]
        if _words(left) < MIN_PART_WORDS or _words(right) < MIN_PART_WORDS:
            continue
        second = find_cue(right)
        if second is None or not _opens_with_subject(second, right):
            continue
        first_cue = find_cue(left)
        if first_cue is None or _written(first_cue) == _written(second):
            continue
        if k == lead and (not _leading_report(first_cue, left) or second.subject[0].low in UNBOUND_PRONOUNS or _parenthetical(second, right)):
            continue  # "When reporters called the office, they said ...": "they" need not be the reporters
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


def _leading_report(cue: Cue, clause: list[Token]) -> bool:
    """Is a leading subordinate clause its subject's own report: the subject opening the clause, then a
    verb with words after it ("While Doe praised the plan,", "Though Kaine has described himself as
    ...")? Not a noun ("After the Paris attacks,", "When asked whether the President's insistence ...")."""
    words = [t for t in clause if t.is_word]
    at = 1 if words and words[0].low in LEADING_JOINERS else 0  # "But while ...", "So when ..."
    opener = next((o for o in _openers() if tuple(t.low for t in words[at : at + len(o)]) == o), None)
    if opener is None or not cue.subject or cue.adjunct:
        return False
    at += len(opener)
    verb = next((k for k, t in enumerate(words) if t.start == cue.start), None)
    # the verb has words after it in the clause: "After the Paris attacks," has none
    return verb is not None and verb < len(words) - 1 and words[verb].text.islower() and at < len(words) and cue.subject[0] is words[at]


def _parenthetical(cue: Cue, part: list[Token]) -> bool:
    """Is the part's cue a parenthetical frame, its verb followed by a comma ("Because the mayor
    rejected the deal, union leaders said, workers will strike": the frame reports the whole sentence)?"""
    after = next((k + 1 for k, t in enumerate(part) if t.start == cue.start), None)
    # not a comma before the speaker's quotation: 'Tom Baker said, “We were floored.”'
    return after is not None and after + 1 < len(part) and part[after].text == "," and not part[after + 1].quoted and part[after + 1].text not in OPENING_MARKS


def _written(cue: Cue) -> str:
    """The subject's last word, which a short form keeps ("Jane Doe" ... "Doe")."""
    return cue.subject[-1].low if cue.subject else ""


def _words(tokens: list[Token]) -> int:
    return sum(t.is_word for t in tokens)
