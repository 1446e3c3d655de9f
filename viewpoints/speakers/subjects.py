"""Who a cue's verb belongs to when the subject comes before it: read leftwards from the verb, or from
its clause's start.

"Jane Doe said", "Jane Doe, a lawyer, said", "A lawyer for the firm, Jane Doe, said", "Experts on trade
said", "an engineer who inspected it said", and, for adjuncts, the clause's subject ("Doe resigned,
saying ...": `clause_subjects`). A speaker named after the cue ("..., said Jane Doe", "was called a fraud by critics",
"according to a new report by the Trust") is read by `subjects_after`; descriptions set off by commas and
relative antecedents by `appositives`; subjects hidden by what describes them ("a plan many economists
say ...", "Protesters marching through the streets chanted") by `described`.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import OPENING_MARKS, Token
from .appositives import PLACE_PREPOSITIONS, appositive_subject, relative_antecedent
from .described import (
    described_opening,
    quotation_after,
    what_says,
    object_of_preposition,
    quoted_phrase,
    quoted_title,
    zero_relative_subject,
)
from .names import (
    CONNECTORS,
    DETERMINERS,
    QUANTIFIERS,
    is_document,
    is_pronoun,
    is_speaker_head,
)
from .phrases import (
    BE_FORMS,
    CONTACT_SUBJECTS,
    DASH_MARKS,
    MAX_APPOSITIVE,
    PREPOSITIONS,
    backward_np,
    role_text,
    skippable,
)
from .subject_phrase import ago_start, clause_start, subject_from_start

SUBJECT_PRONOUNS = CONTACT_SUBJECTS - {"you"}  # not "it": "In it, Doe said" reads past it
TIME_DEICTICS = frozenset({"this", "last", "next", "earlier", "later"})
TIME_NOUNS = frozenset({"week", "month", "year", "morning", "afternoon", "evening", "weekend", "spring", "summer", "fall", "autumn", "winter"})
MAX_ATTACHED = 2  # prepositional phrases a clause's subject may carry: "groups of protesters in Ohio"
FLOATING = frozenset({"all", "both", "each"})
# where a list of places opens ("voters in Alabama, Georgia and Ohio"): the place prepositions an
# appositive's place is read after, but not "near", "outside" or "inside"
LIST_PLACES = PLACE_PREPOSITIONS - {"near", "outside", "inside"}
LINKING_VERBS = frozenset({"remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "grew", "grow", "grows"})
PAST_TAGS = frozenset({"VBD", "VBN"})  # "made", "taken": an irregular past, as "-ed" is a regular one


def _name_after_object(head: list[Token]) -> list[Token]:
    """The capitalised run closing `head` after a lower-case noun ("an interview Doe" -> "Doe"), if any."""
    k = len(head)
    while k > 0 and head[k - 1].is_cap:
        k -= 1
    return head[k:] if 0 < k < len(head) and head[k - 1].text.islower() and head[k - 1].low not in DETERMINERS else []


def time_phrase(tokens: list[Token], j: int) -> bool:
    """Do tokens[j-1:j+1] say when ("this month", "last week", "on Monday", "earlier Thursday")?"""
    if j < 1 or tokens[j - 1].quoted:
        return False
    first, last = tokens[j - 1].low, tokens[j].low
    year = first == "in" and len(last) == 4 and last.isdigit() and last[0] in "12"  # "who in 2010 said"
    day = last in lexicon.words("time_words.txt")
    return (first in TIME_DEICTICS and last in TIME_NOUNS) or (first in TIME_DEICTICS | {"on", "late", "early"} and day) or year


def _linked_view(tokens: list[Token], j: int, v: int) -> bool:
    """Is tokens[j] a linking verb between people and an attitude adjective at v that says something
    ("Labor leaders remain confident that ...")? Not when the adjective ends the clause ("many Ukrainians
    remain doubtful.": a description of them), nor after a thing ("The markets remain confident")."""
    if tokens[j].low not in LINKING_VERBS or not tokens[j].text.islower() or j == 0:
        return False
    after = tokens[v + 1] if v + 1 < len(tokens) else None
    # what they are confident of: "that ...", "about ...", "of ...", or a clause ("confident they have")
    says = after is not None and not after.quoted and (after.low in {"that", "about", "of"} or (is_pronoun(after) and after.low in CONTACT_SUBJECTS))
    return says and (tokens[j - 1].is_cap or is_speaker_head(tokens[j - 1]))


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


def _common_noun_before(tokens: list[Token], j: int) -> bool:
    """Is the word before j a lower-case noun ("proponents of more controls on hate speech | here say":
    the place adverb closes the subject's phrase, whatever its last noun)?"""
    before = tokens[j - 1]
    return before.is_word and not before.quoted and before.text.islower() and lexicon.tag_of(before.low) in {"NN", "NNS"}


def _contact_clause(tokens: list[Token], j: int) -> bool:
    """Does the pronoun at j open a relative clause without "who" ("the experts we asked", "everyone
    I interviewed")? It does when a noun that can hold a view stands right before it."""
    before = tokens[j - 1]
    return before.is_word and not before.quoted and not is_pronoun(before) and is_speaker_head(before, plural_ok=True)


def _opening_quantifier(tokens: list[Token], j: int, begin: int) -> bool:
    """Is the word at j a quantifier standing for people that opens its clause ("Most said ...",
    "...; most said ...")? Then it is the subject, not an adverb before the verb ("Doe most feared").
    Of group_nouns.txt only "most" is also in skippable.txt today; the test reads the list, not the word."""
    return tokens[j].low in lexicon.words("group_nouns.txt") and (j == begin or not tokens[j - 1].is_word)


def subject_left(tokens: list[Token], v: int, begin: int, *, adjective: bool = False) -> tuple[list[Token], str] | None:
    j = v - 1
    passive = False
    while j >= 0 and not tokens[j].quoted:
        if skippable(tokens[j]) and not _opening_quantifier(tokens, j, begin):
            passive = passive or tokens[j].low in BE_FORMS
            j -= 1
        elif adjective and _linked_view(tokens, j, v):
            passive = True  # "Labor leaders remain confident that ...": people, then a linking verb before the adjective
            j -= 1
        elif tokens[j].is_cap and tokens[j].low.endswith("ly") and lexicon.tag_of(tokens[j].low) == "RB" and j > 0 and tokens[j - 1].is_cap:
            j -= 1  # "Donald Trump Finally Endorses ...": a headline's capitalised adverb, not part of the name
        elif tokens[j].low == "past" and j >= 2 and tokens[j - 1].low == "the" and tokens[j - 2].low == "in":
            j -= 3  # "friends have in the past said": read over between an auxiliary and its verb
        elif time_phrase(tokens, j):  # "Wells Fargo this month announced", "Doe on Monday said"
            j -= 2
        elif tokens[j].low == "ago" and ago_start(tokens, j) is not None:  # "The State Department two weeks ago said"
            j = ago_start(tokens, j) - 1
        elif j > 0 and (
            _noun_then(tokens, j, _is_weekday(tokens[j]) or tokens[j].low in {"here", "there", "today", "yesterday", "tonight"})
            or (tokens[j].low in {"here", "there"} and _common_noun_before(tokens, j))
        ):
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
    if found and start >= 3 and tokens[start - 1].text == "," and tokens[start - 2].is_cap and " ".join(t.low for t in found[0]) in lexicon.words("us_states.txt"):
        # "Stacy Baker of Columbia, South Carolina says": the state ends the place, the subject is before it
        found = subject_from_start(tokens, clause_start(tokens, begin, start - 1), start - 1) or found
    listed_in = _list_holder(tokens, start, found[0], begin) if found else None
    if listed_in is not None:
        found = listed_in  # "Most voters in Alabama, Georgia and Virginia said": the voters
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
    if tokens[j].low == "that" and j == v - 1 and 0 < j and tokens[j - 1].text.islower() and quotation_after(tokens, v):
        found = what_says(tokens, j)  # "a message that said, “Sorry ...”": the message's words
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
    if np and (np[-1].low in lexicon.words("place_words.txt") or np[-1].low in lexicon.words("governed_places.txt")) and first > 0 and tokens[first - 1].low in PREPOSITIONS:
        return None  # "a new ad in the state aimed at evangelicals": the place the phrase is in, no subject
    return (np, "") if np else None


def _list_holder(tokens: list[Token], start: int, head: list[Token], begin: int) -> tuple[list[Token], list[Token]] | None:
    """When the clause read from `start` is the end of a list of names after a preposition ("voters in
    Alabama, | Georgia and Virginia said"), the subject before the preposition, or None."""
    if start < 3 or tokens[start - 1].text != "," or not any(t.low in {"and", "or"} for t in head):
        return None
    if not all(t.is_cap or t.low in CONNECTORS for t in head if t.is_word) or any(t.low in lexicon.words("honorifics.txt") for t in head):
        return None  # "on Monday, as Mrs. Doe and Ms. Roe echoed": people, after a day's name
    if tokens[start - 2].low in lexicon.words("time_words.txt"):
        return None
    k = start - 2
    while k > begin and tokens[k].is_cap and not tokens[k].quoted:
        k -= 1  # back over the list's first name
    if k <= begin or k == start - 2:
        return None
    if tokens[k].low == "of" and tokens[k - 1].is_cap:
        first = k - 1
        while first > begin and tokens[first - 1].is_cap and not tokens[first - 1].quoted:
            first -= 1
        place = first - 1 if first > begin and tokens[first - 1].low in {"the", "a", "an"} else first
        if place <= begin or tokens[place - 1].low not in LIST_PLACES:
            # "the National Academies of Sciences, Engineering and Medicine": one name, list and all
            whole = tokens[first : start + len(head)]
            return whole, whole
        k = place - 1  # "Researchers from the University of Texas, Rice and Baylor said": the researchers
    if tokens[k].low not in LIST_PLACES:
        return None
    opening = clause_start(tokens, begin, k)
    found = subject_from_start(tokens, opening, k)
    if found is None or tokens[opening].low in PREPOSITIONS:
        return None  # "In a joint statement in Geneva, Russia and Iran said": no holder before the place
    last = found[0][-1]
    holds = is_speaker_head(last, plural_ok=True) or last.low in lexicon.words("group_nouns.txt")
    return found if holds else None  # not "Back in Washington, Pelosi and Schumer said"
