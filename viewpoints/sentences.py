"""Paragraph -> sentence spans, with pySBD finding the boundaries.

pySBD knows abbreviations ("Dr.", "U.S.", "KC") and quotes that close after the full stop. Its output
is mapped back onto the original text by cut points, so every non-space character of the paragraph
lands in exactly one sentence and ``text[start:end]`` is always the sentence as written.
"""

from __future__ import annotations

from functools import lru_cache

import pysbd

# pySBD's regexes are linear on ordinary prose but can take long on pathological input (one very
# long run with no sentence ends). Text beyond this is cut at white space into chunks first.
MAX_CHUNK = 5_000
CLOSING_QUOTES = "”’»\"'"


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


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
        # A line break inside a paragraph is a hard wrap, not a sentence end: pySBD sees a space
        # (same length, so offsets hold).
        chunk = text[c_start:c_end].replace("\r", " ").replace("\n", " ")
        cursor = 0
        cuts = []
        for sentence in _segmenter().segment(chunk):
            body = sentence.strip()
            if not body:
                continue
            found = chunk.find(body, cursor)
            if found < 0:  # pySBD altered the text: let this piece join the next sentence
                continue
            cursor = found + len(body)
            cuts.append(cursor)
        if not cuts or cuts[-1] < len(chunk):
            cuts.append(len(chunk))
        previous = 0
        for cut in cuts:
            s, e = _strip(text, c_start + previous, c_start + cut)
            if s < e:
                spans.append((s, e))
            previous = cut
    return _reattach_closing_quotes(text, spans)


def _reattach_closing_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A closing quotation mark cut off after a full stop ("It is over.|” She left.") ends the
    sentence before it; it never opens a sentence of its own."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while out and s < e:
            k = s
            while k < e and text[k] in CLOSING_QUOTES and (k + 1 == e or text[k + 1] in CLOSING_QUOTES or text[k + 1].isspace()):
                k += 1
            if k == s:
                break
            out[-1] = (out[-1][0], k)
            s, e = _strip(text, k, e)
        if s < e:
            out.append((s, e))
    return out
