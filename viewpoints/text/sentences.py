"""Paragraph -> sentence spans, with sentencex finding the boundaries.

sentencex (Wikimedia's segmenter: abbreviations such as "Dr.", "U.S.", "p.m.", and quotations that close
after the full stop) gives each sentence's offsets; the rules below mend what it cuts in the middle of a
sentence and cut where a quotation or a signature ends one. Every non-space character of the paragraph
lands in exactly one sentence, and ``text[start:end]`` is always the sentence as written.
"""

from __future__ import annotations

import re

import sentencex

from .. import lexicon

# Text beyond this is cut at white space into chunks first, so one very long run with no sentence
# ends never reaches the segmenter whole.
MAX_CHUNK = 5_000
CLOSING_QUOTES = "”’»\"'"
_END_MARKS = ".!?…"
_END_RUN = _END_MARKS + CLOSING_QUOTES
# A list item's number read as a sentence of its own ("9." before "CASINOS ARE ..."): it opens the
# sentence after it.
_LONE_NUMBER = re.compile(r"\(?\d{1,3}[.)]\s*")
# A list item's number left at the end of the sentence before it ("Christie (6.) 7." | "Jeb Bush"):
# after a closing bracket or a word's end mark (not "No. 7.").
_TRAILING_NUMBER = re.compile(r"(?:\)|[a-z]{2}[.!?])\s+(\d{1,3}[.)])\s*$")
# A state's abbreviation after a place and a comma, then a capital ("Dover, Del. Jane Doe"): a
# sentence ends there ("his niece, Del. Ann Price" is a title: no capitalised place before the comma).
_STATE_END = re.compile(r"\b[A-Z][a-z]+, ((?:[A-Z][a-z]{0,3}\.)(?:[A-Z]\.)?)(?=[ \xa0]+[A-Z])")
_MAYBE_STATE = re.compile(r", [A-Z][a-z]{0,3}\.")  # in every match of _STATE_END
# An end mark, spaces and a capital outside ASCII ("va. Élise"): sentencex cuts before ASCII capitals only.
_NON_ASCII_CAPITAL_END = re.compile(r"(?<=[a-z0-9][.!?])[ \xa0]+(?=[À-ÖØ-ÞĀ-ſ])")
_NON_ASCII_CAPITAL = re.compile(r"[À-ÖØ-ÞĀ-ſ]")  # in every match of _NON_ASCII_CAPITAL_END, and found faster


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut [start, end) at white space into pieces no longer than MAX_CHUNK (a forced cut if none)."""
    pieces = []
    while end - start > MAX_CHUNK:
        cut = text.rfind(" ", start + 1, start + MAX_CHUNK)
        cut = cut if cut > start else start + MAX_CHUNK
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _cuts(chunk: str) -> list[int]:
    """Offsets just past each sentence sentencex finds in `chunk`, with the rules above: a list item's
    number opens the sentence after it, and a capital outside ASCII or a state's abbreviation before
    a capital ends one."""
    cuts: list[int] = []
    previous = 0
    for boundary in sentencex.get_sentence_boundaries("en", chunk):
        end = boundary["end_index"]
        if 0 < end < len(chunk) and not (chunk[end - 1].isspace() or chunk[end].isspace()):
            continue  # inside a run of letters and marks ("window.__xss", "A.F.L.-C.I.O."): no sentence ends there
        if end < len(chunk) and _LONE_NUMBER.fullmatch(chunk, previous, end):
            continue  # "9." opens the next sentence
        # the pattern is slow to fail; it needs a digit and a "." or ")" last before the white space
        tail = chunk[previous:end].rstrip()[-2:] if end < len(chunk) else ""
        trailing = _TRAILING_NUMBER.search(chunk, previous, end) if tail[-1:] in (".", ")") and tail[:1].isdigit() else None
        if trailing:
            cuts.append(trailing.start(1))
        else:
            cuts.append(end)
        previous = cuts[-1]
    extra: set[int] = set()
    if not chunk.isascii() and _NON_ASCII_CAPITAL.search(chunk):  # the pattern needs a capital outside ASCII
        extra = {m.start() for m in _NON_ASCII_CAPITAL_END.finditer(chunk) if _abbreviation_free(chunk, m.start())}
    if _MAYBE_STATE.search(chunk):  # what every match holds: a quick look before the slower pattern
        states = lexicon.words("us_states.txt")
        extra |= {m.end(1) for m in _STATE_END.finditer(chunk) if m.group(1).replace(".", "").lower() in states}
    return sorted(set(cuts) | extra)


def _abbreviation_free(chunk: str, at: int) -> bool:
    """Is the word before the end mark at `at` more than a title or an initial ("Dr.", "J.")?"""
    word = chunk[:at].rsplit(None, 1)[-1].rstrip(".!?")
    return len(word) > 1 and word.lower() not in _TITLES and "." not in word


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], stripped, in order, never overlapping."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for c_start, c_end in _chunks(text, start, end):
        # A line break inside a paragraph is a hard wrap, not a sentence end: the segmenter sees a space
        # (same length, so offsets hold).
        chunk = text[c_start:c_end].replace("\r", " ").replace("\n", " ")
        cuts = _cuts(chunk)
        if not cuts or cuts[-1] < len(chunk):
            cuts.append(len(chunk))
        previous = 0
        for cut in cuts:
            s, e = _strip(text, c_start + previous, c_start + cut)
            if s < e:
                spans.append((s, e))
            previous = cut
    return _mend(text, _cut_at_signatures(text, _cut_after_double_apostrophes(text, _reattach_closing_quotes(text, spans))))


# Abbreviated titles that stand before a name, which the segmenter may cut after ("said Del. Stacey Plaskett",
# "”Mr. Trump"; full words such as "professor" end sentences); and a signature ending its line
# ("... shame.” ― Sonya Herridge").
_TITLES = lexicon.words("period_titles.txt")
_LAST_WORD = re.compile(r"([A-Za-z]+)\.(?:''|[”’\"])?$")
_ABBREVIATED_END = re.compile(r"(?:^|\s)[A-Z][A-Za-z-]{0,5}\.$")  # "R-Ky.", "Md.", "D.C."
_SIGNATURE = re.compile(r"[―—–]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}")
_SIGNATURE_LINE = re.compile(_SIGNATURE.pattern + r"[ \t\u00a0]*\n")


_COMMA_QUOTE_END = re.compile(r",[”’\"'»]+$")


def _mend(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join what the segmenter cut in the middle of a sentence: a piece that opens with a comma, semicolon,
    colon, closing bracket or a lower-case word ("Tom Baker, R-Ky. | , said ..."), a piece that is
    only a signature ("... shame.” | ― Jane Doe"), and a piece that ends in a title before a name
    ("said Del. | Stacey Plaskett", "”Mr. | Trump embodies ..."); and a quotation closing on a comma
    ("... super predator,’” | Jane Doe told ..."): a comma never ends a sentence."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        cut_by_segmenter = out and text[out[-1][1] - 1] in _END_RUN  # not a chunk's hard cut inside a word run
        # a match is at most nine characters long, so only the piece's last nine are searched
        after_abbreviation = out and _ABBREVIATED_END.search(text, max(out[-1][0], out[-1][1] - 9), out[-1][1]) is not None
        if cut_by_segmenter and (
            text[s] in ",;:)"
            or (text[s].islower() and after_abbreviation)  # "R-Ky. | said"; not "eBay fell. | eBay said"
            or _ends_in_title(text, out[-1])
            or _SIGNATURE.fullmatch(text, s, e)
            or _COMMA_QUOTE_END.search(text, out[-1][0], out[-1][1]) is not None
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _ends_in_title(text: str, span: tuple[int, int]) -> bool:
    """Does the piece end in a title before a name ("said Del.", "”Mr.", "his niece, Del.")? Not after
    a place and a comma: "Dover, Del." is a state."""
    # a match holds no space, so it starts after the piece's last one: the search starts there
    found = _LAST_WORD.search(text, max(span[0], text.rfind(" ", span[0], span[1]) + 1), span[1])
    if not found or found.end() != span[1] or found.group(1).lower() not in _TITLES:
        return False
    before = text[span[0] : found.start()].rstrip()
    return not (before.endswith(",") and before[:-1].split()[-1:] and before[:-1].split()[-1][:1].isupper())


def _cut_at_signatures(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line ending in a signature ("” ― Jane Doe") ends a sentence there, though a line break inside
    a paragraph is otherwise a hard wrap: lists of quoted readers put each quote on its own line."""
    if not spans or text.find("\n", spans[0][0], spans[-1][1]) < 0:  # spans are never empty
        return list(spans)  # a signature line ends at a line break inside the sentence: none here
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for found in _SIGNATURE_LINE.finditer(text, s, e):
            before = found.start() - 1
            while before >= 0 and text[before] in " \t\u00a0":
                before -= 1
            if before < 0 or text[before] not in CLOSING_QUOTES:
                continue  # a signature follows a quotation; "a dash ― Here" at a line's end is no name
            cut = found.end() - 1  # the line break itself
            left = _strip(text, s, cut)
            if left[0] < left[1] and cut + 1 < e:
                out.append(left)
                s, e = _strip(text, cut + 1, e)
        if s < e:
            out.append((s, e))
    return out


