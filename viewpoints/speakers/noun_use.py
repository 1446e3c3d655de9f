"""Is a reporting verb's form used as a noun here ("his claim", "a new report", "in Rust Belt states")?

The noun readings of speech and attitude verbs' base and -s forms, by the words around them: a
determiner, possessive or adjective before, a share ("40 percent support"), the object of a verb's base
form, a plural noun with its own verb after it, or a phrase that stops where a noun phrase does.
`clauses.scan` asks it before taking a word for a verb; agreement and tense stay in `verbs`.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import Token
from .names import (
    CONNECTORS,
    DETERMINERS,
    NON_DEFINING,
    POSSESSIVE_PRONOUNS,
    is_pronoun,
    is_speaker_head,
    looks_plural,
)
from .phrases import BE_FORMS, RELATIVES
from .subject_phrase import clause_start, subject_from_start
from .verbs import AUXILIARIES, PERFECT, PLURAL_QUANTIFIERS

# Before one of these a verb's form is a noun: "in comments", "his claim", "the report", "a note".
NOUN_MARKERS = (DETERMINERS - {"that"}) | frozenset(POSSESSIVE_PRONOUNS) | {"my", "our", "your", "in", "of", "with", "for", "by"}
NOUN_ADJECTIVES = NON_DEFINING - {"earlier", "further", "same"}  # "new reports", "recent claims"; "earlier said" is an adverb
QUANTIFYING = frozenset({"all", "some", "many", "most", "few", "several", "no", "both", "any"})
LEVELS = frozenset({"federal", "local", "national", "regional", "international", "municipal", "provincial", "tribal", "global"})  # "federal and state levels"
ADJECTIVE_ENDINGS = ("ic", "an", "ese", "ish", "ern")  # Democratic, Republican, Chinese, British, Southern


def noun_form(low: str) -> bool:
    """Could this verb's form be a noun: its base or -s form ("report", "claims", "worries"), not "said"."""
    lemma = lexicon.reporting_lemma(low)
    plural = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou") else lemma + "s"
    return low == lemma or low in {lemma + "s", lemma + "es", plural}


