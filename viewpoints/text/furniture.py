"""Page furniture recognised by its shape: a line a site puts around its articles, never a statement.

A web page's extraction lets through lines that are about the page, not the story: metadata lists
("- Date 19.01.2020", "Tags: ports, ferries, tides"), a bare date, a picture's caption or credit
("Photo: Jane Roe/Harbour Post", "Image caption …"), the site speaking of itself ("Our Policy: The
Harbour Post Charter."), a call to the reader ("Follow us on Mastodon"), a counter ("12 comments").
Read as text, their label became a voice ("Date", "Photo"). They are recognised by structure:

- a label line, ``Label: value`` or a list item ``- Label value``, whose label is one or two words
  starting with a capital, and whose value is a date, a web address or a list of keywords;
- a line whose label is made of picture and credit nouns (``data/lexicon/furniture_labels.txt``) or
  is itself a furniture word (``boilerplate.txt``: "Related: …"), whatever follows;
- a label opening with "Our" (the site speaking of itself) followed by a name-like value;
- a line that is nothing but a date; a count of a furniture word ("12 comments"); a gallery's position
  ("3 of 12", "Photo 3 of 12"): the counter of a slideshow, which holds no words at all;
- a short call to the reader: a verb of ``reader_calls.txt`` pointing at the site or a platform.

A label line whose value is prose stays text: "Pence: I will not resign" and "Doe: the plan is hollow"
are a speaker's words, the way headlines and quotation-style leads give them. Word lists are data in
``data/lexicon/``. Every pattern below is linear.
"""

from __future__ import annotations

import re

from .. import lexicon

MAX_WORDS = 30  # a longer line is prose (a keyword list or a caption included)
MAX_CALL_WORDS = 10  # a call to the reader is short
MAX_ITEM_WORDS = 4  # a keyword of a list ("Editor's picks") is a few words at most
MAX_NAME_WORDS = 8  # a name-like value: "The Harbour Post Charter"
MIN_KEYWORDS = 2
_MARKER = re.compile(r"^[-•*–—]\s+")
_COLON_LABEL = re.compile(r"^(?P<label>[^\s:]+(?:[ \t]+[^\s:]+)?)[ \t]*:[ \t]+(?P<value>\S.*)$")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.IGNORECASE)
_ZONE = re.compile(r"^[A-Z]{1,4}$")  # GMT, ET, BST
_DAY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$")
_YEAR = re.compile(r"^(?:1[89]|2[0-9])\d{2}$")
_QUOTES = "\"'“”‘’«»"
_EDGE = ".,;:()[]|·•-–—"
# Words that may sit in a date line besides its parts: "Updated on 19 Jan 2020 at 10:30 GMT".
_DATE_JOINERS = frozenset({"on", "at", "am", "pm", "a.m.", "p.m.", "updated", "published", "posted", "modified", "last"})
# Words a name-like value may hold in lower case: "Charter of the Harbour Post".
_NAME_JOINERS = frozenset({"of", "the", "and", "for", "in", "on", "&", "/", "via", "by", "de", "von", "van"})


def is_furniture(line: str) -> bool:
    """True for a line of page furniture recognised by its shape (see the module's description)."""
    text = line.strip()
    listed = bool(_MARKER.match(text))
    text = _MARKER.sub("", text).strip()
    words = text.split()
    if not words or len(words) > MAX_WORDS:
        return False
    if is_date(text) or _counted_furniture(words) or _position(words) or _reader_call(words):
        return True
    colon = _COLON_LABEL.match(text)
    if colon:
        return _labelled(colon.group("label"), colon.group("value"), colon=True)
    if len(words) >= 2 and _is_credit_label(words[:2]):  # "Image copyright Harbour Post"
        return True
    return len(words) >= 2 and _labelled(words[0], " ".join(words[1:]), colon=False, listed=listed)


def _labelled(label: str, value: str, *, colon: bool, listed: bool = False) -> bool:
    names = label.split()
    if not names[0][:1].isupper() or any(w.lower() in lexicon.table("pronouns.txt") for w in names):
        return False
    if colon and (_is_credit_label(names) or label.lower().strip(_EDGE) in lexicon.words("boilerplate.txt")):
        return True  # "Photo: …", "Related: …": whatever follows is about the page
    value = value.strip()
    if _URL.match(value) or is_date(value):
        return True
    if (colon or listed) and is_keyword_list(value):
        return True
    return colon and names[0].lower() == "our" and len(names) == 2 and _name_like(value)


def _is_credit_label(words: list[str]) -> bool:
    labels = lexicon.words("furniture_labels.txt")
    return words[0][:1].isupper() and all(w.lower().strip(_EDGE) in labels for w in words)


def is_date(text: str) -> bool:
    """A date, with perhaps its time and a word or two around it: "19.01.2020", "Jan. 19, 2020, 10:30 GMT"."""
    months = lexicon.words("months.txt")
    days = lexicon.words("time_words.txt")
    has_date = has_year = False
    month = day = 0
    for raw in text.split():
        word = raw.strip(_EDGE)
        low = word.lower()
        if not word:
            continue
        if _NUMERIC_DATE.match(word):
            has_date = True
        elif low.rstrip(".") in months:
            month += 1
        elif _YEAR.match(word):
            has_year = True
        elif _DAY.match(low):
            day += 1
        elif not (_TIME.match(word) or _ZONE.match(word) or low in days or low in _DATE_JOINERS):
            return False
    return has_date or (month == 1 and has_year and day == 1)  # "March 2020" alone may be a heading


def is_keyword_list(value: str) -> bool:
    """Keywords, not prose: "ports, ferries, Harbour Post": a few words per item, no "and" between them."""
    if value.endswith((".", "!", "?")):
        return False
    items = [item.strip() for item in re.split(r"[,;|]", value)]
    if len(items) < MIN_KEYWORDS or not all(items) or any(i[0] in _QUOTES or i[-1] in _QUOTES for i in items):
        return False  # a quotation cut at its commas, not keywords
    return all(len(item.split()) <= MAX_ITEM_WORDS and not {"and", "or"} & set(item.lower().split()) for item in items)


def _name_like(value: str) -> bool:
    words = value.rstrip(".").split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in words)


def _counted_furniture(words: list[str]) -> bool:
    """A count of a furniture word: "12 comments", "1,204 share"."""
    return len(words) >= 2 and words[0].replace(",", "").isdigit() and " ".join(words[1:]).lower().strip(_EDGE) in lexicon.words("boilerplate.txt")


def _position(words: list[str]) -> bool:
    """A gallery's counter: "3 of 12", "Photo 3 of 12" (a picture label before it), nothing else."""
    if len(words) == 4 and _is_credit_label(words[:1]):
        words = words[1:]
    return len(words) == 3 and words[0].isdigit() and words[1].lower() == "of" and words[2].strip(_EDGE).isdigit()


def _reader_call(words: list[str]) -> bool:
    """A short call to the reader pointing at the site or a platform: "Follow us on …", "Share on Mastodon"."""
    if len(words) > MAX_CALL_WORDS or words[0].lower() not in lexicon.words("reader_calls.txt") or not words[0][:1].isupper():
        return False
    lows = [w.lower().strip(_EDGE) for w in words]
    if {"us", "our", "newsletter", "newsletters"} & set(lows[1:]):
        return True
    on = len(lows) - 1 - lows[::-1].index("on") if "on" in lows else -1  # "… on Mastodon" closing the line
    return 0 < on < len(words) - 1 and all(w[:1].isupper() for w in words[on + 1 :]) and not words[-1].endswith((".", "!", "?"))


__all__ = ["is_date", "is_furniture", "is_keyword_list"]
