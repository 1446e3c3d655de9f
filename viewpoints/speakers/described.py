"""Subjects hidden by what describes them, or by what they describe.

"a plan | many economists say would fail" (a relative clause without "that"), "Protesters | marching
through the streets chanted" (a participle phrase between subject and verb), "The woman accused of
driving along | the Las Vegas Strip told" (a name that is a preposition's object), '"...," said Doe’s
mother, Ann Roe' (a possessive owning a person noun), 'Doe, host of “The Show,” said' (a quoted title
inside an appositive). `subjects` asks these when its plainer readings find nothing or the wrong phrase.
"""

from __future__ import annotations

from .. import lexicon
from .names import CONNECTORS, DETERMINERS, POSSESSIVE_PRONOUNS, QUANTIFIERS, is_initial, is_pronoun, is_speaker_head, opens_with_given_name
from .phrases import BE_FORMS, PREPOSITIONS, RELATIVES, appositive_after, forward_np, role_text, skippable
from .subject_phrase import subject_from_start
from ..text.tokens import OPENING_MARKS, Token

# Words after a noun phrase that make it a clause's subject: "members will help", "prices have risen".
AUXILIARY_WORDS = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "do", "does", "did"})
OPENS_DESCRIPTION = PREPOSITIONS | RELATIVES  # where the head of "Protesters marching through ..." ends
# Words that open the subject of a relative clause without "that": "a plan many economists say ...",
# "a measure the governor says ...", "an idea his aides say ...".
ZERO_RELATIVE_OPENERS = frozenset({"the", "some", "many", "most", "several", "few"}) | frozenset(POSSESSIVE_PRONOUNS)
# Prepositions whose object sits inside a longer subject ("accused of driving along | the Strip"):
# all but "by" (an agent) and "of" (often the speaker itself: "42% of voters"), and a few of motion.
INNER_PREPOSITIONS = (PREPOSITIONS - {"by", "of"}) | {"along", "onto", "into", "through", "toward", "towards", "against", "during", "throughout", "beyond", "to"}
CLAUSE_VERBS = AUXILIARY_WORDS | BE_FORMS
NOUN_PHRASE_OPENERS = frozenset({"a", "an", "the", "this", "that"}) | frozenset(POSSESSIVE_PRONOUNS)


MAX_TITLE_WORDS = 5


def quoted_title(tokens: list[Token], k: int) -> bool:
    """Do the quoted words ending at k make a short title ("“Morning Show,”"), every word capitalised,
    rather than a quotation ('"allows us to get our message out,"')?"""
    words = []
    while k >= 0 and tokens[k].quoted:
        if tokens[k].is_word:
            words.append(tokens[k])
        k -= 1
    return 0 < len(words) <= MAX_TITLE_WORDS and all(t.is_cap or t.low in CONNECTORS for t in words)


def quoted_phrase(tokens: list[Token], k: int) -> bool:
    """Does the quotation ending at k open after a lower-case word of the sentence ('citing “the magic
    of Doe,”', "calling it ''a farce,''"), a phrase quoted inside a description, not a quotation the
    sentence opens with?"""
    while k >= 0 and tokens[k].quoted:
        k -= 1
    while k >= 0 and tokens[k].text in OPENING_MARKS:
        k -= 1  # the opening mark
    return k >= 0 and tokens[k].is_word and tokens[k].text.islower()


