"""HTML extraction on real web pages: the project's own ingestion against a reader-mode extractor's text.

Data: ``<data>/web/<site>/`` with ``source.html`` (the page as saved), ``expected.html`` (the main
content a reader-mode extractor keeps) and ``expected-metadata.json`` (its title, byline, ...).

Each page goes through ``viewpoints.corpus.ingest.from_html`` as an upload would. The text it keeps is
compared with the visible text of ``expected.html`` as bags of word tokens (lower-cased runs of
letters and digits, invisible format characters such as a soft hyphen dropped first; every occurrence
counts, order does not): precision is the share of the kept
tokens that the expected text has, recall the share of the expected tokens that were kept. Figures are
macro-averaged over pages, so a long page weighs as much as a short one. A page that ingestion refuses
counts as nothing kept (precision, recall and F1 0). The title matches when both titles have the same
word tokens, or one is the other followed by the site's name. The same three figures are given for what
the engine goes on to analyse: the kept text less the lines ``viewpoints.text.structure`` drops as site
furniture (``analysed_*``).
"""

from __future__ import annotations

import html as htmllib
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

from viewpoints.evaluation import report

DATA_LABEL = "Readability test pages (32 news and blog sites)"
FOLDER = "web"
MIN_TITLE_WORDS = 4  # a shorter title that starts another is too little to call it the same
_WORD = re.compile(r"[^\W_]+")

Extract = Callable[[bytes], object]  # bytes of a page -> an Article (or raises ArticleError)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens: letters and digits, punctuation and markup signs ("#", "-") left out; a
    character a reader never sees ("fer&shy;ry") splits no word."""
    from viewpoints.corpus.markup import drop_invisible

    return _WORD.findall(drop_invisible(text).casefold())


def page_text(html: str) -> str:
    """The visible text of an HTML fragment: tags and hidden elements dropped, entities read."""
    from viewpoints.corpus.markup import drop_html

    return htmllib.unescape(drop_html(html, []))


def overlap(kept: str, expected: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the word-token bags of `kept` against `expected`."""
    got, want = Counter(tokens(kept)), Counter(tokens(expected))
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def analysed_text(text: str) -> str:
    """What the engine goes on to read: headings and paragraphs, without the lines it drops as furniture."""
    from viewpoints.text.structure import layout

    found = layout(text)
    spans = sorted([(p.start, p.end) for p in found.paragraphs] + [(h.start, h.end) for h in found.headings])
    return "\n\n".join(text[start:end] for start, end in spans)


def same_title(found: str, expected: str) -> bool:
    """Same word tokens, or one title is the other with a site's name added after it
    ("Quay reopens - Harbour Post"): the shorter is the start of the longer and has 4 words or more."""
    a, b = tokens(found), tokens(expected)
    short, long = sorted((a, b), key=len)
    return bool(short) and (a == b or (len(short) >= MIN_TITLE_WORDS and long[: len(short)] == short))


def pages(data_dir: Path) -> list[Path]:
    """The page folders under ``<data>/web`` that have a source and an expected text, by name."""
    root = Path(data_dir) / FOLDER
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "source.html").is_file() and (p / "expected.html").is_file())


def extractor(extraction: Mapping[str, bool] | None) -> Extract:
    from viewpoints.corpus.ingest import from_html

    return lambda data: from_html(data, source="upload:source.html", extraction=extraction)


def score_page(folder: Path, extract: Extract) -> dict:
    """One page: precision, recall, F1, title match, words kept, and the refusal if ingestion refused it."""
    from viewpoints.corpus.io import ArticleError

    expected = page_text((folder / "expected.html").read_text(encoding="utf-8", errors="replace"))
    meta_file = folder / "expected-metadata.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
    try:
        article = extract((folder / "source.html").read_bytes())
    except ArticleError as refusal:
        nothing = dict.fromkeys(("precision", "recall", "f1", "analysed_precision", "analysed_recall", "analysed_f1"), 0.0)
        return {"page": folder.name, **nothing, "title": False, "words": 0, "refused": str(refusal)}
    precision, recall, f1 = overlap(article.text, expected)
    analysed = overlap(analysed_text(article.text), expected)
    return {
        "page": folder.name,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "analysed_precision": analysed[0],
        "analysed_recall": analysed[1],
        "analysed_f1": analysed[2],
        "title": same_title(article.title, meta.get("title") or ""),
        "words": len(tokens(article.text)),
        "refused": "",
    }


def summarize(scores: list[dict]) -> dict:
    """Macro averages over pages, the title match rate, refusals and the fewest words any page kept."""
    n = len(scores)
    mean = lambda key: sum(s[key] for s in scores) / n if n else float("nan")  # noqa: E731
    return {
        "precision": mean("precision"),
        "recall": mean("recall"),
        "f1": mean("f1"),
        "analysed_precision": mean("analysed_precision"),
        "analysed_recall": mean("analysed_recall"),
        "analysed_f1": mean("analysed_f1"),
        "title_match": mean("title"),
        "refused": sum(bool(s["refused"]) for s in scores),
        "fewest_words": min((s["words"] for s in scores), default=0),
    }


def evaluate_web(
    data_dir: Path,
    *,
    extraction: Mapping[str, bool] | None = None,
    limit: int | None = None,
    errors: list | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict:
    """The ``web`` evaluation entry; skipped when ``<data>/web`` has no pages."""
    started = time.perf_counter()
    folders = pages(data_dir)
    if not folders:
        return report.skipped(DATA_LABEL, f"no pages under {Path(data_dir) / FOLDER} (source.html with expected.html)")
    if limit:
        folders = folders[:limit]
    extract = extractor(extraction)
    scores = []
    for i, folder in enumerate(folders, 1):
        scores.append(score_page(folder, extract))
        if progress and i % 8 == 0:
            progress(f"web: {i}/{len(folders)} pages")
    if errors is not None:
        errors.extend({"task": "web", **s} for s in scores if s["refused"] or s["f1"] < 0.8)
    from viewpoints.corpus.ingest import EXTRACTION

    settings = dict(EXTRACTION if extraction is None else extraction)
    return report.entry(
        DATA_LABEL,
        source=FOLDER,
        n={"pages": len(scores)},
        metrics=summarize(scores),
        definitions={
            "precision": "share of the word tokens kept that the reader-mode text has (bags of tokens), mean over pages",
            "recall": "share of the reader-mode text's word tokens that were kept, mean over pages",
            "f1": "harmonic mean of the page's precision and recall, mean over pages",
            "analysed_precision": "precision of what the engine analyses: the kept text less the lines it drops as site furniture",
            "analysed_recall": "recall of what the engine analyses (the kept text less the lines dropped as furniture)",
            "analysed_f1": "F1 of what the engine analyses, mean over pages",
            "title_match": "share of pages whose title has the same word tokens as the expected title",
            "refused": "pages ingestion refused (counted as nothing kept)",
            "fewest_words": "word tokens kept from the page that kept fewest",
        },
        notes=f"viewpoints.corpus.ingest.from_html with trafilatura options {settings}; "
        "expected text: the visible text of expected.html",
        seconds=time.perf_counter() - started,
    )
