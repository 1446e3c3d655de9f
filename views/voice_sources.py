"""Where the Voices page reads the corpus from: the store (``views.corpus_voices``), or, when the
dashboard serves a Parquet dataset (``VIEWPOINTS_CORPUS=DIR``), that dataset (``views.dataset_voices``).
Both answer the same questions (``listing``, ``voice_named``, ``spellings``, ``timeline``, ``statements``), so the
page (``views.voices``) is one; what differs is said here: what the page reads, what of a reader's
corrections applies, what an empty corpus means, and whether an article can be opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import corpus, corpus_voices, dataset_voices


@dataclass(frozen=True)
class VoiceSource:
    reader: Any  # listing(), voice_named(), spellings(), timeline(), statements() as in views.corpus_voices
    problem: Callable[[], str | None]  # why it cannot be read right now, or None
    reads: str  # what the page reads, for its opening line
    unavailable: str  # "... {problem}." when it cannot be read
    applies: str  # what of readers' corrections and names applies
    empty: str  # what a corpus without voices means, and how to fill it
    open_link: Callable[[str], str] | None  # the address that opens an article; None when its text is not at hand


NAMES = (
    "Across articles, the spellings of one name are one voice (“Donald J. Trump”, “Donald Trump”, “Mr. Trump's” "
    "aside: case, titles, possessives, a middle initial), shown by the spelling most articles use; middle initials "
    "that differ are two people (“George H.W. Bush”, “George W. Bush”, and a bare “George Bush” then joins neither); "
    "a surname alone (“Trump”) stays a voice of its own, as do a middle name written out and a misspelling."
)
STORE_APPLIES = (
    "Readers' corrections are applied: a merge, a statement given to another voice, to the author or to a "
    "typed name, and a stance set, all count here as on the article's own pages. " + NAMES + " Not applied: the "
    "author's own narration is left out, and articles this engine version has not read yet are not counted "
    "until they are read (Articles page, or viewpoints reanalyze)."
)
DATASET_APPLIES = (
    "This is a read-only dataset: the engine's readings as `viewpoints ingest --dask … --out DIR` wrote them. "
    "Readers' corrections live in a store and are not part of it; the author's own narration is left out. " + NAMES + " The dataset keeps each article's statements, "
    "not its text, so an article is named here but not opened on the other pages."
)


def store_source(open_link: Callable[[str], str]) -> VoiceSource:
    return VoiceSource(
        reader=corpus_voices, problem=corpus.store_problem, reads="the stored articles",
        unavailable="The Voices page reads the stored articles, and the store cannot be reached right now: {problem}.",
        applies=STORE_APPLIES,
        empty="No voices yet: this page lists the voices of stored articles once this engine version has read them. "
        "Bring articles in on the Articles page (or with viewpoints ingest); the seed articles are not part of it.",
        open_link=open_link,
    )


def dataset_source() -> VoiceSource:
    folder = dataset_voices.corpus_dir()
    return VoiceSource(
        reader=dataset_voices, problem=dataset_voices.problem, reads=f"the articles of the dataset at {folder}",
        unavailable=f"The Voices page reads the dataset named by {dataset_voices.CORPUS_ENV}, and it cannot be used: {{problem}}.",
        applies=DATASET_APPLIES,
        empty=f"No voices yet: the dataset at {folder} holds no statements. Write articles into it with "
        f"viewpoints ingest FILE --dask local --out {folder}, then reload this page.",
        open_link=None,
    )


def current(open_link: Callable[[str], str]) -> VoiceSource:
    """The dataset when ``VIEWPOINTS_CORPUS`` is set, else the store."""
    return dataset_source() if dataset_voices.corpus_dir() else store_source(open_link)
