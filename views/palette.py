"""One colour-blind-safe palette (Okabe & Ito, 2008) so a colour means the same thing everywhere."""

from viewpoints.schema import STANCES

STANCE_COLORS = {
    "supportive": "#0072B2",  # blue
    "skeptical": "#D55E00",  # vermillion
    "neutral": "#8C8C8C",  # grey: no position
}
STANCE_ORDER = list(STANCES)
STANCE_SYMBOLS = {"supportive": "▲", "skeptical": "▼", "neutral": "●"}  # shape backs up colour
