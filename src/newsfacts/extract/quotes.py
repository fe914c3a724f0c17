"""Quotations: the stretches of text inside quotation marks, as direct or partial quotes.

Every quotation region the :class:`~newsfacts.document.Document` found is a
candidate; ``link`` later gives it a speaker and drops candidates that are
not anyone's words (scare quotes, titles of works).

A quote is ``direct`` when it stands as a statement of its own: it opens a
paragraph or sentence, follows a colon or a reporting cue, or is closed by a
comma or stop inside its marks ("We will rebuild," she said). Otherwise it is
``partial``: quoted words inside indirect speech (called it a "decisive moment").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document, QuoteRegion

__all__ = ["RawQuote", "find_quotes"]


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quotation region with its kind; ``opens_paragraph`` when nothing precedes it in its paragraph."""

    start: int
    end: int
    kind: str
    opens_paragraph: bool
    opens_sentence: bool


def find_quotes(doc: Document) -> list[RawQuote]:
    """Every quotation with at least one word in it, in document order."""
    out = []
    for region in doc.quotes:
        if not any(ch.isalnum() for ch in doc.text[region.start : region.end]):
            continue
        out.append(_classify(doc, region))
    return out


def _classify(doc: Document, region: QuoteRegion) -> RawQuote:
    text = doc.text
    paragraph_start = doc.paragraphs[region.paragraph][0]
    before = text[paragraph_start : region.start - 1].rstrip()
    opens_paragraph = not before
    sentence_start = doc.sentence_at(region.start)[0]
    opens_sentence = (
        opens_paragraph or region.start - 1 <= sentence_start or before.endswith((".", "!", "?", ":"))
    )
    content = text[region.start : region.end].rstrip()
    whole = content[:1].isupper() and content.endswith((",", ".", "!", "?", "…", "—"))
    after_cue = before.endswith(",") and region.closed and content[:1].isupper()
    kind = "direct" if opens_sentence or whole or after_cue else "partial"
    return RawQuote(region.start, region.end, kind, opens_paragraph, opens_sentence)
