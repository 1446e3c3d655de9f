"""The review helpers' own sentences for the tenth session's readings (2026-12-08): each rule's edges,
where it must not fire, and the shared surnames the registry settles. Short sentences written by the
reviews, no corpus text (reports: /work/review-rules2.md, -rules3.md, -rules4.md, kept outside the
repository); each id names the case."""

from __future__ import annotations

import pytest

from viewpoints import schema as S

# The review of these rules (its own sentences): each rule's edges, where it must not fire.
REVIEWED = [
    pytest.param("A woman who survived says she was never warned.", "woman", id="who-then-a-verb-then-says-is-no-object"),
    pytest.param("The officer who resigned argues that the chief covered it up.", "officer", id="who-resigned-argues"),
    pytest.param("The economy is slowing, as the Fed notes, and wages are flat.", "Fed", id="as-the-fed-notes"),
    pytest.param("Deficits will grow faster than the CBO estimates, and rates will rise.", "CBO", id="than-the-cbo-estimates"),
    pytest.param("Trump's repeatedly insisted he never met the man.", "Trump", id="an-s-that-is-has"),
    pytest.param("Kim Lee, the senator's chief of staff until she was fired, said the office was in chaos.", "Kim Lee", id="until-inside-an-appositive"),
    pytest.param("Ann Beck, the aide the president has trusted most, said the memo was accurate.", "Ann Beck", id="a-contact-relative-inside-an-appositive"),
    pytest.param("Mayor Jane Doe, whom voters have re-elected three times, said she would not run.", "Jane Doe", id="whom-inside-an-appositive"),
    pytest.param("Looking ahead to 2020, Democrats, said Jane Doe, must focus on the economy.", "Jane Doe", id="an-inverted-frame-after-a-participle"),
    pytest.param('Jane Doe, the mayor said, "is the best candidate we have."', "mayor", id="a-frame-splitting-a-quotation"),
    pytest.param('Jane Doe, senator Tom Roe said, "has not earned my vote."', "Tom Roe", id="a-title-before-a-name-is-no-description"),
    pytest.param('"We are reviewing it," said a spokeswoman for the church, Grace Baptist Church.', "spokeswoman", id="an-organisation-opening-with-grace"),
    pytest.param("The governor vetoed the measure — lawmakers had passed it in May — arguing it was too costly.", "governor", id="an-aside-between-dashes"),
    pytest.param("Back in Washington, Pelosi and Schumer said the bill was dead.", "Pelosi and Schumer", id="back-in-washington-is-no-holder"),
    # the second review's
    pytest.param("The plan has plenty of critics — Democrats in Congress attacked it, saying it would fail.", "Democrats", id="a-lone-dash-opens-a-clause"),
    pytest.param("President Obama, the leader of the free world, visited Kenya, saying the trip mattered.", "Obama", id="a-roles-head-before-of"),
    pytest.param("The bill proposed by Sen. Jane Doe would raise the minimum wage.", "author", id="an-agent-inside-a-plain-subject"),
    pytest.param("A memo from Jane Doe, who heads the agency, said the plan failed.", "Jane Doe", id="a-memo-from-a-person"),
    pytest.param("The plan drew criticism, particularly regarding its cost.", "author", id="regarding-is-a-preposition"),
    pytest.param("Making her way through the crowd, Doe and her husband, told CNN that they were tired.", "Doe and her husband", id="told-cnn-is-no-inverted-frame"),
    # the third review's
    pytest.param('"We will leave," said Theresa May.', "Theresa May", id="may-in-a-name-is-no-auxiliary"),
    pytest.param("Doe appeared certain to win.", "author", id="a-likelihood-is-no-view"),
    pytest.param("The situation in Aleppo remains critical.", "author", id="a-condition-is-no-view"),
    pytest.param("Tom Doe, one of the party's top fundraisers, backed the plan, saying it would pass.", "Tom Doe", id="one-of-the-fundraisers"),
    pytest.param("Later, displaced residents returned home, saying the water was safe.", "displaced residents", id="an-ed-adjective-before-its-verb"),
    pytest.param("The coach was blunt: the team played badly, adding that changes would come.", "coach", id="a-colon-after-a-clause-is-no-clause-start"),
    pytest.param("His message - Obamacare: “It is failing,” Trump said.", "Trump", id="a-closing-frame-beats-an-item-label"),
    pytest.param("Philadelphia officials are considering fines for the marchers.", "Philadelphia officials", id="considering-stays-a-verb"),
    pytest.param("In a joint statement in Geneva, Russia and Iran said the talks had succeeded.", "Russia and Iran", id="in-a-statement-in-geneva"),
    pytest.param("Researchers from the University of Texas, Rice and Baylor said the data were sound.", "researchers", id="from-the-university-of"),
]


@pytest.mark.parametrize(("text", "speaker"), REVIEWED)
def test_where_the_rules_stop(proposals, text, speaker):
    assert proposals(text)[0][S.SPEAKER] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Hillary Clinton said the economy was rigged. Her husband, former President Bill Clinton, campaigned in Ohio. "
            "Clinton told the crowd that his wife would win.",
            "Bill Clinton",
            id="a-relative-introduced-with-a-role-takes-the-surname",
        ),
        pytest.param(
            "Sen. Rand Paul said the budget was reckless. His father, former Rep. Ron Paul, will attend. Paul, 81, said he would not endorse anyone.",
            "Ron Paul",
            id="father-and-son",
        ),
        pytest.param(
            "Hillary Clinton said the plan would work. A moderator raised Bill Clinton's record, asking about it. Clinton said there was no daylight.",
            "Hillary Clinton",
            id="a-namesake-in-passing-does-not",
        ),
        pytest.param(
            "Investors said the plan failed. Sanders said it would pass.",
            "Sanders",
            id="a-surname-the-lexicon-knows-only-as-a-name-keeps-its-capital",
        ),
    ],
)
def test_a_surname_after_two_people_who_share_it(rows, text, speaker):
    assert rows(text)[-1][S.SPEAKER] == speaker
