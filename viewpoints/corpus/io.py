"""Reading articles from files and bytes, with one clear error for anything unusable."""

from __future__ import annotations

from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024  # 5 MB: far beyond any news article


class ArticleError(ValueError):
    """The input cannot be analysed as an article; the message says why, for a person to read."""


def decode(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped); binary or non-UTF-8 data is refused, not guessed."""
    if len(data) > MAX_BYTES:
        raise ArticleError(f"the file is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB")
    if b"\x00" in data[:4096]:
        raise ArticleError("this looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"the text is not UTF-8 (byte {exc.start} cannot be read); save it as UTF-8 and try again") from exc
    return check_text(text)


def check_text(text: str) -> str:
    if not text.strip():
        raise ArticleError("the article is empty")
    return text


def read_article(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(exc.strerror or str(exc)) from exc
    return decode(data)


def seed_catalog(folder: Path) -> dict[str, Path]:
    """Article files in a folder (``.txt``, ``.md``), by id: the file name without its extension."""
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.iterdir()) if p.suffix.lower() in {".txt", ".md"} and p.is_file()}


def title_from_id(article_id: str) -> str:
    """'ukraine-security-guarantees' -> 'Ukraine security guarantees'."""
    words = article_id.replace("_", " ").replace("-", " ").split()
    return " ".join(words)[:1].upper() + " ".join(words)[1:] if words else article_id
