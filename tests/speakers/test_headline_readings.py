"""Speaker readings of headlines and labels: verbs a title-case headline capitalises ("Pence Announces
..."), a speaker's label before a colon ("Pence: ...", "DOYLE: ..."), and the kickers, datelines and
clauses that look like labels but name no one ("Update:", "BOOM:", "OHIO:", "FIX IS IN:"). Moved out of
test_attribution_readings.py as their own part (frames.label, verbs.title_case). Short sentences written
for the tests, no corpus text; each id names the engine's answer before the fix where there was a wrong
one."""

from __future__ import annotations

import pytest

from viewpoints import schema as S

HEADLINES_AND_LABELS = [
    pytest.param("Obama Seeks More Refugees As He Marks Holiday.", 0, "Obama", id="title-case-seeks"),
    pytest.param("Obama Sees 'Personal Insult' if Voters Stay Home.", 0, "Obama", id="title-case-sees-with-if"),
    pytest.param("Senator Doe Announces Plans For Releasing Tax Returns.", 0, "Doe", id="title-case-announces-was-author"),
    pytest.param("Mayor Roe Explains Why The Bridge Must Close.", 0, "Roe", id="title-case-explains-was-author"),
    pytest.param("Mayor Roe Praises The New Bridge Design.", 0, "Roe", id="title-case-praises-was-author"),
    # plurals that head headlines as nouns are left out of the title-case verbs (review, 2026-12-07)
    pytest.param("Senator Doe Tweets Spark Backlash Among Voters.", 0, "author", id="title-case-tweets-is-a-noun"),
    pytest.param("Five Questions For The Mayor After The Vote.", 0, "author", id="title-case-questions-is-a-noun"),
    pytest.param("Pence: Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp.", 0, "Pence", id="a-lone-name-labels-a-headline-was-author"),
    pytest.param("Update: The Bridge Has Reopened After Repairs.", 0, "author", id="a-headline-kicker-is-no-label"),
    pytest.param("Result: the vote failed.", 0, "author", id="a-lone-word-label-outside-a-headline-is-no-speaker"),
    # a transcript's label in capitals names its speaker, even one the article has not named before,
    # and the words after it are theirs whatever cue they hold
    pytest.param("The debate ran long.\n\nDOYLE: I do.", 1, "Doyle", id="a-transcript-label-for-a-new-name"),
    pytest.param("The debate ran long.\n\nDOYLE: Well, I think that is right.", 1, "Doyle", id="a-transcript-label-beats-a-cue-inside"),
    pytest.param("The debate ran long.\n\nUPDATE: The debate ended.", 1, "author", id="a-kicker-in-capitals-is-no-transcript-label"),
    pytest.param("The debate ran long.\n\nOHIO: The state voted.", 1, "author", id="a-state-in-capitals-is-a-dateline"),
    pytest.param("The debate ran long.\n\nEDITOR’S NOTE: This story was changed.", 1, "author", id="an-editors-note-is-no-label"),
    pytest.param("Judicial Watch: Agency Hid Key Email For Years.", 0, "Judicial Watch", id="a-name-ending-in-a-kicker-word-is-a-label"),
    # a lone kicker, also inside quotation marks, and a clause before the colon (2026-12-07, PolNeAR train)
    pytest.param('“VIDEO: Both of them told me it was a video.', 0, "author", id="a-quoted-kicker-in-capitals-was-video"),
    pytest.param("FIX IS IN: Moderators Ignore the Scandals.", 0, "author", id="a-clause-in-capitals-was-fix-is-in"),
    pytest.param("BOOM: The Senator Just Fired Back At His Critics.", 0, "author", id="an-exclamation-kicker-was-boom"),
    pytest.param("Bombshell: The Agency Gave the Mayor a New Reason to Worry.", 0, "author", id="a-kicker-noun-was-bombshell"),
    pytest.param("Poll: Roe and Doe Hold Narrow Leads.", 0, "poll", id="a-kicker-naming-a-document-stays-a-label"),
    pytest.param("Theresa May: Brexit Talks Will Go On.", 0, "Theresa May", id="a-name-holding-may-stays-a-label"),
    pytest.param('Rep. Will Hurd: "We need a smarter wall."', 0, "Will Hurd", id="a-name-holding-will-stays-a-label"),
    # a speech verb's capitalised past right after a name (2026-12-08, PolNeAR train): no noun has that form
    pytest.param("Jane Roe Described Her Ordeal At The Border.", 0, "Jane Roe", id="title-case-described-was-author"),
    pytest.param("Senator Doe Asked Voters To Stay Home.", 0, "Doe", id="title-case-asked-was-author"),
    pytest.param("Tom Poe Just Got Asked About The Budget.", 0, "author", id="title-case-got-asked-is-passive"),
    pytest.param("Voters Worried About The Economy Stay Home.", 0, "author", id="title-case-worried-is-a-feeling"),
    pytest.param("SENATOR DOE ASKED VOTERS TO STAY HOME.", 0, "author", id="capitals-are-no-title-case"),
    # a headline's words before its colon, no name (2026-12-08)
    pytest.param("Stealth Over Health: The Mayor Skipped The Clinic.", 0, "author", id="a-preposition-inside-is-no-name-was-stealth-over-health"),
    pytest.param("Roe Wades In: Urges Voters To Stay.", 0, "author", id="a-verb-and-in-was-roe-wades-in"),
    pytest.param("Monday’s Morning Email: The Week Ahead In Politics.", 0, "author", id="a-days-newsletter-was-mondays-morning-email"),
]


@pytest.mark.parametrize(("text", "index", "speaker"), HEADLINES_AND_LABELS)
def test_speaker_of_headlines_and_labels(proposals, text, index, speaker):
    assert proposals(text)[index][S.SPEAKER] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Donald Trump Finally Endorses House Speaker Paul Ryan.", "Donald Trump", id="a-capitalised-adverb-is-no-name-was-donald-trump-finally"),
        pytest.param("Emily Kelly Says She Will Run.", "Emily Kelly", id="a-name-ending-in-ly-stays"),
        pytest.param("Clinton Wades In On Guns, Says Background Checks Must Expand.", "author", id="a-clause-in-capitals-after-says-was-background-checks"),
    ],
)
def test_headline_subjects_in_capitals(proposals, text, speaker):
    assert proposals(text)[0][S.SPEAKER] == speaker
