"""A stand-in engine and a tiny evaluation-data folder, written here with our own sentences.

Nothing here reads /work/shared: the evaluation package must be testable on a fresh clone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from viewpoints import schema

_SAID = re.compile(r"((?:[A-Z][a-z]+ )*[A-Z][a-z]+) said")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_DEFAULTS = {"string": "", "int64": 0, "float64": 0.0, "bool": False}


def stand_in_analyze(text: str, *, target: str | None = None, article_id: str | None = None) -> pd.DataFrame:
    """Just enough engine: one statement per sentence, speaker from "X said", stance from good/bad."""
    rows = []
    for match in _SENTENCE.finditer(text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.start() + len(match.group().rstrip())
        if start >= end:
            continue
        sentence = text[start:end]
        said = _SAID.search(sentence)
        score = 0.6 * (" good" in sentence) - 0.6 * sentence.count(" bad")
        row = {name: _DEFAULTS.get(dtype, "") for name, dtype in schema.COLUMNS.items()}  # columns added later: blank
        row.update(
            {
                schema.ARTICLE_ID: article_id or "x",
                schema.SECTION: schema.LEAD_SECTION,
                schema.SENTENCE: len(rows),
                schema.START: start,
                schema.END: end,
                schema.TEXT: sentence,
                schema.SPEAKER: said.group(1) if said else schema.AUTHOR,
                schema.SPEAKER_KIND: "person" if said else "author",
                schema.ATTRIBUTION: "reported" if said else "narration",
                schema.CUE: "said" if said else "",
                schema.STANCE: "supportive" if score > 0 else "skeptical" if score < 0 else "neutral",
                schema.STANCE_SCORE: score,
            }
        )
        rows.append(row)
    return schema.conform(pd.DataFrame(rows)) if rows else schema.empty_frame()


def ann_line(text: str, span_id: str, kind: str, phrase: str, *, after: str = "") -> str:
    """A brat text-bound line for the first occurrence of `phrase` in `text` (after `after`, if given)."""
    start = text.index(phrase, text.index(after) if after else 0)
    return f"{span_id}\t{kind} {start} {start + len(phrase)}\t{phrase}"


ARTICLE_ONE = (
    "Budget Talks Resume\n\n"
    "Mayor Ann Lee said the budget is balanced. She added that taxes will not rise.\n\n"
    "The council met on Monday. Critics worry the plan is too thin, Bob Stone said. "
    "Sam Poe said nothing about it."
)
ARTICLE_TWO = "Engineer Joe Park said the bridge is safe."


def _article_one_ann() -> str:
    t = ARTICLE_ONE
    return "\n".join(
        [
            ann_line(t, "T1", "Source", "Mayor Ann Lee"),
            ann_line(t, "T2", "Cue", "said"),
            ann_line(t, "T3", "Content", "the budget is balanced"),
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            ann_line(t, "T4", "Source", "She"),
            ann_line(t, "T5", "Cue", "added"),
            ann_line(t, "T6", "Content", "that taxes will not rise"),
            "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
            ann_line(t, "T7", "Source", "Bob Stone"),
            ann_line(t, "T8", "Cue", "said", after="Bob Stone"),
            ann_line(t, "T9", "Content", "Critics worry the plan is too thin"),
            "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
            "#1\tAnnotatorNotes T1\ta note line the parser ignores",
        ]
    )


SEED_TEXT = (
    "Guarantees Debate\n\n"
    "Ann Lee said the guarantees are good. The talks began in May.\n\n"
    "Bob Stone said the promises are bad. Critics fear the plan is bad."
)
SEED_GOLD = [
    ("Ann Lee", "reported", "supportive", "Ann Lee said the guarantees are good."),
    ("author", "narration", "neutral", "The talks began in May."),
    ("Bob Stone", "reported", "skeptical", "Bob Stone said the promises are bad."),
    ("Critics", "reported", "skeptical", "Critics fear the plan is bad."),
]

FNC_BODIES = {
    "1": "The new bridge plan is good. The weather was cold.",
    "2": "The new bridge plan is bad. It is a bad plan for the bridge.",
    "3": "The council will discuss the bridge plan on Monday. Nobody knows more.",
}
FNC_PAIRS = [
    ("New bridge plan approved", "1", "agree"),
    ("New bridge plan approved", "2", "disagree"),
    ("New bridge plan approved", "3", "discuss"),
    ("New bridge plan approved", "1", "agree"),  # a repeated pair: one engine run
    ("Cats prefer warm rooms", "2", "unrelated"),
]

NYT_ROWS = [
    ("1_1", 3.1, "This is a wonderful, excellent and delightful idea."),
    ("1_2", 0.1, "The meeting is on Tuesday."),
    ("1_3", -3.2, "This is a terrible, awful and disgusting plan."),
    ("1_4", 1.5, "The design is nice."),
]
MTSC_ROWS = [
    ("Ann Lee gave a wonderful, excellent speech.", "Ann Lee", 6),
    ("Bob Stone told a terrible, awful lie.", "Bob Stone", 2),
    ("Sam Poe arrived on Tuesday.", "Sam Poe", 4),
]


def write_eval_folder(root: Path) -> Path:
    """Lay out <root>/eval (PolNeAR, FNC-1, NYT, NewsMTSC, web page look-alikes), <root>/gold and <root>/seeds."""
    data = root / "eval"
    dev = data / "polnear" / "dev"
    (dev / "text").mkdir(parents=True)
    (dev / "attributions").mkdir()
    (dev / "text" / "art_one.txt").write_text(ARTICLE_ONE, encoding="utf-8")
    (dev / "attributions" / "art_one_aaaa.ann").write_text(_article_one_ann(), encoding="utf-8")
    # a second annotator's file for the same article: must be ignored (the first by name wins)
    (dev / "attributions" / "art_one_zzzz.ann").write_text(
        ann_line(ARTICLE_ONE, "T1", "Source", "Sam Poe")
        + "\n"
        + ann_line(ARTICLE_ONE, "T2", "Content", "The council met on Monday")
        + "\nE1\tAttribution:T2 Content:T2 Source:T1\n",
        encoding="utf-8",
    )
    t = ARTICLE_TWO
    (dev / "text" / "art_two.txt").write_text(t, encoding="utf-8")
    (dev / "attributions" / "art_two_aaaa.ann").write_text(
        "\n".join(
            [
                ann_line(t, "T1", "Source", "Joe Park"),
                ann_line(t, "T2", "Cue", "said"),
                ann_line(t, "T3", "Content", "the bridge is safe"),
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            ]
        ),
        encoding="utf-8",
    )

    # train: the second article again, judged the same way but without goals and without its misses
    train = data / "polnear" / "train"
    (train / "text").mkdir(parents=True)
    (train / "attributions").mkdir()
    (train / "text" / "art_two.txt").write_text(t, encoding="utf-8")
    (train / "attributions" / "art_two_aaaa.ann").write_text(
        (dev / "attributions" / "art_two_aaaa.ann").read_text(encoding="utf-8"), encoding="utf-8"
    )

    fnc = data / "fnc1"
    fnc.mkdir()
    bodies = pd.DataFrame({"Body ID": list(FNC_BODIES), "articleBody": list(FNC_BODIES.values())})
    bodies.to_csv(fnc / "competition_test_bodies.csv", index=False)
    stances = pd.DataFrame(FNC_PAIRS, columns=["Headline", "Body ID", "Stance"])
    stances.to_csv(fnc / "competition_test_stances.csv", index=False)

    (data / "vader_nyt").mkdir()
    lines = "".join(f"{i}\t{rating}\t{sentence}\r\n" for i, rating, sentence in NYT_ROWS)
    (data / "vader_nyt" / "nytEditorialSnippets_GroundTruth.txt").write_text(lines, encoding="utf-8", newline="")

    (data / "newsmtsc").mkdir()
    records = []
    for number, (sentence, mention, polarity) in enumerate(MTSC_ROWS):
        start = sentence.index(mention)
        gid = f"t{number}"
        target = {
            "Input.gid": gid,
            "from": start,
            "to": start + len(mention),
            "mention": mention,
            "polarity": float(polarity),
        }
        records.append(json.dumps({"primary_gid": gid, "sentence_normalized": sentence, "targets": [target]}))
    (data / "newsmtsc" / "devtest_rw.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")

    page = data / "web" / "courier"
    page.mkdir(parents=True)
    body = "<h1>Quay reopens</h1><p>The harbour master said the northern quay would reopen on Monday.</p>"
    (page / "source.html").write_text(f"<html><body><nav>Home</nav><article>{body}</article></body></html>", encoding="utf-8")
    (page / "expected.html").write_text(f"<div>{body}</div>", encoding="utf-8")
    (page / "expected-metadata.json").write_text(json.dumps({"title": "Quay reopens"}), encoding="utf-8")

    (root / "gold").mkdir()
    gold = [
        {
            "index": i,
            "section": "Lead",
            "speaker": speaker,
            "speaker_role": "",
            "kind": kind,
            "stance": stance,
            "text": text,
        }
        for i, (speaker, kind, stance, text) in enumerate(SEED_GOLD)
    ]
    (root / "gold" / "seed_statements.jsonl").write_text("\n".join(map(json.dumps, gold)) + "\n", encoding="utf-8")
    (root / "seeds").mkdir()
    (root / "seeds" / "000_5dea0eb155ccf4de.txt").write_text(SEED_TEXT, encoding="utf-8")
    return data


@pytest.fixture
def eval_folder(tmp_path: Path) -> Path:
    return write_eval_folder(tmp_path)


@pytest.fixture
def analyze():
    return stand_in_analyze
