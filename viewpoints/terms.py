"""Words that set one group of statements apart from the others.

Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words",
eq. 22): the prior is the word's frequency in the whole article, so rare words do not win on one
mention, and each word gets a z-score: how many standard deviations its use in the group differs from
its use in the rest. Pure Python over the statements' text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

from . import lexicon

_WORD = re.compile(r"[a-z][a-z'’\-]+")
PRIOR_STRENGTH = 1.0  # alpha_0 as a multiple of the article's word count: a prior as strong as the data


class Term(NamedTuple):
    word: str
    z: float  # > 0: used more in the group than in the rest
    count: int  # times the group uses it


def tokens(text: str, exclude: frozenset[str] = frozenset()) -> list[str]:
    """Content words: no stop words, no speech verbs ("argued" says who, not what), none in `exclude`."""
    skip = lexicon.words("stopwords.txt") | set(lexicon.speech_verb_forms()) | {"according"} | exclude
    return [w for w in _WORD.findall(text.lower().replace("’", "'")) if w not in skip and len(w) > 2 and not w.endswith("'s")]


def distinguishing(
    group_texts: Iterable[str],
    other_texts: Iterable[str],
    *,
    exclude: Iterable[str] = (),
    top: int = 8,
    min_z: float = 0.5,
) -> list[Term]:
    """The group's most distinguishing words against the others, strongest first (z >= min_z).

    `exclude` drops words such as the speakers' own names, which set a group apart but say nothing
    about its view. z >= 1.96 is the usual bar for a reliable difference; a single article rarely
    has enough words to reach it, so weaker terms are shown with their z.
    """
    skip = frozenset(w.lower() for phrase in exclude for w in phrase.split())
    group = Counter(w for t in group_texts for w in tokens(t, skip))
    other = Counter(w for t in other_texts for w in tokens(t, skip))
    background = group + other
    total = sum(background.values())
    if not group or not other or total == 0:
        return []
    alpha0 = PRIOR_STRENGTH * total
    n_i, n_j = sum(group.values()), sum(other.values())
    out = []
    for word, count in group.items():
        alpha = alpha0 * background[word] / total
        yi, yj = count, other[word]
        delta = math.log((yi + alpha) / (n_i + alpha0 - yi - alpha)) - math.log((yj + alpha) / (n_j + alpha0 - yj - alpha))
        z = delta / math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha))
        if z >= min_z:
            out.append(Term(word, round(z, 2), count))
    out.sort(key=lambda t: (-t.z, t.word))
    return out[:top]
