"""Who speaks: cues, clauses, subjects, names, mentions and the registry of people, then the article's voices.
Imports ``text``, ``lexicon`` and ``schema``; never ``stance``, ``sentiment`` or ``corpus``.
``attribution.attribute_paragraph`` reads one paragraph; ``voice_list.settle`` settles the article's voices."""
