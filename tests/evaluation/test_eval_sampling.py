from viewpoints.evaluation.sampling import subsample

ITEMS = [f"item-{n}" for n in range(50)]


def test_subsample_is_deterministic_ordered_and_grows_by_adding():
    five = subsample(ITEMS, 5, key=str)
    assert five == subsample(ITEMS, 5, key=str)
    assert five == sorted(five, key=ITEMS.index)
    assert set(five) <= set(subsample(ITEMS, 10, key=str))
    assert len(set(five)) == 5


def test_no_limit_or_a_large_one_keeps_everything():
    assert subsample(ITEMS, None, key=str) == ITEMS
    assert subsample(ITEMS, 500, key=str) == ITEMS
