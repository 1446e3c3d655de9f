"""Whom a noun phrase names in this article: ``mention_from`` resolves a speaker's phrase against what
the article said before (see ``registry``), using what ``names`` knows about noun phrases.

"Zelensky" -> the Volodymyr Zelensky named before; "the senator" -> the last named senator; "a source"
-> a new speaker named by the description; "his remarks" -> the man they belong to; "Jane Doe and her
lawyer" -> the two, as a group.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..schema import AUTHOR
from ..text.tokens import Token
from .names import (
    DETERMINERS,
    NEGATIVE,
    NON_DEFINING,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    clean,
    common_word,
    is_given_name,
    is_pronoun,
    is_role_word,
    is_speaker_head,
    join,
    kind_of,
    listed,
    looks_plural,
    pronoun_of,
    share_end,
    singular,
    where_from,
)
from .phrases import those_described
from .registry import Mention, Registry, gender_of

__all__ = ["mention_from"]

INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "two", "three", "four", "many", "few"})

_PARTY = re.compile(r"[A-Z]{1,2}-[A-Z][A-Za-z.]*$")  # a party and state in parentheses: "R-Iowa", "D-N.Y."


def _lex(name: str) -> frozenset[str]:
    return lexicon.words(name)


def _common_case(words: list[Token], first: Token | None = None) -> str:
    """Common words are written in lower case, so "Officials said" at a sentence's start and
    "officials said" later are one speaker. Only the phrase's `first` word (default: the first of
    `words`) can owe its capital to the sentence; a capital after it is a proper name's ("the
    Ministry of Health", "Russian officials")."""
    first = first or (words[0] if words else None)
    at = next((k for k, t in enumerate(words) if t is first), -1)
    if 0 <= at < len(words) - 2 and words[at + 1].low == "of" and words[at + 2].is_cap and not looks_plural(first.low):
        first = None  # "Bank of America", "University of Texas": one proper name
    elif 0 <= at < len(words) - 1 and words[at + 1].is_cap and first.is_cap and first.low not in DETERMINERS | QUANTIFIERS | POSSESSIVE_PRONOUNS.keys() and not is_role_word(first):
        first = None  # "State Department officials", "White House aides": the capital opens a proper name
    party = _lex("party_members.txt")  # "Democrats" keeps its capital
    return join([Token(t.text.lower(), t.start, t.end) if (t is first or not t.is_cap) and common_word(t) and t.low not in party else t for t in words])


def _coordinated(words: list[Token]) -> bool:
    """Speakers joined by "and": "John Roe and Jane Doe", "Slate and its critics"."""
    return any(t.low == "and" and 0 < k < len(words) - 1 for k, t in enumerate(words))


def _title_head(words: list[Token]) -> Token | None:
    """The head of a title phrase: its last word, or the word before an "of" that ends it with an office
    or a place ("Secretary" in "Secretary of State"; but "Secretary of State Mike Pompeo" ends in a name,
    and has none)."""
    at = next((k for k, t in enumerate(words) if t.low == "of" and k > 0), None)
    if at is None:
        return words[-1] if words else None
    after = words[at + 1 :]
    if len(after) > 2 or any(is_given_name(t) for t in after):
        return None
    return words[at - 1]


