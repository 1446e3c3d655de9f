"""Judge a predicted speaker against a gold source string, the way the evaluation counts it.

- lenient: the two share at least one content token: a lower-cased word that is not a stopword,
  pronoun or honorific ("Mr. Trump" ~ "Donald Trump", "a campaign spokesman" ~ "Clinton campaign").
- exact: equal after normalising: lower case, punctuation and possessive "'s" removed, leading
  determiners and honorifics/titles dropped ("The New York Post" = "New York Post",
  "Sen. Tim Kaine" = "Tim Kaine").
The engine's narration speaker (schema.AUTHOR) never matches a gold source.
"""

from __future__ import annotations

import re

from viewpoints.schema import AUTHOR

PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself he him his himself she her hers "
    "herself it its itself they them their theirs themselves who whom whose which that this these those".split()
)
DETERMINERS = frozenset("the a an another this that these those some".split())
FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
# Dropped from the front of a name for the exact match, and never counted as a shared token.
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr sen senator rep representative "
    "gov governor gen general lt col capt sgt adm president pres vice secretary sec chairman chairwoman "
    "judge justice mayor ambassador".split()
)
STOPWORDS = (
    frozenset(
        "a an the and or but nor of in on at to for from by with without about as into over under after before "
        "between among than then so not no yes is are was were be been being has have had do does did will would "
        "can could should may might must shall also just only very more most other another some any all each both "
        "such own same s".split()
    )
    | DETERMINERS
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


def tokens(name: str) -> list[str]:
    """Lower-cased words of a name, possessive "'s" and punctuation removed ("Clinton’s" -> "clinton")."""
    words = (_POSSESSIVE.sub("", word) for word in _WORD.findall(name.lower()))
    return [word.replace("’", "'") for word in words if word]


def content_tokens(name: str) -> set[str]:
    """The tokens that may carry a lenient match: no stopwords, pronouns or honorifics."""
    return {word for word in tokens(name) if word not in STOPWORDS | PRONOUNS | HONORIFICS}


def normalise(name: str) -> str:
    """Name as compared by the exact match: leading determiners and honorifics dropped (unless that
    leaves nothing, then only determiners are dropped)."""
    words = tokens(name)
    while words and words[0] in DETERMINERS:
        words = words[1:]
    stripped = list(words)
    while stripped and stripped[0] in HONORIFICS | DETERMINERS:
        stripped = stripped[1:]
    return " ".join(stripped or words)


def is_pronoun(source: str) -> bool:
    """True for a gold source made only of pronouns ("he", "She", "they", "who", "I")."""
    words = tokens(source)
    return bool(words) and all(word in PRONOUNS for word in words)


DEFINITE = frozenset("the this that these those".split())


def is_description(source: str) -> bool:
    """True for a definite description standing for someone named elsewhere: "the senator", "The
    Republican nominee", "the former president" (a definite article and a common-noun head), not a
    name that starts with "the" ("The Wall Street Journal", "the S.E.C.")."""
    words = source.split()
    if len(words) < 2 or words[0].lower() not in DEFINITE or is_pronoun(source):
        return False
    head = tokens(words[-1])
    return bool(head) and words[-1][:1].islower() and head[-1] not in PRONOUNS


def _is_author(predicted: str | None) -> bool:
    return predicted is None or not predicted.strip() or predicted.strip().lower() == AUTHOR


def lenient_match(predicted: str | None, gold: str) -> bool:
    """Predicted speaker shares at least one content token with the gold source (or matches exactly:
    "the president" = "President" though neither has a content token)."""
    if _is_author(predicted):
        return False
    return bool(content_tokens(predicted) & content_tokens(gold)) or exact_match(predicted, gold)


def exact_match(predicted: str | None, gold: str) -> bool:
    """Predicted speaker equals the gold source after `normalise` (both non-empty)."""
    if _is_author(predicted):
        return False
    left, right = normalise(predicted), normalise(gold)
    if not left and not right:  # only determiners on both sides: "Some" = "some"
        return bool(tokens(predicted)) and tokens(predicted) == tokens(gold)
    return bool(left) and left == right
