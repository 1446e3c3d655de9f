"""Speaker readings added from PolNeAR train's plain-cue misses (2026-11-26, second session): what may
stand between a speaker and the verb, a verb opening the sentence before its speaker, a dash before an
"-ing" adjunct, nouns that look like speech verbs, and titles whose place must agree. Short sentences
written for the tests, no corpus text; each id names the engine's answer before the fix, negatives
alongside."""

from __future__ import annotations

import pytest

from viewpoints import schema as S
from viewpoints.text.tokens import tokenize
from viewpoints.speakers.noun_use import is_noun_use

READINGS = [
    # when, between the subject and its verb
    pytest.param("Tom Roe earlier Thursday said the panel had met ten times.", 0, "Tom Roe", id="earlier-weekday-was-author"),
    pytest.param("Jane Doe late Friday told reporters the plan was dead.", 0, "Jane Doe", id="late-weekday-was-author"),
    pytest.param("The company Tuesday announced that it would close the plant.", 0, "company", id="a-lone-weekday-was-author"),
    pytest.param("Most voters overall said they had decided.", 0, "voters", id="overall-was-author"),
    pytest.param("A poll released Friday shows that Roe leads.", 0, "poll", id="a-weekday-after-a-participle-stays-the-poll's"),
    pytest.param("Voters in March said they were unsure.", 0, "voters", id="a-month-after-in-stays-in-the-subject"),
    # a speech verb opening the sentence, its speaker after it
    pytest.param('Said Tom Roe, "The thought is painful to us."', 0, "Tom Roe", id="fronted-said-was-author"),
    pytest.param("Wrote Jane Doe, a lawyer for the city, in a letter: “No.”", 0, "Jane Doe", id="fronted-wrote-was-author"),
    pytest.param('Said Tom Roe, "It hurts."\n\nAsked about the plan, Roe said it was dead.', 1, "Tom Roe", id="a-fronted-verb-is-no-given-name-was-said-roe"),
    pytest.param("Said differently, the plan is dead.", 0, "author", id="a-fronted-verb-before-an-adverb-names-nobody"),
    pytest.param("Told of the plan, Tom Roe laughed.", 0, "author", id="a-fronted-participle-names-nobody"),
    # a dash before an "-ing" adjunct, as a comma
    pytest.param("Tom Roe changed his mind on the spot – saying he was rooting for Denver.", 0, "Tom Roe", id="dash-before-saying-was-author"),
    pytest.param("The storm hit the coast – killing ten people.", 0, "author", id="dash-before-another-ing-verb-names-nobody"),
    # a conjunction or sentence adverb before the subject of an "-ing" adjunct's clause (2026-12-07, ninth session)
    pytest.param("And then Tom Roe went on the attack, saying the deal was a fraud.", 0, "Tom Roe", id="and-then-before-the-subject-was-author"),
    pytest.param("Then Tom Roe declined, saying he was tired.", 0, "Tom Roe", id="then-before-the-subject-was-author"),
    pytest.param("But Tom Roe changed course, saying the plan had failed.", 0, "Tom Roe", id="but-before-the-subject-was-author"),
    pytest.param("And then the storm hit the coast, killing ten people.", 0, "author", id="and-then-before-another-ing-verb-names-nobody"),
    pytest.param("Then prices rose, adding to the pain.", 0, "author", id="then-before-adding-to-names-nobody"),
    # "before", "after" or "while" before a plain speech verb's "-ing" form ties it to the clause's subject;
    # "in" and other "-ing" words do not
    pytest.param("Tom Roe deflected questions before saying the deal was dead.", 0, "Tom Roe", id="before-saying-was-author"),
    pytest.param("Jane Doe resigned after telling her staff the plan had failed.", 0, "Jane Doe", id="after-telling-was-author"),
    pytest.param("Tom Roe refused to join Jane Doe in saying the plan would work.", 0, "Tom Roe", id="in-saying-is-no-link-the-refusal-is-the-cue"),
    pytest.param("Tom Roe had no part in drafting the bill after warning signs appeared.", 0, "author", id="after-warning-signs-is-a-noun"),
    pytest.param("Tom Roe made his fortune in publishing.", 0, "author", id="in-publishing-is-a-gerund"),
    pytest.param("Jane Doe smiled while insisting the plan was sound.", 0, "Jane Doe", id="while-insisting-was-author"),
    pytest.param("The storm passed before flooding the town.", 0, "author", id="before-another-ing-verb-names-nobody"),
    pytest.param("Jane Doe left without saying a word.", 0, "author", id="without-saying-says-nothing"),
    # any verb in the past between a quotation closing on a comma and its speaker (2026-12-07)
    pytest.param('"Stay calm," instructed Tom Hale, the district supervisor.', 0, "Tom Hale", id="instructed-after-a-quotation-was-author"),
    pytest.param('"It was chaos," remembered Tom Hale.', 0, "Tom Hale", id="remembered-after-a-quotation-was-author"),
    pytest.param("“Not again,” sighed the senator.", 0, "senator", id="sighed-the-senator-was-author"),
    pytest.param("“Not again,” Tom Hale sighed.", 0, "Tom Hale", id="name-then-verb-after-a-quotation-was-author"),
    pytest.param('"Stay calm," instructed the manual.', 0, "author", id="a-thing-after-the-verb-is-no-speaker"),
    pytest.param('"The Wire," starred Dominic West in its first season.', 0, "author", id="words-after-the-name-make-it-an-object"),
    pytest.param("“Free,” read the sign, and the gate stayed shut.", 0, "author", id="a-present-verb-and-a-clause-after-is-no-report"),
    # a description, then the name set off by commas, then an "-ing" adjunct: the name speaks (2026-12-07)
    pytest.param("The leader of the union, Ann Roe, condemned the attack, saying it would not break them.", 0, "Ann Roe", id="leader-of-the-union-was-leader"),
    pytest.param("The union, the largest in the state, condemned the attack, saying it would not break them.", 0, "union", id="an-appositive-without-a-name-keeps-the-subject"),
    # ... also when the description ends in a capitalised name but is headed by a role, and when the lexicon
    # does not know the given name (2026-12-07, seen on a reader-judged page)
    pytest.param("The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying it would not break them.", 0, "Rachid Ghannouchi", id="leader-of-a-named-party-was-leader-of-ennahda"),
    pytest.param("The president of Ukraine, Jane Roe, condemned the attack, saying it would not break them.", 0, "Jane Roe", id="president-of-ukraine-was-president"),
    pytest.param("A spokesman for the company, Acme Corp., condemned the attack, saying it was wrong.", 0, "spokesman", id="an-organisation-after-a-role-is-no-name"),
    pytest.param("A spokesman for the company, Acme Global, condemned the attack, saying it was wrong.", 0, "spokesman", id="an-organisation-of-common-words-after-a-role-is-no-name"),
    pytest.param("A spokesman for the carrier, Delta Air Lines, condemned the attack and said it was wrong.", 0, "spokesman", id="an-airline-after-a-role-is-no-name"),
    pytest.param("The Pentagon, Jane Roe, condemned the attack, saying it would not break them.", 0, "Pentagon", id="an-organisation-subject-keeps-its-words"),
    # a plural noun after a capitalised modifier, then the clause's verb: the subject's noun (2026-12-07)
    pytest.param("Health worries have dogged her since May.", 0, "author", id="health-worries-have-was-health"),
    pytest.param("Tax issues always loom large.", 0, "author", id="tax-issues-always-loom-was-tax"),
    pytest.param("It is a trend that the agency estimates will continue.", 0, "agency", id="a-relative-clause-keeps-its-verb"),
    pytest.param("Doe says now is the time.", 0, "Doe", id="an-adverb-then-is-keeps-the-verb"),
    # a reporting word's noun use: a share's noun, the object of a verb's base form (2026-12-07)
    pytest.param("Doe leads with 40 percent support.", 0, "author", id="forty-percent-support-was-doe"),
    pytest.param("Doe continues to draw support among union members.", 0, "author", id="to-draw-support-was-doe"),
    pytest.param("42% say the plan works.", 0, "42%", id="a-share-still-says"),
    pytest.param("Video of the stop shows him leaving.", 0, "video", id="a-noun-before-the-verb-is-no-base-verb"),
    # an adjective's plural noun where the phrase stops (2026-12-07)
    pytest.param("Roe did better in the Midwest and other Western states, like Iowa.", 0, "author", id="western-states-like-was-midwest-and-western"),
    pytest.param("The terrorist attacks in Paris changed the race.", 0, "author", id="terrorist-attacks-in-was-terrorist"),
    pytest.param("The mayor was endorsed by once-loyal Republican advocates such as the Daily Star.", 0, "author", id="republican-advocates-such-as-was-republican"),
    pytest.param("Doe reports on the war for the paper.", 0, "Doe", id="a-name-before-reports-on-keeps-the-verb"),
    pytest.param("The council states that the plan is legal.", 0, "council", id="states-that-keeps-the-verb"),
    # a plural noun after capitalised modifiers inside a phrase a preposition or an object verb opens (2026-12-07)
    pytest.param("The campaign buys ad time for 4 Super Tuesday states.", 0, "author", id="for-super-tuesday-states-was-super"),
    pytest.param("Imports rose under WTO rules: steel came first.", 0, "author", id="under-wto-rules-was-wto"),
    pytest.param("The group spent heavily in Rust Belt states and in Florida.", 0, "author", id="in-rust-belt-states-and-was-rust-belt"),
    pytest.param("The plan fails, the Tribune reports.", 0, "Tribune", id="a-name-after-a-comma-still-reports"),
    pytest.param("Doe pleaded with the judge, the Times of India reports.", 0, "Times of India", id="a-name-with-of-after-a-comma-still-reports"),
    pytest.param("In the book, Doe states in passing that he left.", 0, "Doe", id="a-name-then-states-in-keeps-the-verb"),
    pytest.param("Voters in the state say Doe claims too much.", 0, "voters", id="a-name-after-a-reporting-verb-keeps-its-verb"),
    # subjects the phrase reader lost (2026-12-07): a gerund after "the" or a name's possessive, a
    # participle between a plural and the verb, a share after "nearly"
    pytest.param("Another source familiar with the thinking said the plan works.", 0, "source", id="familiar-with-the-thinking-was-author"),
    pytest.param("A source familiar with Doe's thinking said the plan works.", 0, "source", id="familiar-with-a-names-thinking-was-author"),
    pytest.param("Some 56 percent of Texans polled said they would vote.", 0, "Texans", id="plural-then-polled-was-author"),
    pytest.param("Nearly nine out of 10 say they need new skills.", 0, "nine out of 10", id="nearly-a-share-was-author"),
    pytest.param("The governors signed the bill on Monday.", 0, "author", id="a-plurals-own-past-tense-is-no-participle"),
    # more of the same, each a pattern seen among train's misreadings (2026-12-07)
    pytest.param("Similarly, Jane Roe, a lawyer, said she could not support it.", 0, "Jane Roe", id="an-ly-sentence-adverb-was-similarly"),
    pytest.param("Kelly, a lawyer, said she could not support it.", 0, "Kelly", id="a-name-in-ly-stays-a-name"),
    pytest.param("Coastal states swing toward the party.", 0, "author", id="coastal-states-swing-was-coastal"),
    pytest.param("A Republican attacks him daily.", 0, "Republican", id="an-adjective-noun-before-an-object-keeps-the-verb"),
    # an adverb stressing the second of two subjects (2026-12-07)
    pytest.param("Politicians and even some engineers say the effort has been toothless.", 0, "Politicians and engineers", id="and-even-was-author"),
    pytest.param("Doe and also Roe said no.", 0, "Doe and Roe", id="and-also-keeps-both-without-the-adverb"),
    # an appositive the writer never closed before the verb (2026-12-07, ninth session)
    pytest.param("Jane Doe, a senator from Ohio said the plan would pass.", 0, "Jane Doe", id="unclosed-appositive-was-senator"),
    pytest.param("Sen. Jane Doe (D-NY), a supporter of the plan told reporters it would pass.", 0, "Jane Doe", id="unclosed-appositive-after-affiliation-was-supporter"),
    pytest.param("Unlike Jane Doe, a senator said the plan would pass.", 0, "senator", id="a-name-after-a-preposition-is-another-person"),
    pytest.param("After meeting Jane Doe, a senator said the plan would pass.", 0, "senator", id="a-name-after-a-verb-is-another-person"),
    pytest.param("Jane Doe, the senator said, was wrong about the plan.", 0, "senator", id="a-parenthetical-frame-is-the-describer's"),
    pytest.param("Jane Doe, the mayor said Tuesday, will not seek another term.", 0, "mayor", id="a-frame-with-a-day-is-the-describer's"),
    pytest.param("The company named a new chief executive, Jane Doe, a spokeswoman said.", 0, "spokeswoman", id="a-name-after-a-noun-then-a-closing-frame"),
    pytest.param("Asked about the nominee, Jane Doe, the senator said she would vote no.", 0, "senator", id="a-name-inside-an-opening-phrase"),
    # "according to" a copy of a text, and inside a report's "that" clause (2026-12-07, ninth session)
    pytest.param("The plan failed, according to a copy of the letter.", 0, "letter", id="a-copy-of-the-letter-was-author"),
    pytest.param("Roe threatened a suit, according to a copy of the letter reviewed by the Ledger.", 0, "Ledger", id="a-copy-of-the-letter-reviewed-by-was-author"),
    pytest.param("The plan failed, according to a copy of a memo from the Treasury.", 0, "Treasury", id="a-copy-of-a-memo-from-keeps-the-maker"),
    pytest.param("The plan failed, according to a draft of the report.", 0, "report", id="a-draft-of-the-report-was-author"),
    pytest.param("The plan failed, according to a copy of the bridge.", 0, "author", id="a-copy-of-no-text-names-nobody"),
    pytest.param("Roe will speak at the convention, according to a report Tuesday from WKOW.", 0, "WKOW", id="a-report-tuesday-from-was-tuesday"),
    pytest.param("The vote is close, according to a poll Tuesday.", 0, "poll", id="a-poll-tuesday-was-tuesday"),
    pytest.param(
        "Tom Roe, a member of the committee, said Tuesday morning that according to its count, the party had won.",
        0,
        "Tom Roe",
        id="according-to-inside-said-tuesday-morning-that-was-count",
    ),
    # nouns that look like speech verbs
    pytest.param("A news report said the plan had failed.", 0, "news report", id="news-is-no-plural-and-report-before-said-a-noun-was-news"),
    pytest.param("Officials report that the plan failed.", 0, "officials", id="a-plural-subject-keeps-report-a-verb"),
    pytest.param("Voters report they are unhappy.", 0, "voters", id="a-plural-subject-keeps-report-a-verb-without-that"),
    pytest.param(
        "Trade has stirred mixed feelings in many Asian states, and it has used soft power, said Jane Doe, an expert at the university.",
        0,
        "Jane Doe",
        id="many-asian-states-was-many-asian",
    ),
    pytest.param(
        "The firm worked at both the federal and state levels in Ohio, said lobbyist and party strategist Tom Roe, a partner.",
        0,
        "Tom Roe",
        id="federal-and-state-levels-was-firm",
    ),
    pytest.param("Many Chinese say the plan failed.", 0, "Chinese", id="a-plural-quantifier-makes-a-plural-was-author"),
    pytest.param("Some research shows the plan failed.", 0, "research", id="some-with-a-mass-noun-takes-an-s-verb"),
    pytest.param("Jane Doe, and her lawyer, said the deal was off.", 0, "Jane Doe", id="a-coordinated-noun-phrase-stays-an-appositive"),
    pytest.param("Prices rose, said analysts and economists.", 0, "analysts", id="coordinated-plural-nouns-are-no-description-of-a-name"),
    # a clause between commas is no appositive of the noun before it
    pytest.param(
        "Even as the race moves to Ohio, the contest will be tight, said Tom Roe, director of a polling firm.",
        0,
        "Tom Roe",
        id="a-clause-before-an-inverted-verb-was-ohio",
    ),
    pytest.param("Jane Doe, a lawyer who was there, said it failed.", 0, "Jane Doe", id="a-relative-clause-inside-an-appositive-stays"),
    pytest.param("Tom Roe, when asked what is wrong, responded that the plan fails.", 0, "Tom Roe", id="a-question-inside-the-commas-stays"),
    pytest.param("As the Daily—even a rival can count—observed, the party won.", 0, "Daily", id="a-clause-between-dashes-stays"),
    # "here", "there" between the subject and its verb; "That said," opening a sentence
    pytest.param("Her campaign workers here said they had worked the state.", 0, "campaign workers", id="here-was-author"),
    pytest.param("Officials there said the road was closed.", 0, "officials", id="there-was-author"),
    pytest.param("That said, young voters say success will take effort.", 0, "young voters", id="that-said-was-author"),
    pytest.param("Having said that, Tom Roe argued the plan was dead.", 0, "Tom Roe", id="having-said-that-opens-the-sentence"),
    pytest.param("That said a lot about him, Tom Roe noted.", 0, "Tom Roe", id="that-said-a-lot-then-a-closing-frame"),
    # a phrase quoted inside the description between the name and its verb
    pytest.param("Tom Roe, citing “the magic of Doe,” said the candidate could win.", 0, "Tom Roe", id="citing-a-quoted-phrase-was-author"),
    pytest.param("Mr. Roe, citing ''the magic of Doe,'' said the candidate could win.", 0, "Roe", id="citing-in-two-apostrophes-was-author"),
    pytest.param(
        "Behind the scenes, Mr. Roe is ''calling his friends,'' said Tom Doe, the campaign director.",
        0,
        "Tom Doe",
        id="a-quotation-then-an-inverted-verb-and-name-stays",
    ),
    pytest.param("“It failed,” said Tom Roe.", 0, "Tom Roe", id="a-quotation-opening-the-sentence-stays"),
    # the affiliation after a name before the clause's verb
    pytest.param(
        "Shortly after the news, Senate leader Tom Roe (R-Ky.) issued a statement saying that the Senate should wait.",
        0,
        "Tom Roe",
        id="affiliation-before-the-verb-of-saying-was-author",
    ),
    # saying nothing is no view: the author notes it
    pytest.param("Tom Roe said nothing about the plan.", 0, "author", id="said-nothing-about-was-roe"),
    pytest.param("Tom Roe would not say anything.", 0, "author", id="would-not-say-anything-was-roe"),
    pytest.param("Tom Roe said nothing was wrong.", 0, "Tom Roe", id="nothing-as-the-subject-of-what-was-said"),
    pytest.param("Tom Roe said little had changed.", 0, "Tom Roe", id="little-as-the-subject-of-what-was-said"),
    pytest.param(
        "She has said little about the plan, and people familiar with her thinking say she now accepts it.",
        0,
        "people",
        id="familiar-with-her-thinking-was-she",
    ),
    pytest.param("Crime fell, according to the most recent data available from the agency.", 0, "agency", id="data-available-from-was-most"),
    # a verb coordinated by "but", a quotation closed by a mark typed the wrong way round
    pytest.param("The firm keeps its accounts secret but says its business has tripled.", 0, "firm", id="but-says-was-author"),
    pytest.param("Prices rose but experts say it will pass.", 0, "experts", id="but-before-a-clause-of-its-own"),
    pytest.param("“It is unusual,“ said Tom Roe, an attorney.", 0, "Tom Roe", id="opening-mark-closing-the-quotation-was-author"),
    # what an inscription or a message says
    pytest.param("The page was replaced by a message that said, “Sorry, the item is gone.”", 0, "message", id="a-message-that-said-was-author"),
    pytest.param("They handed out water bottles that said, “Welcome.”", 0, "water bottles", id="bottles-that-said-was-author"),
    pytest.param("It was the plan that said the firm would close.", 0, "author", id="that-said-without-a-quotation-stays"),
    # "according to" a text that speaks for its makers
    pytest.param("The clerk did not do so at once, according to the summary.", 0, "summary", id="according-to-the-summary-was-author"),
    pytest.param("He resigned after the claims, according to press reports.", 0, "press reports", id="according-to-press-reports-was-author"),
    pytest.param("But according to reports in the news media, he could not convince them.", 0, "reports", id="according-to-reports-in-was-author"),
    pytest.param("According to state law, no one may ask for votes near a polling place.", 0, "state law", id="according-to-state-law-was-author"),
    pytest.param("The car crashed, according to the bridge.", 0, "author", id="according-to-a-thing-names-nobody"),
    # a hyphen typed, spaced, as a dash; a user; "as reported by"
    pytest.param("In an interview, Jane Doe - Roe's partner and co-host - told the Post that he was wary.", 0, "Jane Doe", id="spaced-hyphens-around-an-appositive-was-he"),
    pytest.param("Prices rose - sharply - last year.", 0, "author", id="spaced-hyphens-alone-name-nobody"),
    pytest.param("“It's great fun,” one user wrote.", 0, "user", id="one-user-wrote-was-author"),
    # a name modifying the common noun after it, the speaker after the verb (2026-12-07, PolNeAR train)
    pytest.param("“It is over,” said a Roe supporter.", 0, "Roe supporter", id="a-roe-supporter-was-roe"),
    pytest.param("“It is over,” wrote one Doe supporter, tweeting a link.", 0, "Doe supporter", id="one-doe-supporter-was-doe"),
    pytest.param("“It is over,” said some Roe supporters.", 0, "Roe supporters", id="some-roe-supporters-stays"),
    pytest.param("“It is over,” said the Pentagon.", 0, "Pentagon", id="a-name-alone-after-the-stays"),
    pytest.param("“It is over,” said a New York lawyer.", 0, "New York lawyer", id="a-place-modifying-a-noun-stays"),
    pytest.param("As reported by the Daily, there are 150 delegates at stake.", 0, "Daily", id="as-reported-by-was-author"),
    pytest.param("As first reported by the Daily, there are 150 delegates at stake.", 0, "Daily", id="as-first-reported-by-was-author"),
    pytest.param("As reported, the plan failed.", 0, "author", id="as-reported-alone-names-nobody"),
    # found by a review of the readings above: what they must leave alone
    pytest.param("The governor said nothing in the bill would raise taxes.", 0, "governor", id="review-nothing-as-a-subject-with-a-phrase"),
    pytest.param("Tom Roe said nothing else mattered.", 0, "Tom Roe", id="review-nothing-else-then-a-verb"),
    pytest.param("Leaders found little unity on a vision for the bloc.", 0, "leaders", id="review-little-before-a-noun"),
    pytest.param("Critics remain skeptical and say reforms are overdue.", 0, "critics", id="review-an-al-adjective-and-a-verb"),
    pytest.param("The last two reports show that the economy is weak.", 0, "last two reports", id="review-two-is-a-plural-quantifier"),
    pytest.param("Reporters who were there said the crowd was calm.", 0, "reporters", id="review-who-were-there"),
    pytest.param("Those who are here say they want answers.", 0, "those who are here", id="review-who-are-here"),
    pytest.param("The team that won Sunday said it would celebrate.", 0, "team that won Sunday", id="review-a-weekday-after-an-irregular-past"),
    pytest.param(
        "Noted historian Jane Doe, who wrote ten books, died Sunday, her publisher said.",
        0,
        "publisher",
        id="review-noted-historian-is-no-fronted-verb",
    ),
    pytest.param("Said Jalili, the chief negotiator, told reporters the talks were over.", 0, "Said Jalili", id="review-said-is-a-given-name"),
    pytest.param("Her checking account showed a deficit by March.", 0, "author", id="review-a-bank-account-is-no-source"),
    pytest.param("As promised by the mayor, the park opened Tuesday.", 0, "author", id="review-as-promised-by-is-no-report"),
    pytest.param("Prices rose - from 10 - 12 dollars - last year.", 0, "author", id="review-a-spaced-range"),
    # "both" floating before a common noun subject
    pytest.param("Both parents stiffened their attacks, saying that he lacked character.", 0, "parents", id="both-parents-then-saying-was-author"),
]


