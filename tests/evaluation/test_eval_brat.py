from pathlib import Path

import pytest

from viewpoints.evaluation import brat

ANN = "\n".join(
    [
        "T1\tSource 0 7\tAnn Lee",
        "T2\tCue 8 12\tsaid",
        "T3\tContent 13 40;45 50\tthe first part the rest",
        "T4\tAttribution 8 12\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tContent 60 70\tno speaker",
        "T6\tAttribution-no-source 55 59\tseen",
        "E2\tAttribution-no-source:T6 Content:T5 ",
        "T7\tContent 80 90\tpart one",
        "T8\tContent 95 99\ttwo",
        "T9\tSource 100 102\the",
        "E3\tAttribution:T4 Source:T9 Content:T7 Content2:T8",
        "T10\tDiscard 120 130\tignored",
        "E4\tAttribution-no-source:T10 ",
        "#1\tAnnotatorNotes T1\tnotes are ignored",
        "",
    ]
)


def test_parse_ann_ties_roles_and_fragments():
    first, no_source, two_contents, bare = brat.parse_ann(ANN)
    assert first.kind == "Attribution" and first.has_source
    assert first.source.text == "Ann Lee" and first.source.start == 0
    assert first.cue.text == "said"
    assert first.content == ((13, 40), (45, 50))
    assert no_source.kind == brat.NO_SOURCE and not no_source.has_source and no_source.content == ((60, 70),)
    assert two_contents.content == ((80, 90), (95, 99)) and two_contents.cue is None
    assert two_contents.source.text == "he"
    assert bare.content == () and bare.source is None


@pytest.mark.parametrize("line", ["T1\tSource zero 7\tAnn", "T1\tSource 0\tAnn", "E1\tAttribution:T9 Source:T8"])
def test_malformed_lines_raise(line):
    with pytest.raises(ValueError):
        brat.parse_ann(line)


@pytest.mark.parametrize(
    ("file_name", "article"),
    [("cnn_2016-09-12_some-title_ef2d.ann", "cnn_2016-09-12_some-title"), ("plain.ann", "plain")],
)
def test_article_name_drops_the_annotator(file_name, article):
    assert brat.article_name(Path(file_name)) == article


def test_first_annotation_per_article_takes_the_first_by_name(tmp_path):
    for name in ["b_x_ffff.ann", "b_x_0001.ann", "a_y_9999.ann"]:
        (tmp_path / name).write_text("")
    chosen = brat.first_annotation_per_article(tmp_path)
    assert {article: path.name for article, path in chosen.items()} == {"a_y": "a_y_9999.ann", "b_x": "b_x_0001.ann"}


def test_load_split_reads_text_with_offsets_intact(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "Title\r\n\r\nAnn Lee said it rains."
    (tmp_path / "text" / "doc.txt").write_bytes(text.encode("utf-8"))
    start = text.index("Ann Lee")
    (tmp_path / "attributions" / "doc_0001.ann").write_text(
        f"T1\tSource {start} {start + 7}\tAnn Lee\nE1\tAttribution:T1 Source:T1\n"
    )
    (tmp_path / "attributions" / "orphan_0001.ann").write_text("")  # no text file: skipped
    [(article, loaded, attributions)] = brat.load_split(tmp_path)
    assert article == "doc" and loaded == text
    span = attributions[0].source
    assert loaded[span.start : span.fragments[0][1]] == "Ann Lee"


SWAPPED = "\n".join(
    [
        "T1\tSource 30 34\tsaid",
        "T2\tCue 35 41\tHester",
        "T3\tContent 0 28\tNobody wants to bus the kids",
        "T4\tAttribution 30 34\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",  # annotated the wrong way round
        "T5\tSource 50 57\tAnn Lee",
        "T6\tCue 58 62\tsaid",
        "E2\tAttribution:T4 Content:T3 Cue:T6 Source:T5",
        "T7\tSource 70 74\tsaid",
        "T8\tCue 75 80\tthat",
        "E3\tAttribution:T4 Content:T3 Cue:T8 Source:T7",
        "",
    ]
)


def test_a_source_that_is_a_reporting_verb_with_a_named_cue_is_read_swapped():
    from viewpoints.evaluation.polnear import unswapped

    swapped, plain, odd = brat.parse_ann(SWAPPED)
    assert swapped.source.text == "said"
    fixed = unswapped(swapped)
    assert (fixed.source.text, fixed.cue.text) == ("Hester", "said")
    assert unswapped(plain) is plain  # a normal event is left alone
    assert unswapped(odd) is odd  # a verb as source but no name as cue: nothing to swap to


def test_a_span_text_running_over_a_line_break_is_read_by_its_offsets():
    ann = "T1\tSource 0 7\tAnn Lee\nT2\tContent 12 40\tthe number of people\nshe is vetting\nT3\tCue 8 12\tsaid\nE1\tAttribution:T3 Content:T2 Source:T1\n"
    (only,) = brat.parse_ann(ann)
    assert only.source.text == "Ann Lee" and only.content == ((12, 40),)


def test_according_to_as_source_with_a_document_as_cue_is_read_swapped():
    from viewpoints.evaluation.polnear import unswapped

    ann = "T1\tSource 0 12\tAccording to\nT2\tCue 13 25\tfederal data\nT3\tContent 27 60\t70 percent of children\nT4\tAttribution 0 12\tAccording to\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    (event,) = brat.parse_ann(ann)
    fixed = unswapped(event)
    assert (fixed.source.text, fixed.cue.text) == ("federal data", "According to")
