"""The public data model: every fact newsfacts returns, as frozen pydantic models.

All models are immutable (``frozen=True``), reject unknown fields
(``extra="forbid"``) and hold collections as tuples, so facts are hashable and
safe to share. Every role a fact plays in the text is a :class:`Span` of the
caller's string; facts refer to each other and to actors by deterministic ids
(``q1``, ``c2``, ``f3``, ``t1``; actors by a slug of their name).

Spans check themselves against the text when one is given in the validation
context::

    Facts.model_validate(data, context={"text": text})
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationInfo, model_validator

__all__ = [
    "Actor",
    "ActorKind",
    "Attribution",
    "Claim",
    "Facts",
    "Figure",
    "Grain",
    "Qualifier",
    "Quote",
    "QuoteKind",
    "Span",
    "TimeExpression",
]

ActorKind = Literal["person", "organization", "place", "group", "unknown"]
QuoteKind = Literal["direct", "partial"]
Qualifier = Literal["exact", "approximate", "lower_bound", "upper_bound", "range"]
Grain = Literal["day", "week", "month", "quarter", "year"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """A half-open stretch ``[start, end)`` of the input text, with its characters.

    >>> text = "Officials said the talks would resume."
    >>> Span.model_validate({"start": 10, "end": 14, "text": "said"}, context={"text": text})
    Span(start=10, end=14, text='said')
    """

    start: int
    end: int
    text: str

    @model_validator(mode="after")
    def _check(self, info: ValidationInfo) -> Span:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"span offsets must satisfy 0 <= start <= end, got {self.start}, {self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError(f"span text has {len(self.text)} characters but covers {self.end - self.start}")
        source = info.context.get("text") if isinstance(info.context, dict) else None
        if isinstance(source, str) and source[self.start : self.end] != self.text:
            raise ValueError(f"span text {self.text!r} is not text[{self.start}:{self.end}]")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]`` (no validation context needed: it is exact by construction)."""
        return cls(start=start, end=end, text=text[start:end])

    def __contains__(self, other: object) -> bool:
        return isinstance(other, Span) and self.start <= other.start and other.end <= self.end


class Actor(_Model):
    """A person, organisation, place or unnamed source the article refers to.

    ``name`` is the fullest name the article gives ("Antony Blinken"), or for an
    unnamed source the description as written ("a senior US official").
    ``mentions`` are every place the article refers to it, pronouns included.
    """

    id: str
    name: str
    kind: ActorKind = "unknown"
    titles: tuple[Span, ...] = ()
    mentions: tuple[Span, ...] = ()


class Attribution(_Model):
    """On whose authority something is said: who (``source``), named how, and the cue.

    ``source`` is an :class:`Actor` id. ``mention`` is the words naming the
    source at this place ("He", "Israeli figures"); ``cue`` the words that
    attribute ("said", "according to"). Any of them may be null where the text
    has none (a quote paragraph continuing an attributed one).
    """

    source: str | None = None
    mention: Span | None = None
    cue: Span | None = None


class Quote(_Model):
    """Words inside quotation marks that reproduce someone's words.

    ``span`` excludes the quotation marks. ``kind`` is ``direct`` for a whole
    quoted statement and ``partial`` for quoted words inside indirect speech.
    """

    id: str
    span: Span
    kind: QuoteKind = "direct"
    attribution: Attribution | None = None


class Claim(_Model):
    """An attributed statement: reported speech, "according to", beliefs of a source.

    ``span`` is what is claimed, without the source and cue that introduce it;
    a statement broken by its attribution ("A," she said, "B.") is one claim
    whose span runs across the attribution. ``quotes`` are the ids of the
    quotes inside it; ``date`` the id of the time expression saying when.
    """

    id: str
    span: Span
    attribution: Attribution | None = None
    quotes: tuple[str, ...] = ()
    date: str | None = None


class Figure(_Model):
    """A number the article states, with its qualifier, unit and source.

    ``value`` is scaled ("2.3 million" is 2300000, "12%" is 12); for a range it
    is the low end and ``low``/``high`` hold the bounds.
    """

    id: str
    span: Span
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"
    unit: str | None = None
    counts: Span | None = None
    attribution: Attribution | None = None
    date: str | None = None


class TimeExpression(_Model):
    """A date or period the article mentions, resolved against the publication date.

    ``start`` and ``end`` are inclusive and equal for a single day; both are
    null when the expression cannot be resolved (no publication date given for
    "on Sunday", say).
    """

    id: str
    span: Span
    start: dt.date | None = None
    end: dt.date | None = None
    grain: Grain = "day"


class Facts(_Model):
    """Everything extracted from one article, each list in document order."""

    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[TimeExpression, ...] = ()

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id; ``KeyError`` if there is none."""
        for candidate in self.actors:
            if candidate.id == actor_id:
                return candidate
        raise KeyError(actor_id)

    def quotes_by(self, actor: Actor | str) -> tuple[Quote, ...]:
        """The quotes attributed to an actor (an :class:`Actor` or its id)."""
        wanted = _actor_id(actor)
        return tuple(q for q in self.quotes if q.attribution and q.attribution.source == wanted)

    def claims_by(self, actor: Actor | str) -> tuple[Claim, ...]:
        """The claims attributed to an actor (an :class:`Actor` or its id)."""
        wanted = _actor_id(actor)
        return tuple(c for c in self.claims if c.attribution and c.attribution.source == wanted)

    def figures_by(self, actor: Actor | str) -> tuple[Figure, ...]:
        """The figures given on an actor's authority (an :class:`Actor` or its id)."""
        wanted = _actor_id(actor)
        return tuple(f for f in self.figures if f.attribution and f.attribution.source == wanted)

    def facts(self) -> Iterator[Quote | Claim | Figure | TimeExpression]:
        """Every quote, claim, figure and time expression, in document order."""
        everything: list[Quote | Claim | Figure | TimeExpression] = [
            *self.quotes,
            *self.claims,
            *self.figures,
            *self.dates,
        ]
        return iter(sorted(everything, key=lambda fact: (fact.span.start, fact.span.end, fact.id)))


def _actor_id(actor: Actor | str) -> str:
    if isinstance(actor, Actor):
        return actor.id
    if isinstance(actor, str):
        return actor
    raise TypeError(f"expected an Actor or an actor id (str), got {type(actor).__name__}")
