"""Word tokens with offsets; abbreviations keep their periods; which tokens sit inside quotes."""

from __future__ import annotations

import pytest

from viewpoints.text.tokens import Token, quote_spans, tokenize


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Maria Lopez left.", ["Dr.", "Maria", "Lopez", "left", "."]),
        ("Prof. Lopez met the U.S. envoy.", ["Prof.", "Lopez", "met", "the", "U.S.", "envoy", "."]),
        ("She moved to the U.S.", ["She", "moved", "to", "the", "U.S", "."]),  # the final period ends the sentence
        ("A. Lopez agreed.", ["A.", "Lopez", "agreed", "."]),
        ("Tom Baker KC agreed.", ["Tom", "Baker", "KC", "agreed", "."]),
        ("Robert Hale Jr. agreed.", ["Robert", "Hale", "Jr.", "agreed", "."]),
        ("the co-founder of AT&T", ["the", "co-founder", "of", "AT&T"]),
        ("Lopez’s plan isn't cheap", ["Lopez’s", "plan", "isn't", "cheap"]),
        ("It is 5.5 km long.", ["It", "is", "5.5", "km", "long", "."]),
        ("“Close it,” she said.", ["“", "Close", "it", ",", "”", "she", "said", "."]),
    ],
)
def test_tokenize(text, expected):
    assert words(text) == expected


def test_offsets_are_shifted_and_exact():
    text = "xx Dr. Lopez said so."
    tokens = tokenize(text[3:], offset=3)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[0].start == 3


@pytest.mark.parametrize(
    "token, low, bare, is_word, is_cap",
    [
        (Token("Dr.", 0, 3), "dr", "Dr.", True, True),
        (Token("Lopez’s", 0, 7), "lopez’s", "Lopez", True, True),
        (Token("officials'", 0, 10), "officials'", "officials", True, False),
        (Token(",", 0, 1), ",", ",", False, False),
    ],
)
def test_token_properties(token, low, bare, is_word, is_cap):
    assert (token.low, token.bare, token.is_word, token.is_cap) == (low, bare, is_word, is_cap)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a “b” c", ["“b”"]),
        ('a "b" c "d" e', ['"b"', '"d"']),
        ("a «b» c", ["«b»"]),
        ("a “b c", ["“b c"]),  # still open at the end: runs to the end
        ('a "b c', ['"b c']),
        ("no quotes", []),
        ("a ” b", []),  # a closing mark alone opens nothing
    ],
)
def test_quote_spans(text, expected):
    assert [text[s:e] for s, e in quote_spans(text)] == expected


def test_quoted_flags_follow_the_quotation_marks():
    tokens = tokenize("She said “close it now” today.")
    quoted = [t.text for t in tokens if t.quoted]
    assert quoted == ["close", "it", "now", "”"]


def test_quotes_from_the_paragraph_reach_a_later_sentence():
    paragraph = "He said: “Close it. Nobody may cross.”"
    second = paragraph.index("Nobody")
    tokens = tokenize(paragraph[second:], offset=second, quotes=quote_spans(paragraph))
    assert all(t.quoted for t in tokens if t.is_word)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('a “b," c', ['“b,"']),  # curly opened, straight closed
        ('a "b,” c', ['"b,”']),  # straight opened, curly closed
        ('“She said "no" to it” then', ['“She said "no" to it”']),  # a straight quote inside a curly one
        ('a "b" c “d” e', ['"b"', "“d”"]),
    ],
)
def test_quote_spans_pair_mixed_marks(text, expected):
    assert [text[s:e] for s, e in quote_spans(text)] == expected


def test_mixed_marks_leave_the_tag_outside_the_quotation():
    tokens = tokenize('"It is unsafe,” said Maria Lopez.')
    assert [t.text for t in tokens if not t.quoted and t.is_word] == ["said", "Maria", "Lopez"]


def test_two_apostrophes_are_one_quotation_mark():
    text = "''It is unsafe,'' said Maria Lopez, who ''knows'' it."
    assert [text[s:e] for s, e in quote_spans(text)] == ["''It is unsafe,''", "''knows''"]


def test_one_apostrophe_opens_what_two_close():
    text = "'It is unsafe,'' she said, and it's 'fine' too."
    assert [text[s:e] for s, e in quote_spans(text)] == ["'It is unsafe,''"]


