"""Word tokens with offsets, and which of them sit inside quotation marks."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon

# "2,766" is one number, not "2" "," "766"; "--" is one dash
# A period joins letters ("U.S", "Ph.D") but not a word to a capitalised word after it ("said.Trump", a
# missing space between sentences).
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\w+(?:[’'\-&]\w+|\.(?![A-Z][a-z])\w+)*|--|[^\w\s]")
_DOTTED = re.compile(r"^(?:\w\.)+\w$")  # U.S, D.C (the final period is merged below)
OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
STRAIGHT_QUOTES = '"'
POSSESSIVE = ("’s", "'s", "’", "'")
OPENING_MARKS = frozenset({"“", '"', "«", "'"})  # a token that can open a quotation
_MARKS = re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTES) + "']")  # what quote_spans reads
_ANY_QUOTE = re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTES) + "]|''")  # what can open a quotation


class Token:
    """A word or mark with its character offsets. `low` (lower case, no trailing period), `is_word`
    and `is_cap` are read hundreds of times per sentence by the rules, so they are set once, here.
    A plain slotted class: building one is the commonest thing the engine does."""

    __slots__ = ("text", "start", "end", "quoted", "low", "is_word", "is_cap")

    def __init__(self, text: str, start: int, end: int, quoted: bool = False) -> None:
        self.text, self.start, self.end, self.quoted = text, start, end, quoted
        self.low = text.lower().rstrip(".")
        first = text[0]
        self.is_word = first.isalnum()
        self.is_cap = first.isupper()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.text, self.start, self.end, self.quoted) == (other.text, other.start, other.end, other.quoted)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end, self.quoted))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start}, end={self.end}, quoted={self.quoted})"

    @property
    def bare(self) -> str:
        """The word without a possessive ending: "Trump’s" -> "Trump"."""
        for ending in POSSESSIVE:
            if self.text.endswith(ending) and len(self.text) > len(ending):
                return self.text[: -len(ending)]
        return self.text


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks: curly or angle pairs, straight quotes in pairs (two
    apostrophes count as one straight mark), and pairs that mix them (“...," or "...”), as
    copy-edited news often does.

    A mark typed the wrong way round is read by where it stands: a closing one before a word opens
    a quotation, an opening one after a word and before a space closes it.
    A quotation still open at the end runs to the end of the text: quotes in news often span
    sentences and close in a later one. A straight quote opening after a space inside a curly
    quotation is a quotation within it ("“She said "no" to them”"), not its end.
    """
    if not _ANY_QUOTE.search(text):
        return []  # most sentences quote nobody: no need to walk them character by character
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight = False  # the open quotation began with a straight mark
    nested = False  # a straight quotation is open inside a curly one
    skip = False
    # Only quotation marks and apostrophes are read: every other character leaves the walk as it is
    # (the apostrophe a doubled one skips is itself a mark, so it is the next one visited).
    for mark in _MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if skip:
            skip = False
            continue
        if ch == "'" and text[i + 1 : i + 2] == "'":  # two apostrophes as one mark: ''like this''
            ch, skip = '"', True
        elif ch == "'" and open_at is None and (i == 0 or text[i - 1].isspace()) and text[i + 1 : i + 2].isupper() and "''" in text[i:]:
            ch = '"'  # one apostrophe opening what two close: 'Like this.
        if open_at is None and ch in CLOSE_QUOTES and (i == 0 or text[i - 1].isspace()) and text[i + 1 : i + 2].isalpha():
            ch = OPEN_QUOTES[0]  # a closing mark typed where a quotation opens: ”Fear. ...”
        elif open_at is not None and not straight and ch in OPEN_QUOTES and not text[i - 1].isspace() and not text[i + 1 : i + 2].strip():
            ch = CLOSE_QUOTES[0]  # an opening mark typed where the quotation closes: “It's odd,“ said Doe
        if open_at is None:
            if ch in OPEN_QUOTES or ch in STRAIGHT_QUOTES:
                open_at, straight, nested = i, ch in STRAIGHT_QUOTES, False
        elif ch in CLOSE_QUOTES:
            spans.append((open_at, i + 1))
            open_at = None
        elif ch in STRAIGHT_QUOTES:
            if not straight and (nested or i == 0 or text[i - 1].isspace()):
                nested = not nested
                continue
            spans.append((open_at, i + 1 + skip))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


@cache
def _abbreviations() -> frozenset[str]:
    """Words whose period is their own ("Dr.", "Jr.", "St."), not a sentence's."""
    return lexicon.words("honorifics.txt") | lexicon.words("postnominals.txt") | {"st", "no", "vs"}


