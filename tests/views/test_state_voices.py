"""The Voices page's part of the link: read with notices for what cannot be shown, written back without
its empty parts."""

from __future__ import annotations

from views import state_voices as W

KNOWN = {"Ana Ruiz", "Tom Weller", "mayor", "Bo Chan", "<b>Mo</b> *Smith*"}


SPELLINGS = {"Tom J. Weller": "Tom Weller", "tom weller": "Tom Weller"}  # other spellings of a voice the page shows as Tom Weller


def parse(**params):
    return W.parse_voice_choices(params, voice_named=lambda name: name if name in KNOWN else SPELLINGS.get(name))


def test_another_spelling_of_a_voice_opens_it_once():
    read = parse(voice=["Tom J. Weller", "Ana Ruiz", "tom weller", "Tom Weller"])
    assert read.voices == ("Tom Weller", "Ana Ruiz") and not read.notices
    assert W.voice_choices_to_query(read) == {"voice": ["Tom Weller", "Ana Ruiz"]}


def test_voices_and_a_part_of_the_corpus_round_trip():
    read = parse(voice=["Ana Ruiz", "<b>Mo</b> *Smith*"], source="  Port   Gazette ", **{"from": "2026-01-01", "to": "2026-06-30"})
    assert read == W.VoiceChoices(("Ana Ruiz", "<b>Mo</b> *Smith*"), "Port Gazette", "2026-01-01", "2026-06-30") and not read.notices
    assert W.voice_choices_to_query(read) == {"voice": ["Ana Ruiz", "<b>Mo</b> *Smith*"], "source": "Port Gazette", "from": "2026-01-01", "to": "2026-06-30"}
    assert W.voice_choices_to_query(W.VoiceChoices()) == {}


def test_what_cannot_be_shown_is_left_out_with_a_notice():
    read = parse(voice=["Ana Ruiz", "Nobody", "Ana Ruiz", "Tom Weller", "mayor", "Bo Chan", "<b>Mo</b> *Smith*"], **{"from": "yesterday"})
    assert read.voices == ("Ana Ruiz", "Tom Weller", "mayor", "Bo Chan") and read.since == ""
    assert any("“Nobody”" in n for n in read.notices) and any("At most 4" in n for n in read.notices)
    assert any("“from=yesterday” is not a date" in n for n in read.notices)


def test_a_range_written_backwards_is_turned_round():
    read = parse(**{"from": "2026-06-30", "to": "2026-01-01"})
    assert (read.since, read.until) == ("2026-01-01", "2026-06-30") and read.notices


def test_the_issue_round_trips_and_a_long_one_is_cut_with_a_notice():
    read = parse(voice="Ana Ruiz", issue="  harbour   wall ")
    assert read.issue == "harbour wall" and not read.notices
    assert W.voice_choices_to_query(read) == {"voice": ["Ana Ruiz"], "issue": "harbour wall"}
    long = parse(issue="x" * 200)
    assert len(long.issue) == W.MAX_SOURCE_CHARS and any("The issue was longer" in n for n in long.notices)
