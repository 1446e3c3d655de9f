"""Frames outside the main clause that name a sentence's speaker.

- a short reporting clause closing the sentence after a comma (", the source added.", ", said Jane
  Doe, a lawyer."), or a closing as-clause (", as police have said.");
- an opening as-clause ("As Doe noted, ...");
- (a speaker's label before a colon, "Doe: ...", and a signature after a quotation, "” ― Jane Doe",
  are in `labels`);
- a speech verb opening the sentence, its speaker after it ('Said Doe, “...”').
"""

from __future__ import annotations

from .. import lexicon
from .clauses import scan
from .cue import Cue
from .described import AUXILIARY_WORDS
from .names import is_pronoun, is_speaker_head
from .phrases import BE_FORMS, appositive_after, forward_np, skippable
from .subject_phrase import subject_from_start
from .subjects import subject_left
from .subjects_after import subject_right
from ..text.tokens import OPENING_MARKS, Token
from .verbs import AUXILIARIES, PERFECT

PLAIN_REPORTS = frozenset({"said", "says", "say", "told", "tells", "tell"})
PASSIVE_REPORTS = frozenset({"reported", "noted", "stated", "said", "told", "written", "described", "explained"})  # "As reported by X, ..."
MAX_AFTER_CLOSING_VERB = 4  # ", Doe said in a statement."
MAX_CLOSING = 12  # tokens of a closing reporting clause: ", said Jane Doe, a lawyer for the city."
CLOSING_STOPS = frozenset({"that", "which", "who", "whom", "whose", "what", "how", "why", "because", "if", "whether", "when", "while", "but", "and"})
LEADING_CONJUNCTIONS = frozenset({"so", "but", "and", "yet", "then", "even", "only", "just"})


def closing_cue(tokens: list[Token], begin: int, title: bool) -> Cue | None:
    """ "..., the source added." and "..., said Jane Doe, a lawyer.": a short reporting clause closing
    the sentence after a comma reports all of it, whatever verb an earlier clause has."""
    adjunct = _adjunct_start(tokens, begin)
    end = adjunct or len(tokens)  # ", Doe said, adding that ...": the frame ends at the adjunct
    while end > 0 and not tokens[end - 1].is_word:
        end -= 1
    comma = next((k for k in range(end - 1, max(begin, end - MAX_CLOSING) - 1, -1) if tokens[k].text == ","), None)
    if comma is None or comma < begin or tokens[comma].quoted:
        return None
    tail = tokens[comma + 1 : end]
    if len(tail) > 2 and tail[0].low == "as" and not any(t.quoted for t in tail):
        return _as_closing(tokens, comma + 1, end)  # "..., as police have said."
    if not tail or any(t.quoted or t.low in CLOSING_STOPS for t in tail):
        return None  # "..., which he said was unfair": a relative or a "that" clause is no closing frame
    forms = lexicon.speech_verb_forms()
    verb = tail[0]
    if verb.low in forms and not verb.is_cap and not verb.low.endswith("ing"):
        # inverted: ", said Jane Doe." or ", said Jane Doe, a lawyer.", the name ending the sentence;
        # only a verb that inverts so ("Jane Doe, 54, criticized the plan." is a name, her age and her
        # verb), and not before an adjunct ("The mayor, a Democrat, said the plan failed, adding ...")
        if forms[verb.low] not in lexicon.words("inverting_verbs.txt") or adjunct:
            return None
        found = subject_right(tokens, comma + 1)
        if not found:
            return None
        after = comma + 2 + len(found[0])  # the speaker must end the sentence, or an appositive follow
        if after < end and tokens[after].text != ",":
            whole = subject_from_start(tokens, comma + 2, end)  # ", said one GOP source in the room."
            if not whole:
                return None
            found = (whole[0], "")
        if not (found[0][-1].is_cap or is_speaker_head(found[0][-1])):
            return None  # ", said the event brought back memories": a clause, not a speaker
        return Cue(verb.start, verb.end, found[0], found[1])
    # the frame is the subject and its verb, little after it: ", the source added.", ", Doe said on
    # Monday.", ", a new analysis of the filings shows."
    for verbs in (forms, lexicon.attitude_verb_forms()):
        cue = scan(tokens, comma + 1, verbs, title=title).cue
        if cue is None or not cue.subject or cue.subject[0] is not tail[0]:
            continue
        after_verb = [t for t in tokens[comma + 1 : end] if t.start > cue.start and t.is_word]
        if after_verb and after_verb[0].low == "to":
            continue  # "..., campaign aims to transform the country": a clause of its own, no frame
        if len(after_verb) <= MAX_AFTER_CLOSING_VERB and not any(t.low in forms for t in after_verb):
            return cue
    return None


