"""Quotes. (stub)"""
from __future__ import annotations
from ..document import Document
def find_quotes(doc: Document) -> list:
    return []
