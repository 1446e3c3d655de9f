"""Noun phrases that name a speaker, read on their own: cleaned names, roles, kinds, the nouns that
can hold a view. Whom a phrase names in an article is ``mentions``' question.

"Dr. Marcin Kaczmarski" -> Marcin Kaczmarski; "Wayne Jordash KC" -> Wayne Jordash;
"Ukrainian President Volodymyr Zelensky" -> Volodymyr Zelensky, role "Ukrainian President";
"officials" -> a group; "the Pentagon" -> an organisation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..text.tokens import Token

DETERMINERS = frozenset({"the", "a", "an", "another", "this", "that", "these", "those"})
QUANTIFIERS = frozenset({"many", "some", "several", "most", "other", "few", "two", "three", "four", "all", "both", "one", "each", "every"})
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Modifiers that do not tell one speaker from another: "a new poll" and "the poll" are one source.
NEGATIVE = frozenset({"no", "none", "nobody", "neither"})
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())
NON_DEFINING = frozenset({"new", "latest", "recent", "previous", "earlier", "same", "separate", "further"})
# Lower-case particles inside a person's name: "Bill de Blasio", "Ursula von der Leyen".
PARTICLES = frozenset({"de", "da", "di", "du", "van", "von", "der", "den", "al", "bin", "ibn", "le", "la", "del", "dos"})
CONNECTORS = PARTICLES | frozenset({"of", "for", "at", "and"})
# Common adjectives that may open a speaker's noun phrase ("senior officials", "local residents").
MODIFIERS = frozenset({"senior", "top", "former", "local", "federal", "state", "foreign", "western", "military", "press"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")  # "FBI", "NGOs"
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Z]\.){1,5}[A-Z]\.?$")  # "F.A.A.": a name's head; before a name, initials ("J.M. Berger")
_GROUP_DEMONYM = re.compile(r"(?:ians|ans|ese|ists|crats|cans|ers|ors|ents|ants|ives|ics)$")
# Plural agent nouns, common nouns even when a sentence's first word capitalises them ("Investors").
_AGENT_PLURAL = re.compile(r"(?:ers|ors|ists|ents|ants|ives|ics)$")
# A person named by what they do: "announcer", "questioner", "organizer", "lobbyist", "guardian".
_AGENT = re.compile(r"(?:er|or|ist|ian|sman|swoman|sperson)$")
MAX_ACRONYM = 6  # letters: "UNESCO"; a longer word in capitals is shouting, not a name
MIN_AGENT = 6  # letters: shorter words in -er/-or are seldom agents ("other", "door", "paper")


def _lex(name: str) -> frozenset[str]:
    return lexicon.words(name)


def is_role_word(token: Token) -> bool:
    return token.low in _lex("role_words.txt")


_APOSTROPHE = re.compile(r"['’]")


def pronoun_of(token: Token) -> str:
    """The pronoun a token is, contractions included ("I've", "she’d" -> "i", "she"), or ""."""
    low = _APOSTROPHE.split(token.low, 1)[0] if token.text[0].isalpha() else token.low
    return low if low in lexicon.table("pronouns.txt") else ""


def is_pronoun(token: Token) -> bool:
    return bool(pronoun_of(token))


def allowed_in_name(token: Token) -> bool:
    """Could this token be part of a speaker's noun phrase?"""
    low = token.low
    if not token.is_word or low in _lex("time_words.txt") or token.bare.lower() in _lex("time_words.txt"):
        return False
    return (
        token.is_cap
        or low in DETERMINERS
        or low in QUANTIFIERS
        or low in _lex("role_words.txt")
        or low in _lex("group_nouns.txt")
        or low in _lex("organization_words.txt")
        or low in MODIFIERS
    )


@lru_cache(maxsize=65_536)  # asked of the same few words many times per sentence
def looks_plural(low: str) -> bool:
    """A regular English plural: "engineers", "attorneys", "rabbis" (not "boss", "status", "analysis")."""
    if not (low.replace("-", "").isalpha() and len(low) > 2 and low.endswith("s")) or low.endswith(("ss", "us")):
        return False
    if low in _lex("not_plurals.txt"):
        return False  # "news", "politics", "series"
    if len(low) == 3 or low.endswith("is"):  # "ads" (not "has"), "rabbis" (not "analysis"): a listed noun's plural
        return any(low[:-1] in _lex(name) for name in ("speaker_nouns.txt", "role_words.txt", "document_nouns.txt"))
    return True


