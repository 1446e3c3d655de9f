"""Read brat standoff (`.ann`) attribution annotations, as PolNeAR ships them.

A text-bound line names a span: ``T3<TAB>Content 315 448;463 553<TAB>the words`` (fragments split by
";"). An event line ties spans into one attribution:
``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`` (roles may repeat as ``Content2``, and
``Attribution-no-source`` events have no Source). Other line kinds (relations, notes) are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

Fragments = tuple[tuple[int, int], ...]

NO_SOURCE = "Attribution-no-source"
_ROLE = re.compile(r"^([A-Za-z-]+?)(\d*)$")


@dataclass(frozen=True)
class Span:
    """A text-bound annotation: its type, its character fragments and the text brat stored."""

    id: str
    type: str
    fragments: Fragments
    text: str

    @property
    def start(self) -> int:
        return min(start for start, _ in self.fragments)


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution: who (source, may be absent), the cue, and what (content)."""

    id: str
    kind: str  # "Attribution" or NO_SOURCE
    source: Span | None
    cue: Span | None
    content: Fragments

    @property
    def has_source(self) -> bool:
        return self.source is not None and bool(self.source.text.strip())


def _fragments(offsets: str) -> Fragments:
    pieces = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def _merge(spans: list[Span]) -> Span | None:
    if not spans:
        return None
    first = spans[0]
    if len(spans) == 1:
        return first
    fragments = tuple(sorted(fragment for span in spans for fragment in span.fragments))
    return Span(first.id, first.type, fragments, " ".join(span.text for span in spans))


_ID = re.compile(r"[TEARN#]\d*\t")  # what every annotation line opens with


def parse_ann(text: str) -> list[Attribution]:
    """The attributions in one `.ann` file's text, in event order. Malformed lines raise ValueError."""
    spans: dict[str, Span] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or not _ID.match(line):
            continue  # blank, or the rest of a span's text that ran over a line break (its offsets hold it)
        fields = line.split("\t")
        try:
            if line.startswith("T"):
                kind, _, offsets = fields[1].partition(" ")
                spans[fields[0]] = Span(fields[0], kind, _fragments(offsets), fields[2] if len(fields) > 2 else "")
            elif line.startswith("E"):
                roles = [tuple(arg.split(":", 1)) for arg in fields[1].split()]
                events.append((fields[0], roles))
        except (IndexError, ValueError) as error:
            raise ValueError(f"line {number}: cannot read {line!r}") from error
    attributions = []
    for event_id, roles in events:
        if not roles:
            continue
        kind = roles[0][0]
        by_role: dict[str, list[Span]] = {}
        for role, span_id in roles[1:]:
            if span_id not in spans:
                raise ValueError(f"event {event_id} refers to unknown span {span_id}")
            name = _ROLE.match(role).group(1) if _ROLE.match(role) else role
            by_role.setdefault(name, []).append(spans[span_id])
        content = tuple(sorted(f for span in by_role.get("Content", []) for f in span.fragments))
        attributions.append(
            Attribution(event_id, kind, _merge(by_role.get("Source", [])), _merge(by_role.get("Cue", [])), content)
        )
    return attributions


def article_name(ann_path: Path) -> str:
    """The article an annotation file belongs to: the stem without its ``_<annotator>`` suffix."""
    stem = ann_path.stem
    head, sep, _annotator = stem.rpartition("_")
    return head if sep else stem


def first_annotation_per_article(attributions_dir: Path) -> dict[str, Path]:
    """One `.ann` per article: where several annotators' files exist, the first by file name."""
    chosen: dict[str, Path] = {}
    for path in sorted(attributions_dir.glob("*.ann")):
        chosen.setdefault(article_name(path), path)
    return chosen


def load_split(split_dir: Path) -> list[tuple[str, str, list[Attribution]]]:
    """(article name, article text, attributions) for every article of a split folder holding
    ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``, sorted by article name.
    Articles whose text file is missing are skipped."""
    result = []
    for article, ann_path in sorted(first_annotation_per_article(split_dir / "attributions").items()):
        text_path = split_dir / "text" / f"{article}.txt"
        if not text_path.is_file():
            continue
        text = text_path.read_bytes().decode("utf-8")  # keep "\r": offsets count it
        result.append((article, text, parse_ann(ann_path.read_text(encoding="utf-8"))))
    return result


def sources_per_article(attributions_dir: Path) -> dict[str, list[str]]:
    """Every gold source text of each article, from all its annotators' files (the voice measures take
    a voice as real when any annotator named it)."""
    result: dict[str, list[str]] = {}
    for path in sorted(attributions_dir.glob("*.ann")):
        found = [a.source.text for a in parse_ann(path.read_text(encoding="utf-8")) if a.has_source]
        result.setdefault(article_name(path), []).extend(found)
    return result