def tokenize(text: str, *, offset: int = 0, quotes: list[tuple[int, int]] | None = None) -> list[Token]:
    """Words and punctuation with their offsets; "Dr." and "U.S." keep their periods.

    Offsets are shifted by `offset`; `quotes` (in the same shifted frame) says which tokens are
    quoted, so a sentence inside a quotation that opened in an earlier sentence knows it.
    """
    last = len(text.rstrip())
    if quotes is None:
        quotes = [(qs + offset, qe + offset) for qs, qe in quote_spans(text)]
    # Every match is a token as it stands, built in one go; then the few fixes: a period joined to
    # the abbreviation before it, and (only when a quotation overlaps the text: a paragraph's list
    # holds them all) which tokens are quoted and which opening marks close a quotation.
    tokens = [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
    if "who'" in text or "who’" in text or _PRONOUN_CONTRACTION.search(text):
        tokens = _split_contractions(tokens)
    if text.find(".", 0, last - 1) >= 0:  # a period before the last character, that a word could take
        tokens = _join_periods(tokens, text, offset, last)
    stop = offset + len(text)
    ordered = sorted(q for q in quotes if q[1] > offset and q[0] < stop)
    if ordered:
        _mark_quoted(tokens, ordered)
    return tokens


_CONTRACTION = re.compile(r"(who|I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he)([’'](?:d|s|ve|ll|re|m))")
# a personal pronoun's contraction other than "'s" ("he's" may be a possessive's shape, read elsewhere)
_PRONOUN_CONTRACTION = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he)[’'](?:ve|d|ll|re|m)\b")


def _split_contractions(tokens: list[Token]) -> list[Token]:
    """ "who’d", "who's", "I've", "they’re": the relative or pronoun stands alone, its contraction after
    it ("leaders who’d rather ... said", "people I've spoken with said"); a capitalised "Who's" is left
    whole ("Doctor Who's new star"), and "I's", "we's" are no contractions."""
    out: list[Token] = []
    for t in tokens:
        m = _CONTRACTION.fullmatch(t.text)
        if m is None or (m.group(1) != "who" and m.group(2)[1:] == "s"):
            out.append(t)
        else:
            cut = t.start + len(m.group(1))
            out += [Token(m.group(1), t.start, cut), Token(m.group(2), cut, t.end)]
    return out


def _join_periods(tokens: list[Token], text: str, offset: int, last: int) -> list[Token]:
    """ "Dr." and "U.S." keep their periods: the period's own token goes. Not at the text's end, where
    a dotted abbreviation ends the sentence too (the period stays apart)."""
    abbreviations = _abbreviations()
    joined: list[Token] = []
    merged_dot = -1
    for t in tokens:
        if t.start == merged_dot:
            continue  # the period already joined the word before it
        end, word = t.end - offset, t.text
        if (
            text[end : end + 1] == "."
            and end + 1 < last
            and (
                word.lower() in abbreviations or word.rpartition("-")[2].lower() in abbreviations  # "then-Gov."
                or (len(word) == 1 and word.isupper()) or _DOTTED.match(word) or _dated_month(word, text, end)
            )
        ):
            t, merged_dot = Token(word + ".", t.start, t.end + 1), t.end
        joined.append(t)
    return joined


MONTH_SHORT = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
_DAY_AFTER = re.compile(r"\.\s?\d")


def _dated_month(word: str, text: str, end: int) -> bool:
    """A month's short form with a day after its period ("Nov. 8"): the period is the month's."""
    return word in MONTH_SHORT and _DAY_AFTER.match(text, end) is not None


def _mark_quoted(tokens: list[Token], ordered: list[tuple[int, int]]) -> None:
    """Set `quoted` on the tokens inside the quotations `ordered` (sorted by start): a token is quoted
    when some quotation opens before it and closes at or after its end, that is, the furthest end
    among those opened so far. One pass, so a text full of quotation marks stays linear. An opening
    mark where a quotation closes ("“It's odd,“ said Doe") is read as the closing mark it stands for."""
    turned = {qe - 1 for _qs, qe in ordered} - {qs for qs, _qe in ordered}
    furthest, k, n = -1, 0, len(ordered)
    for i, t in enumerate(tokens):
        while k < n and ordered[k][0] < t.start:
            furthest = max(furthest, ordered[k][1])
            k += 1
        if t.text == "“" and t.start in turned:
            tokens[i] = t = Token("”", t.start, t.end)
        if t.end <= furthest:
            t.quoted = True
