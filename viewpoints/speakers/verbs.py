"""Is a word a verb that voices its subject's view, and which words could be one.

A verb of speech or attitude counts only when it is a finite verb here: not a noun ("his claim", "a new
report"), not a bare form after a singular subject ("his TV show"), not an -s form after a plural ("too
many calls"), not a participle alone ("the most widely seen"); verbs of knowing need what is known
("sees it as", "knows that"), and "speak" or "point" their particle ("spoke of", "pointed out").
"""

from __future__ import annotations

from functools import cache

from .. import lexicon
from .names import (
    CONNECTORS,
    DETERMINERS,
    NON_DEFINING,
    NUMBER_WORDS,
    IRREGULAR_PLURALS,
    POSSESSIVE_PRONOUNS,
    is_speaker_head,
    is_pronoun,
    looks_plural,
    pronoun_of,
)
from .phrases import BE_FORMS, CLAUSE_END, clause_start, skippable, subject_from_start
from ..text.tokens import Token

# Before one of these a verb's form is a noun: "in comments", "his claim", "the report", "a note".
NOUN_MARKERS = (DETERMINERS - {"that"}) | frozenset(POSSESSIVE_PRONOUNS) | {"my", "our", "your", "in", "of", "with", "for", "by"}
NOUN_ADJECTIVES = NON_DEFINING - {"earlier", "further", "same"}  # "new reports", "recent claims"; "earlier said" is an adverb
# Auxiliaries that let a bare form be finite ("did say", "will support"); the perfect ones that let a
# participle be ("has seen").
AUXILIARIES = frozenset({"do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must"})
AUXILIARIES = AUXILIARIES | {
    negated + mark + "t"  # "doesn't think", "didn’t suggest": a negated auxiliary is one token
    for negated in ("doesn", "don", "didn", "won", "wouldn", "can", "couldn", "shouldn", "mightn", "mustn")
    for mark in "'’"
}
PERFECT = frozenset({"has", "have", "had", "having", "'s", "’s", "'ve", "’ve"})
# Subjects by number, for agreement: "they say" but not "too many calls"; "the data show".
PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "him", "her"})
PLURAL_QUANTIFIERS = frozenset({"many", "several", "both", "few", "two", "three", "four"})
QUANTIFYING = frozenset({"all", "some", "many", "most", "few", "several", "no", "both", "any"})
LEVELS = frozenset({"federal", "local", "national", "regional", "international", "municipal", "provincial", "tribal", "global"})  # "federal and state levels"
ADJECTIVE_ENDINGS = ("ic", "an", "ese", "ish", "ern")  # Democratic, Republican, Chinese, British, Southern
INVARIANT_NOUNS = frozenset({"news", "series", "politics", "economics", "means", "species", "physics"})
MASS_NOUNS = frozenset(
    {"data", "police", "people", "staff", "media", "public", "press", "clergy", "military"}
    | {"number", "majority", "minority", "handful", "percent"}  # "a number of them say"
)
# Verbs of knowing and seeing: a view only with what is known after them ("sees it as", "knows that").
NEEDS_COMPLEMENT = frozenset(
    {"know", "see", "realize", "realise", "understand", "recognize", "recognise", "assume", "suspect", "hold", "maintain"}
)
# Finding and showing: a person's needs it too; an institution's or a text's is its finding anyway.
PERSON_NEEDS_COMPLEMENT = frozenset({"find", "show", "determine", "document"})
ZERO_THAT = frozenset({"know", "suspect", "assume", "realize", "realise", "understand", "recognize", "recognise"})  # may drop "that"
CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "will", "would", "could", "should", "might", "must", "has", "have", "had", "can"})
COMPLEMENTS = frozenset({"that", "as", "how", "what", "why", "whether", "if", ":"})
MAX_COMPLEMENT = 12  # tokens from the verb to the "that" or "as" of what is known
# Verbs that voice a view only with their particle: "spoke of", "spoke to reporters", "pointed out"
# (not "spoke last", "spoke in a cottage", "some pointed advice").
PARTICLE_VERBS = {
    "speak": frozenset({"of", "about", "against", "out", "for", "on", "to", "with", "up"}),
    "talk": frozenset({"of", "about", "up"}),  # not "talked to reporters": to whom, not what
    "point": frozenset({"out", "to"}),
    "refer": frozenset({"to"}),
    "shoot": frozenset({"back"}),  # "Doe shot back", not "shot the deer"
    "fire": frozenset({"back"}),
    "hit": frozenset({"back"}),
}
# A headline in title case capitalises its verb: "Doe Says ...". Only plain reporting verbs count
# there ("States" in "United States" is no verb).
TITLE_VERBS = frozenset(
    {"say", "tell", "warn", "urge", "argue", "insist", "admit", "vow", "blast", "slam", "rip", "call", "want", "show", "reveal"}
    | {"speak", "see", "seek", "defend", "demand", "reject", "deny", "blame", "accuse", "predict", "pledge", "promise", "suggest", "endorse"}
)
MAX_TO_PARTICLE = 6  # tokens from "speaks" to "about" across an adverbial: "speaks more often in public about"
MIN_TITLE_WORDS = 4
TITLE_SHARE = 1.0  # every word longer than three letters capitalised


