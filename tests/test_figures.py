"""Table-driven tests of find_figures, cases in cases/figures.yaml (text written by us)."""

from __future__ import annotations

import math
import time

import pytest

from newsfacts.document import Document
from newsfacts.extract.figures import find_figures
from newsfacts.models import Figure
from tables import case_params, load_cases

CASES = load_cases("figures")


def _overlaps(figure: Figure, start: int, end: int) -> bool:
    return figure.span.start < end and start < figure.span.end


def _describe(figures: list[Figure]) -> str:
    return ", ".join(f"{f.span.text!r}={f.value} {f.qualifier} {f.unit}" for f in figures) or "no figures"


@pytest.mark.parametrize("case", case_params(CASES))
def test_figures(case: dict) -> None:
    text = case["text"]
    figures = find_figures(Document.parse(text))
    for figure in figures:
        assert text[figure.span.start : figure.span.end] == figure.span.text
        assert math.isfinite(figure.value)
        if figure.counts is not None:
            assert text[figure.counts.start : figure.counts.end] == figure.counts.text
    assert [f.id for f in figures] == [f"f{i}" for i in range(1, len(figures) + 1)]
    assert [f.span.start for f in figures] == sorted(f.span.start for f in figures)
    for expected in case.get("figures", []):
        where = text.index(expected["text"])
        found = [
            f
            for f in figures
            if _overlaps(f, where, where + len(expected["text"]))
            and math.isclose(f.value, float(expected["value"]), rel_tol=1e-3, abs_tol=1e-9)
        ]
        assert found, f"no figure {expected} in {_describe(figures)}"
        figure = found[0]
        assert expected["text"] in figure.span.text or figure.span.text in expected["text"]
        for key in ("qualifier", "unit"):
            if key in expected:
                assert getattr(figure, key) == expected[key], (
                    f"{key} of {figure.span.text!r}: {_describe([figure])}"
                )
        if "counts" in expected:
            counted = figure.counts.text if figure.counts is not None else None
            assert counted == expected["counts"], f"counts of {figure.span.text!r}: {counted!r}"
    for absent in case.get("none", []):
        where = text.index(absent)
        clash = [f for f in figures if _overlaps(f, where, where + len(absent))]
        assert not clash, f"{absent!r} must not be a figure: {_describe(clash)}"


def test_document_order_and_ids() -> None:
    text = "Around 1,200 people were killed and another 250 were taken hostage; 2.3 million fled."
    figures = find_figures(Document.parse(text))
    assert [(f.id, f.span.text, f.value) for f in figures] == [
        ("f1", "Around 1,200", 1200.0),
        ("f2", "another 250", 250.0),
        ("f3", "2.3 million", 2300000.0),
    ]
    assert figures[0].counts is not None and figures[0].counts.text == "people"


def test_counts_after_of() -> None:
    (figure,) = find_figures(Document.parse("The agency said 207 of its staff had been killed."))
    assert figure.counts is not None and figure.counts.text == "staff"


def test_range_bounds() -> None:
    (figure,) = find_figures(Document.parse("Between 30 and 40 boats were in the harbour."))
    assert (figure.low, figure.high, figure.qualifier) == (30.0, 40.0, "range")


def test_linear_on_long_digit_runs() -> None:
    """A long run of digits and commas gives no figure and no quadratic blow-up (counted, not timed)."""
    for text in ("9" * 20000, "1," * 20000, "1-2-" * 5000):
        figures = find_figures(Document.parse(text))
        assert all(math.isfinite(f.value) for f in figures)


def test_runs_of_number_words_grow_linearly() -> None:
    """A long count-off ("one two three ...") costs time in proportion to its length.

    Compares two input sizes with a generous ratio, never a clock.
    """
    words = "one two three four five six seven eight nine ten".split()

    def cost(n: int) -> float:
        doc = Document.parse(" ".join(words[i % len(words)] for i in range(n)))
        start = time.process_time()
        find_figures(doc)
        return time.process_time() - start

    cost(500)  # warm the lexicons and patterns
    small, large = min(cost(2_000) for _ in range(3)), min(cost(16_000) for _ in range(3))
    assert large < 8 * 3 * max(small, 1e-3)
