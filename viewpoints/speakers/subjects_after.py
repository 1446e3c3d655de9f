"""A cue's speaker named after it: the subject after the verb ("..., said Jane Doe", "said the firm's
chief executive, John Doe"), a passive's agent ("was called a fraud by critics") and "according to"
("according to a new report by the Trust"). The subject before the verb and the clause's subject are
read in `subjects`.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import Token
from .described import AUXILIARY_WORDS, named_after, owned_after
from .names import DETERMINERS, QUANTIFIERS, is_document, is_pronoun, is_speaker_head
from .phrases import BE_FORMS, CLAUSE_END, PREPOSITIONS, RELATIVES, appositive_after, forward_np, role_text, skippable
from .subject_phrase import subject_from_start
from .verbs import auxiliaries, title_case

OBJECT_FIRST = frozenset({"tell", "tells", "told", "telling"})
MAX_BEFORE_AGENT = 4  # tokens between a reduced passive and its "by": ", called to service by"


def subject_right(tokens: list[Token], v: int) -> tuple[list[Token], str] | None:
    if v > 0 and tokens[v - 1].text not in {",", "”", '"', "’", "'"}:
        return None
    if tokens[v].low in OBJECT_FIRST:
        return None  # "..., told The Post": what follows "told" is whom, not who
    np, after = forward_np(tokens, v + 1)
    k = v + 1
    while not np and k < len(tokens) and (tokens[k].text.isdigit() or tokens[k].text in {"/", "-"}):
        k += 1  # "said 9/11 widow Terry Strada": a number describing the noun after it
    if k > v + 1 and k < len(tokens) and tokens[k].text.islower():
        np, after = forward_np(tokens, k)
    if not np and v + 3 < len(tokens) and tokens[v + 2].low == "and" and tokens[v + 1].text.islower() and is_speaker_head(tokens[v + 1]):
        np, after = forward_np(tokens, v + 3)  # "said lobbyist and party strategist Tom Roe": two descriptions, one name
        if np and not np[-1].is_cap:
            np = []
    period = len(np) if np and np[-1].low in PERIOD_WORDS and all(t.low in PERIOD_WORDS | DETERMINERS | QUANTIFIERS for t in np) else 0
    if not np and v + 2 < len(tokens) and (tokens[v + 1].low in PERIOD_WORDS or tokens[v + 1].low.startswith(PERIOD_PREFIXES)):
        period = 1  # "said acting FBI Director Andrew McCabe", "said then-Gov. Rick Perry": nothing read yet
    if period:
        # "said former tech executive Jane Doe during ...": the period word stopped the phrase; the name follows
        fuller, further = forward_np(tokens, v + 1 + period)
        if fuller and fuller[-1].is_cap:
            np, after = fuller, further
    lone_modifier = bool(np) and np[-1].text.islower() and not is_pronoun(np[-1]) and not is_speaker_head(np[-1], plural_ok=True)  # "Doe’s top foreign | policy aide"
    if np and (all(t.low in DETERMINERS | QUANTIFIERS for t in np) or lone_modifier):
        # "said the 46-year-old.", "said one district GOP leader.": a common noun phrase to the clause's end
        stop = after
        while stop < len(tokens) and tokens[stop].text not in CLAUSE_END and not tokens[stop].quoted:
            stop += 1
        found = subject_from_start(tokens, v + 1, stop) if stop < len(tokens) and tokens[stop].text in {".", ",", "?", "!"} else None
        if found is None:
            return None
        np, after = found[0], stop
    if not np or _opens_clause(tokens, after):
        return None
    if title_case(tokens) and any(t.low in BE_FORMS or t.low in AUXILIARY_WORDS for t in np[1:-1]):
        return None  # ", Says Background Checks Must Expand": a headline's clause in capitals (not "said Theresa May")
    owned = owned_after(tokens, np, after)
    if owned is not None:
        return owned
    head = np[-1]
    if head.text.islower() and not (is_speaker_head(head) or head.low in lexicon.words("group_nouns.txt")):
        return None  # "said the days when ...": a thing after "said" is what was said, not who said it
    named = named_after(tokens, after) if head.text.islower() and head.low not in lexicon.words("group_nouns.txt") else []
    if named:  # "said the firm's chief executive, John Doe.": the name, the description its role
        return named, role_text(tokens[v + 1 : next(k for k, t in enumerate(tokens) if t is named[0]) - 1])
    return np, appositive_after(tokens, after)


def _opens_clause(tokens: list[Token], after: int) -> bool:
    """Is the phrase after a verb the subject of what was said ("..., said members will help") rather
    than the speaker put after the verb ("..., said Jane Doe, a lawyer", "said Doe in a statement")?
    It is when a verb of its own follows it."""
    if after >= len(tokens):
        return False
    nxt = tokens[after]
    if not nxt.is_word or nxt.quoted or nxt.is_cap:
        return False
    if nxt.low in BE_FORMS or nxt.low in AUXILIARY_WORDS:
        return True
    if nxt.low in SOURCE_PARTICIPLES and after + 1 < len(tokens) and tokens[after + 1].low in {"in", "on", "with", "to", "at", "from"}:
        return False  # "says a source involved in the talks": the participle describes the source
    # a past tense of its own ("said members elected ..."), but not a function word ("as", "thus")
    return nxt.low.endswith("ed") and len(nxt.low) > 3 and nxt.low not in lexicon.words("stopwords.txt")


PERIOD_WORDS = frozenset({"former", "ex", "then", "onetime", "longtime", "future", "incoming", "outgoing", "acting"})
PERIOD_PREFIXES = ("then-", "ex-")  # a period word joined to the title: "then-Gov.", "ex-Sen."
# participles that describe a source by what it is near ("a source involved in", "an official briefed on")
SOURCE_PARTICIPLES = frozenset({"involved", "briefed", "based", "connected", "aligned", "associated", "affiliated"})


def passive_agent(tokens: list[Token], v: int) -> tuple[list[Token], str] | None:
    """ "was called a fraud by fellow doctors", "is backed by the union": the agent after "by"."""
    # ", promoted by Doe", ", called to service by the governor": a reduced passive after a comma
    reduced = v > 0 and tokens[v - 1].text == "," and any(t.low == "by" for t in tokens[v + 1 : v + 1 + MAX_BEFORE_AGENT])
    reduced = reduced or reduced_after_noun(tokens, v)  # "the facts reported by the government"
    if not (reduced or any(a in BE_FORMS for a in auxiliaries(tokens, v))) or tokens[v].low.endswith(("ing", "s")):
        return None
    k = v + 1
    while k < len(tokens) and tokens[k].text not in CLAUSE_END and not tokens[k].quoted:
        if tokens[k].low == "by":
            agent = according_to(tokens, k + 1)
            return (agent, "") if agent else None
        k += 1
    return None


def reduced_after_noun(tokens: list[Token], i: int) -> bool:
    """Is the "-ed" verb at i a participle right after the noun it describes, with its agent after "by"
    ("the facts reported by the government", "sentiments viewed by some")? Then the agent holds the view,
    not the noun before it."""
    if i < 1 or not tokens[i].low.endswith("ed") or i + 2 >= len(tokens) or tokens[i + 1].low != "by":
        return False
    noun, agent = tokens[i - 1], tokens[i + 2]
    if not noun.is_word or not noun.text.islower() or skippable(noun) or lexicon.tag_of(noun.low) not in {"NN", "NNS"}:
        return False  # "Doe reported by phone", "was reported by": an auxiliary or a name before it
    if is_speaker_head(noun):
        return False  # "German authorities worried by the increase": the participle describes people who hold a view
    found = according_to(tokens, i + 2)
    head = found[-1] if found else None
    if head is not None:
        after = next((k for k, t in enumerate(tokens) if t is head), len(tokens)) + 1
        nxt = tokens[after] if after < len(tokens) else None
        if nxt is not None and nxt.is_word and nxt.text.islower() and (nxt.low in BE_FORMS or nxt.low in AUXILIARY_WORDS or lexicon.tag_of(nxt.low) in {"VBD", "VBZ", "VBP"}):
            return False  # "The bill proposed by Sen. Doe would raise ...": the phrase is the subject of a verb of its own
    return head is not None and (
        head.is_cap or is_speaker_head(head, plural_ok=True) or head.low in lexicon.words("group_nouns.txt") or head.low in lexicon.words("organization_words.txt")
    )


# a text's copy or part, which speaks as the text it is of ("a copy of the letter", "a draft of the plan")
VERSION_NOUNS = frozenset({"copy", "copies", "draft", "drafts", "version", "versions", "excerpt", "excerpts", "portion"})


def according_to(tokens: list[Token], i: int) -> list[Token]:
    """The source after "according to": a name ("Jane Doe"), or the head of a longer phrase ("the
    nonpartisan Budget Office", "exit polls"), or who made the text ("a new report by the Trust")."""
    np, _ = forward_np(tokens, i)
    stop = i
    while stop < len(tokens) and tokens[stop].text not in CLAUSE_END and not tokens[stop].quoted:
        stop += 1
    found = subject_from_start(tokens, i, stop) if stop > i else None
    if found is None:
        return _source_words(tokens, i, stop) or np
    head, whole = found
    while len(head) > 1 and head[-1].low in lexicon.words("time_words.txt"):
        head = head[:-1]  # "a report Tuesday from WKOW": the day says when, the report (and its maker) speaks
    if head[-1].low in VERSION_NOUNS:
        of = next(k for k, t in enumerate(tokens) if t is head[-1]) + 1
        if of + 1 < stop and tokens[of].low == "of":
            return according_to(tokens, of + 1) or head  # "a copy of the letter (reviewed by The Post)": the letter, or its maker
    for k in range(len(head), len(whole) - 1):
        if whole[k].low in {"by", "from"} and is_document(head[-1]):
            made = subject_from_start(whole, k + 1, len(whole))
            maker = made[0] if made else forward_np(whole, k + 1)[0]
            if any(t.is_word and t.low not in DETERMINERS | QUANTIFIERS for t in maker):
                return maker  # "a memo by the agency's watchdog": the watchdog; else the memo itself
    return head if len(head) >= len(np) else np


def _describes_text(words: list[Token], m: int) -> bool:
    """Does a participle at m open what describes the text before it ("a poll | taken last week",
    "reports | emerging in the media", "a survey | conducted for CNN")?"""
    t = words[m]
    participle = t.text.islower() and (t.low.endswith(("ed", "ing")) or lexicon.tag_of(t.low) == "VBN")
    return participle and is_document(words[m - 1])


def _source_words(tokens: list[Token], i: int, stop: int) -> list[Token]:
    """The plain noun phrase naming a source after "according to", up to what describes it: "press
    reports", "the summary", "a copy | of the letter", "an account | she gave" (empty when it does not
    end on a text or finding that speaks for its makers: "according to the bridge" names nobody)."""
    k = i
    while k < stop and tokens[k].is_word and not tokens[k].quoted and tokens[k].low not in PREPOSITIONS | RELATIVES and not (k > i and is_pronoun(tokens[k])):
        k += 1
    words = tokens[i:k]
    cut = next((m for m in range(1, len(words)) if _describes_text(words, m)), None)
    if cut is not None:
        words = words[:cut]  # "a Gallup Poll | taken last week", "reports | emerging in the media"
    while len(words) > 1 and words[-1].text.islower() and words[-1].low.endswith("ed"):
        words = words[:-1]  # "the letter reviewed | by The Post": a participle describing the text
    if words and words[-1].low in VERSION_NOUNS and k + 1 < stop and tokens[k].low == "of":
        return according_to(tokens, k + 1)  # "a copy of the letter": the letter (or its maker: "of a memo by ...")
    return words if words and is_document(words[-1]) else []
