"""Aspects of the issue a statement touches, from the cue lists in data/lexicon/aspects.json."""

from __future__ import annotations

import pytest

from viewpoints.stance import aspects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain could send troops to the border.", {"troops", "European role"}),
        ("The U.S. air force would patrol the skies.", {"US commitment", "air power"}),
        ("More weapons and real-time intelligence are needed.", {"weapons supply", "intelligence sharing"}),
        ("Any escalation would test the alliance.", {"escalation risk", "NATO"}),
        ("The weather was mild.", set()),
    ],
)
def test_aspects_found(text, expected):
    assert set(aspects.find(text)) == expected


def test_words_behind_each_aspect_are_kept_as_written():
    found = aspects.find("Deterrence matters; deterrence is cheap.")
    assert found["deterrence"] == ["Deterrence", "deterrence"]


def test_a_word_inside_another_word_does_not_count():
    assert "troops" not in aspects.find("The troopship sailed.")  # "troop" must be a whole word
    assert "US commitment" not in aspects.find("Let us begin.")  # the pronoun is not the country


def test_label_is_the_column_format():
    assert aspects.label("Troops and talks.") == "troops; diplomacy"
    assert aspects.label("Nothing here.") == ""


def test_cues_match_case_insensitively_as_regexes_do_even_through_letters_outside_ascii():
    # A case-insensitive regex takes "ſ" (long s) for "s" and "K" (Kelvin sign) for "k": the quick
    # check on the lowered text must not skip such a statement.
    assert aspects.find("The ſoldiers waited.") == {"troops": ["ſoldiers"]}
    assert aspects.find("TROOPS and Troops") == {"troops": ["TROOPS", "Troops"]}


def test_the_one_pattern_for_all_aspects_matches_where_some_aspect_does():
    """find() asks one pattern first whether any aspect is there at all: it must agree with the
    aspects' own patterns, on each cue alone, inside a longer word, and next to punctuation."""
    phrases = sorted({p for a in aspects._aspects().values() for p in a.phrases})
    texts = [f"They spoke of {p} today." for p in phrases]
    texts += [f"They spoke of {p}s and x{p}." for p in phrases]  # plural or glued: per the aspects' patterns
    texts += [f"({p.upper()})" for p in phrases] + ["The weather was mild.", ""]
    for text in texts:
        some = any(a.pattern.search(text) for a in aspects._aspects().values())
        assert bool(aspects._any_aspect().search(text)) == some, text