def opens_with_its_own_report(tokens: list[Token], begin: int, title: bool) -> bool:
    """ "Doe said taxes rose, but prices fell, Roe said.": a sentence that opens with its own plain
    "X said" ("X also said") keeps it; a closing frame wins over other openings ("Doe had told police that ...,
    the source added.")."""
    first = scan(tokens, begin, lexicon.speech_verb_forms(), title=title).cue
    if first is None or not first.subject or first.subject[0] is not tokens[begin]:
        return False
    verb = next(k for k, t in enumerate(tokens) if t.start == first.start)
    k = verb - 1
    while k > begin and tokens[k] is not first.subject[-1] and skippable(tokens[k]) and tokens[k].low not in AUXILIARIES | PERFECT:
        k -= 1  # "Doe also said" (not "Doe had told police that ..., the source added.")
    return tokens[verb].low in PLAIN_REPORTS and tokens[k] is first.subject[-1]


def _adjunct_start(tokens: list[Token], begin: int) -> int | None:
    """Index of the sentence's last comma when a speech verb's "-ing" form opens what follows it (",
    adding that ...", ", noting that ..."): a closing frame may stand before it ("Prices fell, a Chinese
    official said, adding that ..."). None when there is none."""
    forms = lexicon.speech_verb_forms()
    for k in range(len(tokens) - 2, begin, -1):
        t = tokens[k]
        if t.text == "," and not t.quoted:
            after = tokens[k + 1]
            return k if after.low.endswith("ing") and after.low in forms and after.text.islower() and not after.quoted else None
    return None


def _as_closing(tokens: list[Token], start: int, end: int) -> Cue | None:
    """ "..., as police have said.", "..., as Doe noted in March.": a closing as-clause whose speech
    verb reports the sentence before it."""
    for v in range(start + 2, end):
        verb = tokens[v]
        if verb.low in lexicon.speech_verb_forms() and verb.text.islower():
            found = subject_left(tokens, v, start + 1)
            if found and found[0][0] is tokens[start + 1] and found[0][-1].low not in {"it", "expected"}:
                return Cue(verb.start, verb.end, found[0], found[1])
            return None
    return None


ASIDE_VERBS = frozenset({"remember", "recall"})  # "As readers will remember": an aside, no one's report


def as_someone_said(tokens: list[Token], begin: int) -> Cue | None:
    """ "As Doe noted, ...", "As one analyst put it, ...", "As the mayor warned last week, ...": an
    opening "as" clause whose speech verb gives the rest of the sentence to its subject (or, passive,
    to its agent: "As reported by the Daily, ...")."""
    first = 1 if tokens[0].low in LEADING_CONJUNCTIONS else 0  # "But as a reporter noted, ..."
    if len(tokens) <= first or tokens[first].low != "as":
        return None
    # the clause ends at the comma or colon after its verb, past any appositive ("As John Cornyn, the No.
    # 2 in the leadership, put it: ...")
    end = next((k for k in range(first + 2, len(tokens) - 1) if tokens[k].text in {",", ":"} and not tokens[k].quoted and _reports_before(tokens, k)), None)
    if end is None or (begin and end < begin - 1):
        end = begin - 1 if begin >= 3 + first and tokens[begin - 1].text == "," else None
    if end is None:
        return None
    clause = tokens[:end]
    for v in range(len(clause) - 1, first, -1):
        verb = clause[v]
        put_it = verb.low == "put" and v + 1 < len(clause) and clause[v + 1].low == "it"
        if verb.quoted or verb.is_cap or not (verb.low in lexicon.speech_verb_forms() or put_it or verb.low in {"pointed", "points"}):
            continue
        if lexicon.speech_verb_forms().get(verb.low) in ASIDE_VERBS:
            return None  # "As many readers will remember, ...", "as everyone knows": the writer's aside
        if any(t.low in {"who", "which", "that"} for t in clause[first + 1 : v]):
            return None  # "As a former census-taker who has written ...": a role, not a report
        if v + 1 < len(clause) and clause[v + 1].low == "by" and verb.low in PASSIVE_REPORTS and all(skippable(t) for t in clause[first + 1 : v]):
            agent = subject_from_start(clause, v + 2, len(clause))  # "As (first) reported by the Daily, ...": the Daily's
            return Cue(verb.start, verb.end, agent[0], "") if agent else None
        found = subject_left(clause, v, first + 1)
        if found and not (len(found[0]) == 1 and found[0][0].low == "it"):  # not "As it turned out"
            return Cue(verb.start, verb.end, found[0], found[1])
        return None
    return None


