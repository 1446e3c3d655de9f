"""The rule data in data/lexicon/ and the loader: well-formed, consistent, and one clear error."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from viewpoints import lexicon

LIST_FILES = sorted(p.name for p in lexicon.LEXICON_DIR.glob("*.txt"))
TABLE_FILES = {"speech_verbs.txt", "pronouns.txt"}


@pytest.mark.parametrize(
    "form, lemma",
    [
        ("says", "say"),
        ("said", "say"),
        ("saying", "say"),
        ("told", "tell"),
        ("wrote", "write"),
        ("written", "write"),
        ("thought", "think"),
        ("urges", "urge"),
        ("urged", "urge"),
        ("urging", "urge"),
        ("worries", "worry"),
        ("worried", "worry"),
        ("stresses", "stress"),
        ("admitted", "admit"),
        ("quipped", "quip"),
        ("argued", "argue"),
    ],
)
def test_speech_verb_forms(form, lemma):
    assert lexicon.speech_verb_forms()[form] == lemma


@pytest.mark.parametrize("wrong", ["telled", "thinked", "writed", "admited", "urgeing"])
def test_irregular_verbs_have_no_regular_past(wrong):
    assert wrong not in lexicon.speech_verb_forms()


@pytest.mark.parametrize(("form", "lemma"), [("seeing", "see"), ("sees", "see"), ("agreeing", "agree"), ("agreed", "agree"), ("disagreeing", "disagree")])
def test_verbs_ending_in_ee_keep_it_before_ing(form, lemma):
    """ "see" -> "seeing", not "seing": the -ing form of a verb in -ee adds to the whole word."""
    assert lexicon.attitude_verb_forms().get(form, lexicon.speech_verb_forms().get(form)) == lemma


@pytest.mark.parametrize("name", LIST_FILES)
def test_word_lists_are_lowercase_and_without_duplicates(name):
    raw = [line.strip() for line in (lexicon.LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()]
    entries = [line for line in raw if line and not line.startswith("#")]
    assert entries, f"{name} is empty"
    assert all(e == e.lower() for e in entries), [e for e in entries if e != e.lower()]
    # Tables ("lemma forms...") are keyed by their first word; the other lists hold whole phrases.
    keys = [e.split()[0] for e in entries] if name in TABLE_FILES else entries
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_comments_and_blank_lines_are_not_entries():
    for name in LIST_FILES:
        assert not any(w.startswith("#") or not w for w in lexicon.words(name))


def test_pronoun_kinds_are_speaker_kinds():
    from viewpoints.schema import SPEAKER_KINDS

    for pronoun, kinds in lexicon.table("pronouns.txt").items():
        assert kinds and set(kinds) <= set(SPEAKER_KINDS), pronoun


def test_stance_families_are_well_formed():
    raw = lexicon.load_json("stance_cues.json")
    seen: dict[str, str] = {}
    for family, spec in raw["families"].items():
        assert -1.0 <= float(spec["weight"]) <= 1.0 and -1.0 <= float(spec["negated"]) <= 1.0, family
        for cue in spec["cues"]:
            assert cue == cue.lower() and cue == cue.strip(), cue
            assert cue not in seen, f"{cue!r} is in both {seen.get(cue)} and {family}"
            seen[cue] = family
    assert 0 < raw["label_threshold"] < 1
    assert 0 < raw["hedge_factor"] <= 1 and 0 < raw["concessive_factor"] <= 1
    assert raw["negation_window"] >= 1


def test_missing_lexicon_file_is_one_clear_error():
    with pytest.raises(lexicon.LexiconError, match="no_such_list.txt"):
        lexicon.words("no_such_list.txt")


def test_malformed_json_is_one_clear_error(tmp_path, monkeypatch):
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    with pytest.raises(lexicon.LexiconError, match="broken.json"):
        lexicon.load_json("broken.json")


def test_wrong_data_folder_says_how_to_fix_it(tmp_path):
    """VIEWPOINTS_DATA pointing at an empty folder: the engine stops with a LexiconError naming the variable."""
    env = {**os.environ, "VIEWPOINTS_DATA": str(tmp_path)}
    code = "import viewpoints; viewpoints.analyze('Maria Lopez said the bridge was unsafe.')"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "LexiconError" in done.stderr and "VIEWPOINTS_DATA" in done.stderr


def test_alternation_grouped_by_first_letter_finds_what_the_plain_one_does():
    import re

    phrases = ["empty talk", "talks", "talk", "tax", "e", "urged", "urge"]
    grouped = re.compile(r"\b(?:" + lexicon.alternation(phrases) + r")\b", re.IGNORECASE)
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.IGNORECASE)
    text = "Empty talk, talks and TALK; e urged urges to tax the urge. empty talking"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in grouped.finditer(text)][:3] == ["Empty talk", "talks", "TALK"]
