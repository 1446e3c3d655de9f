"""A proposed speaker's name without what the rules let run into it, before the voices are settled.

`tidy` cuts a clause ("Hillary Clinton wants" is Hillary Clinton), a verb before its object ("leads many
experts"), a Title Case headline read as one name (only the person it opens with or ends on), a noun
phrase before the clause that modifies it ("price swings that many traders" is many traders), a common
noun run into a name ("world Uber"), a thing's description before the name it was given ("website
called PolitiFact") and trailing function words or dates. `voice_list.settle` calls it
on every speaker.
"""

from __future__ import annotations

import re

from .. import lexicon
from .names import DETERMINERS, POSSESSIVE_PRONOUNS
from .no_reports import NAMING
from .phrases import RELATIVES as _RELATIVE_PRONOUNS
from .voice_filter import EDGE, GLUED

FINITE_TAGS = frozenset("VBZ VBD VBP".split())  # "wants", "ran", "sit": a verb with its subject, a clause
# before these a "verb" is a noun: "special needs", "the works", "of rights"
NOUN_MODIFIER_TAGS = frozenset("JJ JJR JJS DT IN PRP$ CD POS".split())
RELATIVES = _RELATIVE_PRONOUNS | {"whom"}


def clause_at(name: str) -> int | None:
    """Where a clause starts inside a proposed name, in words: a finite verb in lower case with no
    relative pronoun before it, and the adverbs just before that verb ("Hillary Clinton wants": 2; "the
    nominee currently sits": 2; but "officials who spoke" is a description, None), or 0 when the first
    word is a verb's base form ("Get those"). None for a name. A word the lexicon first tags as a base
    form or participle counts too when an object opens after it ("the PAC launched a new ad", "Doe and
    Roe enter the final weeks"); not an "-ing" form ("people working the phones" is a description)."""
    raw = [w.strip(EDGE) for w in name.split()]
    if len(raw) > 1 and lexicon.tag_of(raw[0]) == "VB":
        return 0
    for k, word in enumerate(raw):
        if word.lower() in RELATIVES:
            return None
        if word.islower() and _verb_here(raw, k) and not (k and lexicon.tag_of(raw[k - 1]) in NOUN_MODIFIER_TAGS):
            while k and raw[k - 1].islower() and lexicon.tag_of(raw[k - 1]).startswith("RB"):
                k -= 1
            return k
    return None



# what opens a verb's object: an article or a possessive ("launched a new ad", "share their grievances")
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "our", "my", "your"}) | frozenset(POSSESSIVE_PRONOUNS)


def _verb_here(raw: list[str], k: int) -> bool:
    """Is the word at k a finite verb: tagged so, or a base form or participle with an object after it?"""
    tag = lexicon.tag_of(raw[k])
    if tag in FINITE_TAGS:
        return True
    if k == 0 or k + 1 >= len(raw) or raw[k + 1].lower() not in _OBJECT_DETERMINERS:
        return False
    if tag in {"VB", "VBN"}:
        return True
    # a word the lexicon first reads as a noun, between a plural subject and its object ("female
    # colleagues share their grievances"); not after a singular noun ("the company share the")
    return tag in {"NN", "VBP"} and raw[k - 1].islower() and lexicon.tag_of(raw[k - 1]) == "NNS"

TRAILING = frozenset("that who which whose whom the a an all both".split())
# Capitalised words no name holds: a verb, a modal or a pronoun ("Trump Says His Plan Will ...")
HEADLINE_TAGS = frozenset("VB VBD VBP VBZ MD PRP PRP$".split())
_DIGIT_GLUED = re.compile(r"\d[A-Za-z]*[a-z][A-Z]|\d(?:AM|PM|am|pm)[A-Z]")  # "57PMJeb", "10amJane"


def is_headline_run(parts: list[str]) -> bool:
    """More than three words with a capitalised verb, modal or pronoun, or a word glued to another."""
    if len(parts) <= 3:
        return False
    words = [p.strip(EDGE) for p in parts]
    return any(w[:1].isupper() and lexicon.tag_of(w) in HEADLINE_TAGS for w in words) or any(
        GLUED.search(w) or _DIGIT_GLUED.search(w) for w in words
    )


def _headline_cut(parts: list[str]) -> list[str]:
    """A Title Case headline read as one name, or words glued to a time ("57PMJeb Bush Hits Marco Rubio",
    "Says His Plan Will Not ... Donald Trump"): only the person at its end, from the last given name
    ("Marco Rubio", "Donald Trump"); one in Title Case that opens with a given name keeps that name, up
    to its first capitalised preposition, verb, modal or pronoun ("Hillary Clinton Under Pressure To ...")
    unless an institution's word comes first ("John F. Kennedy Center For The Performing Arts"). Otherwise
    a name of three words or fewer, or with no verb, modal, pronoun or glued word in it, is left as it is
    ("Save the Children", "Bill and Melinda Gates Foundation")."""
    words = [p.strip(EDGE) for p in parts]
    given = lexicon.table("gender.txt")
    if len(parts) > 3 and all(w[:1].isupper() for w in words) and words[0].lower() in given:
        # a Title Case headline that opens with the person ("Hillary Clinton Under Pressure To Repudiate
        # ..."): the name ends before the first capitalised preposition, verb, modal or pronoun after it
        cut = next((k for k in range(2, len(words)) if lexicon.tag_of(words[k].lower()) in HEADLINE_TAGS | {"IN", "TO"}), None)
        organisations = lexicon.words("organization_words.txt")
        if cut is not None and not any(w.lower() in organisations for w in words[:cut]):
            return parts[:cut]  # not "John F. Kennedy Center For The Performing Arts": an institution's name
    if not is_headline_run(parts):
        return parts
    starts = [k for k, w in enumerate(words[:-1]) if w.lower() in given and w[:1].isupper() and len(parts) - k <= 3]
    return parts[starts[0] :] if starts else parts


