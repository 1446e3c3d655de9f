"""pySBD's English segmenter, with a few of its methods repeated (MIT) to find the same sentences cheaper.

``sentences`` decides which text pySBD must read; the copied pySBD code that reads it lives here, apart
from the engine's own rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd
from pysbd.lang.english import English
from pysbd.lists_item_replacer import ListItemReplacer
from pysbd.processor import Processor
from pysbd.utils import Text

PYSBD_VERSION = "0.3.4"  # the version whose methods _AbbreviationReplacer and _Processor repeat


@lru_cache(maxsize=4096)
def _regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# Letters outside ASCII that a case-insensitive regex takes for ASCII ones ("ſ" for "s", "K" for "k").
_ODD_CASE = frozenset("İıſK")


# pySBD's abbreviations, each with whether it is plain text (no regex syntax, so no full stop in it).
_ABBREVIATIONS = tuple((a.strip(), re.escape(a.strip()) == a.strip()) for a in English.Abbreviation.ABBREVIATIONS)
# What stands before a full stop at the start of a word ("mr" in " Mr. Lee", "u" in "U.S.").
_BEFORE_STOP = re.compile(r"(?<!\S)[^\s.]+(?=\.)")


class _AbbreviationReplacer(English.AbbreviationReplacer):
    """pySBD's English abbreviation pass with each of its regexes compiled once.

    pySBD builds a regex per abbreviation and per match and hands the string to ``re``; so many
    distinct patterns overflow ``re``'s cache (512), and every paragraph compiled them again: a fifth
    of the engine's time. The three methods below are pySBD 0.3.4's (MIT), with ``re.x(pattern, ...)``
    turned into ``_regex(pattern).x(...)``, and one skip that changes no result (marked below).
    """

    def search_for_abbreviations_in_string(self, text):
        lowered = text.lower()
        # The one addition: a plain abbreviation that opens no word as "abbr." is skipped, since every
        # substitution below would be a no-op (not with odd-case letters, which match it all the same).
        before_stop = set(_BEFORE_STOP.findall(lowered)) if _ODD_CASE.isdisjoint(text) else None
        for stripped, plain in _ABBREVIATIONS:
            if stripped not in (before_stop if plain and before_stop is not None else lowered):
                continue
            abbrev_match = _regex(rf"(?:^|\s|\r|\n){stripped}", re.IGNORECASE).findall(text)
            if not abbrev_match:
                continue
            next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
            char_array = _regex(next_word_start).findall(text)
            for ind, match in enumerate(abbrev_match):
                text = self.scan_for_replacements(text, match, ind, char_array)
        return text

    def scan_for_replacements(self, txt, am, ind, char_array):
        try:
            char = char_array[ind]
        except IndexError:
            char = ""
        prepositive = self.lang.Abbreviation.PREPOSITIVE_ABBREVIATIONS
        number_abbr = self.lang.Abbreviation.NUMBER_ABBREVIATIONS
        upper = str(char).isupper()
        if not upper or am.strip().lower() in prepositive:
            if am.strip().lower() in prepositive:
                pattern = rf"(?<=\s{am.strip()})\.(?=(\s|:\d+))"
            elif am.strip().lower() in number_abbr:
                pattern = rf"(?<=\s{am.strip()})\.(?=(\s\d|\s+\())"
            else:
                return self.replace_period_of_abbr(txt, am)
            txt = _regex(pattern).sub("∯", " " + txt)[1:]  # the space stands for the start of the text
        return txt

    def replace_period_of_abbr(self, txt, abbr):
        pattern = rf"(?<=\s{re.escape(abbr.strip())})\.(?=((\.|\:|-|\?|,)|(\s([a-z]|I\s|I'm|I'll|\d|\())))"
        return _regex(pattern).sub("∯", " " + txt)[1:]


# A list item pySBD's ListItemReplacer looks for: a closing parenthesis ("a)", "(iv)", "2)"), a digit
# before a full stop ("1."), a lone lower-case letter before one ("b."), or its own markers.
_MAY_HOLD_LIST_ITEM = re.compile(r"[)♨☝]|\d\.|(?<!\S)[a-z]\.")


class _Processor(Processor):
    """pySBD's processor, skipping its list-item pass where there is no list item to find.

    That pass runs a dozen regexes over the text, a fifth of pySBD's time, and on two thirds of the
    text pySBD reads it changes nothing. ``process`` is pySBD 0.3.4's (MIT) with the one skip marked.
    """

    def process(self):
        if not self.text:
            return self.text
        self.text = self.text.replace("\n", "\r")
        if _MAY_HOLD_LIST_ITEM.search(self.text):  # the one addition: without one, the pass is a no-op
            self.text = ListItemReplacer(self.text).add_line_break()
        self.replace_abbreviations()
        self.replace_numbers()
        self.replace_continuous_punctuation()
        self.replace_periods_before_numeric_references()
        self.text = Text(self.text).apply(
            self.lang.Abbreviation.WithMultiplePeriodsAndEmailRule, self.lang.GeoLocationRule, self.lang.FileFormatRule
        )
        return self.split_into_segments()


class _English(English):
    AbbreviationReplacer = _AbbreviationReplacer
    Processor = _Processor


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    if pysbd.__version__ == PYSBD_VERSION:  # the copied methods are that version's; others run as shipped
        segmenter.language_module = _English
    return segmenter


def segment(chunk: str) -> list[str]:
    """``pysbd.Segmenter.segment(chunk)``: the same sentences, found in `chunk` with ``str.find``.

    pySBD finds each sentence with a regex made for it (a compile per sentence). Here the same search
    (the first occurrence, plus following white space, that ends past the previous one) is done without.
    """
    if not chunk:
        return []
    found, prior_end = [], 0
    for sentence in _segmenter().processor(chunk).process():
        if not sentence:  # pySBD's regex for it is bare r"\s*": keep its exact behaviour
            matches = ((m.start(), m.end()) for m in re.finditer(r"\s*", chunk))
        else:
            matches = _occurrences(chunk, sentence)
        for start, end in matches:
            if end > prior_end:
                found.append(chunk[start:end])
                prior_end = end
                break
    return found


def _occurrences(text: str, sentence: str):
    """Non-overlapping occurrences of `sentence` in `text`, each with the white space after it."""
    position = 0
    while (start := text.find(sentence, position)) >= 0:
        end = start + len(sentence)
        while end < len(text) and text[end].isspace():
            end += 1
        yield start, end
        position = end