@pytest.mark.parametrize(("text", "index", "speaker"), READINGS)
def test_speaker(proposals, text, index, speaker):
    assert proposals(text)[index][S.SPEAKER] == speaker


@pytest.mark.parametrize(
    ("first", "title", "speaker"),
    [
        pytest.param("Jeb Roe, the former Florida governor", "The Ohio governor", "Ohio governor", id="another-state's-governor-was-jeb-roe"),
        pytest.param("Jeb Roe, the former Florida governor", "The Florida governor", "Jeb Roe", id="the-same-state"),
        pytest.param("Jeb Roe, the former Florida governor", "The governor", "Jeb Roe", id="no-state-said"),
        pytest.param("Jane Doe, the governor of Ohio", "The Ohio governor", "Jane Doe", id="the-state-after-of"),
        pytest.param("Sen. Joni Roe (R-Iowa)", "The Florida senator", "Florida senator", id="another-state-than-the-seat"),
        pytest.param("Sen. Joni Roe (R-Iowa)", "The Iowa senator", "Joni Roe", id="the-seat's-state"),
        pytest.param("Sen. Joni Roe (R-Iowa)", "The senator", "Joni Roe", id="the-title-with-a-seat-was-senator"),
        pytest.param("Sen. Jane Doe (D-Calif.)", "The California senator", "Jane Doe", id="review-an-abbreviated-seat"),
        pytest.param("Sen. Jane Doe (D-Ky.)", "The Kentucky senator", "Jane Doe", id="review-an-abbreviation-not-a-prefix"),
        pytest.param("Sen. Jane Doe (D-Fla.)", "The Ohio senator", "Ohio senator", id="review-another-abbreviated-seat"),
    ],
)
def test_a_title_with_a_state_goes_only_to_a_holder_from_that_state(rows, first, title, speaker):
    text = f"{first}, said taxes were high. {title} said the border must be secured."
    assert rows(text)[1][S.SPEAKER] == speaker


