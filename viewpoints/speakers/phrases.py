"""Where the noun phrase naming a speaker begins and ends among a sentence's tokens.

Three readings, each from the cue's position: leftwards from a verb ("... the city council said"),
rightwards after one ("said Jane Doe, a lawyer"), and forwards from the start of the verb's clause
("Experts on trade at the institute said": the subject is the first noun phrase, what follows it is
a description; that third reading is `subject_phrase`). Here are the first two and the word classes all
three share. `names` then decides whom the words name.
"""

from __future__ import annotations

from itertools import pairwise

from .. import lexicon
from ..text.tokens import Token
from .names import (
    CONNECTORS,
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    allowed_in_name,
    is_pronoun,
    is_speaker_head,
    looks_plural,
)

BE_FORMS = frozenset(
    {"is", "was", "were", "are", "be", "been", "being", "'s", "’s"}
    | {neg + mark + "t" for neg in ("isn", "wasn", "weren", "aren") for mark in "'’"}
)
MAX_APPOSITIVE = 30  # tokens
# Prepositions that attach a description to the subject's head: "experts on trade", "a lawyer for them".
PREPOSITIONS = frozenset(
    ["of", "for", "at", "in", "on", "from", "by", "with", "around", "across", "near", "inside", "outside", "within", "about", "behind", "among", "between", "under", "over"]
)
RELATIVES = frozenset({"who", "that", "which", "whose"})
CONTACT_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they"})
OBJECT_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them", "it"})
DASH_MARKS = frozenset({"—", "–", "--", "―", "-"})  # "-" stands alone only when typed, spaced, as a dash
CLAUSE_END = frozenset({",", ".", ";", ":", "(", "?", "!"}) | DASH_MARKS
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "--", "―", "(", ")"})
QUANTITY_NOUNS = frozenset({"percent", "number", "majority", "minority", "half", "third", "quarter", "two-thirds", "handful", "group", "couple", "dozen", "dozens", "lot", "host", "chorus", "series", "string"})
ORDINALS = frozenset({"first", "second", "third", "last"})
MAX_SUBJECT = 25  # tokens between a clause's start and its verb that can still be one noun phrase


MAX_DESCRIBING = 4  # words describing a person noun before a name: "longtime Democratic party pollster"


def skippable(token: Token) -> bool:
    """An auxiliary, negation or adverb that may stand between a subject and its verb."""
    low = token.low
    adverb = _ly_adverb(low) and not token.is_cap and len(low) > 3
    return low in lexicon.words("skippable.txt") or adverb


def modifier(tokens: list[Token], k: int, *, opens: bool = False) -> bool:
    """A common noun naming an institution's kind, between a determiner (or nothing) and the
    institution: "city" in "the city council", "health" in "health officials"."""
    t = tokens[k]
    if not (t.is_word and t.text.isalpha() and t.text.islower() and k + 1 < len(tokens)) or t.low in lexicon.words("stopwords.txt"):
        return False  # "called to service": a function word modifies nothing
    head = tokens[k + 1].low
    if head not in lexicon.words("organization_words.txt") and head not in lexicon.words("group_nouns.txt"):
        return False
    before = tokens[k - 1] if k > 0 else None
    return opens or before is None or not before.is_word or before.low in DETERMINERS or before.low in QUANTIFIERS


def not_a_name_start(token: Token) -> bool:
    """A capitalised function word or sentence adverb ("But", "What", "Even"), or a connector."""
    return token.low in CONNECTORS or (token.is_cap and (token.low in lexicon.words("not_names.txt") or sentence_adverb(token)))


def sentence_adverb(token: Token) -> bool:
    """An adverb in -ly that opens a sentence ("Similarly, ...", "Additionally, ..."): by its tag, so
    names in -ly ("Kelly", "Lilly") stay names."""
    return _ly_adverb(token.low) and lexicon.tag_of(token.low) == "RB"


def _ly_adverb(low: str) -> bool:
    """A word in -ly that is no noun or adjective of ly_words.txt ("family", "ally"): an adverb's shape."""
    return low.endswith("ly") and low not in lexicon.words("ly_words.txt")


