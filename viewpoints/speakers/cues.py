"""The words in a sentence's own voice that tie it to a speaker, and the phrase naming that speaker.

A cue is one of, in this order of preference:
- "according to X", "in his view";
- a speech or belief verb with its subject before it ("X said", "X, a lawyer, argued", "Experts on
  trade said", "an engineer who inspected it warned") or after it ("..., said X"); a capitalised word
  is never the verb ("the United States" is no "States"), nor is a noun use ("his claim", "the report");
- a speaker's label before a colon ("Doe: the plan failed", "DOE: ...") or a verb closing on one
  ("Doe continued:"), a signature after a quotation ("... ” ― Jane Doe"), and a speech verb opening
  the sentence before its speaker ('Said Doe, “...”');
- failing those, an "-ing" adjunct or a coordinated verb ties the view to the clause's subject ("Doe
  resigned, saying ...", "Doe laughed and said ...").
Cues in a leading subordinate clause ("While experts agree ..., doubts persist") do not count.
Whether a word is such a verb is `verbs`' question (and `noun_use`'s, whether it is a noun there); whose
it is, `subjects`' (`subjects_after` when the speaker is named after the verb).
The readings live in `frames` (closing clauses, as-clauses, a fronted verb), `labels` (labels,
signatures), `clauses` (the scan for a verb with its subject) and `holders` (phrases, documents, plans,
"that" clauses, experiencers);
`find_cue` keeps their order.
"""

from __future__ import annotations

from itertools import islice

from .. import lexicon
from ..text.tokens import Token
from . import clauses, frames, holders, labels
from .cue import Cue
from .described import named_after
from .names import DETERMINERS, POSSESSIVE_PRONOUNS, QUANTIFIERS, is_pronoun, is_role_word
from .phrases import BE_FORMS, DASH_MARKS, appositive_after, role_text, skippable
from .clause_subjects import clause_subject
from .verbs import title_case

__all__ = ["Cue", "find_cue", "title_case"]

NOT_PARTICIPLES = frozenset({"according", "during", "morning", "evening", "nothing", "something", "everything", "anything", "thing", "king", "spring", "string", "wing", "ring", "meeting", "building", "funding", "spending", "polling", "hearing", "ruling", "timing", "warning", "reading"})


def subordinate_end(tokens: list[Token]) -> int:
    """Index just past a leading subordinate clause ("While X, ..."), or 0 when there is none."""
    words = list(islice((t for t in tokens if t.is_word), 3))  # only the first three words are read
    if not words or words[0].quoted:  # a quotation's own "If ..." is no clause of this sentence
        return 0
    subordinators = lexicon.words("subordinators.txt")
    first = words[0].low
    second = words[1].low if len(words) > 1 else ""
    third = words[2].low if len(words) > 2 else ""
    # "Writing for X, Doe noted"; not a name followed by its verb ("Boeing said", "Beijing has warned")
    participle = (
        first.endswith("ing") and first not in NOT_PARTICIPLES and len(first) > 4 and _opens_a_phrase(words[1] if len(words) > 1 else None)
        and not (len(tokens) > 1 and tokens[1].text == ",")  # "Schilling, through a spokeswoman, declined": a name
    )
    leading = (
        first in subordinators
        or f"{first} {second}" in subordinators
        or f"{first} {second} {third}" in subordinators  # "By the time those primaries ended, ..."
        or (first in frames.LEADING_CONJUNCTIONS and second in subordinators)  # "So when Doe signalled ..., Roe said"
        or participle
    )
    if not leading:
        return 0
    for i, t in enumerate(tokens):
        # The clause ends at a comma (for a participle's phrase, also one inside its quotation marks:
        # 'Bemoaning the "phony system," Doe said') or a dash.
        if (t.text == "," and (participle or not t.quoted)) or (t.text in DASH_MARKS and not t.quoted):
            # a clause that runs to the end is the statement itself ("while Doe warned it would rise,")
            return i + 1 if any(x.is_word for x in tokens[i + 1 :]) else 0
    return 0


def _opens_a_phrase(token: Token | None) -> bool:
    """Can this word follow a participle opening a sentence ("Writing for", "Bemoaning the")? Not a
    verb, an auxiliary or an adverb: those say the first word was a name ("Boeing said")."""
    if token is None or token.is_cap:
        return False
    low = token.low
    return not (low in lexicon.speech_verb_forms() or low in lexicon.attitude_verb_forms() or low in BE_FORMS or skippable(token))


