"""One article's voices settled as a whole (viewpoints.speakers.voice_list): merges, what names no one, the model."""

import pytest

from viewpoints import schema as S
from viewpoints.speakers import voice_filter, voice_list
from viewpoints.speakers.voice_filter import Model, Voice
from viewpoints.speakers.voice_list import merges, settle


def speakers(rows, text):
    return [r[S.SPEAKER] for r in rows(text)]


# --- one person, one voice ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Mike Pence", "Pence"], {"Pence": "Mike Pence"}),
        (["Gov. Mike Pence", "Mr. Pence"], {"Mr. Pence": "Gov. Mike Pence"}),
        (["Donald Trump", "Donald J. Trump", "Trump"], {"Donald Trump": "Donald J. Trump", "Trump": "Donald J. Trump"}),
        (["the Sanders campaign", "the campaign"], {"the campaign": "the Sanders campaign"}),
        (["Jeb Bush", "George W. Bush", "Bush"], {}),  # two men share the surname: nothing merged
        (["Rubio and his advisers", "his advisers"], {}),  # a joint voice is no merge target for a member
        (["Jeb Bush and Chris Christie", "hopefuls Jeb Bush and Chris Christie"], {"Jeb Bush and Chris Christie": "hopefuls Jeb Bush and Chris Christie"}),
        (["Ghazala Khan", "Khizr and Ghazala Khan"], {}),
        (["Jane Doe", "Tom Roe"], {}),
        (["Pence Foundation", "Pence"], {}),  # not an ending
        (["the court", "court"], {"court": "the court"}),  # the same words
        (["Many farmers", "many farmers"], {"Many farmers": "many farmers"}),  # a sentence's capital
    ],
)
def test_merges_take_a_name_into_the_one_fuller_name_that_ends_with_it(names, expected):
    assert merges(names) == expected


def test_an_article_lists_a_person_once_under_the_fullest_name(rows):
    text = (
        "Mike Pence spoke in Ohio on Monday, where he praised the plan.\n\n"
        "Later, Pence told reporters the plan would pass. “It is a good plan,” Mike Pence said."
    )
    assert {s for s in speakers(rows, text) if s != S.AUTHOR} == {"Mike Pence"}


def test_two_people_who_share_a_surname_stay_apart(rows):
    text = "Jeb Bush said the race was open. George W. Bush said he would not endorse anyone. Bush said more."
    found = set(speakers(rows, text))
    assert {"Jeb Bush", "George W. Bush"} <= found


# --- what names no one -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "nobody"),
    [
        ("it", "organization", True),
        ("percent", "group", True),  # a share without its number
        ("", "person", True),
        ("You", "person", True),
        ("those who", "group", True),
        ("South Carolina", "person", True),  # a state alone that never speaks plainly
        ("Florida and Ohio", "group", True),
        ("Jane RoeFlagShareLikeReplyTom Doe", "person", True),
        ("Look", "person", True),  # a verb opening a sentence, read as its subject
        ("Especially", "person", True),
        ("Disillusioned", "person", True),  # known to the lexicon only in lower case: "Disillusioned, Mr. Doe resigned, convinced ..."
        ("Revealed", "person", True),  # a headline's first word: "Revealed: What the Videos Show"
        ("Wednesday", "person", True),  # a date: "Wednesday added one more development"
        ("Tuesday's", "person", True),
        ("Thursday and Friday", "group", True),
        ("together", "person", True),  # an adverb alone: "the two biggest polluters, which together vowed"
        ("sometimes", "person", True),
        ("Labor Day", "person", True),  # a named day
        ("Super Tuesday", "group", True),
        # real voices that look odd stay
        ("the Pentagon", "organization", False),
        ("Human Rights Watch", "organization", False),
        ("one in three voters", "group", False),
        ("Chinese", "group", False),  # "Many Chinese say"
        ("Virginia Foxx", "person", False),
        ("Obama", "person", False),
        ("Hope Hicks", "person", False),
        ("McDonald", "person", False),
        ("RealClearPolitics", "organization", False),  # a brand spelt as one word, not buttons
        ("FiveThirtyEight", "organization", False),
        ("Kristen Day", "person", False),  # a surname that is a time word stays a name
        ("Joe Friday", "person", False),
        ("Mary Day", "person", False),
        ("most", "group", False),  # "most say": a quantity of people, tagged as an adverb too
    ],
)
def test_nobody(name, kind, nobody):
    # as the article would give them: only opening sentences, never with a plain "said"
    voice = _voice(name, kind=kind, plain_cue=0, speech_cue=0, sentence_initial=True)
    assert voice_list.nobody(voice) is nobody