def zero_relative_subject(tokens: list[Token], j: int, begin: int) -> list[Token]:
    """The subject of a relative clause without "that", which opens right after the noun it describes:
    "a plan | many economists say would fail", "a measure | the governor says will cut taxes", "an idea |
    Democrats hope will work". The noun before it closes its own phrase ("a plan"), so it is no part of
    the subject. Empty when the words before the verb are not read so."""
    stop = lexicon.words("stopwords.txt")
    for d in range(j, max(begin + 2, j - 3) - 1, -1):  # d: the subject's first word
        opener, noun = tokens[d], tokens[d - 1]
        if any(t.quoted or not t.is_word or t.low in PREPOSITIONS for t in tokens[d - 1 : j + 1]):
            return []
        named = opener.is_cap and d == j or all(t.is_cap for t in tokens[d : j + 1])  # "Democrats", "Jane Doe"
        if opener.low not in ZERO_RELATIVE_OPENERS and not named:
            continue
        if not noun.text.islower() or noun.low in stop or noun.low.endswith(("ed", "ly")):
            return []
        # the noun closes a phrase of its own: "a plan", "the new plan"; a name needs "a"/"an" before it
        # ("the state Democrats" is one phrase)
        openers = {"a", "an"} if named and opener.low not in ZERO_RELATIVE_OPENERS else NOUN_PHRASE_OPENERS
        if not any(tokens[k].low in openers for k in range(max(begin, d - 3), d - 1)):
            return []
        before = tokens[d - 2]  # the word before the noun: an opener or another lower-case content word
        if before.low not in openers and not (before.text.islower() and before.low not in stop):
            return []
        head = tokens[j]
        if d == j and head.low in QUANTIFIERS or is_speaker_head(head) or head.is_cap:
            return tokens[d : j + 1]
        return []
    return []


def described_opening(tokens: list[Token], start: int, j: int) -> tuple[list[Token], list[Token]] | None:
    """The noun phrase opening the clause at `start` when a participle or "who" right after it starts a
    description running up to token j ("Protesters | marching through the streets")."""
    k = start
    while k < j and tokens[k].is_word and tokens[k].low not in OPENS_DESCRIPTION and not (
        k > start and tokens[k].text.islower() and tokens[k].low.endswith(("ed", "ing")) and lexicon.tag_of(tokens[k].low) != "CD"
    ):  # "hundred" is a number, no participle
        if skippable(tokens[k]) or tokens[k].low in CLAUSE_VERBS:
            return None  # "Rival senators have urged him to release": a verb of the clause's own first
        k += 1
    participle = k < j and (tokens[k].low == "who" or (tokens[k].low.endswith(("ed", "ing")) and tokens[k].low != "according"))
    opens = tokens[start].is_cap or tokens[start].low in DETERMINERS | QUANTIFIERS or tokens[start].low in POSSESSIVE_PRONOUNS
    # the description holds no verb of the clause's own ("suspensions stemming from X | is higher than
    # studies have suggested"); a "who" clause may have its own auxiliary ("who was arrested")
    own_verb = any(t.low in BE_FORMS or t.low in AUXILIARY_WORDS for t in tokens[k + (3 if tokens[k].low == "who" else 1) : j + 1])
    found = subject_from_start(tokens, start, k) if k > start and participle and opens and not own_verb else None
    if found is None or is_pronoun(found[0][0]):
        return None
    head = found[0][-1]
    return found if head.is_cap or is_speaker_head(head, plural_ok=True) or head.low in lexicon.words("group_nouns.txt") else None


def object_of_preposition(tokens: list[Token], k: int, start: int) -> bool:
    """Is the phrase the object of a preposition inside a longer subject ("The woman accused of driving
    along the Las Vegas Strip told police")? Not when the preposition opens the clause ("In Ohio Doe
    said", read as a fronted phrase), nor after "of", where the phrase is often the speaker itself
    ("42% of voters say", "most of the Democrats said"). `k`: where the phrase starts."""
    return k - 1 > start and tokens[k - 1].low in INNER_PREPOSITIONS


MAX_OWNED_WORDS = 3


