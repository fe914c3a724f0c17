"""Compare the scorers' figures with .ci/floors.json; exit 1 listing every figure below its floor.

Usage: python .ci/check_floors.py DEV.json POLNEAR.json [--speed-runs DEV2.json ...] [--floors .ci/floors.json]

A floor key is ``<corpus>.<figure>``: ``dev.quotes.f1`` (precision ``.p``,
recall ``.r``), ``dev.speed_chars_per_second``, ``polnear.content_overlap.f1``.
``*.crashes`` keys are ceilings: the count of crashes may not exceed them.
Speed is wall-clock time on 25 short articles, first call (pattern
compilation) included, so one run varies by a fifth on the same machine:
``--speed-runs`` gives more runs of the same scorer, and the fastest counts
(the quality figures are deterministic and come from DEV.json).
Raise a floor to the measured value when quality improves; never lower one to
let a change through without saying why in its commit.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

POSITION = {"p": 0, "r": 1, "f1": 2}  # polnear.py gives [p, r, f1] lists


def figures(dev: dict, polnear: dict) -> dict[str, float]:
    """The figures of both scorers' --json output, flattened to floor keys."""
    out: dict[str, float] = {}
    total = dev["total"]
    for name, value in total.items():
        if isinstance(value, dict):
            for part in ("p", "r", "f1"):
                out[f"dev.{name}.{part}"] = value[part]
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[f"dev.{name}"] = value
    out["dev.speed_chars_per_second"] = total.get("chars_per_second") or 0
    for name, triple in polnear["total"].items():
        for part, index in POSITION.items():
            out[f"polnear.{name}.{part}"] = triple[index]
    out["polnear.crashes"] = len(polnear.get("crashes", []))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", type=Path, help="score.py --json output")
    parser.add_argument("polnear", type=Path, help="polnear.py --json output")
    parser.add_argument("--speed-runs", type=Path, nargs="*", default=[], help="more score.py --json runs")
    parser.add_argument("--floors", type=Path, default=Path(__file__).with_name("floors.json"))
    args = parser.parse_args(argv)
    measured = figures(json.loads(args.dev.read_text()), json.loads(args.polnear.read_text()))
    for run in args.speed_runs:
        speed = json.loads(run.read_text())["total"].get("chars_per_second") or 0
        measured["dev.speed_chars_per_second"] = max(measured["dev.speed_chars_per_second"], speed)
    floors = json.loads(args.floors.read_text())
    failures = []
    for key, floor in sorted(floors.items()):
        if key not in measured:
            failures.append(f"{key}: not reported by the scorers (floor {floor})")
        elif key.endswith(".crashes") and measured[key] > floor:
            failures.append(f"{key}: {measured[key]} > {floor}")
        elif not key.endswith(".crashes") and measured[key] < floor:
            failures.append(f"{key}: {measured[key]} < floor {floor}")
    for key in sorted(floors):
        print(f"  {key:32} {measured.get(key, 'missing')!s:>10}   floor {floors[key]}")
    if failures:
        print("Below the floors in .ci/floors.json:", *failures, sep="\n  ", file=sys.stderr)
        return 1
    print(f"all {len(floors)} figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
