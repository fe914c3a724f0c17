"""Figures: numbers the article states, with qualifier, unit and what they count. (stub)"""

from __future__ import annotations

from ..document import Document
from ..models import Figure


def find_figures(doc: Document) -> list[Figure]:
    """Every figure in document order, ids f1, f2, ...; attribution and date left null."""
    return []