@pytest.mark.parametrize(
    "text",
    ['He said “yes” and “no, “maybe”” today.', '"a" "b" "c', "“open ‘inner’ close” after", '""""""x""'],
)
def test_quoted_flags_match_the_plain_definition(text):
    # a token is quoted when some quotation opens before it and closes at or after its end
    from viewpoints.text.tokens import quote_spans, tokenize

    spans = quote_spans(text)
    for t in tokenize(text):
        assert t.quoted == any(qs < t.start and t.end <= qe for qs, qe in spans), t


def test_a_long_run_of_quotation_marks_is_linear():
    from viewpoints.text.tokens import tokenize

    assert len(tokenize('"' * 50_000)) == 50_000  # was quadratic: minutes for 100,000 marks


def test_a_closing_mark_typed_where_a_quotation_opens_opens_it():
    text = "”Fear. I am afraid.” ― Ann Beck"
    assert quote_spans(text) == [(0, 20)]
    assert quote_spans("He said “no” twice.") == [(8, 12)]  # a closing mark after a word still closes


def test_an_opening_mark_typed_where_a_quotation_closes_closes_it():
    text = "“It is odd,“ said Ann Beck."
    assert quote_spans(text) == [(0, 12)]
    closing = [t for t in tokenize(text) if t.start == 11]
    assert [(t.text, t.quoted) for t in closing] == [("”", True)]  # read as the mark it stands for
    assert quote_spans("He said “no “ twice.") == [(8, 20)]  # after a space it opens nothing, closes nothing
    assert quote_spans("“A “nested” one”") == [(0, 11)]  # a mark before a word still opens


def test_a_number_with_thousands_separators_is_one_token():
    assert [t.text for t in tokenize("It cost 2,766 or 1,000,000.50 dollars, 3,45 and more.")] == [
        "It", "cost", "2,766", "or", "1,000,000.50", "dollars", ",", "3", ",", "45", "and", "more", ".",
    ]


def test_a_relatives_contraction_stands_apart_from_it():
    """ "who’d", "Who's": the relative is its own token, so the rules read it as "who"."""
    from viewpoints.text.tokens import tokenize

    assert [t.text for t in tokenize("leaders who’d rather stay, who's there, whose book, Whoever, Doctor Who's star")] == [
        "leaders", "who", "’d", "rather", "stay", ",", "who", "'s", "there", ",", "whose", "book", ",", "Whoever", ",", "Doctor", "Who's", "star",
    ]


def test_a_pronouns_contraction_stands_apart_from_it():
    """ "I've", "they’re", "We'd": the pronoun is its own token ("people I've spoken with said" is read as a
    relative clause without "who"); "he's", "she's" stay whole, as do words that only look so ("Weve")."""
    from viewpoints.text.tokens import tokenize

    assert [t.text for t in tokenize("People I've met say they’re sure. We'd go, you'll see, I'm here; he's out, Weve.")] == [
        "People", "I", "'ve", "met", "say", "they", "’re", "sure", ".", "We", "'d", "go", ",", "you", "'ll", "see", ",",
        "I", "'m", "here", ";", "he's", "out", ",", "Weve", ".",
    ]


def test_a_period_joins_letters_but_not_a_word_to_the_next_sentence():
    """ "said.Trump" (a missing space) is two words; "U.S.", "Ph.D", "Politico.com", "3.5" stay whole."""
    from viewpoints.text.tokens import tokenize

    assert [t.text for t in tokenize("Roe said.Trump claimed the U.S. and Ph.D and Politico.com and 3.5 percent")] == [
        "Roe", "said", ".", "Trump", "claimed", "the", "U.S.", "and", "Ph.D", "and", "Politico.com", "and", "3.5", "percent",
    ]


def test_a_months_short_form_keeps_its_period_before_a_day_only():
    from viewpoints.text.tokens import tokenize

    words = [t.text for t in tokenize("The vote on Nov. 8 was fair, said Doe. It ended in Nov. Then more.")]
    assert "Nov." in words and words.count("Nov") == 1  # "Nov. 8" is a date; "in Nov." ends a sentence
    assert [t.text for t in tokenize("Due Sept. 30 and Jan. 5 too.")][1:6] == ["Sept.", "30", "and", "Jan.", "5"]
