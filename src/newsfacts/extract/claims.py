"""Attributions: for each reporting cue, who is the source and what is the content.

Sentence shapes read, with S the source, C the cue, X the content::

    S C (that) X.              Mr Blinken said he was working ...
    S C Y (on Monday) that X.  Mr Netanyahu told the cabinet on Sunday that ...
    X, S C.   "X," C S.        "They were workers," it said in a statement.
    "X1," S C, "X2."           one statement broken by its attribution
    according to S, X.   X, according to S.
    ..., which S C X           a relative clause: health officials say has killed ...
    S C Y of X / as X          accused Mr Netanyahu of ..., described it as ...

The source is found by walking back from the cue to the start of its clause
(skipping auxiliaries and adverbs, and a parenthesis between commas), or
forward from the cue when the clause is inverted ("said Mr Blinken").

Misses: sources given only in a headline; content spanning several sentences
without quotation marks; cues that are nouns ("his claim that").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .. import lexicons
from ..document import Document, QuoteRegion, Token
from .cues import Cue, find_cues

__all__ = ["RawAttribution", "find_attributions"]

MAX_SUBJECT = 12  # tokens: a longer run before a cue is not its subject
MAX_OBJECT = 10  # tokens between a cue and the "that" opening its content
MAX_LIST_ITEMS = 12  # statements listed after "said:"
LIST_BULLETS = ("-", "•", "*", "–", "—", "·")
CLOSING_MARKS = "”’\"'»"
OPENING_MARKS = "“‘\"'«"
# Prepositions that end a source named after its cue ("said the ministry on Monday").
SOURCE_TAIL_STOPS = frozenset(
    {"on", "at", "during", "after", "before", "last", "yesterday", "today", "earlier", "adding", "citing"}
)
# Words opening an adjunct, not content, right after a cue ("said while visiting").
ADJUNCT_OPENERS = frozenset({"while", "when", "as", "after", "before", "because", "since", "during", "at", "with"})
# Time words that may lead a clause before its subject ("Last week the ministry said").
LEADING_TIME = frozenset(
    {"last", "this", "next", "on", "earlier", "later", "week", "month", "year", "yesterday", "today", "tonight",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "night", "evening"}
)
# Verbs whose object comes before the content: "told reporters that", "warned the council that".
OBJECT_CUES = frozenset(
    {"tell", "inform", "assure", "warn", "remind", "advise", "urge", "brief", "accuse", "describe", "call"}
)


@dataclass(frozen=True, slots=True)
class RawAttribution:
    """A cue with its source mention and content, as offsets; ``nested`` if inside another's content."""

    cue: Cue
    mention: tuple[int, int] | None
    content: tuple[int, int]
    content_before: bool
    inherits: bool = False  # a participle ("adding that") whose source is the previous cue's


def find_attributions(doc: Document) -> list[RawAttribution]:
    """Every attribution the cues of ``doc`` make, in document order of their content."""
    reader = _Reader(doc)
    found: list[RawAttribution] = []
    for cue in find_cues(doc):
        attribution = reader.read(cue, found)
        if attribution is not None:
            found.append(attribution)
    found = [_cut_at_next_clause(doc.text, a, found) for a in found]
    return sorted(found, key=lambda a: (a.content[0], a.content[1]))


# The end of a content where a coordinated clause with a source of its own begins:
# "accused him of X, and Turkey said ...", "X; officials said ...".
CLAUSE_JOIN_RE = regex.compile(r"(?:[,;]\s*(?:and|but|while)?|\s(?:and|but|while))\s*$")


def _cut_at_next_clause(text: str, attribution: RawAttribution, everything: list[RawAttribution]) -> RawAttribution:
    """End a content before a later attribution in it that is not part of what is said."""
    if attribution.content_before:
        return attribution
    start, end = attribution.content
    for other in everything:
        if other is attribution or not start < other.cue.start < end:
            continue
        if other.inherits:  # "..., adding that ..."
            cut = text.rfind(",", start, other.cue.start)
        elif other.mention is not None and start < other.mention[0] < other.cue.start:
            join = CLAUSE_JOIN_RE.search(text, start, other.mention[0])
            cut = join.start() if join else -1
        else:
            continue
        if cut > start:
            end = min(end, cut)
    if end == attribution.content[1]:
        return attribution
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in CLOSING_MARKS:
        end -= 1
    return replace(attribution, content=(start, end))


