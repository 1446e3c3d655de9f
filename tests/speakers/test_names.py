"""Noun phrases that name a speaker: cleaned names, roles, kinds, and what pronouns stand for."""

from __future__ import annotations

import pytest

from viewpoints.speakers.mentions import mention_from
from viewpoints.speakers.names import (
    clean,
    is_shouting,
    is_speaker_head,
    kind_of,
    looks_plural,
)
from viewpoints.speakers.registry import Mention, Registry
from viewpoints.text.tokens import tokenize


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
    assert found == Mention("Jane Doe", "person", "Foreign Minister", gender="f")


def test_short_name_prefers_the_most_recent_match():
    registry = registry_with((Mention("Jane Doe", "person"), True), (Mention("John Doe", "person"), True))
    assert registry.canonical("Doe") == "John Doe"


def test_short_name_is_a_surname_before_it_is_a_given_name():
    # "Canova" after "Tim Canova" and then "a Canova T-Shirt" is Tim Canova; "Trump" after "Donald Trump"
    # and "Trump Turnberry" is Donald Trump; a word only a given name fits still finds its full name
    registry = registry_with((Mention("Tim Canova", "person"), True), (Mention("Canova T-Shirt", "person"), False))
    assert registry.canonical("Canova") == "Tim Canova"
    registry = registry_with((Mention("Donald Trump", "person"), True), (Mention("Trump Turnberry", "person"), False))
    assert registry.canonical("Trump") == "Donald Trump"
    assert registry_with((Mention("Hillary Clinton", "person"), True)).canonical("Hillary") == "Hillary Clinton"


def test_a_sentence_naming_a_thing_after_the_person_keeps_the_person(rows):
    found = rows("Tim Canova is running. A delegate wore a Canova T-Shirt to the hall. \"We have won,\" Canova said.")
    assert found[-1]["speaker"] == "Tim Canova"


def test_a_state_after_an_office_is_no_person_a_pronoun_could_stand_for(rows):
    found = rows("Jane Roe is the first female governor of South Carolina. \u201cI am proud,\u201d she said.")
    assert found[-1]["speaker"] == "Jane Roe"


def test_role_learned_first_is_kept():
    registry = registry_with((Mention("Jane Doe", "person", "lawyer"), True))
    learned = registry.learn(Mention("Jane Doe", "person", ""), spoke=True)
    assert learned.role == "lawyer"


