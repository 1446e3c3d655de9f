"""One voice's spellings across articles: the key of a written name, which spellings of a corpus are
one voice (initials that differ are two people), and the spelling a voice is shown by."""

from __future__ import annotations

import pytest

from viewpoints.corpus.voice_keys import name_key, people, shown, spelled


@pytest.mark.parametrize(
    "written, key",
    [
        ("Donald J. Trump", "donald j trump"),
        ("Donald Trump", "donald trump"),
        ("Mr. Donald Trump", "donald trump"),
        ("Sen. Bernie Sanders", "bernie sanders"),
        ("Dr. Marcin Kaczmarski", "marcin kaczmarski"),
        ("Prof. Dr. Ana Ruiz", "ana ruiz"),  # every title of honorifics.txt, one after another
        ("Donald Trump's", "donald trump"),
        ("Donald Trump’s", "donald trump"),
        ("DONALD TRUMP", "donald trump"),
        ("Beto O’Rourke", "beto o'rourke"),
        ("Ana Ruiz - Smith", "ana ruiz-smith"),
        ("Ana Ruiz‐Smith", "ana ruiz-smith"),  # a Unicode hyphen
        ("George H.W. Bush", "george hw bush"),
        ("George H. W. Bush", "george hw bush"),
        ("George W Bush", "george w bush"),
        ("Vladimir V. Putin", "vladimir v putin"),
        ("J.K. Rowling", "j.k rowling"),  # initials as the first name are the name
        ("Hillary Rodham Clinton", "hillary rodham clinton"),  # a middle name written out is not an initial
        ("the Washington Post", "washington post"),
    ],
)
def test_the_key_of_a_written_name(written, key):
    assert name_key(written) == key


def test_a_name_with_no_words_is_its_own_key():
    assert name_key("“”") == "“”" and spelled("“”").family == ""
    assert name_key("Dr.") == "Dr." and people(["Dr.", "Mr."]) == {"Dr.": "Dr.", "Mr.": "Mr."}  # a title alone


def test_middle_initials_are_read_apart_from_the_first_and_last_word():
    george = spelled("George H.W. Bush")
    assert george.base == ("george", "bush") and george.initials == "hw" and george.family == "bush"
    assert spelled("Donald Trump").initials == "" and spelled("Mike Pence").family == "pence"


def _groups(names):
    found = people(names)
    groups = {}
    for name, person in found.items():
        groups.setdefault(person, set()).add(name)
    return sorted(groups.values(), key=lambda g: sorted(g))


def test_spellings_of_one_name_are_one_voice():
    assert _groups(["Donald J. Trump", "Donald Trump", "Mr. Donald Trump's", "donald trump"]) == [
        {"Donald J. Trump", "Donald Trump", "Mr. Donald Trump's", "donald trump"}
    ]
    assert _groups(["Vladimir V. Putin", "Vladimir Putin"]) == [{"Vladimir V. Putin", "Vladimir Putin"}]
    assert _groups(["George W. Bush", "George W Bush", "George Bush"]) == [{"George Bush", "George W Bush", "George W. Bush"}]


def test_people_sharing_a_surname_stay_apart():
    assert _groups(["Bill Clinton", "Hillary Clinton", "Chelsea Clinton"]) == [{"Bill Clinton"}, {"Chelsea Clinton"}, {"Hillary Clinton"}]
    assert _groups(["Jeb Bush", "George W. Bush"]) == [{"George W. Bush"}, {"Jeb Bush"}]


def test_different_initials_are_different_people_and_the_bare_name_joins_neither():
    assert _groups(["George H.W. Bush", "George W. Bush", "George Bush", "George H. W. Bush"]) == [
        {"George Bush"}, {"George H. W. Bush", "George H.W. Bush"}, {"George W. Bush"}
    ]


def test_a_surname_alone_joins_no_full_name():
    # measured on PolNeAR train: the one full name of a surname is too often another person's (README)
    assert _groups(["Trump", "Donald Trump"]) == [{"Donald Trump"}, {"Trump"}]
    assert _groups(["Clinton", "Hillary Clinton"]) == [{"Clinton"}, {"Hillary Clinton"}]


def test_a_middle_name_written_out_and_a_name_with_markup_stay_as_they_are():
    assert _groups(["Hillary Rodham Clinton", "Hillary Clinton"]) == [{"Hillary Clinton"}, {"Hillary Rodham Clinton"}]
    markup = "<b>Mo</b> *Smith* [x](http://e.example) $1"
    assert _groups([markup, "Mo Smith"]) == [{markup}, {"Mo Smith"}]


def test_a_voice_is_shown_by_the_spelling_most_articles_use_ties_the_longest():
    assert shown({"Donald Trump": 213, "Donald J. Trump": 42}) == "Donald Trump"
    assert shown({"Harry Reid": 6, "Harry M. Reid": 6}) == "Harry M. Reid"
    assert shown({"Ana Ruiz": 1, "ana ruiz": 1}) == "Ana Ruiz"  # same length: the first in code-point order
