"""Whom a sentence names, learnt for later: the people the article introduces as it goes, so a surname,
a title or a pronoun in a later sentence finds them in the ``Registry`` ("UK Prime Minister Keir Starmer"
... "Starmer said"; "The mayor was blunt. “...,” he said.").

A run of capitals is a person unless it is a building, an organisation or a state ("Trump International
Hotel", "South Carolina"), a thing after an article ("the Trump Train"), or a headline's words; one named
in passing (an owner, a preposition's object) and one after "in" (as likely a place) are learnt with
those marks, which `registry` reads.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import Token
from . import frames
from .mentions import mention_from
from .names import (
    DETERMINERS,
    PARTICLES,
    POSSESSIVE_PRONOUNS,
    clean,
    is_given_name,
    is_role_word,
    is_shouting,
    is_speaker_head,
    join,
    looks_plural,
)
from .phrases import BE_FORMS
from .registry import Mention, Registry, gender_of
from .verbs import title_case

MAX_HEADING_WORDS = 6  # a sentence of only capitalised words up to this long is a heading
ARTICLES = frozenset({"the", "a", "an"})
PASSING_PREPOSITIONS = frozenset({"of", "about", "on", "with", "against", "for"})  # "said of Bill Clinton"
# Before a run of capitals these more often name where than who ("voters in Palo Alto"): a name after
# them is learnt as placed, which a surname may settle on but no pronoun stands for, unless it opens
# with a given name or a person's description follows it. Not "at" ("took aim at Jerome Powell"), and
# not "in" as a verb's particle ("brought in Corey Lewandowski", "swore in Raphael Warnock").
WHERE_PREPOSITIONS = frozenset({"in", "across", "throughout", "near", "inside"})
IN_PARTICLE_VERBS = frozenset(
    {"bring", "brings", "brought", "bringing", "swear", "swore", "sworn", "swears", "call", "called", "calls", "fill", "filled", "usher", "ushered", "rope", "roped", "draft", "drafted"}
)


def learn_names(tokens: list[Token], registry: Registry, *, title: bool | None = None) -> None:
    """Remember titled names ("UK Prime Minister Keir Starmer") so later short forms resolve; not
    from a headline in title case, where every word is capitalised ("Retired General Reveals ...").
    `title`: ``title_case(tokens)`` when the caller has read it already."""
    if title_case(tokens) if title is None else title:
        return
    if all(t.is_cap for t in tokens if t.is_word) and sum(t.is_word for t in tokens) <= MAX_HEADING_WORDS:
        return  # a line of capitalised words alone is a heading ("A Divisive Legacy"), not a name
    run: list[Token] = []
    fronted = frames.fronted(tokens) is not None  # 'Said Roe, “...”': the verb opens no name
    stream = tokens + [Token(".", 0, 0)]
    not_names, stopwords = lexicon.words("not_names.txt"), lexicon.words("stopwords.txt")
    for k, t in enumerate(stream):
        # a name's particle ("Charles de Gaulle"), or the "of" of an office ("Secretary of State John Kerry")
        joins = run and (t.low in PARTICLES or (t.low == "of" and is_role_word(run[-1]))) and stream[k + 1].is_cap
        if t.is_word and not t.quoted and (t.is_cap or joins):
            run.append(t)
            continue
        if not run:
            continue
        # "the Trump Train", "the Big Apple": a capitalised run after an article that heads its own phrase
        # names a thing; one modifying a noun after it is still a name ("the Bernie Sanders campaign")
        at = k - len(run)  # where the run opened in `stream`
        after_article = ((at > 0 and stream[at - 1].low in ARTICLES) or run[0].low in ARTICLES) and not (t.is_word and t.text.islower())
        while run and (run[0].low in not_names or run[0].low in POSSESSIVE_PRONOUNS or (run[0] is tokens[0] and fronted)):
            run = run[1:]  # "What Obama", "In Chicago", "His Boeing", 'Said Roe, “...”' (but "Said Jalili" is a name)
        if run and (run[0].low in lexicon.words("honorifics.txt") or is_given_name(run[0])):
            after_article = False  # "the Rev. Al Sharpton", "the Bernie Sanders campaign": a person's name
        joined = [m for m, x in enumerate(run) if x.text == "of"]
        if joined and not clean(run)[0]:
            run = run[joined[-1] + 1 :]  # "The President of France": an office with no name after it
        headline = any(x.low in stopwords and x.text != "of" for x in run[1:])  # "Serving Under Obama"
        if len(run) >= 2 and not is_shouting(run) and not headline:
            role, name = clean(run)
            # named in passing: an owner ("Bill Clinton's record") or a preposition's object ("said of Bill Clinton")
            opened = k - len(run)  # where the run opens now, past what was trimmed off its start
            before = stream[opened - 1].low if opened > 0 else ""
            passing = run[-1].text != run[-1].bare or before in PASSING_PREPOSITIONS
            particle = before == "in" and opened > 1 and stream[opened - 2].low in IN_PARTICLE_VERBS
            placed = (
                before in WHERE_PREPOSITIONS and not particle and run[-1].text == run[-1].bare
                and not is_given_name(name[0] if name else run[0]) and not _described_as_person(stream, k)
            )
            if role and len(name) >= 1:
                registry.learn(Mention(join(name), "person", join(role), passing=passing), spoke=False)
            elif len(name) == 1 and run[0].low in lexicon.words("honorifics.txt"):  # "Mr. Roe"
                told = gender_of([run[0].low])
                registry.learn(Mention(registry.canonical(join(name), told), "person", "", gender=told), spoke=False)
            elif len(name) >= 2 and not after_article and not any(x.low in lexicon.words("organization_words.txt") for x in name) and not (
                any(x.low in lexicon.words("place_words.txt") for x in name) and not is_given_name(name[0])
            ) and join(name).lower() not in lexicon.words("us_states.txt"):
                # "Trump International Hotel" is a building, "South Carolina" a state; "Jenny Park", "Monty Hall" are people
                registry.learn(Mention(join(name), "person", "", passing=passing, placed=placed), spoke=False)
        run = []
    _learn_described_subject(tokens, registry)


def _described_as_person(stream: list[Token], k: int) -> bool:
    """Does a description of a person follow the name ending before `k`? "brought in Corey Lewandowski,
    his former campaign manager, ..." ("in Palo Alto, a city near ..." describes a place)."""
    if k + 1 >= len(stream) or stream[k].text != ",":
        return False
    window = stream[k + 1 : k + 8]
    for m, t in enumerate(window):
        if t.text in {",", ".", ";", ":"}:
            return False
        if t.is_cap:
            if m > 0 and (window[m - 1].low in DETERMINERS or window[m - 1].low in POSSESSIVE_PRONOUNS or window[m - 1].is_cap):
                continue  # "Kyrsten Sinema, the Arizona senator": a capitalised modifier of the role
            return False  # "in Palo Alto, Sanders traded ...": a new clause's subject
        if is_role_word(t) or is_speaker_head(t):
            return True
    return False


def _learn_described_subject(tokens: list[Token], registry: Registry) -> None:
    """ "The mayor was blunt. “...,” he said.": a sentence opening with a title or a person noun as its
    subject mentions that person (the one named with that title before, if any) for later pronouns."""
    words = [t for t in tokens[:3] if t.is_word]
    if len(words) < 3 or words[0].low != "the" or words[1].text != words[1].low or words[1].quoted:
        return
    if not (is_role_word(words[1]) or (is_speaker_head(words[1]) and words[1].low not in lexicon.words("group_nouns.txt"))):
        return
    if looks_plural(words[1].low) or not (words[2].low in BE_FORMS or words[2].low.endswith("ed")):
        return
    mention = mention_from(words[:2], "", registry)
    if mention is not None and mention.kind == "person":
        registry.learn(mention, spoke=False)
