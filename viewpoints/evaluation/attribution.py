"""Judge the engine's speakers against gold attributions (PolNeAR-style brat annotations).

How a gold attribution is judged
--------------------------------
Every gold attribution that has a source and a content span is judged once: the engine statement
that overlaps most characters of the gold *content* span (all its fragments; ties go to the earlier
statement) must carry that source as its speaker.

- named sources (anything that is not only pronouns: "Donald Trump", "a source", "The Post") are
  compared with the predicted speaker directly;
- pronoun sources ("he", "She", "they", "I", "who") count right when the predicted speaker matches
  the nearest preceding named gold source in the same article (by source position). A pronoun with
  no named source before it cannot be judged right; it is counted under `pronoun_no_antecedent`.
- a first-person source outside quotation marks ("I truly believed ..." in an op-ed) is the writer:
  right when the engine gives the statement to the author's narration (the engine's name for the
  one writing); `first_person_author` counts these.
- definite descriptions ("the mayor", "The Republican nominee") are anaphors too: right when the
  predicted speaker matches the description itself or, as for pronouns, the nearest preceding named
  gold source. "Named" here means neither a pronoun nor a description. `speaker_lenient_literal`
  keeps the plain reading (descriptions compared as written, pronouns against the nearest preceding
  non-pronoun source) so the two can be told apart.

Both use the lenient and exact matchers of `speakers`. Attribution precision: of the engine's
statements whose speaker is not the author, the share that overlaps some gold content span (of any
attribution, with or without a source) by at least one character.

Two subsets separate what the engine should get from what PolNeAR counts besides: `main` (the gold
content is at least half of the judged statement, so the sentence mainly voices that source) and
`speech` (the gold cue is a plain reporting word: said, told, according to ...).
"""

from __future__ import annotations

from dataclasses import dataclass

from viewpoints import schema
from viewpoints.evaluation import align, brat, speakers
from viewpoints.text.tokens import quote_spans

MAIN_SHARE = 0.5  # content share of a statement above which the statement mainly voices the source
# Gold cues holding one of these words are plain reporting ("said", "according to", "told reporters"),
# as opposed to PolNeAR's wider attributions (actions, beliefs, evidence: "called for", "wants", "shows").
SPEECH_CUE_WORDS = frozenset(
    "said say says saying told tell tells added adds adding according asked asks wrote writes tweeted "
    "tweets stated explained noted argued claimed insisted announced replied responded warned declared".split()
)


@dataclass(frozen=True)
class Statement:
    start: int
    end: int
    text: str
    speaker: str
    attribution: str
    cue: str


@dataclass(frozen=True)
class Judgement:
    article: str
    gold_id: str
    gold_source: str
    source_kind: str  # "named" or "pronoun"
    judged_against: str | None  # the gold name the prediction was compared with
    gold_cue: str
    content: str
    sentence: str  # the statement judged (the content for "no_statement")
    predicted_speaker: str | None
    predicted_attribution: str | None
    predicted_cue: str | None
    source_in_statement: bool  # the gold source span lies inside the judged statement
    content_statements: int  # how many statements the content overlaps
    content_share: float  # share of the judged statement's characters inside the gold content
    lenient: bool
    exact: bool
    lenient_literal: bool  # lenient, read plainly: descriptions as written (see the module docstring)
    outcome: str  # right | inexact | wrong_speaker | author | no_statement | no_antecedent


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def statements_of(frame) -> list[Statement]:
    """The engine's statements as plain records, in text order."""
    columns = [schema.START, schema.END, schema.TEXT, schema.SPEAKER, schema.ATTRIBUTION, schema.CUE]
    rows = frame[columns].itertuples(index=False, name=None)
    records = [
        Statement(int(s), int(e), _text(t), _text(sp) or schema.AUTHOR, _text(a), _text(c))
        for s, e, t, sp, a, c in rows
    ]
    return sorted(records, key=lambda statement: (statement.start, statement.end))


