"""Clause readings fixed in the tenth session (2026-12-08), each found among PolNeAR train's voices that
name no source: a clause taken for an appositive, an opening clause the subject was read inside, a number
word read as a participle, an irregular past glued to its subject. Short sentences written for the tests,
no corpus text; each id names the engine's answer before the fix."""

from __future__ import annotations

import pytest

from viewpoints import schema as S

READINGS = [
    # a clause between commas is no appositive: the passive's agent speaks
    pytest.param(
        "For the past five years, Ruritania has been taking steps, encouraged by the United Nations.",
        0,
        "United Nations",
        id="a-clause-between-commas-was-past-five-years",
    ),
    pytest.param(
        "Tom Baker, when asked what is wrong with the plan, responded that it costs too much.",
        0,
        "Tom Baker",
        id="an-aside-with-its-own-verb-stays-an-aside",
    ),
    pytest.param("Jane Doe, who has been a nurse for years, said the ward was full.", 0, "Jane Doe", id="a-relative-clause-stays-an-appositive"),
    pytest.param("Jane Doe, a nurse, has said the ward was full.", 0, "Jane Doe", id="has-after-the-appositive-is-the-verbs"),
    # an opening clause of three words
    pytest.param(
        "By the time the polls closed, as many as 40 percent of the voters said they had waited an hour.",
        0,
        "voters",
        id="by-the-time-opens-a-clause-was-time-the-polls",
    ),
    pytest.param("Until the court ruled, the mayor said nothing would change.", 0, "mayor", id="until-opens-a-clause"),
    pytest.param("Once a critic of the plan, Jane Doe now says it works.", 0, "Jane Doe", id="once-a-critic-keeps-its-subject"),
    # a dateline before a dash is no subject
    pytest.param(
        "SPRINGFIELD, Ill. - Sen. Tom Roe (R-Ill.) kept up his attack on the governor on Saturday, calling him a fraud.",
        0,
        "Tom Roe",
        id="after-a-datelines-dash-was-springfield",
    ),
    pytest.param(
        "LONDON — European leaders met on Friday, warning that the union faced its worst crisis.",
        0,
        "European leaders",
        id="after-a-datelines-long-dash-was-author",
    ),
    # what follows an opening participle's comma is the subject
    pytest.param(
        "Making her way around the Blue Moon Diner, Jane Doe and her husband, thanked a waitress for her help.",
        0,
        "Jane Doe and her husband",
        id="after-a-participles-clause-was-blue-moon-diner",
    ),
    pytest.param("Schilling, through a spokesman, declined to comment.", 0, "Schilling", id="a-name-ending-in-ing-is-no-participle-was-author"),
    # a number word ending in -ed is no participle
    pytest.param(
        "Several hundred demonstrators aligned with the union took to the streets to speak out about pay.",
        0,
        "hundred demonstrators",
        id="hundred-is-a-number-was-several",
    ),
    # a list of places after a preposition is inside the subject
    pytest.param(
        "Most Republican voters in Ohio, Iowa and Texas said they felt betrayed.",
        0,
        "Republican voters",
        id="a-list-of-places-was-iowa-and-texas",
    ),
    pytest.param("Officials from Exxon, Chevron and BP said the plan failed.", 0, "officials", id="a-list-of-companies-after-from"),
    pytest.param("In Ohio, Jane Doe and Tom Roe said the plan failed.", 0, "Jane Doe and Tom Roe", id="a-place-opening-the-sentence-is-no-list"),
    pytest.param(
        "The rift seemed a memory on Monday, as Mrs. Doe and Ms. Roe echoed the same themes.",
        0,
        "Doe and Roe",
        id="people-after-a-days-name-are-no-list",
    ),
    pytest.param(
        "The National Academies of Sciences, Engineering and Medicine said the data were sound.",
        0,
        "National Academies of Sciences Engineering and Medicine",
        id="a-name-with-of-is-no-list",
    ),
    # a share in percent agrees in the plural
    pytest.param("Nine percent say they buy only American goods.", 0, "Nine percent", id="percent-say-was-author"),
    pytest.param("A 10 percent approval is low, the report says.", 0, "report", id="a-percent-modifier-is-no-share"),
    # a place a description names is no speaker ...
    pytest.param("Protesters in Ohio, who marched on Tuesday, said the plan was unfair.", 0, "protesters", id="who-after-a-place-was-ohio"),
    pytest.param(
        "Roe lacks support from his colleagues in Congress, whom he has alienated, said Tom Baker, a historian.",
        0,
        "Tom Baker",
        id="a-closing-frame-after-a-place-and-whom-was-congress",
    ),
    pytest.param("Sen. Tom Roe, facing a challenge in Iowa, a swing state, said he would run.", 0, "Tom Roe", id="a-name-before-the-place-still-speaks"),
    pytest.param(
        "An increasing number of Democrats, while still confident, are warning against the plan.",
        0,
        "Democrats",
        id="after-of-the-counted-group-still-speaks",
    ),
    # ... nor a time, nor a name after "to"
    pytest.param(
        "Last August we listed nine things the Republican candidate had said about trade.",
        0,
        "Republican candidate",
        id="a-month-is-no-subject-was-august",
    ),
    pytest.param("August Wilson said the play was done.", 0, "August Wilson", id="a-month-as-a-given-name"),
    pytest.param("Another source speaking to Fox News said the agents were busy.", 0, "source", id="speaking-to-a-network-was-fox-news"),
    pytest.param("The letter to Congress said the agents were busy.", 0, "letter", id="a-letter-to-congress"),
    # a relative's contraction is the relative
    pytest.param(
        "Many of the local leaders who’d rather be working for Tom Baker said they had rallied.",
        0,
        "local leaders",
        id="who-d-was-tom-baker",
    ),
    # a lone name labelling a headline, not a platform or a state
    pytest.param("Reid: 'Never underestimate the Republican base.'", 0, "Reid", id="a-lone-name-label-was-author"),
    pytest.param("Rubio: My plan can still pass.", 0, "Rubio", id="a-lone-name-label-in-the-first-person"),
    pytest.param("Syria: government forces retake the city.", 0, "author", id="a-place-heading-a-report-is-no-label"),
    pytest.param("Twitter: @janedoe.", 0, "author", id="a-platform-is-no-label"),
    pytest.param("Facebook: Fake News Is Not Our Fault.", 0, "Facebook", id="a-company-speaking-in-a-headline"),
    pytest.param("Ohio: the vote is close.", 0, "author", id="a-state-is-no-label"),
    # a capitalised organisation carries its prepositional phrase to a coordinated verb
    pytest.param(
        "But the U.S. Court of Appeals for the 6th Circuit overruled and said the state had done enough.",
        0,
        "U.S. Court of Appeals",
        id="court-of-appeals-for-the-circuit-was-author",
    ),
    pytest.param("Proponents of the plan say it will pass.", 0, "proponents", id="proponents-speak"),
    # an adverb between the comma and the -ing adjunct, past a relative clause in the subject's appositive
    pytest.param(
        "Tom Roe, who is running second in many states, stuck to policy, eventually saying the plan was a risk.",
        0,
        "Tom Roe",
        id="eventually-saying-past-a-who-clause-was-author",
    ),
    pytest.param("Prices rose sharply, probably adding to the pressure.", 0, "author", id="prices-are-still-no-speaker"),
    pytest.param(
        "Katrina Pierson, a spokeswoman for the campaign, has expanded on the charge, wrongly suggesting the judge is biased.",
        0,
        "Katrina Pierson",
        id="the-name-not-its-description-was-spokeswoman",
    ),
    pytest.param(
        "In May, a federal judge sided with the plaintiffs, saying the law was unconstitutional.",
        0,
        "federal judge",
        id="a-month-before-the-description-is-no-name",
    ),
    # a participle describing a source after the verb; a span of time ending in "ago"
    pytest.param("“It is a way to take part,” says a source involved in the talks.", 0, "source", id="a-source-involved-in-was-author"),
    pytest.param(
        "The State Department less than two weeks ago said the server held secret material.",
        0,
        "State Department",
        id="less-than-two-weeks-ago-was-author",
    ),
    pytest.param("Two weeks ago the mayor said it was fine.", 0, "mayor", id="two-weeks-ago-the-mayor-was-weeks-ago-mayor"),
    # a participle after the noun it describes, with its agent after "by"
    pytest.param("The table listed the facts reported by the government in each case.", 0, "government", id="facts-reported-by-the-government"),
    pytest.param("The state allowed it, a practice criticized by Tom Roe and some advocates.", 0, "Tom Roe and advocates", id="a-practice-criticized-by"),
    pytest.param(
        "Last September, German authorities worried by the rise in threats contacted the networks, forming a task force.",
        0,
        "German authorities",
        id="people-worried-by-keep-the-view",
    ),
    pytest.param("Officials reported by Friday that the plan had failed.", 0, "officials", id="by-a-day-is-no-agent"),
    # a span of time, and a verb's base form before a modal, are no speaker
    pytest.param("But the last two weeks have signaled the start of a reckoning.", 0, "author", id="the-last-two-weeks-was-a-voice"),
    pytest.param("The chemical weapons issue will be the benchmark.", 0, "author", id="an-issue-before-will-is-a-noun-was-chemical-weapons"),
    pytest.param(
        "More people are registering as independents, which Democrats say could help Tom Roe.",
        0,
        "Democrats",
        id="which-democrats-say-could-keeps-its-verb",
    ),
    # a linking verb before an attitude adjective, "in the past" between an auxiliary and its verb
    pytest.param("Union leaders remain confident that they can keep their members.", 0, "union leaders", id="remain-confident-was-author"),
    pytest.param("The markets remain confident that rates will fall.", 0, "author", id="things-that-remain-confident-are-no-voice"),
    pytest.param("Still, many voters remain doubtful.", 0, "author", id="an-attitude-with-nothing-after-it-describes-them"),
    pytest.param("Her close friends have in the past said she was staying quiet.", 0, "close friends", id="have-in-the-past-said-was-author"),

    # a state after a city ends the place, not the subject
    pytest.param("Stacy Baker of Columbia, South Carolina says she thinks the plan can win.", 0, "Stacy Baker", id="city-and-state-was-south-carolina"),
    # an as-clause past its subject's appositive, to a colon; a newsletter item's label after its headline
    pytest.param(
        'As Tom Roe, the No. 2 in the leadership, put it: "This person will not be confirmed."',
        0,
        "Tom Roe",
        id="as-x-put-it-past-an-appositive-was-author",
    ),
    pytest.param("As the storm neared, officials said the roads were closed.", 0, "officials", id="as-the-storm-neared-is-no-report"),
    pytest.param('"Leave your weapons at home," opined the Plain Dealer.', 0, "Plain Dealer", id="opined-was-author"),
    pytest.param(
        "Media shares blame for the poll miss - Pollwatch: “Pollsters are taking a lot of heat.”",
        0,
        "Pollwatch",
        id="a-label-after-an-items-headline-was-media-shares",
    ),
    pytest.param("The vote - Ohio: a close call.", 0, "author", id="no-quotation-after-the-colon-no-label"),
    pytest.param(
        "Jane Roe, vice chair of the campaign, emailed supporters on Monday, telling them the race was close.",
        0,
        "Jane Roe",
        id="a-past-after-the-appositive-is-the-verb-was-emailed-supporters",
    ),
    # a colon opens a clause; a missing space after a period still ends the word
    pytest.param(
        "One notable trend: party insiders in Ohio were more likely to say the race is close.",
        0,
        "party insiders",
        id="after-a-colon-was-author",
    ),
    pytest.param('"The plan failed," Tom Roe said.Roe added that it would be revived.', 0, "Tom Roe", id="said-dot-roe-was-one-word"),
    # an irregular past ends the subject
    pytest.param(
        "In the capital, some Republicans made clear that they would like to see him stay.",
        0,
        "Republicans",
        id="made-ends-the-subject-was-some-republicans-made-clear",
    ),
    # a name after a description headed by a role, whatever names modify it, and a given name that is
    # also a common word
    pytest.param(
        "The party leader, Marine Le Pen, voiced support for the plan, saying it would pass.",
        0,
        "Marine Le Pen",
        id="a-given-name-that-is-a-word-was-party-leader",
    ),
    pytest.param(
        "Ruritania's far-right National Unity party leader, Tom Roe, voiced support for the plan on Monday.",
        0,
        "Tom Roe",
        id="a-role-headed-description-with-names-in-it-was-author",
    ),
    # an unclosed appositive headed by a role word, with a quotation after the verb
    pytest.param(
        "Tom Baker, president and CEO of the Ohio Grocers Association stated, “It is a math problem.”",
        0,
        "Tom Baker",
        id="role-without-article-was-president-and-ceo",
    ),
    pytest.param(
        "The company named a chief, Jane Doe, president of the firm said.",
        0,
        "president",
        id="a-name-inside-a-clause-still-no-unclosed-appositive",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker"), READINGS)
def test_speaker(proposals, text, index, speaker):
    assert proposals(text)[index][S.SPEAKER] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Democrats, meanwhile, blasted the plan as a giveaway.", "Democrats", id="party-keeps-its-capital-was-democrats-lowercased"),
        pytest.param("Republicans say the plan is a giveaway.", "Republicans", id="republicans-too"),
        pytest.param("Investors say the plan is a giveaway.", "investors", id="a-common-plural-is-still-lowercased"),
    ],
)
def test_a_partys_members_keep_their_capital(proposals, text, speaker):
    assert proposals(text)[0][S.SPEAKER] == speaker