def is_noun_use(tokens: list[Token], i: int, begin: int = 0) -> bool:
    """ "the report", "his claim", "Doe's remarks", "in comments", "a new report": not verbs."""
    if i >= 2 and _owned_participle(tokens, i):
        return True  # "Britain's emotionally charged uprising": a participle modifying the owner's noun
    if i == 0 or not noun_form(tokens[i].low):
        return False
    before = tokens[i - 1]
    if before.low in {"who", "whom"}:
        return False  # "many of whom say"
    nxt_word = tokens[i + 1] if i + 1 < len(tokens) else None
    if tokens[i].low == "thanks" and nxt_word is not None and nxt_word.low == "to":
        return True  # "thanks to the rally": a preposition of two words
    if (before.low in {"percent", "%"} or (before.text[:1].isdigit() and before.is_word)) and lexicon.tag_of(tokens[i].low).startswith("NN"):
        return True  # "40 percent support", "a 10 percent approval": a share's noun
    if i >= 2 and tokens[i - 2].low in AUXILIARIES | {"to"} and before.text.islower() and lexicon.tag_of(before.low) == "VB" and before.low not in CATENATIVES | PERFECT | BE_FORMS:
        return True  # "continues to draw support", "will win support": the object of a verb's base form
    if lexicon.tag_of(tokens[i].low) == "NNS" and tokens[i].text.islower() and _predicate_follows(tokens, i) and not _relative_before(tokens, i):
        return True  # "Health worries have dogged her", "Tax issues always loom large": the subject's noun
    if tokens[i].low != lexicon.reporting_lemma(tokens[i].low) and _object_of_finite_verb(tokens, i):
        return True  # "The deal binds together pledges", "He rejected claims": the verb's object
    if _modified_plural(tokens, i):
        return True  # "other Western states, like Illinois", "the terrorist attacks in Paris": an adjective's plural noun
    if before.low in QUANTIFYING and tokens[i].low.endswith("s"):
        return True  # "All rates exclude", "some calls went": an -s form after a quantifier is a noun ("some say" is a verb)
    verb = nxt_word
    if verb is not None and verb.low in {"has", "had"} and i + 2 < len(tokens) and _noun_after_modifier(tokens, i):
        verb = tokens[i + 2]  # "The police report had said": the participle after the auxiliary
    past = verb is not None and (verb.low.endswith("ed") or lexicon.tag_of(verb.low) in {"VBD", "VBN"})  # "claimed", "said"
    if past and verb.text.islower() and lexicon.reporting_lemma(verb.low) and not tokens[i].low.endswith("ed"):
        return True  # "The media report claimed", "A news report said", "The police report had said": a reporting verb's past follows the noun
    if (
        nxt_word is not None and nxt_word.low in MODALS | {"has", "had"} and nxt_word.text.islower() and tokens[i].low == lexicon.reporting_lemma(tokens[i].low)
        and before.text.islower() and lexicon.tag_of(before.low) in {"NN", "NNS"} and not is_speaker_head(before) and not _relative_before(tokens, i)
        and not _zero_relative(tokens, i)
    ):  # ("a plan many economists say would fail": people say)
        return True  # "The chemical weapons issue will be", "The jobs report has": a modal or "has" after a noun's modifier (not "which Democrats say could")
    if before.low in lexicon.words("group_nouns.txt") - {"percent"} and lexicon.tag_of(before.low) == "NN" and tokens[i].low == lexicon.reporting_lemma(tokens[i].low):
        return True  # "A crowd estimate from police": after a collective noun in the singular the verb would take -s ("9 percent say" is a share's verb)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    opens_phrase = before.text in {",", "(", "—", "–"} or before.low in NOUN_MARKERS
    bare_form = tokens[i].low == lexicon.reporting_lemma(tokens[i].low)  # "state", not ", thinks Mr. Doe"
    if opens_phrase and bare_form and nxt is not None and tokens[i].text.islower() and nxt.is_cap and (nxt.low in lexicon.words("honorifics.txt") or nxt.low in lexicon.words("role_words.txt")):
        return True  # ", state Sen. Tom Roe,": a modifier of the title after it (not "Democrats say Mrs. Doe ...")
    if before.low in QUANTIFYING and nxt is not None and nxt.text.islower() and looks_plural(nxt.low) and is_speaker_head(nxt, plural_ok=True):
        return True  # "Some state officials praised ...": a modifier of the plural noun after it
    if i >= 2 and before.is_cap and before.low.endswith(ADJECTIVE_ENDINGS) and tokens[i - 2].low in PLURAL_QUANTIFIERS and tokens[i].low.endswith("s"):
        return True  # "many Asian states": a plural's verb takes no -s, so this is the noun
    if (
        i >= 2
        and before.low in {"and", "or"}
        and tokens[i - 2].low in LEVELS
        and bare_form
        and nxt is not None
        and nxt.is_word
        and nxt.text.islower()
        and nxt.low not in lexicon.words("stopwords.txt")
    ):
        return True  # "federal and state levels": coordinated with an adjective, it modifies the noun after it
    if before.low == "her" and _object_of_relative(tokens, i - 1):
        return False  # "Those who know her say": "her" is the object, "say" the verb ("had her say" stays a noun)
    if before.low in NOUN_MARKERS or (before.low in NOUN_ADJECTIVES and before.text.islower()):
        return True
    if i >= 2 and before.low.endswith("est") and len(before.low) > 4 and tokens[i - 2].low in NOUN_MARKERS:
        return True  # "the greatest fear", "his biggest worry": a superlative before a noun
    if i >= 2 and before.is_cap and before.low.endswith(ADJECTIVE_ENDINGS) and tokens[i - 2].low in {"of", "for", "in", "on", "by", "with", "from", "about"}:
        return True  # "of Democratic claims": a proper adjective before a noun ("The Vatican says" stays a verb)
    if before.is_word and before.text != before.bare and not tokens[i].low.endswith("ing"):
        return True  # a possessive: "Doe's claim"
    if i >= 2 and before.text.islower() and lexicon.tag_of(before.low) in {"JJ", "JJS", "JJR"} and tokens[i - 2].is_word and tokens[i - 2].text != tokens[i - 2].bare:
        return True  # a possessive and an adjective: "the IMF's last estimate", "Doe's latest claim"
    if i >= 2 and before.is_word and tokens[i - 2].low in NOUN_MARKERS:
        # "a new report", "his TV show"; but "the officials report", "the Pentagon says", and "Experts
        # on the country say", where the words before make a whole subject
        if is_speaker_head(before, plural_ok=True) or not (before.text.islower() or len(before.bare) < 3):
            return False
        return subject_from_start(tokens, clause_start(tokens, begin, i), i) is None
    return False


def _noun_after_modifier(tokens: list[Token], i: int) -> bool:
    """Is the word at i a noun's form after a singular common noun modifying it ("The police report",
    "the media report")? Not a verb's ("The aide Trump says", "The man police say", "critics claim")."""
    before = tokens[i - 1]
    return (
        lexicon.tag_of(tokens[i].low).startswith("NN") and before.text.islower() and before.is_word
        and not looks_plural(before.low) and not is_pronoun(before) and before.low not in RELATIVES
    )


