"""Marks: where the words that decided each label are, found by the same matchers."""

from __future__ import annotations

from viewpoints.evidence import marks


def spans(text: str, **kw) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.kind) for m in marks(text, **kw)]


def test_cue_and_stance_cues_are_marked_in_reading_order():
    text = "The senator argued that the pact must be renewed, calling the delay empty talk."
    got = spans(text, cue="argued")
    assert got[0] == ("argued", "cue")
    assert ("must", "supportive") in got
    assert ("empty talk", "skeptical") in got
    assert [s for s, _ in got] == sorted((s for s, _ in got), key=text.index)


def test_negated_change_is_marked_skeptical():
    text = "Their policy has not shifted at all."
    assert ("shifted", "skeptical") in spans(text)


def test_sentiment_words_are_marked_where_no_stance_cue_covers_them():
    text = "It was a wonderful day and a terrible night."
    got = dict(spans(text))
    assert got.get("wonderful") == "positive"
    assert got.get("terrible") == "negative"


def test_marks_never_overlap():
    text = "Promises without action remain difficult to trust, a sad and difficult truth."
    found = marks(text)
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_a_cue_not_in_the_text_is_ignored():
    assert spans("Nothing to see.", cue="said") == []
