"""Sentence sentiment: TextBlob's scores (user-facing), VADER's compound as a second opinion.

Both lexicons ship inside their packages: nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from textblob.en import sentiment as _pattern_sentiment

# Below this magnitude a score counts as no opinion when comparing signs (VADER's own convention).
NEUTRAL_BAND = 0.05


class Sentiment(NamedTuple):
    polarity: float  # TextBlob, -1 .. 1
    subjectivity: float  # TextBlob, 0 .. 1
    words: str  # the words behind the TextBlob score: "word (+0.50); other (-0.20)"
    vader: float  # VADER compound, -1 .. 1
    disagree: bool  # the two differ in sign, each beyond NEUTRAL_BAND


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _sign(value: float) -> int:
    if value > NEUTRAL_BAND:
        return 1
    if value < -NEUTRAL_BAND:
        return -1
    return 0


def textblob_scores(text: str) -> tuple[float, float, str]:
    """TextBlob polarity, subjectivity and the words that drove them.

    TextBlob's default analyser in one pass: ``TextBlob(s).sentiment_assessments`` runs the same
    pattern analyser twice; ``textblob.en.sentiment`` returns the scores with their assessments.
    """
    score = _pattern_sentiment(text)
    polarity, subjectivity = score
    words = "; ".join(f"{' '.join(tokens)} ({value:+.2f})" for tokens, value, _subj, _ in score.assessments)
    return float(polarity), float(subjectivity), words


def textblob_assessments(text: str) -> list[tuple[list[str], float, float, str | None]]:
    """``TextBlob(text).sentiment_assessments.assessments`` in one pass of the analyser (see above):
    (lower-cased words, polarity, subjectivity, label) for each scored word or phrase."""
    return _pattern_sentiment(text).assessments


def vader_scores(text: str) -> dict[str, float]:
    """VADER's scores of `text`: "neg", "neu", "pos" shares and the "compound" in [-1, 1]."""
    return _vader().polarity_scores(text)


def vader_compound(text: str) -> float:
    return float(vader_scores(text)["compound"])


def vader_valence(word: str) -> float | None:
    """The valence VADER's lexicon gives a lower-case word (-4 .. 4), or None if it has none."""
    return _vader().lexicon.get(word)


def sentiment(text: str) -> Sentiment:
    polarity, subjectivity, words = textblob_scores(text)
    vader = vader_compound(text)
    sp, sv = _sign(polarity), _sign(vader)
    return Sentiment(polarity, subjectivity, words, vader, sp != 0 and sv != 0 and sp != sv)
