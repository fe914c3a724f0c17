"""Shared fixtures: a hand-built Facts, the demo article, and a walk over every span of a result.

Hypothesis runs with no deadline (the first call compiles patterns and loads
lexicons) and a fixed, reproducible profile on CI (``CI=true``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, settings
from pydantic import BaseModel

from newsfacts import Actor, Attribution, Claim, Facts, Figure, Quote, Span, TimeExpression
from newsfacts.cli import DEMO_PUBLISHED, demo_text

settings.register_profile("dev", deadline=None, max_examples=100)
settings.register_profile(
    "ci", deadline=None, max_examples=200, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

SpanWalk = Callable[[BaseModel], Iterator[tuple[str, Span]]]


def walk_spans(model: BaseModel, path: str = "") -> Iterator[tuple[str, Span]]:
    """Every Span inside a model, with a readable path ("quotes[0].attribution.cue"), found by type.

    Walking the fields generically keeps the property tests true when a model gains a span.
    """
    if isinstance(model, Span):
        yield path or "span", model
        return
    for name in type(model).model_fields:
        value = getattr(model, name)
        where = f"{path}.{name}" if path else name
        items = enumerate(value) if isinstance(value, tuple) else [(None, value)]
        for index, item in items:
            if isinstance(item, BaseModel):
                yield from walk_spans(item, where if index is None else f"{where}[{index}]")


@pytest.fixture(scope="session")
def spans() -> SpanWalk:
    """The span walk, as a fixture (hypothesis tests may use session fixtures only)."""
    return walk_spans


@pytest.fixture(scope="session")
def demo() -> tuple[str, str]:
    """The bundled example article and its publication date."""
    return demo_text(), DEMO_PUBLISHED


HAND_TEXT = '"We will rebuild," Mayor Ana Ruiz said on Monday. More than 40 homes were lost, police said.'


@pytest.fixture(scope="session")
def hand_facts() -> tuple[str, Facts]:
    """A Facts built by hand over a short text, independent of the extractors."""
    text = HAND_TEXT

    def span(words: str, after: int = 0) -> Span:
        start = text.index(words, after)
        return Span.of(text, start, start + len(words))

    ruiz = Actor(
        id="ana-ruiz", name="Ana Ruiz", kind="person", titles=(span("Mayor"),), mentions=(span("Ana Ruiz"),)
    )
    police = Actor(id="police", name="police", kind="group", mentions=(span("police"),))
    said_ruiz, said_police = span("said"), span("said", text.index("police"))
    quote = Quote(
        id="q1",
        span=span("We will rebuild,"),
        attribution=Attribution(source="ana-ruiz", mention=span("Ana Ruiz"), cue=said_ruiz),
    )
    police_says = Attribution(source="police", mention=span("police"), cue=said_police)
    claims = (
        Claim(
            id="c1", span=span("We will rebuild,"), attribution=quote.attribution, quotes=("q1",), date="t1"
        ),
        Claim(id="c2", span=span("More than 40 homes were lost"), attribution=police_says),
    )
    figure = Figure(
        id="f1",
        span=span("More than 40"),
        value=40,
        qualifier="lower_bound",
        counts=span("homes"),
        attribution=police_says,
    )
    monday = TimeExpression(id="t1", span=span("on Monday"))
    facts = Facts(actors=(ruiz, police), quotes=(quote,), claims=claims, figures=(figure,), dates=(monday,))
    return text, facts
