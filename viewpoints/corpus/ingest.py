"""Any article in: pasted text, an uploaded .txt/.md/.html file, or a fetched page -> one ``Article``.

Every way in ends in the same place: text the engine analyses, headings on lines of their own (Markdown
``#`` lines, which ``viewpoints.text.structure`` understands), plus title, byline and where it came from.
Everything a person could not use is refused with ``viewpoints.corpus.io.ArticleError`` saying what to do.

Encodings: text and Markdown files must be UTF-8 (a byte-order mark is fine); anything else is refused,
never guessed, as ``viewpoints.corpus.io.decode`` does. HTML may declare its own encoding (``<meta charset>``
or the server's Content-Type), which is then used; without a declaration it must be UTF-8 too.
Every pattern below is linear: no nested quantifiers, and each scan stops at the next delimiter.
"""

from __future__ import annotations

import codecs
import logging
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from .io import ArticleError
from .markup import HIDDEN, MD_HEADING, drop_html, drop_invisible, html_blocks, markdown_text, tidy
from ..pipeline import article_id_for
from ..text.structure import layout

DEFAULT_MAX_MB = 5.0
MAX_MB_ENV = "VIEWPOINTS_MAX_UPLOAD_MB"
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
SOURCES = ("paste", "upload:", "url:", "file:", "site:")  # file: a path given to `viewpoints ingest`; site: a named outlet
# Files that are not text, by their first bytes, so the refusal can name what was uploaded.
MAGIC = ((b"%PDF-", "a PDF"), (b"PK\x03\x04", "a Word/zip file"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x1f\x8b", "a compressed (gzip) file"))
# Dropped from a page before trafilatura looks for its main text (it drops script and style itself).
PRUNE = ["//" + tag for tag in HIDDEN if tag not in ("head", "title")] + ["//form"]
# How trafilatura picks a page's main text: chosen by measurement on real pages, not by taste
# (``viewpoints eval --task web``; ``benchmarks/extraction_settings.py`` compares the candidates).
EXTRACTION = {"favor_recall": True, "include_tables": True}
# A whole web page (this much besides the text kept) whose extraction keeps fewer words than this kept no
# article: what came through is a caption or a teaser, the rest needs JavaScript to appear. Measured:
# the fewest words any of 32 real news pages kept is 42 (a section front), the smallest page 56 KB.
MIN_PAGE_WORDS = 30
MIN_PAGE_CHARS = 10_000

_WORD = re.compile(r"[^\W_]+")  # a word: letters and digits, as the web evaluation counts them
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # C0 controls except tab and newline
_BYLINE = re.compile(r"^(?:by|written by)[ \t]+(\S[^\n]*)$", re.IGNORECASE)
# Words a run of names may contain besides capitalised ones: "By Ana de la Cruz and Bob Lee".
NAME_JOINERS = frozenset({"and", "&", "de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "y"})
_META_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    text: str  # what the engine analyses; headings are lines of their own
    title: str = ""
    byline: str = ""
    source: str = "paste"  # "paste" | "upload:<filename>" | "url:<url>" | "file:<path>" | "site:<outlet>"
    format: str = "text"  # "text" | "markdown" | "html"
    notes: tuple[str, ...] = ()  # what ingest changed or decided, for the person to read
    published: str = ""  # ISO date (YYYY-MM-DD) when known: a page's metadata or an ingest file's date column

    @property
    def id(self) -> str:
        """The content-hash id the engine and the store give this text."""
        return article_id_for(self.text)


def max_bytes() -> int:
    """The size cap: ``VIEWPOINTS_MAX_UPLOAD_MB`` megabytes, 5 when unset or not a positive number."""
    value = os.environ.get(MAX_MB_ENV, "").strip()
    mb = float(value) if re.fullmatch(r"\d+(?:\.\d*)?|\.\d+", value) else 0
    return int((mb if mb > 0 else DEFAULT_MAX_MB) * 1024 * 1024)


def from_text(text: str, *, source: str = "paste") -> Article:
    """Plain text as written; a title-like first line is the title, a "By …" line near the top the byline."""
    text = _check(_normalize(text), source)
    text, byline, notes = _take_byline(text)
    start = len(text) - len(text.lstrip())
    heads = layout(text[: start + 2000]).headings  # the first line, if the engine reads it as a heading
    first_end = text.find("\n", start) if "\n" in text[start:] else len(text)
    title = heads[0].text if heads and heads[0].start < first_end else ""
    return Article(text, title, byline, _source(source), "text", notes)


def from_markdown(text: str, *, source: str = "paste") -> Article:
    """Markdown read as its visible text: ``#`` headings kept as lines, links and images reduced to
    their label or alt text, raw HTML dropped (script, style and iframe with their content)."""
    notes: list[str] = []
    text = markdown_text(_check(_normalize(text), source), notes)
    text, byline, more = _take_byline(_check(text, source, " once its Markdown and HTML markup is removed"))
    title = next((m.group(2) for m in map(MD_HEADING.match, text.split("\n")) if m and len(m.group(1)) == 1), "")
    return Article(text, title, byline, _source(source), "markdown", tuple(notes) + more)


def from_html(data: bytes | str, *, source: str = "paste", encoding: str | None = None, extraction: Mapping[str, bool] | None = None) -> Article:
    """A web page's main text (trafilatura), with h1–h6 as ``#`` lines, its title and author.

    `encoding` is what the server declared; without it the page's ``<meta charset>``, else UTF-8.
    `extraction`: trafilatura options to use instead of ``EXTRACTION`` (for measuring candidates).
    """
    notes: list[str] = []
    if isinstance(data, bytes):
        data = _decode_html(_check_bytes(data, source), encoding, notes)
    page = _check(_normalize(data), source)
    if "<body" not in page[:20000].lower():
        page = f"<html><body>{page}</body></html>"  # a bare fragment, or text without markup
    import trafilatura  # imported here: it takes a moment, and only HTML needs it

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # pages it cannot read are handled here
    options = dict(EXTRACTION if extraction is None else extraction)
    doc = trafilatura.bare_extraction(page, include_comments=False, include_formatting=True, include_links=False, include_images=False, with_metadata=True, prune_xpath=PRUNE, **options)
    blocks = html_blocks(doc.body) if doc is not None and doc.body is not None else []
    if not any(b.strip("# -|") for b in blocks):
        blocks = [trafilatura.html2txt(page)]
        notes.append("the page's main text could not be told apart from the rest of the page, so all its visible text was taken")
    text = drop_html("\n\n".join(blocks), notes)  # markup written out as text (&lt;script&gt;) goes too
    text, byline, more = _take_byline(_check(tidy(text), source, " once scripts and markup are removed"))
    _check_kept(text, page, source)
    heads = (m.group(2) for m in map(MD_HEADING.match, text.split("\n")) if m)
    title = (doc.title if doc is not None and doc.title else "") or next(heads, "")
    byline = (doc.author if doc is not None and doc.author else "") or byline
    published = iso_date(doc.date) if doc is not None and doc.date else ""
    return Article(text, _one_line(title), _one_line(byline), _source(source), "html", tuple(notes) + more, published)


def iso_date(value: object) -> str:
    """``YYYY-MM-DD`` from a date written as ISO 8601 (a time after it is dropped); "" when it is not one."""
    text = str(value or "").strip()[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return ""


def from_upload(name: str, data: bytes) -> Article:
    """An uploaded file, read by its extension: .txt, .md/.markdown, .html/.htm."""
    safe = _safe_name(name)
    fmt = FORMATS.get(PurePath(safe).suffix.lower())
    if fmt is None:
        raise ArticleError(f"{safe} cannot be read: upload a .txt, .md, .markdown, .html or .htm file")
    source = f"upload:{safe}"
    if fmt == "html":
        return from_html(data, source=source)
    data = _check_bytes(data, source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleError(f"{safe} is saved as UTF-16; save it as UTF-8 and upload it again")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{safe} is not UTF-8 text (byte {exc.start} cannot be read); save it as UTF-8 (Save As… → Encoding: UTF-8) and upload it again") from exc
    return (from_markdown if fmt == "markdown" else from_text)(text, source=source)


# -- checks ---------------------------------------------------------------------------------------

def _what(source: str) -> str:
    return source.split(":", 1)[1] if source.startswith("upload:") else "the page" if source.startswith("url:") else "the article"


def _too_big(what: str, size: int) -> None:
    if size > max_bytes():  # rounded up, so a file just over the limit never reads "5.0 MB; the limit is 5 MB"
        raise ArticleError(f"{what} is {math.ceil(size / 2**20 * 10) / 10:g} MB; the limit is {max_bytes() / 2**20:g} MB")


def _check(text: str, source: str, why: str = "") -> str:
    if len(text) * 4 > max_bytes():  # only a text this long can be over the limit in UTF-8
        _too_big(_what(source), len(text.encode("utf-8")))
    if not text.strip():
        raise ArticleError(f"{_what(source)} is empty{why}; there is nothing to analyse")
    return text


def _check_kept(text: str, page: str, source: str) -> None:
    """A whole page of which almost nothing came through is refused rather than its caption analysed."""
    words = len(_WORD.findall(text))
    if words < MIN_PAGE_WORDS and len(page) - len(text) >= MIN_PAGE_CHARS:  # text pasted as HTML is not a page
        raise ArticleError(
            f"{_what(source)} seems to need JavaScript: only a caption came through ({words} words of a "
            f"{math.ceil(len(page) / 1024)} KB page). Open it in a browser, let it load, then save it (Save Page As…) "
            "and upload that file, or paste the article's text"
        )


def _check_bytes(data: bytes, source: str) -> bytes:
    what = _what(source)
    _too_big(what, len(data))
    if not data.strip():
        raise ArticleError(f"{what} is empty; there is nothing to analyse")
    kind = next((k for magic, k in MAGIC if data.startswith(magic)), None)
    if kind or (b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))):
        raise ArticleError(f"{what} is {kind or 'a binary file'}, not text; save the article as .txt, .md or .html and try again")
    return data


def _decode_html(data: bytes, declared: str | None, notes: list[str]) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    meta = _META_CHARSET.search(data[:4096])
    for name in (declared, meta.group(1).decode("ascii") if meta else None):
        try:
            codec = codecs.lookup(name).name if name else None
        except LookupError:
            notes.append(f"the page declares an encoding this reader does not know ({name}); it was ignored")
            continue
        if codec:
            codec = "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec  # as browsers do
            text = data.decode(codec, errors="replace")
            if "\ufffd" in text and codec != "utf-8":
                notes.append(f"some characters could not be read as {codec} and show as �")
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"the page does not say its encoding and is not UTF-8 (byte {exc.start} cannot be read); save it as UTF-8 and try again") from exc


# -- text clean-up --------------------------------------------------------------------------------

def _normalize(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected the article as str, not {type(text).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return drop_invisible(_CONTROL.sub("", text))  # a leading byte-order mark included


def _one_line(text: str) -> str:
    return " ".join(drop_invisible(drop_html(text, [])).split())[:300]


def _take_byline(text: str) -> tuple[str, str, tuple[str, ...]]:
    """A "By Ana Ruiz" line among the first three lines is the byline, not a section of the text."""
    lines = text.split("\n")
    for i in [i for i, line in enumerate(lines[:200]) if line.strip()][:3]:
        line = lines[i].strip()
        match = _BYLINE.match(line.strip("*_"))
        if match and _names(match.group(1)) and not line.endswith((".", "!", "?", ":")):
            gap = 0 < i < len(lines) - 1 and not lines[i - 1].strip() and not lines[i + 1].strip()
            rest = "\n".join(lines[:i] + lines[i + 1 + gap :])
            if rest.strip():
                return rest, match.group(1).strip(), (f"the byline line “{line}” was taken out of the text",)
    return text, "", ()


def _names(text: str) -> bool:
    """'Ana Ruiz and Bob Lee, Reuters' is names; 'the time the ferries arrived' is not."""
    for sep in ",|–—(":
        text = text.split(sep)[0]
    words = text.split()
    return 0 < len(words) <= 8 and words[0][0].isupper() and all(w[0].isupper() or w.lower() in NAME_JOINERS for w in words)


def _safe_name(name: str) -> str:
    base = PurePath(str(name).replace("\\", "/")).name
    return "".join(ch for ch in base if ch.isprintable())[:200] or "upload"


def _source(source: str) -> str:
    if not isinstance(source, str) or not (source == "paste" or source.startswith(SOURCES[1:])):
        raise ValueError(f"source must be 'paste', 'upload:<filename>', 'url:<url>', 'file:<path>' or 'site:<outlet>', not {source!r}")
    return source


__all__ = ["Article", "from_html", "from_markdown", "from_text", "from_upload", "max_bytes"]
