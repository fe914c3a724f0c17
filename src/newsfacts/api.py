"""The pipeline: text → Document → extractors → linking → Facts.

``extract_facts`` is the one call most users need. The per-kind functions
return one list of the same result and accept a :class:`Document` so that a
caller who wants several kinds can parse once.
"""

from __future__ import annotations

import datetime as dt
import re
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
YEAR_RE = re.compile(r"\b\d{4}\b")


def extract_facts(text: str | Document, *, published: Published = None) -> Facts:
    """Actors, quotes, claims, figures and dates of a news article, with their sources.

    Args:
        text: the article body (or a parsed :class:`Document`).
        published: the publication date, to resolve "on Sunday" or "last week";
            a ``date``, ``datetime``, ISO 8601 string or a date in words with
            its year ("19 August 2024").

    Raises:
        TypeError: ``text`` is not a ``str`` (or ``Document``), or ``published``
            is of another type.
        PublishedDateError: ``published`` is a string that is not a date.

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
    """The publication day: a date, the day of a datetime, or a date string.

    ISO 8601 strings ("2024-08-19", "2024-08-19T10:30:00Z") are read
    directly; other written dates ("19 August 2024", "Aug. 19, 2024", as
    scraped from a page's metadata) go to dateparser, imported only then.
    """
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
            parsed = _parse_written_date(value)
            if parsed is None:
                expected = (
                    "published must be an ISO 8601 date ('2024-08-19') or a date in words ('19 August 2024')"
                )
                raise PublishedDateError(f"{expected}, got {value!r}") from None
            return parsed
    raise TypeError(f"expected published as a date, datetime, ISO string or None, got {type(value).__name__}")


def _parse_written_date(value: str) -> dt.date | None:
    """A date written out in English, read by dateparser (imported lazily: it costs ~0.3 s).

    Only dates that name their month in words: "08/07/2024" is July in one
    country and August in another, so all-digit dates other than ISO are refused,
    and so are dates without a year.
    """
    if len(value) > 100 or not any(ch.isalpha() for ch in value) or not YEAR_RE.search(value):
        return None  # "yesterday" is no publication date, nor is "08/07/2024"
    import dateparser

    parsed = dateparser.parse(
        value, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date() if parsed is not None else None