def is_speech_cue(cue: str) -> bool:
    """The gold cue holds a plain reporting word (see SPEECH_CUE_WORDS)."""
    return bool(SPEECH_CUE_WORDS & set(speakers.tokens(cue)))


def best_statement(fragments: brat.Fragments, statements: list[Statement]) -> tuple[Statement | None, int]:
    """The statement overlapping most of the fragments (earliest on ties), and how many overlap at all."""
    index, touched = align.best_match(fragments, [(s.start, s.end) for s in statements])
    return (None if index is None else statements[index]), touched


def antecedents(attributions: list[brat.Attribution], *, skip_descriptions: bool = True) -> dict[str, str | None]:
    """For each pronoun- or description-sourced attribution id, the nearest preceding named gold
    source text (a description is never an antecedent unless `skip_descriptions` is False, the plain
    reading, where only pronouns are resolved)."""

    def anaphor(text: str) -> bool:
        return speakers.is_pronoun(text) or (skip_descriptions and speakers.is_description(text))

    named = sorted((a.source.start, a.source.text) for a in attributions if a.has_source and not anaphor(a.source.text))
    result = {}
    for attribution in attributions:
        if attribution.has_source and anaphor(attribution.source.text):
            before = [text for start, text in named if start < attribution.source.start]
            result[attribution.id] = before[-1] if before else None
    return result


def _outcome(statement: Statement | None, against: str | None, lenient: bool, exact: bool) -> str:
    if statement is None:
        return "no_statement"
    if against is None:
        return "no_antecedent"
    if exact:
        return "right"
    if lenient:
        return "inexact"
    return "author" if statement.speaker == schema.AUTHOR else "wrong_speaker"


def _authors_first_person(text: str, source: brat.Span, statement: Statement | None) -> bool:
    """Is a first-person gold source ("I", "we") the writer's own, outside quotation marks, and did the
    engine give the statement to the author? Then both name the same person: the one writing."""
    if statement is None or statement.speaker != schema.AUTHOR or statement.attribution != "narration":
        return False
    if not set(speakers.tokens(source.text)) <= speakers.FIRST_PERSON:
        return False
    start = source.start
    blank = text.rfind("\n\n", 0, start)
    paragraph_start = blank + 2 if blank >= 0 else 0
    paragraph_end = text.find("\n\n", start)
    paragraph = text[paragraph_start : paragraph_end if paragraph_end >= 0 else len(text)]
    at = start - paragraph_start
    return not any(qs <= at < qe for qs, qe in quote_spans(paragraph))


def _share(content: brat.Fragments, statement: Statement | None) -> float:
    """Share of the statement's characters that lie inside the gold content (0 without a statement)."""
    if statement is None:
        return 0.0
    return round(align.overlap(content, statement.start, statement.end) / max(1, statement.end - statement.start), 3)