def noun_form(low: str) -> bool:
    """Could this verb's form be a noun: its base or -s form ("report", "claims", "worries"), not "said"."""
    lemma = lexicon.reporting_lemma(low)
    plural = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou") else lemma + "s"
    return low == lemma or low in {lemma + "s", lemma + "es", plural}


def is_noun_use(tokens: list[Token], i: int, begin: int = 0) -> bool:
    """ "the report", "his claim", "Doe's remarks", "in comments", "a new report": not verbs."""
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
    if _modified_plural(tokens, i):
        return True  # "other Western states, like Illinois", "the terrorist attacks in Paris": an adjective's plural noun
    if before.low in QUANTIFYING and tokens[i].low.endswith("s"):
        return True  # "All rates exclude", "some calls went": an -s form after a quantifier is a noun ("some say" is a verb)
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


# verbs followed by another verb's base form ("helped draft a report", "let them say"): no object noun
CATENATIVES = frozenset({"help", "helped", "helps", "let", "lets", "make", "makes", "made", "see", "saw", "hear", "heard", "watch", "watched", "dare", "go", "come"})
PREVERBAL_ADVERBS = frozenset({"always", "also", "still", "often", "never", "already", "usually", "typically", "generally", "increasingly", "rarely"})


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
    if before.is_word and before.is_cap and (tokens[i + 1].text in PHRASE_ENDS or tokens[i + 1].low in PROPER_PHRASE_STOPS) and _proper_modifier(tokens, i):
        return True  # "ad time for 4 Super Tuesday states.", "breaks WTO rules:"
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


def _proper_modifier(tokens: list[Token], i: int) -> bool:
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
    tag = lexicon.tag_of(opener.low)
    reporting = opener.low in lexicon.speech_verb_forms() or opener.low in lexicon.attitude_verb_forms()
    return tag == "IN" or (tag.startswith("VB") and not reporting and opener.low not in BE_FORMS | AUXILIARIES)


MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "CD"})


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


def colon_verb(tokens: list[Token], i: int) -> bool:
    """ "Doe continued:", "The governor added:", "She continued, “...": any past-tense verb that
    opens a quotation."""
    t = tokens[i]
    if not (t.is_word and t.text.islower() and t.low.endswith("ed") and i + 1 < len(tokens)) or tokens[i + 1].quoted:
        return False
    after = tokens[i + 1].text
    opens = i + 2 < len(tokens) and tokens[i + 2].text in {"“", '"', "«"}
    return after == ":" or (after == "," and opens) or _closing_tag(tokens, i)


def _closing_tag(tokens: list[Token], i: int) -> bool:
    """ '“...,” she continued.', '"...," Doe explained.': a past-tense verb closing the sentence right
    after a quotation and its speaker (a pronoun or one or two capitalised words) tags the quotation."""
    rest = tokens[i + 1 :]
    if any(t.is_word for t in rest) and not (
        len(rest) > 1 and rest[0].text == "," and (rest[1].quoted or rest[1].text in "“\"'‘" or rest[1].low.endswith("ing"))
    ):
        return False  # the tag ends the sentence, or a quotation or an -ing adjunct follows it
    k = i - 1
    while k >= 0 and i - k <= 2 and not tokens[k].quoted and (tokens[k].is_cap or is_pronoun(tokens[k])):
        k -= 1
    if not (k < i - 1 and k >= 1 and tokens[k].quoted and not tokens[k].is_word):
        return False
    while k >= 1 and tokens[k].text in "”\"'’»":  # the closing mark, or two apostrophes ('' ... '')
        k -= 1
    return tokens[k].text == ","


@cache
def participles() -> frozenset[str]:
    """Forms that are only past participles ("seen", "known", "written"): the second irregular form
    in speech_verbs.txt and attitude_verbs.txt, where it differs from the past."""
    out = set()
    for name in ("speech_verbs.txt", "attitude_verbs.txt"):
        for irregular in lexicon.table(name).values():
            if len(irregular) >= 2 and irregular[1] != irregular[0] and not irregular[1].endswith("ing"):
                out.add(irregular[1])
    return frozenset(out)


def auxiliaries(tokens: list[Token], v: int) -> list[str]:
    """The skippable words right before the verb at v: "has long", "did not", "would"."""
    out = []
    j = v - 1
    while j >= 0 and skippable(tokens[j]) and not tokens[j].quoted:
        out.append(tokens[j].low)
        j -= 1
    return out


# Prepositions that end a subject's head ("Executives for Mondelez say"); not "of", whose phrase may
# be what is counted ("a majority of voters say").
HEAD_ENDING_PREPOSITIONS = frozenset({"for", "at", "in", "from", "with", "on"})


