"""One pre-processing pass over the article: paragraphs, sentences, quotations, tokens.

A :class:`Document` keeps the caller's text verbatim and describes it with
offsets only; nothing here rewrites a character. Every extractor reads the
same ``Document``, so ``extract_facts`` splits and scans the text once.

Quotation regions cover curly (“ ”), straight ("), guillemet (« ») and single
(‘ ’ or ') quotation marks. A quote left open at the end of a paragraph runs
to the paragraph's end (news style for a quote that continues in the next
paragraph, which reopens it with a fresh mark); nested quotes inside a region
are part of it, and are also listed on their own in ``nested_quotes``: single
marks inside a double-marked region, double marks inside a single-marked one
(one level deep).

Misses: sentence ends after an abbreviation that really ends a sentence
("... in the U.S. The talks ...") are kept as one sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, partial
from itertools import accumulate
from typing import NamedTuple

import regex

from . import lexicons

__all__ = ["Document", "QuoteRegion", "Token"]

# A token is a word (letters/digits joined by inner apostrophes, hyphens, dots
# or commas between digits), or a single other visible character.
TOKEN_FRAG = r"""
    (?:\p{Lu}\.){2,}                                   # U.S., U.K.
  | \p{N}+(?:[.,:]\p{N}+)*                             # numbers: 1,200  2.3  7:30
  | [\p{L}\p{M}\p{N}_]+(?:[’'\-][\p{L}\p{M}\p{N}]+)*   # words: don't, Iran-backed
  | \S                                                 # anything else visible
"""

# The text cut into white space and tokens, alternately (``split`` keeps the
# captured tokens). No token holds or starts with white space, so the pieces
# between tokens are white space, and the offsets follow from adding up lengths.
SPLIT_TOKENS_RE = regex.compile(rf"({TOKEN_FRAG})", regex.VERBOSE)

PARAGRAPH_RE = regex.compile(r"[^\n\r\u2028\u2029]+")

# Where a sentence may end: terminal punctuation, any closing quotes or
# brackets, then white space and something that can start a sentence.
SENTENCE_END_RE = regex.compile(
    r"""
    [.!?…]\K                        # after a terminal mark (kept out of the match; a
                                    # lookbehind here would be tried at every character)
    [\"”’'»)\]]*                    # closing quotes and brackets belong to the sentence
    (?=\s+[\"“‘'«(\[]*\ ?[\p{Lu}\p{N}]) # a capital or digit starts the next one ("“ I", a stray space)
    """,
    regex.VERBOSE,
)

# The word before a full stop (letters and dots), and initials such as "J.R" in it.
WORD_BEFORE_STOP_RE = regex.compile(r"[\p{L}.]+$")
INITIALS_RE = regex.compile(r"(?:\p{L}\.)+\p{L}")

DOUBLE_MARK_RE = regex.compile(r"’’|''|[\"“”„«»]")
# A single mark opens a quote at the start of a word, and closes one at the end
# of a word that is not followed by a letter (so "don’t" and "Iran’s" do not close).
SINGLE_OPEN_RE = regex.compile(r"(?<![\p{L}\p{N}])[‘'](?=[\p{L}\p{N}])")
SINGLE_CLOSE_RE = regex.compile(r"(?<=[\p{L}\p{N}.,!?…])[’'](?![\p{L}\p{N}])")


class Token(NamedTuple):
    """A word or a visible character, with its offsets (a named tuple: there are many)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """The content of one quotation (marks excluded) within one paragraph.

    ``closed`` is false for a quote that runs to the end of its paragraph
    without a closing mark; ``mark`` is the opening quotation mark; ``nested``
    is true for a quote inside another one (listed in ``Document.nested_quotes``).
    """

    start: int
    end: int
    paragraph: int
    mark: str
    closed: bool = True
    nested: bool = False


@dataclass(frozen=True, eq=False)
class Document:
    """The article text with its structure as offsets. Build it with :meth:`parse`.

    >>> doc = Document.parse('“We will rebuild,” she said. Officials agreed.')
    >>> [doc.text[s:e] for s, e in doc.sentences]
    ['“We will rebuild,” she said.', 'Officials agreed.']
    >>> [doc.text[q.start:q.end] for q in doc.quotes]
    ['We will rebuild,']

    ``quotes`` holds the outermost regions (which never overlap); the quotes
    inside them are in ``nested_quotes``, by start.
    """

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[QuoteRegion, ...]
    tokens: tuple[Token, ...] = field(repr=False)
    nested_quotes: tuple[QuoteRegion, ...] = ()

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
        nested = tuple(inner for region in quotes for inner in _nested_regions(text, region))
        starts, tokens = _tokens(text)
        doc = cls(text, paragraphs, tuple(sentences), tuple(quotes), tokens, nested)
        doc.__dict__["_token_starts"] = starts  # the cached property, already at hand
        return doc

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

    def has_quote_between(self, start: int, end: int) -> bool:
        """Whether any quotation region overlaps ``[start, end)`` (one bisection: regions do not overlap)."""
        i = bisect_right(self._quote_starts, end - 1) - 1
        return i >= 0 and self.quotes[i].end > start

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


# Token(start, end, text) from a triple, without a call to the Python-level __new__.
_new_token = partial(tuple.__new__, Token)


def _tokens(text: str) -> tuple[list[int], tuple[Token, ...]]:
    """The tokens of ``text`` (the matches of ``TOKEN_FRAG``, in order) and their start offsets.

    One ``split`` gives white space and tokens as plain strings, their running
    lengths give the offsets: half the time of a ``Token`` per match object,
    and no short-lived tuples for the garbage collector to walk.
    """
    pieces = SPLIT_TOKENS_RE.split(text)  # space, token, space, token, ..., space
    bounds = list(accumulate(map(len, pieces)))  # the end of each piece
    starts = bounds[0:-1:2]
    return starts, tuple(map(_new_token, zip(starts, bounds[1::2], pieces[1::2], strict=True)))


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
            word = WORD_BEFORE_STOP_RE.search(text, max(begin, stop - 12), stop)
            previous = word.group() if word else ""
            alone = word is not None and (word.start() == 0 or not text[word.start() - 1].isalnum())
            initial = len(previous) == 1 and previous.isupper() and alone
            if previous.lower() in abbreviations or initial or INITIALS_RE.fullmatch(previous):
                continue  # "Mr. Smith", "John F. Kennedy", "the U.S. Senate" (but "£12m. The ...": a stop)
        out.append(_strip(text, begin, cut))
        begin = cut
    if begin < end:
        out.append(_strip(text, begin, end))
    return [s for s in out if s[0] < s[1]]


def _quote_regions(text: str, start: int, end: int, paragraph: int) -> list[QuoteRegion]:
    """Quotation regions of one paragraph: outermost quotes, in order.

    Double marks (“ ” " « » „) are read first; marks of mixed style pair up
    (“...," and "...” are common in wire copy, as is ’’ for a closing mark).
    Single marks (‘ ’ ') count as quotation marks only outside double quotes
    and only where they cannot be apostrophes.
    """
    regions = _double_regions(text, start, end, paragraph)
    singles = _single_regions(text, start, end, paragraph, regions)
    if singles:
        regions = sorted(_outside(regions, singles) + singles, key=lambda r: r.start)
    return [QuoteRegion(*_strip(text, r.start, r.end), r.paragraph, r.mark, r.closed) for r in regions]


def _outside(doubles: list[QuoteRegion], singles: list[QuoteRegion]) -> list[QuoteRegion]:
    """The double-marked regions not inside a single-marked one (those are nested quotes)."""
    kept, k = [], 0
    for region in doubles:  # both lists are in order and each is free of overlaps
        while k < len(singles) and singles[k].end <= region.start:
            k += 1
        if k < len(singles) and singles[k].start <= region.start and region.end <= singles[k].end:
            continue
        kept.append(region)
    return kept


def _nested_regions(text: str, outer: QuoteRegion) -> list[QuoteRegion]:
    """The quotes one level inside ``outer``: single marks in a double quote, double marks in a single one.

    Opening and closing marks are each found in one pass and paired in order,
    so a region costs time linear in its length however its marks fall.
    """
    start, end = outer.start, outer.end
    if outer.mark in "‘'":
        found = [r for r in _double_regions(text, start, end, outer.paragraph) if r.closed]
    else:
        opens = [m.start() for m in SINGLE_OPEN_RE.finditer(text, start, end)]
        closes = [m.start() for m in SINGLE_CLOSE_RE.finditer(text, start, end)]
        found, k, after = [], 0, start
        for at in opens:
            if at < after:
                continue
            while k < len(closes) and closes[k] < at + 2:
                k += 1
            if k == len(closes):
                break  # no closing mark after this one, nor after any later one
            found.append(QuoteRegion(at + 1, closes[k], outer.paragraph, text[at]))
            after = closes[k] + 1
    out = []
    for region in found:
        inner_start, inner_end = _strip(text, region.start, region.end)
        if inner_start < inner_end:
            out.append(QuoteRegion(inner_start, inner_end, outer.paragraph, region.mark, nested=True))
    return out


def _double_regions(text: str, start: int, end: int, paragraph: int) -> list[QuoteRegion]:
    marks = [(m.start(), m.group()) for m in DOUBLE_MARK_RE.finditer(text, start, end)]
    straight = sum(1 for _, mark in marks if mark == '"')
    regions: list[QuoteRegion] = []
    opened: tuple[int, str] | None = None
    for at, mark in marks:
        if opened is None:
            if mark in "“«„" or (mark == '"' and (straight % 2 == 0 or _opens(text, at, start))):
                opened = (at, mark)
            continue
        open_at, open_mark = opened
        closes = (
            mark in "”»"
            or mark in ("’’", "''")
            or (mark == '"' and (straight % 2 == 0 or _closes(text, at, end)))
        )
        if mark == "“" and open_mark == "“":
            closes = False  # a second opening mark: the first quote went unclosed; keep reading
        if closes:
            if at > open_at + len(open_mark):
                regions.append(QuoteRegion(open_at + len(open_mark), at, paragraph, open_mark))
            opened = None
    if opened is not None:
        open_at, open_mark = opened
        regions.append(QuoteRegion(open_at + len(open_mark), end, paragraph, open_mark, closed=False))
    return regions


def _single_regions(
    text: str, start: int, end: int, paragraph: int, doubles: list[QuoteRegion]
) -> list[QuoteRegion]:
    """Single-marked quotes outside double ones: each opening mark pairs with the next closing mark.

    Marks are found in one pass each and paired in order (``doubles`` are in
    order too), so a paragraph full of stray marks costs linear time.
    """
    regions: list[QuoteRegion] = []
    closes = [m.start() for m in SINGLE_CLOSE_RE.finditer(text, start, end)]
    k = d = 0
    after = start
    for match in SINGLE_OPEN_RE.finditer(text, start, end):
        at = match.start()
        if at < after:
            continue
        while d < len(doubles) and doubles[d].end + 1 <= at:
            d += 1
        if d < len(doubles) and doubles[d].start - 1 <= at:
            continue  # inside (or touching) a double-marked quote
        while k < len(closes) and closes[k] < at + 2:
            k += 1
        if k == len(closes):
            break  # no closing mark after this one, nor after any later one
        regions.append(QuoteRegion(at + 1, closes[k], paragraph, match.group()))
        after = closes[k] + 1
    return regions


def _opens(text: str, i: int, start: int) -> bool:
    """A straight mark opens a quote when it starts a word."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-/:;,")


def _closes(text: str, i: int, end: int) -> bool:
    """A straight mark closes a quote when it ends a word."""
    after = text[i + 1] if i + 1 < end else " "
    return not text[i - 1].isspace() and (after.isspace() or after in ".,;:!?)]}—–-…")