def function_word(token: Token) -> bool:
    """A closed-class word ("because", "That’s", "if") that no subject's noun phrase holds."""
    low = token.bare.lower()
    if low in DETERMINERS or low in QUANTIFIERS or low in POSSESSIVE_PRONOUNS:
        return False
    if low in ORDINALS and not token.is_cap:
        return False  # "a third source": an ordinal inside a noun phrase ("Third, ..." opens a sentence)
    return low in lexicon.words("stopwords.txt") or low in lexicon.words("not_names.txt") or low in lexicon.words("subordinators.txt")


def backward_np(tokens: list[Token], j: int) -> list[Token]:
    """The noun phrase ending at token j, read leftwards."""
    out: list[Token] = []
    while j >= 0:
        t = tokens[j]
        if t.quoted:
            break
        if (
            allowed_in_name(t)
            or (t.low in CONNECTORS and out and j > 0 and allowed_in_name(tokens[j - 1]) and (tokens[j - 1].is_cap or t.low not in {"of", "for", "at"}))
            or (out and modifier(tokens, j))
        ):
            out.insert(0, t)
            j -= 1
            continue
        break
    while out and not_a_name_start(out[0]):
        out = out[1:]
    return out[1:] if all_before_a_name(out) else out


def all_before_a_name(words: list[Token]) -> bool:
    """ "was all Doe would say": "all" is what Doe would say, not part of a name ("all Americans" is a
    phrase)."""
    return len(words) > 1 and words[0].low == "all" and words[1].is_cap and not looks_plural(words[-1].low)


def forward_np(tokens: list[Token], i: int) -> tuple[list[Token], int]:
    """The noun phrase starting at token i, and the index after it."""
    if i < len(tokens) and is_pronoun(tokens[i]) and not _owns_a_person(tokens, i):
        return [tokens[i]], i + 1
    out: list[Token] = []
    while i < len(tokens):
        t = tokens[i]
        if (
            allowed_in_name(t)
            or (t.low in CONNECTORS and out and i + 1 < len(tokens) and tokens[i + 1].is_cap)
            or modifier(tokens, i, opens=not out)
            # a common noun heading the phrase after its determiner: "said a source", "said one voter"
            or (out and all(x.low in DETERMINERS | QUANTIFIERS or x.low in POSSESSIVE_PRONOUNS for x in out) and is_speaker_head(t, plural_ok=True))
            # and after a name that modifies it: "said a Trump supporter", "wrote one Sanders supporter"
            # (without it the name alone was the speaker: Trump given his supporter's words)
            or (
                len(out) > 1 and out[0].low in DETERMINERS | QUANTIFIERS and all(x.is_cap and not x.quoted for x in out[1:])
                and t.text.islower() and is_speaker_head(t, plural_ok=True)
            )
            # a common noun describing the name after it: "said Army veteran Tom Baker", "said widow Ann Roe"
            or (t.text.islower() and i + 1 < len(tokens) and tokens[i + 1].is_cap and not tokens[i + 1].quoted and is_speaker_head(t))
            # and a modifier of that noun after a name: "said Montclair State University political | scientist Brigid Harrison"
            or (out and out[-1].is_cap and _describes_name_after(tokens, i))
            # and the words describing that noun, after an owner or none: "said retired neurosurgeon Ben
            # Carson", "added his campaign manager Jeff Weaver"
            or (all(x.low in POSSESSIVE_PRONOUNS for x in out) and _describes_a_name(tokens, i))
            or (not out and _owns_a_person(tokens, i))
        ):
            out.append(t)
            i += 1
            continue
        break
    while out and out[-1].low in CONNECTORS:
        out.pop()
        i -= 1
    return out, i


def _describes_name_after(tokens: list[Token], i: int) -> bool:
    """Do lower-case words from i (two at most) end on a person noun right before a capitalised name
    ("political scientist Brigid Harrison", "law professor Laurence Tribe")? Then they describe that name."""
    for j in range(i, min(i + 2, len(tokens) - 1)):
        t = tokens[j]
        if not (t.is_word and t.text.islower() and not t.quoted) or t.low in lexicon.words("stopwords.txt"):
            return False
        if j > i and is_speaker_head(t) and tokens[j + 1].is_cap and not tokens[j + 1].quoted:
            return True
    return False


