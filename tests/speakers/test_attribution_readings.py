"""Speaker readings added from the error kinds of PolNeAR dev and train (2026-11-26): groups and
descriptions ("people familiar with the talks", "one in three"), relative and subordinate clauses,
as-clauses, tag verbs, object-experiencer verbs, "that" clauses. Short sentences written for the tests,
no corpus text; each id names the engine's answer before the fix where there was a wrong one."""

from __future__ import annotations

import pytest

import viewpoints
from viewpoints import schema as S

GROUPS_AND_CLAUSES = [
    pytest.param(
        "Ben Crump, the family's lawyer, said the recordings show Tom Smith calmly leaving the bank.",
        0,
        "Ben Crump",
        id="plural-noun-then-its-verb-ends-the-phrase-was-the-clause",
    ),
    pytest.param("Voting rights advocates have expressed concern about the plan.", 0, "Voting rights advocates", id="an-s-form-after-a-plural-is-a-noun"),
    pytest.param("The report cards show gains in every school, the minister said.", 0, "minister", id="closing-frame-after-plural-subject"),
    pytest.param("In a statement, one of the family's lawyers, Ben Crump, said the car was stolen.", 0, "Ben Crump", id="one-of-the-lawyers-then-a-name-was-lawyers"),
    pytest.param("Two of the senators, Ann Beck and Tom Baker, said they would vote no.", 0, "Ann Beck and Tom Baker", id="two-of-the-senators-then-names"),
    pytest.param("Some of the protesters said they would return.", 0, "protesters", id="some-of-the-protesters"),
    pytest.param("People familiar with the talks said the deal was off.", 0, "people", id="adjective-after-noun-was-author"),
    pytest.param("Sources close to the campaign said the deal was off.", 0, "sources", id="sources-close-to-was-campaign"),
    pytest.param("Those close to him say that he would have to quit.", 0, "those close to him", id="those-close-to-him-was-author"),
    pytest.param("Those who know him say he is tired.", 0, "those who know him", id="those-who-know-him"),
    pytest.param("Those present said the meeting was tense.", 0, "those present", id="those-present"),
    pytest.param("Those are the facts, the mayor said.", 0, "mayor", id="those-as-a-subject-pronoun-is-no-speaker"),
    pytest.param(
        "Jane Doe echoed claims by the governor that those who question the police demean officers.",
        0,
        "Jane Doe",
        id="that-those-who-question-is-embedded",
    ),
    pytest.param(
        "Farmers worry that Tom Baker is reviving a dying industry. Unlike his rivals, Mr. Baker has few investors, they say.",
        1,
        "farmers",
        id="they-is-not-the-person-named-in-its-sentence-was-baker",
    ),
    pytest.param('"It is a waste," said Del. Ann Beck of Guam.', 0, "Ann Beck", id="del-is-a-title-and-of-place-is-no-name-was-author"),
    pytest.param('"It failed," said Tom Baker of Ohio, a senator.', 0, "Tom Baker", id="name-of-place-was-tom-baker-of-ohio"),
    pytest.param("Bank of America said the fees would rise.", 0, "Bank of America", id="bank-of-america-keeps-its-capital"),
    pytest.param('"It failed," said Army veteran Tom Baker.', 0, "Tom Baker", id="noun-before-an-inverted-name-was-army"),
    pytest.param('"It failed," said 9/11 widow Ann Roe.', 0, "Ann Roe", id="number-before-an-inverted-name-was-author"),
    pytest.param(
        "Doe, a nurse, then appeared on the radio and began by saying she would never diagnose anyone.",
        0,
        "Doe",
        id="one-word-name-with-a-role-holds-an-adjunct-was-author",
    ),
    pytest.param("Inflation, a key gauge, rose, adding to the pressure on the bank.", 0, "author", id="a-role-that-is-no-person-keeps-narration"),
    pytest.param(
        "Obama is wary of Tom McConnell, now the majority leader, who in 2010 said his goal was to stop Obama.",
        0,
        "Tom McConnell",
        id="who-after-an-appositive-and-a-year-was-leader",
    ),
    pytest.param("The figures come from the police department which reported 2,521 shootings this year.", 0, "police department", id="which-after-an-institution"),
    pytest.param("The agency, which said the rules were clear, fined the bank.", 0, "agency", id="comma-which-after-an-institution"),
    pytest.param("My father died of brain cancer, which confirmed what I knew.", 0, "author", id="which-after-a-thing-was-cancer"),
    pytest.param("One of the doctors who sent the letter called Oz a quack.", 0, "doctors", id="relative-clause-after-of-phrase-was-author"),
    pytest.param("His views were echoed by a number of tax experts I spoke to this week.", 0, "tax experts", id="a-number-of-experts-i-asked"),
    pytest.param(
        "Reid often mocked Romney for hiding his returns, claiming that he had a well-placed source who told him Romney paid no taxes.",
        0,
        "Reid",
        id="restrictive-relative-cue-yields-to-the-main-clause-was-source",
    ),
    pytest.param("Officials who spoke on condition of anonymity said the talks had failed.", 0, "officials", id="relative-then-main-verb-same-speaker"),
    pytest.param("A man who said he was a doctor left the room.", 0, "man", id="relative-cue-kept-when-main-clause-has-none"),
    pytest.param(
        "In a statement issued Tuesday, Senator Jane Doe was more careful than her colleagues.",
        0,
        "author",
        id="participle-after-a-document-in-a-preposition-was-statement",
    ),
    pytest.param("In an interview Doe declared that the treaty was obsolete.", 0, "Doe", id="a-name-before-an-ed-verb-is-its-subject"),
    pytest.param("Lynch speaks more often in public about race than about gender.", 0, "Lynch", id="speaks-then-an-adverbial-then-about-was-author"),
    pytest.param("Graham spoke at a gathering of farmers in Iowa.", 0, "author", id="spoke-at-a-gathering-of-is-no-speech"),
    pytest.param("Many people involved in the talks assumed that Clarke had money.", 0, "people", id="ed-postmodifier-was-author"),
    pytest.param("Voters living in cities said the plan was unfair.", 0, "voters", id="ing-postmodifier-was-author"),
    pytest.param(
        "Several judges handling federal lawsuits have cited the election as a reason to hurry.",
        0,
        "judges",
        id="ing-postmodifier-with-object-was-the-whole-phrase",
    ),
    pytest.param("Mining companies said the plan was unfair.", 0, "Mining companies", id="ing-modifier-before-a-noun-stays"),
    pytest.param("Rising prices worried voters.", 0, "voters", id="object-experiencer-was-rising-prices"),
    pytest.param("That worries environmentalists.", 0, "environmentalists", id="that-worries-environmentalists-was-author"),
    pytest.param("The delay concerns Jane Doe, the mayor.", 0, "Jane Doe", id="concerns-a-named-person"),
    pytest.param("Farmers worry that the dam will fail.", 0, "farmers", id="worry-that-is-the-subjects-own"),
    pytest.param("Doe is worried that the plan will fail.", 0, "Doe", id="is-worried-is-the-subjects-own"),
    pytest.param("The storm worried the town.", 0, "author", id="an-object-that-holds-no-view-keeps-narration"),
    pytest.param("As Doe noted, the gap between the two is vast.", 0, "Doe", id="as-doe-noted-was-author"),
    pytest.param("As one analyst put it, the plan is dead.", 0, "analyst", id="as-one-analyst-put-it"),
    pytest.param("Tom Baker spoke first. As he said on Monday, the plan failed.", 1, "Tom Baker", id="as-he-said-on-monday"),
    pytest.param("As expected, the plan failed.", 0, "author", id="as-expected-is-no-report"),
    pytest.param("As it turned out, the plan failed.", 0, "author", id="as-it-turned-out-is-no-report"),
    pytest.param("As the storm grew, officials said the town was safe.", 0, "officials", id="as-clause-without-speech-leaves-the-main-cue"),
    pytest.param(
        "Donations hit $1 billion through August, a USA TODAY analysis of new filings shows.",
        0,
        "USA TODAY analysis",
        id="a-name-in-capitals-holding-a-time-word-was-author",
    ),
    pytest.param("A Herald study of new reports shows prices rising.", 0, "Herald study", id="new-reports-is-a-noun-was-reports"),
    pytest.param(
        "The Herald and the Gannett newspaper chain filed a motion, arguing the move was needed.",
        0,
        "Herald and Gannett newspaper chain",
        id="a-chain-is-an-organisation",
    ),
    pytest.param("The supply chain broke down, adding to the delays.", 0, "author", id="adding-to-is-no-speech"),
    pytest.param("The union walked out, adding that talks would resume.", 0, "union", id="adding-that-is-speech"),
    pytest.param(
        "Donald Trump spoke first. Bernie Sanders spoke next. Although Trump has admitted using the tax code, he does not defend it.",
        2,
        "Donald Trump",
        id="pronoun-after-a-leading-clause-is-its-subject-was-sanders",
    ),
    pytest.param("Having said that, there are some economists who argue that taxes should be low.", 0, "economists", id="having-said-that-was-having"),
    pytest.param("Scott was one of three members who voted against the bill.", 0, "members", id="one-of-three-members-was-of-three-members"),
    pytest.param("The plan failed, said Ursula von der Leyen.", 0, "Ursula von der Leyen", id="particles-inside-a-name-stay"),
    pytest.param(
        "The video shows an officer aiming a gun while police shout at him to drop his gun.",
        0,
        "video",
        id="a-cue-in-a-while-clause-yields-to-the-main-clause-was-police",
    ),
    pytest.param(
        "Members of the caucus met, shortly after Trump said he finally believes Obama was born here.",
        0,
        "Trump",
        id="a-deferred-clause-keeps-its-own-complement",
    ),
    pytest.param("Prices rose after the bank said rates would climb.", 0, "bank", id="a-subordinate-cue-stands-when-the-main-clause-has-none"),
    pytest.param("“Maybe I can say it plainly,” Doe continued. “We have to do better.”", 1, "Doe", id="a-tag-verb-after-a-quote-keeps-the-next-quote-was-author"),
    pytest.param('"It is over," Doe explained.', 0, "Doe", id="explained-closing-a-quote"),
    pytest.param("The deal, which Doe signed, collapsed.", 0, "author", id="an-ed-verb-after-a-relative-is-no-tag"),
    pytest.param("Republicans are slamming the nominee for his work.", 0, "Republicans", id="slamming-doubles-its-m-was-author"),
    pytest.param("Doe's conclusion that judges should not weigh it is not widely shared.", 0, "Doe", id="conclusion-that-is-a-position"),
    pytest.param("An attorney for the aide, Mark Roe, stressed that his client was ready to appear.", 0, "Mark Roe", id="unlisted-verb-with-a-that-clause-was-author"),
    pytest.param("Federal investigators have also discovered that the program was infiltrated.", 0, "federal investigators", id="discovered-that"),
    pytest.param("The court ensured that the vote went ahead.", 0, "author", id="ensured-that-reports-nobody"),
    pytest.param("It was decided that the vote would go ahead.", 0, "author", id="a-passive-that-clause-reports-nobody"),
    pytest.param("In the valley, 300,000 acres have been damaged by mining, by one estimate.", 0, "estimate", id="by-one-estimate-was-author"),
    pytest.param("Tom Baker ran the firm. The firm lost $2 million, by his own account.", 1, "Tom Baker", id="by-his-own-account"),
    pytest.param("The bill was passed by some members of the panel.", 0, "author", id="by-some-members-is-no-estimate"),
    pytest.param(
        "In 2013, research conducted by the Center for Media found the site consistently rated Democrats higher.",
        0,
        "research",
        id="a-cue-inside-a-finding-is-embedded-was-the-site",
    ),
    pytest.param(
        "Guard members, called to service by the governor after protests turned violent, are scattered across the area.",
        0,
        "governor",
        id="reduced-passive-with-words-before-by-was-to-service",
    ),
    pytest.param("This reeks of the greatest fear that I have ever seen.", 0, "author", id="a-superlative-makes-fear-a-noun-was-reeks"),
    pytest.param("It does not answer whether Scott had a gun, as police have said.", 0, "police", id="closing-as-police-have-said"),
    pytest.param("The plan failed, as expected.", 0, "author", id="closing-as-expected-is-narration"),
    pytest.param(
        "The Council on Friday made a strong condemnation of the test and pledged new sanctions, which it called a deterrent.",
        0,
        "Council",
        id="coordinated-verb-beats-an-object-relative-was-it",
    ),
    pytest.param("The FBI director chastised Clinton for use of the server.", 0, "FBI director", id="verbs-of-criticising-chastised-was-author"),
    pytest.param("Mr. Obama has articulated these themes before.", 0, "Obama", id="articulated-was-author"),
    pytest.param("The chef grilled the steaks.", 0, "author", id="grilled-is-cooking-not-criticism"),
    pytest.param(
        "Tom Baker spoke. (On Monday he said he would close the plant.)",
        1,
        "Tom Baker",
        id="a-pronoun-right-before-the-verb-beats-a-time-word-was-monday",
    ),
    pytest.param("A third source said that the aide sent the files.", 0, "third source", id="an-ordinal-inside-a-phrase-was-author"),
    pytest.param(
        "The co-pilot had logged 2,766 flying hours with the carrier, the airline said Thursday.",
        0,
        "airline",
        id="a-number-with-a-comma-is-one-token-and-an-airline-speaks",
    ),
    pytest.param("“Donald is an amazing leader,” said the 46-year-old.", 0, "46-year-old", id="said-the-46-year-old-was-author"),
    pytest.param("“Our test was whether they back him,” said one district GOP leader.", 0, "GOP leader", id="said-one-district-leader-was-author"),
    pytest.param("“It is hard to blame him,” the Gawker employee wrote.", 0, "Gawker employee", id="employee-is-a-person-noun"),
    pytest.param("The NFL legend said people misunderstand Trump.", 0, "NFL legend", id="legend-is-a-person-noun"),
    pytest.param(
        "Even though skating is allowed in the park, the women say officers still watch the area.",
        0,
        "women",
        id="women-say-is-plural-was-author",
    ),
    pytest.param(
        "One employee at a software firm declined to speak, saying it would be a bad career move.",
        0,
        "employee",
        id="a-described-person-holds-an-adjunct",
    ),
    pytest.param(
        "Trump, speaking at a rally in Wilmington, N.C., warned that the plan would fail.",
        0,
        "Trump",
        id="a-state-after-a-city-opens-no-appositive-was-wilmington",
    ),
    pytest.param("Clinton, during a town hall in Columbus, Ohio, said she would act.", 0, "Clinton", id="city-comma-state-was-columbus"),
    pytest.param(
        "Another delegate, Michael Brown of Washington, D.C., explained his vote.",
        0,
        "Michael Brown",
        id="a-name-of-a-city-and-state-keeps-the-name",
    ),
    pytest.param("Hemsley, the co-author of the book, said the days of one story are gone.", 0, "Hemsley", id="an-appositive-with-of-keeps-the-name"),
    # "the days" is what was said, not who said it; the title in quotation marks sits inside the appositive
    pytest.param('Hemsley, the co-author of "Going Viral," said the days when the nation agreed are gone.', 0, "Hemsley", id="said-the-days-is-what-was-said-was-days"),
    pytest.param("The plan failed, said analysts.", 0, "analysts", id="said-analysts"),
    pytest.param("“This is the first time,” said Clinton’s top foreign policy aide Jake Sullivan.", 0, "Jake Sullivan", id="modifiers-before-an-inverted-name-was-clinton"),
    pytest.param(
        "A majority of voters looking for an outsider supported Trump, providing a boost.",
        0,
        "voters",
        id="a-majority-of-voters-looking-was-author",
    ),
    pytest.param("One in three said the party does not care.", 0, "one in three", id="a-share-one-in-three-was-author"),
    pytest.param("About four out of 10 said the economy was weak.", 0, "four out of 10", id="a-share-four-out-of-10"),
    pytest.param("On social issues they lean left: 42% say they are liberal.", 0, "42%", id="a-share-42-percent-say-is-plural"),
    pytest.param("Some 42% of voters say the plan is bad.", 0, "voters", id="a-share-of-voters"),
    pytest.param("One in particular said the plan was bad.", 0, "author", id="one-in-particular-is-no-share"),
    pytest.param("Nearly half said the economy was weak.", 0, "nearly half", id="nearly-half-was-author"),
    pytest.param("More than a third say they will stay home.", 0, "more than a third", id="more-than-a-third-was-author"),
    pytest.param("Just over a quarter said they would vote for someone else.", 0, "just over a quarter", id="just-over-a-quarter-was-they"),
    pytest.param("About half the time, Jane Doe said, the plan works.", 0, "Jane Doe", id="about-half-the-time-is-no-share"),
    pytest.param("Nearly 42% said the economy was weak.", 0, "42%", id="a-number-share-keeps-its-reading"),
    pytest.param("At least half of voters in each state say the plan is fair.", 0, "voters", id="at-least-half-of-voters-in-each-state"),
    pytest.param("People briefed on the move said that it reflected a crisis.", 0, "people", id="participle-after-a-capitalised-group"),
    pytest.param("Some miffed Sanders supporters threaten to cast protest votes.", 0, "Sanders supporters", id="a-participle-after-some-modifies-what-follows"),
    pytest.param("Again, those surveyed said the governor was best able to handle it.", 0, "those surveyed", id="those-surveyed"),
    pytest.param("But as a Politico reporter noted, he did not fill the hall.", 0, "Politico reporter", id="but-as-a-reporter-noted"),
    pytest.param("But as a former census-taker who has written about the count, I am wary.", 0, "author", id="as-a-role-with-a-relative-is-no-report"),
    pytest.param(
        "The ruling was a setback for Trump, whose attorneys argued that the documents were secret.",
        0,
        "attorneys",
        id="whose-attorneys-argued-was-author",
    ),
    pytest.param("Trump talked about the wall at length.", 0, "Trump", id="talked-about-was-author"),
    pytest.param("The kids talked in the hallway.", 0, "author", id="talked-without-about-is-no-view"),
    pytest.param("Doe voiced concern about the plan.", 0, "Doe", id="voiced-concern"),
    pytest.param("Doe hinted that she would run.", 0, "Doe", id="hinted-that"),
    pytest.param("The panel deemed the plan unlawful.", 0, "panel", id="deemed"),
    pytest.param("Her voice broke.", 0, "author", id="voice-as-a-noun-is-no-cue"),
    pytest.param("“A lot of it is justified,” Doe continued, citing the many who gave up.", 0, "Doe", id="a-tag-verb-then-an-ing-adjunct"),
    pytest.param("''The shock is not the only factor,'' Doe continued, ''but it is a missing link.''", 0, "Doe", id="a-tag-verb-between-two-apostrophe-quotes"),
    pytest.param("Tom Baker spoke. He doesn't think so.", 1, "Tom Baker", id="a-negated-auxiliary-makes-a-bare-verb-finite"),
    pytest.param("Tom Baker spoke. He didn’t suggest retaliation.", 1, "Tom Baker", id="didnt-with-a-curly-apostrophe"),
    pytest.param("Some state officials praised the work on the property.", 0, "state officials", id="a-verb-form-before-a-plural-is-a-modifier-was-some"),
    pytest.param("Some say the plan failed.", 0, "some", id="some-say-stays-a-verb"),
    pytest.param(
        "Donald Trump, a New York businessman, spoke. Candidate Gary Johnson’s doctor is calling the candidate “extremely fit.”",
        1,
        "candidate Gary Johnson’s doctor",
        id="a-named-owners-doctor-is-someone-new-was-trump",
    ),
    pytest.param("Win or not, the candidate says, the campaign aims to transform the country.", 0, "candidate", id="an-infinitive-after-the-last-comma-is-no-closing-frame"),
    pytest.param("Donations rose, a new analysis shows.", 0, "analysis", id="a-closing-frame-still-stands"),
    pytest.param(
        "The mayor criticized the plan, a county official said, adding that jobs returned.",
        0,
        "county official",
        id="a-closing-frame-before-an-adjunct-was-the-mayor",
    ),
    pytest.param("Jane Doe criticized the plan, saying it would fail.", 0, "Jane Doe", id="an-adjunct-alone-is-no-closing-frame"),
    pytest.param(
        "The senator left before contests in Southern states more friendly to his rival.",
        0,
        "author",
        id="southern-states-is-a-noun-was-southern",
    ),
    pytest.param(
        "Tom Baker and Jane Doe met on Monday. The two leaders said they would meet again.",
        1,
        "leaders",
        id="plural-description-stays-a-group",
    ),
    # a relative clause without "that": its subject is the phrase after the noun it describes
    pytest.param("It is a plan many economists say would fail.", 0, "economists", id="zero-relative-quantified-subject"),
    pytest.param("It is a strategy some believe he could repeat.", 0, "some", id="zero-relative-lone-quantifier"),
    pytest.param("It was an idea his aides say came from the campaign.", 0, "aides", id="zero-relative-possessive-subject"),
    pytest.param("They ran radio ads, a tactic Democrats hope will work.", 0, "Democrats", id="zero-relative-capitalised-group"),
    pytest.param("The state Democrats said they would fight.", 0, "state Democrats", id="zero-relative-not-inside-one-phrase"),
    pytest.param("Investors watching the next few months may want to wait.", 0, "investors", id="zero-relative-needs-a-speaker-head"),
    # a name that is a preposition's object inside a longer subject is not the subject
    pytest.param(
        "The homeless woman accused of driving along the Las Vegas Strip told police she was tired.",
        0,
        "homeless woman",
        id="name-after-preposition-is-not-the-subject",
    ),
    pytest.param("A driver from the Bronx told police he was lost.", 0, "driver", id="prepositional-phrase-on-a-short-subject"),
    pytest.param("Many of the voters in Ohio say the plan is bad.", 0, "voters", id="object-of-of-still-speaks"),
    pytest.param("Protesters marching through the streets chanted slogans.", 0, "protesters", id="subject-described-by-a-participle-phrase"),
    pytest.param("A man who was arrested at the airport in the morning told police he was lost.", 0, "man", id="subject-described-by-a-who-clause"),
    pytest.param("Rival senators have urged the mogul to release the tapes.", 0, "rival senators", id="a-finite-verb-is-no-description"),
    pytest.param(
        "The suspensions counted in the audit are higher than earlier studies have suggested.",
        0,
        "author",  # not "suspensions": a comparison with what studies suggested is the author's
        id="a-description-holds-no-verb-of-the-clause",
    ),
    pytest.param(
        "Jane Doe, the director, released a statement confirming the 11 states identified by the party.",
        0,
        "Jane Doe",
        id="a-clause-opening-with-a-verb-has-no-described-subject",
    ),
    # "her" as a relative clause's object, and a list of one subject's verbs
    pytest.param("Those who know her say she is tough.", 0, "those who know her", id="her-is-an-object-in-who-know-her-say"),
    pytest.param("She had her say at the meeting.", 0, "author", id="had-her-say-is-a-noun"),
    pytest.param("The senator dodged questions, admitted he had lied, and delayed the vote.", 0, "senator", id="a-verb-in-a-comma-list"),
    pytest.param("Officials closed the road, added patrols and reopened it later.", 0, "author", id="a-listed-speech-verb-needs-a-clause"),
    pytest.param("Officials closed the road, added that patrols would follow, and reopened it.", 0, "officials", id="a-listed-speech-verb-with-a-clause"),
    # a plural common noun opening a sentence is a group, so no "she" stands for it
    pytest.param(
        "Senator Jane Doe spoke on Monday. Corporations owe their towns a lot, she said.",
        1,
        "Jane Doe",
        id="a-capitalised-plural-is-no-she",
    ),
    # plurals of listed nouns that end like singulars, pictures as evidence, a pronoun with a partner
    pytest.param("Rabbis vow to boycott the speech.", 0, "rabbis", id="rabbis-is-a-plural"),
    pytest.param("The analysis shows a gap.", 0, "analysis", id="analysis-is-no-plural"),
    pytest.param("The ads ask the candidates to make jobs a priority.", 0, "ads", id="ads-is-a-plural-document"),
    pytest.param("Photos showed mourners crouched over the bodies.", 0, "photos", id="photos-show-like-a-document"),
    pytest.param("The sign read “Closed”.", 0, "author", id="a-sign-is-no-document"),
    pytest.param("She and her lawyers argue that the data is public.", 0, "She and her lawyers", id="a-pronoun-and-a-phrase-speak-together"),
    pytest.param(
        "Jane Doe also said the tapes show nothing, the footage showed.",
        0,
        "Jane Doe",
        id="an-adverb-keeps-a-plain-opening-report",
    ),
    # a count before its noun, and "with X saying"
    pytest.param("Only about 4 in 10 Republican voters in each state want a wall.", 0, "Republican voters", id="a-count-before-its-noun"),
    pytest.param("Doe gained ground, with 30 percent of voters saying they like him.", 0, "voters", id="with-a-subject-saying"),
    pytest.param("With polls showing Doe ahead, the campaign relaxed.", 0, "polls", id="with-opening-the-sentence"),
    pytest.param("The senator met with officials seeking aid.", 0, "author", id="met-with-is-no-with-clause"),
    # sides and camps, coordination, quoted titles in appositives, parentheticals, particle verbs
    pytest.param("Each side said the other would be to blame.", 0, "side", id="each-side-speaks"),
    pytest.param("British diplomat praises the president.", 0, "British diplomat", id="a-diplomat-speaks"),
    pytest.param("Tom Roe and Senator Jane Doe have both argued that jobs were lost.", 0, "Tom Roe and Jane Doe", id="two-names-one-titled-have-both-argued"),
    pytest.param("The judge rubbed his chin, and then said something strange.", 0, "judge", id="and-then-said"),
    pytest.param("Workers enroll, and then state officials train them.", 0, "author", id="and-then-a-bare-form-is-no-coordinated-verb"),
    pytest.param("Jane Doe, host of the “Morning Show,” suggested the remarks could hurt him.", 0, "Jane Doe", id="a-quoted-title-inside-an-appositive"),
    pytest.param(
        'The party, held every four years, "gets our message out," said Tom Roe, a spokesman.',
        0,
        "Tom Roe",
        id="a-quotation-before-said-is-no-title",
    ),
    pytest.param("Jane Doe made a defense of “city values,” saying the city was brave.", 0, "Jane Doe", id="an-adjunct-after-a-quoted-comma"),
    pytest.param("The plan, an inside source said, is to hand out copies.", 0, "inside source", id="an-inside-source-in-a-parenthetical"),
    pytest.param("“He wants to be tough tonight,” Doe shot back.", 0, "Doe", id="shot-back-is-speech"),
    pytest.param("Jane Doe hit back at her critics on Monday.", 0, "Jane Doe", id="hit-back-is-speech"),
    pytest.param("The officer shot the suspect twice.", 0, "author", id="shot-without-back-is-no-speech"),
    pytest.param("The storm hit the coast.", 0, "author", id="hit-without-back-is-no-speech"),
    # documents described by a participle, makers after "by", and "all" before a name
    pytest.param("A new poll released Tuesday shows Doe ahead by five points.", 0, "poll", id="released-tuesday-describes-the-poll"),
    pytest.param("According to a memo released by the watchdog, emails were removed.", 0, "watchdog", id="according-to-a-memo-by-its-maker"),
    pytest.param("According to a memo from the staff, emails were removed.", 0, "staff", id="according-to-a-memo-from-its-maker"),
    pytest.param("“No comment,” was all Doe would say. Doe left.", 0, "Doe", id="all-before-a-name-is-what-was-said"),
    pytest.param("“No comment,” was all Jane Doe would say. Doe left the room.", 0, "Jane Doe", id="all-is-no-part-of-the-name"),
    # a title opening a sentence mentions its holder for the pronouns after it
    pytest.param("The mayor was blunt. “This is unacceptable,” he said.", 1, "mayor", id="a-described-subject-for-a-later-he"),
    pytest.param(
        "Mayor Jane Doe spoke first. The mayor was blunt. “This is unacceptable,” she said.",
        2,
        "Jane Doe",
        id="a-title-subject-is-its-named-holder",
    ),
    # someone's relative or aide after "said", titles with a modifier, parties in parentheses
    pytest.param("“It’s a shame,” said Doe’s mother, Ann Roe, 62.", 0, "Ann Roe", id="said-owners-noun-then-the-name"),
    pytest.param("“It’s a shame,” said Doe’s mother.", 0, "Doe’s mother", id="said-owners-noun"),
    pytest.param("Doe’s opponent, state Sen. Tom Roe, accused her of lying.", 0, "Tom Roe", id="a-lowercase-modifier-before-a-title"),
    pytest.param("Bobby Roe, the head of the group, thinks Mr. Doe will win.", 0, "Bobby Roe", id="a-verb-before-a-title-stays-a-verb"),
    pytest.param("But many Democrats say Mrs. Doe is ahead.", 0, "Democrats", id="say-before-a-title-stays-a-verb"),
    pytest.param("Roe’s niece, Del. Ann Price (D-Va.), shouted to the crowd.", 0, "Ann Price", id="a-party-in-parentheses-is-no-name"),
    # from the review: a title with "and" is one title; a pronoun's partner must be one phrase
    pytest.param("Commerce and Industry Minister Jane Doe said the talks failed.", 0, "Jane Doe", id="and-inside-a-title"),
    pytest.param("He and others sued last year and his lawyers argue the law is void.", 0, "lawyers", id="pronoun-and-a-clause-is-no-subject"),
    # verbs of voicing and of judging that name where their subject stands
    pytest.param("“Keep your hands up,” the singer sings to the crowd.", 0, "singer", id="a-song-voices-its-singer"),
    pytest.param("The widow pleads for calm in a video released Monday.", 0, "widow", id="plead-is-speech"),
    pytest.param("The governor proclaimed a day of mourning.", 0, "governor", id="proclaim-is-speech"),
    pytest.param("The senator bragged about his record on taxes.", 0, "senator", id="brag-is-speech"),
    pytest.param("The mayor retweeted a photo of the flooded street.", 0, "mayor", id="retweet-is-speech"),
    pytest.param("The mayor lauded the firefighters for their courage.", 0, "mayor", id="laud-judges"),
    pytest.param("The newspaper has detailed spending that benefited the charity.", 0, "newspaper", id="detail-reports"),
    pytest.param("In her film, Jane Doe chronicles the deaths that followed.", 0, "Jane Doe", id="chronicle-reports"),
    pytest.param("The report highlights the risks of the plan.", 0, "report", id="highlight-reports"),
    # a title goes to a named speaker, not to one known only by a description
    pytest.param(
        "A homeless woman told police she was tired. The governor says shelters are full.",
        1,
        "governor",
        id="title-is-not-a-described-speaker",
    ),
    pytest.param("Jane Doe told police she was tired. The governor says shelters are full.", 1, "Jane Doe", id="title-falls-back-to-named-speaker"),
    # a question's tag may run on past a comma; a pronoun's tag claims the quotation before it
    pytest.param("“Is it over?” Jane Doe asked, and the crowd in the hall fell silent for a minute.", 0, "Jane Doe", id="question-before-a-long-tag-was-author"),
    pytest.param("“Is it over?” The question hung in the hall for a long and silent minute.", 0, "author", id="question-without-a-tag-stays-narration"),
    pytest.param("Tom Baker is blunt about his aim. “We want to win.” After all, he says, “we never lost.”", 1, "Tom Baker", id="quotation-before-a-pronoun-tag-was-author"),
    pytest.param("Tom Baker left early. “We lost.” The crowd was silent.", 1, "author", id="quotation-before-narration-stays-narration"),
    # "they" after a plural noun opening the sentence's own subordinate clause
    pytest.param(
        "Experts said the plan was sound. While environmentalists welcomed the plan, they were less pleased by its cost.",
        1,
        "environmentalists",
        id="they-after-while-plural-was-experts",
    ),
    pytest.param("Experts said the plan was sound. While prices rose, they said the cost was new.", 1, "experts", id="they-after-a-plural-thing-keeps-the-speaker"),
    # someone's own words speak for them
    pytest.param("Tom Baker said the files were private. His remarks showed that he knew.", 1, "Tom Baker", id="his-remarks-was-remarks"),
    pytest.param("Tom Baker said the files were private. Baker’s statement said the rest were lost.", 1, "Tom Baker", id="name-s-statement-was-statement"),
    pytest.param("Tom Baker said the files were private. His report shows that the rest were lost.", 1, "report", id="his-report-is-still-a-document"),
    # a courtesy title stands before a surname, of someone of its gender
    pytest.param("Donald Trump spoke first. Mary Trump runs the brand. “It is new,” Mr. Trump said.", 2, "Donald Trump", id="mr-is-not-mary-was-mary-trump"),
    pytest.param("Donald Trump spoke first. He launched Trump Shuttle in 1989. “It is new,” Mr. Trump said.", 2, "Donald Trump", id="mr-trump-is-a-surname-was-trump-shuttle"),
    pytest.param("Tom Baker spoke first. His Boeing jet is old. “It is new,” he said.", 2, "Tom Baker", id="his-boeing-is-no-name-was-his-boeing"),
    # titled names with their affiliation and descriptions between commas
    pytest.param("Sen. Jane Roe (D-Ohio), said after a lunch that she had not read the plan.", 0, "Jane Roe", id="comma-after-the-party-was-author"),
    pytest.param("After winning Ohio, Gov. Tom Roe (R-Ohio), said he was ready.", 0, "Tom Roe", id="titled-name-after-an-opening-phrase-was-ohio"),
    pytest.param("On Tuesday, Jane Doe, Sen. Roe's aide, said the plan failed.", 0, "Jane Doe", id="a-titled-owner-inside-a-role-keeps-the-name"),
    pytest.param("The state's top official, Gov. Tom Roe, said it failed.", 0, "Tom Roe", id="a-description-then-a-titled-name"),
    pytest.param("Sen. Tom Roe, facing a tough race in Iowa, a swing state, said he was ready.", 0, "Tom Roe", id="place-inside-a-description-was-iowa"),
    pytest.param("Cory Roe, 22, of Flint, Mich., said he had not given up hope.", 0, "Cory Roe", id="state-abbreviation-with-its-own-full-stop-was-mich"),
    pytest.param(
        "Outside the party, a growing number of voters, while still confident in the plan, are warning against it.",
        0,
        "voters",
        id="an-opening-phrase-is-no-name-before-appositives",
    ),
    # people by what they are
    pytest.param("In a statement, the business mogul announced that he would sell.", 0, "business mogul", id="mogul-was-statement"),
    pytest.param("As boos erupt, the executive says the plant will close.", 0, "executive", id="executive-was-author"),
    pytest.param("“We were lied to,” said one owner of a shop that sells shoes.", 0, "owner", id="owner-is-a-person-was-author"),
    pytest.param("“It failed,” Justice Department senior trial counsel Ann Roe wrote in a filing.", 0, "Ann Roe", id="counsel-is-a-role-was-the-whole-title"),
    # "according to" opening a reported clause is the speaker's source
    pytest.param("Tom Roe said Tuesday that, according to the count, the party has won.", 0, "Tom Roe", id="according-to-inside-a-report-was-count"),
    pytest.param("According to the count, the party has won, Tom Roe said.", 0, "Tom Roe", id="according-to-before-a-closing-frame"),
    pytest.param("The party has won, according to the count.", 0, "count", id="according-to-alone-still-speaks"),
    # offices with "of"
    pytest.param("The secretary of state said the plan failed.", 0, "secretary", id="of-state-is-a-noun-was-author"),
    pytest.param("Secretary of State John F. Kerry arrived. Kerry said the plan failed.", 1, "John F. Kerry", id="office-of-domain-then-name-was-state-john-f-kerry"),
    pytest.param("Later, Minister of Health Ann Roe arrived. Roe said the plan failed.", 1, "Ann Roe", id="office-with-of-is-learned-was-roe"),
    # words describing the person noun before an inverted name
    pytest.param("“It is no mistake,” said retired neurosurgeon Ben Carson, asked about his claims.", 0, "Ben Carson", id="retired-neurosurgeon-was-his-claims"),
    pytest.param("“It is no mistake,” said longtime Democratic pollster Pat Roe.", 0, "Pat Roe", id="longtime-democratic-pollster-was-author"),
    pytest.param("“It is no mistake,” said the tired man in the hat.", 0, "tired man", id="a-description-without-a-name-stays"),
    pytest.param("White House and Pentagon spokesmen said the ban stopped the research.", 0, "White House and Pentagon spokesmen", id="spokesmen-was-author"),
    pytest.param("Executives for the firm, which made billions last year, say the plant will close.", 0, "executives for the firm", id="head-before-for-is-plural-was-author"),
    pytest.param("Residents in Ohio say the plant will close.", 0, "residents", id="head-before-in-is-plural-was-author"),
    pytest.param("One in five say the plant will close.", 0, "one in five", id="a-share-before-in-keeps-its-count"),
    pytest.param("Supporters of Jane Doe say that the plan should pass.", 0, "supporters of Jane Doe", id="plural-head-before-of-was-author"),
    pytest.param("The Bank of America say it.", 0, "author", id="a-singular-name-with-of-takes-no-bare-verb"),
    pytest.param("Ford itself said the deal was on.", 0, "Ford", id="reflexive-after-the-subject-was-author"),
    pytest.param("“It failed,” said the American ambassador at the time, John E. Roe.", 0, "John E. Roe", id="description-then-name-after-the-verb-was-description"),
    pytest.param("“It failed,” said the firm's chief executive, John Doe.", 0, "John Doe", id="owned-description-then-name-was-description"),
    pytest.param("“It failed,” said the senator, adding that it was late.", 0, "senator", id="a-clause-after-the-comma-is-no-name"),
    pytest.param("One pastor supporting Mr. Cruz, Tom Roe of Grace Church in Marion, said he had called.", 0, "Tom Roe", id="description-with-a-name-then-name-of-place-was-cruz"),
    pytest.param("Senator Jane Doe and her husband said they were tired.", 0, "Jane Doe and her husband", id="title-before-coordinated-names-was-lower-cased-senator"),
    pytest.param("Officials and experts said they were tired.", 0, "officials and experts", id="coordinated-common-nouns-stay-lower-case"),
    # found by a review of the readings above: what they must leave alone
    pytest.param("A top diplomat, Deputy Secretary of State Tom Roe, said the talks failed.", 0, "Tom Roe", id="an-office-with-of-inside-an-appositive"),
    pytest.param("The President of France arrived on Monday. France said it would send aid.", 1, "France", id="an-office-with-of-and-no-name-is-not-learned"),
    pytest.param("Tom Roe walked past the sign. “No entry.” He said he went in anyway.", 1, "author", id="a-pronoun-sentence-without-a-quotation-claims-none"),
    pytest.param("“It failed,” said a spokesman for the company, Acme Corp.", 0, "spokesman", id="a-company-after-the-description-is-no-name"),
    pytest.param("The plan failed, said angry farm workers Tuesday.", 0, "author", id="a-weekday-is-no-name"),
    pytest.param("Officials stayed silent. When reporters called the office, they said it was closed.", 1, "they", id="they-after-a-temporal-clause-is-not-bound"),
    pytest.param("Secretary of State Hillary Rodham Clinton said the plan failed.", 0, "Hillary Rodham Clinton", id="an-office-then-a-three-word-name"),
    pytest.param("Tom Roe noted a plan that, according to critics, would fail.", 0, "critics", id="according-to-in-a-relative-clause-is-its-own"),
    pytest.param("“It contradicts her testimony,” the committee chairmen wrote.", 0, "committee chairmen", id="chairmen-was-author"),
    pytest.param("Tom Roe spoke first. “It is close,” said his wife.", 1, "wife", id="said-his-wife-was-author"),
    pytest.param("“We will win,” added his campaign manager Jeff Weaver.", 0, "Jeff Weaver", id="his-campaign-manager-then-name-was-author"),
    pytest.param("Tom Roe spoke first. He said his campaign was close.", 1, "Tom Roe", id="his-before-a-thing-is-no-speaker"),
    pytest.param("Matt Roe runs the polls. Roe is quoted as saying the method works.", 1, "Matt Roe", id="quoted-as-saying-was-author"),
    # a paragraph that only quotes runs on the voice that closed the paragraph before
    pytest.param("Tom Roe now said the party had a duty to unite.\n\n“The biggest unifier we have is the rival.”", 1, "Tom Roe", id="quote-paragraph-after-a-reported-statement-was-author"),
    pytest.param("The crowd had thinned by noon.\n\n“The biggest unifier we have is the rival.”", 1, "author", id="quote-paragraph-after-narration-stays-narration"),
    # a collective noun holds a view in the singular (2026-12-07, PolNeAR train); "public" is left out
    pytest.param("“Out!” the crowd yelled.", 0, "crowd", id="a-crowd-yells-was-author"),
    pytest.param("Jane Doe spoke. The party leadership said the plan would work.", 1, "party leadership", id="a-leadership-says-was-author"),
    pytest.param("Public colleges make up the shortfall by admitting more students.", 0, "author", id="public-as-an-adjective-is-no-group"),
    pytest.param("The media report claimed the plan failed.", 0, "media report", id="a-report-before-a-past-verb-is-a-noun"),
    pytest.param("A crowd estimate from police suggested 5,000 attended.", 0, "crowd estimate", id="a-bare-verb-after-a-collective-noun-is-a-noun"),
    pytest.param("Voters were asked about the economy. Most said they were very worried.", 1, "most", id="most-opening-a-clause-was-they"),
    pytest.param("Jane Doe most feared a loss.", 0, "Jane Doe", id="most-before-a-verb-is-an-adverb"),
    pytest.param("Jane Doe spoke. An earlier report in a local paper said that the plan failed.", 1, "report", id="an-earlier-report-was-author"),
    pytest.param("Clinton defenders today argue that this was the best anyone could do.", 0, "Clinton defenders", id="today-between-subject-and-verb-was-author"),
    pytest.param("Jane Doe and Tom Roe met. Both said the plan failed.", 1, "both", id="both-as-the-subject-was-author"),
    pytest.param("Both parties vowed to act.", 0, "parties", id="both-before-a-noun-is-its-determiner"),
    pytest.param("Overall, conservative outside groups reported that they spent $6 million.", 0, "conservative outside groups", id="outside-between-adjective-and-noun-was-conservative"),
    pytest.param("Analysts outside government say the plan is flawed.", 0, "analysts", id="outside-after-a-speaking-noun-is-where-they-are"),
    pytest.param("Jane Doe, 54, criticized the plan.", 0, "Jane Doe", id="a-verb-after-an-age-was-its-object-the-plan"),
    pytest.param("The mayor, a Democrat, criticized Tom Roe, saying he would fail.", 0, "mayor", id="an-appositive-before-an-adjunct-is-no-closing-frame"),
    pytest.param("Tom Roe, the mayor, said the plan failed, adding that talks had stalled.", 0, "Tom Roe", id="an-inverted-frame-before-an-adjunct-is-none"),
    pytest.param("The plan failed, added a spokesman for the city.", 0, "spokesman", id="an-inverted-closing-frame-stands"),
    # records and tallies speak for their makers
    pytest.param("According to recent polling, the candidate is leading.", 0, "polling", id="polling-was-author"),
    pytest.param("The guards left at ten, according to a congressional timeline.", 0, "congressional timeline", id="timeline-was-author"),
    pytest.param("Beyond the footage, the affidavit cited interviews and said that he had bruises.", 0, "affidavit", id="affidavit-was-beyond-the"),
]