class _Reader:
    """Reads the clause around each cue of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens: tuple[Token, ...] = doc.tokens
        self.clause_words = lexicons.words("clause_words")
        self.auxiliaries = lexicons.words("auxiliaries")
        self.pronouns = lexicons.words("pronouns")
        self.determiners = lexicons.words("determiners")
        self._starts = [t.start for t in self.tokens]

    # ------------------------------------------------------------ structure
    def sentence_tokens(self, cue: Cue) -> tuple[int, int]:
        """The token range ``[first, stop)`` of the sentence holding the cue."""
        start, end = self.doc.sentence_at(cue.start)
        return self.index_at(start), self.index_at(end)

    def index_at(self, offset: int) -> int:
        from bisect import bisect_left

        return bisect_left(self._starts, offset)

    def is_punct(self, i: int) -> bool:
        return not self.tokens[i].text[0].isalnum()

    # ------------------------------------------------------------ the reading
    def read(self, cue: Cue, earlier: list[RawAttribution]) -> RawAttribution | None:
        first, stop = self.sentence_tokens(cue)
        if cue.kind == "according":
            return self.read_according(cue, first, stop)
        if cue.participle and cue.first > first and self.tokens[cue.first - 1].text == ",":
            previous = next((a for a in reversed(earlier) if a.cue.start >= self.tokens[first].start), None)
            content = self.content_after(cue, cue.last + 1, stop)
            if content is None:
                return None
            mention = previous.mention if previous else None
            return RawAttribution(cue, mention, content, False, inherits=True)
        if cue.participle and not self.progressive(cue):
            return None  # "threatening a wider war", "such as maintaining": not a report
        inverted = self.may_invert(cue, first)
        mention = self.source_after(cue.last + 1, stop) if inverted else None
        if mention is None:
            inverted = False
            mention = self.subject_before(cue, first)
            if mention is None:
                return None
        if not inverted and self.ends_paragraph_with_colon(cue):
            return self.read_list(cue, mention, found=earlier)
        before = self.content_before(cue, mention, first, inverted)
        after = None if inverted else self.content_after(cue, cue.last + 1, stop)
        if after is not None and (before is None or not self.quote_led(mention, first)):
            return RawAttribution(cue, mention, after, False)
        if before is None:
            return None
        end = self.continuation(mention[1] if inverted else cue.end, stop, before[1], inverted=inverted)
        return RawAttribution(cue, mention, (before[0], end), True)

    def ends_paragraph_with_colon(self, cue: Cue) -> bool:
        """ "Mr Obama also said:" closing its paragraph: the statements follow as a list."""
        i = cue.last + 1
        if i >= len(self.tokens) or self.tokens[i].text != ":":
            return False
        paragraph = self.doc.paragraph_index(cue.start)
        return self.doc.paragraphs[paragraph][1] == self.tokens[i].end

    def read_list(self, cue: Cue, mention: tuple[int, int], found: list[RawAttribution]) -> None:
        """Each item of a list after "said:" is a claim of the same source (items end with no stop)."""
        paragraphs = self.doc.paragraphs
        index = self.doc.paragraph_index(cue.start) + 1
        while index < len(paragraphs) and index - self.doc.paragraph_index(cue.start) <= MAX_LIST_ITEMS:
            start, end = paragraphs[index]
            item = self.text[start:end]
            if item.rstrip().endswith((".", "!", "?", "”", '"')) and not item.lstrip().startswith(LIST_BULLETS):
                break
            if start < end:
                found.append(RawAttribution(cue, mention, (start, end), False))
            index += 1
        return None

    def read_according(self, cue: Cue, first: int, stop: int) -> RawAttribution | None:
        mention = self.source_after(cue.last + 1, stop, allow_in=True)
        if mention is None:
            return None
        lead = [t for t in self.tokens[first : cue.first] if t.text[0].isalnum()]
        if len(lead) <= 1:  # "According to X, ..." (or "But according to X")
            after_mention = self.index_at(mention[1])
            content = self.span_of(after_mention, stop)
            return RawAttribution(cue, mention, content, False) if content else None
        content = self.span_of(first, cue.first)
        return RawAttribution(cue, mention, content, True) if content else None

    def progressive(self, cue: Cue) -> bool:
        """ "is saying", "has been warning": an -ing cue with its auxiliary."""
        return cue.first > 0 and self.tokens[cue.first - 1].text.lower() in ("is", "are", "was", "were", "been")

    def may_invert(self, cue: Cue, first: int) -> bool:
        """Whether the source may follow the cue: "X," said Y. — content and a comma or quote before it."""
        if cue.lemma in OBJECT_CUES:
            return False  # "..., told NBC News": what follows is whom she told
        j = cue.first - 1
        return j > first and (self.tokens[j].text in (",", "—") or self.tokens[j].text in CLOSING_MARKS)

    # ------------------------------------------------------------ sources
    def subject_before(self, cue: Cue, first: int) -> tuple[int, int] | None:
        """The source named before the cue, walking back to the start of its clause."""
        tokens = self.tokens
        i = cue.first - 1
        while i >= first and (tokens[i].text.lower() in self.auxiliaries or _adverb(tokens[i].text)):
            if tokens[i].text.lower() in ("that", "since"):
                break
            i -= 1
        if i < first:
            return None
        if tokens[i].text.lower() in self.pronouns:
            return tokens[i].start, tokens[i].end
        if tokens[i].text == ",":
            return self.subject_before_parenthesis(i, first)
        return self.noun_phrase_back(i, first)

    def subject_before_parenthesis(self, comma: int, first: int) -> tuple[int, int] | None:
        """``S, (apposition or clause), C``: the subject before the parenthesis, or a name inside it."""
        tokens = self.tokens
        j = comma - 1
        while j >= first and tokens[j].text not in (",", ";", ":") and tokens[j].text not in CLOSING_MARKS + OPENING_MARKS:
            j -= 1
        if j < first or tokens[j].text != ",":
            return None
        inner = self.noun_phrase_back(comma - 1, j + 1)
        outer = self.noun_phrase_back(j - 1, first)
        inner_is_phrase = inner is not None and self.index_at(inner[0]) == j + 1
        if outer is None:
            return None
        if inner_is_phrase and self.is_name(inner) and not self.is_name(outer):
            return inner
        return outer

    def noun_phrase_back(self, last: int, first: int) -> tuple[int, int] | None:
        """The noun phrase ending at token ``last``, reaching back no further than ``first``."""
        tokens = self.tokens
        k = last
        while k >= first and last - k < MAX_SUBJECT:
            text = tokens[k].text
            lower = text.lower()
            if not text[0].isalnum() and text not in ("-", "&", "."):
                break
            if lower == "who" and k < last and k - 1 >= first and tokens[k - 1].text[0].isalnum():
                return self.noun_phrase_back(k - 1, first)  # "consumers who sought help said": the consumers
            if lower in self.clause_words or lower in self.auxiliaries or lower in ("not", "to", "says", "said"):
                break
            if lower in self.pronouns and k != last:
                break
            k -= 1
        if last - k >= MAX_SUBJECT:
            return None
        start = k + 1
        while start < last and (
            tokens[start].text.lower() in ("in", "at", "by", "with", "from", "for", "of")
            or tokens[start].text.lower() in LEADING_TIME
        ):
            start += 1
        if start > last or not tokens[last].text[0].isalnum():
            return None
        if start == last and tokens[last].text.lower() in self.determiners:
            return None
        return tokens[start].start, tokens[last].end

    def source_after(self, i: int, stop: int, *, allow_in: bool = False) -> tuple[int, int] | None:
        """The source named right after a cue ("said Mr Blinken", "according to health officials in Gaza")."""
        tokens = self.tokens
        start = i
        while i < stop and i - start < MAX_SUBJECT:
            text = tokens[i].text
            lower = text.lower()
            if not text[0].isalnum() and text not in ("-", "&") and not lower.endswith(("’s", "'s")):
                break
            if lower in self.clause_words or lower in SOURCE_TAIL_STOPS or lower in self.auxiliaries:
                break
            if lower == "in" and (not allow_in or (i + 1 < stop and tokens[i + 1].text.lower() in ("a", "an"))):
                break
            if i > start and lower in self.pronouns:
                break
            i += 1
        if i == start:
            return None
        first_word = tokens[start].text.lower()
        if first_word in ("to", "that", "it", "of", "as", "for", "by", "about") and not (first_word == "it" and i == start + 1):
            return None
        if first_word in LEADING_TIME:
            return None  # "..., Mayer said Tuesday."
        if not allow_in and i < stop and tokens[i].text[0].isalnum():
            return None  # "said Tyvak would ...": a subject of the content, not an inverted source
        return tokens[start].start, tokens[i - 1].end

    def is_name(self, span: tuple[int, int]) -> bool:
        words = [t.text for t in self.doc.tokens_in(*span) if t.text[0].isalnum()]
        return bool(words) and all(w[0].isupper() or w in ("of", "for", "and", "the") for w in words)

    # ------------------------------------------------------------ content
    def content_after(self, cue: Cue, i: int, stop: int) -> tuple[int, int] | None:
        """The content following a cue: after "that", a colon, or the cue's object."""
        tokens = self.tokens
        if i >= stop:
            return None
        if tokens[i].text == ":":
            return self.span_of(i + 1, stop, quote_whole=True)
        that = self.find_that(i, stop, MAX_OBJECT if cue.lemma in OBJECT_CUES else 6)
        if that is not None:
            return self.span_of(that + 1, stop)
        if tokens[i].text in (",", ".", ";", "?", "!") or tokens[i].text in CLOSING_MARKS:
            return None
        if tokens[i].text.lower() in ADJUNCT_OPENERS:
            return None  # "..., Cook said while visiting ...": the content came before
        if cue.lemma in ("tell", "inform", "assure", "brief", "remind"):
            i = self.skip_object(i, stop)
        elif tokens[i].text.lower() in ("in", "on", "at", "last", "this", "earlier", "yesterday", "today", "late"):
            return None  # "said in a statement." / "said on Monday." with no content after
        return self.span_of(i, stop)

    def find_that(self, i: int, stop: int, reach: int) -> int | None:
        """A "that" opening the content within ``reach`` tokens, crossing no punctuation."""
        for k in range(i, min(stop, i + reach)):
            text = self.tokens[k].text
            if text.lower() == "that":
                return k
            if not text[0].isalnum() and text not in ("’", "'", "-"):
                return None
        return None

    def skip_object(self, i: int, stop: int) -> int:
        """Skip the person told: "told reporters he ...", "told the BBC: ..."."""
        k = i
        while k < stop and k - i < 6:
            text = self.tokens[k].text
            if text.lower() in self.pronouns or not text[0].isalnum() or text.lower() in self.clause_words:
                break
            k += 1
        if k < stop and self.tokens[k].text in (":", ","):
            k += 1
        return k

    def content_before(
        self, cue: Cue, mention: tuple[int, int], first: int, inverted: bool
    ) -> tuple[int, int] | None:
        """The content before the source (or before an inverted cue): "X," she said."""
        edge = self.index_at(cue.start if inverted else mention[0])
        j = edge - 1
        while j >= first and self.tokens[j].text in (",", "—", "–", "-"):
            j -= 1
        if j >= first and self.tokens[j].text in CLOSING_MARKS:
            region = self.quote_closed_at(self.tokens[j].start)
            if region is not None:
                return region.start, region.end
        if j < first or j == edge - 1:
            return None  # no comma or dash between the content and its source
        return self.span_of(first, j + 1)

    def quote_led(self, mention: tuple[int, int], first: int) -> bool:
        """Whether a closing quote (and a comma) stand right before the source: "X," she said, ..."""
        j = self.index_at(mention[0]) - 1
        while j >= first and self.tokens[j].text in (",", "—", "–"):
            j -= 1
        return j >= first and self.tokens[j].text in CLOSING_MARKS

    def continuation(self, after: int, stop: int, end: int, *, inverted: bool) -> int:
        """Extend a content that the attribution breaks over its second part; return the new end.

        ``"A," she said, "B."`` and ``A, she said, and B.`` go on in the same
        sentence; ``"A," she said. "B."`` goes on in the next sentence of the
        paragraph when that one is a quotation.
        """
        tokens = self.tokens
        i = self.index_at(after)
        while i < stop and tokens[i].text in (",", ":", "—", "–"):
            i += 1
        if i < stop and tokens[i].text in OPENING_MARKS:
            region = self.quote_opened_at(tokens[i].start)
            if region is not None:
                return max(end, region.end)
        if 0 < i < stop and tokens[i - 1].text == "," and not inverted:
            word = tokens[i].text.lower()
            if word in ("and", "but") or (
                word not in self.clause_words | self.determiners | {"adding", "saying"} and not word[0].isdigit()
            ):
                tail = self.span_of(i, stop)
                if tail is not None:
                    return max(end, tail[1])
        rest = tokens[i:stop]
        if not any(t.text in OPENING_MARKS for t in rest):
            return self.next_quote_sentence(after, end)
        return end

    def next_quote_sentence(self, after: int, end: int) -> int:
        """The end of a quotation opening the next sentence of the same paragraph, else ``end``."""
        sentence = self.doc.sentence_index(after)
        if sentence + 1 >= len(self.doc.sentences):
            return end
        start, _ = self.doc.sentences[sentence + 1]
        if self.doc.paragraph_index(start) != self.doc.paragraph_index(after):
            return end
        if self.text[start] not in OPENING_MARKS:
            return end
        region = self.quote_opened_at(start)
        return end if region is None else max(end, region.end)

    def quote_closed_at(self, mark: int) -> QuoteRegion | None:
        """The quotation whose closing mark stands at offset ``mark`` (spaces before it allowed)."""
        region = self.doc.quote_at(max(mark - 1, 0))
        if region is None:
            inner = mark
            while inner > 0 and self.text[inner - 1] == " ":
                inner -= 1
            region = self.doc.quote_at(max(inner - 1, 0))
            if region is not None and region.end != inner:
                return None
        return region

    def quote_opened_at(self, mark: int) -> QuoteRegion | None:
        """The quotation whose opening mark stands at offset ``mark`` (spaces after it allowed)."""
        inner = mark + 1
        while inner < len(self.text) and self.text[inner] == " ":
            inner += 1
        region = self.doc.quote_at(inner)
        return region if region is not None and region.start <= inner else None

    def span_of(self, i: int, stop: int, *, quote_whole: bool = False) -> tuple[int, int] | None:
        """The offsets of tokens ``[i, stop)`` less closing punctuation, extended over a quote that goes on."""
        tokens = self.tokens
        while stop > i and tokens[stop - 1].text in (".", ",", ";", ":", "!", "?", "…") + tuple(CLOSING_MARKS):
            stop -= 1
        while i < stop and tokens[i].text in OPENING_MARKS + ",":
            i += 1
        words = [t for t in tokens[i:stop] if t.text[0].isalnum()]
        if len(words) < 2:
            return None
        start, end = tokens[i].start, tokens[stop - 1].end
        region = self.doc.quote_at(end - 1)
        if region is not None and region.end > end:
            end = region.end  # a quotation that runs past the sentence end
        if quote_whole:
            region = self.doc.quote_at(start)
            if region is not None:
                end = max(end, region.end)
        return start, end


def _adverb(word: str) -> bool:
    return word.islower() and len(word) > 4 and word.endswith("ly")
