"""Claims: attributed statements. (stub)"""
from __future__ import annotations
from ..document import Document
def find_attributions(doc: Document) -> list:
    return []