def test_a_word_or_a_state_that_speaks_plainly_is_someone():
    assert not voice_list.nobody(_voice("Short", plain_cue=1, sentence_initial=True))
    assert not voice_list.nobody(_voice("Short", plain_cue=0, sentence_initial=False))
    assert not voice_list.nobody(_voice("Texas", kind="organization", plain_cue=1))
    assert voice_list.nobody(_voice("Jane Doe", colon_cue=2, colon_number=2, statements=2))  # "Doe: 1,769."


def test_a_name_after_a_relative_clause_keeps_all_its_words(rows):
    text = (
        "But in the world Acme seeks to create, fares would rise.\n\n"
        "Acme said the plan was sound. Acme added that work starts in May."
    )
    assert {s for s in speakers(rows, text) if s != S.AUTHOR} == {"Acme"}


def test_a_statement_whose_speaker_names_no_one_goes_to_the_author(rows):
    found = rows("It said the plan would fail.")
    assert (found[0][S.SPEAKER], found[0][S.ATTRIBUTION], found[0][S.CUE]) == (S.AUTHOR, "narration", "")


def test_a_building_is_no_one_and_its_namesake_keeps_his_words(rows):
    text = (
        "The Trump International Hotel opened in Washington on Monday.\n\n"
        "“For you to ask me that question is insulting,” Trump, 70, told a reporter."
    )
    voices = {s for s in speakers(rows, text) if s != S.AUTHOR}
    assert voices == {"Trump"}


def test_a_capitalised_phrase_after_the_is_a_thing_and_lends_no_full_name(rows):
    # "the Trump Train" was learned as a person, and "Trump told" became "Trump Train" (2026-12-07)
    text = "For those not yet on the Trump Train, the race is over.\n\nTrump told reporters the plan would work."
    assert {s for s in speakers(rows, text) if s != S.AUTHOR} == {"Trump"}


def test_a_title_after_the_keeps_the_full_name(rows):
    text = "The march was led by the Rev. Al Sharpton.\n\n“We will not stop,” Sharpton said."
    assert {s for s in speakers(rows, text) if s != S.AUTHOR} == {"Al Sharpton"}


def test_a_name_modifying_a_noun_after_the_is_still_a_name(rows):
    text = "The Bernie Sanders campaign grew fast.\n\nSanders told reporters the plan would work."
    assert {s for s in speakers(rows, text) if s != S.AUTHOR} == {"Bernie Sanders"}


# --- the model ---------------------------------------------------------------------------------------


def _voice(name="Jane Doe", **counts):
    base = dict(kind="person", statements=1, reported=1, direct=0, continued=0, plain_cue=1, speech_cue=1,
                attitude_cue=0, colon_cue=0, colon_number=0, in_text=1, in_headline=False, nested=False,
                sentence_initial=False)
    base.update(counts)
    return Voice(name=name, **base)


def test_features_are_named_and_bounded():
    found = voice_filter.features(_voice("the 48 chambers"), {"chambers": -0.5})
    assert found["digit"] == 1.0 and found["function_end"] == 0.0 and found["head_prior"] == -0.5
    assert all(-1.0 <= value <= 1.0 for value in found.values())
    assert voice_filter.features(_voice("welcoming polls that"))["function_end"] == 1.0
    assert voice_filter.features(_voice("Jane Doe"), {"doe": -1.0})["head_prior"] == 0.0  # names have no prior


def test_a_model_rejects_below_its_threshold_only():
    model = Model(weights={"bias": 0.0, "digit": -10.0}, threshold=0.5, head_prior={})
    voices = [_voice("156,000 jobs", kind="group"), _voice("Jane Doe")]
    assert voice_list.rejected(voices, model) == {"156,000 jobs"}
    assert voice_list.rejected(voices, None) == set()


def test_settle_with_a_model_gives_a_rejected_voice_back_to_the_author():
    rows = [
        {S.SPEAKER: "156,000 jobs", S.SPEAKER_KIND: "group", S.SPEAKER_ROLE: "", S.ATTRIBUTION: "reported", S.CUE: "show", S.TEXT: "156,000 jobs show it."},
        {S.SPEAKER: "Jane Doe", S.SPEAKER_KIND: "person", S.SPEAKER_ROLE: "", S.ATTRIBUTION: "reported", S.CUE: "said", S.TEXT: "Jane Doe said so."},
    ]
    model = Model(weights={"bias": 0.0, "digit": -10.0}, threshold=0.5, head_prior={})
    settled = settle(rows, "156,000 jobs show it. Jane Doe said so.", model=model)
    assert [(r[S.SPEAKER], r[S.ATTRIBUTION]) for r in settled] == [(S.AUTHOR, "narration"), ("Jane Doe", "reported")]


