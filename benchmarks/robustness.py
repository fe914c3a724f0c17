"""No crash on any real text: run ``extract_facts`` on every .txt under ../shared/eval.

Usage: python benchmarks/robustness.py [EVAL_DIR] [--limit N]

Every text (dev, news, polnear-dev, polnear-train) must give a ``Facts``
without an exception, and every span in it must slice back to the text: the
result is validated again with the text as context, which checks each
``Span``. Exits 1 listing the failures; skips (exit 0) when EVAL_DIR is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
from pathlib import Path

from pydantic import ValidationError

from newsfacts import Facts, extract_facts

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # polnear names carry their publication day


def check(path: Path) -> str | None:
    """The failure for one text, or None when it is fine."""
    text = path.read_text(encoding="utf-8")
    day = DAY.search(path.name)
    try:
        facts = extract_facts(text, published=day.group() if day else None)
    except Exception as exc:  # the point is to report any crash, whatever it is
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"
        return f"{type(exc).__name__}: {exc} (at {where})"[:300]
    try:
        Facts.model_validate(facts.model_dump(), context={"text": text})
    except ValidationError as exc:
        return f"span does not slice back: {exc}"[:300]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0, help="at most N texts per folder (0: all)")
    args = parser.parse_args(argv)
    if not args.eval_dir.is_dir():
        print(f"robustness: {args.eval_dir} not found, skipped")
        return 0
    folders: dict[Path, list[Path]] = {}
    for path in sorted(args.eval_dir.rglob("*.txt")):
        folders.setdefault(path.parent, []).append(path)
    failures, count, chars, started = [], 0, 0, time.perf_counter()
    for paths in folders.values():
        for path in paths[: args.limit or None]:
            count += 1
            chars += path.stat().st_size
            problem = check(path)
            if problem:
                failures.append(f"{path.relative_to(args.eval_dir)}: {problem}")
    seconds = time.perf_counter() - started
    print(
        f"robustness: {count} texts in {len(folders)} folders, {chars:,} bytes, {seconds:.1f} s, "
        f"{len(failures)} failures"
    )
    for failure in failures:
        print(f"  FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