def test_a_title_and_its_seat_make_the_role(rows):
    """ "Sen. Joni Roe (R-Iowa)": the title and the seat in parentheses, not the seat alone."""
    assert rows("Sen. Joni Roe (R-Iowa) said it was fine.")[0][S.SPEAKER_ROLE] == "Sen. (R-Iowa)"
    assert rows("Rep. Jane Doe (D-N.Y.), chair of the caucus, said it was fine.")[0][S.SPEAKER_ROLE] == "chair of the caucus"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param("Tom Roe, speaking in Ohio, said it failed.", "", id="what-the-speaker-did-is-no-role-was-speaking-in-ohio"),
        pytest.param("Tom Roe, acting director of the agency, said it failed.", "acting director of the agency", id="acting-director-is-a-role"),
        pytest.param("Tom Roe, managing director of the fund, said it failed.", "managing director of the fund", id="review-an-ing-modifier-is-a-role"),
        pytest.param("Tom Roe, a lawyer who called it “a farce,” said it failed.", "lawyer who called it “a farce”", id="a-cut-quotation-is-closed"),
    ],
)
def test_role_from_the_appositive(rows, text, role):
    assert rows(text)[0][S.SPEAKER_ROLE] == role


def test_a_verbs_s_form_right_before_the_clauses_verb_is_a_plural_noun(rows):
    found = rows("An analysis of campaign-finance reports shows spending rose.")[0]
    assert (found["speaker"], found["cue"]) == ("analysis", "shows")  # was cued by "reports"


def test_a_possessive_and_an_adjective_make_a_reporting_word_a_noun():
    tokens = tokenize("Growth fell from the fund's last estimate.")
    assert is_noun_use(tokens, [t.low for t in tokens].index("estimate"))
    tokens = tokenize("Doe's aides last estimated it.")
    assert not is_noun_use(tokens, [t.low for t in tokens].index("estimated"))
