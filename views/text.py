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
