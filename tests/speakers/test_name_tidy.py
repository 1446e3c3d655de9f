"""name_tidy.tidy: what the rules let run into a proposed name is cut off; names and descriptions stay whole."""

import pytest

from viewpoints.speakers.name_tidy import tidy


@pytest.mark.parametrize(
    ("name", "tidied"),
    [
        ("the Russian government that", "the Russian government"),
        ("48 chambers which", "48 chambers"),
        ("that", "that"),
        ("Jane Doe", "Jane Doe"),
        ("Jane Doe wants", "Jane Doe"),  # a clause ran into the name
        # a verb the lexicon first tags as a base form or participle, with an object after it (2026-12-07)
        ("State Department withheld a key email", "State Department"),
        ("Sotloff's mother Shirley made a video", "Sotloff's mother Shirley"),
        ("Those estimates corroborate a previous report", "Those estimates"),
        # a word first read as a noun, between a plural subject and its object (2026-12-08)
        ("female colleagues share their grievances", "female colleagues"),
        ("voters support the plan", "voters"),
        ("members of their party", "members of their party"),
        ("the company share the", "the company share"),  # after a singular noun it stays a noun
        ("people working the phones", "people working the phones"),  # an "-ing" form describes
        ("officials elected in May", "officials elected in May"),  # no object after it
        ("the nominee currently sits", "the nominee"),
        ("leads many cyber experts", "many cyber experts"),  # the verb came first: its object was meant
        ("mean that Sanders supporters", "Sanders supporters"),
        ("Get those", "those"),
        ("led the team", "the team"),  # a verb in the past before its object: "later led the team that wrote ..."
        ("elected officials", "elected officials"),  # a participle describing the noun stays
        ("Jane Doe Sunday", "Jane Doe"),
        ("Obama the", "Obama"),
        ("officials who spoke on condition of anonymity", "officials who spoke on condition of anonymity"),
        ("people familiar with the talks", "people familiar with the talks"),
        # a noun phrase run into the clause that modifies it: the clause's subject is who speaks
        ("sharp price swings that many traders", "many traders"),
        ("charging more whenever the data", "the data"),
        ("the meeting after the vote", "the meeting after the vote"),  # a preposition, no clause
        ("officials such as Jane Doe", "officials such as Jane Doe"),
        # a common noun run into the name after it: the end of a noun phrase ("the city Acme wants to build")
        ("city Acme", "Acme"),
        ("spokesman Joan Brill", "spokesman Joan Brill"),  # a role: for name_roles
        ("the company Acme", "the company Acme"),
        ("state Department", "state Department"),  # a capitalised common word is no name alone
    ],
)
def test_tidy_cuts_a_clause_and_a_relative_pronoun_off_a_name(name, tidied):
    assert tidy(name) == tidied


@pytest.mark.parametrize(
    ("name", "tidied"),
    [("parents of children with special needs", "parents of children with special needs"), ("the Who", "the Who"), ("Stop the War Coalition", "Stop the War Coalition")],
)
def test_tidy_leaves_names_and_descriptions_whole(name, tidied):
    assert tidy(name) == tidied


@pytest.mark.parametrize(
    ("name", "tidied"),
    [
        ("57PMJeb Bush Hits Marco Rubio", "Marco Rubio"),  # a liveblog's time glued to its headline
        ("Says His Plan Will Not Allow People To Die Donald Trump", "Donald Trump"),
        ("We Are Here For Jane Doe", "Jane Doe"),
        ("Hillary Clinton Under Pressure To Repudiate General", "Hillary Clinton"),  # it opens with the person
        ("Jane Doe Says She Will Run", "Jane Doe"),
        # negatives: names with no verb, modal or pronoun in them, or three words or fewer
        ("The Bill and Melinda Gates Foundation", "The Bill and Melinda Gates Foundation"),
        ("Secretary of State John Kerry", "Secretary of State John Kerry"),
        ("Republican presidential hopefuls Jeb Bush and Chris Christie", "Republican presidential hopefuls Jeb Bush and Chris Christie"),
        ("Save the Children", "Save the Children"),
        ("Black Lives Matter", "Black Lives Matter"),
        ("Bill and Melinda Gates Foundation Says", "Bill and Melinda Gates Foundation Says"),  # a verb right after a joint name: no person to keep
        ("George Washington University Hospital", "George Washington University Hospital"),
        ("John F. Kennedy Center For The Performing Arts", "John F. Kennedy Center For The Performing Arts"),  # an institution
    ],
)
def test_a_headline_read_as_a_name_keeps_only_the_person_at_its_end(name, tidied):
    assert tidy(name) == tidied


@pytest.mark.parametrize(
    ("name", "tidied"),
    [
        ("website called PolitiFact", "PolitiFact"),
        ("German news organization called “The Local”", "The Local"),
        ("group named the Center for Justice", "Center for Justice"),
        ("group called", "group called"),
    ],
)
def test_a_thing_given_a_name_is_its_name(name, tidied):
    """ "A website called PolitiFact rated the claim" gave the voice "website called PolitiFact"."""
    assert tidy(name) == tidied