def test_a_partys_members_are_one_voice_with_their_capital(rows):
    """ "Democrats" and "some democrats" are one voice, spelt as the party's name."""
    text = 'Democrats said the plan would fail. Later, some democrats said it would pass. "It is fine," Democrats added.'
    assert {row[S.SPEAKER] for row in rows(text)} == {"Democrats"}


NOUNS = [
    pytest.param("The pact binds together pledges from many countries to cut emissions.", 0, "author", id="object-after-a-verb-and-particle-was-pact-binds-together"),
    pytest.param("He rejected claims that he lied.", 0, "he", id="object-after-a-past-keeps-the-verb-before-it"),
    pytest.param(
        "He made his pitch to voters after the Orlando attacks, citing his plan.",
        0,
        "he",
        id="the-attacks-after-a-preposition-are-a-noun-was-orlando",
    ),
    pytest.param("The plan fails, the Tribune reports.", 0, "Tribune", id="after-a-comma-the-s-form-stays-a-verb"),
    pytest.param(
        "For Jane Doe, Ruritania's emotionally charged uprising is the kind of victory that she fears.",
        0,
        "she",
        id="a-participle-after-an-owner-and-adverb-modifies-was-ruritania",
    ),
    pytest.param("Over ten years, the deficits would add up to a trillion dollars.", 0, "author", id="add-up-reports-nothing-was-deficits"),
]


