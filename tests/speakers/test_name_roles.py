"""A person's name apart from the office and the place or employer written around it."""

import pytest

from viewpoints import schema as S
from viewpoints.speakers.name_roles import name_and_role


@pytest.mark.parametrize(
    ("name", "person", "role"),
    [
        ("Senator Ted Cruz of Texas", "Ted Cruz", "Senator, of Texas"),
        ("Senate Minority Whip Dick Durbin", "Dick Durbin", "Senate Minority Whip"),
        ("House Intelligence Republican Mike Pompeo", "Mike Pompeo", "House Intelligence Republican"),
        ("Chris Low at FTN Financial", "Chris Low", "at FTN Financial"),
        ("Terry E. Branstad of Iowa", "Terry E. Branstad", "of Iowa"),
        ("Pastor Joseph Brown of Marion Avenue Baptist Church", "Joseph Brown", "Pastor, of Marion Avenue Baptist Church"),
        ("Secretary of State John Kerry", "John Kerry", "Secretary of State"),
        ("Washington Post reporter Robert Costa", "Robert Costa", "Washington Post reporter"),
    ],
)
def test_the_role_around_a_name_is_split_off(name, person, role):
    assert name_and_role(name) == (person, role)


@pytest.mark.parametrize(
    "name",
    [
        "Bank of America",  # an organisation with "of" in its name
        "Public Policy Institute of California",
        "Roper Center for Public Opinion Research at Cornell University",
        "John Paul Jones",  # given names all through: no title before the name
        "Mary Ann Smith",
        "Christine Todd Whitman",
        "Jorge Antonio Villasenor Llamas",  # a first given name the lexicon does not know is no title
        "Martin Luther King Jr.",
        "Hillary Clinton",
        "the Pentagon",
    ],
)
def test_names_with_nothing_to_split_stay_whole(name):
    assert name_and_role(name) == (name, "")


def test_one_senator_is_one_voice_with_the_office_as_the_role(rows):
    text = (
        "Senator Ted Cruz of Texas said the bill would fail.\n\n"
        "Later, Ted Cruz said the vote was close."
    )
    spoken = [r for r in rows(text) if r[S.SPEAKER] != S.AUTHOR]
    assert {r[S.SPEAKER] for r in spoken} == {"Ted Cruz"}
    assert "Senator" in spoken[0][S.SPEAKER_ROLE]
