"""The attribution task: PolNeAR dev, one engine run per article, judged by `attribution`."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path

from viewpoints import lexicon

from viewpoints.evaluation import brat, report, voices
from viewpoints.evaluation.attribution import (
    MAIN_SHARE,
    is_speech_cue,
    judge_article,
    spurious,
    statements_of,
    summarise,
)
from viewpoints.evaluation.sampling import subsample


def unswapped(attribution: brat.Attribution) -> brat.Attribution:
    """A few PolNeAR events have their Source and Cue spans swapped (Source "said", Cue "Hester"):
    a source that is one reporting verb or "according to", with a cue that names someone or something
    ("Hester", "federal data"), is read the other way round."""
    source, cue = attribution.source, attribution.cue
    if source is None or cue is None:
        return attribution
    verb = source.text.strip().lower() in lexicon.speech_verb_forms() or source.text.strip().lower() == "according to"
    words = cue.text.split()
    names = any(word[:1].isupper() for word in words) or (bool(words) and words[-1].lower() in lexicon.words("document_nouns.txt"))
    return replace(attribution, source=cue, cue=source) if verb and names else attribution

DATA_LABEL = "PolNeAR dev"
SPLIT_DIR = Path("polnear") / "dev"
TRAIN_LABEL = "PolNeAR train (more data, judged the same way; the goals are set on dev)"
TRAIN_DIR = Path("polnear") / "train"

# The voices issue (#13) retired the 0.85-named goal for the voice measures, which are what a user sees;
# "not below today's" is the figure at a9ea298, where the issue was filed.
GOALS = {
    "voices_real": (">=", 0.95),
    "voices_split": ("<=", 0.01),
    "voices_recall": (">=", 0.680),
    "speaker_lenient_named": (">=", 0.785),
    "speaker_lenient": (">=", 0.75),
    "precision": (">=", 0.92),
}
REFERENCES = [
    ("naive 'X said' regex (dev sample of 200)", "speaker_exact", 0.245),
    ("naive 'X said' regex (dev sample of 200)", "speaker_lenient", 0.307),
    ("Viewpoints at a9ea298, before the voices work (this code)", "voices_real", 0.873),
    ("Viewpoints at a9ea298, before the voices work (this code)", "voices_split", 0.066),
    ("Viewpoints at a9ea298, before the voices work (this code)", "voices_recall", 0.680),
]
NOTES = (
    "One annotation file per article (the first by name). A gold attribution is judged on the engine "
    "statement overlapping most of its content span. Pronoun sources ('he', 'she', 'they', 'I', 'who') "
    "count right when the predicted speaker matches the nearest preceding named (non-pronoun) gold "
    "source in the same article; definite descriptions ('the mayor', 'The Republican nominee') count right "
    "when the speaker matches the description or the nearest preceding named source (named: neither a "
    "pronoun nor a description). speaker_lenient_literal reads descriptions as written. A first-person "
    "source outside quotation marks is the writer: right when the engine gives the statement to the author. Events whose Source is a lone reporting verb and "
    "whose Cue names someone (Source 'said', Cue 'Hester') were annotated the wrong way round and are read "
    "swapped (n.swapped_source_cue)."
)
DEFINITIONS = {
    "speaker_lenient": "share of gold attributions with a source whose statement's speaker shares a "
    "non-stopword token with the gold source (pronouns: with the nearest preceding named gold source)",
    "speaker_exact": "same, but the names must be equal once determiners and honorifics are dropped",
    "speaker_lenient_literal": "lenient match with descriptions ('the mayor') compared as written, not "
    "resolved, and pronouns judged against the nearest preceding non-pronoun source (the plain reading)",
    "speaker_lenient_named": "lenient match, gold sources that are not pronouns",
    "speaker_exact_named": "exact match, gold sources that are not pronouns",
    "speaker_lenient_pronoun": "lenient match against the nearest preceding named gold source, pronoun sources",
    "speaker_exact_pronoun": "exact match against the nearest preceding named gold source, pronoun sources",
    "speaker_lenient_main": "lenient match, gold attributions whose content is at least half of the judged "
    "statement (the sentence mainly voices that source, not an attribution embedded in narration)",
    "speaker_lenient_speech": "lenient match, gold attributions whose cue is a plain reporting word (said, "
    "told, according to, added, wrote ...), leaving out PolNeAR's action, belief and evidence cues",
    "precision": "of engine statements with a speaker other than the author, the share overlapping a gold content span",
    "left_as_author": "gold attributions with a source whose statement the engine gave to the author",
    "no_statement": "gold attributions with a source that no engine statement overlaps",
    "pronoun_no_antecedent": "pronoun sources with no named gold source before them (always wrong)",
    "voices_real": "distinct non-author speakers of an article (voices) that name a gold source of it: their "
    "words, lower-cased with a possessive and leading the/a/an/Mr/Mrs/Ms/Dr/Sen/Rep/Gov/President/former/top/"
    "U.S./senator dropped, stand inside a gold non-pronoun source span (any annotator), or end with its name part "
    "(before the first comma, '(', ' who ', ' of the '), or are that name part's ending",
    "voices_split": "pairs of one article's voices where one's words are the other's ending ('pence' / 'mike "
    "pence'), as a share of all voices",
    "voices_recall": "gold name parts, once per article by their last word, that some voice ends with",
    "first_person_author": "first-person sources outside quotation marks ('I believed', an op-ed's writer) whose "
    "statement the engine gives to the author, counted right",
}


def evaluate_polnear(
    data_dir: Path,
    analyze: Callable,
    *,
    limit: int | None = None,
    errors: list[dict] | None = None,
    progress: Callable[[str], None] | None = None,
    split: str = "dev",
) -> dict:
    """The attribution entry of the report for PolNeAR's `split` ("dev", or "train", which the goals
    are not set on); misses are appended to `errors` when it is given."""
    dev = split == "dev"
    label, split_dir = (DATA_LABEL, data_dir / SPLIT_DIR) if dev else (TRAIN_LABEL, data_dir / TRAIN_DIR)
    if not (split_dir / "text").is_dir() or not (split_dir / "attributions").is_dir():
        return report.skipped(
            label, f"no PolNeAR {split} data: expected {split_dir}/text and {split_dir}/attributions"
        )
    articles = brat.load_split(split_dir)
    if not articles:
        return report.skipped(label, f"no article with both text and annotations in {split_dir}")
    articles = subsample(articles, limit, key=lambda item: item[0])
    read = [(article, text, [unswapped(a) for a in attributions]) for article, text, attributions in articles]
    swapped = sum(b is not a for (_, _, before), (_, _, after) in zip(articles, read) for a, b in zip(before, after))
    articles = read
    gold_sources = brat.sources_per_article(split_dir / "attributions")
    voice_counts = voices.VoiceCounts()
    judgements, attributed, spurious_rows = [], 0, []
    started = time.perf_counter()
    n_statements = 0
    for number, (article, text, attributions) in enumerate(articles, start=1):
        frame = analyze(text, article_id=article)
        statements = statements_of(frame)
        voices.count_article(article, voices.voices_of(frame), gold_sources.get(article, []), voice_counts)
        n_statements += len(statements)
        judgements += judge_article(article, text, attributions, statements)
        count, rows = spurious(article, attributions, statements)
        attributed += count
        spurious_rows += rows
        if progress and number % (20 if dev else 200) == 0:
            progress(f"attribution ({split}): {number}/{len(articles)} articles")
    seconds = time.perf_counter() - started
    if errors is not None and dev:
        errors += [{"task": "attribution", **asdict(j)} for j in judgements if j.outcome != "right"]
        errors += [{"task": "attribution", **row} for row in spurious_rows]
        errors += [row for row in voice_counts.rows if not row["real"] or row["split"]]
    n = {
        "articles": len(articles),
        "statements": n_statements,
        "attributions": sum(len(a) for _, _, a in articles),
        "judged": len(judgements),
        "named": sum(j.source_kind == "named" for j in judgements),
        "pronoun": sum(j.source_kind == "pronoun" for j in judgements),
        "main": sum(j.content_share >= MAIN_SHARE for j in judgements),
        "speech": sum(is_speech_cue(j.gold_cue) for j in judgements),
        "attributed_statements": attributed,
        "swapped_source_cue": swapped,
        "voices": voice_counts.voices,
        "voices_gold_names": voice_counts.gold_names,
    }
    return report.entry(
        label,
        source=str(SPLIT_DIR if dev else TRAIN_DIR),
        n=n,
        metrics={**voice_counts.metrics(), **summarise(judgements, attributed, len(spurious_rows))},
        goals=GOALS if dev else None,
        references=REFERENCES if dev else None,
        definitions=DEFINITIONS,
        notes=NOTES,
        seconds=seconds,
    )
