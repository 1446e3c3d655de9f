"""``viewpoints analyze``: files in, csv / jsonl / parquet out, clear messages and exit codes."""

from __future__ import annotations

import io as stdlib_io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from viewpoints import __version__
from viewpoints import schema as S
from viewpoints import analyze as viewpoints_analyze
from viewpoints.cli import main

ARTICLE = """The old bridge closed on Monday. Maria Lopez, a structural engineer, said it was unsafe.
Repairs
She urged the council to replace it.
Comments
"""


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_csv_to_standard_output(capsys, article):
    code, out, err = run(capsys, "analyze", str(article))
    assert code == 0
    frame = pd.read_csv(stdlib_io.StringIO(out), keep_default_na=False)
    assert list(frame.columns) == list(S.COLUMNS)
    assert frame[S.SPEAKER].tolist() == ["author", "Maria Lopez", "Maria Lopez"]
    assert frame[S.SECTION].tolist() == [S.LEAD_SECTION, S.LEAD_SECTION, "Repairs"]
    assert frame[S.ARTICLE_ID].unique().tolist() == ["bridge"]  # the file stem
    assert "3 statements" in err


def test_jsonl_to_standard_output_keeps_unicode(capsys, tmp_path):
    path = tmp_path / "quote.txt"
    path.write_text("“The bridge is unsafe,” said Zoë Lopez.", encoding="utf-8")
    code, out, _err = run(capsys, "analyze", str(path), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r[S.SPEAKER] for r in records] == ["Zoë Lopez"]
    assert "Zoë" in out  # not \u00eb escapes
    assert records[0][S.ATTRIBUTION] == "direct"


@pytest.mark.parametrize("fmt, read", [("csv", pd.read_csv), ("jsonl", lambda p: pd.read_json(p, lines=True))])
def test_text_formats_to_a_file(capsys, article, tmp_path, fmt, read):
    out_path = tmp_path / f"out.{fmt}"
    code, out, _err = run(capsys, "analyze", str(article), "--format", fmt, "--out", str(out_path))
    assert code == 0 and out == ""
    assert len(read(out_path)) == 3


def test_parquet_to_a_file_round_trips_the_schema(capsys, article, tmp_path):
    out_path = tmp_path / "out.parquet"
    code, _out, _err = run(capsys, "analyze", str(article), "--format", "parquet", "--out", str(out_path))
    assert code == 0
    frame = pd.read_parquet(out_path)
    assert {c: str(t) for c, t in frame.dtypes.items()} == S.COLUMNS
    assert frame[S.SPEAKER_ROLE].tolist() == ["", "structural engineer", "structural engineer"]


def test_parquet_without_out_is_refused(article):
    with pytest.raises(SystemExit) as stop:
        main(["analyze", str(article), "--format", "parquet"])
    assert "--out" in str(stop.value.code)


