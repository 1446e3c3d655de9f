"""The one place that names the columns of the statements DataFrame.

Views, tests and the CLI import these names; nobody retypes the strings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

try:  # pandas 3: a frame put together from its blocks, as ``from_records`` does
    from pandas.api.internals import create_dataframe_from_blocks
except ImportError:  # pandas 2: ``from_records`` builds it column by column
    create_dataframe_from_blocks = None

# --- where the statement sits -------------------------------------------------
ARTICLE_ID = "article_id"
SECTION = "section"  # heading the statement sits under ("Lead" for the untitled opening)
PARAGRAPH = "paragraph"  # 0-based paragraph index in reading order, across the article
SENTENCE = "sentence"  # 0-based statement index in reading order, across the article
START = "start"  # character offset into the analysed text: text[start:end] == TEXT
END = "end"
TEXT = "text"

# --- who holds the view -------------------------------------------------------
SPEAKER = "speaker"  # canonical name, no honorifics or post-nominals; AUTHOR for narration
SPEAKER_KIND = "speaker_kind"  # one of SPEAKER_KINDS
SPEAKER_ROLE = "speaker_role"  # role or affiliation the article gives the speaker ("" if none)
ATTRIBUTION = "attribution"  # one of ATTRIBUTIONS
CUE = "cue"  # the words tying the statement to its speaker ("" for narration)

# --- what the view is ---------------------------------------------------------
STANCE = "stance"  # one of STANCES, toward the target
STANCE_SCORE = "stance_score"  # -1 (skeptical) .. 1 (supportive)
STANCE_CUES = "stance_cues"  # the words that decided the stance, "; "-separated
MENTIONS_TARGET = "mentions_target"  # the statement names the target (its head word or enough of its words)
POLARITY = "polarity"  # TextBlob polarity, -1 .. 1
SUBJECTIVITY = "subjectivity"  # TextBlob subjectivity, 0 .. 1
SENTIMENT_WORDS = "sentiment_words"  # the words that drove the TextBlob score, "; "-separated
VADER = "vader"  # VADER compound score, -1 .. 1: a second opinion on polarity
SENTIMENT_DISAGREE = "sentiment_disagree"  # TextBlob and VADER differ in sign beyond +-0.05
ASPECTS = "aspects"  # aspects of the issue the statement touches, "; "-separated (data/lexicon/aspects.json)

# --- what readers corrected (viewpoints.corrections; not in the engine's own frame) ---------
ENGINE_SPEAKER = "engine_speaker"  # the engine's speaker, beside SPEAKER as corrected
ENGINE_STANCE = "engine_stance"  # the engine's stance, beside STANCE as corrected
CORRECTED = "corrected"  # a reader's correction left SPEAKER or STANCE different from the engine's

AUTHOR = "author"

SPEAKER_KINDS = ("person", "organization", "group", "author")
ATTRIBUTIONS = ("reported", "direct", "continuation", "narration")
STANCES = ("supportive", "skeptical", "neutral")

LEAD_SECTION = "Lead"

COLUMNS: dict[str, str] = {
    ARTICLE_ID: "string",
    SECTION: "string",
    PARAGRAPH: "int64",
    SENTENCE: "int64",
    START: "int64",
    END: "int64",
    TEXT: "string",
    SPEAKER: "string",
    SPEAKER_KIND: "string",
    SPEAKER_ROLE: "string",
    ATTRIBUTION: "string",
    CUE: "string",
    STANCE: "string",
    STANCE_SCORE: "float64",
    STANCE_CUES: "string",
    MENTIONS_TARGET: "bool",
    POLARITY: "float64",
    SUBJECTIVITY: "float64",
    SENTIMENT_WORDS: "string",
    VADER: "float64",
    SENTIMENT_DISAGREE: "bool",
    ASPECTS: "string",
}

# Added by ``viewpoints.corrections.apply`` after the analysis: the dashboard's frames, its downloads
# and ``viewpoints analyze --store`` carry them; ``analyze`` alone does not.
CORRECTION_COLUMNS: dict[str, str] = {
    ENGINE_SPEAKER: "string",
    ENGINE_STANCE: "string",
    CORRECTED: "bool",
}
ALL_COLUMNS: dict[str, str] = {**COLUMNS, **CORRECTION_COLUMNS}

DESCRIPTIONS: dict[str, str] = {
    ARTICLE_ID: "Short id of the article (content hash prefix or file stem).",
    SECTION: f"Heading the statement sits under; the untitled opening is '{LEAD_SECTION}'.",
    PARAGRAPH: "Paragraph index in reading order (0-based, whole article).",
    SENTENCE: "Statement index in reading order (0-based, whole article).",
    START: "Character offset of the statement in the analysed text.",
    END: "End offset (exclusive): text[start:end] is the statement.",
    TEXT: "The statement, exactly as written.",
    SPEAKER: "Who holds this view: a name without honorifics, a group, or 'author'.",
    SPEAKER_KIND: "person | organization | group | author.",
    SPEAKER_ROLE: "Role or affiliation the article gives the speaker.",
    ATTRIBUTION: "reported (speech/belief verb, 'according to') | direct (quotation) | "
    "continuation (no cue; carries on the previous speaker) | narration (the author's voice).",
    CUE: "The words tying the statement to its speaker.",
    STANCE: "supportive | skeptical | neutral toward the target issue.",
    STANCE_SCORE: "Signed cue score in [-1, 1]; the sign gives the stance.",
    STANCE_CUES: "The cue words that decided the stance, and whether the target was mentioned.",
    MENTIONS_TARGET: "True where the statement names the target: its head word ('guarantees' of "
    "'security guarantees') or enough of its content words, plurals included. A statement that does "
    "not, and does not follow one that does in its paragraph, counts its stance cues at half weight.",
    POLARITY: "TextBlob polarity in [-1, 1].",
    SUBJECTIVITY: "TextBlob subjectivity in [0, 1].",
    SENTIMENT_WORDS: "Words that drove the TextBlob score, with their polarity.",
    VADER: "VADER compound score in [-1, 1], a second opinion.",
    SENTIMENT_DISAGREE: "True where TextBlob and VADER disagree in sign beyond +-0.05.",
    ASPECTS: "Aspects of the issue the statement touches (troops, deterrence, ...), '; '-separated.",
    ENGINE_SPEAKER: "The engine's speaker, before any reader's correction (speaker holds the corrected one).",
    ENGINE_STANCE: "The engine's stance, before any reader's correction (stance holds the corrected one).",
    CORRECTED: "True where a reader's correction left the speaker or the stance different from the engine's.",
}


def empty_frame() -> pd.DataFrame:
    """A statements frame with no rows and every column typed."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def conform(frame: pd.DataFrame) -> pd.DataFrame:
    """Order and type the columns as the schema says (extra columns are an error)."""
    extra = set(frame.columns) - set(COLUMNS)
    missing = set(COLUMNS) - set(frame.columns)
    if extra or missing:
        raise ValueError(f"statement frame columns differ from schema: extra={sorted(extra)}, missing={sorted(missing)}")
    return frame[list(COLUMNS)].astype(COLUMNS)