@pytest.mark.parametrize(("text", "index", "speaker"), GROUPS_AND_CLAUSES)
def test_speaker_of_groups_and_clauses(proposals, text, index, speaker):
    assert proposals(text)[index][S.SPEAKER] == speaker


def test_dotted_initials_name_an_organisation_as_a_head_only(rows):
    """ "the F.A.A." is an agency; "J.M. Berger" a man with initials."""
    agency, person = rows("The plane is cleared to fly, according to the F.A.A.\n\n“It is a good plane,” J.M. Berger said.")
    assert (agency[S.SPEAKER], agency[S.SPEAKER_KIND]) == ("F.A.A", "organization")
    assert (person[S.SPEAKER], person[S.SPEAKER_KIND]) == ("J.M. Berger", "person")


def test_an_office_with_of_is_the_role():
    frame = viewpoints.analyze("Director of National Intelligence James R. Clapper said the plan failed.")
    assert (frame.loc[0, S.SPEAKER], frame.loc[0, S.SPEAKER_ROLE]) == ("James R. Clapper", "Director of National Intelligence")


def test_a_description_before_a_titled_name_is_the_role():
    frame = viewpoints.analyze("The state's top official, Gov. Tom Roe, said it failed.")
    assert frame.loc[0, S.SPEAKER_ROLE] == "state's top official"


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Fox News Vice President and Managing Editor Bill Roe said the network would cover it.", "Bill Roe", "Fox News Vice President and Managing Editor"),
        ("Japanese journalist and author Hiro Tanaka said the book sold well.", "Hiro Tanaka", "Japanese journalist and author"),
        ("Real estate mogul and reality television star Tom Doe said he would win.", "Tom Doe", "Real estate mogul and reality television star"),
        ("Chris Low at FTN Financial said the jobs report was weak.", "Chris Low", "at FTN Financial"),
        # two people stay two
        ("Tom Roe and Senator Jane Doe said the bill would pass.", "Tom Roe and Jane Doe", ""),
        ("Jane Doe and her lawyer said it was over.", "Jane Doe and her lawyer", ""),
        ("Commerce and Industry Minister Jane Doe said it was over.", "Jane Doe", "Commerce and Industry Minister"),
    ],
)
def test_two_titles_joined_by_and_name_one_person_and_a_workplace_after_at_is_a_role(proposals, text, speaker, role):
    found = proposals(text)[0]
    assert (found[S.SPEAKER], found[S.SPEAKER_ROLE]) == (speaker, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Secretary of State Mike Pompeo and Defense Secretary Jim Mattis said the alliance was strong.", "Mike Pompeo and Jim Mattis"),
        ("The rally was organised by Jenny Park. “This is only the start,” she said.", "Jenny Park"),
    ],
)
def test_two_people_stay_two_and_a_surname_like_a_place_stays_a_name(rows, text, speaker):
    assert rows(text)[-1][S.SPEAKER] == speaker
