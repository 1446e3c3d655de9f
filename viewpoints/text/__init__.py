"""The text's structure: site furniture dropped, sections and paragraphs, sentences, tokens and quotation spans.
Knows nothing of speakers, stance or the store: imports only ``viewpoints.lexicon`` and ``viewpoints.schema``.
Read first by ``viewpoints.pipeline``; ``speakers`` reads its tokens and sentences."""
