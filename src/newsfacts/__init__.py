"""newsfacts: typed, source-attributed facts from news article text.

>>> from newsfacts import extract_facts
>>> facts = extract_facts("Officials said 40 people were hurt.")
>>> isinstance(facts, Facts)
True
"""

from .api import (
    extract_actors,
    extract_claims,
    extract_dates,
    extract_facts,
    extract_figures,
    extract_quotes,
)
from .document import Document
from .errors import NewsfactsError, PublishedDateError
from .models import Actor, Attribution, Claim, Facts, Figure, Quote, Span, TimeExpression

__version__ = "0.1.0"

__all__ = [
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