def _blocks() -> tuple[list[tuple[str, list[str], np.ndarray]], list[tuple[str, np.ndarray]]]:
    """The schema's columns as pandas keeps them: one block per numeric dtype (its columns, and where
    they stand among all columns), and each string column a block of its own."""
    numeric: dict[str, tuple[list[str], list[int]]] = {}
    strings = []
    for position, (name, dtype) in enumerate(COLUMNS.items()):
        if dtype == "string":
            strings.append((name, np.array([position], dtype=np.intp)))
        else:
            names, positions = numeric.setdefault(dtype, ([], []))
            names.append(name)
            positions.append(position)
    return [(dtype, names, np.array(positions, dtype=np.intp)) for dtype, (names, positions) in numeric.items()], strings


_NUMERIC_BLOCKS, _STRING_BLOCKS = _blocks()


def from_records(records: list[dict]) -> pd.DataFrame:
    """A statements frame from one dict per row, typed column by column as the schema says.

    The same frame as ``conform(pd.DataFrame(records))`` at a tenth of the cost (pandas' generic
    construction and ``astype`` cost more than analysing a short article): with pandas 3 the frame is
    put together from its blocks, one per numeric dtype and one per string column, which skips the
    checks pandas makes of each column it is given (half the cost that remains).
    """
    if not records:
        return empty_frame()
    extra = set(records[0]) - set(COLUMNS)
    missing = set(COLUMNS) - set(records[0])
    if extra or missing:
        raise ValueError(f"statement frame columns differ from schema: extra={sorted(extra)}, missing={sorted(missing)}")
    arrow = pd.StringDtype().storage == "pyarrow"  # pandas' option, read once per frame (it reads the environment)
    if create_dataframe_from_blocks is not None:
        blocks = [
            (np.array([[record[name] for record in records] for name in names], dtype=dtype), placement)
            for dtype, names, placement in _NUMERIC_BLOCKS
        ]
        blocks += [(_strings([record[name] for record in records], arrow), placement) for name, placement in _STRING_BLOCKS]
        return create_dataframe_from_blocks(blocks, pd.RangeIndex(len(records)), pd.Index(list(COLUMNS)))
    columns = {}
    for name, dtype in COLUMNS.items():
        values = [record[name] for record in records]
        columns[name] = _strings(values, arrow) if dtype == "string" else np.array(values, dtype=dtype)
    return pd.DataFrame(columns, copy=False)


def _strings(values: list, arrow: bool) -> pd.api.extensions.ExtensionArray:
    """``pd.array(values, dtype="string")`` for a column of str: with `arrow` (pandas keeps strings in
    Arrow) the Arrow array built directly, which skips pandas' check of every value (a third of the
    cost); anything else goes through pandas."""
    if arrow:
        try:
            return pd.arrays.ArrowStringArray(pa.array(values, type=pa.large_string()))
        except (pa.ArrowException, TypeError, ValueError):
            pass
    return pd.array(values, dtype="string")


# --- a corpus dataset (``viewpoints.corpus.dataset``: Parquet written by ``--dask``) and its aggregates -----
# Each statement row of the dataset carries the schema's columns above and these; ``source`` and
# ``month`` are its hive partitions (``statements/source=<site>/month=<YYYY-MM>/``).
ARTICLE_HASH = "article_hash"  # SHA-256 of the analysed text: the article's key across runs
SOURCE = "source"  # the site: host of a web address or an outlet's name ("" when neither is known)
MONTH = "month"  # YYYY-MM of DATE
DATE = "date"  # the article's date, YYYY-MM-DD: published when known, else the day it was added
DATE_FROM = "date_from"  # "published" | "added": where DATE came from
TITLE = "title"

# One row per voice of a corpus (``viewpoints.corpus.dataset_query.voices``): SPEAKER names the voice.
ARTICLES = "articles"  # articles the voice speaks in
STATEMENTS = "statements"  # statements it holds; the stance counts use the names in STANCES
MEAN_POLARITY = "mean_polarity"  # mean TextBlob polarity of its statements
FIRST_DATE = "first_date"  # the earliest DATE of its articles
LAST_DATE = "last_date"  # the latest
DATE_SOURCES = ("published", "added")
