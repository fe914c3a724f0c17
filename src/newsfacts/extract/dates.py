"""Time expressions resolved against the publication date. (stub)"""

from __future__ import annotations

import datetime as dt

from ..document import Document
from ..models import TimeExpression


def find_dates(doc: Document, *, published: dt.date | None = None) -> list[TimeExpression]:
    """Every time expression in document order, ids t1, t2, ..."""
    return []
