"""Where the noun phrase naming a speaker begins and ends among a sentence's tokens.

Three readings, each from the cue's position: leftwards from a verb ("... the city council said"),
rightwards after one ("said Jane Doe, a lawyer"), and forwards from the start of the verb's clause
("Experts on trade at the institute said": the subject is the first noun phrase, what follows it is
a description). `names` then decides whom the words name.
"""

from __future__ import annotations

from itertools import pairwise

from .. import lexicon
from ..text.tokens import Token
from .names import (
    CONNECTORS,
    DETERMINERS,
    NON_DEFINING,
    POSSESSIVE_PRONOUNS,
    QUANTIFIERS,
    allowed_in_name,
    is_document,
    is_pronoun,
    is_speaker_head,
    looks_plural,
    share_end,
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


def _not_a_name_start(token: Token) -> bool:
    """A capitalised function word or sentence adverb ("But", "What", "Even"), or a connector."""
    return token.low in CONNECTORS or (token.is_cap and (token.low in lexicon.words("not_names.txt") or sentence_adverb(token)))


def sentence_adverb(token: Token) -> bool:
    """An adverb in -ly that opens a sentence ("Similarly, ...", "Additionally, ..."): by its tag, so
    names in -ly ("Kelly", "Lilly") stay names."""
    return _ly_adverb(token.low) and lexicon.tag_of(token.low) == "RB"


def _ly_adverb(low: str) -> bool:
    """A word in -ly that is no noun or adjective of ly_words.txt ("family", "ally"): an adverb's shape."""
    return low.endswith("ly") and low not in lexicon.words("ly_words.txt")


def _function_word(token: Token) -> bool:
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
    while out and _not_a_name_start(out[0]):
        out = out[1:]
    return out[1:] if _all_before_a_name(out) else out


def _all_before_a_name(words: list[Token]) -> bool:
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
            # a common noun describing the name after it: "said Army veteran Tom Baker", "said widow Ann Roe"
            or (t.text.islower() and i + 1 < len(tokens) and tokens[i + 1].is_cap and not tokens[i + 1].quoted and is_speaker_head(t))
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
        if not t.is_word or t.quoted or t.low in lexicon.words("stopwords.txt") or _verb_like(t):
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


# --- the subject read forwards from its clause's start ------------------------------------------


def _verb_like(token: Token) -> bool:
    """A word that cannot sit inside a noun phrase: an auxiliary, a modal, a speech verb's form."""
    low = token.low
    return low in BE_FORMS or low in lexicon.words("skippable.txt") and low not in {"first", "last", "long"} or (
        low in lexicon.speech_verb_forms() and not token.is_cap
    )


def _determiner(token: Token) -> bool:
    """A word that opens a noun phrase: "the", "a", "his", "Doe's"."""
    return token.low in DETERMINERS or token.low in POSSESSIVE_PRONOUNS or (token.is_word and token.text != token.bare)


def _chunk_word(token: Token, determined: bool) -> bool:
    if not token.is_word or token.quoted:
        return False
    low = token.low
    if (is_pronoun(token) and low not in POSSESSIVE_PRONOUNS) or _function_word(token):
        return False
    if token.is_cap or low in DETERMINERS or low in QUANTIFIERS or low in POSSESSIVE_PRONOUNS:
        return True
    if low in PREPOSITIONS or low in RELATIVES or low == "and":
        return False
    if _verb_like(token):  # but a speech verb's base form in a determined phrase is a noun: "a new report"
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
            if i > first and tokens[i - 1].is_cap and t.low.endswith("ed"):
                break  # "Doe received 38 percent": a name's verb, not its modifier
        if i > first and t.text.islower() and looks_plural(tokens[i - 1].low) and _plural_agreeing_verb(t.low):
            break  # "the recordings show Smith ...": a plural noun's verb, not a word of its phrase
        between_names = i > first and i + 1 < end and tokens[i - 1].is_cap and tokens[i + 1].is_cap
        # a verb's form before a plural noun is its modifier: "state regulators", "report cards"
        modifying = (
            t.text.islower() and t.low in lexicon.speech_verb_forms() and i + 1 < end and tokens[i + 1].text.islower()
            and looks_plural(tokens[i + 1].low) and is_speaker_head(tokens[i + 1], plural_ok=True)
        )
        shouted_name = i > first and t.text.isupper() and len(t.text) > 1 and tokens[i - 1].text.isupper() and not t.quoted  # "USA TODAY"
        determined = i > first and (_determiner(tokens[first]) or tokens[first].low in QUANTIFIERS or tokens[i - 1].low in NON_DEFINING)  # "each state", "new reports"
        determined = determined or (i == first > 0 and tokens[i - 1].low in PREPOSITIONS and tokens[i - 1].low != "to")  # "secretary of state"
        placed = i == first + 1 and _determiner(tokens[first]) and t.low in {"inside", "outside"}  # "an inside source"
        owner = tokens[first].low in POSSESSIVE_PRONOUNS or tokens[first].low in {"the", "a", "an"} or (tokens[first].is_cap and tokens[first].text != tokens[first].bare)
        gerund = i == first + 1 and owner and t.text.islower() and t.low.endswith("ing")  # "her thinking", "the thinking", "Cruz's thinking"
        # a verb's -s form right before the clause's verb is a plural noun: "an analysis of campaign-finance reports shows"
        last_noun = i == end - 1 and i > first and t.text.islower() and t.low.endswith("s") and tokens[i - 1].is_word and tokens[i - 1].low not in PREPOSITIONS
        if _chunk_word(t, determined) or modifying or shouted_name or placed or gerund or last_noun or (
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
    while start < end and (_not_a_name_start(tokens[start]) or _function_word(tokens[start]) or tokens[start].low in {"whose", "least"}):
        if is_pronoun(tokens[start]) and tokens[start].low not in POSSESSIVE_PRONOUNS:
            return None  # "She gives credit": a pronoun subject is read elsewhere
        start += 1
    if start >= end or end - start > MAX_SUBJECT:
        return None
    if _all_before_a_name(tokens[start:end]):
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
    if not head:
        return None
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
    if words and not (last.is_cap or is_speaker_head(last, plural_ok=True) or allowed_in_name(last)):
        return None
    if not words and last.low not in lexicon.words("group_nouns.txt"):
        return None
    return head, tokens[start:end]
