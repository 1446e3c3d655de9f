"""A person's name apart from the office and the place or employer written around it, as one last
reading of each settled voice: "Senator Ted Cruz of Texas" is Ted Cruz (role "Senator, of Texas"),
"Senate Minority Whip Dick Durbin" is Dick Durbin, "Chris Low at FTN Financial" is Chris Low.

The rules that find a speaker already split most phrases this way (`names.clean`, `names.where_from`);
this reads the name as the voice list holds it, whatever rule made it, so one person is one voice.
Organisations and names of three words or fewer with nothing to split are left as they are.
"""

from __future__ import annotations

from .. import lexicon
from ..text.tokens import Token, tokenize
from .names import clean, is_given_name, is_initial, is_role_word, where_from


def _title_word(token: Token) -> bool:
    """A word of an office's title rather than of a name: a role word, an acronym ("RNC") or a word the
    Brill lexicon knows as a common one ("House", "Intelligence", "Republican"; not "Jorge")."""
    if is_given_name(token):
        return False
    return is_role_word(token) or token.text.isupper() or lexicon.tag_of(token.low) not in ("", "NNP", "NNPS")


def _person_start(words: list[Token]) -> int | None:
    """Where a person's name of two or three capitalised words starts at the end of `words`, after a
    capitalised title run: from its given name ("House Intelligence Republican Mike Pompeo") or after
    the last role word ("Senate Minority Whip Dick Durbin")."""
    for k in range(max(1, len(words) - 3), len(words) - 1):
        if is_given_name(words[k]) and all(t.is_cap for t in words[k:]) and all(map(_title_word, words[:k])):
            return k
    roles = [k for k, t in enumerate(words[:-1]) if is_role_word(t)]
    if roles and 2 <= len(words) - roles[-1] - 1 <= 3 and all(t.is_cap for t in words[roles[-1] + 1 :]):
        return roles[-1] + 1
    return None


def _place_at(words: list[Token]) -> int:
    """Where "of" or "at" opens the place or employer after a person's name ("Ted Cruz of Texas", "Joel
    Pollak of Breitbart"), or 0: the words before must end in a given name's or an initial's name and be
    no organisation's ("Public Policy Institute of California", "Bank of America")."""
    organization = lexicon.words("organization_words.txt")
    for k, t in enumerate(words):
        if t.low in ("of", "at") and k >= 2 and k + 1 < len(words) and words[k + 1].is_cap:
            before = words[:k]
            if any(w.low in organization for w in before) or not all(w.is_cap for w in before):
                return 0
            person = any(is_given_name(w) or is_initial(w) for w in before[-3:]) or is_role_word(before[0])
            return k if person else 0
    return 0


def name_and_role(name: str) -> tuple[str, str]:
    """(the person's name, the role written around it), or (name, "") when there is nothing to split."""
    words = [t for t in tokenize(name) if t.is_word]
    if len(words) < 3:
        return name, ""
    role, rest = clean(words)
    place = where_from(rest) or _place_at(rest)
    tail = rest[place:] if place else []
    rest = rest[:place] if place else rest
    start = _person_start(rest) if len(rest) > 2 else None
    if start:
        role, rest = role + rest[:start], rest[start:]
    if len(rest) < 2 or (not role and not tail):
        return name, ""
    said = [name[role[0].start : role[-1].end]] if role else []
    said += [name[tail[0].start : tail[-1].end]] if tail else []
    return name[rest[0].start : rest[-1].end], ", ".join(said)
