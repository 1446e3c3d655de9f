"""Downloads and the HTML report: bytes that read back as the frame; one offline, escaped document."""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from html.parser import HTMLParser

import pandas as pd
import pytest
from plotly.offline import get_plotlyjs

from viewpoints import schema as S
from views import report
from views.data_page import filter_statements
from views.palette import STANCE_COLORS

from .conftest import PAYLOAD_SECTION, PAYLOAD_SPEAKER, PAYLOAD_TEXT, SCRIPT

KEY_COLUMNS = [S.SENTENCE, S.SECTION, S.SPEAKER, S.STANCE, S.TEXT, S.CUE, S.ASPECTS]
READERS = {
    "csv": (report.to_csv, lambda b: pd.read_csv(io.BytesIO(b), keep_default_na=False)),
    "json": (report.to_json, lambda b: pd.read_json(io.BytesIO(b), orient="records")),
    "parquet": (report.to_parquet, lambda b: pd.read_parquet(io.BytesIO(b))),
}
PLOTLY_BANNER = get_plotlyjs()[:120]


@pytest.mark.parametrize("fmt", list(READERS))
def test_download_bytes_read_back_as_the_filtered_frame(payload_frame, fmt):
    write, read = READERS[fmt]
    shown = filter_statements(payload_frame, stances=["skeptical", "supportive"], sections=None)
    back = read(write(shown))
    assert len(back) == len(shown) > 0
    assert list(back.columns) == list(shown.columns)
    for column in KEY_COLUMNS:
        assert back[column].astype(str).tolist() == shown[column].astype(str).tolist(), column
    for column in (S.POLARITY, S.STANCE_SCORE, S.VADER):
        assert back[column].tolist() == pytest.approx(shown[column].tolist())
    assert back[S.SENTIMENT_DISAGREE].astype(bool).tolist() == shown[S.SENTIMENT_DISAGREE].tolist()


def test_json_is_one_object_per_statement(seed_frame):
    import json

    records = json.loads(report.to_json(seed_frame.head(3)))
    assert [r[S.SENTENCE] for r in records] == seed_frame[S.SENTENCE].head(3).tolist()
    assert set(records[0]) == set(S.COLUMNS)


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.h2: list[str] = []
        self.hrefs: list[str] = []
        self.script_srcs: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        self._in_h2 = tag == "h2"
        if tag == "a":
            self.hrefs.append(attrs.get("href"))
        if tag == "script" and "src" in attrs:
            self.script_srcs.append(attrs["src"])

    def handle_endtag(self, tag):
        self._in_h2 = False if tag == "h2" else self._in_h2

    def handle_data(self, data):
        if self._in_h2:
            self.h2.append(data)


def parse(doc: str) -> _Parser:
    parser = _Parser()
    parser.feed(doc)
    return parser


WHEN = datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc)
LINK = "https://viewpoints.example/compare?by=speaker&group=Dmytro"


@pytest.fixture(scope="module")
def speaker_report(payload_frame) -> str:
    return report.build_report(
        payload_frame, title="Ukraine <security> guarantees", by="speaker",
        groups=["Volodymyr Zelensky", PAYLOAD_SPEAKER], link=LINK, generated=WHEN,
    )


def test_report_is_a_complete_html_document(speaker_report):
    assert speaker_report.startswith("<!DOCTYPE html>")
    assert speaker_report.rstrip().endswith("</html>")
    tags = parse(speaker_report).tags
    for tag in ("html", "head", "meta", "title", "body", "h1", "table"):
        assert tag in tags


def test_report_inlines_plotly_once_and_needs_no_network(speaker_report):
    assert speaker_report.count(PLOTLY_BANNER) == 1
    assert parse(speaker_report).script_srcs == []
    assert 'src="http' not in speaker_report.replace(get_plotlyjs(), "")
    # the overview plus a stance bar and a sentiment chart per group, each drawn by the one plotly.js
    assert len(re.findall(r"Plotly\.newPlot\(", speaker_report)) - get_plotlyjs().count("Plotly.newPlot(") == 1 + 2 * 2