# A quotation in two apostrophes (''like this'', how some archives write quotation marks) closing
# after a sentence's end mark, then a capital: the segmenter may read on ("that much.'' According to ...").
_DOUBLE_APOSTROPHE_END = re.compile(r"(?<=[A-Za-z0-9)][.!?])'{2,3}(?=[ \xa0]+(?:[A-Z]|''))")
_DOUBLE_APOSTROPHE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))''(?=\S)")


def _cut_after_double_apostrophes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A quotation opened with two apostrophes ends its sentence where it closes after an end mark
    before a capital ("he did not ''use it much.'' After that, ..."), unless the mark ends a title
    ("''Mr.'' Smith")."""
    if not spans or text.find("''", spans[0][0], spans[-1][1]) < 0:  # spans are never empty
        return list(spans)  # no two apostrophes: nothing to cut
    out: list[tuple[int, int]] = []
    for s, e in spans:
        opened = _DOUBLE_APOSTROPHE_OPEN.search(text, s, e)
        for found in _DOUBLE_APOSTROPHE_END.finditer(text, opened.end() if opened else e, e):
            if _ends_in_title(text, (s, found.start())):
                continue
            out.append((s, found.end()))
            s, e = _strip(text, found.end(), e)
        if s < e:
            out.append((s, e))
    return out


def _reattach_closing_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A closing quotation mark cut off after a full stop ("It is over.|” She left.") ends the
    sentence before it; it never opens a sentence of its own."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while out and s < e:
            k = s
            while k < e and text[k] in CLOSING_QUOTES and (k + 1 == e or text[k + 1] in CLOSING_QUOTES or text[k + 1].isspace()):
                k += 1
            if k == s or _DOUBLE_APOSTROPHE_OPEN.match(text, s):  # "''Yes,'' he said" opens with its quotation
                break
            out[-1] = (out[-1][0], k)
            s, e = _strip(text, k, e)
        if s < e:
            out.append((s, e))
    return out
