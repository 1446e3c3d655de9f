"""One person's spellings across the articles of a corpus: a key for each written name, and which
spellings of a corpus are one voice.

Within an article the voice list settles its names (``voice_list.merges``: "Pence" into "Mike Pence",
"Donald Trump" into "Donald J. Trump"). Across articles, the corpus's Voices page needs the same
question answered for names that never met in one article. Compared here as the voice list compares
names (``voice_filter.words``: lower case, possessive and leading titles dropped), with every courtesy
title of ``honorifics.txt`` dropped too, curly apostrophes and hyphen spacing made one, and a middle
initial read as one: "Donald J. Trump", "Mr. Donald Trump" and "Donald Trump's" are one person.

Initials tell people apart: "George H.W. Bush" and "George W. Bush" are two. So the middle initials are
kept in the key (`spelled`), and `people` merges a name without them ("George Bush") into the one
initialled name of the corpus with the same first and last word, and only when that name is the only
one: beside both Bushes, "George Bush" stays a voice of its own. A surname alone ("Trump", in an article
that never gives his first name) is not joined to a full name: measured on PolNeAR train, where the one
full name of a surname is often another person's ("Clinton" said by Bill or Hillary, "Bush" by George
W. or Jeb), see the README's Voices page. Pure functions: no store, no Streamlit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .. import lexicon
from ..speakers.voice_filter import LEADING, words

_HYPHEN = re.compile(r"(?<=\w)\s*[-\u2010\u2011]\s*(?=\w)")  # "Smith - Jones", "Smith‐Jones" -> "Smith-Jones"
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?\.?|[a-z]")  # "j", "j.", "h.w.", "h.w" (words() strips a final dot)


def _titles() -> frozenset[str]:
    return LEADING | lexicon.words("honorifics.txt")


def _initial(token: str) -> bool:
    return bool(_INITIALS.fullmatch(token))


@dataclass(frozen=True)
class Spelled:
    """A written name as compared across articles: its words (`words`), and the first and last word
    (`base`) with the middle initials between them (`initials`, their letters: "hw") when every word
    between them is an initial; otherwise `base` is every word and `initials` is ""."""

    words: tuple[str, ...]
    base: tuple[str, ...]
    initials: str

    @property
    def key(self) -> str:
        """The name with its initials, as one string: "george hw bush", "donald trump"."""
        if self.initials:
            return " ".join((self.base[0], self.initials, self.base[-1]))
        return " ".join(self.base)

    @property
    def family(self) -> str:
        """Its last word: the spellings that can be one voice with it share it."""
        return self.base[-1] if self.base else ""


def spelled(name: str) -> Spelled:
    """How `name` is compared across articles (see the module docstring)."""
    tokens = list(words(_HYPHEN.sub("-", name.replace("’", "'"))))
    titles = _titles()
    while len(tokens) > 1 and tokens[0].rstrip(".") in titles:
        tokens = tokens[1:]
    if len(tokens) >= 3 and not _initial(tokens[0]) and not _initial(tokens[-1]) and all(_initial(t) for t in tokens[1:-1]):
        letters = "".join(t.replace(".", "") for t in tokens[1:-1])
        return Spelled(tuple(tokens), (tokens[0], tokens[-1]), letters)
    return Spelled(tuple(tokens), tuple(tokens), "")


def name_key(name: str) -> str:
    """The key of one written name on its own ("Sen. Donald J. Trump's" -> "donald j trump"); a name
    with no words (punctuation only) is its own key."""
    return spelled(name).key or name


def people(names: Mapping[str, int] | list[str]) -> dict[str, str]:
    """Each spelling of a corpus -> its person: the key shared by every spelling of one voice. `names`
    may give each spelling's article count (unused here, kept for the display choice, `shown`).

    Spellings with the same words (case, titles, possessive, apostrophes, hyphen spacing aside) are one.
    Names with the same first and last word and no initials between them, or the same ones, are one;
    a name without initials joins the initialled ones only when they all have the same initials
    ("George Bush" with "George W. Bush", unless "George H.W. Bush" is in the corpus too)."""
    found = {name: spelled(name) for name in names}
    initials: dict[tuple[str, ...], set[str]] = {}
    for s in found.values():
        if s.base:
            initials.setdefault(s.base, set()).add(s.initials)
    person = {}
    for name, s in found.items():
        if not s.base:
            person[name] = name
            continue
        given = initials[s.base] - {""}
        if len(given) == 1:  # one middle initial (or none) among the names of this first and last word: one person
            person[name] = " ".join((s.base[0], next(iter(given)), s.base[-1]))
        else:
            person[name] = s.key
    return person


def joined(name: str, family: Mapping[str, str]) -> str | None:
    """The person a written name is among a corpus's spellings of its family (spelling -> person, as
    `people` gave them): its own spelling's, or else that of the spellings it would be one voice with
    ("donald trump" or "Mr. Donald J. Trump" where the corpus has "Donald Trump"); None when it is none
    of them."""
    if name in family:
        return family[name]
    if not family:
        return None
    settled = people([*family, name])
    found = {family[v] for v in family if settled[v] == settled[name]}
    return found.pop() if len(found) == 1 else None


def shown(spellings: Mapping[str, int]) -> str:
    """The spelling a voice is shown by: the one most articles use; ties, the longest, then the first
    in alphabetical order."""
    return min(spellings, key=lambda name: (-spellings[name], -len(name), name))
