"""Viewpoints: who says what inside a news article, with what stance and sentiment.

``analyze(text)`` returns one row per statement; ``viewpoints.schema`` names the columns.
The package never imports streamlit: the dashboard lives in ``app.py`` and ``views/``.
"""

from .pipeline import analyze, article_id_for
from .stance.stance import main_issue
from .stance.targets import Suggestion, suggest_targets

__all__ = ["Suggestion", "analyze", "article_id_for", "main_issue", "suggest_targets", "__version__"]
__version__ = "0.1.0"
