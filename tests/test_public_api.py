"""The public API is deliberate: ``newsfacts.__all__`` is pinned here and kept sorted."""

from __future__ import annotations

import newsfacts

PUBLIC = [
    "Actor",
    "Attribution",
    "Claim",
    "Document",
    "Facts",
    "Figure",
    "NewsfactsError",
    "PublishedDateError",
    "Quote",
    "Span",
    "TimeExpression",
    "__version__",
    "extract_actors",
    "extract_claims",
    "extract_dates",
    "extract_facts",
    "extract_figures",
    "extract_quotes",
]


def test_all_is_pinned():
    assert newsfacts.__all__ == PUBLIC, (
        "a change to the public API: update PUBLIC, README.md and docs/ on purpose"
    )


def test_all_is_sorted():
    assert newsfacts.__all__ == sorted(newsfacts.__all__)


def test_every_public_name_exists():
    missing = [name for name in newsfacts.__all__ if not hasattr(newsfacts, name)]
    assert not missing


def test_nothing_public_is_left_out_of_all():
    public = {name for name in vars(newsfacts) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(newsfacts, name)).__name__ == "module"}
    assert public - modules - set(newsfacts.__all__) == set()