def _joined_titles(words: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """(role, name) when "and" joins two titles of one person ("Fox News Vice President and Managing
    Editor Bill Roe", "real estate mogul and reality star Tom Doe"): the words before "and" end in a
    title or a person noun and name no one, and those after it are a title and a name. None otherwise
    ("Tom Roe and Jane Doe", "Jane Doe and her lawyer" are two people)."""
    at = next((k for k, t in enumerate(words) if t.low == "and" and 0 < k < len(words) - 1), None)
    if at is None:
        return None
    if words[0].low in DETERMINERS:
        return None  # "The president and first lady Jane Doe": two people
    head = _title_head(words[:at])
    if head is None or not (is_role_word(head) or (head.text.islower() and is_speaker_head(head))):
        return None
    role, name = clean(words[at + 1 :])
    if not role:  # "... mogul and reality star Tom Doe": a description in lower case before the name
        first_cap = next((k for k, t in enumerate(words[at + 1 :]) if t.is_cap), 0)
        role, name = words[at + 1 : at + 1 + first_cap], words[at + 1 + first_cap :]
        if not all(t.is_cap for t in name):
            return None
    if not role or not name or not name[0].is_cap or any(t.low == "and" for t in name):
        return None
    if any(t.low in POSSESSIVE_PRONOUNS or t.low in DETERMINERS for t in role):
        return None  # "the lawyer and his client Tom Roe": two people
    return words[: at + 1] + role, name


def _utterance_owner(words: list[Token]) -> list[Token]:
    """The owner of someone's own words ("his remarks", "Jane Doe’s latest statement"), as a subject
    ("he", "Jane Doe"); empty when the phrase is not that."""
    head = words[-1]
    if len(words) < 2 or not head.text.islower() or (head.low not in _lex("utterance_nouns.txt") and singular(head.low) not in _lex("utterance_nouns.txt")):
        return []
    if words[0].low in POSSESSIVE_PRONOUNS:
        return [Token(POSSESSIVE_PRONOUNS[words[0].low], words[0].start, words[0].end)]
    at = next((k for k, t in enumerate(words[:-1]) if t.text != t.bare), None)
    if at is None or not all(t.is_cap for t in words[: at + 1]):
        return []
    return [*words[:at], Token(words[at].bare, words[at].start, words[at].end)]


def mention_from(tokens: list[Token], appositive: str, registry: Registry) -> Mention | None:
    """The speaker a noun phrase names, resolved against what the article said before.

    A definite description ("the senator") stands for someone named before; an indefinite one ("a
    source", "another spokesman", "one voter") and one owned by someone else ("his lawyer") introduce
    a new speaker, named by the description. Names joined by "and" speak together, as a group.
    """
    words = [t for t in tokens if t.is_word]
    if not words:
        return None
    if len(words) == 1 and is_pronoun(words[0]):
        low = pronoun_of(words[0])
        if low in {"i", "we"}:
            return Mention(AUTHOR, "author", "", words[0].text)
        found = registry.resolve_pronoun(low)
        if found is None:  # nobody to stand for: keep the pronoun, written the same wherever it stands
            kinds = lexicon.table("pronouns.txt").get(low, ("person",))
            return Mention(low, kinds[0], "", words[0].text)
        return Mention(found.name, found.kind, found.role, words[0].text)
    if words[0].low in NEGATIVE:
        return None  # "No one said", "No official would say": nobody
    if len(tokens) >= 2 and share_end(tokens, 0, len(tokens)) == len(tokens):
        return Mention(join(tokens).lower().replace(" %", "%"), "group")  # "one in three", "42%": a share of those asked
    while len(words) > 1 and words[0].is_cap and words[0].low in _lex("not_names.txt"):
        words = words[1:]  # "But Doe", "Even Doe"
    owner = _utterance_owner(words)
    if owner:  # "His remarks indicated", "Doe's statement said": the one whose words they are
        return mention_from(owner, appositive, registry)
    # "a source", "his lawyer", "Gary Johnson’s doctor": someone not named before
    owned = len(words) > 1 and any(t.is_cap and t.text != t.bare for t in words[:-1]) and words[-1].text.islower()
    new_referent = words[0].low in INDEFINITE or (words[0].low in POSSESSIVE_PRONOUNS and len(words) > 1) or owned
    if words[0].low in POSSESSIVE_PRONOUNS:
        words = words[1:]
    told = gender_of(t.low for t in words if t.low in _lex("honorifics.txt"))  # "Mrs. Doe"
    role_tokens, name_tokens = clean(words)
    at = next((k for k, t in enumerate(words) if t.low == "and" and t in role_tokens), None)
    first = clean(words[:at])[1] if at is not None else []
    if at is not None and (len(first) >= 2 or (first and (words[0].low in _lex("honorifics.txt") or is_pronoun(words[0])))):
        # "Tom Roe and Senator Jane Doe": two names, each without its title (but "Commerce and
        # Industry Minister Jane Doe" is one title)
        role_tokens, name_tokens = [], clean(words[:at])[1] + [words[at]] + clean(words[at + 1 :])[1]
    content = [t for t in name_tokens if t.low not in DETERMINERS and t.low not in QUANTIFIERS]
    if not content:  # "Some said", "Many believe"; but "No one", "the" name nobody
        last = name_tokens[-1] if name_tokens else words[-1]
        if last.low not in _lex("group_nouns.txt"):
            return None
        if last.low == "those" and appositive.lower().startswith("those "):
            return Mention(appositive[0].lower() + appositive[1:], "group")  # "those close to him"
        return Mention(last.low, "group", appositive)
    if those_described(words):
        return Mention(f"those {words[1].low}", "group", appositive)  # "those polled", "most of those surveyed"
    joined = _joined_titles(words)
    if joined:  # "Japanese journalist and author Hiro Aida": one person with two titles
        role_tokens, name_tokens = joined
        content = [t for t in name_tokens if t.low not in DETERMINERS and t.low not in QUANTIFIERS]
    if _coordinated(content):
        while len(content) > 2 and content[0].is_cap and (content[0].low in _lex("honorifics.txt") or is_role_word(content[0])) and content[1].is_cap:
            content = content[1:]  # "Senator Jane Doe and her husband": the title is no part of their names
        return Mention(_common_case(content, content[0] if content[0] is words[0] else None), "group", appositive)
    of = where_from(name_tokens)  # "Chris Low at FTN Financial" is a person, whatever follows "at"
    kind = kind_of(role_tokens + (name_tokens[:of] if of else name_tokens))
    known = len(content) == 1 and content[0].is_cap and " " in registry.canonical(content[0].bare)
    if known:
        kind = "person"  # "Sanders" after "Bernie Sanders": the person, not a plural
    has_proper = known or any(t.is_cap and not common_word(t) for t in content)
    described = kind == "person" and content[-1].text.islower() and is_speaker_head(content[-1])
    if kind == "person" and (not has_proper or described):  # "the Vermont senator" is a description too
        # A description standing alone: "the senator", "a spokesman", "the announcer".
        head = content[-1]
        if not is_speaker_head(head):
            return None  # a thing, not a speaker: "the bridge"
        description = _common_case(content, words[0])
        if not new_referent:
            role_word = next((t.low for t in reversed(content) if is_role_word(t)), None)
            described = tuple(t.low for t in content)
            found = registry.resolve_title(role_word, described) if role_word else registry.resolve_role(head.low)
            if found is not None:
                return Mention(found.name, found.kind, found.role, join(words))
        return Mention(description, "person", appositive, "")
    if kind == "person":
        if of:  # "Ann Beck of Guam": the name, and where she is from as her role
            name_tokens, role_tokens = name_tokens[:of], role_tokens + name_tokens[of:]
        name = registry.canonical(join(name_tokens), told)
    else:
        first = words[0]
        while len(words) > 1 and (words[0].low in DETERMINERS | QUANTIFIERS | POSSESSIVE_PRONOUNS.keys() or (words[0].text in NON_DEFINING)):
            words = words[1:]
        if has_proper:  # "the nonpartisan Budget Office" is the Budget Office
            while len(words) > 1 and words[0].text.islower() and not listed(words[0].low):
                words = words[1:]
        name = _common_case(words, first)
    role = appositive or join(role_tokens)
    if role_tokens and _PARTY.match(appositive):
        role = f"{join(role_tokens)} ({appositive})"  # "Sen. Jane Doe (R-Iowa)": the title and the seat
    return Mention(name, kind, role, gender=told if kind == "person" else "")
