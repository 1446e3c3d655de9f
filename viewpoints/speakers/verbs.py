"""Is a word a verb that voices its subject's view, and which words could be one.

A verb of speech or attitude counts only when it is a finite verb here: not a noun ("his claim", "a new
report": `noun_use` reads those), not a bare form after a singular subject ("his TV show"), not an -s form after a plural ("too
many calls"), not a participle alone ("the most widely seen"); verbs of knowing need what is known
("sees it as", "knows that"), and "speak" or "point" their particle ("spoke of", "pointed out").
"""

from __future__ import annotations

from functools import cache

from .. import lexicon
from ..text.tokens import Token
from .names import (
    FRACTIONS,
    IRREGULAR_PLURALS,
    NUMBER_WORDS,
    is_pronoun,
    is_speaker_head,
    looks_plural,
    pronoun_of,
)
from .phrases import BE_FORMS, CLAUSE_END, PREPOSITIONS, skippable

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
INVARIANT_NOUNS = frozenset({"news", "series", "politics", "economics", "means", "species", "physics"})
MASS_NOUNS = frozenset(
    {"data", "police", "people", "staff", "media", "public", "press", "clergy", "military"}
    | {"number", "majority", "minority", "handful", "percent"}  # "a number of them say"
)
# Verbs of knowing and seeing: a view only with what is known after them ("sees it as", "knows that").
NEEDS_COMPLEMENT = frozenset(
    {"know", "see", "realize", "realise", "understand", "recognize", "recognise", "assume", "suspect", "hold", "maintain"}
)
# Forms that are nouns as often: after a capitalised word or an adjective ("Rust Belt states", "whiter
# states") a report only with what is reported after them ("Texas states that"); "the memo states the
# company lost money" and "stated" are verbs whatever follows.
NOUN_SHAPED = frozenset({"state", "states"})
# Finding and showing: a person's needs it too; an institution's or a text's is its finding anyway.
PERSON_NEEDS_COMPLEMENT = frozenset({"find", "show", "determine", "document"})
ZERO_THAT = frozenset({"know", "suspect", "assume", "realize", "realise", "understand", "recognize", "recognise", "state"})  # may drop "that"
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
    # not "tweet", "claim" or "question": their plurals head headlines as nouns ("Trump Tweets Draw Criticism")
    | {"announce", "explain", "hint", "think", "believe", "criticize", "condemn", "praise", "dismiss", "respond", "refuse"}
)
# Verbs that are adverbs too: a verb only with an object after it ("voters back him", not "roar back
# in", "dates back to", "pushes back on", "back away from"; "backed" is a verb whatever follows).
ADVERB_SHAPED = frozenset({"back"})
NOT_OBJECTS = frozenset({"to", "away", "down", "off", "out", "up"})  # particles and "to" after an adverb-shaped verb
MAX_TO_PARTICLE = 6  # tokens from "speaks" to "about" across an adverbial: "speaks more often in public about"
MIN_TITLE_WORDS = 4
TITLE_SHARE = 1.0  # every word longer than three letters capitalised


def colon_verb(tokens: list[Token], i: int) -> bool:
    """ "Doe continued:", "The governor added:", "She continued, “...": any past-tense verb that
    opens a quotation."""
    t = tokens[i]
    if not (t.is_word and t.text.islower() and t.low.endswith("ed") and i + 1 < len(tokens)) or tokens[i + 1].quoted:
        return False
    after = tokens[i + 1].text
    return after == ":" or (after == "," and _quotation_opens(tokens, i + 2)) or _closing_tag(tokens, i)


def _quotation_opens(tokens: list[Token], k: int) -> bool:
    """Does a quotation of words said open at k: a mark (or two apostrophes, ''like this'') and a capital
    after it ("cracked, ''I'm a progressive''"; not a scare quote: "Prices climbed, ''an unwelcome
    surprise''")?"""
    if k < len(tokens) and tokens[k].text in {"“", '"', "«"}:
        k += 1
    elif k + 1 < len(tokens) and tokens[k].text == "'" and tokens[k + 1].text == "'":
        k += 2
    else:
        return False
    return k < len(tokens) and tokens[k].is_cap


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
    if not words or any(t.low == "and" for t in words) or words[0].low in PLURAL_QUANTIFIERS | {"those", "these"}:
        return False  # "Doe and Roe say", "Many Chinese say", "those surveyed say"
    of = next((k for k, t in enumerate(words) if k > 0 and t.low == "of"), None)
    if of is not None and (of == 1 or not words[of - 1].is_cap) and looks_plural(words[of - 1].low):
        return False  # "Supporters of Jane Doe say": a plural head before "of"
    cut = next((k for k, t in enumerate(words) if k > 0 and t.low in HEAD_ENDING_PREPOSITIONS), len(words))
    if words[cut - 1].text.isdigit() or words[cut - 1].low in NUMBER_WORDS:
        cut = len(words)  # "one in five say": a share, counted by what follows
    last = words[cut - 1]  # the head: "Executives for Mondelez", "Residents in Ohio" are plural
    if last.low in PLURAL_PRONOUNS or last.low in MASS_NOUNS or looks_plural(last.low) or last.low in IRREGULAR_PLURALS:
        return False
    if last.low in FRACTIONS and len(words) > 1:
        return False  # "Nearly half say", "More than a third say": a share of people agrees in the plural
    if (last.text.isdigit() and last.text != "1") or (last.low in NUMBER_WORDS and last.low != "one"):
        return False  # "42% say", "one in three say": a count of people
    if last.low == "percent" and len(words) > 1:
        return False  # "A mere 9 percent say": a share of people
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
    if low in ADVERB_SHAPED:
        following = tokens[v + 1] if v + 1 < len(tokens) else None
        return following is not None and following.is_word and following.low not in PREPOSITIONS | NOT_OBJECTS
    if lemma in NEEDS_COMPLEMENT or (lemma in PERSON_NEEDS_COMPLEMENT and person) or (low in NOUN_SHAPED and _modified(tokens, v)):
        if not any(t.is_word for t in tokens[v + 1 :]):
            return True  # closing the sentence, the verb reports all of it: "..., her doctor maintains."
        if tokens[v + 1].text == ":":
            return True  # what is reported follows the colon: "the ad states: ..."
        k = v + 1
        while k < len(tokens) and tokens[k].text not in CLAUSE_END - {","} and k - v <= MAX_COMPLEMENT:
            if tokens[k].low in COMPLEMENTS or (k == v + 1 and tokens[k].text == ","):
                return True
            if k > v + 1 and lemma in ZERO_THAT and tokens[k].low in CLAUSE_VERBS and not tokens[k].quoted:
                return True  # a clause without "that": "experts suspect those losses were generated ..."
            k += 1
        return False
    return True


def _modified(tokens: list[Token], v: int) -> bool:
    """Is the word at v modified as a noun would be: right after a capitalised word that does not open
    the sentence, or after an adjective ("Rust Belt states", "whiter states", "Soviet states")?"""
    if v == 0:
        return False
    before = tokens[v - 1]
    return (before.is_cap and v > 1) or lexicon.tag_of(before.low) in {"JJ", "JJR", "JJS"}


def title_case(tokens: list[Token]) -> bool:
    """A headline in title case ("Senator Says Bill Will Pass"), where verbs are capitalised too."""
    long_words = [t for t in tokens if t.is_word and len(t.text) > 3 and not t.quoted]
    return len(long_words) >= MIN_TITLE_WORDS and sum(t.is_cap for t in long_words) >= TITLE_SHARE * len(long_words)
