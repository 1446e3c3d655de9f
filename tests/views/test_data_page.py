"""The Data page: filters that narrow the table, and the downloads that carry what is shown."""

from __future__ import annotations

import pytest

from viewpoints import schema as S
from views.data_page import filter_statements

from .conftest import assert_no_raw_markup
from .pages import markdown_texts, open_page

MODULE = "views.data_page"
OPTIONS = dict(title="Ukraine security guarantees", link="https://example.org/?by=speaker", by="speaker", groups=["Marcin Kaczmarski", "Dmytro"])


@pytest.mark.parametrize(
    ("filters", "keep"),
    [
        ({}, lambda r: True),
        ({"stances": ["skeptical"]}, lambda r: r[S.STANCE] == "skeptical"),
        ({"speakers": ["Dmytro", "author"], "stances": ["skeptical"]}, lambda r: r[S.SPEAKER] in ("Dmytro", "author") and r[S.STANCE] == "skeptical"),
        ({"sections": ["Lead"]}, lambda r: r[S.SECTION] == "Lead"),
        ({"contains": "  nato "}, lambda r: "nato" in r[S.TEXT].lower()),
        ({"contains": "U.S."}, lambda r: "U.S." in r[S.TEXT]),  # plain text: the dots are not wildcards
        ({"contains": "(", "stances": []}, lambda r: "(" in r[S.TEXT]),
    ],
)
def test_filter_statements(seed_frame, filters, keep):
    got = filter_statements(seed_frame, **filters)
    assert got[S.SENTENCE].tolist() == [r[S.SENTENCE] for _, r in seed_frame.iterrows() if keep(r)]
    assert got.attrs.get("target") == seed_frame.attrs.get("target")


def test_page_shows_every_statement_and_offers_four_downloads(seed_frame):
    at = open_page(MODULE, **OPTIONS)
    assert [h.value for h in at.header] == ["Data"]
    assert [m.label for m in at.multiselect] == ["Section", "Speaker", "Stance"]
    assert len(at.dataframe[0].value) == len(seed_frame)
    assert f"{len(seed_frame)} of {len(seed_frame)} statements" in markdown_texts(at)
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == ["CSV", "JSON", "Parquet", "HTML report"]
    assert not buttons[3].proto.disabled


def test_filters_narrow_the_table_and_the_file_names_say_so(seed_frame):
    at = open_page(MODULE, **OPTIONS)
    at.multiselect(key="t_stance").select("skeptical")
    at.text_input(key="t_contains").input("guarantees").run()
    expected = seed_frame[(seed_frame[S.STANCE] == "skeptical") & seed_frame[S.TEXT].str.contains("guarantees", case=False)]
    shown = at.dataframe[0].value
    assert shown[S.SENTENCE].tolist() == expected[S.SENTENCE].tolist() and 0 < len(shown) < len(seed_frame)
    assert f"{len(expected)} of {len(seed_frame)} statements (filtered)" in markdown_texts(at)


def test_report_waits_for_groups():
    at = open_page(MODULE, **{**OPTIONS, "groups": []})
    assert at.get("download_button")[3].proto.disabled


def test_article_title_reaches_markdown_escaped():
    at = open_page(MODULE, **{**OPTIONS, "title": "<script>alert(1)</script> *news*"})
    texts = markdown_texts(at)
    assert_no_raw_markup(texts)
    assert any(r"\<script\>alert\(1\)\</script\> \*news\*" in t for t in texts)
