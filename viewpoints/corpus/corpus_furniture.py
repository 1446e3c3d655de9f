"""Corpus furniture: paragraphs a site repeats verbatim under several of its stored articles (an editor's
note, a sign-up line) are the site's, not the article's. The store keeps each article's paragraphs by
site; these are the rules that say which paragraphs count and when they are furniture.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from ..text.structure import layout, paragraph_key

# Corpus furniture: a paragraph repeated verbatim in this many stored articles of one site is the
# site's (an editor's note, a sign-up line), not the article's. Short stock lines ("No.") are left alone.
FURNITURE_MIN_ARTICLES = 3
FURNITURE_MIN_WORDS = 5


def site_of(source: str) -> str:
    """The site an article came from: the host of a ``url:`` source, the outlet of a ``site:`` one,
    else ``""`` (pasted, uploaded, a file)."""
    if source.startswith("site:"):
        return source[5:].strip().lower()
    if not source.startswith("url:"):
        return ""
    host = (urlsplit(source[4:]).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def paragraphs_of(text: str) -> set[str]:
    """An article's paragraphs as ``structure.paragraph_key`` gives them, those long enough to judge."""
    found = layout(text)
    keys = (paragraph_key(text[p.start : p.end]) for p in found.paragraphs)
    return {key for key in keys if len(key.split()) >= FURNITURE_MIN_WORDS}


def repeated_paragraphs(texts: Iterable[str], *, min_articles: int = FURNITURE_MIN_ARTICLES) -> frozenset[str]:
    """Paragraphs found verbatim in `min_articles` or more of the texts (each text counted once)."""
    counts = Counter(key for text in texts for key in paragraphs_of(text))
    return frozenset(key for key, n in counts.items() if n >= min_articles)


def furniture_of(text: str, repeated: frozenset[str]) -> frozenset[str]:
    """The paragraphs of `text` that are site furniture. None when they would be most of it: an article
    that shares more than half its paragraphs with others is another version of them, not furniture."""
    found = layout(text)
    keys = [paragraph_key(text[p.start : p.end]) for p in found.paragraphs]
    mine = frozenset(key for key in keys if key in repeated)
    return mine if keys and len(mine) * 2 <= len(keys) else frozenset()
