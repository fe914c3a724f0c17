"""One pre-processing pass over the article: paragraphs, sentences, quotations, tokens.

A :class:`Document` keeps the caller's text verbatim and describes it with
offsets only; nothing here rewrites a character. Every extractor reads the
same ``Document``, so ``extract_facts`` splits and scans the text once.

Quotation regions cover curly (“ ”), straight ("), guillemet (« ») and single
(‘ ’ or ') quotation marks. A quote left open at the end of a paragraph runs
to the paragraph's end (news style for a quote that continues in the next
paragraph, which reopens it with a fresh mark); nested quotes inside a region
are part of it.

Misses: sentence ends after an abbreviation that really ends a sentence
("... in the U.S. The talks ...") are kept as one sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

import regex

from . import lexicons

__all__ = ["Document", "QuoteRegion", "Token"]

# A token is a word (letters/digits joined by inner apostrophes, hyphens, dots
# or commas between digits), or a single other visible character.
TOKEN_RE = regex.compile(
    r"""
    (?:\p{Lu}\.){2,}                                   # U.S., U.K.
  | \p{N}+(?:[.,:]\p{N}+)*                             # numbers: 1,200  2.3  7:30
  | [\p{L}\p{M}\p{N}_]+(?:[’'\-][\p{L}\p{M}\p{N}]+)*   # words: don't, Iran-backed
  | \S                                                 # anything else visible
    """,
    regex.VERBOSE,
)

PARAGRAPH_RE = regex.compile(r"[^\n\r\u2028\u2029]+")

# Where a sentence may end: terminal punctuation, any closing quotes or
# brackets, then white space and something that can start a sentence.
SENTENCE_END_RE = regex.compile(
    r"""
    (?<=[.!?…])                     # after a terminal mark
    [\"”’'»)\]]*                    # closing quotes and brackets belong to the sentence
    (?=\s+[\"“‘'«(\[]*[\p{Lu}\p{N}]) # a capital or digit starts the next one
    """,
    regex.VERBOSE,
)

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}
QUOTE_MARK_RE = regex.compile(r"[\"“”„«»‘’']")


@dataclass(frozen=True, slots=True)
class Token:
    """A word or a visible character, with its offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """The content of one quotation (marks excluded) within one paragraph.

    ``closed`` is false for a quote that runs to the end of its paragraph
    without a closing mark; ``mark`` is the opening quotation mark.
    """

    start: int
    end: int
    paragraph: int
    mark: str
    closed: bool = True


@dataclass(frozen=True, eq=False)
class Document:
    """The article text with its structure as offsets. Build it with :meth:`parse`.

    >>> doc = Document.parse('“We will rebuild,” she said. Officials agreed.')
    >>> [doc.text[s:e] for s, e in doc.sentences]
    ['“We will rebuild,” she said.', 'Officials agreed.']
    >>> [doc.text[q.start:q.end] for q in doc.quotes]
    ['We will rebuild,']
    """

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[QuoteRegion, ...]
    tokens: tuple[Token, ...] = field(repr=False)

    @classmethod
    def parse(cls, text: str) -> Document:
        """Split ``text`` into paragraphs, sentences, quotation regions and tokens."""
        if not isinstance(text, str):
            raise TypeError(f"expected the article text as str, got {type(text).__name__}")
        paragraphs = tuple((m.start(), m.end()) for m in PARAGRAPH_RE.finditer(text) if m.group().strip())
        paragraphs = tuple(_strip(text, s, e) for s, e in paragraphs)
        sentences: list[tuple[int, int]] = []
        quotes: list[QuoteRegion] = []
        for index, (start, end) in enumerate(paragraphs):
            sentences.extend(_sentences(text, start, end))
            quotes.extend(_quote_regions(text, start, end, index))
        tokens = tuple(Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text))
        return cls(text, paragraphs, tuple(sentences), tuple(quotes), tokens)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [s for s, _ in self.paragraphs]

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens lying wholly inside ``[start, end)``."""
        starts = self._token_starts
        lo = bisect_right(starts, start - 1)
        hi = bisect_right(starts, end - 1)
        return tuple(t for t in self.tokens[lo:hi] if t.end <= end)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset`` (or the nearest one before it)."""
        i = max(bisect_right(self._sentence_starts, offset) - 1, 0)
        return self.sentences[i] if self.sentences else (0, 0)

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence holding ``offset``; -1 for an empty document."""
        return bisect_right(self._sentence_starts, offset) - 1 if self.sentences else -1

    def paragraph_index(self, offset: int) -> int:
        """The index of the paragraph holding ``offset``; -1 for an empty document."""
        return bisect_right(self._paragraph_starts, offset) - 1 if self.paragraphs else -1

    def quote_at(self, offset: int) -> QuoteRegion | None:
        """The quotation region holding ``offset``, if any."""
        for region in self.quotes_in(offset, offset + 1):
            if region.start <= offset < region.end:
                return region
        return None

    def quotes_in(self, start: int, end: int) -> tuple[QuoteRegion, ...]:
        """The quotation regions overlapping ``[start, end)``."""
        return tuple(q for q in self._quotes_near(start, end) if q.start < end and start < q.end)

    def _quotes_near(self, start: int, end: int) -> tuple[QuoteRegion, ...]:
        starts = self._quote_starts
        lo = max(bisect_right(starts, start) - 1, 0)
        hi = bisect_right(starts, end)
        return self.quotes[lo:hi]

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one paragraph, not split after known abbreviations or initials."""
    abbreviations = lexicons.words("abbreviations")
    out, begin = [], start
    for match in SENTENCE_END_RE.finditer(text, start, end):
        cut = match.end()
        stop = match.start() - 1
        if text[stop] == ".":
            word = regex.search(r"[\p{L}.]+$", text[max(begin, stop - 12) : stop])
            previous = word.group().lower() if word else ""
            if previous in abbreviations or (len(previous) == 1 and previous.isalpha()) or regex.fullmatch(
                r"(?:\p{L}\.)+\p{L}", previous
            ):
                continue
        out.append(_strip(text, begin, cut))
        begin = cut
    if begin < end:
        out.append(_strip(text, begin, end))
    return [s for s in out if s[0] < s[1]]


def _is_opener(text: str, i: int, start: int) -> bool:
    """A quote mark opens when it starts a word: after space/punctuation, before a visible character."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{—–-/:;,“‘\"'«" or (before in ".!?" and text[i] in "\"“«")


def _is_closer(text: str, i: int, end: int) -> bool:
    """A quote mark closes when it ends a word: before space/punctuation or the paragraph end."""
    before = text[i - 1]
    after = text[i + 1] if i + 1 < end else " "
    if before.isspace():
        return False
    return after.isspace() or after in ".,;:!?)]}—–-…”’\"'»"


def _quote_regions(text: str, start: int, end: int, paragraph: int) -> list[QuoteRegion]:
    """Quotation regions of one paragraph: outermost quotes, in order."""
    regions: list[QuoteRegion] = []
    i = start
    while i < end:
        match = QUOTE_MARK_RE.search(text, i, end)
        if match is None:
            break
        mark, at = match.group(), match.start()
        i = at + 1
        if mark not in OPENERS or not _is_opener(text, at, start):
            continue
        if mark in "'‘" and at > start and text[at - 1].isalnum():
            continue  # an apostrophe
        closer = OPENERS[mark]
        close_at = _find_closer(text, at + 1, end, closer, mark)
        if close_at is None:
            if mark in "'‘" and regions:
                continue  # a stray single mark after real quotes is an apostrophe ('90s)
            regions.append(QuoteRegion(at + 1, end, paragraph, mark, closed=False))
            break
        if close_at > at + 1:
            regions.append(QuoteRegion(at + 1, close_at, paragraph, mark))
        i = close_at + 1
    return [QuoteRegion(*_strip(text, r.start, r.end), r.paragraph, r.mark, r.closed) for r in regions]


def _find_closer(text: str, i: int, end: int, closer: str, opener: str) -> int | None:
    """The offset of the mark closing a quote opened just before ``i``, skipping nested quotes."""
    depth = 0
    while i < end:
        ch = text[i]
        if ch == closer and (closer in "”»" or _is_closer(text, i, end)):
            if depth == 0:
                if opener in "'‘" and i + 1 < end and text[i + 1].isalpha():
                    i += 1
                    continue  # don’t: an apostrophe inside the quote
                return i
            depth -= 1
        elif ch == opener and opener != closer and opener not in "'‘":
            depth += 1
        i += 1
    return None