def is_document(token: Token) -> bool:
    """A text or finding that speaks for its makers: "the report said", "a poll found"."""
    low = token.low
    return low in _lex("document_nouns.txt") or (looks_plural(low) and low[:-1] in _lex("document_nouns.txt"))


def singular(low: str) -> str:
    """ "attorneys" -> "attorney", "allies" -> "ally", "witnesses" -> "witness"."""
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes")):
        return low[:-2]
    return low[:-1]


@lru_cache(maxsize=65_536)
def listed(low: str) -> bool:
    """A noun listed as able to hold a view, or the plural of one ("attorneys", "sources")."""
    lists = ("role_words.txt", "group_nouns.txt", "organization_words.txt", "speaker_nouns.txt")
    forms = {low, singular(low)} if looks_plural(low) else {low}
    return any(form in _lex(name) for form in forms for name in lists)


IRREGULAR_PLURALS = frozenset({"men", "women", "children", "people"})


def _irregular_person_plural(low: str) -> bool:
    """ "women", "children", "spokesmen", "congresswomen", "chairmen", "46-year-olds": plurals no -s
    rule reads."""
    if low in IRREGULAR_PLURALS or low.endswith(("smen", "swomen", "-year-olds")):
        return True
    return low.endswith("men") and listed(low[:-3] + "man")  # "chairmen": a listed "chairman"


def _plural_person(low: str) -> bool:
    """The plural of a person noun: "attorneys", "sources", "spokesmen"."""
    if _irregular_person_plural(low):
        return True
    stem = singular(low)
    return looks_plural(low) and (stem in _lex("role_words.txt") or stem in _lex("speaker_nouns.txt"))


def is_speaker_head(token: Token, *, plural_ok: bool = False) -> bool:
    """Can this common noun head a phrase that holds or voices a view? An office ("senator"), a group
    ("critics"), an institution ("council"), a person by what they do ("source", "voter", agent nouns
    like "announcer" or "lobbyist"), a text or finding ("report", "poll"); with `plural_ok`, any
    regular plural, since only beings and their texts say things ("engineers said")."""
    low = token.low
    if not token.is_word or low in _lex("stopwords.txt") or low in _lex("not_names.txt"):
        return False
    if listed(low) or is_document(token) or (low.startswith("ex-") and listed(low[3:])):  # "his ex-wife"
        return True
    if _irregular_person_plural(low) or low.endswith("-year-old"):
        return True  # "spokesmen", "said the 46-year-old"
    stem = low[:-1] if looks_plural(low) else low
    if len(stem) >= MIN_AGENT and _AGENT.search(stem) and stem.replace("-", "").isalpha() and stem not in _lex("not_agents.txt"):
        return True
    return plural_ok and looks_plural(low) and not token.is_cap


def kind_of(tokens: list[Token]) -> str:
    """person | organization | group, from the phrase's head: the last word before any "of" ("the
    leader of a group" is a person, "Ministry of Health" an organisation); a titled name is a person
    ("DNC Chairwoman Jane Doe")."""
    words = [t for t in tokens if t.is_word and t.low not in DETERMINERS and t.low not in QUANTIFIERS]
    if not words:
        return "group"
    if "of" in [t.low for t in words[1:]]:
        words = words[: [t.low for t in words].index("of", 1)]
    role, name = clean(words)
    if role and name and (is_role_word(role[-1]) or (role[-1].text.islower() and is_speaker_head(role[-1]))) and name[0].is_cap:
        return "person"  # "Sen. Jane Doe", "Army veteran Tom Baker"
    head = words[-1]
    if head.low in _lex("group_nouns.txt") or (head.is_cap and _GROUP_DEMONYM.search(head.bare) and len(words) == 1):
        return "group"
    # a plural common noun, capitalised or not ("Corporations are ..." opening a sentence)
    common = not head.is_cap or (len(words) == 1 and common_word(head))
    if (common and looks_plural(head.low) and not is_document(head)) or _plural_person(head.low):
        return "group"
    own = [t for t in words if t.text == t.bare]  # "NBC's Tom Baker": the owner does not make the kind
    governed = len(words) == 1 and head.low in _lex("governed_places.txt")  # "the city": its government
    if governed or is_document(head) or _DOTTED_ACRONYM.match(head.bare) or any(t.low in _lex("organization_words.txt") or _ACRONYM.match(t.bare) for t in own):
        return "organization"
    return "person"


