import pytest

from viewpoints import schema
from viewpoints.evaluation import attribution, brat
from viewpoints.evaluation.attribution import Statement


def _attr(id_, source, start, content, kind="Attribution"):
    span = brat.Span(f"S{id_}", "Source", ((start, start + len(source)),), source) if source else None
    return brat.Attribution(id_, kind, span, None, content)


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        # pronoun after one name: that name
        ([("Ann Lee", 0), ("he", 50)], {"E2": "Ann Lee"}),
        # the nearest preceding name, not the first one
        ([("Ann Lee", 0), ("Bob Stone", 30), ("she", 50)], {"E3": "Bob Stone"}),
        # positions, not event order, decide what precedes
        ([("she", 50), ("Bob Stone", 30), ("Ann Lee", 70)], {"E1": "Bob Stone"}),
        # a pronoun never resolves to another pronoun; none before it: None
        ([("they", 5), ("Ann Lee", 20), ("he", 40)], {"E1": None, "E3": "Ann Lee"}),
    ],
)
def test_pronoun_sources_resolve_to_the_nearest_preceding_named_source(sources, expected):
    attributions = [_attr(f"E{i}", text, start, ((start, start + 1),)) for i, (text, start) in enumerate(sources, 1)]
    assert attribution.antecedents(attributions) == expected


TEXT = "Ann Lee said it rains. He added it is cold. The sky is grey."
STATEMENTS = [
    Statement(0, 22, "Ann Lee said it rains.", "Ann Lee", "reported", "said"),
    Statement(23, 43, "He added it is cold.", schema.AUTHOR, "narration", ""),
    Statement(44, 60, "The sky is grey.", "Bob Stone", "continuation", ""),
]


def _judge(source, source_start, content, statements=STATEMENTS):
    gold = [_attr("E1", "Ann Lee", 0, ((13, 21),)), _attr("E2", source, source_start, content)]
    return attribution.judge_article("doc", TEXT, gold, statements)[1]


@pytest.mark.parametrize(
    ("source", "source_start", "content", "outcome", "lenient", "exact"),
    [
        ("Ann Lee", 0, ((8, 21),), "right", True, True),
        ("Lee", 4, ((8, 21),), "inexact", True, False),
        ("He", 23, ((32, 42),), "author", False, False),  # engine left the pronoun's statement to the author
        ("Ann", 0, ((44, 59),), "wrong_speaker", False, False),
        # content spread over two statements: the one holding more of it is judged
        ("Ann Lee", 0, ((17, 22), (23, 43)), "author", False, False),
        ("Ann Lee", 0, ((19, 22), (23, 25)), "right", True, True),
    ],
)
def test_judge_article(source, source_start, content, outcome, lenient, exact):
    judgement = _judge(source, source_start, content)
    assert (judgement.outcome, judgement.lenient, judgement.exact) == (outcome, lenient, exact)


def test_pronoun_is_judged_against_its_antecedent():
    statements = [STATEMENTS[0], Statement(23, 43, "He added it is cold.", "Ann Lee", "continuation", "")]
    judgement = _judge("He", 23, ((32, 42),), statements)
    assert judgement.source_kind == "pronoun" and judgement.judged_against == "Ann Lee"
    assert judgement.outcome == "right"


def test_no_overlapping_statement_is_reported_as_such():
    judgement = _judge("Ann Lee", 0, ((100, 110),))
    assert judgement.outcome == "no_statement" and judgement.predicted_speaker is None


def test_precision_counts_attributed_statements_outside_every_gold_content():
    gold = [_attr("E1", "Ann Lee", 0, ((13, 21),)), _attr("E2", None, 0, ((50, 55),), kind=brat.NO_SOURCE)]
    attributed, rows = attribution.spurious("doc", gold, STATEMENTS)
    assert attributed == 2 and rows == []  # "The sky is grey." overlaps a no-source content: not spurious
    attributed, rows = attribution.spurious("doc", gold[:1], STATEMENTS)
    assert attributed == 2 and [row["sentence"] for row in rows] == ["The sky is grey."]


def test_summarise_splits_named_and_pronoun():
    judgements = [_judge("Ann Lee", 0, ((8, 21),)), _judge("Lee", 4, ((8, 21),)), _judge("He", 23, ((32, 42),))]
    metrics = attribution.summarise(judgements, attributed=4, spurious_count=1)
    assert metrics["speaker_lenient_named"] == 1.0
    assert metrics["speaker_exact_named"] == 0.5
    assert metrics["speaker_lenient_pronoun"] == 0.0
    assert metrics["speaker_lenient"] == pytest.approx(2 / 3)
    assert metrics["precision"] == 0.75
    assert metrics["left_as_author"] == 1


