import pytest

from viewpoints.evaluation import sentiment


@pytest.mark.parametrize(
    ("score", "label"),
    [
        (0.3, "positive"),
        (0.051, "positive"),
        (0.05, "neutral"),
        (0.0, "neutral"),
        (-0.05, "neutral"),
        (-0.2, "negative"),
    ],
)
def test_polarity_label_cuts_at_the_neutral_band(score, label):
    assert sentiment.polarity_label(score) == label


def test_read_nyt_handles_crlf_and_tabs_in_the_sentence(tmp_path):
    path = tmp_path / "nyt.txt"
    path.write_bytes(b"1_1\t0.5\tA calm line.\r\n1_2\t-2.25\tA line\twith a tab.\r\n\r\n")
    assert sentiment.read_nyt(path) == [("1_1", 0.5, "A calm line."), ("1_2", -2.25, "A line\twith a tab.")]


def test_read_newsmtsc_gives_one_item_per_target(tmp_path):
    path = tmp_path / "mtsc.jsonl"
    path.write_text(
        '{"primary_gid": "a", "sentence_normalized": "Ann met Bob.", "targets": ['
        '{"Input.gid": "a", "from": 0, "to": 3, "mention": "Ann", "polarity": 6.0}, '
        '{"Input.gid": "b", "from": 8, "to": 11, "mention": "Bob", "polarity": 2.0}]}\n'
    )
    assert sentiment.read_newsmtsc(path) == [("a", "Ann met Bob.", "positive"), ("b", "Ann met Bob.", "negative")]