def _singular_subject(subject: list[Token]) -> bool:
    """One person or thing, which a bare verb form cannot follow: "he", "Jane Doe", "the court"
    (but "they", "Democrats", "Doe and Roe", "the data", "police")."""
    words = [t for t in subject if t.is_word]
    if not words or any(t.low == "and" for t in words) or words[0].low in PLURAL_QUANTIFIERS:
        return False  # "Doe and Roe say", "Many Chinese say"
    of = next((k for k, t in enumerate(words) if k > 0 and t.low == "of"), None)
    if of is not None and (of == 1 or not words[of - 1].is_cap) and looks_plural(words[of - 1].low):
        return False  # "Supporters of Jane Doe say": a plural head before "of"
    cut = next((k for k, t in enumerate(words) if k > 0 and t.low in HEAD_ENDING_PREPOSITIONS), len(words))
    if words[cut - 1].text.isdigit() or words[cut - 1].low in NUMBER_WORDS:
        cut = len(words)  # "one in five say": a share, counted by what follows
    last = words[cut - 1]  # the head: "Executives for Mondelez", "Residents in Ohio" are plural
    if last.low in PLURAL_PRONOUNS or last.low in MASS_NOUNS or looks_plural(last.low) or last.low in IRREGULAR_PLURALS:
        return False
    if (last.text.isdigit() and last.text != "1") or (last.low in NUMBER_WORDS and last.low != "one"):
        return False  # "42% say", "one in three say": a count of people
    return last.low not in lexicon.words("group_nouns.txt")


def _clearly_plural(subject: list[Token]) -> bool:
    """ "they", "many", "the attacks": a subject no -s verb can follow."""
    last = [t for t in subject if t.is_word][-1:]
    if not last:
        return False
    low = last[0].low
    return low in PLURAL_PRONOUNS or low in PLURAL_QUANTIFIERS or (
        not last[0].is_cap and looks_plural(low) and low not in INVARIANT_NOUNS
    )


def finite(tokens: list[Token], v: int, lemma: str, subject: list[Token], *, after: bool) -> bool:
    """Does the verb at v, with this subject, say that the subject holds a view?
    - a bare form ("support", "plan", "show") is a verb only after an auxiliary or with a plural
      subject ("Democrats support", but not "his TV show", "the court sent the case back");
    - verbs of knowing and seeing need what is known: "sees it as", "knows that"; a person's finding
      too ("she found that"), but not an institution's or a study's ("a poll found", "a panel found")."""
    low = tokens[v].low
    aux = auxiliaries(tokens, v) if not after else []
    if low in participles() and not after and not any(a in PERFECT or a in BE_FORMS for a in aux):
        return False  # "the most widely seen record": a participle alone is no finite verb
    past_as_base = lexicon.table("speech_verbs.txt").get(lemma, ("",))[:1] == (lemma,)  # "Doe hit back", "Doe put it"
    if low == lemma and not past_as_base and not after and not any(a in AUXILIARIES for a in aux) and _singular_subject(subject):
        return False
    if low != lemma and low in {lemma + "s", lemma + "es", lemma[:-1] + "ies"} and not after and _clearly_plural(subject):
        return False  # "too many calls", "member states": an -s form after a plural is a noun
    person = pronoun_of(subject[-1]) in PERSONAL_PRONOUNS or (subject[-1].is_cap and not is_speaker_head(subject[-1]))
    if lemma in PARTICLE_VERBS:
        following = [t for t in tokens[v + 1 : v + 3] if not skippable(t)]
        if following and following[0].low in PARTICLE_VERBS[lemma]:
            return True
        # or after a short adverbial: "speaks more often in public about race"
        near = []
        for t in tokens[v + 1 : v + 1 + MAX_TO_PARTICLE]:
            if t.text in CLAUSE_END or t.quoted:
                break
            near.append(t.low)
        return lemma == "speak" and any(w in {"about", "against", "out"} for w in near)  # not "of": "at a gathering of"
    if lemma in NEEDS_COMPLEMENT or (lemma in PERSON_NEEDS_COMPLEMENT and person):
        if not any(t.is_word for t in tokens[v + 1 :]):
            return True  # closing the sentence, the verb reports all of it: "..., her doctor maintains."
        k = v + 1
        while k < len(tokens) and tokens[k].text not in CLAUSE_END - {","} and k - v <= MAX_COMPLEMENT:
            if tokens[k].low in COMPLEMENTS or (k == v + 1 and tokens[k].text == ","):
                return True
            if k > v + 1 and lemma in ZERO_THAT and tokens[k].low in CLAUSE_VERBS and not tokens[k].quoted:
                return True  # a clause without "that": "experts suspect those losses were generated ..."
            k += 1
        return False
    return True


def title_case(tokens: list[Token]) -> bool:
    """A headline in title case ("Senator Says Bill Will Pass"), where verbs are capitalised too."""
    long_words = [t for t in tokens if t.is_word and len(t.text) > 3 and not t.quoted]
    return len(long_words) >= MIN_TITLE_WORDS and sum(t.is_cap for t in long_words) >= TITLE_SHARE * len(long_words)