@pytest.mark.parametrize(
    ("cue", "speech"),
    [
        ("said", True),
        ("According to", True),
        ("told reporters", True),
        ("has called for", False),
        ("wants", False),
        (":", False),
    ],
)
def test_speech_cues(cue, speech):
    assert attribution.is_speech_cue(cue) is speech


def test_content_share_tells_embedded_attributions_apart():
    whole = _judge("Ann Lee", 0, ((13, 21),))
    assert whole.content_share == pytest.approx(8 / 22, abs=1e-3)
    assert _judge("Ann Lee", 0, ((0, 22),)).content_share == 1.0


def test_main_and_speech_subsets():
    statements = [Statement(0, 22, "Ann Lee said it rains.", "Ann Lee", "reported", "said")]
    gold = [
        brat.Attribution(
            "E1",
            "Attribution",
            brat.Span("T1", "Source", ((0, 7),), "Ann Lee"),
            brat.Span("T2", "Cue", ((8, 12),), "said"),
            ((13, 21),),
        ),
        brat.Attribution(
            "E2",
            "Attribution",
            brat.Span("T3", "Source", ((0, 3),), "Bob"),
            brat.Span("T4", "Cue", ((8, 12),), "wants"),
            ((0, 21),),
        ),
    ]
    judgements = attribution.judge_article("doc", TEXT, gold, statements)
    metrics = attribution.summarise(judgements, attributed=1, spurious_count=0)
    assert metrics["speaker_lenient_speech"] == 1.0  # only E1 has a reporting cue, and it is right
    assert metrics["speaker_lenient_main"] == 0.0  # only E2's content fills most of the sentence: wrong


def test_a_description_is_judged_against_itself_or_the_nearest_named_source():
    text = "Ann Lee said it rains. The senator added it is cold. The mayor said no."
    gold = [
        _attr("E1", "Ann Lee", 0, ((13, 21),)),
        _attr("E2", "The senator", 23, ((40, 51),)),
        _attr("E3", "The mayor", 53, ((67, 69),)),
    ]
    statements = [
        Statement(0, 22, "Ann Lee said it rains.", "Ann Lee", "reported", "said"),
        Statement(23, 52, "The senator added it is cold.", "Ann Lee", "reported", "added"),  # resolved to her name
        Statement(53, 72, "The mayor said no.", "the mayor", "reported", "said"),  # kept as written
    ]
    _, senator, mayor = attribution.judge_article("doc", text, gold, statements)
    assert (senator.lenient, senator.exact, senator.judged_against, senator.lenient_literal) == (True, True, "Ann Lee", False)
    assert (mayor.lenient, mayor.exact, mayor.lenient_literal) == (True, True, True)


def test_a_wrong_name_for_a_description_stays_wrong():
    text = "Ann Lee said it rains. The senator added it is cold."
    gold = [_attr("E1", "Ann Lee", 0, ((13, 21),)), _attr("E2", "The senator", 23, ((40, 51),))]
    statements = [
        Statement(0, 22, "Ann Lee said it rains.", "Ann Lee", "reported", "said"),
        Statement(23, 52, "The senator added it is cold.", "Bob Stone", "reported", "added"),
    ]
    assert attribution.judge_article("doc", text, gold, statements)[1].outcome == "wrong_speaker"


def test_pronouns_skip_descriptions_for_their_antecedent():
    sources = [("Ann Lee", 0), ("the senator", 20), ("she", 40)]
    attributions = [_attr(f"E{i}", t, s, ((s, s + 1),)) for i, (t, s) in enumerate(sources, 1)]
    assert attribution.antecedents(attributions) == {"E2": "Ann Lee", "E3": "Ann Lee"}
    assert attribution.antecedents(attributions, skip_descriptions=False) == {"E3": "the senator"}


@pytest.mark.parametrize(
    ("text", "predicted", "expected"),
    [
        # the writer's own "I", given to the author's narration: the same person
        ("Ann Lee said it rains. I believe it will stop.", (schema.AUTHOR, "narration"), True),
        # inside quotation marks "I" is whoever is quoted, never the writer
        ('Ann Lee said it rains. "I believe it will stop."', (schema.AUTHOR, "narration"), False),
        # the engine named someone else: wrong as before
        ("Ann Lee said it rains. I believe it will stop.", ("Bob Stone", "reported"), False),
    ],
)
def test_first_person_outside_quotes_is_the_writer(text, predicted, expected):
    at = text.index("I believe") if "I believe" in text else text.index('"I') + 1
    gold = [_attr("E1", "Ann Lee", 0, ((13, 21),)), _attr("E2", "I", at, ((at + 2, len(text) - 1),))]
    statements = [
        Statement(0, 22, text[:22], "Ann Lee", "reported", "said"),
        Statement(23, len(text), text[23:], predicted[0], predicted[1], ""),
    ]
    judgement = attribution.judge_article("doc", text, gold, statements)[1]
    assert judgement.lenient is expected
