"""One test per kind of speaker error found on the PolNeAR dev data, each on short sentences written
for the test (no corpus text). The engine's answer before the fix is named in each case's id."""

from __future__ import annotations

import pytest

from viewpoints import schema as S

# (text, index of the statement judged, its expected speaker)
CASES = [
    pytest.param(
        "Rep. Jane Doe (D-Ohio), chair of the budget panel, said members will vote on Friday.",
        0,
        "Jane Doe",
        id="party-tag-in-appositive-was-members",
    ),
    pytest.param(
        "The plan will pass, said Jane Doe, a lawyer.",
        0,
        "Jane Doe",
        id="inverted-said-still-found",
    ),
    pytest.param(
        "Tom Baker said the plan was dead. Maria Lopez, a lawyer for the city, said voters will decide.",
        1,
        "Maria Lopez",
        id="said-before-a-clause-subject-is-no-inversion",
    ),
    pytest.param(
        "After a hastily called meeting, the council issued a statement calling the plan reckless.",
        0,
        "council",
        id="participle-after-article-was-after-a",
    ),
    pytest.param(
        "The family's neighbours, who asked the police for the video, watched it on Friday, lawyers for the family said.",
        0,
        "lawyers",
        id="relative-clause-cue-gave-neighbours",
    ),
    pytest.param(
        "Farmers in the valley, who have argued for the dam, are worried about the cost.",
        0,
        "farmers",
        id="relative-clause-cue-kept-when-main-clause-has-none",
    ),
    pytest.param(
        "His ex-wife agreed, but also argued that the court should seal the file.",
        0,
        "ex-wife",
        id="ex-prefix-was-court",
    ),
    pytest.param(
        "Tom Baker posted a video on Friday saying that his rival Jane Doe had shown poor judgment.",
        0,
        "Tom Baker",
        id="saying-that-without-comma-was-the-embedded-subject",
    ),
    pytest.param(
        "Maria Lopez said the bridge was unsafe.\n\nTom Baker toured the site and said he thought it would stand.",
        1,
        "Tom Baker",
        id="pronoun-goes-to-the-name-opening-its-sentence",
    ),
    pytest.param(
        "Maria Lopez said the bridge was unsafe.\n\nWhat Comes Next\n\nShe said repairs would take a year.",
        1,
        "Maria Lopez",
        id="heading-is-no-person",
    ),
    pytest.param(
        "Vice President Tom Baker said the bill was dead. The president said it would pass.",
        1,
        "president",
        id="president-is-not-the-vice-president",
    ),
    pytest.param(
        "By Monday, the report, released in March, said aid was slow.",
        0,
        "report",
        id="common-noun-before-appositive-as-in-the-report-said",
    ),
    pytest.param(
        "Other large unions, including the teachers and the nurses, have endorsed the plan.",
        0,
        "large unions",
        id="common-noun-before-including-was-narration",
    ),
    pytest.param(
        "Small groups of protesters continued to call for a new inquiry.",
        0,
        "Small groups",
        id="continued-to-call-subject-with-of-was-small",
    ),
    pytest.param(
        "The bank just this month announced it would drop the fees.",
        0,
        "bank",
        id="time-phrase-between-subject-and-verb-was-narration",
    ),
    pytest.param(
        "After the vote, the bloc aims to rely less on outside support.",
        0,
        "bloc",
        id="bloc-is-an-organisation-was-narration",
    ),
    pytest.param(
        "The plan was never safe, the city's former engineer maintains.",
        0,
        "city's former engineer",
        id="verb-of-holding-closing-the-sentence-was-narration",
    ),
    pytest.param(
        "Writing for a panel that all agreed the plan failed, Jane Doe noted that costs had doubled.",
        0,
        "Jane Doe",
        id="participial-opener-was-its-embedded-cue",
    ),
    pytest.param(
        'Bemoaning the "broken system," Tom Baker accused the board of bias.',
        0,
        "Tom Baker",
        id="participial-opener-ending-in-a-quoted-comma-was-narration",
    ),
    pytest.param(
        'So when the firm signalled that it would sell, Tom Baker said, "we were floored."',
        1,  # the leading clause is the firm's own statement (row 0)
        "Tom Baker",
        id="conjunction-then-subordinator-was-the-firm",
    ),
    pytest.param(
        "Sens. Ann Beck (D-Ore.) and Tom Baker (D-Ohio) all suggested that the claims were false.",
        0,
        "Tom Baker",
        id="floating-all-was-the-speaker",
    ),
    pytest.param(
        "Maria Lopez said the bridge was unsafe.\n\nTom Baker, her opponent, toured the site and said he thought it would stand.",
        1,
        "Tom Baker",
        id="said-he-thought-after-an-appositive-was-maria-lopez",
    ),
    pytest.param(
        "Jane Doe had told the police that she did not want an escort, but the city overruled her, the source added.",
        0,
        "source",
        id="closing-frame-beats-an-earlier-cue-was-jane-doe",
    ),
    pytest.param(
        "Taxes would fall, but for some, the losses would outweigh the gains, said Tom Baker.",
        0,
        "Tom Baker",
        id="closing-inverted-frame-was-some",
    ),
    pytest.param(
        "Tom Baker rejected the plan, which he said was unfair.",
        0,
        "Tom Baker",
        id="relative-clause-at-the-end-is-no-closing-frame",
    ),
    pytest.param(
        "Jane Doe said the towns were merged, amounting to what the senators said was gerrymandering.",
        0,
        "Jane Doe",
        id="what-clause-at-the-end-is-no-closing-frame",
    ),
    pytest.param(
        "One after another, mining companies, including the largest, declared bankruptcy.",
        0,
        "mining companies",
        id="ing-modifier-before-a-plural-noun-was-narration",
    ),
    pytest.param(
        "Tom Baker and Jane Doe sparred on Wednesday, each touting a record and saying the other lacks judgment.",
        0,
        "Tom Baker and Jane Doe",
        id="and-saying-adjunct-was-narration",
    ),
    pytest.param(
        "Charter schools remain popular on both sides, promoted by Governor Jane Doe.",
        0,
        "Jane Doe",
        id="reduced-passive-with-by-was-narration",
    ),
    pytest.param(
        "Spending rose by a third last year, the city's own audit shows.",
        0,
        "city's own audit",
        id="closing-frame-with-a-finding-verb-was-narration",
    ),
    pytest.param(
        "The hearing went badly for the board, and the talks collapsed, said one city source in the room.",
        0,
        "city source",
        id="closing-inverted-name-with-prepositional-phrase-was-board",
    ),
    pytest.param(
        "The fact-checker rated half of Republican claims as false.",
        0,
        "fact-checker",
        id="proper-adjective-then-s-form-is-a-noun-was-republican",
    ),
    pytest.param(
        "Tom Baker, speaking after Jane Doe, cited problems in the city and elsewhere that he blamed on the council.",
        0,
        "Tom Baker",
        id="object-relative-clause-has-its-own-subject-was-the-city",
    ),
    pytest.param(
        "Jane Doe endorses Tom Baker, who says he is honored.",
        0,
        "Jane Doe",
        id="main-clause-attitude-verb-beats-relative-speech-verb",
    ),
    pytest.param(
        "A number of other members of the council echo her concerns.",
        0,
        "members",
        id="a-number-of-x-is-x-was-number",
    ),
    pytest.param(
        "The film ― which sets historians beside activists ― explains how the prisons grew.",
        0,
        "film",
        id="a-film-speaks-for-its-makers-was-narration",
    ),
    pytest.param(
        "Initially, state regulators did not consider the plan a realistic option.",
        0,
        "state regulators",
        id="verb-form-modifying-a-plural-noun-was-narration",
    ),
    pytest.param(
        "Many experts suspect those losses were the result of tax breaks.",
        0,
        "experts",
        id="belief-verb-with-a-clause-without-that-was-narration",
    ),
    pytest.param(
        "The firm holds ten billion dollars offshore and would owe three billion in taxes.",
        0,
        "author",
        id="hold-as-possess-is-no-belief-verb",
    ),
    pytest.param(
        "Ann Beck, 59, of Ashton, Md., who watched the ceremony from the lawn, said the day brought back memories.",
        0,
        "Ann Beck",
        id="several-appositives-then-a-relative-clause-was-narration",
    ),
    pytest.param(
        "Jane Doe, who watched from the lawn, later said the day brought back memories.",
        0,
        "Jane Doe",
        id="said-then-a-clause-is-no-inverted-speaker",
    ),
    pytest.param(
        "Ann Beck, director of a group whose work is featured in the film, told The Daily Star that the story is old.",
        0,
        "Ann Beck",
        id="told-takes-an-object-not-an-inverted-speaker-was-daily-star",
    ),
    pytest.param("(All rates exclude the new surtax.)", 0, "author", id="s-form-after-all-is-a-noun-was-all"),
    pytest.param("Sixty percent of farmers agreed.", 0, "farmers", id="percent-of-x-is-x-was-sixty-percent"),
    pytest.param(
        "The high stakes would attract donors and confirm the trend.",
        0,
        "author",
        id="plural-thing-is-no-inferred-speaker-was-high-stakes",
    ),
    pytest.param(
        "In recent days, advisers to the mayor say, the plan has stalled.",
        0,
        "advisers",
        id="noun-to-noun-subject-was-the-mayor",
    ),
    pytest.param(
        "The ruling upset relatives of the miners, many of whom say the mine was unsafe.",
        0,
        "relatives",
        id="many-of-whom-was-narration",
    ),
    pytest.param(
        "After a long meeting, all agreed that the bridge must close.",
        0,
        "all",
        id="all-as-speaker-was-narration",
    ),
    pytest.param(
        "Others in the town have opposed the new bridge.",
        0,
        "others",
        id="verb-also-listed-as-adjective-was-narration",
    ),
    pytest.param(
        "Mrs. Lopez said the plan was dead. The United States disagreed. She said voters will decide.",
        2,
        "Lopez",
        id="place-name-is-no-woman",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker"), CASES)
def test_speaker_of_dev_error_kinds(rows, text, index, speaker):
    assert rows(text)[index][S.SPEAKER] == speaker


QUOTES = [
    pytest.param(
        "“Why is this not proof that the bank is too big?” Tom Baker demanded.",
        [("Tom Baker", "direct"), ("Tom Baker", "reported")],
        id="tag-after-a-question-owns-it-was-narration",
    ),
    pytest.param(
        "“We had problems before,” Jane Doe said after the meeting. She did not elaborate. “Our goal is calm.”",
        [("Jane Doe", "reported"), ("author", "narration"), ("Jane Doe", "direct")],
        id="quotation-after-narration-is-the-paragraphs-voice-was-narration",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES)
def test_quotations_on_dev_error_kinds(rows, text, expected):
    assert [(r[S.SPEAKER], r[S.ATTRIBUTION]) for r in rows(text)] == expected


# Found in review: rules of this session that misfired on ordinary sentences.
REVIEWED = [
    pytest.param("Boeing said, in a statement, that the jets were safe.", 0, "Boeing", id="name-ending-in-ing-is-no-participle"),
    pytest.param("Beijing has warned, repeatedly, that it would respond.", 0, "Beijing", id="name-ending-in-ing-before-an-auxiliary"),
    pytest.param('"We will not back down," said Smith as he left the courthouse.', 0, "Smith", id="as-after-an-inverted-name-is-no-verb"),
    pytest.param("The Vatican says the meeting will go ahead.", 0, "Vatican", id="proper-noun-in-an-is-a-speaker"),
    pytest.param("A Republican says the plan is dead.", 0, "Republican", id="a-republican-says"),
    pytest.param(
        "Jane Roe said the bill was dead. Harper Quinlan, a sponsor of the bill, said it would pass. She said she would try again.",
        2,
        "Harper Quinlan",
        id="role-words-are-no-given-names",
    ),
    pytest.param(
        "Doe said the campaign was strong. “We will win this race.” Roe disagreed.",
        1,
        "Doe",
        id="a-tag-owns-only-a-question-or-exclamation",
    ),
    pytest.param("Jane Doe, a nurse, who watched the ceremony, said the day was long.", 0, "Jane Doe", id="name-role-then-relative-clause"),
    pytest.param("City Councilman Joe Smith said the plan failed.", 0, "Joe Smith", id="city-in-a-title-is-no-organisation"),
    pytest.param(
        "Doe said taxes rose last year, but prices fell sharply, Roe said.",
        0,
        "Doe",
        id="an-opening-x-said-beats-a-closing-frame",
    ),
    pytest.param(
        "Gen. Ann Beck said the plan was sound. Attorney General Tom Baker said it was legal. The general said troops were ready.",
        2,
        "Ann Beck",
        id="attorney-general-is-not-the-general",
    ),
]


@pytest.mark.parametrize(("text", "index", "speaker"), REVIEWED)
def test_speaker_of_reviewed_cases(rows, text, index, speaker):
    assert rows(text)[index][S.SPEAKER] == speaker


def test_roles_keep_a_title_written_before_the_name(rows):
    assert rows("Gen. Ann Beck said the plan was sound.")[0][S.SPEAKER_ROLE] == "Gen."

