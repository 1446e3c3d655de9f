"""The voice measures (viewpoints.evaluation.voices): real, split and recall, on written examples."""

import pandas as pd
import pytest

from viewpoints import schema
from viewpoints.evaluation import voices


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Sen. Mike Pence's", ("mike", "pence")),
        ("The U.S. Chamber of Commerce", ("chamber", "of", "commerce")),
        ("former President Bill Clinton", ("bill", "clinton")),
        ("Mr Roe", ("roe",)),
        ("the", ()),
        ("“Ann Lee,”", ("ann", "lee")),
    ],
)
def test_words_lower_case_and_drop_leading_titles(phrase, expected):
    assert voices.words(phrase) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Jane Roe, a lawyer for the city", ("jane", "roe")),
        ("Tom Lee (D-Ohio)", ("tom", "lee")),
        ("Ann Poe who runs the shelter", ("ann", "poe")),
        ("the head of the agency", ("head",)),
    ],
)
def test_name_part_stops_before_a_comma_parenthesis_who_or_of_the(source, expected):
    assert voices.name_part(source) == expected


@pytest.mark.parametrize(
    ("voice", "sources", "real"),
    [
        ("Roe", ["Jane Roe, a lawyer for the city"], True),  # (a) inside a source span
        ("officials", ["senior state officials"], True),  # (a) a group named inside the span
        ("Sheriff Jane Roe", ["Jane Roe, a lawyer"], True),  # (b) ends with the name part
        ("Roe", ["Jane Roe"], True),  # (c) the name part's ending
        ("Roe Tower", ["Jane Roe"], False),  # a building named after her is not her
        ("156,000 jobs", ["the Labor Department"], False),
        ("it", ["Jane Roe"], False),
        ("the", ["the"], False),  # nothing left to compare
        ("Jane Roe", ["she"], False),  # pronoun sources are left to the judge of statements
    ],
)
def test_a_voice_is_real_when_it_names_a_gold_source(voice, sources, real):
    named = [s for s in sources if s != "she"]
    assert voices.is_real(voice, named) is real


def test_split_pairs_find_one_person_listed_twice_but_not_people_apart():
    assert voices.split_pairs(["Mike Pence", "Pence", "Tim Kaine"]) == [("Pence", "Mike Pence")]
    assert voices.split_pairs(["Mike Pence", "Mr. Pence"]) == [("Mr. Pence", "Mike Pence")]
    assert voices.split_pairs(["Mike Pence", "Tim Kaine"]) == []
    assert voices.split_pairs(["Pence", "Pence Foundation"]) == []  # not an ending


def test_count_article_adds_real_split_and_recall():
    counts = voices.VoiceCounts()
    sources = ["Jane Roe", "she", "Tom Lee, the mayor", "Lee", "city officials"]
    voices.count_article("a1", ["Jane Roe", "Roe", "Roe Tower", "Ann Poe"], sources, counts)
    # real: Jane Roe, Roe; not: Roe Tower, Ann Poe. Split: (Roe, Jane Roe). Gold last words: roe, lee,
    # officials; found: roe.
    assert (counts.voices, counts.real, counts.split) == (4, 2, 1)
    assert (counts.gold_names, counts.found_names) == (3, 1)
    assert counts.metrics() == {"voices_real": 0.5, "voices_split": 0.25, "voices_recall": pytest.approx(1 / 3)}
    assert [row["voice"] for row in counts.rows if row["split"]] == ["Roe"]


def test_voices_of_a_frame_skip_the_author_and_keep_first_order():
    frame = pd.DataFrame({schema.SPEAKER: ["author", "Jane Roe", "Tom Lee", "Jane Roe", "author"]})
    assert voices.voices_of(frame) == ["Jane Roe", "Tom Lee"]


def test_no_voices_gives_no_rates():
    assert voices.VoiceCounts().metrics() == {"voices_real": None, "voices_split": None, "voices_recall": None}