def test_parquet_without_out_exits_1_from_the_shell(article):
    done = subprocess.run(
        [sys.executable, "-m", "viewpoints.cli", "analyze", str(article), "--format", "parquet"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "--format parquet needs --out FILE" in done.stderr
    assert done.stdout == ""


def test_several_files_in_one_table(capsys, article, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("Officials said the road would reopen.", encoding="utf-8")
    code, out, _err = run(capsys, "analyze", str(article), str(other))
    assert code == 0
    frame = pd.read_csv(stdlib_io.StringIO(out))
    assert frame[S.ARTICLE_ID].tolist() == ["bridge", "bridge", "bridge", "other"]


def test_target_is_used_and_reported(capsys, article):
    code, _out, err = run(capsys, "analyze", str(article), "--target", "bridge repairs")
    assert code == 0
    assert "target 'bridge repairs'" in err


def test_default_target_is_the_main_issue(capsys, tmp_path):
    path = tmp_path / "toll.txt"
    path.write_text("The bridge toll rose. Drivers hate the bridge toll.", encoding="utf-8")
    _code, _out, err = run(capsys, "analyze", str(path))
    assert "target 'bridge toll'" in err


def test_dropped_boilerplate_is_reported(capsys, article):
    _code, _out, err = run(capsys, "analyze", str(article))
    assert "dropped site boilerplate lines 'Comments'" in err


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "No such file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image, not text"),
        ("Caf\u00e9 au lait.".encode("cp1252"), "not UTF-8"),
        (b"  \n\n", "empty"),
    ],
    ids=["missing", "binary", "not-utf8", "empty"],
)
def test_unreadable_input_is_a_clear_message_and_exit_1(capsys, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 1
    assert out == ""
    assert err.startswith(f"viewpoints: {path}: ") and message in err
    assert "Traceback" not in err


def test_one_bad_file_among_good_ones_still_writes_the_good_and_exits_1(capsys, article, tmp_path):
    code, out, err = run(capsys, "analyze", str(article), str(tmp_path / "missing.txt"))
    assert code == 1
    assert len(pd.read_csv(stdlib_io.StringIO(out))) == 3
    assert "missing.txt" in err


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"viewpoints {__version__}"


@pytest.mark.parametrize("argv", [[], ["analyze"], ["analyze", "x.txt", "--format", "xlsx"]])
def test_usage_errors_exit_2(capsys, argv):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_html_files_are_read_for_their_article_text(tmp_path, capsys):
    from viewpoints.cli import main

    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Harbour</h1><p>The mayor said the wall must be finished soon.</p>"
        "<script>alert(1)</script><h2>Doubts</h2><p>Ana Ruiz, a skipper, said it will never open.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert main(["analyze", str(page), "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert "alert(1)" not in out and "<p>" not in out
    assert '"section":"Doubts"' in out and '"speaker":"Ana Ruiz"' in out


def test_store_applies_the_corrections_kept_for_the_text(capsys, article, tmp_path, monkeypatch):
    from viewpoints import corrections as C
    from viewpoints.corpus.store import Store

    text = article.read_text(encoding="utf-8")
    engine = viewpoints_analyze(text)
    key = C.article_key(text)
    store = Store(tmp_path / "store.sqlite3")
    store.correct(C.speaker(key, C.keys(engine)[0], "Ana <b>Ruiz</b>"))
    store.correct(C.stance(key, C.keys(engine)[2], "skeptical"))
    store.correct(C.stance(key, "1-2-000000000000", "neutral"))  # a statement the engine does not cut
    code, out, err = run(capsys, "analyze", str(article), "--store", str(store.path))
    assert code == 0
    frame = pd.read_csv(stdlib_io.StringIO(out), keep_default_na=False)
    assert list(frame.columns) == list(S.ALL_COLUMNS)
    assert frame[S.SPEAKER].tolist() == ["Ana <b>Ruiz</b>", "Maria Lopez", "Maria Lopez"]
    assert frame[S.ENGINE_SPEAKER].tolist() == ["author", "Maria Lopez", "Maria Lopez"]
    assert frame[S.STANCE][2] == "skeptical" and frame[S.ENGINE_STANCE][2] == engine[S.STANCE][2]
    assert frame[S.CORRECTED].tolist() == [True, False, engine[S.STANCE][2] != "skeptical"]
    assert "corrected by readers; 1 corrections name statements the engine no longer has" in err
    # the bare option reads the dashboard's store ($VIEWPOINTS_STORE)
    monkeypatch.setenv("VIEWPOINTS_STORE", str(store.path))
    code, out, _err = run(capsys, "analyze", str(article), "--store", "--format", "jsonl")
    assert code == 0 and json.loads(out.splitlines()[0])[S.SPEAKER] == "Ana <b>Ruiz</b>"


def test_store_that_does_not_exist_is_refused(article, tmp_path):
    with pytest.raises(SystemExit) as stop:
        main(["analyze", str(article), "--store", str(tmp_path / "none.sqlite3")])
    assert "no store at" in str(stop.value.code)
    assert not (tmp_path / "none.sqlite3").exists()
