"""Holders of a view that no reporting verb of their own names.

"according to X", "in his view", "..., by one estimate"; a document or poll framing the sentence ("In
a new report, ..."); the owner of a plan or view that sets out its content ("Under Doe's plan, ...");
the subject of a past-tense verb with a "that" clause ("Investigators have discovered that ..."); the
object of an object-experiencer verb ("That worries environmentalists").
"""

from __future__ import annotations

from .. import lexicon
from .cue import Cue
from .names import DETERMINERS, POSSESSIVE_PRONOUNS, QUANTIFIERS, is_document, is_speaker_head, looks_plural
from .phrases import BE_FORMS, backward_np, forward_np, skippable
from .clause_subjects import clause_subject
from .subjects import TIME_NOUNS, subject_left
from .subjects_after import according_to
from ..text.tokens import Token

ESTIMATE_NOUNS = frozenset({"estimate", "estimates", "count", "counts", "tally", "calculation", "calculations", "account", "accounts", "reckoning"})
VIEW_NOUNS = frozenset({"view", "opinion", "words", "assessment", "judgment", "judgement", "estimation", "account", "telling"})

# "Under Doe's plan, ...": prepositions that frame a sentence by someone's plan or view; and what
# follows a plan that sets out its content ("Doe's plan would ...", "his view that ...").
FRAMING = frozenset({"under", "in", "by", "with"})

SETS_OUT = frozenset({"would", "will", "could", "calls", "includes", "to", "that", "is", "proposes", "seeks", ":"})

# Past forms followed by "that" that report nobody's view: "ensured that", "so arranged that".
NOT_REPORTING_THAT = frozenset({"ensured", "required", "provided", "ordered", "decreed", "arranged", "happened", "seemed", "appeared", "mandated", "stipulated"})


def phrase_cue(tokens: list[Token], begin: int) -> Cue | None:
    """ "according to X" and "in his view" anywhere in the sentence's own voice."""
    for i in range(begin, len(tokens) - 1):
        t, nxt = tokens[i], tokens[i + 1]
        if t.quoted or not t.is_word:
            continue
        if t.low == "according" and nxt.low == "to" and not _inside_report(tokens, begin, i):
            np = according_to(tokens, i + 2)
            if np:
                return Cue(t.start, nxt.end, np, "")
        if t.low == "in" and nxt.low in POSSESSIVE_PRONOUNS and i + 2 < len(tokens) and tokens[i + 2].low in VIEW_NOUNS:
            pronoun = Token(POSSESSIVE_PRONOUNS[nxt.low], nxt.start, nxt.end)
            return Cue(t.start, tokens[i + 2].end, [pronoun], "")
        if t.low == "by" and i > begin and tokens[i - 1].text == "," and nxt.low in {"one", "some", "many", "most", "several", "another", "its", "their", "his", "her"}:
            estimate = _estimate(tokens, i + 1)  # "..., by one estimate", "..., by his own account"
            if estimate is not None:
                return Cue(t.start, estimate.end, estimate.subject, "")
    return None


def _inside_report(tokens: list[Token], begin: int, i: int) -> bool:
    """Does the phrase at i open the "that" clause of a speech verb, past a time or an adverb ("Doe
    said Tuesday that, according to the count, ...")? Then it is the speaker's source, and the
    speaker holds the sentence (not "Doe noted a plan that, according to critics, ...")."""
    k = i - 1
    if k > begin and tokens[k].text == ",":
        k -= 1
    if k <= begin or tokens[k].low != "that":
        return False
    k -= 1  # the verb, past a time or an adverb: "said Tuesday that", "said later that"
    while k > begin and (tokens[k].low in lexicon.words("time_words.txt") or tokens[k].low in TIME_NOUNS or skippable(tokens[k])):
        k -= 1
    return not tokens[k].quoted and tokens[k].text.islower() and tokens[k].low in lexicon.speech_verb_forms()


def _estimate(tokens: list[Token], i: int) -> Cue | None:
    """ "one estimate", "some counts", "his own account" closing a sentence after "by": the estimate
    (a finding that speaks for its makers) or the owner of the account."""
    k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].low == "own")
    if k >= len(tokens) or tokens[k].low not in ESTIMATE_NOUNS or any(x.is_word for x in tokens[k + 1 :]):
        return None
    owner = tokens[i]
    if owner.low in POSSESSIVE_PRONOUNS:
        return Cue(owner.start, tokens[k].end, [Token(POSSESSIVE_PRONOUNS[owner.low], owner.start, owner.end)], "")
    return Cue(owner.start, tokens[k].end, tokens[i : k + 1], "")


