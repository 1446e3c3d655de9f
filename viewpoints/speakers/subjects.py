"""Who a cue's verb belongs to: its subject, read leftwards, rightwards or from its clause's start.

"Jane Doe said", "Jane Doe, a lawyer, said", "A lawyer for the firm, Jane Doe, said", "Experts on trade
said", "an engineer who inspected it said", "..., said Jane Doe", "was called a fraud by critics",
"according to a new report by the Trust", and, for adjuncts, the clause's subject ("Doe resigned,
saying ..."). Descriptions set off by commas and relative antecedents are read by `appositives`;
subjects hidden by what describes them ("a plan many economists say ...", "Protesters marching through
the streets chanted") by `described`.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import OPENING_MARKS, Token
from .appositives import appositive_subject, relative_antecedent
from .described import (
    AUXILIARY_WORDS,
    described_opening,
    named_after,
    object_of_preposition,
    owned_after,
    quoted_phrase,
    quoted_title,
    zero_relative_subject,
)
from .names import (
    CONNECTORS,
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    is_document,
    is_pronoun,
    is_speaker_head,
)
from .phrases import (
    BE_FORMS,
    CLAUSE_END,
    CONTACT_SUBJECTS,
    DASH_MARKS,
    MAX_APPOSITIVE,
    MAX_SUBJECT,
    PREPOSITIONS,
    RELATIVES,
    appositive_after,
    backward_np,
    forward_np,
    role_text,
    skippable,
)
from .subject_phrase import clause_start, subject_from_start
from .verbs import auxiliaries

SUBJECT_PRONOUNS = CONTACT_SUBJECTS - {"you"}  # not "it": "In it, Doe said" reads past it
TIME_DEICTICS = frozenset({"this", "last", "next", "earlier", "later"})
TIME_NOUNS = frozenset({"week", "month", "year", "morning", "afternoon", "evening", "weekend", "spring", "summer", "fall", "autumn", "winter"})
MAX_ATTACHED = 2  # prepositional phrases a clause's subject may carry: "groups of protesters in Ohio"
FLOATING = frozenset({"all", "both", "each"})
OBJECT_FIRST = frozenset({"tell", "tells", "told", "telling"})
VERB_PARTICLES = frozenset({"out", "up", "off", "down", "back", "away"})  # "handed out", "put up"


def _name_after_object(head: list[Token]) -> list[Token]:
    """The capitalised run closing `head` after a lower-case noun ("an interview Doe" -> "Doe"), if any."""
    k = len(head)
    while k > 0 and head[k - 1].is_cap:
        k -= 1
    return head[k:] if 0 < k < len(head) and head[k - 1].text.islower() and head[k - 1].low not in DETERMINERS else []


def _time_phrase(tokens: list[Token], j: int) -> bool:
    """Do tokens[j-1:j+1] say when ("this month", "last week", "on Monday", "earlier Thursday")?"""
    if j < 1 or tokens[j - 1].quoted:
        return False
    first, last = tokens[j - 1].low, tokens[j].low
    year = first == "in" and len(last) == 4 and last.isdigit() and last[0] in "12"  # "who in 2010 said"
    day = last in lexicon.words("time_words.txt")
    return (first in TIME_DEICTICS and last in TIME_NOUNS) or (first in TIME_DEICTICS | {"on", "late", "early"} and day) or year


def _is_weekday(token: Token) -> bool:
    return token.is_cap and token.low.endswith("day") and token.low in lexicon.words("time_words.txt")


def _noun_then(tokens: list[Token], j: int, word: bool) -> bool:
    """Is the word at j (`word`: one that may stand between a subject and its verb) right after the
    subject's own noun: a name, or a noun that can hold a view, not a verb or a possessive?"""
    before = tokens[j - 1]
    if not word or not before.is_word or before.quoted or before.text != before.bare:
        return False
    if before.is_cap:
        return before.low not in lexicon.words("not_names.txt")
    return is_speaker_head(before, plural_ok=True) or before.low in lexicon.words("organization_words.txt")


def _contact_clause(tokens: list[Token], j: int) -> bool:
    """Does the pronoun at j open a relative clause without "who" ("the experts we asked", "everyone
    I interviewed")? It does when a noun that can hold a view stands right before it."""
    before = tokens[j - 1]
    return before.is_word and not before.quoted and not is_pronoun(before) and is_speaker_head(before, plural_ok=True)