def _period_title(token: Token, honorifics: frozenset[str]) -> bool:
    """ "then-Gov.", "ex-Sen.", "then-President": an honorific or office joined to "then-" or "ex-"."""
    head, dash, title = token.low.partition("-")
    return bool(dash) and head in {"then", "ex"} and (title in honorifics or title.rstrip(".") in _lex("role_words.txt"))


def clean(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split a noun phrase into (role tokens, name tokens), dropping honorifics and post-nominals."""
    honorifics, post = _lex("honorifics.txt"), _lex("postnominals.txt")
    words = [t for t in tokens if t.is_word]
    titles: list[Token] = []  # "Gen." in "Gen. Mark Milley": an office, kept as the role
    while len(words) > 1 and _period_title(words[0], honorifics):
        titles.append(words[0])  # "then-Gov. Rick Perry", "ex-Sen. Tom Reed": an office once held
        words = words[1:]
    while words and (words[0].low in DETERMINERS or words[0].low in honorifics):
        if words[0].low in lexicon.table("title_abbreviations.txt") and words[0].text.endswith("."):
            titles.append(words[0])
        words = words[1:]
    while words and words[-1].low in post and words[-1].is_cap:  # "KC", "Jr", "Jr.", "PhD"
        words = words[:-1]
    titled = max((i for i, t in enumerate(words[:-1]) if t.low in honorifics and t.text.endswith(".")), default=-1)
    if titled > 0 and all(t.is_cap for t in words[titled + 1 :]):  # "Former Pennsylvania Gov. Ed Rendell"
        return words[: titled + 1], words[titled + 1 :]
    words = [t for t in words if t.low not in honorifics or not t.text.endswith(".")]
    owner = max((i for i, t in enumerate(words[:-1]) if t.is_cap and t.text != t.bare), default=-1)
    if 0 <= owner < len(words) - 1 and all(t.is_cap for t in words[owner + 1 :]):
        return words[: owner + 1], words[owner + 1 :]  # "NBC's Lester Holt": NBC's is the affiliation
    last_role = max((i for i, t in enumerate(words) if is_role_word(t) or (t.text.islower() and is_speaker_head(t))), default=-1)
    after = words[last_role + 1 :]
    if last_role >= 0 and after and after[0].is_cap and all(t.is_cap or t.low in PARTICLES for t in after):
        return titles + words[: last_role + 1], after
    if last_role >= 0 and len(after) >= 4 and after[0].low == "of" and all(t.is_cap for t in after[1:]) and is_role_word(words[last_role]):
        # "Secretary of State John F. Kerry": the office's domain, then the name from its given name
        # (else its last two words, with their initials)
        given = next((m for m in range(last_role + 3, len(words) - 1) if is_given_name(words[m])), None)
        start = given if given is not None else len(words) - 2
        while given is None and start > last_role + 2 and (is_initial(words[start]) or is_initial(words[start - 1])):
            start -= 1
        return titles + words[:start], words[start:]
    return titles, words


def is_initial(token: Token) -> bool:
    """ "F." in "John F. Kerry"."""
    return len(token.text.rstrip(".")) == 1 and token.is_cap


def is_given_name(token: Token) -> bool:
    """A word that data/lexicon/gender.txt knows, such as a given name ("John", "Hillary")."""
    return token.low in lexicon.table("gender.txt")


def opens_with_given_name(words: list[Token]) -> bool:
    """Does a person's given name open these capitalised words: one gender.txt knows, or, before a
    surname, one that is also a common word ("Bill Clinton", "Marine Le Pen": common_given_names.txt)?"""
    if not words or not words[0].is_cap:
        return False
    if is_given_name(words[0]):
        return True
    organisation = any(t.low in lexicon.words("organization_words.txt") for t in words)  # "Grace Baptist Church"
    return len(words) >= 2 and words[1].is_cap and words[0].low in lexicon.table("common_given_names.txt") and not organisation


def where_from(words: list[Token]) -> int:
    """Where "of" or "at" starts what follows a person's name ("Ann Beck of Guam", "Tom Roe of the
    institute", "Chris Low at FTN Financial"), or 0: the name must open with a given name, so "Bank of
    America" stays whole."""
    at = next((k for k, t in enumerate(words) if t.low == "at"), 0)
    if at >= 2 and all(t.is_cap and not common_word(t) and t.low not in _lex("organization_words.txt") for t in words[:at]):
        return at  # "Chris Low at FTN Financial": a person's name and where they work
    of = next((k for k, t in enumerate(words) if t.low == "of"), 0)
    if of < 2 or not words[0].is_cap or not is_given_name(words[0]):
        return 0
    return of if all(t.is_cap for t in words[1:of]) else 0


APPROXIMATORS = frozenset({"nearly", "almost", "about", "roughly", "around", "some", "only", "just", "over", "approximately"})
FRACTIONS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})
COMPARATIVES = (("more", "than"), ("less", "than"), ("fewer", "than"), ("just", "over"), ("just", "under"))