def judge_article(
    article: str, text: str, attributions: list[brat.Attribution], statements: list[Statement]
) -> list[Judgement]:
    """One Judgement per gold attribution with a source and content (see the module docstring)."""
    resolved = antecedents(attributions)
    plain = antecedents(attributions, skip_descriptions=False)
    judgements = []
    for gold in attributions:
        if not gold.has_source or not gold.content:
            continue
        pronoun = speakers.is_pronoun(gold.source.text)
        description = speakers.is_description(gold.source.text)
        against = resolved[gold.id] if pronoun else gold.source.text
        statement, touched = best_statement(gold.content, statements)
        predicted = statement.speaker if statement else None
        lenient = against is not None and speakers.lenient_match(predicted, against)
        exact = against is not None and speakers.exact_match(predicted, against)
        if description and not lenient and resolved[gold.id] is not None:  # "the mayor" resolved to her name
            lenient = speakers.lenient_match(predicted, resolved[gold.id])
            exact = exact or speakers.exact_match(predicted, resolved[gold.id])
            against = resolved[gold.id] if lenient else against
        first_person = pronoun and _authors_first_person(text, gold.source, statement)
        if first_person:  # "I truly believed ..." in an op-ed: the writer, whom the engine calls the author
            lenient = exact = True
            against = schema.AUTHOR
        literal_against = plain[gold.id] if pronoun else gold.source.text
        literal = first_person or (literal_against is not None and speakers.lenient_match(predicted, literal_against))
        outcome = _outcome(statement, against, lenient, exact)
        content = " … ".join(text[s:e] for s, e in gold.content)
        in_statement = statement is not None and all(
            statement.start <= s and e <= statement.end for s, e in gold.source.fragments
        )
        judgements.append(
            Judgement(
                article=article,
                gold_id=gold.id,
                gold_source=gold.source.text,
                source_kind="pronoun" if pronoun else "named",
                judged_against=against,
                gold_cue=gold.cue.text if gold.cue else "",
                content=content,
                sentence=statement.text if statement else content,
                predicted_speaker=predicted,
                predicted_attribution=statement.attribution if statement else None,
                predicted_cue=statement.cue if statement else None,
                source_in_statement=in_statement,
                content_statements=touched,
                content_share=_share(gold.content, statement),
                lenient=lenient,
                exact=exact,
                lenient_literal=literal,
                outcome=outcome,
            )
        )
    return judgements


def spurious(article: str, attributions: list[brat.Attribution], statements: list[Statement]) -> tuple[int, list[dict]]:
    """(number of attributed statements, the ones overlapping no gold content) for precision."""
    fragments = tuple(f for gold in attributions for f in gold.content)
    attributed = [s for s in statements if s.speaker != schema.AUTHOR]
    misses = [s for s in attributed if align.overlap(fragments, s.start, s.end) == 0]
    rows = [
        {
            "article": article,
            "outcome": "spurious",
            "sentence": s.text,
            "predicted_speaker": s.speaker,
            "predicted_attribution": s.attribution,
            "predicted_cue": s.cue,
        }
        for s in misses
    ]
    return len(attributed), rows


def _rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


def summarise(judgements: list[Judgement], attributed: int, spurious_count: int) -> dict[str, float | int | None]:
    """The metrics dict of the evaluation entry (rates in [0, 1], counts as ints)."""
    named = [j for j in judgements if j.source_kind == "named"]
    pronoun = [j for j in judgements if j.source_kind == "pronoun"]
    main = [j for j in judgements if j.content_share >= MAIN_SHARE]
    speech = [j for j in judgements if is_speech_cue(j.gold_cue)]
    return {
        "speaker_lenient_named": _rate(sum(j.lenient for j in named), len(named)),
        "speaker_exact_named": _rate(sum(j.exact for j in named), len(named)),
        "speaker_lenient_pronoun": _rate(sum(j.lenient for j in pronoun), len(pronoun)),
        "speaker_exact_pronoun": _rate(sum(j.exact for j in pronoun), len(pronoun)),
        "speaker_lenient": _rate(sum(j.lenient for j in judgements), len(judgements)),
        "speaker_exact": _rate(sum(j.exact for j in judgements), len(judgements)),
        "speaker_lenient_literal": _rate(sum(j.lenient_literal for j in judgements), len(judgements)),
        "speaker_lenient_main": _rate(sum(j.lenient for j in main), len(main)),
        "speaker_lenient_speech": _rate(sum(j.lenient for j in speech), len(speech)),
        "precision": _rate(attributed - spurious_count, attributed),
        "left_as_author": sum(j.outcome == "author" for j in judgements),
        "first_person_author": sum(j.judged_against == schema.AUTHOR for j in judgements),
        "no_statement": sum(j.outcome == "no_statement" for j in judgements),
        "pronoun_no_antecedent": sum(j.outcome == "no_antecedent" for j in judgements),
    }
