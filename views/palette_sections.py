"""Colours for the article's sections, kept apart from the stance colours (``views.palette``).

Paul Tol's "muted" qualitative scheme (colour-blind safe), without its rose and cyan, which sit too
close to the stance vermillion and blue. Sections get colours in reading order; past seven they repeat,
so every chart that uses them also names the section (legend, hover, table).
"""

from __future__ import annotations

from collections.abc import Iterable

SECTION_PALETTE = (
    "#117733",  # green
    "#AA4499",  # purple
    "#DDCC77",  # sand
    "#332288",  # indigo
    "#882255",  # wine
    "#44AA99",  # teal
    "#999933",  # olive
)  # ordered so that neighbouring sections differ most (green and teal sit far apart)

# Counts (the speaker x aspect matrix): one light-to-dark hue that is neither a stance nor a section.
COUNT_SCALE = [[0.0, "#EFEAF4"], [1.0, "#4B2C7A"]]
AUTHOR_COLOR = "#333333"  # the author's own voice: a dark outline, drawn unlike any named speaker


def section_colors(sections: Iterable[str]) -> dict[str, str]:
    """Section -> colour, in the order given (first appearance in the article), cycling past seven."""
    ordered = list(dict.fromkeys(sections))
    return {name: SECTION_PALETTE[i % len(SECTION_PALETTE)] for i, name in enumerate(ordered)}


def tint(color: str, alpha: float) -> str:
    """`#RRGGBB` as an `rgba()` string with the given opacity (for background bands)."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"