def find_cue(tokens: list[Token], *, after_quotation: bool = False, title: bool | None = None) -> Cue | None:
    """The cue in the sentence's own voice that names a speaker (see the module docstring);
    `after_quotation`: a quotation closes just before the sentence (a signature may open it);
    `title`: ``title_case(tokens)`` when the caller has read it already."""
    begin = subordinate_end(tokens)
    transcript = labels.label(tokens) if tokens and tokens[0].text.isupper() else None
    if transcript is not None and transcript.holds_paragraph:
        return transcript  # "PENCE: Well, I think ...": the labelled speaker's words, whatever cue they hold
    fronted = frames.fronted(tokens)
    if fronted is not None:
        return fronted  # 'Said Doe, “...”'

    if title is None:
        title = title_case(tokens)  # a headline in title case capitalises its verbs
    closing = frames.closing_cue(tokens, begin, title)
    if closing is not None and not frames.opens_with_its_own_report(tokens, begin, title):
        return closing
    item = labels.item_label(tokens) if begin == 0 and closing is None else None
    if item is not None:
        return item  # 'Poll blamed - HuffPollster: “...”'
    cue = holders.phrase_cue(tokens, begin)
    if cue is not None:
        return cue
    speech = clauses.scan(tokens, begin, lexicon.speech_verb_forms(), title=title)
    if speech.cue is not None and not _embedded(tokens, speech.cue):
        if not speech.from_relative:
            return speech.cue
        main = clauses.scan(tokens, begin, lexicon.attitude_verb_forms(), title=title)  # "Cruz endorses Doe, who says ..."
        if main.cue is not None and not main.from_relative:
            return main.cue
        # "The Council made a condemnation and pledged sanctions, which it called ...": the main clause's
        return _inferred(tokens, begin, (speech.coordinated,)) or speech.cue
    quoted = frames.after_quotation(tokens)
    if quoted is not None:  # '“Stay calm,” instructed Tom Hale.'
        return quoted
    reported_as = frames.as_someone_said(tokens, begin)
    if reported_as is not None:  # "As Doe noted, the gap is vast": Doe's point
        return reported_as
    label = (transcript or labels.label(tokens)) if begin == 0 else None
    if label is not None:
        return label
    signature = labels.signature(tokens, after_quotation=after_quotation)
    if signature is not None:
        return signature
    inferred = _inferred(tokens, begin, (speech.adjunct, speech.coordinated))
    if inferred is not None:  # "Doe chimed in, saying that officials should release it": Doe's
        return inferred
    attitude = clauses.scan(tokens, begin, lexicon.attitude_verb_forms(), title=title, adjectives=lexicon.words("attitude_adjectives.txt"))
    if attitude.cue is not None:
        return attitude.cue
    if speech.cue is not None:  # embedded, but nothing governs it
        return speech.cue
    inferred = (
        _inferred(tokens, begin, (attitude.adjunct, attitude.coordinated))
        or holders.experiencer(tokens, begin)
        or holders.that_complement(tokens, begin)
        or holders.position_owner(tokens, begin)
    )
    if inferred is None and begin < len(tokens) and tokens[begin].low == "in":
        return holders.in_document(tokens, begin + 1)
    return inferred


def _embedded(tokens: list[Token], cue: Cue) -> bool:
    """Is a speech cue inside a "that" clause ("Polls showed that few Americans thought ...") or the
    clause another speech verb reports ("Doe said he thought ...")? Then the verb governing the
    clause, if one is found, speaks for the sentence."""
    if len(cue.subject) > 1 and cue.subject[0].low == "that" and cue.subject[1].low in QUANTIFIERS | DETERMINERS | POSSESSIVE_PRONOUNS.keys():
        return True  # "that few Americans thought", "that those who question ...", read as one phrase
    first = cue.subject[0].start if cue.subject else cue.start
    k = next((i for i, t in enumerate(tokens) if t.start >= min(first, cue.start)), 0)
    if k == 0 or tokens[k - 1].quoted:
        return False
    before = tokens[k - 1].low
    if before in lexicon.attitude_verb_forms() and before not in lexicon.speech_verb_forms() and tokens[k - 1].text.islower():
        return True  # "research found PolitiFact consistently rated ...": the finding's clause
    return before == "that" or (before in lexicon.speech_verb_forms() and len(cue.subject) == 1 and is_pronoun(cue.subject[0]))


def _inferred(tokens: list[Token], begin: int, positions: tuple[int | None, ...]) -> Cue | None:
    """The clause's subject as the speaker of an adjunct or a coordinated verb at one of `positions`."""
    for at in positions:
        if at is not None:
            subject = clause_subject(tokens, begin, at)
            if subject and subject[0].low == "whose":
                subject = subject[1:]  # "the hospital, whose doctors ... said": the doctors, not "whose doctors"
            if any(t.low not in DETERMINERS | QUANTIFIERS for t in subject):
                after = next(k for k, t in enumerate(tokens) if t is subject[-1]) + 1
                # a description ends in lower case ("the union") or is headed by a role ("The leader of Ennahda")
                headed_by_role = any(t.text.islower() and is_role_word(t) for t in subject)
                named = named_after(tokens, after, role=headed_by_role) if subject[-1].text.islower() or headed_by_role else []
                if named:  # "The leader of the union, Ann Roe, condemned it, saying ...": the name, the rest her role
                    first = next(k for k, t in enumerate(tokens) if t is subject[0])
                    role = role_text([t for t in tokens[first : next(k for k, t in enumerate(tokens) if t is named[0])] if t.is_word])
                    return Cue(tokens[at].start, tokens[at].end, named, role, adjunct=True)
                return Cue(tokens[at].start, tokens[at].end, subject, appositive_after(tokens, after), adjunct=True)
    return None
