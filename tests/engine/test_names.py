"""Noun phrases that name a speaker: cleaned names, roles, kinds, and what pronouns stand for."""

from __future__ import annotations

import pytest

from viewpoints.names import Mention, Registry, clean, kind_of, mention_from
from viewpoints.tokens import tokenize


def phrase(text: str):
    return [t for t in tokenize(text) if t.is_word]


@pytest.mark.parametrize(
    "text, role, name",
    [
        ("Dr. Maria Lopez", "", "Maria Lopez"),
        ("Dr Maria Lopez", "", "Maria Lopez"),
        ("the Maria Lopez", "", "Maria Lopez"),
        ("Tom Baker KC", "", "Tom Baker"),
        ("Robert Hale Jr", "", "Robert Hale"),  # British style: no period
        ("Robert Hale Jr.", "", "Robert Hale"),  # the period ending a sentence
        ("Ann Beck PhD", "", "Ann Beck"),
        ("Sir Tom Baker MP", "", "Tom Baker"),
        ("Foreign Minister Jane Doe", "Foreign Minister", "Jane Doe"),
        ("UK Prime Minister Jane Doe", "UK Prime Minister", "Jane Doe"),
        ("Senator Ann Beck", "Senator", "Ann Beck"),
    ],
)
def test_clean_splits_role_from_name(text, role, name):
    role_tokens, name_tokens = clean(phrase(text))
    assert (" ".join(t.text for t in role_tokens), " ".join(t.text for t in name_tokens)) == (role, name)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Maria Lopez", "person"),
        ("officials", "group"),
        ("senior officials", "group"),
        ("Ukrainians", "group"),
        ("the Pentagon", "organization"),
        ("Ministry of Health", "organization"),
        ("NATO", "organization"),
        ("the city council", "organization"),
        ("the", "group"),
    ],
)
def test_kind_of(text, kind):
    assert kind_of(phrase(text)) == kind


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Maria Lopez", Mention("Maria Lopez", "person", "")),
        ("Officials", Mention("officials", "group", "")),
        ("Local residents", Mention("local residents", "group", "")),
        ("Russian officials", Mention("Russian officials", "group", "")),
        ("many economists", Mention("economists", "group", "")),
        ("the Pentagon", Mention("Pentagon", "organization", "")),
        ("I", Mention("author", "author", "", "I")),
        ("We", Mention("author", "author", "", "We")),
        ("He", Mention("he", "person", "", "He")),  # nobody to stand for: the pronoun itself
        ("It", Mention("it", "organization", "", "It")),
        ("They", Mention("they", "group", "", "They")),
        ("the bridge", None),  # a thing, not a speaker
        ("the", None),
    ],
)
def test_mention_from_on_an_empty_registry(text, expected):
    assert mention_from(phrase(text), "", Registry()) == expected


def test_appositive_is_the_role():
    assert mention_from(phrase("Maria Lopez"), "structural engineer", Registry()).role == "structural engineer"


def registry_with(*mentions: tuple[Mention, bool]) -> Registry:
    registry = Registry()
    for mention, spoke in mentions:
        registry.learn(mention, spoke=spoke)
    return registry


def test_short_name_becomes_the_full_name_seen_earlier():
    registry = registry_with((Mention("Jane Doe", "person", "Foreign Minister"), False))
    assert registry.canonical("Doe") == "Jane Doe"
    assert registry.canonical("Jane") == "Jane Doe"
    assert registry.canonical("Roe") == "Roe"
    assert registry.canonical("Ann Doe") == "Ann Doe"  # a full name is never rewritten
    found = registry.learn(mention_from(phrase("Doe"), "", registry), spoke=True)
    assert found == Mention("Jane Doe", "person", "Foreign Minister")


def test_short_name_prefers_the_most_recent_match():
    registry = registry_with((Mention("Jane Doe", "person"), True), (Mention("John Doe", "person"), True))
    assert registry.canonical("Doe") == "John Doe"


def test_role_learned_first_is_kept():
    registry = registry_with((Mention("Jane Doe", "person", "lawyer"), True))
    learned = registry.learn(Mention("Jane Doe", "person", ""), spoke=True)
    assert learned.role == "lawyer"


@pytest.mark.parametrize(
    "pronoun, expected",
    [("she", "Tom Baker"), ("he", "Tom Baker"), ("they", "officials"), ("their", "officials"), ("it", "Pentagon")],
)
def test_pronoun_goes_to_the_last_compatible_speaker(pronoun, expected):
    registry = registry_with(
        (Mention("Pentagon", "organization"), True),
        (Mention("Maria Lopez", "person"), True),
        (Mention("officials", "group"), True),
        (Mention("Tom Baker", "person"), True),
    )
    assert registry.resolve_pronoun(pronoun).name == expected


def test_they_prefers_a_group_to_a_person_named_since():
    registry = registry_with((Mention("officials", "group"), True), (Mention("Tom Baker", "person"), True))
    assert registry.resolve_pronoun("they").name == "officials"
    assert registry_with((Mention("Alex Kim", "person"), True)).resolve_pronoun("they").name == "Alex Kim"


def test_speakers_win_over_names_only_mentioned():
    registry = registry_with((Mention("Maria Lopez", "person"), True), (Mention("Tom Baker", "person"), False))
    assert registry.resolve_pronoun("she").name == "Maria Lopez"


def test_pronoun_falls_back_to_a_mentioned_name():
    registry = registry_with((Mention("Tom Baker", "person"), False))
    assert registry.resolve_pronoun("he").name == "Tom Baker"


def test_bare_title_goes_to_the_holder_of_that_role():
    registry = registry_with(
        (Mention("Ann Beck", "person", "Senator"), True),
        (Mention("Maria Lopez", "person", "engineer"), True),
    )
    assert mention_from(phrase("the senator"), "", registry).name == "Ann Beck"
    assert mention_from(phrase("the spokesman"), "", registry).name == "Maria Lopez"  # else the last person who spoke


def test_bare_title_with_nobody_to_stand_for_is_the_title():
    assert mention_from(phrase("a spokesman"), "", Registry()) == Mention("spokesman", "person", "")
