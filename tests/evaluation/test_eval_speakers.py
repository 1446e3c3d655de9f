import pytest

from viewpoints import schema
from viewpoints.evaluation import speakers


@pytest.mark.parametrize(
    ("predicted", "gold", "lenient", "exact"),
    [
        ("New York Post", "The New York Post", True, True),
        ("Tim Kaine", "Sen. Tim Kaine", True, True),
        ("Donald Trump", "Mr. Trump", True, False),
        ("Donald Trump", "Trump’s campaign", True, False),
        ("Clinton", "Clinton's", True, True),
        ("Clinton campaign", "a campaign spokesman", True, False),
        ("Donald Trump", "Hillary Clinton", False, False),
        ("Mr. Obama", "Mr. Trump", False, False),  # honorifics are not shared content
        ("the president", "President", True, True),  # no content token, but equal once normalised
        ("the president", "Barack Obama", False, False),
        (schema.AUTHOR, "author", False, False),  # narration never matches a source
        ("", "Ann Lee", False, False),
        (None, "Ann Lee", False, False),
    ],
)
def test_lenient_and_exact_matchers(predicted, gold, lenient, exact):
    assert speakers.lenient_match(predicted, gold) is lenient
    assert speakers.exact_match(predicted, gold) is exact


@pytest.mark.parametrize(
    ("name", "normalised"),
    [
        ("The New York Post", "new york post"),
        ("Gov. Mike Pence (R-IN)", "mike pence r in"),
        ("Dr. Marcin Kaczmarski", "marcin kaczmarski"),
        ("the president", "president"),  # only titles left: keep them rather than nothing
        ("another source", "source"),
    ],
)
def test_normalise(name, normalised):
    assert speakers.normalise(name) == normalised


@pytest.mark.parametrize(
    ("source", "pronoun"),
    [
        ("he", True),
        ("She", True),
        ("they", True),
        ("I", True),
        ("who", True),
        ("his campaign", False),
        ("Ann Lee", False),
        ("", False),
    ],
)
def test_is_pronoun(source, pronoun):
    assert speakers.is_pronoun(source) is pronoun


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("the senator", True),
        ("The Republican presidential nominee", True),
        ("the former president", True),
        ("The Wall Street Journal", False),
        ("the S.E.C.", False),
        ("a spokesman", False),  # indefinite: a new speaker, not someone named before
        ("Jane Doe", False),
        ("he", False),
    ],
)
def test_is_description(source, expected):
    assert speakers.is_description(source) is expected


def test_only_determiners_match_themselves_exactly():
    assert speakers.exact_match("some", "Some")
    assert not speakers.exact_match("many", "Some")