MAX_BEFORE_AGENT = 4  # tokens between a reduced passive and its "by": ", called to service by"


def subject_left(tokens: list[Token], v: int, begin: int, *, adjective: bool = False) -> tuple[list[Token], str] | None:
    j = v - 1
    passive = False
    while j >= 0 and not tokens[j].quoted:
        if skippable(tokens[j]):
            passive = passive or tokens[j].low in BE_FORMS
            j -= 1
        elif _time_phrase(tokens, j):  # "Wells Fargo this month announced", "Doe on Monday said"
            j -= 2
        elif j > 0 and _noun_then(tokens, j, _is_weekday(tokens[j]) or tokens[j].low in {"here", "there"}):
            # "The company Tuesday announced", "Officials there said": a day's name or a place adverb
            # after the subject's noun (not "A poll released Friday", "the team that won Sunday",
            # "those who were there")
            j -= 1
        else:
            break
    verb = tokens[v].low
    if adjective and j >= 0 and is_pronoun(tokens[j]) and tokens[j].low.endswith(("'s", "’s")):
        passive = True  # "she’s frustrated": the "is" is inside the pronoun's token
    if j < 0 or (passive and not verb.endswith("ing") and not adjective) or (adjective and not passive):
        return None
    if tokens[j].low in DETERMINERS - {"that", "this", "these", "those"}:
        return None  # "a swiftly called meeting", "the widely seen report": a participle inside a noun phrase
    if is_pronoun(tokens[j]) and j > 0 and _contact_clause(tokens, j):
        return None  # "the experts we asked say": "asked" is the relative clause's verb, not a cue
    if tokens[j].low in FLOATING and j > 0 and (tokens[j - 1].is_word or tokens[j - 1].text == ")"):
        j -= 1  # "Doe, Roe and Poe all suggested": the quantifier floats after its subject
        while j > 0 and skippable(tokens[j]) and not tokens[j].quoted:
            j -= 1  # "Doe and Roe have both argued"
    if tokens[j].text == "," and j > 0 and tokens[j - 1].text == ")":
        found = appositive_subject(tokens, j, begin)  # "Jane Doe, a senator (D-Ohio), said"
        if found is not None:
            return found
        j -= 1  # "Sen. Jane Doe (D-Ohio), said": a stray comma after the affiliation
    if tokens[j].text == ")":
        # "NAME (AFFILIATION) VERB": "Jane Doe (Labour) said"
        k = j - 1
        while k >= 0 and tokens[k].text != "(" and not tokens[k].quoted and j - k <= MAX_APPOSITIVE:
            k -= 1
        if k <= 0 or tokens[k].text != "(":
            return None
        np = backward_np(tokens, k - 1)
        return (np, role_text(tokens[k + 1 : j])) if np else None
    if tokens[j].text == "," or tokens[j].text in DASH_MARKS:
        return appositive_subject(tokens, j, begin)
    comma = j
    while comma > 1 and comma > v - 3 and tokens[comma].text in {"”", '"', "'"}:
        comma -= 1  # past the closing mark: "”", '"' or the two apostrophes of "''"
    name_after = v + 1 < len(tokens) and tokens[v + 1].is_cap and tokens[v + 1].low not in lexicon.words("time_words.txt")
    if comma < j and tokens[comma].text == "," and (quoted_title(tokens, comma) or (quoted_phrase(tokens, comma) and not name_after)):
        # 'Doe, host of “The Show,” suggested', 'Doe, citing “the magic of Roe,” said': the comma sits
        # inside the quotation
        return appositive_subject(tokens, comma, begin)
    if tokens[j].low in CONTACT_SUBJECTS and j > 0 and tokens[j - 1].low in {"that", "which"}:
        return [tokens[j]], ""  # "problems that he blamed on Doe": the relative clause's own subject
    if is_pronoun(tokens[j]) and tokens[j].low in SUBJECT_PRONOUNS and j > 0 and not _contact_clause(tokens, j):
        return [tokens[j]], ""  # "(On Monday he said": the pronoun right before the verb is its subject
    start = clause_start(tokens, begin, j + 1)
    if start + 1 < j and tokens[start].low in SUBJECT_PRONOUNS and tokens[start + 1].low == "and" and subject_from_start(tokens, start + 2, j + 1):
        return tokens[start : j + 1], ""  # "She and her lawyers argue": a pronoun coordinated with a phrase
    contact = zero_relative_subject(tokens, j, begin)
    if contact:
        return contact, ""
    start = clause_start(tokens, begin, j + 1)
    if verb.endswith("ed") and j == v - 1 and is_document(tokens[j]) and tokens[j].text.islower():
        when = v + 1 < len(tokens) and tokens[v + 1].low in lexicon.words("time_words.txt")
        if tokens[start].low in PREPOSITIONS or when:
            # "In a statement issued Tuesday, ...", "A poll released Tuesday shows ...": a participle
            # describing the document
            return None
    found = subject_from_start(tokens, start, j + 1)
    if found and tokens[start].low in PREPOSITIONS:
        tail = _name_after_object(found[0])
        if tail:
            return tail, ""  # "In an interview Doe declared": the preposition's object ends before "Doe"
    if found:
        head, whole = found
        speaker_head = is_speaker_head(head[-1], plural_ok=True) or head[-1].low in lexicon.words("group_nouns.txt")
        described = len(whole) > len(head) and not any(t.is_cap for t in head[1:]) and speaker_head
        return head, (role_text(whole) if described else "")
    if is_pronoun(tokens[j]):
        return [tokens[j]], ""
    if tokens[j].low == "who":
        np = relative_antecedent(tokens, j)
        return (np, "") if np else None
    if tokens[j].low == "that" and j == v - 1 and 0 < j and tokens[j - 1].text.islower() and _quotation_after(tokens, v):
        found = _what_says(tokens, j)  # "a message that said, “Sorry ...”": the message's words
        return (found, "") if found else None
    if tokens[j].low == "which":  # "the police department, which reported ...", not "cancer, which confirmed ..."
        np = relative_antecedent(tokens, j)
        return (np, "") if np and (np[-1].is_cap or is_speaker_head(np[-1])) else None
    if tokens[j].low == "whom" and j >= 2 and tokens[j - 1].low == "of" and tokens[j - 2].low in QUANTIFIERS | {"many", "most", "some", "all"}:
        np = relative_antecedent(tokens, j - 2)  # "relatives of the victims, many of whom say"
        return (np, "") if np else None
    np = backward_np(tokens, j)
    first = j + 1 - len(np)  # backward_np reads the phrase ending at j
    if not np or object_of_preposition(tokens, first, start):
        # a name after a preposition inside a longer subject is no subject ("Some 42% of voters | in
        # Ohio say"), nor is a phrase the clause's opening noun carries with a participle or "who"
        # ("The woman accused of driving along the Las Vegas Strip told police", "Protesters marching
        # through the streets chanted")
        found = subject_from_start(tokens, start, first - 1) if np else None
        found = found or described_opening(tokens, start, j)
        if found:
            return found[0], ""
    return (np, "") if np else None