def share_end(tokens: list[Token], start: int, end: int) -> int:
    """Where a poll's share of the people it asked ends when one opens tokens[start:end] ("one in
    three", "four out of 10", "42%", "nearly half", "more than a third"), else 0."""
    pair = tuple(t.low for t in tokens[start : start + 2])
    k = start + (2 if pair in COMPARATIVES else 1 if start < end and tokens[start].low in APPROXIMATORS else 0)
    if k > start:  # "nearly half", "more than a third", "just over a quarter": only with the approximation
        if k + 1 < end and tokens[k].low in {"a", "one"} and tokens[k + 1].low in FRACTIONS:
            k += 1  # "more than a third"
        if k < end and tokens[k].low in FRACTIONS:
            return k + 1
    if start + 1 < end and tokens[start].low in APPROXIMATORS and _number(tokens[start + 1]):
        start += 1  # "nearly nine out of 10", "about one in five"
    words = [t.low for t in tokens[start : min(end, start + 4)]]
    if len(words) >= 2 and _number(tokens[start]) and words[1] == "%":
        return start + 2
    for pattern in (["in"], ["out", "of"]):
        n = len(pattern)
        if words[1 : 1 + n] == pattern and len(words) > 1 + n and _number(tokens[start]) and _number(tokens[start + 1 + n]):
            return start + 2 + n
    return 0


def _number(token: Token) -> bool:
    """A count: "one", "three", "10", "42"."""
    return token.low in NUMBER_WORDS or token.text.isdigit()


def is_shouting(tokens: list[Token]) -> bool:
    """Capitals that are a heading's, not a name's: "QUESTIONABLE MEDICAL ADVICE" (two or more words
    in capitals, or one too long for an acronym like "NATO" or "UNICEF")."""
    caps = [t for t in tokens if t.is_word and t.text.isupper() and sum(c.isalpha() for c in t.text) > 1]
    return len(caps) >= 2 or any(sum(c.isalpha() for c in t.text) > MAX_ACRONYM for t in caps)


def join(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    text = " ".join(t.text for t in tokens[:-1]) + (" " if len(tokens) > 1 else "") + tokens[-1].bare
    return text.strip()


def common_word(token: Token) -> bool:
    """A common noun or determiner, whatever its case: capitalised only because it opens a sentence
    ("Police said", "Investors say"), and written in lower case so both spellings are one speaker."""
    low = token.low
    if low in _lex("proper_institutions.txt"):
        return False
    if low in DETERMINERS or low in QUANTIFIERS or low in MODIFIERS:
        return True
    if listed(low):
        return True
    if is_document(token):
        return True
    if token.is_cap:  # of the rest, only a plural agent noun ("Investors") is common when capitalised,
        # and not one the lexicon knows only as a name ("Sanders"; "Farmers" is also "farmers")
        return bool(_AGENT_PLURAL.search(low)) and looks_plural(low) and not (lexicon.tag_of(token.text) == "NNP" and not lexicon.tag_of(low))
    return is_speaker_head(token, plural_ok=True)