def tidy(name: str) -> str:
    """A proposed name without the clause the rules let run into it ("Hillary Clinton wants" is Hillary
    Clinton, "leads many cyber experts" many cyber experts; see `clause_at`) or a relative pronoun left
    on its end ("the government that"), nor an article, "all" or a weekday ("Outside the", "Roe
Sunday"). "" when nothing of a name is left."""
    parts = name.split()
    given = _name_given(parts)
    if given is not parts:
        return " ".join(given)  # "website called PolitiFact": the name given, read before "called" as a verb
    at = clause_at(name)
    if at:
        parts = parts[:at]
    elif at is None and len(parts) > 2 and parts[0].islower() and lexicon.tag_of(parts[0]) in {"VBD", "VBN"} and parts[1].lower() in DETERMINERS:
        parts = parts[1:]  # "led the team (that wrote ...)": the verb before its object; not "elected officials"
    elif at == 0 and (parts[0][:1].islower() or not any(p[:1].isupper() for p in parts[1:])):
        # the verb came first: its object is who was meant ("leads many experts", "Get those"); but "Save
        # the Children" and "Keep Britain Tidy" are names
        parts = parts[1:]
        if parts and parts[0].lower() == "that":
            parts = parts[1:]
    parts = _headline_cut(parts)
    parts = _after_subordinator(parts)
    parts = _without_leading_thing(parts)
    while len(parts) > 1 and ((parts[-1].islower() and parts[-1].strip(EDGE) in TRAILING) or parts[-1].lower().strip(EDGE) in lexicon.words("time_words.txt")):
        parts.pop()  # "the government that", "Outside the", "Roe Sunday"
    return " ".join(parts)


_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "in", "de"})  # "Center for Justice", "Bank of America"


def _name_given(parts: list[str]) -> list[str]:
    """ "website called PolitiFact", "German news organization called “The Local”": the name a thing was
    given, not the description before it (a capitalised name after the participle only)."""
    for k, word in enumerate(parts[:-1]):
        if word in NAMING and k and parts[k - 1][:1].islower():
            rest = [p.strip("“”\"") for p in parts[k + 1 :]]
            rest = [p for p in rest if p]
            if rest and rest[0] == "the":
                rest = rest[1:]  # "named the Center for Justice" ("called “The Local”" keeps its article)
            if rest and rest[0][:1].isupper() and all(p[:1].isupper() or p in _NAME_JOINERS for p in rest):
                return rest
    return parts


# what opens a clause inside a noun phrase: "swings that many researchers (link)", "more whenever the data
# (suggests)"; the subordinators file less the words that are also prepositions before a plain noun phrase
_PREPOSITIONS_TOO = frozenset("as after before despite since".split())
# words that describe the name after them ("spokesman Joan Brill", "the company Uber"): not a thing's name
_DESCRIBING = ("role_words.txt", "speaker_nouns.txt", "group_nouns.txt", "organization_words.txt", "document_nouns.txt")


def _after_subordinator(parts: list[str]) -> list[str]:
    """A noun phrase run into the clause that modifies it keeps the clause's subject, the one who speaks:
    "extreme temperature swings that many researchers" is many researchers, "greater amounts whenever
    the data" the data. Only when what follows the lower-case "that" (or "whenever", "if" ...) is a noun
    phrase with no verb of its own; "the government that" and "those who voted" are left to the rules
    that know them."""
    opening = {"that", "whenever"} | {w for w in lexicon.words("subordinators.txt") if " " not in w} - _PREPOSITIONS_TOO
    for k in range(len(parts) - 2, 0, -1):
        if parts[k] in opening:
            rest = [w.strip(EDGE) for w in parts[k + 1 :]]
            tags = [lexicon.tag_of(w) for w in rest]
            if rest and all(t[:2] != "VB" and t != "MD" for t in tags) and (rest[-1][:1].isupper() or tags[-1][:2] in {"NN", ""}):
                return parts[k + 1 :]
            return parts
    return parts


def _without_leading_thing(parts: list[str]) -> list[str]:
    """A common noun run into a name after it is the end of a noun phrase, not part of the name: "in the
    world Uber seeks to create" gives "world Uber", which is Uber. A noun that describes the name ("spokesman
    Joan Brill", "the company Uber", "hopefuls Jeb Bush") stays for the role rules."""
    if len(parts) < 2 or not parts[0].islower() or not parts[1][:1].isupper() or not all(p[:1].isupper() or p.lower() in {"of", "and", "for", "the", "&"} for p in parts[1:]):
        return parts
    word, name = parts[0].strip(EDGE), parts[1].strip(EDGE).lower()
    if lexicon.tag_of(name)[:2] in {"NN", "JJ"} or name in lexicon.words("organization_words.txt"):
        return parts  # "state Department", "l Top Secret": a capitalised common word is no name without it
    if not lexicon.tag_of(word).startswith("NN") or any(word in lexicon.words(f) or word.rstrip("s") in lexicon.words(f) for f in _DESCRIBING):
        return parts
    return parts[1:]