@pytest.mark.parametrize(
    "pronoun, expected",
    [("she", "Maria Lopez"), ("he", "Tom Baker"), ("they", "officials"), ("their", "officials"), ("it", "Pentagon")],
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
    # else the last person who spoke, but not one whose own role says she is something else
    assert mention_from(phrase("the spokesman"), "", registry).name == "spokesman"
    registry.learn(Mention("Tom Baker", "person", ""), spoke=True)
    assert mention_from(phrase("the spokesman"), "", registry).name == "Tom Baker"


@pytest.mark.parametrize(
    ("role", "title", "expected"),
    [
        ("Indiana Gov.", "the governor", "Mike Pence"),  # abbreviations read in full
        ("Sen.", "the senator", "Mike Pence"),
        ("Vice President", "the president", "president"),  # another office
        ("Vice President", "the vice president", "Mike Pence"),
        ("former Secretary of State", "the secretary", "secretary"),
    ],
)
def test_title_matches_a_role_read_in_full(role, title, expected):
    registry = registry_with((Mention("Mike Pence", "person", role), True))
    assert mention_from(phrase(title), "", registry).name == expected


def test_bare_title_with_nobody_to_stand_for_is_the_title():
    assert mention_from(phrase("a spokesman"), "", Registry()) == Mention("spokesman", "person", "")


# --- issue 3, item 2: descriptions, common nouns and case ------------------------------------------


@pytest.mark.parametrize(
    "text, role, name",
    [
        ("Mayor Bill de Blasio", "Mayor", "Bill de Blasio"),  # a lower-case particle inside the name
        ("NBC's Lester Holt", "NBC's", "Lester Holt"),  # an owner before a name is an affiliation
        ("Former Pennsylvania Gov. Ed Rendell", "Former Pennsylvania Gov.", "Ed Rendell"),  # a title mid-phrase
    ],
)
def test_clean_keeps_particles_and_affiliations(text, role, name):
    role_tokens, name_tokens = clean(phrase(text))
    assert (" ".join(t.text for t in role_tokens), " ".join(t.text for t in name_tokens)) == (role, name)


@pytest.mark.parametrize(
    "word, plural_ok, expected",
    [
        ("senator", False, True),  # an office
        ("source", False, True),  # a person by what they are
        ("announcer", False, True),  # an agent noun, by its ending
        ("lobbyist", False, True),
        ("businessman", False, True),
        ("report", False, True),  # a text that speaks for its makers
        ("polls", False, True),
        ("attorneys", False, True),  # the plural of a listed noun
        ("engineers", True, True),  # any plural, where a plural may head a subject
        ("bridges", True, True),
        ("bridges", False, False),
        ("bridge", True, False),
        ("sign", True, False),
        ("other", False, False),  # too short for an agent noun
        ("the", True, False),
    ],
)
def test_is_speaker_head(word, plural_ok, expected):
    assert is_speaker_head(phrase(word)[0], plural_ok=plural_ok) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("engineers", True), ("attorneys", True), ("african-americans", True), ("boss", False), ("status", False), ("analysis", False),
     ("news", False), ("politics", False), ("series", False)],
)
def test_looks_plural(word, expected):
    assert looks_plural(word) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("QUESTIONABLE MEDICAL", True),
        ("CONSTITUTIONALLY", True),
        ("NATO", False),
        ("UNICEF", False),
        ("Tom Baker", False),
        ("NBC News", False),
    ],
)
def test_is_shouting(text, expected):
    assert is_shouting(phrase(text)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a source", Mention("source", "person", "")),
        ("another source", Mention("source", "person", "")),
        ("one voter", Mention("voter", "person", "")),
        ("the announcer", Mention("announcer", "person", "")),
        ("Investors", Mention("investors", "group", "")),
        ("engineers", Mention("engineers", "group", "")),
        ("Attorneys", Mention("attorneys", "group", "")),
        ("Police", Mention("police", "organization", "")),
        ("police", Mention("police", "organization", "")),
        ("The Pentagon", Mention("Pentagon", "organization", "")),
        ("Congress", Mention("Congress", "organization", "")),
        ("a new poll", Mention("poll", "organization", "")),
        ("the report", Mention("report", "organization", "")),
        ("John Roe and Jane Doe", Mention("John Roe and Jane Doe", "group", "")),
        ("No one", None),
        ("one", None),
        ("the sign", None),
    ],
)
def test_mention_from_common_nouns(text, expected):
    assert mention_from(phrase(text), "", Registry()) == expected


def test_indefinite_title_is_someone_new_but_definite_resolves():
    registry = registry_with((Mention("Ann Beck", "person", "spokesman"), True))
    assert mention_from(phrase("a spokesman"), "", registry).name == "spokesman"
    assert mention_from(phrase("the spokesman"), "", registry).name == "Ann Beck"
    assert mention_from(phrase("his lawyer"), "", registry).name == "lawyer"  # someone else's lawyer


def test_description_with_a_proper_modifier_resolves_to_the_holder():
    registry = registry_with((Mention("Ann Beck", "person", "Senator"), True))
    assert mention_from(phrase("the Vermont senator"), "", registry).name == "Ann Beck"


def test_one_word_known_as_a_surname_is_the_person_not_a_plural():
    registry = registry_with((Mention("Bernie Sanders", "person"), True))
    assert mention_from(phrase("Sanders"), "", registry) == Mention("Bernie Sanders", "person", "")


@pytest.mark.parametrize(
    "text, kind",
    [
        ("DNC Chairwoman Donna Brazile", "person"),  # a titled name is a person, whatever the title holds
        ("campaign spokesman Jason Miller", "person"),
        ("the leader of a local group", "person"),  # the head stands before "of"
        ("Bank of America", "organization"),
        ("Tax Policy Center", "organization"),
    ],
)
def test_kind_of_reads_the_head(text, kind):
    assert kind_of(phrase(text)) == kind
