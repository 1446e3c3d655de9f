"""The report's optional table of counts (a confusion of two labelings) and its text form."""

from viewpoints.evaluation import report

TABLE = {"rows": "reader", "columns": "engine", "labels": {"rows": ["yes", "no"], "columns": ["yes", "no", "not found"]}, "counts": [[3, 1, 0], [2, 5, 7]]}


def test_an_entry_keeps_its_table_and_an_entry_without_one_has_none():
    assert report.entry("d", source="s", n={}, metrics={}, confusion=TABLE)["confusion"] == TABLE
    assert "confusion" not in report.entry("d", source="s", n={}, metrics={})


def test_the_table_is_printed_row_by_row_under_its_metrics():
    item = report.entry("pages", source="web", n={"voices": 18}, metrics={"agree": 0.444}, confusion=TABLE)
    text = report.format_table(report.build({"t": {"e": item}}, data_dir=".", limit=None, seconds=0.0))
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if "reader \\ engine" in line)
    assert lines[header].split()[-4:] == ["yes", "no", "not", "found"]
    assert lines[header + 1].split() == ["yes", "3", "1", "0"] and lines[header + 2].split() == ["no", "2", "5", "7"]
    assert header > next(i for i, line in enumerate(lines) if "agree" in line)
