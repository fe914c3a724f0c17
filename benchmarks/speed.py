"""Speed of ``extract_facts`` on real news, and the import time of ``newsfacts``.

Usage: python benchmarks/speed.py [NEWS_TEXTS_DIR] [--repeat N]

Prints characters per second over ``../shared/eval/news/texts/*.txt`` (skipped
when absent) and the time ``import newsfacts`` adds to a bare interpreter,
measured in fresh subprocesses (best of several). Prints figures; asserts
nothing: import time should stay under 300 ms, and importing must not load
dateparser (the modules that need it import it on first use).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "news" / "texts"
IMPORT_BUDGET_MS = 300


def startup_seconds(code: str, runs: int = 7) -> float:
    """The best wall time of ``python -c code`` in a fresh interpreter."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - started)
    return best


def heavy_imports() -> list[str]:
    """Costly optional modules that ``import newsfacts`` loads (it should load none)."""
    names = ("dateparser", "pandas", "numpy")
    code = f"import sys, newsfacts; print(' '.join(m for m in {names!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return done.stdout.split()


def throughput(folder: Path, repeat: int) -> tuple[int, int, float]:
    """Texts, characters and the best total seconds of ``extract_facts`` over every text in ``folder``."""
    from newsfacts import extract_facts

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    extract_facts(texts[0])  # compile patterns and load lexicons outside the timing
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for text in texts:
            extract_facts(text)
        best = min(best, time.perf_counter() - started)
    return len(texts), sum(map(len, texts)), best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3, help="runs over the corpus; the best counts")
    args = parser.parse_args(argv)

    bare, loaded = startup_seconds("pass"), startup_seconds("import newsfacts")
    import_ms = (loaded - bare) * 1000
    verdict = "ok" if import_ms < IMPORT_BUDGET_MS else f"over the {IMPORT_BUDGET_MS} ms budget"
    print(f"import newsfacts: {import_ms:.0f} ms ({verdict}; bare python {bare * 1000:.0f} ms)")
    heavy = heavy_imports()
    print(f"heavy modules loaded by import: {', '.join(heavy) if heavy else 'none'}")

    if not args.texts.is_dir() or not any(args.texts.glob("*.txt")):
        print(f"speed: {args.texts} not found, skipped")
        return 0
    count, chars, seconds = throughput(args.texts, args.repeat)
    print(f"extract_facts: {count} texts, {chars:,} chars in {seconds:.2f} s: {chars / seconds:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
