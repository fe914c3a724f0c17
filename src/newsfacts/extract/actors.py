"""Actors: named people, organisations and places, and unnamed sources. (stub)"""

from __future__ import annotations

from ..document import Document
from ..models import Actor


class Roster:
    """The actors of one document, built from its named mentions, growing as sources are linked."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def resolve(self, start: int, end: int) -> str | None:
        """The id of the actor that the words text[start:end] name, or None."""
        return None

    def add_source(self, start: int, end: int) -> str | None:
        """Record text[start:end] as naming a source; return its actor id, creating the actor if needed."""
        return None

    def actors(self) -> list[Actor]:
        """The actors, in order of first mention."""
        return []


def find_actors(doc: Document) -> Roster:
    return Roster(doc)