def _zero_relative(tokens: list[Token], i: int) -> bool:
    """ "The drug the studies suggest has ...": a determiner right after a noun opens a relative clause
    with no pronoun, whose subject the noun before the verb is."""
    return i >= 3 and tokens[i - 2].low in DETERMINERS and tokens[i - 3].text.islower() and lexicon.tag_of(tokens[i - 3].low) in {"NN", "NNS"}


MODALS = frozenset({"will", "would", "could", "should", "may", "might", "must", "can", "shall"})
# verbs followed by another verb's base form ("helped draft a report", "let them say"): no object noun
CATENATIVES = frozenset({"help", "helped", "helps", "let", "lets", "make", "makes", "made", "see", "saw", "hear", "heard", "watch", "watched", "dare", "go", "come"})
PREVERBAL_ADVERBS = frozenset({"always", "also", "still", "often", "never", "already", "usually", "typically", "generally", "increasingly", "rarely"})


def _owned_participle(tokens: list[Token], i: int) -> bool:
    """Is the -ed word at i inside a noun phrase its owner opens, after an adverb ("Britain's emotionally
    charged uprising", "his widely reported remarks")? A verb never follows a possessive that way."""
    adverb, owner = tokens[i - 1], tokens[i - 2]
    if not tokens[i].low.endswith("ed") or not adverb.text.islower() or not adverb.low.endswith("ly"):
        return False
    noun = tokens[i + 1] if i + 1 < len(tokens) else None  # "charged uprising"; not "Trump's repeatedly insisted he"
    if noun is None or not noun.is_word or not noun.text.islower() or is_pronoun(noun) or noun.low in OBJECT_OPENERS:
        return False
    return owner.low in POSSESSIVE_PRONOUNS or (owner.is_word and owner.text != owner.bare)


OBJECT_PARTICLES = frozenset({"together", "out", "up", "off", "down", "back", "away", "aside"})  # "binds together pledges"


def _object_of_finite_verb(tokens: list[Token], i: int) -> bool:
    """Does a finite verb that reports nothing stand right before the -s word at i, or before a particle
    before it ("binds together pledges", "rejected claims")? Then the word is that verb's plural object."""
    k = i - 1
    if k > 0 and tokens[k].low in OBJECT_PARTICLES:
        k -= 1
    verb = tokens[k]
    if not verb.is_word or verb.quoted or not verb.text.islower() or lexicon.tag_of(verb.low) not in {"VBZ", "VBD"}:
        return False
    if _relative_before(tokens, k) or (i + 1 < len(tokens) and (is_pronoun(tokens[i + 1]) or tokens[i + 1].low in OBJECT_OPENERS)):
        return False  # "A woman who survived says she ...": the relative clause ends, the -s word is the verb
    return verb.low not in BE_FORMS | AUXILIARIES | PERFECT and not lexicon.reporting_lemma(verb.low)


def _predicate_follows(tokens: list[Token], i: int) -> bool:
    """Does a verb of the clause follow the -s word at i ("worries | have dogged", "issues | always loom",
    "plans | remain")? Then that word is a plural noun, not the verb ("Doe says now is the time" keeps
    its verb: only adverbs that stand before a verb are passed over)."""
    k = i + 1
    while k < len(tokens) and tokens[k].low in PREVERBAL_ADVERBS:
        k += 1
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].quoted or not tokens[k].text.islower():
        return False
    low = tokens[k].low
    return low in BE_FORMS or low in AUXILIARIES or low in PERFECT or lexicon.tag_of(low) in {"VB", "VBP"}


def _modified_plural(tokens: list[Token], i: int) -> bool:
    """Is the -s word at i a plural noun after its adjective, ending its phrase ("Western states, like",
    "terrorist attacks in Paris", "Soviet states and")? Only words the lexicon knows as plural nouns
    ("says" is a verb), only after an adjective ("Doe reports on the war" keeps its verb), and only where
    the phrase stops: at a comma or full stop, or a preposition or conjunction (not "that": "states
    that the plan fails" may be the verb)."""
    before = tokens[i - 1]
    if i + 1 >= len(tokens) or lexicon.tag_of(tokens[i].low) != "NNS" or not tokens[i].text.islower():
        return False
    opening_participle = i == 1 and lexicon.tag_of(before.low) == "VBG"  # "Blistering attacks upend ..."
    verb_after = _verb_after(tokens[i + 1])
    if before.is_word and before.is_cap and (tokens[i + 1].text in PHRASE_ENDS | {","} or tokens[i + 1].low in PROPER_PHRASE_STOPS or verb_after) and _proper_modifier(tokens, i, verb_after=verb_after):
        return True  # "ad time for 4 Super Tuesday states.", "breaks WTO rules:", "after the Orlando attacks,", "in Rust Belt states underscored"
    if not before.is_word or not (lexicon.tag_of(before.low) in {"JJ", "JJR", "JJS"} or opening_participle):
        return False
    nxt = tokens[i + 1]
    if nxt.is_word and nxt.text.islower() and not nxt.quoted and nxt.low not in OBJECT_OPENERS and not is_pronoun(nxt):
        return True  # "Coastal states swing toward ...": a verb of the plural follows (an object would open with a determiner or pronoun)
    return nxt.text in {",", ".", ";", ")"} or nxt.low in PHRASE_STOPS


