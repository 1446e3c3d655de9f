"""The schema's frame builder: the same frame as pandas' own construction, typed as the schema says."""

import pandas as pd
import pytest

from viewpoints import schema as S


def _record(n: int, **overrides) -> dict:
    record = {
        name: {"string": f"{name} {n}", "int64": n, "float64": n / 3, "bool": n % 2 == 0}[dtype]
        for name, dtype in S.COLUMNS.items()
    }
    return record | overrides


@pytest.fixture(params=["from blocks", "column by column"])
def builder(request, monkeypatch):
    """Both ways `from_records` builds a frame: from its blocks (pandas 3) and column by column (pandas 2)."""
    if request.param == "column by column":
        monkeypatch.setattr(S, "create_dataframe_from_blocks", None)
    elif S.create_dataframe_from_blocks is None:
        pytest.skip("this pandas cannot put a frame together from its blocks")
    return S.from_records


@pytest.mark.parametrize(
    "records",
    [
        [_record(0)],
        [_record(n) for n in range(7)],
        [_record(0, **{S.SPEAKER_ROLE: ""}), _record(1, **{S.STANCE_SCORE: -1.0, S.MENTIONS_TARGET: True})],
        [_record(0, **{S.TEXT: "“Quoted,” she said — café"}), _record(1, **{S.ASPECTS: None})],
    ],
)
def test_from_records_is_pandas_own_frame_typed_by_the_schema(builder, records):
    built = builder(records)
    expected = S.conform(pd.DataFrame(records))
    pd.testing.assert_frame_equal(built, expected, check_exact=True)
    assert list(built.columns) == list(S.COLUMNS)
    assert {name: str(dtype) for name, dtype in built.dtypes.items()} == {name: str(pd.Series(dtype=dtype).dtype) for name, dtype in S.COLUMNS.items()}


def test_frames_do_not_share_their_columns(builder):
    first, second = builder([_record(0)]), builder([_record(1)])
    first.columns.name = "renamed"
    assert second.columns.name is None


def test_no_records_give_the_empty_typed_frame():
    assert S.from_records([]).dtypes.equals(S.empty_frame().dtypes)


def test_columns_other_than_the_schema_are_an_error():
    with pytest.raises(ValueError, match="extra=\\['surplus'\\]"):
        S.from_records([_record(0, surplus=1)])
