"""The subject of the clause a verb belongs to, read forwards from the clause's start: whose an "-ing"
adjunct or a coordinated verb is ("Jane Doe left the room, saying ...", "Doe laughed and said ...").

The clause may open after a comma, a colon or a dash ("MYRTLE BEACH, S.C. - Sen. Tom Roe continued ...,
questioning"), past a sentence adverb ("Later, ..."), an opening phrase ("Stung by the result, Doe ...")
or a description set off after the name ("Katrina Pierson, a spokeswoman, has ..."). `subjects` reads a
subject leftwards from its verb; this module, the one the rest of the clause hangs on.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import Token
from .described import AUXILIARY_WORDS
from .names import (
    CONNECTORS,
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    is_role_word,
    is_speaker_head,
    opens_with_given_name,
)
from .phrases import BE_FORMS, CLAUSE_END, DASH_MARKS, MAX_APPOSITIVE, MAX_SUBJECT, PREPOSITIONS, backward_np, forward_np
from .subject_phrase import subject_from_start
from .subjects import FLOATING, MAX_ATTACHED, PAST_TAGS, time_phrase

# conjunctions and sentence adverbs that may open a clause before its subject, with no comma
OPENING_WORDS = frozenset({"and", "but", "so", "then", "now", "still", "yet", "also", "later", "instead", "finally", "meanwhile"})
RELATIVE_WORDS = frozenset({"who", "whom", "which"})


def clause_subject(tokens: list[Token], begin: int, stop: int) -> list[Token]:
    """The noun phrase opening the clause of the word at `stop` when a verb follows it: "Jane Doe" in
    "Jane Doe left the room, saying ..."; in "Stung by the result, Doe revised his plan", the clause
    after the opening phrase; after a sentence adverb and its comma ("Later, ..."). Empty if none."""
    # after a comma, a colon ("One notable trend: insiders were more likely to say ..."), or a dash that
    # opens a clause: a dateline's ("MYRTLE BEACH, S.C. - Sen. Tom Roe continued ..., questioning": Roe) or a
    # lone one ("The plan has critics — Democrats attacked it, saying"); not a pair setting off an aside
    # ("the measure — lawmakers passed it — arguing")
    dashes = [k for k in range(begin, stop) if tokens[k].text in DASH_MARKS and not tokens[k].quoted and (k == 0 or tokens[k].start > tokens[k - 1].end)]
    dateline = dashes[0] if dashes and not any(t.is_word and not t.is_cap and not t.text[0].isdigit() for t in tokens[begin : dashes[0]]) else None
    opening = dateline if dateline is not None else dashes[0] if len(dashes) == 1 else None
    colon = next((k for k in range(begin, stop) if tokens[k].text == ":" and not tokens[k].quoted), None)
    if colon is not None and any(t.low in BE_FORMS or lexicon.tag_of(t.low) in {"VBD", "VBZ", "VBP"} for t in tokens[begin:colon] if t.text.islower()):
        colon = None  # "The coach was blunt: the team played badly, adding": the lead-in has its own subject
    starts = [k + 1 for k in range(stop - 1, begin - 1, -1) if (tokens[k].text == "," or k in {opening, colon}) and not tokens[k].quoted]
    for start in dict.fromkeys(starts + [begin]):
        i = start
        while i + 1 < stop and tokens[i].low in OPENING_WORDS and not tokens[i].quoted:
            i += 1  # "And then Doe went on the attack, saying ...": Doe
        if i + 1 < stop and tokens[i].low in lexicon.words("not_names.txt") and tokens[i + 1].text == ",":
            i += 2
        np, after = forward_np(tokens, i)
        if len(np) > 1 and np[0].low in FLOATING and np[-1].text.islower():
            np = np[1:]  # "Both parents stiffened their attacks, saying ...": the parents
        if not np or after >= stop or any(t.quoted for t in np) or np[0].low in lexicon.words("not_names.txt") or np[0].low in RELATIVE_WORDS:
            continue  # (", who is running second,": a relative clause inside the subject's appositive)
        verb_next = tokens[after].is_word and tokens[after].text.islower() and (tokens[after].low in BE_FORMS or lexicon.tag_of(tokens[after].low) in {"VBD", "VBZ", "VBP", "MD"})
        if np[0].text.islower() and np[0].low.endswith("ed") and lexicon.tag_of(np[0].low) in PAST_TAGS | {""} and not verb_next:
            continue  # "Huma Abedin, vice chair, emailed supporters on Monday, telling them": the verb ("displaced residents returned" is a subject)
        described = np[0].low in {"a", "an", "the"} or (np[0].text.islower() and any(t.text.islower() and is_role_word(t) for t in np))
        if start > begin + 1 and described and _describes_opening_name(tokens, begin, start):
            continue  # "Katrina Pierson, a spokeswoman for Trump, has ...": the description of the name before it
        if all(t.low in DETERMINERS | QUANTIFIERS for t in np):
            continue  # "Doe, a nurse, then said": "a" is no subject; the clause opens earlier
        if tokens[after].text == "(":
            close = next((k for k in range(after + 1, min(stop, after + MAX_APPOSITIVE)) if tokens[k].text == ")"), None)
            if close is not None and close + 1 < stop:
                after = close + 1  # "Sen. Tom Roe (R-Ky.) issued a statement saying ...": past the affiliation
        if after + 2 < stop and time_phrase(tokens, after + 1):
            after += 2  # "The Council on Friday made ..."
        if len(np) == 1 and np[0].low in POSSESSIVE_PRONOUNS and tokens[after].is_word:
            continue  # "her opponent": a possessive opening a noun phrase, not a pronoun subject
        for _ in range(MAX_ATTACHED):  # "Small groups of protesters continued to call for ..."
            # "groups of protesters in Ohio", "the U.S. Court of Appeals for the 6th Circuit"
            if tokens[after].low not in PREPOSITIONS or not (is_speaker_head(np[-1], plural_ok=True) or (np[-1].is_cap and len(np) > 1)):
                break
            attached, past = forward_np(tokens, after + 1)
            if not attached or past >= stop:
                break
            after = past
        common = _common_subject(tokens, i, stop)
        if len(common) > len(np) and common[0] is np[0]:
            return common  # "Small groups of protesters", where the name reading stops at "Small"
        if tokens[after].text == ",":  # "Jane Doe, her opponent, bemoaned ... and said"
            close = next((k for k in range(after + 1, min(stop, after + MAX_APPOSITIVE)) if tokens[k].text == ","), None)
            if close is not None and close + 1 < stop:
                after = close + 1
        verb = tokens[after]
        if verb.is_word and not verb.is_cap and verb.low not in CONNECTORS | PREPOSITIONS:
            return np
    return []


def _describes_opening_name(tokens: list[Token], begin: int, start: int) -> bool:
    """Does a person's name open the clause and end right before the comma at start - 1 ("Katrina
    Pierson, | a spokeswoman ...")? Then what follows the comma describes that name."""
    name = backward_np(tokens, start - 2)
    words = [t for t in name if t.is_word]
    if not name or name[0] is not tokens[begin] or not any(t.text == "," for t in tokens[start:]):
        return False  # the description must close ("Amanda Carpenter, a former aide to Sen. Ted Cruz was ...")
    organisation = any(t.low in lexicon.words("organization_words.txt") for t in words)
    return opens_with_given_name(words) or (len(words) >= 2 and all(t.is_cap for t in words) and not organisation)




def _common_subject(tokens: list[Token], start: int, stop: int) -> list[Token]:
    """A common noun phrase before the clause's first verb: "Small groups of protesters" in "Small
    groups of protesters continued to call for ..."; its head phrase, or empty."""
    for v in range(start + 1, min(stop, start + MAX_SUBJECT)):
        t = tokens[v]
        if t.quoted or t.text in CLAUSE_END:
            return []
        if t.is_word and not t.is_cap and (t.low in BE_FORMS or t.low in AUXILIARY_WORDS or t.low.endswith("ed") or lexicon.tag_of(t.low) in PAST_TAGS):
            found = subject_from_start(tokens, start, v)
            return found[0] if found else []
    return []