def _what_says(tokens: list[Token], j: int) -> list[Token]:
    """The noun phrase before the subject relative "that" at j ("a message | that said"), back to its
    determiner or to a word no noun phrase holds ("handed out | water bottles that said")."""
    k = j - 1
    while k > 0 and j - k < MAX_ATTACHED + 2 and tokens[k].low not in DETERMINERS:
        before = tokens[k - 1]
        function_word = before.low in lexicon.words("stopwords.txt") and before.low not in DETERMINERS
        if not (before.is_word and before.text.islower()) or before.low.endswith("ed") or before.low in PREPOSITIONS | VERB_PARTICLES or function_word:
            break
        k -= 1
    found = subject_from_start(tokens, k, j)
    return found[0] if found else []


def _quotation_after(tokens: list[Token], v: int) -> bool:
    """Does a quotation follow the verb at v, right after it or after a comma or colon?"""
    k = v + 1 + (v + 1 < len(tokens) and tokens[v + 1].text in {",", ":"})
    return k < len(tokens) and tokens[k].text in OPENING_MARKS


def subject_right(tokens: list[Token], v: int) -> tuple[list[Token], str] | None:
    if v > 0 and tokens[v - 1].text not in {",", "”", '"', "’", "'"}:
        return None
    if tokens[v].low in OBJECT_FIRST:
        return None  # "..., told The Post": what follows "told" is whom, not who
    np, after = forward_np(tokens, v + 1)
    k = v + 1
    while not np and k < len(tokens) and (tokens[k].text.isdigit() or tokens[k].text in {"/", "-"}):
        k += 1  # "said 9/11 widow Terry Strada": a number describing the noun after it
    if k > v + 1 and k < len(tokens) and tokens[k].text.islower():
        np, after = forward_np(tokens, k)
    if not np and v + 3 < len(tokens) and tokens[v + 2].low == "and" and tokens[v + 1].text.islower() and is_speaker_head(tokens[v + 1]):
        np, after = forward_np(tokens, v + 3)  # "said lobbyist and party strategist Tom Roe": two descriptions, one name
        if np and not np[-1].is_cap:
            np = []
    lone_modifier = bool(np) and np[-1].text.islower() and not is_pronoun(np[-1]) and not is_speaker_head(np[-1], plural_ok=True)  # "Doe’s top foreign | policy aide"
    if np and (all(t.low in DETERMINERS | QUANTIFIERS for t in np) or lone_modifier):
        # "said the 46-year-old.", "said one district GOP leader.": a common noun phrase to the clause's end
        stop = after
        while stop < len(tokens) and tokens[stop].text not in CLAUSE_END and not tokens[stop].quoted:
            stop += 1
        found = subject_from_start(tokens, v + 1, stop) if stop < len(tokens) and tokens[stop].text in {".", ",", "?", "!"} else None
        if found is None:
            return None
        np, after = found[0], stop
    if not np or _opens_clause(tokens, after):
        return None
    owned = owned_after(tokens, np, after)
    if owned is not None:
        return owned
    head = np[-1]
    if head.text.islower() and not (is_speaker_head(head) or head.low in lexicon.words("group_nouns.txt")):
        return None  # "said the days when ...": a thing after "said" is what was said, not who said it
    named = named_after(tokens, after) if head.text.islower() and head.low not in lexicon.words("group_nouns.txt") else []
    if named:  # "said the firm's chief executive, John Doe.": the name, the description its role
        return named, role_text(tokens[v + 1 : next(k for k, t in enumerate(tokens) if t is named[0]) - 1])
    return np, appositive_after(tokens, after)


