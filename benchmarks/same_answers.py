"""Does the engine still say the same thing? `analyze` hashed on every text of the evaluation folder.

    python benchmarks/same_answers.py --data ../shared/eval --out answers.json [--against before.json]

The texts are the 924 PolNeAR articles (train, dev, test) and the 904 FNC-1 bodies: 1,828 in all.
Each text's DataFrame (every column the schema names, in order, values as text) is hashed with
SHA-256; `--out` keeps one digest per text and one over all of them. `--against` compares with an
earlier run and lists the texts whose output changed, so a change meant to be a pure refactor or a
speed-up can show it is one, and a fix can show how many texts it touched. Exit status 1 when
anything differs. Not part of the pytest run (it needs the evaluation data and takes minutes).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

# This checkout's engine, before any installed one: run from a worktree, an editable install of
# another checkout would otherwise be measured instead (the script's folder, not the current one,
# leads sys.path).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import viewpoints
from viewpoints import schema

FNC_BODIES = Path("fnc1") / "competition_test_bodies.csv"


def texts(data_dir: Path) -> Iterator[tuple[str, str]]:
    """(name, text) of every PolNeAR article and FNC-1 body, in a fixed order."""
    for path in sorted((data_dir / "polnear").glob("*/text/*.txt")):
        yield f"polnear/{path.parent.parent.name}/{path.stem}", path.read_bytes().decode("utf-8")
    with open(data_dir / FNC_BODIES, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield f"fnc1/{row['Body ID']}", row["articleBody"]


def digest(frame) -> str:
    """SHA-256 of the frame's schema columns, row by row, values as text (missing as empty)."""
    columns = [c for c in schema.COLUMNS if c in frame.columns]
    h = hashlib.sha256("\x1f".join(columns).encode())
    for row in frame[columns].itertuples(index=False, name=None):
        h.update(("\x1e" + "\x1f".join("" if pd.isna(v) else str(v) for v in row)).encode())
    return h.hexdigest()


def run(data_dir: Path) -> dict:
    per_text = {}
    for name, text in texts(data_dir):
        per_text[name] = digest(viewpoints.analyze(text, article_id=name))
    overall = hashlib.sha256("".join(f"{k}={v}\n" for k, v in per_text.items()).encode()).hexdigest()
    return {"texts": len(per_text), "overall": overall, "per_text": per_text}


def changed(before: dict, after: dict) -> list[str]:
    names = sorted(set(before["per_text"]) | set(after["per_text"]))
    return [n for n in names if before["per_text"].get(n) != after["per_text"].get(n)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the evaluation folder (../shared/eval)")
    parser.add_argument("--out", type=Path, help="write the digests here (JSON)")
    parser.add_argument("--against", type=Path, help="an earlier --out file to compare with")
    args = parser.parse_args(argv)
    if not (args.data / "polnear").is_dir() or not (args.data / FNC_BODIES).is_file():
        parser.error(f"{args.data} holds no polnear/ folder or {FNC_BODIES}")
    result = run(args.data)
    print(f"{result['texts']} texts, overall digest {result['overall'][:16]}")
    if args.out:
        args.out.write_text(json.dumps(result, indent=0) + "\n", encoding="utf-8")
    if args.against:
        differing = changed(json.loads(args.against.read_text(encoding="utf-8")), result)
        print(f"{len(differing)} of {result['texts']} texts answer differently from {args.against}")
        for name in differing[:40]:
            print(f"  {name}")
        return 1 if differing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
