"""Word lists as data files, loaded once on first use.

Each ``en/<name>.txt`` holds one entry a line, sorted and unique; ``#`` starts
a comment. A line ``key<TAB>value`` makes the file a table (see
:func:`table`). ``SOURCES.md`` says where each list comes from.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["entries", "table", "words"]


@cache
def entries(name: str, language: str = "en") -> tuple[str, ...]:
    """The lines of a lexicon file, comments and blank lines dropped, in file order."""
    raw = resources.files(__package__).joinpath(language, f"{name}.txt").read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return tuple(line for line in lines if line)


@cache
def words(name: str, language: str = "en") -> frozenset[str]:
    """A lexicon as a set of lower-cased entries, for lookups by token."""
    return frozenset(entry.lower() for entry in entries(name, language))


@cache
def table(name: str, language: str = "en") -> dict[str, str]:
    """A two-column lexicon (``key<TAB>value``) as a dict keyed by the lower-cased key."""
    out: dict[str, str] = {}
    for entry in entries(name, language):
        key, _, value = entry.partition("\t")
        out[key.strip().lower()] = value.strip()
    return out