def test_the_shipped_model_loads_without_a_download_and_scores_in_range():
    model = voice_filter.default_model()
    assert model is not None and 0.0 < model.threshold < 1.0
    assert set(model.weights) == set(voice_filter.features(_voice()))
    assert 0.0 <= model.score(_voice()) <= 1.0
    # a plainly named person who said something is kept; a tally line is not a voice
    assert model.score(_voice("Jane Doe")) >= model.threshold


# --- a review's sentences: readings that fired too widely ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russian officials said the drills were routine. U.S. officials said the drills were a provocation.",
        "South Korean officials said the launch failed. South African officials said the ship had left port.",
        "Senior administration officials said the talks went well. Senior Pentagon officials said they did not.",
        "New York police said the road was closed. New Jersey police said it was open.",
        "George H.W. Bush said the war was just. George W. Bush said he agreed.",
        "John Smith said the plan was sound. Mrs. Smith said it was not.",
        "Iraqi officials said the road was safe. Former officials said it was not.",
    ],
)
def test_two_groups_or_people_stay_two_voices(rows, text):
    voices = [r[S.SPEAKER] for r in rows(text)]
    assert len(set(voices)) == 2, voices


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Asked about the budget on Monday, Short said the White House would not budge.", "Short"),
        ("The mental health charity Mind said demand had risen.", "Mind"),
        ("Washington said it would impose new sanctions on Moscow.", "Washington"),
        ("Texas said in its lawsuit that the rule was unlawful.", "Texas"),
        ("Save the Children said aid convoys were being blocked.", "Save the Children"),
        ("Keep Britain Tidy said the beaches were cleaner.", "Keep Britain Tidy"),
        ("The mayor leads by nine points, according to the RealClearPolitics average.", "RealClearPolitics average"),
        ("FiveThirtyEight said the race had tightened.", "FiveThirtyEight"),
    ],
)
def test_real_speakers_that_look_like_common_words_or_places_keep_their_words(rows, text, speaker):
    assert rows(text)[0][S.SPEAKER] == speaker


def test_tally_lines_are_no_ones_words(rows):
    assert {r[S.SPEAKER] for r in rows("Clinton: 1,769. Sanders: 1,500.")} == {S.AUTHOR}


# --- a headline read as one name ---------------------------------------------------------------------


def test_a_headline_ending_in_a_voice_of_the_article_gives_its_statements_to_that_voice():
    rows = [
        {S.SPEAKER: "Christie Says He Would Issue A Quarantine Chris Christie", S.SPEAKER_KIND: "person", S.SPEAKER_ROLE: "", S.ATTRIBUTION: "reported", S.CUE: "said", S.TEXT: "Christie said so."},
        {S.SPEAKER: "Chris Christie", S.SPEAKER_KIND: "person", S.SPEAKER_ROLE: "", S.ATTRIBUTION: "reported", S.CUE: "said", S.TEXT: "Chris Christie said more."},
    ]
    text = "Christie Says He Would Issue A Quarantine\nChris Christie said more."
    assert {r[S.SPEAKER] for r in settle(rows, text, model=None)} == {"Chris Christie"}


# --- a common noun several voices end with -----------------------------------------------------------


def test_the_campaign_is_the_one_named_last_before_it(rows):
    text = (
        "Donald Trump's campaign said the rally would go ahead.\n\n"
        "Hillary Clinton's campaign said the debate was a win.\n\n"
        "The campaign said it raised $10 million."
    )
    spoken = [r[S.SPEAKER] for r in rows(text) if r[S.SPEAKER] != S.AUTHOR]
    assert spoken[-1] == spoken[1] != spoken[0]


def test_his_campaign_is_not_taken_for_the_campaign_named_last(rows):
    text = (
        "Donald Trump's campaign said the rally would go ahead.\n\n"
        "Hillary Clinton's campaign said the debate was a win.\n\n"
        "Trump spoke for an hour, and his campaign said it raised $10 million."
    )
    spoken = [r[S.SPEAKER] for r in rows(text) if r[S.SPEAKER] != S.AUTHOR]
    assert spoken[-1] != spoken[1]


def test_an_organisation_run_into_a_voice_without_its_comma_is_that_voice(rows):
    text = (
        "Ann Roe spoke in Dover on Monday.\n\n"
        "In a meeting with the editors of the Harbour Post Roe said that the quay must close.\n\n"
        "“We cannot afford it,” Roe said."
    )
    assert {s for s in speakers(rows, text) if s != S.AUTHOR} == {"Ann Roe"}


def test_an_organisation_whose_name_holds_no_voice_stays_whole(rows):
    text = "The Harbour Post Company said profits rose.\n\nAnn Roe said the quay must close."
    assert {s for s in speakers(rows, text) if s != S.AUTHOR} == {"Harbour Post Company", "Ann Roe"}
