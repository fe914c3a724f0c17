"""Docs keep up with the code: every public name is documented, and the CLI's commands too.

In the manner of sqlite-utils: adding to ``__all__`` or to the command line
without a word in README.md or docs/ fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsfacts

ROOT = Path(__file__).resolve().parent.parent
DOCS = "\n".join(
    p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
)


@pytest.mark.parametrize("name", newsfacts.__all__)
def test_public_name_is_documented(name):
    assert f"`{name}" in DOCS or f".{name}" in DOCS, f"{name} is public but not in README.md or docs/"


@pytest.mark.parametrize("command", ["newsfacts demo", "newsfacts extract", "--published", "--format"])
def test_command_line_is_documented(command):
    assert command in DOCS
