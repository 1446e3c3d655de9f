"""Markup clean-up: an article's Markdown or HTML reduced to the text a person reads.

Headings stay lines of their own (Markdown ``#`` lines); links and images become their label or alt
text; comments and hidden elements (script, style, iframe, …) go with everything inside them.
Every pattern below is linear: no nested quantifiers, and each scan stops at the next delimiter.
"""

from __future__ import annotations

import html as htmllib
import re

# Elements whose content is code or furniture, never article text: dropped with everything inside.
HIDDEN = ("script", "style", "iframe", "noscript", "template", "object", "embed", "svg", "math", "textarea", "select", "button", "head", "title")

_OPEN_HIDDEN = re.compile(r"<(" + "|".join(HIDDEN) + r")\b", re.IGNORECASE)
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?:[^<>\"']|\"[^\"\n]*\"|'[^'\n]*')*>")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]*)>", re.IGNORECASE)
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\[\]\n]*\])")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\[\]\n]+\]:[^\n]*$", re.MULTILINE)
_EMPHASIS = re.compile(r"(\*\*|__|~~)([^*_~\n]+)\1|\*([^*\s][^*\n]*)\*|`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_PROTECT = 0xE000  # escaped punctuation waits in the private-use area while markup is removed
_UNPROTECT = {_PROTECT + c: c for c in range(0x21, 0x7F)}
MD_HEADING = re.compile(r"^(#{1,6})[ \t]+([^\n]*?)[ \t#]*$")
_RULE = re.compile(r"^ {0,3}([-*_=])[ \t]*(?:\1[ \t]*){2,}$")
_BLOCK_BREAK = {"p", "div", "br", "li", "tr", "blockquote", "section", "article", "ul", "ol", "table", "hr"}
# Format characters a reader never sees, written into pages to guide line breaking or joining: the soft
# hyphen (U+00AD, "Netan&shy;yahu"), zero-width space, non-joiner and joiner (U+200B-U+200D), the word
# joiner (U+2060) and a byte-order mark inside the text (U+FEFF, a zero-width no-break space). Left in,
# they split a word for the engine ("Netan" + "yahu" is no "Netanyahu"), so they go: the word is read as
# it is seen. Direction marks (U+200E, U+200F) stay: they order right-to-left text.
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def drop_invisible(text: str) -> str:
    """`text` without the format characters a reader never sees (``INVISIBLE``)."""
    return INVISIBLE.sub("", text)


def drop_html(text: str, notes: list[str]) -> str:
    """Remove comments, hidden elements with everything inside them, then any other tag; text stays."""
    parts, pos, low = [], 0, text.lower()
    while True:
        comment = low.find("<!--", pos)
        hidden = _OPEN_HIDDEN.search(text, pos)
        starts = [s for s in (comment, hidden.start() if hidden else -1) if s >= 0]
        if not starts:
            break
        start = min(starts)
        parts.append(text[pos:start])
        if start == comment:
            end = low.find("-->", start + 4)
            pos = len(text) if end < 0 else end + 3
        else:
            name = hidden.group(1).lower()
            end = low.find(f"</{name}", hidden.end())
            close = low.find(">", end) if end >= 0 else -1
            pos = len(text) if close < 0 else close + 1
            if close < 0:  # unclosed: it swallows the rest, as in a browser
                notes.append(f"an unclosed <{name}> element hid everything after it; the text stops there")
    parts.append(text[pos:])
    text = _AUTOLINK.sub(r"\1", "".join(parts))
    return _TAG.sub(lambda m: "\n" if m.group(1).lower() in _BLOCK_BREAK else "", text)


def markdown_text(text: str, notes: list[str]) -> str:
    """Markdown -> its visible text: ``#`` and setext headings as ``#`` lines, links and images as their text."""
    text = drop_html(htmllib.unescape(text), notes)
    text = _ESCAPE.sub(lambda m: chr(_PROTECT + ord(m.group(1))), text)  # "\*" is a star, not emphasis
    text = _LINK_DEFINITION.sub("", text)
    text = _LINK.sub(r"\1", _IMAGE.sub(r"\1", text))
    lines: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        while stripped.startswith(">"):  # block quotes read as their text
            stripped = stripped[1:].strip()
        if stripped.startswith(("```", "~~~")):
            continue
        rule = _RULE.match(stripped)
        if rule and lines and lines[-1].strip() and rule.group(1) in "=-" and not MD_HEADING.match(lines[-1]):
            lines[-1] = ("# " if rule.group(1) == "=" else "## ") + lines[-1].strip()  # setext heading
            continue
        if rule:
            continue
        lines.append(_EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4), stripped))
    return tidy("\n".join(lines)).translate(_UNPROTECT)


def html_blocks(body) -> list[str]:
    """trafilatura's extracted tree -> blocks: ``#`` headings, paragraphs, ``- `` list items, table rows."""
    blocks: list[str] = []
    for el in body:
        tag, rend = el.tag, el.get("rend") or ""
        if tag == "head":
            level = int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2
            blocks.append("#" * min(max(level, 1), 6) + " " + " ".join(_inner(el).split()))
        elif tag == "list":
            blocks.extend("- " + " ".join(_inner(item).split()) for item in el.findall("item"))
        elif tag == "table":
            blocks.extend(" | ".join(" ".join(_inner(c).split()) for c in row.findall("cell")) for row in el.iter("row"))
        else:
            blocks.append(_inner(el))
    return [b for b in blocks if b.strip()]


def _inner(el) -> str:
    from lxml import etree

    parts: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            parts.append("\n" if node.tag == "lb" else node.text or "")
        elif node is not el:
            parts.append(node.tail or "")
    return "".join(parts)


def tidy(text: str) -> str:
    """One space between words, no line of blanks, at most one blank line in a row, invisible
    characters dropped (entities such as ``&shy;`` are read by now)."""
    lines = [" ".join(line.split()) if line.strip() else "" for line in drop_invisible(text).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


__all__ = ["HIDDEN", "INVISIBLE", "MD_HEADING", "drop_html", "drop_invisible", "html_blocks", "markdown_text", "tidy"]