@pytest.mark.parametrize(("text", "index", "speaker"), NOUNS)
def test_a_reporting_words_noun_and_adjective_uses(proposals, text, index, speaker):
    assert proposals(text)[index][S.SPEAKER] == speaker


def test_a_given_name_that_is_a_common_word_tells_the_gender_before_a_surname(rows):
    """ "Bill Clinton" is a man, so "Mrs. Clinton" is not him (she was given his name)."""
    text = 'Hillary Clinton spoke first. Then former President Bill Clinton was mentioned by the host. Mrs. Clinton pledged to fight on.'
    assert rows(text)[-1][S.SPEAKER] == "Hillary Clinton"


def test_a_surname_goes_to_the_one_who_spoke_before_the_one_only_mentioned(rows):
    """A namesake mentioned in passing does not take over the speaking voice's surname."""
    text = (
        'Hillary Clinton said the plan would work. A moderator raised Bill Clinton\'s record, asking about it. '
        'Clinton said there was no daylight between the plans.'
    )
    assert rows(text)[-1][S.SPEAKER] == "Hillary Clinton"


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        pytest.param("Once the video was released, the town began calling for him to resign.", "Once the video was released,", id="once"),
        pytest.param("By the time the polls closed, the lines were long.", "By the time the polls closed,", id="by-the-time"),
        pytest.param("By the end of the day, the lines were long.", "", id="by-the-end-is-no-clause"),
    ],
)
def test_an_opening_subordinate_clause(text, opening):
    from viewpoints.speakers.cues import subordinate_end
    from viewpoints.text.tokens import tokenize

    tokens = tokenize(text)
    end = subordinate_end(tokens)
    assert (text[: tokens[end - 1].end] if end else "") == opening


def test_two_commas_with_nothing_between_set_nothing_off(rows):
    """Found by the property tests (an IndexError since the appositive readings began): ", ," before a
    verb sets off no appositive."""
    assert [row[S.SPEAKER] for row in rows("Maria Lopez , , said Maria Lopez")] == ["Maria Lopez"]
