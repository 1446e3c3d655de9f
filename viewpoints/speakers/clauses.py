"""The clause scan: the first verb of a list, in a sentence's own voice, that has a subject.

Quoted words are skipped, and capitalised ones unless a headline in title case capitalises its verbs.
An "-ing" adjunct (", saying ...") and a verb coordinated with another ("... and said") are noted for
the clause's subject to claim; a verb in a relative clause (", who asked ...,") or in a subordinate
clause inside the sentence ("... while police shout") counts only when the main clause has none.
`cues` scans the main clause with it, `frames` a closing one.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon
from .appositives import unclosed_appositive
from .cue import Cue
from .described import AUXILIARY_WORDS
from .holders import experiencer_object
from .names import is_document, is_pronoun
from .phrases import BE_FORMS, CLAUSE_END, CONTACT_SUBJECTS, DASH_MARKS, MAX_SUBJECT, skippable
from .subject_phrase import subject_from_start
from .subjects import subject_left
from .subjects_after import passive_agent, reduced_after_noun, subject_right
from ..text.tokens import Token
from .noun_use import is_noun_use
from .verbs import TITLE_VERBS, colon_verb, finite
from .no_reports import reports_nothing, says_nothing

CLOSING_MARKS = frozenset({"”", '"', "’", "'"})
SPEECH_OPENERS = CONTACT_SUBJECTS | {"it", "that", ":", "“", '"'}  # what opens a clause or quotation a speech verb voices
MID_SUBORDINATORS = frozenset({"while", "because", "when", "after", "before", "although", "though", "unless", "since", "whereas", "until"})


@dataclass
class Scan:
    cue: Cue | None = None
    adjunct: int | None = None  # ", saying ...": the first "-ing" adjunct of a speech verb
    coordinated: int | None = None  # "... and said": the first verb coordinated with another
    relative: Cue | None = None  # a cue inside ", who ... ,": used only when no other is found
    from_relative: bool = False  # the cue found is that relative clause's


# words that tie an "-ing" verb to the clause's subject without a comma: "began by saying", "is quoted as
# saying", "X and saying"; and, for a plain speech verb only (PLAIN_SPEECH: not "after warning signs"),
# "deflected questions before saying", "resigned after telling", "smiled while insisting"
ADJUNCT_LINKS = frozenset({"and", "by", "as"})
TIME_LINKS = frozenset({"before", "after", "while"})
PLAIN_SPEECH = frozenset({"say", "tell", "add", "insist", "argue", "claim", "note", "declare", "write", "announce", "explain", "stress"})


def _title_past(tokens: list[Token], i: int) -> bool:
    """A speech verb's past, capitalised in a title-case headline right after a name ("Zoe Saldana Asked
    Men To ...", "Doe Described Her Ordeal"): no noun has that form, as "Tweets" or "Questions" may be.
    Not in a headline in capitals ("EXPERTS DOWNPLAY ..."), nor after "Got", "Was" or an adverb ("Tim
    Allen Just Got Asked"), nor a feeling's ("Asians Worried About ...": an adjective), nor before "To"
    ("Senator Asked To Resign")."""
    t, before = tokens[i], tokens[i - 1] if i > 0 else None
    lemma = lexicon.speech_verb_forms().get(t.low, "")
    if not lemma or t.low == lemma or not t.low.endswith("ed") or t.text.isupper() or t.low in lexicon.verb_forms("object_experiencer_verbs.txt"):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].low == "to":
        return False  # "Senator Asked To Resign", "Senator Reported To Be Weighing": a passive
    return before is not None and before.is_cap and before.is_word and not before.text.isupper() and lexicon.tag_of(before.low) in {"NNP", "NNPS", "NN", "NNS", ""} and before.low not in BE_FORMS


def scan(tokens: list[Token], begin: int, forms: dict[str, str], *, title: bool, adjectives: frozenset[str] = frozenset()) -> Scan:
    """The first verb of `forms` (or, after "is"/"was", adjective of `adjectives`) with a subject."""
    result = Scan()
    for i in range(begin, len(tokens)):
        t = tokens[i]
        if t.quoted or not t.is_word or (t.is_cap and not (title and t.low in forms and (forms[t.low] in TITLE_VERBS or _title_past(tokens, i)))):
            continue
        if t.low in adjectives:
            found = subject_left(tokens, i, begin, adjective=True)
            if found and found[0][-1].low not in {"it", "there", "this", "that"}:
                result.cue = Cue(t.start, t.end, found[0], found[1])
                return result
            if t.low not in forms:  # "opposed" is a verb too: "Others have opposed the plan"
                continue
        if not (t.low in forms or (t.low.endswith("ed") and colon_verb(tokens, i))) or is_noun_use(tokens, i, begin):
            continue
        if experiencer_object(tokens, i):
            continue  # "Rising prices worried voters": the voters' feeling, not the prices' view
        if says_nothing(tokens, i):
            continue  # "Doe said little about it": the author's note that nothing was said
        if t.low.endswith("ing"):
            holder = _with_subject(tokens, i, begin)
            if holder:  # "with 30 percent of voters saying ...", "with polls showing Doe ahead"
                result.cue = Cue(t.start, t.end, holder, "")
                return result
        if t.low in PREPOSITIONAL_ING:
            continue  # "particularly regarding its cost", "concerning the plan": a preposition, no adjunct
        if t.low.endswith("ing") and not _progressive_at(tokens, i):
            # "..., saying that": an adjunct of the main verb, not a cue of its own; with no other
            # cue it says the clause's subject holds the view ("Doe resigned, saying ...").
            # A "that" after it makes it one too, comma or not ("posted tweets saying that ...").
            # So do "and", "by" and "as" before it ("began by saying", "touting X and saying", "is quoted as saying"),
            # and, for a plain speech verb, "before", "after" or "while" ("deflected questions before saying").
            adds_to = forms.get(t.low) == "add" and i + 1 < len(tokens) and tokens[i + 1].low == "to"  # "adding to the delays"
            comma = tokens[i - 1].text == "," or tokens[i - 1].text in DASH_MARKS or (i > 1 and tokens[i - 1].text in CLOSING_MARKS and tokens[i - 2].text == ",")  # '“city values,” saying'
            # ", eventually saying", ", again saying": an adverb between the comma and the -ing form
            comma = comma or (i > 1 and tokens[i - 2].text == "," and tokens[i - 1].text.islower() and (tokens[i - 1].low.endswith("ly") or tokens[i - 1].low in ADVERB_LINKS))
            if result.adjunct is None and i > 0 and not adds_to and (
                comma or tokens[i - 1].low in ADJUNCT_LINKS or _time_link(tokens, i, forms) or _followed_by_that(tokens, i) or _issued_document(tokens, i)
            ):
                result.adjunct = i
            continue
        if reports_nothing(tokens, i) and passive_agent(tokens, i) is None:
            # "an American contractor accused of spying", "All told, ...", "Doe reported from Kabul.",
            # "to contend for the nomination"; but "was accused of lying by Democrats" is theirs
            continue
        # "and then said" (a past: "and then state leaders could" is no verb)
        after_and = i > 1 and skippable(tokens[i - 1]) and tokens[i - 2].low == "and" and forms.get(t.low) != t.low
        after_then = (  # "Doe paused, then revealed why ...", not "then questioned him" (an object: no view voiced)
            i > 1 and tokens[i - 1].low == "then" and tokens[i - 2].text == "," and forms.get(t.low) != t.low
            and not (i + 1 < len(tokens) and tokens[i + 1].low in {"him", "her", "them", "me", "us"})
        )
        if i > 0 and (tokens[i - 1].low in {"and", "but", "to"} or after_and or after_then) and result.coordinated is None:
            result.coordinated = i  # "Doe laughed and said", "Doe declined but said", "Doe went on to say": the first verb's subject
        if i > 0 and tokens[i - 1].text == "," and result.coordinated is None and _in_verb_list(tokens, i):
            result.coordinated = i  # "Doe denied it, admitted ... and resigned": a list of the subject's verbs
        left = None if reduced_after_noun(tokens, i) else subject_left(tokens, i, begin)
        if left is not None:
            left = unclosed_appositive(tokens, left[0], i) or left  # "Jane Doe, a senator from Ohio said"
        found = left or subject_right(tokens, i) or passive_agent(tokens, i)
        if found and finite(tokens, i, forms.get(t.low, ""), found[0], after=left is None):
            cue = Cue(t.start, t.end, found[0], found[1])
            if left is not None and (_in_relative_clause(tokens, i) or _object_relative(tokens, left[0], i)):
                # "Doe's lawyers, who asked for the video, watched it, officials said": the relative
                # clause speaks only when the main clause has no cue of its own.
                result.relative = result.relative or cue
                continue
            if left is not None and _in_subordinate_clause(tokens, left[0], begin):
                # "The video shows X while police shout at him": the same, for a subordinate clause;
                # what follows it is its own ("after Doe said he believes ..."), so the scan stops.
                result.relative = result.relative or cue
                break
            result.cue = cue
            return result
    result.cue, result.from_relative = result.relative, result.relative is not None
    return result


PREPOSITIONAL_ING = frozenset({"regarding", "concerning", "including", "excluding", "pending", "according"})
ADVERB_LINKS = frozenset({"later", "again", "then", "also", "even", "still", "instead", "often"})


def _time_link(tokens: list[Token], i: int, forms: dict[str, str]) -> bool:
    """ "before saying", "after telling", "while insisting": a plain speech verb's "-ing" form after a
    conjunction of time, which ties it to the clause's subject (not "after warning signs")."""
    return tokens[i - 1].low in TIME_LINKS and forms.get(tokens[i].low) in PLAIN_SPEECH


def _with_subject(tokens: list[Token], i: int, begin: int) -> list[Token]:
    """The noun phrase between "with" and the "-ing" verb at i, which is its subject (", with 30 percent
    of voters saying they like him", "With polls showing ..."); empty when there is none."""
    for k in range(i - 1, max(begin, i - MAX_SUBJECT) - 1, -1):
        if tokens[k].quoted or tokens[k].text in CLAUSE_END:
            return []
        if tokens[k].low == "with":
            if k > begin and tokens[k - 1].text != ",":
                return []  # "met with officials seeking aid": with whom, not a clause of its own
            found = subject_from_start(tokens, k + 1, i) if k + 1 < i else None
            return found[0] if found else []
    return []


def _in_verb_list(tokens: list[Token], i: int) -> bool:
    """Is the past-tense verb at i, after a comma, one of a list that "and" closes with another past
    tense ("Doe denied it, admitted ..., and resigned")?"""
    if not tokens[i].low.endswith("ed"):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tokens[i].low in lexicon.speech_verb_forms() and not (nxt is not None and (nxt.quoted or nxt.low in SPEECH_OPENERS)):
        return False  # "closed the road, added patrols": a speech verb voices only a clause or a quotation
    return any(
        t.low == "and" and not t.quoted and nxt.text.islower() and nxt.low.endswith("ed")
        for t, nxt in zip(tokens[i + 1 : -1], tokens[i + 2 :])
    )


# verbs of putting a text out that are no cue of their own ("issued", "released", "published" are
# attitude verbs, whose subject the scan finds without this)
# putting a text out, in forms no noun has ("issued", "released", "published" are attitude verbs, whose
# subject the scan finds without this): "put out", "sent out" before the text, or a past of its own
PUT_OUT = frozenset({"put", "puts", "putting", "sent", "send", "sends", "sending"})
ISSUED = frozenset({"circulated", "distributed"})


def _issued_document(tokens: list[Token], i: int) -> bool:
    """Is the "-ing" verb at i said by a document the clause's subject put out ("His office put out a
    statement saying ...", "The union sent out a letter Friday saying ...")? Then the view is the issuer's,
    as with a comma; not a document someone only holds ("Doe waved a report saying ...")."""
    k = i - 1
    if k > 0 and tokens[k].low in lexicon.words("time_words.txt"):
        k -= 1  # "a statement Wednesday saying"
    if k < 1 or not is_document(tokens[k]) or not tokens[k].text.islower():
        return False
    for j in range(k - 1, max(0, k - 5), -1):  # "put out a statement", "sent out a brief statement"
        if (tokens[j].low == "out" and tokens[j - 1].low in PUT_OUT) or (tokens[j].text.islower() and tokens[j].low in ISSUED):
            return True
        if not tokens[j].is_word:
            return False
    return False


def _followed_by_that(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].low == "that" and not tokens[i + 1].quoted


def _in_relative_clause(tokens: list[Token], verb: int) -> bool:
    """Is the verb at `verb` the verb of a relative clause (", who asked ...,", "a source who told him")?"""
    j = verb - 1
    while j >= 0 and skippable(tokens[j]) and not tokens[j].quoted:
        j -= 1
    # "who said", and "which it called", "that he blamed on Doe": an object relative with its own subject
    return j >= 1 and (tokens[j].low == "who" or (tokens[j].low in CONTACT_SUBJECTS and tokens[j - 1].low in {"which", "that", "whom"} and j >= 2))


def _object_relative(tokens: list[Token], subject: list[Token], verb: int) -> bool:
    """Does the subject open an object relative clause after a comma (", which friends described as
    miserable,", ", whom critics called naive,")? Not when a clause follows the verb (", which analysts
    say is overvalued,": a report of its own). A pronoun subject is ``_in_relative_clause``'s."""
    if not subject:
        return False
    k = next((m for m, t in enumerate(tokens) if t is subject[0]), 0)
    if k < 2 or tokens[k - 1].low not in {"which", "whom"} or tokens[k - 2].text != "," or tokens[k - 1].quoted:
        return False
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    return after is None or not (after.low in BE_FORMS or after.low in AUXILIARY_WORDS)


def _in_subordinate_clause(tokens: list[Token], subject: list[Token], begin: int) -> bool:
    """Does the subject open a subordinate clause inside the sentence ("... while police shout at
    him")? Its verb reports the sentence only when the main clause has no cue of its own."""
    if not subject:
        return False
    k = next((m for m, t in enumerate(tokens) if t is subject[0]), 0)
    if k <= max(begin, 1) or tokens[k - 1].low not in MID_SUBORDINATORS or tokens[k - 1].quoted:
        return False
    before = tokens[k - 2]
    return not (before.low in BE_FORMS or before.low.endswith(("'s", "’s")))  # "That's when she said": a cleft


def _progressive_at(tokens: list[Token], i: int) -> bool:
    """Is the -ing verb at i progressive, "be" before it past adverbs ("is also encouraging")?"""
    k = i - 1
    while k > 0 and tokens[k].text.islower() and skippable(tokens[k]) and tokens[k].low not in BE_FORMS:
        k -= 1
    return k >= 0 and _progressive(tokens[k])


def _progressive(before: Token) -> bool:
    """ "is saying", "He’s claiming": a form of "be" before an -ing verb makes it finite."""
    return before.low in BE_FORMS or (is_pronoun(before) and before.low.endswith(("'s", "’s")))
