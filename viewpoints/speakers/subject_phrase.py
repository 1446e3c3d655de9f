"""The subject read forwards from its clause's start: where the first noun phrase ends.

"Experts on trade at the institute said": the subject is the first noun phrase of the verb's clause and
what follows it a description. `subject_from_start` chunks that phrase (a determiner, modifiers, the head,
its post-modifiers) from `clause_start`; the other two readings, leftwards from a verb and rightwards
after one, and the word classes all three share, are in `phrases`.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import Token
from .names import (
    CONNECTORS,
    DETERMINERS,
    FRACTIONS,
    NON_DEFINING,
    NUMBER_WORDS,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    allowed_in_name,
    is_document,
    is_pronoun,
    is_speaker_head,
    looks_plural,
    share_end,
)
from .phrases import (
    CLAUSE_BREAKS,
    CONTACT_SUBJECTS,
    MAX_SUBJECT,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    QUANTITY_NOUNS,
    RELATIVES,
    all_before_a_name,
    function_word,
    not_a_name_start,
    those_described,
    verb_like,
)


_OPENERS = DETERMINERS | QUANTIFIERS | frozenset(POSSESSIVE_PRONOUNS)  # what may open a noun phrase
AGO_WORDS = frozenset({"a", "an", "few", "several", "than", "less", "more", "about", "nearly", "almost", "some", "just", "only", "couple", "of"})
MAX_AGO = 6  # "less than two weeks ago", "a couple of days ago"
AGO_UNITS = frozenset({"minute", "hour", "day", "night", "week", "month", "year", "decade", "moment", "while"})


def ago_start(tokens: list[Token], j: int) -> int | None:
    """Where a span of time ending in "ago" at j starts ("less than two weeks ago"), if it holds a time
    noun; else None."""
    k, noun = j - 1, False
    while k >= 0 and j - k <= MAX_AGO and not tokens[k].quoted:
        low = tokens[k].low
        is_noun = low.rstrip("s") in AGO_UNITS
        if not (is_noun or low in AGO_WORDS or low in NUMBER_WORDS or tokens[k].text.isdigit()):
            break
        noun = noun or is_noun
        k -= 1
    return k + 1 if noun and k + 1 < j else None


def _determiner(token: Token) -> bool:
    """A word that opens a noun phrase: "the", "a", "his", "Doe's"."""
    return token.low in DETERMINERS or token.low in POSSESSIVE_PRONOUNS or (token.is_word and token.text != token.bare)


def _chunk_word(token: Token, determined: bool) -> bool:
    if not token.is_word or token.quoted:
        return False
    low = token.low
    if (is_pronoun(token) and low not in POSSESSIVE_PRONOUNS) or function_word(token):
        return False
    if token.is_cap or low in DETERMINERS or low in QUANTIFIERS or low in POSSESSIVE_PRONOUNS:
        return True
    if low in PREPOSITIONS or low in RELATIVES or low == "and":
        return False
    if verb_like(token):  # but a speech verb's base form in a determined phrase is a noun: "a new report"
        return determined and low in lexicon.speech_verb_forms() and not low.endswith(("ed", "ing"))
    return low not in lexicon.words("stopwords.txt")


def _plural_agreeing_verb(low: str) -> bool:
    """A reporting verb's form that can follow a plural subject: its base or past ("show", "showed"),
    not its -s form, which after a plural is a noun ("rights advocates"), nor its -ing form."""
    lemma = lexicon.reporting_lemma(low)
    return bool(lemma) and (low == lemma or not low.endswith(("s", "ing")))


def _chunk(tokens: list[Token], i: int, end: int) -> int:
    """The index after the plain noun phrase starting at i (its words, and "of"/"de" between names)."""
    first = i
    while i < end:
        t = tokens[i]
        if t.text.islower() and not _determiner(tokens[first]):
            if i == first and t.low.endswith("ing") and not (i + 1 < end and is_speaker_head(tokens[i + 1], plural_ok=True)):
                break  # "Writing for the paper, Doe said": a participle clause ("mining companies" is a noun phrase)
            if i > first and tokens[i - 1].is_cap and t.low.endswith("ed") and lexicon.tag_of(t.low) != "CD":
                break  # "Doe received 38 percent": a name's verb, not its modifier ("Several hundred" is a number)
        if i > first and t.text.islower() and looks_plural(tokens[i - 1].low) and _plural_agreeing_verb(t.low):
            break  # "the recordings show Smith ...": a plural noun's verb, not a word of its phrase
        if i > first and t.text.islower() and tokens[i - 1].text.islower() and tokens[i - 1].low not in _OPENERS and (
            lexicon.tag_of(t.low) == "VBZ" and not (i + 1 < end and tokens[i + 1].text.islower() and lexicon.tag_of(tokens[i + 1].low) in {"NN", "NNS"})
        ):
            break  # "The new investment | comes amid signs": the noun's verb (not "special needs coordinator")
        between_names = i > first and i + 1 < end and tokens[i - 1].is_cap and tokens[i + 1].is_cap
        # a verb's form before a plural noun is its modifier: "state regulators", "report cards"
        modifying = (
            t.text.islower() and t.low in lexicon.speech_verb_forms() and i + 1 < end and tokens[i + 1].text.islower()
            and looks_plural(tokens[i + 1].low) and is_speaker_head(tokens[i + 1], plural_ok=True)
        )
        shouted_name = i > first and t.text.isupper() and len(t.text) > 1 and tokens[i - 1].text.isupper() and not t.quoted  # "USA TODAY"
        determined = i > first and (_determiner(tokens[first]) or tokens[first].low in QUANTIFIERS or tokens[i - 1].low in NON_DEFINING)  # "each state", "new reports"
        determined = determined or (i == first > 0 and tokens[i - 1].low in PREPOSITIONS and tokens[i - 1].low != "to")  # "secretary of state"
        placed = i == first + 1 and _determiner(tokens[first]) and t.low in {"inside", "outside", "earlier"}  # "an inside source", "an earlier report"
        # "Conservative outside groups": the place word modifies the noun after it, when the word before it
        # cannot speak itself ("Analysts outside government say": the analysts, then where they are)
        placed = placed or (
            i > first and t.low in {"inside", "outside"} and i + 1 < end and tokens[i + 1].text.islower()
            and is_speaker_head(tokens[i + 1], plural_ok=True) and not is_speaker_head(tokens[i - 1], plural_ok=True)
        )
        owner = tokens[first].low in POSSESSIVE_PRONOUNS or tokens[first].low in {"the", "a", "an"} or (tokens[first].is_cap and tokens[first].text != tokens[first].bare)
        gerund = i == first + 1 and owner and t.text.islower() and t.low.endswith("ing")  # "her thinking", "the thinking", "Cruz's thinking"
        # a verb's -s form right before the clause's verb is a plural noun: "an analysis of campaign-finance reports shows"
        last_noun = i == end - 1 and i > first and t.text.islower() and t.low.endswith("s") and tokens[i - 1].is_word and tokens[i - 1].low not in PREPOSITIONS
        # "more controls", "fewer voters": a comparative quantifier before its noun (alone it is an adverb)
        compared = i == first and t.low in {"more", "less", "most", "fewer"} and i + 1 < end and tokens[i + 1].text.islower() and lexicon.tag_of(tokens[i + 1].low) in {"NN", "NNS", "JJ"}
        if _chunk_word(t, determined) or modifying or shouted_name or placed or gerund or last_noun or compared or (
            between_names and ((t.low in CONNECTORS and t.low != "and") or t.text == "/")  # "Reuters/Ipsos"
        ):
            i += 1
            continue
        break
    return i


def clause_start(tokens: list[Token], begin: int, v: int) -> int:
    """Where the clause holding the verb at v starts: after the last unquoted break before it."""
    k = v - 1
    while k >= begin:
        t = tokens[k]
        if (t.text in CLAUSE_BREAKS and not t.quoted) or (t.quoted and not tokens[k + 1].quoted):
            return k + 1
        k -= 1
    return begin


def _postmodifier(head: list[Token], k: int, following: Token | None = None) -> bool:
    """Does a participle at head[k] start a description of the plural or speaker noun before it
    ("protesters marching ...", "people involved in ...", "judges handling ...")?"""
    t, noun = head[k], head[k - 1]
    if not t.text.islower() or not t.low.endswith(("ing", "ed")) or len(t.low) < 5 or noun.low in (QUANTIFIERS | DETERMINERS) - {"those"}:
        return False  # not "Some miffed supporters": there the participle modifies the noun after it
    reporting = t.low.endswith("ed") and bool(lexicon.reporting_lemma(t.low))
    when = following is not None and (following.low in {"by", "last", "this"} or following.low in lexicon.words("time_words.txt"))
    if reporting and not (following is not None and following.low in PREPOSITIONS or when):
        return False  # "Polls showed that ...": the verb; "a poll released in August": a description
    if noun.low in lexicon.words("group_nouns.txt") or (is_document(noun) and t.low.endswith("ed")):
        return True  # "research conducted by ...", "a report released on Monday"
    return (noun.text.islower() or k == 1) and looks_plural(noun.low) and is_speaker_head(Token(noun.low, 0, 0), plural_ok=True)


def subject_from_start(tokens: list[Token], start: int, end: int) -> tuple[list[Token], list[Token]] | None:
    """Read tokens[start:end] as one subject: a noun phrase, then prepositional phrases, coordinated
    phrases or a relative clause describing it ("Residents who attended the meeting"). Returns (the
    head phrase, the whole description), or None when the words are not one subject or its head is not
    something that can hold a view ("The sign" is not; "The study", "a source", "engineers" are)."""
    begun = start
    if end > start and tokens[end - 1].low in FRACTIONS and share_end(tokens, start, end) == end:
        return tokens[start:end], tokens[start:end]  # "Nearly half said", "More than a third say": the share alone
    ago = next((k for k in range(start, min(end, start + MAX_AGO + 1)) if tokens[k].low == "ago"), None)
    if ago is not None and ago_start(tokens, ago) == start:
        start = ago + 1  # "Two weeks ago the mayor said": the mayor
    while start < end and (not_a_name_start(tokens[start]) or function_word(tokens[start]) or tokens[start].low in {"whose", "least"}):
        if is_pronoun(tokens[start]) and tokens[start].low not in POSSESSIVE_PRONOUNS:
            return None  # "She gives credit": a pronoun subject is read elsewhere
        start += 1
    if start >= end and end - begun == 1 and tokens[begun].low in lexicon.words("group_nouns.txt"):
        return tokens[begun:end], tokens[begun:end]  # "Both vowed ...": a quantifier standing for people
    if start >= end or end - start > MAX_SUBJECT:
        return None
    if all_before_a_name(tokens[start:end]):
        start += 1
    i = _chunk(tokens, start, end)
    head = tokens[start:i]
    if len(head) > 1 and head[-1].low in lexicon.words("adjectives_after_nouns.txt") and head[-1].text.islower():
        head, i = head[:-1], i - 1  # "people familiar with the talks": the people, then what describes them
    share = share_end(tokens, start, end)
    if share:
        head, i = tokens[start:share], share  # "one in three", "four out of 10", "42%"
        counted = _chunk(tokens, share, end) if share < end and tokens[share].low not in PREPOSITIONS | {"and"} else share
        if counted > share:
            head, i = tokens[share:counted], counted  # "4 in 10 Republican voters": the voters counted
    participle = next((k for k in range(1, len(head)) if _postmodifier(head, k, tokens[start + k + 1] if start + k + 1 < end else None)), None)
    if participle is not None:  # "protesters marching through the streets": the protesters, then a description
        head, i = head[:participle], start + participle
    if not head or (head[-1].low in lexicon.words("time_words.txt") or head[-1].low in lexicon.words("months.txt")) and len(head) == 1:
        return None  # "Last August we collected ...": a time, no one who speaks
    if head[-1].text.islower() and head[-1].low.rstrip("s") in AGO_UNITS - {"moment", "while"} and len(head) <= 4 and all(t.text.islower() for t in head):
        return None  # "the last two weeks have signaled": a span of time
    while i < end:
        t = tokens[i]
        if i == start + len(head) and participle is None and _postmodifier(tokens[start : i + 1], len(head), tokens[i + 1] if i + 1 < end else None):
            participle = len(head)  # "People briefed on the move": the chunk stopped at the participle
        if i == start + len(head) and participle is not None:
            i = _chunk(tokens, i + 1, end)  # the participle and its object: "handling federal lawsuits"
            continue
        if i > start and i + 1 == end and t.text.islower() and t.low.endswith("ed") and looks_plural(tokens[i - 1].low):
            i += 1  # "56 percent of Cubans polled said": a participle between a plural and the verb describes the plural
            continue
        if t.low in RELATIVES or t.low in CONTACT_SUBJECTS:
            # a relative clause on the head runs to the verb: "Residents who attended it said", and
            # one without "who": "Everyone I interviewed said", "the experts we asked say"; also after
            # the head's own phrase: "One of the doctors who signed it", "a number of experts I asked"
            break
        attached = t.low == "to" and i == start + len(head) and is_speaker_head(head[-1], plural_ok=True)
        described = t.low in lexicon.words("adjectives_after_nouns.txt") and i == start + len(head)
        if described and (i + 1 == end or tokens[i + 1].low in PREPOSITIONS | {"to"}):
            i += 1  # "those present", "those close | to him": the preposition's phrase is read next
            continue
        if t.low in PREPOSITIONS or t.low == "and" or attached or (t.low == "to" and tokens[i - 1].low in lexicon.words("adjectives_after_nouns.txt")):  # "advisers to the president said"
            nxt = i + 1
            if t.low == "and" and nxt < end and tokens[nxt].low in PREPOSITIONS:
                nxt += 1
            stress = tokens[nxt] if t.low == "and" and nxt + 1 < end and tokens[nxt].low in {"even", "also", "perhaps"} else None
            if stress is not None:
                nxt += 1  # "Politicians and even some engineers say": the adverb stresses the second subject
            after = _chunk(tokens, nxt, end)
            if after == nxt and nxt < end and tokens[nxt].low in OBJECT_PRONOUNS:
                after = nxt + 1  # "those close to him"
            if after == nxt:
                return None
            if t.low == "and" and i == start + len(head):
                head = [w for w in tokens[start:after] if w is not stress]  # two subjects speak together: "Jane Doe and her lawyer"
            i = after
            continue
        return None
    partitive = head[-1].low in QUANTITY_NOUNS or all(t.low in QUANTIFIERS for t in head) or bool(share)  # "42% of voters"
    if partitive and i > start + len(head) and tokens[start + len(head)].low == "of":
        of = start + len(head)  # "A number of other members say", "one of the lawyers": the members, the lawyers
        after = _chunk(tokens, of + 1, end)
        if after > of + 1:
            head = tokens[of + 1 : after]
            cut = next((k for k in range(1, len(head)) if _postmodifier(head, k, tokens[of + 2 + k] if of + 2 + k < end else None)), None)
            partitive_of = head[:cut] if cut is not None else head  # "a majority of voters looking for ..."
            if [t.low for t in partitive_of] not in (["those"], ["them"]):
                head = partitive_of  # but "two-thirds of those in ...": the share is the phrase's head
    if share and head[-1] is tokens[share - 1]:
        return head, tokens[start:end]  # a share of people speaks: "one in three", "42% of voters"
    words = [t for t in head if t.low not in DETERMINERS and t.low not in QUANTIFIERS]
    last = head[-1]
    governed = len(words) == 1 and head[0].low == "the" and last.low in lexicon.words("governed_places.txt")  # "The city said it would appeal"
    if words and not (last.is_cap or is_speaker_head(last, plural_ok=True) or allowed_in_name(last) or governed or those_described(head)):
        return None
    if not words and last.low not in lexicon.words("group_nouns.txt"):
        return None
    return head, tokens[start:end]
