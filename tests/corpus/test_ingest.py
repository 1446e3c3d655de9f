"""Bringing an article in: pasted text, Markdown, HTML and uploads, with every bad input refused clearly.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import gzip
import time

import pytest

import viewpoints
from viewpoints.corpus import ingest
from viewpoints.corpus.ingest import Article, from_html, from_markdown, from_text, from_upload
from viewpoints.corpus.markup import INVISIBLE
from viewpoints.corpus.io import ArticleError

MB = 1024 * 1024
BODY = "The harbour master said the northern quay would reopen on Monday. Crews cleared the debris overnight."
PAGE = """<html><head><title>Quay reopens | Harbour Post</title><meta name="author" content="Ana Ruiz">
<style>p {{ color: red }}</style><script>window.steal = 1</script></head><body>
<nav><a href="/">Home</a></nav><article><h1>Quay reopens after the storm</h1>
{content}
</article><footer>All rights reserved</footer></body></html>"""


def page(content: str) -> str:
    return PAGE.format(content=content)


# -- refusals -------------------------------------------------------------------------------------

REFUSED = [
    ("empty text", lambda: from_text(""), "the article is empty"),
    ("whitespace text", lambda: from_text(" \n\t \u3000\n"), "empty"),
    ("whitespace markdown", lambda: from_markdown("\n\n   \n"), "empty"),
    ("markdown of markup only", lambda: from_markdown("<script>alert(1)</script><!-- x --><img src=x>"), "empty once its Markdown"),
    ("empty html", lambda: from_html(b""), "empty"),
    ("html of scripts only", lambda: from_html("<html><body><script>var a = 'words words words';</script><style>p{}</style></body></html>"), "empty once scripts"),
    ("empty upload", lambda: from_upload("notes.txt", b""), "notes.txt is empty"),
    ("whitespace upload", lambda: from_upload("notes.md", b"  \r\n \t"), "notes.md is empty"),
    ("binary upload", lambda: from_upload("notes.txt", b"\x00\x01\x02\x03 binary \x00"), "binary file"),
    ("pdf renamed .txt", lambda: from_upload("notes.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 stream"), "a PDF"),
    ("docx renamed .md", lambda: from_upload("notes.md", b"PK\x03\x04\x14\x00\x06\x00"), "Word/zip"),
    ("png renamed .html", lambda: from_upload("notes.html", b"\x89PNG\r\n\x1a\n\x00\x00"), "PNG"),
    ("latin-1 text", lambda: from_upload("caf.txt", "The café closed early.".encode("latin-1")), r"caf.txt is not UTF-8 text \(byte 7 cannot be read\); save it as UTF-8"),
    ("cp1252 markdown", lambda: from_upload("q.md", "He said \u201cno\u201d.".encode("cp1252")), "not UTF-8 text"),
    ("utf-16 text", lambda: from_upload("wide.txt", "The café closed.".encode("utf-16")), "UTF-16"),
    ("undeclared latin-1 html", lambda: from_upload("p.html", "<p>The café closed early today.</p>".encode("latin-1")), "does not say its encoding"),
    ("unknown extension", lambda: from_upload("report.docx", b"The quay reopened."), r"upload a \.txt, \.md"),
    ("no extension", lambda: from_upload("README", b"The quay reopened."), "cannot be read"),
    ("over the default cap", lambda: from_upload("big.txt", b"a" * (5 * MB + 1)), r"big.txt is 5.1 MB; the limit is 5 MB"),
    ("pasted text over the cap", lambda: from_text("a" * (5 * MB + 1)), "limit is 5 MB"),
    ("html over the cap", lambda: from_html(b"<p>" + b"a" * (5 * MB) + b"</p>"), "limit is 5 MB"),
]


@pytest.mark.parametrize("read, message", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_bad_input_is_refused_with_a_reason(read, message):
    with pytest.raises(ArticleError, match=message):
        read()


@pytest.mark.parametrize("setting, size, accepted", [("1", MB + 10, False), ("1", MB - 10, True), ("10", 6 * MB, True), ("0.01", 20_000, False), ("lots", 5 * MB + 1, False), ("-3", 4 * MB, True)])
def test_size_cap_follows_the_environment(monkeypatch, setting, size, accepted):
    monkeypatch.setenv(ingest.MAX_MB_ENV, setting)
    data = (BODY + "\n").encode() * (size // (len(BODY) + 1)) + b"x" * (size % (len(BODY) + 1))
    if accepted:
        assert from_upload("big.txt", data).format == "text"
    else:
        with pytest.raises(ArticleError, match="limit"):
            from_upload("big.txt", data)


# -- HTML -----------------------------------------------------------------------------------------

HOSTILE_HTML = [
    ("script", "<script>alert('stolen')</script>"),
    ("script with attributes", '<script type="text/javascript" src="http://evil.example/x.js">alert(1)</script>'),
    ("style", "<style>body { background: url(javascript:alert(1)) }</style>"),
    ("iframe", '<iframe src="http://evil.example/frame">iframe fallback alert</iframe>'),
    ("img onerror", '<img src="x" onerror="alert(document.cookie)">'),
    ("svg onload", '<svg onload="alert(2)"><text>svg alert</text></svg>'),
    ("handler on paragraph", '<p onclick="alert(3)">' + BODY + "</p>"),
    ("noscript", "<noscript>Enable JavaScript to alert</noscript>"),
    ("escaped script written as text", "<p>&lt;script&gt;alert(4)&lt;/script&gt;" + BODY + "</p>"),
    ("escaped img written as text", '<p>&lt;img src=x onerror="alert(5)"&gt;' + BODY + "</p>"),
    ("javascript link", '<p>Read <a href="javascript:alert(6)">the statement</a> today. ' + BODY + "</p>"),
    ("object and embed", '<object data="evil.swf">object alert</object><embed src="evil.swf">'),
    ("form", '<form action="http://evil.example"><input value="alert"><button>alert</button></form>'),
    ("comment", "<!-- alert('comment') -->"),
]


@pytest.mark.parametrize("snippet", [h[1] for h in HOSTILE_HTML], ids=[h[0] for h in HOSTILE_HTML])
def test_html_code_never_reaches_the_text(snippet):
    article = from_html(page(f"<p>{BODY}</p>{snippet}<p>The ferry company said the first boats would sail at dawn.</p>"))
    for code in ("alert", "onerror", "onclick", "onload", "<script", "<iframe", "javascript:", "evil.example", "background", "steal", "<"):
        assert code not in article.text, (code, article.text)
    assert "northern quay would reopen" in article.text


def test_html_headings_become_lines_the_engine_reads_as_sections():
    article = from_html(
        page(
            f"<p>By Ana Ruiz</p><p>{BODY}</p><h2>What the unions say</h2><p>Union leaders argued that the schedule was too ambitious.</p>"
            "<h3>Money</h3><p>The council promised funds for repairs, although the amount is unknown.</p>"
            "<h4>Next steps</h4><p>A review will follow in the spring, the mayor said.</p>"
        ).encode("utf-8")
    )
    lines = article.text.splitlines()
    for heading in ("# Quay reopens after the storm", "## What the unions say", "### Money", "#### Next steps"):
        assert heading in lines
    assert (article.title, article.byline, article.format, article.source) == ("Quay reopens after the storm", "Ana Ruiz", "html", "paste")
    sections = viewpoints.analyze(article.text)["section"].unique().tolist()
    assert sections == ["Quay reopens after the storm", "What the unions say", "Money", "Next steps"]


@pytest.mark.parametrize(
    "data, encoding, expected",
    [
        ('<html><head><meta charset="windows-1252"></head><body><p>The café said “no” to the plan today.</p></body></html>'.encode("cp1252"), None, "The café said “no” to the plan today."),
        ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>The café closed.</p></body></html>'.encode("latin-1"), None, "The café closed."),
        ("<p>The café closed.</p>".encode("latin-1"), "iso-8859-1", "The café closed."),  # declared by the server
        ("\ufeff<p>The café closed.</p>".encode("utf-8"), None, "The café closed."),
        ("<p>Die Brücke ist zu.</p>".encode("utf-16"), None, "Die Brücke ist zu."),
    ],
)
def test_html_uses_the_declared_encoding(data, encoding, expected):
    assert from_html(data, encoding=encoding).text.strip() == expected


def test_bare_html_fragment_is_read():
    assert from_html("<p>The ferry left at noon.</p>").text == "The ferry left at noon.\n"


# -- Markdown -------------------------------------------------------------------------------------

MARKDOWN = [
    ("link", "The mayor approved [the plan](https://example.org/plan) on Friday.", "The mayor approved the plan on Friday."),
    ("javascript link", "Read [the statement](javascript:alert(1)) now.", "Read the statement now."),
    ("link with title", 'See [the report](http://example.org/r "Annual report") here.', "See the report here."),
    ("link with parentheses", "See [the quay](https://en.example.org/wiki/Quay_(harbour)) here.", "See the quay here."),
    ("image", "![A quay at dawn](http://tracker.example/pixel.gif)", "A quay at dawn"),
    ("image inside a link", "[![The ferry](ferry.png)](http://example.org/ferry)", "The ferry"),
    ("reference link", "See [the report][1] today.\n\n[1]: http://example.org/report", "See the report today."),
    ("autolink", "Details at <https://example.org/quay>.", "Details at https://example.org/quay."),
    ("script", "<script>alert(1)</script>The crews left.", "The crews left."),
    ("unclosed script", "The crews left.\n<script>alert(1)\nMore code.", "The crews left."),
    ("style", "<style>p { color: red }</style>The crews left.", "The crews left."),
    ("iframe", '<iframe src="http://evil.example"></iframe>The crews left.', "The crews left."),
    ("img onerror", '<img src=x onerror="alert(1)">The crews left.', "The crews left."),
    ("quoted > in an attribute", '<img alt="a>b" onerror=alert(2)>The crews left.', "The crews left."),
    ("html link", '<a href="javascript:alert(1)">The crews</a> left.', "The crews left."),
    ("inline tags", "<b>Bold</b> claims <span onclick='x()'>were</span> made.", "Bold claims were made."),
    ("entities", "&lt;script&gt;alert(1)&lt;/script&gt;The crews left.", "The crews left."),
    ("comment", "The crews<!-- alert(1) --> left.", "The crews left."),
    ("emphasis", "**Bold** and *italic* and `code` and ~~struck~~ words.", "Bold and italic and code and struck words."),
    ("escaped stars", r"\*Not emphasis\* and 5 * 3 * 2.", "*Not emphasis* and 5 * 3 * 2."),
    ("block quote", "> The witness said it was fine.", "The witness said it was fine."),
    ("rule and fence", "The crews left.\n\n***\n\n```\nThe ferry sailed.\n```", "The crews left.\n\nThe ferry sailed."),
]


@pytest.mark.parametrize("text, expected", [m[1:] for m in MARKDOWN], ids=[m[0] for m in MARKDOWN])
def test_markdown_is_read_as_its_visible_text(text, expected):
    assert from_markdown(text).text.strip() == expected


def test_unclosed_script_is_noted():
    assert any("unclosed <script>" in note for note in from_markdown("The crews left.\n<script>alert(1)").notes)


def test_markdown_headings_stay_lines_and_the_first_h1_is_the_title():
    text = "Intro line without heading.\n\n## Why it matters\n\nThe mayor said it mattered.\n\n# Quay reopens\n\nThe crews left.\n\nSetext section\n--------------\n\nThe ferry sailed."
    article = from_markdown(text)
    assert article.title == "Quay reopens"
    assert {"## Why it matters", "# Quay reopens", "## Setext section"} <= set(article.text.splitlines())
    sections = viewpoints.analyze(article.text)["section"].unique().tolist()
    assert sections == ["Lead", "Why it matters", "Quay reopens", "Setext section"]


# -- titles, bylines, sources ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, title, byline",
    [
        ("Quay reopens\n\n" + BODY, "Quay reopens", ""),
        ("# Quay reopens\n" + BODY, "Quay reopens", ""),
        ("Quay reopens\nBy Ana Ruiz and Bob de la Cruz, Reuters\n\n" + BODY, "Quay reopens", "Ana Ruiz and Bob de la Cruz, Reuters"),
        ("BY ANA RUIZ\n" + BODY, "", "ANA RUIZ"),
        ("By the time the ferries arrived, the crews had\ncleared the quay.", "", ""),  # a sentence, wrapped
        ("By Monday the quay had reopened.\n" + BODY, "", ""),
        (BODY, "", ""),
    ],
)
def test_title_and_byline_of_plain_text(text, title, byline):
    article = from_text(text)
    assert (article.title, article.byline) == (title, byline)
    if byline:
        assert byline not in article.text and any("byline" in n for n in article.notes)
    else:
        assert article.text == text


@pytest.mark.parametrize(
    "name, data, fmt, source",
    [
        ("quay.txt", b"\xef\xbb\xbf" + BODY.encode(), "text", "upload:quay.txt"),
        ("Quay.MD", b"# Quay\r\n\r\n" + BODY.encode(), "markdown", "upload:Quay.MD"),
        ("quay.markdown", BODY.encode(), "markdown", "upload:quay.markdown"),
        ("quay.htm", f"<p>{BODY}</p>".encode(), "html", "upload:quay.htm"),
        ("../../etc/quay.html", f"<p>{BODY}</p>".encode(), "html", "upload:quay.html"),
        ("C:\\Users\\ana\\quay.txt", BODY.encode(), "text", "upload:quay.txt"),
    ],
)
def test_upload_reads_by_extension(name, data, fmt, source):
    article = from_upload(name, data)
    assert (article.format, article.source) == (fmt, source)
    assert "northern quay" in article.text and "\r" not in article.text and not article.text.startswith("\ufeff")


def test_control_characters_are_removed_and_line_ends_normalised():
    assert from_text("The quay\x00 reopened.\r\nThe\x1b crews left.\rEnd.").text == "The quay reopened.\nThe crews left.\nEnd."


# Invisible format characters: a soft hyphen (U+00AD, or "&shy;" in markup), zero-width space, non-joiner
# and joiner, word joiner, and a byte-order mark inside the text. A reader sees one word; so must the engine.
SOFT = "Hal\u00adver\u00adsen"
INVISIBLE_READS = [
    ("text, raw", lambda s: from_text(s)),
    ("markdown, raw", lambda s: from_markdown(s)),
    ("markdown, entity", lambda s: from_markdown(s.replace("\u00ad", "&shy;"))),
    ("html, raw", lambda s: from_html(page(f"<p>{s}</p>"))),
    ("html, entities", lambda s: from_html(page("<p>" + s.replace("\u00ad", "&shy;").replace("\u200b", "&#8203;") + "</p>"))),
    ("upload, txt with a byte-order mark", lambda s: from_upload("quay.txt", ("\ufeff" + s).encode("utf-8"))),
    ("upload, html", lambda s: from_upload("quay.html", page(f"<p>{s.replace(chr(0xad), '&shy;')}</p>").encode("utf-8"))),
]
INVISIBLE_TEXT = (
    f"Harbour master Mia {SOFT} said the northern qu\u200bay would reopen on Mon\u2060day. "
    "Crews cleared the de\u200cbris over\u200dnight, she added.\ufeff And the ferry company said boats would sail at dawn."
)


@pytest.mark.parametrize("read", [r[1] for r in INVISIBLE_READS], ids=[r[0] for r in INVISIBLE_READS])
def test_invisible_characters_are_dropped_on_every_way_in(read):
    article = read(INVISIBLE_TEXT)
    assert not INVISIBLE.search(article.text)
    assert "Mia Halversen said the northern quay would reopen on Monday." in article.text
    assert "debris overnight" in article.text
    frame = viewpoints.analyze(article.text, target="Halversen")
    assert "Mia Halversen" in set(frame["speaker"])  # the name whole, so the target is found in it
    assert frame["mentions_target"].iloc[0]
    for start, end, text in zip(frame["start"], frame["end"], frame["text"]):
        assert article.text[start:end] == text  # offsets point into the text as kept


def test_invisible_characters_leave_the_title_and_byline():
    article = from_html(PAGE.format(content="<p>" + BODY + "</p>").replace("Quay reopens |", "Quay re&shy;opens |").replace("Ana Ruiz", "Ana\u200b Ru&shy;iz"))
    assert article.title.startswith("Quay reopens") and article.byline == "Ana Ruiz"


def test_direction_marks_stay_for_right_to_left_text():
    assert "\u200f" in from_text("The quay reopened.\n\nהשר אמר\u200f שהנמל ייפתח.").text


def test_article_id_is_the_engine_id():
    article = from_text(BODY)
    assert article.id == viewpoints.article_id_for(BODY) == viewpoints.analyze(article.text).attrs["article_id"]


@pytest.mark.parametrize("source", ["url", "ftp:/etc/passwd", "sites:x", "", "uploads:x"])
def test_unknown_source_is_a_programming_error(source):
    with pytest.raises(ValueError, match="source must be"):
        from_text(BODY, source=source)


def test_article_is_frozen():
    with pytest.raises(AttributeError):
        from_text(BODY).text = "changed"  # type: ignore[misc]
    assert Article("x").source == "paste"


# -- structure extremes and hostile text ----------------------------------------------------------

SHAPES = [
    # (how it is read, headings the engine finds, statements it finds)
    ("only headings, text", lambda: from_text("Expert views\n\nWhat comes next\n"), ["Expert views"], 1),  # the last line has nothing under it
    ("only headings, markdown", lambda: from_markdown("# One\n\n## Two\n\n### Three\n"), ["One", "Two", "Three"], 0),
    ("only headings, html", lambda: from_html("<html><body><h1>One</h1><h2>Two</h2><h3>Three</h3></body></html>"), ["One", "Two", "Three"], 0),
    ("no headings, text", lambda: from_text("The quay reopened. Crews left.\n\nThe ferry company said boats would sail at dawn."), [], 3),
    ("no headings, markdown", lambda: from_markdown("The quay reopened. Crews left."), [], 2),
    ("no headings, html", lambda: from_html("<p>The quay reopened. Crews left.</p>"), [], 2),
]


@pytest.mark.parametrize("read, headings, statements", [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_articles_with_only_or_without_headings_are_analysed(read, headings, statements):
    frame = viewpoints.analyze(read().text)
    assert [h[2] for h in frame.attrs["headings"]] == headings
    assert len(frame) == statements


HOSTILE_TEXT = {
    "100k-char sentence": "The minister said that " + "the plan is good and " * 4800 + "the port will reopen.",
    "100k chars without spaces": "quay" * 25_000,
    "RTL and emoji": ("قال الوزير إن الخطة جيدة 😀🇺🇦. " * 300) + "\n\nהשר אמר שהנמל ייפתח מחר 👍🏽.\n",
}


@pytest.mark.parametrize("read", [from_text, from_markdown, from_html], ids=["text", "markdown", "html"])
@pytest.mark.parametrize("text", HOSTILE_TEXT.values(), ids=HOSTILE_TEXT.keys())
def test_hostile_text_goes_through_ingest_and_the_engine(read, text):
    started = time.perf_counter()
    article = read(text)
    assert time.perf_counter() - started < 3
    assert article.text.split() and set(article.text.split()) <= set(text.split())
    frame = viewpoints.analyze(article.text)
    assert len(frame) >= 1


# Inputs shaped to make a careless pattern backtrack; each reader must stay fast on all of them.
N = 100_000
BACKTRACK = {
    "<": "<" * N, "<a ": "<a " * (N // 3), '<a "': '<a "' * (N // 4), "<a '": "<a '" * (N // 4),
    'open attribute': '<a b="' + "x" * N, "[": "[" * N, "[a](": "[a](" * (N // 4), "[a](x(": "[a](" + "x(" * (N // 2),
    "![": "![" * (N // 2), "*": "*" * N, "*a ": "*a " * (N // 3), "_": "_" * N, "`": "`" * N, "# ": "# " * (N // 2),
    ">": ">" * N, "\\": "\\" * N, "\\*": "\\*" * (N // 2), "<!--": "<!--" * (N // 4), "<script>": "<script>" * (N // 8),
    "&#": "&#" * (N // 2), "=": "=" * N, "-\\n": "-\n" * (N // 2), "By A\\n": "By Ana\n" * (N // 7), "[a]: ": "[a]: " * (N // 5),
    "\\n": "\n" * N + "x", "quotes": '"' * N,
}


@pytest.mark.parametrize("read", [from_text, from_markdown, from_html], ids=["text", "markdown", "html"])
@pytest.mark.parametrize("text", BACKTRACK.values(), ids=BACKTRACK.keys())
def test_no_pattern_blows_up_on_pathological_input(read, text):
    started = time.perf_counter()
    try:
        read(text)
    except ArticleError:
        pass  # refusing is fine; taking long is not
    assert time.perf_counter() - started < 2


def test_gzip_is_not_an_article():
    with pytest.raises(ArticleError, match="gzip"):
        from_upload("quay.txt", gzip.compress(BODY.encode()))


# -- pages whose article needs JavaScript -----------------------------------------------------------

APP_SCRIPT = "<script>window.__STATE__ = " + repr("x" * 20_000) + ";</script>"
CAPTION_ONLY = (
    "<html><head><title>Quay reopens | Harbour Post</title>" + APP_SCRIPT + "</head><body><div id='app'></div>"
    "<figure><img src='quay.jpg' alt=''><figcaption>The northern quay at dawn. Photo: Jane Roe</figcaption></figure>"
    "</body></html>"
)


def test_a_page_that_keeps_only_a_caption_is_refused():
    with pytest.raises(ArticleError, match="seems to need JavaScript: only a caption came through"):
        from_upload("quay.html", CAPTION_ONLY.encode())


def test_a_whole_page_with_an_article_is_not_refused():
    body = "".join(f"<p>{BODY} The ferry to the island left from berth {n} in the morning.</p>" for n in range(3))
    article = from_html(("<html><head>" + APP_SCRIPT + "</head><body><article>" + body + "</article></body></html>").encode())
    assert len(article.text.split()) >= ingest.MIN_PAGE_WORDS and "harbour master" in article.text


def test_a_short_fragment_is_still_read():
    assert from_html("<p>The quay reopened on Monday.</p>").text.strip() == "The quay reopened on Monday."
