"""Quotations: the stretches of text inside quotation marks, as direct or partial quotes.

Every quotation region the :class:`~newsfacts.document.Document` found is a
candidate; ``link`` later gives it a speaker and drops candidates that are
not anyone's words (scare quotes, titles of works).

A quote is ``direct`` when it stands as a statement of its own: it opens a
paragraph or sentence, follows a colon or a reporting cue, or is closed by a
comma or stop inside its marks ("We will rebuild," she said). Otherwise it is
``partial``: quoted words inside indirect speech (called it a "decisive moment").

A quote inside a quote (the witness said: "I heard him ask, 'Is it done?'")
is a candidate of its own, carrying the bounds of the quote around it; its
kind is read within that quote as if it were a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document, QuoteRegion

__all__ = ["RawQuote", "find_quotes"]


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quotation region with its kind; ``opens_paragraph`` when nothing precedes it in its paragraph.

    ``outer`` is the content of the quote around a nested one, else None.
    """

    start: int
    end: int
    kind: str
    opens_paragraph: bool
    opens_sentence: bool
    outer: tuple[int, int] | None = None


def find_quotes(doc: Document) -> list[RawQuote]:
    """Every quotation with at least one word in it, nested ones too, in document order."""
    out = []
    nested = doc.nested_quotes
    k = 0
    for region in doc.quotes:
        if not any(ch.isalnum() for ch in doc.text[region.start : region.end]):
            continue
        out.append(_classify(doc, region))
        while k < len(nested) and nested[k].start < region.start:
            k += 1  # inside a region passed over above (no word in it)
        while k < len(nested) and nested[k].end <= region.end:
            inner = nested[k]
            k += 1
            if any(ch.isalnum() for ch in doc.text[inner.start : inner.end]):
                out.append(_classify(doc, inner, outer=(region.start, region.end)))
    return out


def _classify(doc: Document, region: QuoteRegion, *, outer: tuple[int, int] | None = None) -> RawQuote:
    text = doc.text
    paragraph_start = doc.paragraphs[region.paragraph][0] if outer is None else outer[0]
    before = text[paragraph_start : region.start - 1].rstrip()
    opens_paragraph = not before
    sentence_start = max(doc.sentence_at(region.start)[0], paragraph_start)
    opens_sentence = (
        opens_paragraph or region.start - 1 <= sentence_start or before.endswith((".", "!", "?", ":"))
    )
    content = text[region.start : region.end].rstrip()
    whole = content[:1].isupper() and content.endswith((",", ".", "!", "?", "…", "—"))
    after_cue = before.endswith(",") and region.closed and content[:1].isupper()
    kind = "direct" if opens_sentence or whole or after_cue else "partial"
    if outer is not None:
        opens_paragraph = False  # a nested quote never starts a paragraph of the article
    return RawQuote(region.start, region.end, kind, opens_paragraph, opens_sentence, outer)
