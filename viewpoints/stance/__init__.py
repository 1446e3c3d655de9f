"""Stance and aspects: toward the article's issue, a person or a claim; what counts as naming the target.
Imports ``text``, ``lexicon``, ``schema`` and ``sentiment``; never ``speakers`` or ``corpus``.
``targets.suggest_targets`` alone asks ``viewpoints.pipeline`` for the voices, inside the function."""
