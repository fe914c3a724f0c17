"""Every lexicon file is sorted, unique, used by the code, and has its source written down.

The order rule is the loaders' key: the entry lower-cased, and for a table
(``key<TAB>value``) its key, so a file reads as it is looked up
(``lexicons.words`` and ``lexicons.table`` both lower-case their keys).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts import lexicons

PACKAGE = Path(lexicons.__file__).parent.parent
LEXICONS = Path(lexicons.__file__).parent
FILES = sorted((LEXICONS / "en").glob("*.txt"))
CODE = "\n".join(
    p.read_text(encoding="utf-8") for p in [*PACKAGE.glob("*.py"), *PACKAGE.glob("extract/*.py")]
)


def key(entry: str) -> str:
    """The lookup key of a lexicon entry: its part before a tab, lower-cased."""
    return entry.partition("\t")[0].strip().lower()


def test_there_are_lexicons():
    assert FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_sorted_by_lookup_key(path):
    keys = [key(entry) for entry in lexicons.entries(path.stem)]
    unsorted = [(a, b) for a, b in zip(keys, keys[1:], strict=False) if a > b]
    assert not unsorted, f"{path.name}: out of order, first at {unsorted[0]}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_unique(path):
    keys = [key(entry) for entry in lexicons.entries(path.stem)]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{path.name}: repeated {duplicates}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_used_by_the_code(path):
    assert f'"{path.stem}"' in CODE or f"'{path.stem}'" in CODE, f"no module loads {path.stem!r}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_listed_in_sources(path):
    sources = LEXICONS / "SOURCES.md"
    assert sources.exists(), "lexicons/SOURCES.md is missing"
    assert path.name in sources.read_text(encoding="utf-8"), f"{path.name} is not in SOURCES.md"