def owned_after(tokens: list[Token], np: list[Token], after: int) -> tuple[list[Token], str] | None:
    """ '“...,” said Doe’s mother', '..., said Doe’s longtime lawyer, Ann Roe.': a possessive name owning
    a person noun is that person; a name set off after it is theirs, the owned phrase their role."""
    if np[-1].text == np[-1].bare or not np[-1].is_cap:
        return None
    k = after
    while k < len(tokens) and k - after < MAX_OWNED_WORDS and tokens[k].is_word and tokens[k].text.islower() and not tokens[k].quoted:
        k += 1
    if k == after or not is_speaker_head(tokens[k - 1], plural_ok=True):
        return None
    owner = np + tokens[after:k]
    if k + 1 < len(tokens) and tokens[k].text == ",":
        named, past = forward_np(tokens, k + 1)
        if named and named[0].is_cap and not is_pronoun(named[0]) and (past >= len(tokens) or tokens[past].text in {",", ".", ";"}):
            return named, role_text(owner)
    return owner, appositive_after(tokens, k)


MAX_DESCRIPTION_TAIL = 6  # words of a prepositional phrase after the described person: "at the time"


def named_after(tokens: list[Token], after: int, *, role: bool = False) -> list[Token]:
    """ '..., said the American ambassador at the time, John E. Herbst.': the name set off after a
    description that follows the verb (the caller takes the description and any prepositional phrase
    after it as the role); empty if no person's name closes the clause there. `role`: the description is
    headed by a role ("The leader of Ennahda, Rachid Ghannouchi,"), so two or three capitalised words
    that name no organisation are a person's name even when the lexicon does not know the given name."""
    k = after
    if k < len(tokens) and tokens[k].low in PREPOSITIONS:
        while k < len(tokens) and k - after < MAX_DESCRIPTION_TAIL and tokens[k].is_word and not tokens[k].quoted:
            k += 1
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return []
    named, past = forward_np(tokens, k + 1)
    if not named or not named[0].is_cap or is_pronoun(named[0]) or sum(t.is_word for t in named) < 2:
        return []
    if not opens_with_given_name(named) and not any(is_initial(t) for t in named) and not (role and _person_shaped(named)):
        return []  # a person's name: a given name or an initial ("said a spokesman for the company, Acme Corp." is no name)
    return named if past >= len(tokens) or tokens[past].text in {",", ".", ";"} else []


def _person_shaped(named: list[Token]) -> bool:
    """Two or three capitalised words, none of them an organisation's word ("Corp.", "Party"), a
    determiner or a common English word the Brill lexicon tags as a noun, adjective or verb: "Rachid
    Ghannouchi", not "Acme Corp.", "The Ennahda Party", "Acme Global" or "Delta Air Lines"."""
    words = [t for t in named if t.is_word]
    organisations = lexicon.words("organization_words.txt")
    return 2 <= len(words) <= 3 and all(
        t.is_cap and t.low not in organisations and t.low not in DETERMINERS and lexicon.tag_of(t.low)[:2] not in {"NN", "JJ", "VB"} for t in words
    )


VERB_PARTICLES = frozenset({"out", "up", "off", "down", "back", "away"})  # "handed out", "put up"
MAX_BEFORE_THAT = 4  # words from a subject relative "that" back to its noun phrase's determiner


def what_says(tokens: list[Token], j: int) -> list[Token]:
    """The noun phrase before the subject relative "that" at j ("a message | that said"), back to its
    determiner or to a word no noun phrase holds ("handed out | water bottles that said")."""
    k = j - 1
    while k > 0 and j - k < MAX_BEFORE_THAT and tokens[k].low not in DETERMINERS:
        before = tokens[k - 1]
        function_word = before.low in lexicon.words("stopwords.txt") and before.low not in DETERMINERS
        if not (before.is_word and before.text.islower()) or before.low.endswith("ed") or before.low in PREPOSITIONS | VERB_PARTICLES or function_word:
            break
        k -= 1
    found = subject_from_start(tokens, k, j)
    return found[0] if found else []


def quotation_after(tokens: list[Token], v: int) -> bool:
    """Does a quotation follow the verb at v, right after it or after a comma or colon?"""
    k = v + 1 + (v + 1 < len(tokens) and tokens[v + 1].text in {",", ":"})
    return k < len(tokens) and tokens[k].text in OPENING_MARKS
