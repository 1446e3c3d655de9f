"""Suggested targets (viewpoints.stance.targets): issue phrases of the title, headings and lead, and actors."""

import viewpoints
from viewpoints.stance.targets import _phrases, issue_phrases, suggest_targets

ARTICLE = (
    "Harbour Tolls Split the Council\n\n"
    "The council debated new harbour tolls on Monday. Mayor Jane Roe said the harbour tolls would pay for "
    "the sea wall.\n\n"
    "Critics of the harbour tolls disagree. Tom Baker, who runs a ferry company, said the tolls would drive "
    "ferries away. Baker said the council had not listened.\n\n"
    "Roe said the sea wall could not wait."
)


def test_noun_phrases_end_in_a_common_noun_and_keep_proper_nouns_as_written():
    found = _phrases("Officials weighed the Clinton email inquiry and new harbour tolls.")
    assert {"Clinton email inquiry", "email inquiry", "new harbour tolls", "harbour tolls"} <= set(found)
    assert "inquiry" not in found  # one word counts only in a title
    assert _phrases("Jane Roe spoke.") == []  # a name alone is an actor, not an issue
    assert "tolls" in _phrases("Anger over harbour tolls", single=True)


def test_issue_phrases_are_ranked_by_title_lead_and_repetition_with_a_reason():
    found = issue_phrases(ARTICLE)
    assert found[0].phrase == "harbour tolls"
    assert "title" in found[0].why and "4 times" in found[0].why
    assert all(s.kind == "issue" for s in found)


def test_suggestions_put_issues_first_then_the_people_the_article_is_about():
    found = suggest_targets(ARTICLE)
    phrases = [s.phrase for s in found]
    assert phrases[0] == "harbour tolls"
    assert {"Jane Roe", "Tom Baker"} <= set(phrases)
    assert 3 <= len(found) <= 8
    people = [s for s in found if s.kind == "person"]
    assert all("statement" in s.why and "named" in s.why for s in people)


def test_the_seed_suggests_its_issue_first_and_its_voices(seed_text):
    found = viewpoints.suggest_targets(seed_text)
    assert found[0].phrase == "security guarantees"
    assert {"Marcin Kaczmarski", "Volodymyr Zelensky"} <= {s.phrase for s in found}


def test_empty_and_tiny_texts_suggest_nothing_rather_than_fail():
    assert suggest_targets("") == []
    assert suggest_targets("Short.") == []


def test_no_fragments_and_no_bylines():
    text = (
        "Senate Passes Sweeping Housing Bill\n\nBy Jane Doe and Tom Roe, Staff Reporters\n\n"
        "The Senate passed a sweeping housing bill on Monday, sending rent support to cities. The housing bill "
        "now goes to the House. Critics of the housing bill said it cost too much.\n\n"
        "Senator Jane Moe said the housing bill would help renters."
    )
    phrases = [s.phrase.lower() for s in suggest_targets(text)]
    assert phrases[0] == "housing bill"
    assert not {"sweeping housing", "staff reporters", "jane doe", "sending rent"} & set(phrases)