def _owns_a_person(tokens: list[Token], i: int) -> bool:
    """ "his wife", "her lawyers", "his campaign manager Jeff Weaver": a possessive opening a phrase
    that names a person, not a pronoun standing alone."""
    if tokens[i].low not in POSSESSIVE_PRONOUNS or i + 1 >= len(tokens) or not tokens[i + 1].text.islower():
        return False
    return is_speaker_head(tokens[i + 1], plural_ok=True) or _describes_a_name(tokens, i + 1)


def _describes_a_name(tokens: list[Token], i: int) -> bool:
    """Do the words from i (a lower-case one first, capitalised adjectives allowed) describe a
    lower-case person noun that stands before a name ("retired neurosurgeon Ben Carson", "longtime
    Democratic pollster Pat Caddell")?"""
    for k in range(i, min(i + MAX_DESCRIBING, len(tokens) - 1)):
        t = tokens[k]
        if not t.is_word or t.quoted or t.low in lexicon.words("stopwords.txt") or verb_like(t):
            return False
        following = tokens[k + 1]
        if k > i and t.text.islower() and is_speaker_head(t) and following.is_cap and not following.quoted:
            return following.low not in lexicon.words("time_words.txt")  # not "said angry farm workers Tuesday"
    return False


def _opens_an_action(following: list[Token]) -> bool:
    """Does the word after an -ing word make it a verb with its object or phrase ("citing the report",
    "speaking in Ohio", "calling it “a farce”") rather than a modifier ("managing director")?"""
    if not following:
        return True
    nxt = following[0]
    return not nxt.is_word or nxt.quoted or nxt.low in PREPOSITIONS or nxt.low in DETERMINERS or is_pronoun(nxt) or nxt.low in POSSESSIVE_PRONOUNS


def role_text(words: list[Token]) -> str:
    """The words of an appositive as a role; an age alone ("Jane Doe, 54,") is not a role."""
    words = [t for t in words if t.text not in {"(", ")"}]
    if words and words[0].text.islower() and words[0].low.endswith("ing") and _opens_an_action(words[1:2]):
        return ""  # "Doe, citing the report, said": what the speaker did, not a role ("managing director" is one)
    if words and words[0].low in {"a", "an", "the"}:
        words = words[1:]
    if not words or all(t.text.isdigit() for t in words if t.is_word):
        return ""
    out = words[0].text
    for before, t in pairwise(words):
        out += (" " if t.start > before.end else "") + t.text  # spacing as written: "(D-Mass.)"
    return out + "”" if out.count("“") > out.count("”") else out  # a quotation the appositive's comma cut


def appositive_after(tokens: list[Token], i: int) -> str:
    """", a lawyer," after a name: the words up to the next comma or the end."""
    if i >= len(tokens) or tokens[i].text != ",":
        return ""
    words = []
    for t in tokens[i + 1 :]:
        if t.text in {",", ".", ";", ":"} or t.quoted:
            break
        words.append(t)
    role = role_text(words)
    if not role and words:  # an age first: "said Jane Doe, 54, a lawyer"
        return appositive_after(tokens, i + 1 + len(words))
    return role


def comma_before(tokens: list[Token], close: int, verb: int) -> int | None:
    """The comma (or dash, when a dash closes it) opening the appositive that ends at `close`,
    within MAX_APPOSITIVE of the verb: "Doe, a lawyer, said", "Doe -- a lawyer -- said"."""
    mark = tokens[close].text if tokens[close].text in DASH_MARKS else ","
    k = close - 1
    # a title in quotation marks may sit inside: 'Doe, host of “The Show,” said'
    while k >= 0 and (tokens[k].text != mark or tokens[k].quoted) and verb - k <= MAX_APPOSITIVE:
        k -= 1
    return k if k > 0 and tokens[k].text == mark and not tokens[k].quoted else None


def verb_like(token: Token) -> bool:
    """A word that cannot sit inside a noun phrase: an auxiliary, a modal, a speech verb's form."""
    low = token.low
    return low in BE_FORMS or low in lexicon.words("skippable.txt") and low not in {"first", "last", "long"} or (
        low in lexicon.speech_verb_forms() and not token.is_cap
    )


def those_described(words: list[Token]) -> bool:
    """ "those surveyed", "those polled": people named by a participle after "those" (a share's group)."""
    return len(words) == 2 and words[0].low == "those" and words[1].text.islower() and words[1].low.endswith("ed")
