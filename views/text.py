"""Putting article-derived strings into Markdown-rendered widgets without them becoming markup."""

from __future__ import annotations

import re

# Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones that
# start markup in Streamlit's Markdown (emphasis, links, images, HTML, tables, colour directives,
# LaTeX, headings, lists).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|:<>~$=&\"'])")


def md_escape(text: object) -> str:
    """`text` as Markdown that renders to exactly these characters; newlines become spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


# How each kind of evidence mark looks. Stance cues reuse the stance colours' named equivalents.
MARK_STYLE = {
    "cue": ("**", "**"),
    "supportive": (":blue-background[", "]"),
    "skeptical": (":orange-background[", "]"),
    "positive": ("_", "_"),
    "negative": ("_", "_"),
}
MARK_LEGEND = (
    "**bold**: the words tying it to the speaker · :blue-background[supportive cue] · "
    ":orange-background[skeptical cue] · _italic_: words behind the sentiment score"
)


def highlighted(text: str, marks) -> str:
    """Markdown of `text` with each mark styled; every piece of the text itself is escaped first."""
    out: list[str] = []
    cursor = 0
    for start, end, kind in marks:
        if start < cursor or start >= end:
            continue
        out.append(md_escape_keep_space(text[cursor:start]))
        opening, closing = MARK_STYLE[kind]
        out.append(f"{opening}{md_escape(text[start:end])}{closing}")
        cursor = end
    out.append(md_escape_keep_space(text[cursor:]))
    return "".join(out)


def md_escape_keep_space(text: str) -> str:
    """Like md_escape, but keeps a leading or trailing space (pieces of one sentence join up)."""
    if not text.strip():
        return " " if text else ""
    lead = " " if text[0].isspace() else ""
    tail = " " if text[-1].isspace() else ""
    return lead + md_escape(text) + tail
