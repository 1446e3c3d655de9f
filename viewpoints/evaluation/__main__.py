"""``python -m viewpoints.evaluation --data DIR ...``: see viewpoints.evaluation.cli."""

import sys

from viewpoints.evaluation.cli import main

sys.exit(main())
