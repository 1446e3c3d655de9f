"""Article text put into Markdown widgets stays text."""

from __future__ import annotations

import re

import pytest

from views.text import highlighted, md_escape

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "**bold** and _it_ and `code`",
    "[click](javascript:alert(1))",
    "![img](http://example.invalid/x.png)",
    ":red[danger] :material/warning:",
    "$x^2$ and $$y$$",
    "# heading\n- list item",
    "| a | b |\n|---|---|",
    "~~strike~~ and <b>tag</b> & &amp;",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_every_markup_character_is_escaped(payload):
    escaped = md_escape(payload)
    # every markup character is preceded by a backslash, so none can open markup
    unescaped = re.findall(r"(?<!\\)[<>*_`\[\]()!:$#|~&]", escaped.replace("\\\\", ""))
    assert unescaped == []
    # and removing the escapes gives back the text (newlines folded to spaces)
    assert re.sub(r"\\(.)", r"\1", escaped) == " ".join(payload.split())


def test_highlighted_keeps_every_character_and_marks_only_the_spans():
    text = "He said <b>no</b> must happen."
    marked = highlighted(text, [(3, 7, "cue"), (18, 22, "supportive")])
    assert marked.startswith("He **said** ")
    assert ":blue-background[must]" in marked
    assert "<b>" not in marked and "\\<b\\>" in marked


def test_overlapping_or_empty_marks_are_skipped_not_garbled():
    text = "abc def"
    assert highlighted(text, [(0, 3, "cue"), (1, 2, "skeptical"), (5, 5, "cue")]) == "**abc** def"
