"""What would #3's named-source goal take? PolNeAR scored with the engine, and with a what-if reading.

    python benchmarks/attribution_ceiling.py --data ../shared/eval [--split dev|train]

PolNeAR annotates "wide" attributions: actions and attitudes the author describes ("Trump has
pooh-poohed the consensus", "The city sent a letter"), not only reports ("Trump said"). The engine
gives those sentences to the author, who wrote them. This script measures, on the same articles and
with the same judge as `viewpoints eval`:

1. the engine as it is;
2. a what-if reading that is NOT the engine: every sentence the engine leaves to the author whose
   main clause opens with a named subject and a verb other than "be" is given to that subject;
3. the same, with any subject (common nouns too) and any verb.

Readings 2 and 3 bound what attributing described actions could gain, and what it costs in
precision (statements given a speaker that overlap no PolNeAR content). Nothing here changes the
engine; the what-if readings patch `viewpoints.speakers.attribution.find_cue` for the length of one run.
Not part of the pytest run (it needs the evaluation data).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from unittest import mock

# This checkout's engine, before any installed one: run from a worktree, an editable install of
# another checkout would otherwise be measured instead (the script's folder, not the current one,
# leads sys.path).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import viewpoints

from viewpoints.speakers import attribution, cues
from viewpoints.speakers.cue import Cue
from viewpoints.evaluation.polnear import evaluate_polnear
from viewpoints.speakers.phrases import BE_FORMS
from viewpoints.speakers.clause_subjects import clause_subject

FUNCTION_WORDS = frozenset({"the", "of", "and"})
METRICS = ("speaker_lenient_named", "speaker_lenient", "precision")


def subject_reading(named_only: bool, any_verb: bool):
    """find_cue, falling back on the main clause's subject when the engine finds no cue."""
    engine_find_cue = attribution.find_cue

    def find_cue(tokens, **options):
        cue = engine_find_cue(tokens, **options)
        if cue is not None:
            return cue
        subject = clause_subject(tokens, cues.subordinate_end(tokens), len(tokens))
        words = [t for t in subject if t.is_word]
        if not words or (named_only and not all(t.is_cap for t in words if t.low not in FUNCTION_WORDS)):
            return None
        after = next(k for k, t in enumerate(tokens) if t is subject[-1]) + 1
        while after < len(tokens) and not tokens[after].is_word:
            after += 1
        if after >= len(tokens) or tokens[after].quoted or tokens[after].is_cap:
            return None
        if not any_verb and tokens[after].low in BE_FORMS:
            return None
        return Cue(tokens[after].start, tokens[after].end, subject, "", adjunct=True)

    return find_cue


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="evaluation data folder (holds polnear/)")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    args = parser.parse_args(argv)
    readings = [
        ("the engine", None),
        ("what-if: named subject + verb", subject_reading(named_only=True, any_verb=False)),
        ("what-if: any subject + any verb", subject_reading(named_only=False, any_verb=True)),
    ]
    print(f"PolNeAR {args.split}, judged as by `viewpoints eval`")
    print(f"  {'reading':<34}" + "".join(f"{m:>22}" for m in METRICS))
    for name, find_cue in readings:
        with mock.patch.object(attribution, "find_cue", find_cue or attribution.find_cue):
            result = evaluate_polnear(args.data, viewpoints.analyze, split=args.split)
        if not result.get("metrics"):
            print(f"  {name:<34} not measured: {result.get('status')} {result.get('source', '')}")
            return 1
        print(f"  {name:<34}" + "".join(f"{result['metrics'][m]:>22.3f}" for m in METRICS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
