"""Section colours: stable, distinct from each other and from every stance colour."""

from __future__ import annotations

import pytest

from views.palette import STANCE_COLORS
from views.palette_sections import SECTION_PALETTE, section_colors, tint


def test_sections_get_colours_in_reading_order_and_repeats_keep_their_first_colour():
    colors = section_colors(["Lead", "Expert views", "Lead", "Takeaway"])
    assert list(colors) == ["Lead", "Expert views", "Takeaway"]
    assert list(colors.values()) == list(SECTION_PALETTE[:3])


def test_palette_cycles_past_its_length():
    names = [f"s{i}" for i in range(len(SECTION_PALETTE) + 2)]
    colors = section_colors(names)
    assert colors[names[len(SECTION_PALETTE)]] == SECTION_PALETTE[0]


def test_section_colours_are_distinct_and_never_a_stance_colour():
    assert len(set(SECTION_PALETTE)) == len(SECTION_PALETTE)
    stance = {c.upper() for c in STANCE_COLORS.values()}
    assert not stance & {c.upper() for c in SECTION_PALETTE}


@pytest.mark.parametrize(("color", "alpha", "expected"), [("#117733", 0.15, "rgba(17,119,51,0.15)"), ("#FFFFFF", 1, "rgba(255,255,255,1)")])
def test_tint(color, alpha, expected):
    assert tint(color, alpha) == expected
