"""The ``newsfacts`` command: ``newsfacts demo`` and ``newsfacts extract``.

``newsfacts`` (or ``python -m newsfacts``) with no command runs the demo on
the bundled example article. ``extract`` reads a file, or standard input for
``-`` or no file, and writes the facts as readable text, one JSON document
(``--format json``, the :class:`~newsfacts.Facts` model) or one JSON line per
fact (``--format jsonl``, each with a ``"fact"`` key: actor, quote, claim,
figure or date).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import resources

from .api import extract_facts
from .errors import PublishedDateError
from .models import Facts
from .render import render

__all__ = ["DEMO_PUBLISHED", "demo_text", "main"]

DEMO_PUBLISHED = "2024-08-21"  # the example article's publication day (the "Tuesday" it mentions is the 20th)


def demo_text() -> str:
    """The bundled example article (an invented local news story)."""
    return resources.files(__package__).joinpath("data", "demo_article.txt").read_text(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: the arguments after the program name; ``None`` reads ``sys.argv``.

    Returns:
        The exit status: 0, or 2 for a file that cannot be read or a bad ``--published``.
    """
    args = _parser().parse_args(argv)
    _tolerant_stdout()
    try:
        return _run(args)
    except BrokenPipeError:  # output piped into `head`: stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def _run(args: argparse.Namespace) -> int:
    if args.command in (None, "demo"):
        print(f"newsfacts demo: the bundled example article, published {DEMO_PUBLISHED}\n")
        _write(extract_facts(demo_text(), published=DEMO_PUBLISHED), "text")
        return 0
    try:
        text = _read(args.file)
        facts = extract_facts(text, published=args.published)
    except (OSError, UnicodeDecodeError, PublishedDateError) as exc:
        print(f"newsfacts: error: {exc}", file=sys.stderr)
        return 2
    _write(facts, args.format)
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Typed, source-attributed facts (actors, quotes, claims, figures, dates) from news text.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", help="print the facts of a bundled example article (the default)")
    extract = commands.add_parser("extract", help="extract facts from a file or standard input")
    extract.add_argument("file", nargs="?", default="-", metavar="FILE", help="UTF-8 text; '-' reads stdin")
    extract.add_argument("--published", metavar="DATE", help="publication date (ISO 8601, e.g. 2024-08-19)")
    extract.add_argument(
        "--format", choices=("text", "json", "jsonl"), default="text", help="output format (default: text)"
    )
    return parser


def _read(file: str) -> str:
    if file == "-":
        return sys.stdin.read()
    with open(file, encoding="utf-8") as handle:
        return handle.read()


def _write(facts: Facts, fmt: str) -> None:
    if fmt == "json":
        print(facts.model_dump_json(indent=2))
    elif fmt == "jsonl":
        families = (
            ("actor", facts.actors),
            ("quote", facts.quotes),
            ("claim", facts.claims),
            ("figure", facts.figures),
            ("date", facts.dates),
        )
        for name, items in families:
            for item in items:
                print(json.dumps({"fact": name, **item.model_dump(mode="json")}, ensure_ascii=False))
    else:
        print("\n".join(render(facts)))


def _tolerant_stdout() -> None:
    """Never fail on a terminal that cannot show a curly quote: escape what it cannot encode."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="backslashreplace")
