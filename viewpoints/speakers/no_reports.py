"""Reporting verbs that report nothing where they stand: "said little about it", "an American contractor
accused of spying" (``not_reports.txt``), a reporter's credit line ("Doe reported from Kabul."), a
thing given its name ("a new group called Black Votes Matter") and a memory with no clause ("Few people
remember the law"). `clauses.scan` skips such a verb unless a passive's agent follows it ("was accused
of lying by Democrats").
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import Token
from .described import AUXILIARY_WORDS
from .names import DETERMINERS, is_document
from .phrases import BE_FORMS, CLAUSE_END, PREPOSITIONS, RELATIVES, skippable


def reports_nothing(tokens: list[Token], i: int) -> bool:
    """Does the verb at i report nothing here: a phrase of ``not_reports.txt``, a credit line, a naming?"""
    return _in_no_report(tokens, i) or _credit_line(tokens, i) or _naming(tokens, i) or _bare_memory(tokens, i)


CLAUSE_OPENERS = frozenset({"that", "when", "how", "why", "what", "whether", "as"})


def _bare_memory(tokens: list[Token], i: int) -> bool:
    """Is "remember" at i without a clause after it ("Few people remember the 1994 law", "As many readers
    will remember, ...")? A memory voices a view only as a clause: "remembered that ...", "remembers when
    ...", "remembers him as ..."."""
    if lexicon.speech_verb_forms().get(tokens[i].low) != "remember":
        return False
    following = [t.low for t in tokens[i + 1 : i + 4]]
    return not any(w in CLAUSE_OPENERS for w in following)


NOTHING = frozenset({"nothing", "little", "anything"})


def says_nothing(tokens: list[Token], i: int) -> bool:
    """Is the verb at i followed by "nothing", "little" or "anything" as its object ("said little
    about the plan", "would not say anything.")? Not when a verb follows it, making it the subject of
    what was said ("said nothing was wrong")."""
    if i + 1 >= len(tokens) or tokens[i + 1].low not in NOTHING or tokens[i + 1].quoted:
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if not (after is None or not after.is_word or after.low in PREPOSITIONS | {"else", "more", "new"} or skippable(after)):
        return False  # "found little evidence", "holds little hope": "little" of a noun, no object of its own
    for k in range(i + 2, len(tokens)):  # a verb of its own before the clause ends: "said nothing in the bill would ..."
        t = tokens[k]
        if t.text in CLAUSE_END or t.low in RELATIVES or t.quoted:
            break
        past = t.low.endswith("ed") and t.text.islower() and tokens[k - 1].low not in DETERMINERS
        if t.low in BE_FORMS or t.low in AUXILIARY_WORDS or past:
            return False
    return True


def _in_no_report(tokens: list[Token], i: int) -> bool:
    """Is the verb at i inside a phrase of ``not_reports.txt`` (two or three tokens), where it reports
    nothing: "accused of", "found itself", "All told,"?"""
    phrases = lexicon.words("not_reports.txt")
    for size in (2, 3):  # every window of that many tokens holding the verb
        for first in range(max(0, i - size + 1), min(i, len(tokens) - size) + 1):
            if " ".join(t.low for t in tokens[first : first + size]) in phrases:
                return True
    return False


NAMING = frozenset({"called", "dubbed", "named", "titled", "entitled"})
# things a name is given to: "a group called Black Votes Matter", "a company called ..." (a person so
# placed says something: "a senator called Trump a liar")
NAMED_THINGS = frozenset(
    {"group", "party", "movement", "website", "site", "project", "program", "programme", "initiative", "app", "book", "film", "movie", "show", "tool", "system"}
    | {"company", "firm", "organization", "organisation", "coalition", "campaign", "committee", "fund", "foundation", "network", "bill", "plan", "law", "event", "operation", "effort", "nonprofit", "charity", "gathering", "gatherings"}
)


def _naming(tokens: list[Token], i: int) -> bool:
    """Is the participle at i giving a thing its name ("a new group called Black Votes Matter", "His
    nonprofit, called the Virginia Legacy Fund,", "the gatherings ..., called the Clinton Global
    Initiative")? It names; nobody says anything."""
    if tokens[i].low not in NAMING or i < 1 or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if not (nxt.is_cap or nxt.text in OPENING_QUOTES or (nxt.low == "the" and i + 2 < len(tokens) and tokens[i + 2].is_cap)):
        return False
    if nxt.low in lexicon.words("time_words.txt") or nxt.low in lexicon.words("honorifics.txt"):
        return False  # "A watchdog group called Monday for an inquiry", "A rival campaign called Mr. Trump a fraud"
    end = i + 1 + (nxt.low == "the")
    while end < len(tokens) and (tokens[end].is_cap or tokens[end].quoted or tokens[end].text in OPENING_QUOTES):
        end += 1  # the name given: "the Virginia Conservation Legacy Fund", "“The Local”"
    after = tokens[end] if end < len(tokens) else None
    if after is not None and after.is_word and after.text.islower() and (after.low in DETERMINERS or lexicon.tag_of(after.low) in {"NN", "NNS", "JJ"}):
        return False  # "called the Senate bill a betrayal": an object and what it is called
    k = i - 1
    comma = tokens[k].text == ","
    if comma:
        k -= 1  # "His nonprofit group, called the ...,": set off by commas on both sides
        rest = tokens[i + 1 :]
        if not any(t.text == "," for t in rest[1:6]):
            return False
    head = tokens[k]
    if not (head.is_word and head.text.islower() and (head.low in NAMED_THINGS or head.low in lexicon.words("organization_words.txt") or is_document(head))):
        return False
    if comma:
        return True
    # without commas only an indefinite phrase names ("a new group called ..."; "the campaign called
    # Trump's remarks childish" says something)
    j = k - 1
    while j >= 0 and k - j <= 3 and tokens[j].is_word and tokens[j].text.islower() and tokens[j].low not in {"a", "an", "the"}:
        j -= 1  # "a new | group", "a pro-Trump political | group"
    return j >= 0 and tokens[j].low in {"a", "an"}


OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})


def _credit_line(tokens: list[Token], i: int) -> bool:
    """Is the sentence a reporting credit, "Doe reported from Washington." ("...; Roe, from Kabul."):
    "reported from" and nothing after it but places? It says where a reporter worked, not what anyone
    said."""
    if tokens[i].low != "reported" or i + 1 >= len(tokens) or tokens[i + 1].low != "from":
        return False
    return all(t.is_cap or not t.is_word or t.low in {"and", "from"} for t in tokens[i + 2 :])