def _opens_clause(tokens: list[Token], after: int) -> bool:
    """Is the phrase after a verb the subject of what was said ("..., said members will help") rather
    than the speaker put after the verb ("..., said Jane Doe, a lawyer", "said Doe in a statement")?
    It is when a verb of its own follows it."""
    if after >= len(tokens):
        return False
    nxt = tokens[after]
    if not nxt.is_word or nxt.quoted or nxt.is_cap:
        return False
    if nxt.low in BE_FORMS or nxt.low in AUXILIARY_WORDS:
        return True
    # a past tense of its own ("said members elected ..."), but not a function word ("as", "thus")
    return nxt.low.endswith("ed") and len(nxt.low) > 3 and nxt.low not in lexicon.words("stopwords.txt")


def passive_agent(tokens: list[Token], v: int) -> tuple[list[Token], str] | None:
    """ "was called a fraud by fellow doctors", "is backed by the union": the agent after "by"."""
    # ", promoted by Doe", ", called to service by the governor": a reduced passive after a comma
    reduced = v > 0 and tokens[v - 1].text == "," and any(t.low == "by" for t in tokens[v + 1 : v + 1 + MAX_BEFORE_AGENT])
    if not (reduced or any(a in BE_FORMS for a in auxiliaries(tokens, v))) or tokens[v].low.endswith(("ing", "s")):
        return None
    k = v + 1
    while k < len(tokens) and tokens[k].text not in CLAUSE_END and not tokens[k].quoted:
        if tokens[k].low == "by":
            agent = according_to(tokens, k + 1)
            return (agent, "") if agent else None
        k += 1
    return None


