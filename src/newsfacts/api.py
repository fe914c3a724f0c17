"""The pipeline: text → Document → extractors → linking → Facts.

``extract_facts`` is the one call most users need. The per-kind functions
return one list of the same result and accept a :class:`Document` so that a
caller who wants several kinds can parse once.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .document import Document
from .errors import PublishedDateError
from .extract.actors import find_actors
from .extract.claims import find_attributions
from .extract.dates import find_dates
from .extract.figures import find_figures
from .extract.quotes import find_quotes
from .link import link
from .models import Actor, Claim, Facts, Figure, Quote, TimeExpression

__all__ = [
    "extract_actors",
    "extract_claims",
    "extract_dates",
    "extract_facts",
    "extract_figures",
    "extract_quotes",
]

Published = dt.date | dt.datetime | str | None


def extract_facts(text: str | Document, *, published: Published = None) -> Facts:
    """Actors, quotes, claims, figures and dates of a news article, with their sources.

    Args:
        text: the article body (or a parsed :class:`Document`).
        published: the publication date, to resolve "on Sunday" or "last week";
            a ``date``, ``datetime`` or ISO string.

    >>> facts = extract_facts('"We will rebuild," the mayor said on Monday.', published="2024-03-06")
    >>> [q.span.text for q in facts.quotes]
    ['We will rebuild,']
    """
    doc = _document(text)
    return _facts(doc, _published(published))


def extract_quotes(text: str | Document, *, published: Published = None) -> list[Quote]:
    """Direct and partial quotations with their speakers, in document order."""
    return list(extract_facts(text, published=published).quotes)


def extract_claims(text: str | Document, *, published: Published = None) -> list[Claim]:
    """Attributed statements (reported speech, "according to", beliefs), in document order."""
    return list(extract_facts(text, published=published).claims)


def extract_figures(text: str | Document, *, published: Published = None) -> list[Figure]:
    """Numbers stated in the article with qualifier, unit and source, in document order."""
    return list(extract_facts(text, published=published).figures)


def extract_actors(text: str | Document, *, published: Published = None) -> list[Actor]:
    """People, organisations, places and unnamed sources, in order of first mention."""
    return list(extract_facts(text, published=published).actors)


def extract_dates(text: str | Document, *, published: Published = None) -> list[TimeExpression]:
    """Time expressions resolved against ``published``, in document order."""
    return list(extract_facts(text, published=published).dates)


@lru_cache(maxsize=8)
def _facts(doc: Document, published: dt.date | None) -> Facts:
    """Run every stage once; cached so the per-kind functions share one run over a Document."""
    roster = find_actors(doc)
    dates = find_dates(doc, published=published)
    figures = find_figures(doc)
    attributions = find_attributions(doc)
    quotes = find_quotes(doc)
    return link(doc, roster, attributions=attributions, quotes=quotes, figures=figures, dates=dates)


def _document(text: str | Document) -> Document:
    if isinstance(text, Document):
        return text
    if isinstance(text, str):
        return Document.parse(text)
    raise TypeError(f"expected the article text as str (or a newsfacts Document), got {type(text).__name__}")


def _published(value: Published) -> dt.date | None:
    """The publication day: a date, the day of a datetime, or an ISO 8601 string."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            expected = "published must be an ISO 8601 date such as '2024-08-19'"
            raise PublishedDateError(f"{expected}, got {value!r}") from None
    raise TypeError(f"expected published as a date, datetime, ISO string or None, got {type(value).__name__}")
