"""Article text -> headings, paragraphs and dropped boilerplate, all as character spans.

A heading is a short, title-like line of its own: few words, no closing punctuation, starting with a
capital, not ending on "the", "and", "of" ..., after a finished sentence or a blank line, and followed
by more text that does not carry on its sentence in lower case. Markdown ``#`` lines are
headings whatever their length. Lines that are site furniture ("Comments", "Post a Comment", and lines
furniture by their shape, ``viewpoints.text.furniture``: "Photo: …", "- Date 19.01.2020") are dropped and
reported, never silently lost. Hard-wrapped lines join into one paragraph when a line ends
mid-sentence (a comma included).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from .. import lexicon
from ..schema import LEAD_SECTION
from .furniture import is_furniture

MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 90
# What a line that is not a heading ends with.
TERMINAL = tuple(".!?:;,\"'”’)…")
# What a finished line ends with: a line ending in a comma runs on into the next one.
FINISHED = tuple(t for t in TERMINAL if t != ",")
# A title never ends on one of these: "The mayor spoke to" is a line cut mid-sentence.
UNFINISHED_LAST_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to"})
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LINE = re.compile(r"[^\n]*\n?")
_EDGE_PUNCT = ".:!?-–—|•*#"

BlockKind = Literal["heading", "paragraph", "boilerplate"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    start: int  # text[start:end] is the block without surrounding whitespace
    end: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    section: str
    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Layout:
    paragraphs: tuple[Paragraph, ...]
    headings: tuple[Block, ...]
    boilerplate: tuple[Block, ...]  # dropped from analysis, reported to the user

    @property
    def sections(self) -> tuple[str, ...]:
        """Section names in reading order, each once; the lead only when it has text."""
        seen: dict[str, None] = {}
        for p in self.paragraphs:
            seen.setdefault(p.section, None)
        return tuple(seen)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, stripped of surrounding white space."""
    spans = []
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        spans.append((start, start + len(raw.strip())))
    return spans


def is_boilerplate(line: str) -> bool:
    return line.strip(_EDGE_PUNCT + " \t").lower() in lexicon.words("boilerplate.txt")


def is_dropped(line: str) -> bool:
    """Site furniture: a listed boilerplate line, or a line furniture by its shape (``viewpoints.text.furniture``)."""
    return is_boilerplate(line) or is_furniture(line)


def looks_like_heading(line: str) -> bool:
    """Short, title-like, unfinished: 'Expert views', 'Beyond military pledges'."""
    words = line.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and len(line) <= MAX_HEADING_CHARS
        and not line.endswith(TERMINAL)
        and words[-1].lower() not in UNFINISHED_LAST_WORDS
        and (line[0].isupper() or line[0].isdigit())
    )


def _blank_between(text: str, a: int, b: int) -> bool:
    return text.count("\n", a, b) >= 2


def _classify(text: str, spans: list[tuple[int, int]]) -> list[Block]:
    blocks: list[Block] = []
    dropped = [is_dropped(text[start:end]) for start, end in spans]  # each line judged once
    kept_after = [False] * len(spans)  # does a line that is not dropped follow line i?
    for i in range(len(spans) - 2, -1, -1):
        kept_after[i] = kept_after[i + 1] or not dropped[i + 1]
    for i, (start, end) in enumerate(spans):
        line = text[start:end]
        md = _MARKDOWN_HEADING.match(line)
        if dropped[i]:
            kind: BlockKind = "boilerplate"
        elif md:
            kind = "heading"
            start = start + md.start(2)
            end = start + len(md.group(2))
        else:
            prev_done = i == 0 or text[spans[i - 1][1] - 1] in FINISHED or _blank_between(text, spans[i - 1][1], start)
            has_next = kept_after[i]
            # A line whose next line carries on in lower case, with no blank line between, is a
            # hard-wrapped sentence ("The plan\nwas approved"), not a heading.
            wraps_on = i + 1 < len(spans) and text[spans[i + 1][0]].islower() and not _blank_between(text, end, spans[i + 1][0])
            kind = "heading" if prev_done and has_next and not wraps_on and looks_like_heading(line) else "paragraph"
        blocks.append(Block(kind, start, end, text[start:end]))
    return blocks


def paragraph_key(paragraph: str) -> str:
    """How a paragraph is compared with others: its words, white space evened out."""
    return " ".join(paragraph.split())


def layout(text: str, *, furniture: Collection[str] = ()) -> Layout:
    """Split an article into paragraphs under their sections, plus headings and dropped boilerplate.

    `furniture`: paragraphs known to be site furniture (as ``paragraph_key`` gives them), e.g. those a
    site repeats under many of its articles; a paragraph among them is dropped and reported too.
    """
    blocks = _classify(text, _lines(text))
    paragraphs: list[Paragraph] = []
    repeated: list[Block] = []
    section = LEAD_SECTION
    open_start: int | None = None
    open_end = 0

    def close() -> None:
        nonlocal open_start
        if open_start is not None:
            if furniture and paragraph_key(text[open_start:open_end]) in furniture:
                repeated.append(Block("boilerplate", open_start, open_end, text[open_start:open_end]))
            else:
                paragraphs.append(Paragraph(section, len(paragraphs), open_start, open_end))
            open_start = None

    for block in blocks:
        if block.kind == "paragraph":
            # A line ending mid-sentence, with no blank line after it, is a hard wrap: keep joining.
            wrapped = (
                open_start is not None
                and text[open_end - 1] not in FINISHED
                and not _blank_between(text, open_end, block.start)
            )
            if not wrapped:
                close()
                open_start = block.start
            open_end = block.end
            continue
        close()
        if block.kind == "heading":
            section = block.text
    close()
    return Layout(
        paragraphs=tuple(paragraphs),
        headings=tuple(b for b in blocks if b.kind == "heading"),
        boilerplate=tuple(sorted([b for b in blocks if b.kind == "boilerplate"] + repeated, key=lambda b: b.start)),
    )