def according_to(tokens: list[Token], i: int) -> list[Token]:
    """The source after "according to": a name ("Jane Doe"), or the head of a longer phrase ("the
    nonpartisan Budget Office", "exit polls"), or who made the text ("a new report by the Trust")."""
    np, _ = forward_np(tokens, i)
    stop = i
    while stop < len(tokens) and tokens[stop].text not in CLAUSE_END and not tokens[stop].quoted:
        stop += 1
    found = subject_from_start(tokens, i, stop) if stop > i else None
    if found is None:
        return _source_words(tokens, i, stop) or np
    head, whole = found
    for k in range(len(head), len(whole) - 1):
        if whole[k].low in {"by", "from"} and is_document(head[-1]):
            made = subject_from_start(whole, k + 1, len(whole))
            maker = made[0] if made else forward_np(whole, k + 1)[0]
            if any(t.is_word and t.low not in DETERMINERS | QUANTIFIERS for t in maker):
                return maker  # "a memo by the agency's watchdog": the watchdog; else the memo itself
    return head if len(head) >= len(np) else np


def _source_words(tokens: list[Token], i: int, stop: int) -> list[Token]:
    """The plain noun phrase naming a source after "according to", up to what describes it: "press
    reports", "the summary", "a copy | of the letter", "an account | she gave" (empty when it does not
    end on a text or finding that speaks for its makers: "according to the bridge" names nobody)."""
    k = i
    while k < stop and tokens[k].is_word and not tokens[k].quoted and tokens[k].low not in PREPOSITIONS | RELATIVES and not (k > i and is_pronoun(tokens[k])):
        k += 1
    words = tokens[i:k]
    return words if words and is_document(words[-1]) else []


def clause_subject(tokens: list[Token], begin: int, stop: int) -> list[Token]:
    """The noun phrase opening the clause of the word at `stop` when a verb follows it: "Jane Doe" in
    "Jane Doe left the room, saying ..."; in "Stung by the result, Doe revised his plan", the clause
    after the opening phrase; after a sentence adverb and its comma ("Later, ..."). Empty if none."""
    starts = [k + 1 for k in range(stop - 1, begin - 1, -1) if tokens[k].text == "," and not tokens[k].quoted]
    for start in dict.fromkeys(starts + [begin]):
        i = start
        if i + 1 < stop and tokens[i].low in lexicon.words("not_names.txt") and tokens[i + 1].text == ",":
            i += 2
        np, after = forward_np(tokens, i)
        if len(np) > 1 and np[0].low in FLOATING and np[-1].text.islower():
            np = np[1:]  # "Both parents stiffened their attacks, saying ...": the parents
        if not np or after >= stop or any(t.quoted for t in np) or np[0].low in lexicon.words("not_names.txt"):
            continue
        if all(t.low in DETERMINERS | QUANTIFIERS for t in np):
            continue  # "Doe, a nurse, then said": "a" is no subject; the clause opens earlier
        if tokens[after].text == "(":
            close = next((k for k in range(after + 1, min(stop, after + MAX_APPOSITIVE)) if tokens[k].text == ")"), None)
            if close is not None and close + 1 < stop:
                after = close + 1  # "Sen. Tom Roe (R-Ky.) issued a statement saying ...": past the affiliation
        if after + 2 < stop and _time_phrase(tokens, after + 1):
            after += 2  # "The Council on Friday made ..."
        if len(np) == 1 and np[0].low in POSSESSIVE_PRONOUNS and tokens[after].is_word:
            continue  # "her opponent": a possessive opening a noun phrase, not a pronoun subject
        for _ in range(MAX_ATTACHED):  # "Small groups of protesters continued to call for ..."
            if tokens[after].low not in PREPOSITIONS or not is_speaker_head(np[-1], plural_ok=True):
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


def _common_subject(tokens: list[Token], start: int, stop: int) -> list[Token]:
    """A common noun phrase before the clause's first verb: "Small groups of protesters" in "Small
    groups of protesters continued to call for ..."; its head phrase, or empty."""
    for v in range(start + 1, min(stop, start + MAX_SUBJECT)):
        t = tokens[v]
        if t.quoted or t.text in CLAUSE_END:
            return []
        if t.is_word and not t.is_cap and (t.low in BE_FORMS or t.low in AUXILIARY_WORDS or t.low.endswith("ed")):
            found = subject_from_start(tokens, start, v)
            return found[0] if found else []
    return []