PHRASE_ENDS = frozenset({".", ";", ")", ":", "?", "!"})
# after a proper modifier, only the prepositions a plural noun takes and a verb seldom does ("Doe states
# in", "Doe points to", "Doe claims to" stay verbs)
PROPER_PHRASE_STOPS = frozenset({"of", "and", "or", "like", "such", "across", "against", "where", "whose"})


def _verb_after(token: Token) -> bool:
    """Is this word, right after an -s word, a verb that -s word cannot be followed by as a verb itself:
    a modal, an auxiliary or a past tense ("the Brussels attacks would", "Rust Belt states underscored")?"""
    return token.is_word and token.text.islower() and not token.quoted and (token.low in MODALS | AUXILIARIES | PERFECT or lexicon.tag_of(token.low) == "VBD")


def _proper_modifier(tokens: list[Token], i: int, *, verb_after: bool = False) -> bool:
    """Is the plural at i the head of a phrase inside the clause, after capitalised modifiers ("for 4 Super
    Tuesday states", "in traditionally Republican states", "breaks WTO rules")? Only where the phrase
    follows a preposition or a verb that is not a reporting one: a run of capitals after a comma, a
    determiner or nothing may be a subject, and the -s word its verb ("The plan fails, the Tribune reports.")."""
    k = i - 1
    while k > 0 and tokens[k - 1].is_word and (tokens[k - 1].is_cap or (k > 1 and tokens[k - 1].low in CONNECTORS and tokens[k - 2].is_cap)):
        k -= 1  # the capitalised run, with the small words a name holds ("the Times of India reports")
    while k > 0 and tokens[k - 1].is_word and not tokens[k - 1].is_cap and (tokens[k - 1].text[0].isdigit() or lexicon.tag_of(tokens[k - 1].low) in MODIFIER_TAGS):
        k -= 1  # "4", "key", "traditionally": a number, adjective or adverb of the phrase
    if k == 0:
        return False
    opener = tokens[k - 1]
    if not opener.is_word or opener.quoted or opener.is_cap:
        return False
    before_article = tokens[k - 2] if k >= 2 else None
    if opener.low == "the" and verb_after:
        return True  # "that the Brussels attacks would": the verb is the one after the plural
    if opener.low in {"the", "a", "an"} and before_article is not None and before_article.text.islower() and lexicon.tag_of(before_article.low) == "IN" and before_article.low not in CLAUSE_OPENING_IN:
        return True  # "after the Orlando attacks": a preposition's object ("..., the Tribune reports", "as the Fed notes" have none)
    tag = lexicon.tag_of(opener.low)
    reporting = opener.low in lexicon.speech_verb_forms() or opener.low in lexicon.attitude_verb_forms()
    return tag == "IN" or (tag.startswith("VB") and not reporting and opener.low not in BE_FORMS | AUXILIARIES)


MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "CD"})
# words the lexicon tags as prepositions that open a clause instead ("as the Fed notes", "than the CBO estimates")
CLAUSE_OPENING_IN = frozenset({"as", "than", "because", "while", "if", "though", "although", "unless", "whereas", "like", "since", "so", "that", "whether"})


OBJECT_OPENERS = DETERMINERS | frozenset(POSSESSIVE_PRONOUNS) | {"that", "how", "what", "why", "whether", "if"}
PHRASE_STOPS = frozenset({"in", "on", "of", "like", "such", "where", "across", "from", "with", "at", "against", "and", "or", "as", "to", "by", "for"})


def _relative_before(tokens: list[Token], i: int) -> bool:
    """Does a relative or "what" open the clause just before the word at i ("a trend that the foundation
    estimates will continue", "which Doe claims is false")? Then a verb after it is the clause's own."""
    return any(t.low in {"that", "which", "what", "who", "whom"} for t in tokens[max(0, i - 5) : i])


def _object_of_relative(tokens: list[Token], k: int) -> bool:
    """Is the pronoun at k the object of a relative clause's verb ("who know | her", "who have met | her")?"""
    verb = tokens[k - 1] if k >= 2 else None
    if verb is None or not verb.text.islower() or verb.low in NOUN_MARKERS | PERFECT | {"get", "gets", "got", "getting"}:
        return False
    return any(t.low in {"who", "that"} for t in tokens[max(0, k - 4) : k - 1])