def _reports_before(tokens: list[Token], k: int) -> bool:
    """Does a speech verb, or "put it", end right before the mark at k ("As Doe noted,", "as Roe put it:")?"""
    before = tokens[k - 1]
    if before.low == "it" and k >= 2 and tokens[k - 2].low == "put":
        return True
    return before.low in lexicon.speech_verb_forms() and not before.quoted and not before.is_cap


def fronted(tokens: list[Token]) -> Cue | None:
    """ 'Said Doe, “...”', 'Added the mayor: “...”': a speech verb in the past or -s form opening the
    sentence, then its speaker and a comma or colon (not "Asked about it, Doe said", nor "Say what you
    will, ...": a participle's phrase and an imperative)."""
    if len(tokens) < 4 or not tokens[0].is_cap or tokens[0].quoted:
        return None
    low = tokens[0].low
    lemma = lexicon.speech_verb_forms().get(low)
    if not lemma or low == lemma or low.endswith("ing"):
        return None
    np, after = forward_np(tokens, 1)
    if not np or after >= len(tokens) or tokens[after].text not in {",", ":"} or any(t.quoted for t in np):
        return None
    if not (np[-1].is_cap or is_speaker_head(np[-1], plural_ok=True)) or is_pronoun(np[0]):
        return None
    # the quotation follows the speaker, or the speaker's appositive: 'Said Doe, a lawyer, “...”'
    # (not "Said Jalili, the negotiator, told reporters", nor "Noted historian Jane Doe, who wrote ...")
    for k in range(after + 1, min(len(tokens), after + MAX_CLOSING)):
        t = tokens[k]
        if _opens_quotation(t):
            if tokens[k - 1].text not in {",", ":"}:
                return None
            break
        if t.text.islower() and (lexicon.reporting_lemma(t.low) or t.low in BE_FORMS | AUXILIARY_WORDS):
            return None  # a verb of the speaker's own: "Said Jalili, the negotiator, told reporters"
    else:
        return None
    return Cue(tokens[0].start, tokens[0].end, np, appositive_after(tokens, after))


def _opens_quotation(token: Token) -> bool:
    return token.quoted or token.text in OPENING_MARKS


_CLOSING_MARKS = frozenset({"”", '"', "’", "'", "''"})
_QUOTE_ENDS = frozenset({",", "?", "!"})


def after_quotation(tokens: list[Token]) -> Cue | None:
    """ '“Stay calm,” instructed Tom Hale.', '“Not again,” sighed the mayor.': any verb in the past put
    between a quotation that closes on a comma (or "?", "!") and a speaker who ends the sentence reports
    the quotation, though it is no speech verb of the lexicon (those are `clauses`' reading)."""
    for v in range(2, len(tokens) - 1):
        verb = tokens[v]
        if tokens[v - 1].text not in _CLOSING_MARKS or tokens[v - 2].text not in _QUOTE_ENDS:
            continue
        if not (verb.is_word and verb.text.islower() and not verb.quoted and lexicon.tag_of(verb.low) in {"VBD", "VBN"}):
            continue
        found = subject_right(tokens, v)
        if not found or is_pronoun(found[0][0]):
            return None
        after = next((k for k, t in enumerate(tokens) if t is found[0][-1]), len(tokens)) + 1
        rest = [t for t in tokens[after:] if t.is_word]
        if rest and tokens[after].text != ",":
            return None  # '“...,” offered Doe a way out': the words after the verb are its object
        if found[0][-1].is_cap or is_speaker_head(found[0][-1]):
            return Cue(verb.start, verb.end, found[0], found[1])
        return None
    return _speaker_then_verb(tokens)


def _speaker_then_verb(tokens: list[Token]) -> Cue | None:
    """ '“Stay,” he ordered.', '“Not again,” Doe sighed.': after a quotation closing on a comma, a
    pronoun or a name and a verb in the past end the sentence."""
    v = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].is_word), -1)  # the last word
    if v < 1 or not any(t.is_word for t in tokens[:v]):
        return None  # fewer than two words
    verb = tokens[v]
    if verb.quoted or not verb.text.islower() or lexicon.tag_of(verb.low) not in {"VBD", "VBN"}:
        return None
    start = v - 1
    while start > 0 and tokens[start - 1].is_word and not tokens[start - 1].quoted and v - start < 4:
        start -= 1
    subject = tokens[start:v]
    if start < 2 or tokens[start - 1].text not in _CLOSING_MARKS or tokens[start - 2].text not in _QUOTE_ENDS or not subject:
        return None
    if not (all(t.is_cap for t in subject) or (len(subject) == 1 and is_pronoun(subject[0]))):
        return None
    return Cue(verb.start, verb.end, subject, "")