def test_report_escapes_article_text(speaker_report):
    assert "<script>alert" not in speaker_report
    assert SCRIPT not in speaker_report
    assert "<b>Dmytro" not in speaker_report and "<i>skepticism" not in speaker_report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in speaker_report
    assert "Ukraine &lt;security&gt; guarantees" in speaker_report


def test_report_has_each_group_its_statements_colours_link_and_date(speaker_report, payload_frame):
    parsed = parse(speaker_report)
    assert parsed.h2 == ["Volodymyr Zelensky", PAYLOAD_SPEAKER]  # the parser unescapes: exactly the names
    for text in payload_frame.loc[payload_frame[S.SPEAKER].isin(["Volodymyr Zelensky", PAYLOAD_SPEAKER]), S.TEXT]:
        assert report._e(text) in speaker_report
    for color in STANCE_COLORS.values():
        assert color in speaker_report
    assert LINK in parsed.hrefs
    assert "2026-03-01" in speaker_report


def test_report_by_section_reaches_the_hostile_section_and_statement(payload_frame):
    first = payload_frame[S.SECTION].iloc[0]
    doc = report.build_report(payload_frame, title="t", by="section", groups=[first, PAYLOAD_SECTION], link=LINK)
    assert parse(doc).h2 == [first, PAYLOAD_SECTION]
    assert report._e(PAYLOAD_TEXT) in doc and "<script>alert" not in doc


@pytest.mark.parametrize("link", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", ""])
def test_report_only_links_to_web_addresses(payload_frame, link):
    doc = report.build_report(payload_frame, title="t", by="stance", groups=["supportive", "skeptical"], link=link)
    assert parse(doc).hrefs == []
    assert "<script>alert" not in doc


def corrected_seed(seed_frame: pd.DataFrame) -> pd.DataFrame:
    from viewpoints import corrections as C

    keys = C.keys(seed_frame)
    dmytro = int(seed_frame.index[seed_frame[S.SPEAKER] == "Dmytro"][0])
    made = [C.speaker("k", keys[dmytro], "<b>Olena</b> K"), C.stance("k", keys[dmytro], "supportive")]
    return C.apply(seed_frame, [C.with_id(c, i) for i, c in enumerate(made, 1)])


@pytest.mark.parametrize("fmt", list(READERS))
def test_downloads_carry_the_engine_labels_and_the_corrected_flag(seed_frame, fmt):
    write, read = READERS[fmt]
    frame = corrected_seed(seed_frame)
    back = read(write(frame))
    assert {S.ENGINE_SPEAKER, S.ENGINE_STANCE, S.CORRECTED} <= set(back.columns)
    row = back[back[S.CORRECTED].astype(bool)].iloc[0]
    assert (row[S.SPEAKER], row[S.ENGINE_SPEAKER], row[S.STANCE]) == ("<b>Olena</b> K", "Dmytro", "supportive")
    assert int(back[S.CORRECTED].astype(bool).sum()) == 1


def test_the_report_shows_the_engine_labels_beside_corrected_ones(seed_frame):
    from viewpoints import corrections as C

    frame = corrected_seed(seed_frame)
    doc = report.build_report(frame, title="t", by="speaker", groups=["<b>Olena</b> K", "Marcin Kaczmarski"], link="")
    assert "<th scope=\"col\">engine speaker</th>" in doc and "<th scope=\"col\">corrected</th>" in doc
    assert "1 statements corrected by readers" in doc
    assert "&lt;b&gt;Olena&lt;/b&gt; K" in doc and "<b>Olena</b>" not in doc
    assert "<td>Dmytro</td>" in doc
    plain = report.build_report(C.apply(seed_frame, []), title="t", by="speaker", groups=["Dmytro", "Marcin Kaczmarski"], link="")
    assert "engine speaker" not in plain and "corrected by readers" not in plain
