"""Measure the engine on public data: speaker attribution (PolNeAR), stance (seed gold, FNC-1) and
sentence sentiment (VADER's NYT ratings, NewsMTSC).

Pure Python: never imports streamlit, and needs no scikit-learn or scipy. Entry points:

- ``evaluate(data_dir, tasks)`` returns the report dict (shape documented in `report`);
- ``add_arguments(parser)`` / ``run(args)`` make the ``viewpoints eval`` command;
- ``python -m viewpoints.evaluation --data ../shared/eval --json eval.json`` runs it directly.
"""

from viewpoints.evaluation.cli import add_arguments, run
from viewpoints.evaluation.report import SCHEMA_VERSION
from viewpoints.evaluation.runner import TASKS, evaluate

__all__ = ["SCHEMA_VERSION", "TASKS", "add_arguments", "evaluate", "run"]