def in_document(tokens: list[Token], i: int) -> Cue | None:
    """ "In this poll, ...", "In a new report, ...": a sentence framed by a text or a poll is its finding."""
    k = i
    while k < len(tokens) and k - i < 4 and tokens[k].is_word and not tokens[k].quoted:
        k += 1
    phrase = tokens[i:k]
    if k < len(tokens) and tokens[k].text == "," and phrase and is_document(phrase[-1]) and phrase[0].low in DETERMINERS | {"its", "their"}:
        return Cue(tokens[i - 1].start, phrase[-1].end, phrase, "")
    return None


def position_owner(tokens: list[Token], begin: int) -> Cue | None:
    """ "Doe's plan would ...", "Under her proposal, ...": a plan, view or claim owned by a speaker."""
    nouns = lexicon.words("position_nouns.txt")
    for i in range(begin, len(tokens) - 1):
        t = tokens[i]
        if t.quoted or not t.is_word:
            continue
        k = i + 1
        if k + 1 < len(tokens) and tokens[k].text.islower() and tokens[k + 1].low in nouns:
            k += 1  # one modifier between: "her tax plan", "Doe's latest proposal"
        if tokens[k].low not in nouns or tokens[k].quoted:
            continue
        owner = backward_np(tokens, i) if t.is_cap and t.text != t.bare else [t]
        if not owner or not _sets_out(tokens, i - len(owner) + 1, k):
            continue
        if t.low in POSSESSIVE_PRONOUNS:
            # "Doe, under fire, defended his plan": the clause's subject owns it before anyone named earlier
            subject = clause_subject(tokens, begin, i)
            if subject and subject[-1].is_cap and not is_speaker_head(subject[-1]):
                return Cue(t.start, tokens[k].end, subject, "")
            return Cue(t.start, tokens[k].end, [Token(POSSESSIVE_PRONOUNS[t.low], t.start, t.end)], "")
        if t.is_cap and t.text != t.bare and not is_document(owner[-1]):
            return Cue(t.start, tokens[k].end, owner, "")
    return None


def _sets_out(tokens: list[Token], owner: int, noun: int) -> bool:
    """Does the owned plan or view set out its content ("Under Doe's plan, ...", "Doe's plan would",
    "her view that"), rather than being judged by the author ("His claims were false")?"""
    before = tokens[owner - 1].low if owner > 0 else ""
    after = tokens[noun + 1].low if noun + 1 < len(tokens) else ""
    return before in FRAMING or after in SETS_OUT


def that_complement(tokens: list[Token], begin: int) -> Cue | None:
    """ "An attorney, Jane Doe, stressed that ...", "Investigators have discovered that ...": a verb in
    the past with a "that" clause after it reports, believes or finds (verbs taking a finite "that"
    clause are verbs of saying, thinking and finding), even when no list holds it. Not "so that",
    "now that", nor a passive ("it was decided that")."""
    for v in range(begin + 1, len(tokens) - 1):
        t = tokens[v]
        if tokens[v + 1].low != "that" or tokens[v + 1].quoted or t.quoted or not t.text.islower():
            continue
        if not t.low.endswith("ed") or len(t.low) < 5 or t.low in NOT_REPORTING_THAT:
            continue
        found = subject_left(tokens, v, begin)
        if found and not (len(found[0]) == 1 and found[0][0].low in {"it", "this", "that", "there"}):
            return Cue(t.start, t.end, found[0], found[1])
    return None


def experiencer_object(tokens: list[Token], v: int) -> list[Token]:
    """The object holding the feeling after an object-experiencer verb ("worried voters", "concerns
    Jane Doe", "angered many Republicans"), or empty: not after "be" ("she is worried that ...")."""
    t = tokens[v]
    if t.quoted or t.low not in lexicon.verb_forms("object_experiencer_verbs.txt") or t.low.endswith("ing"):
        return []
    if v > 0 and (tokens[v - 1].low in BE_FORMS or tokens[v - 1].low.endswith(("'s", "’s"))):
        return []
    if v + 1 < len(tokens) and tokens[v + 1].low in {"that", "about", "over", "whether", "if"}:
        return []  # "environmentalists worry that ...": the subject's own worry
    np, _ = forward_np(tokens, v + 1)
    words = [w for w in np if w.low not in DETERMINERS | QUANTIFIERS]
    if words and (words[-1].is_cap or is_speaker_head(words[-1], plural_ok=True)):
        return np
    nxt = tokens[v + 1] if v + 1 < len(tokens) else None
    return [nxt] if nxt is not None and nxt.text.islower() and looks_plural(nxt.low) and is_speaker_head(nxt, plural_ok=True) else []


def experiencer(tokens: list[Token], begin: int) -> Cue | None:
    """ "That worries environmentalists": the object of the first object-experiencer verb holds the view."""
    forms = lexicon.verb_forms("object_experiencer_verbs.txt")
    for v in range(begin, len(tokens)):
        if tokens[v].low not in forms:
            continue  # experiencer_object's own first test, without the call
        held = experiencer_object(tokens, v)
        if held:
            return Cue(tokens[v].start, tokens[v].end, held, "")
    return None
