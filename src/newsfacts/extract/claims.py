"""Attributions: for each reporting cue, who is the source and what is the content.

Sentence shapes read, with S the source, C the cue, X the content::

    S C (that) X.              Mr Blinken said he was working ...
    S C Y (on Monday) that X.  Mr Netanyahu told the cabinet on Sunday that ...
    X, S C.   "X," C S.        "They were workers," it said in a statement.
    "X1," S C, "X2."           one statement broken by its attribution
    S C, "X".  "X." S C.       a quotation after a comma, or closing the sentence before
    S V Y and C X.             a verb joined to an earlier one: the sentence's subject
    according to S, X.   X, according to S.
    ..., which S C X           a relative clause: health officials say has killed ...
    S C Y of X / as X          accused Mr Netanyahu of ..., described it as ...

The source mention is read by :class:`~newsfacts.extract.clauses.ClauseReader`;
a content ends where a later clause with a source of its own begins ("X, and
Turkey said ...", "X, adding that ...", "X and said ..."): those are claims of
their own.

Misses: sources given only in a headline; content spanning several sentences
without quotation marks; cues that are nouns ("his claim that").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

import regex

from ..document import Document, QuoteRegion
from .clauses import CLOSING_MARKS, MAX_SUBJECT, OPENING_MARKS, ClauseReader
from .cues import Cue, find_cues, is_cue_form

__all__ = ["RawAttribution", "find_attributions"]

MAX_OBJECT = 10  # tokens between a cue and the "that" opening its content
MAX_CLAUSE_REACH = 8  # tokens after a cue within which a finite auxiliary shows a clause
MAX_LABEL = 6  # capitalised words of a speaker named before a colon
MAX_LIST_ITEMS = 12  # statements listed after "said:"
LIST_BULLETS = ("-", "•", "*", "–", "—", "·")
# Marks before a participle that joins its clause to the one before ("..., adding that").
JOINING_MARKS = (",", "—", "–")
# Words opening an adjunct, not content, right after a cue ("said while visiting", "cited by its author").
ADJUNCT_OPENERS = frozenset("while when as after before because since during at with by".split())
# Words after a cue that open an adjunct ending the sentence ("said in a statement.", "said on Monday.").
ADJUNCT_AFTER = frozenset("in on at last this earlier yesterday today late".split())
# Saying participles that report right after a noun naming their source ("a statement saying").
NOUN_PARTICIPLES = frozenset("say suggest tell".split())
# Words before a participle that make it no report of theirs ("by saying", "without telling").
PARTICIPLE_BLOCKERS = frozenset(
    "by of for in without about on to from with after before while when than not like".split()
)
# Words after a comma that end a content: a concession added by the writer.
CONCESSIONS = frozenset("although though whereas".split())
# Verbs whose object comes before the content: "told reporters that", "warned the council that".
OBJECT_CUES = frozenset("tell inform assure warn remind advise urge brief accuse describe call".split())
# Words closing the agent of a passive cue and opening its content: "accused by critics of ...".
AGENT_ENDS = frozenset("of as that about to".split())


@dataclass(frozen=True, slots=True)
class RawAttribution:
    """A cue with its source mention and content, as offsets; ``nested`` if inside another's content."""

    cue: Cue
    mention: tuple[int, int] | None
    content: tuple[int, int]
    content_before: bool
    inherits: bool = False  # a participle ("adding that") whose source is the previous cue's
    joined_at: int | None = None  # where a clause joined to the one before begins (", adding", "and said")


def find_attributions(doc: Document) -> list[RawAttribution]:
    """Every attribution the cues of ``doc`` make, in document order of their content."""
    reader = _Reader(doc)
    found: list[RawAttribution] = []
    for cue in find_cues(doc):
        attribution = reader.read(cue, found)
        if attribution is not None:
            found.append(attribution)
    found = _cut_at_next_clauses(doc.text, found)
    return sorted(found, key=lambda a: (a.content[0], a.content[1]))


# The end of a content where a coordinated clause with a source of its own begins:
# "accused him of X, and Turkey said ...", "X; officials said ...".
MAX_ADJUNCT = 8  # tokens of an object or adjunct between a cue and the rest of a broken quote
JOIN_WINDOW = 16  # characters before a source searched for the join of a new clause
CLAUSE_JOIN_RE = regex.compile(r"(?:[,;]\s*(?:and|but|while)?|\s(?:and|but|while))\s*$")


def _cut_at_next_clauses(text: str, found: list[RawAttribution]) -> list[RawAttribution]:
    """End each content before a later attribution in it that is not part of what is said.

    Only the cues inside a content are visited (found by bisection over the
    cues in order), so the work grows with the document, not with its square.
    """
    by_cue = sorted(found, key=lambda a: a.cue.start)
    cue_starts = [a.cue.start for a in by_cue]
    out = []
    for attribution in found:
        if attribution.content_before:
            out.append(attribution)
            continue
        start, end = attribution.content
        for other in by_cue[bisect_right(cue_starts, start) : bisect_left(cue_starts, end)]:
            cut = _clause_start(text, start, other)
            if other is not attribution and cut > start:
                end = min(end, cut)
                break  # the first clause of its own ends the content
        if end == attribution.content[1]:
            out.append(attribution)
            continue
        while end > start and not text[end - 1].isalnum() and text[end - 1] not in CLOSING_MARKS:
            end -= 1
        out.append(replace(attribution, content=(start, end)))
    return out


def _clause_start(text: str, start: int, other: RawAttribution) -> int:
    """Where ``other``'s clause begins inside a content starting at ``start``; -1 if it is part of it."""
    if other.joined_at is not None:  # "..., adding that ...", "... and said ..."
        return other.joined_at
    if other.mention is not None and start < other.mention[0] < other.cue.start:
        window = max(start, other.mention[0] - JOIN_WINDOW)  # ", and " stands right before the source
        join = CLAUSE_JOIN_RE.search(text, window, other.mention[0])
        return join.start() if join else -1
    return -1


class _Reader(ClauseReader):
    """Reads the content around each cue of one document; the source readers are inherited."""

    # ------------------------------------------------------------ the reading
    def read(self, cue: Cue, earlier: list[RawAttribution]) -> RawAttribution | None:
        first, stop = self.sentence_tokens(cue)
        if cue.lemma == ":":
            headline = cue.first <= MAX_LABEL and self.doc.paragraph_index(cue.start) == 0
            return self.read_headline(cue) if headline else self.read_label(cue, stop)
        if cue.kind == "according":
            return self.read_according(cue, first, stop)
        if cue.participle and cue.first > first and self.tokens[cue.first - 1].text in JOINING_MARKS:
            content = self.content_after(cue, cue.last + 1, stop)
            if content is None:
                return None
            mention = self.earlier_subject(cue, first, earlier)
            joined_at = self.tokens[cue.first - 1].start
            return RawAttribution(cue, mention, content, False, inherits=True, joined_at=joined_at)
        if cue.participle and not self.progressive(cue):
            if cue.lemma in NOUN_PARTICIPLES:
                return self.read_noun_participle(cue, first, stop)
            return None  # "threatening a wider war", "such as maintaining": not a report
        if cue.last + 1 < stop and self.tokens[cue.last + 1].text.lower() == "by":
            passive = self.read_agent(cue, stop)
            if passive is not None:
                return passive
        if self.clausal.get(cue.lemma) == "agent":
            return None  # "has seen a drop": a report only as "seen by many as ..."
        inverted = self.may_invert(cue, first)
        mention = self.source_after(cue.last + 1, stop) if inverted else None
        joined_at = None
        if cue.lemma == "call" and not self.calls_something(cue):
            return None  # "a group called Safe Streets", "what is called a 'cromnibus'"
        if mention is None:
            inverted = False
            conjunction = self.coordinated(cue, first)
            if conjunction is not None:  # "Rubio thanked Miami and said ...": the subject of the sentence
                mention = self.earlier_subject(cue, first, earlier)
                joined_at = self.tokens[conjunction].start
            else:
                mention = self.subject_before(cue, first)
            if mention is None:
                return None
        if not inverted and self.ends_paragraph_with_colon(cue):
            return self.read_list(cue, mention, found=earlier)
        before = None if joined_at is not None else self.content_before(cue, mention, first, inverted)
        after = None if inverted else self.content_after(cue, cue.last + 1, stop)
        if cue.lemma in self.clausal and not self.document_subject(mention):
            # "police found the car", "added 25 points": not a report; "the poll showed Lee ahead" is one
            after = after if after is not None and self.opens_clause(after[0]) else None
            if self.clausal[cue.lemma] == "both" and before is not None and not self.doc.quote_at(before[0]):
                before = None
        if after is not None and (before is None or not self.quote_led(mention, first)):
            return RawAttribution(cue, mention, after, False, joined_at=joined_at)
        if before is None:
            return None
        end = self.continuation(mention[1] if inverted else cue.end, stop, before[1], inverted=inverted)
        return RawAttribution(cue, mention, (before[0], end), True)

    def read_noun_participle(self, cue: Cue, first: int, stop: int) -> RawAttribution | None:
        """A saying participle after a noun: "The council issued a statement saying ...".

        The word before the participle must be able to end a noun phrase (no
        preposition as in "by saying", no clause word, auxiliary, pronoun or
        determiner); the source is the subject opening the sentence. Misses:
        sentences whose subject is not a name or "the" and a noun ("Many
        voters sent letters saying ...").
        """
        k = cue.first - 1
        if k <= first:
            return None
        before = self.tokens[k].text
        lower = before.lower()
        if not before[0].isalnum() or lower in self.clause_words or before in self.auxiliaries:
            return None
        if lower in self.pronouns or lower in self.determiners or lower in PARTICIPLE_BLOCKERS:
            return None
        mention = self.subject_at_start(first, k)
        if mention is None:
            return None
        content = self.content_after(cue, cue.last + 1, stop)
        return None if content is None else RawAttribution(cue, mention, content, False)

    def document_subject(self, mention: tuple[int, int]) -> bool:
        """Whether a source mention ends with a document noun ("the latest poll", "court records")."""
        last = self.tokens[self.index_at(mention[1]) - 1].text.lower()
        return last in self.document_nouns

    def read_agent(self, cue: Cue, stop: int) -> RawAttribution | None:
        """A passive naming its source after "by": "is accused by critics of ...", "seen by many as ...".

        The agent runs to the word opening the content (``of``, ``as``,
        ``that``, ``about``, ``to``); an agent closed by punctuation ("was
        praised by the mayor, who ...") or holding a clause word, an auxiliary
        or another cue ("asked by Reuters if ...") gives no attribution here.
        A passive between commas ("Mr Lee, seen by many as a hero, is ...")
        has its content end at the closing comma.
        """
        tokens = self.tokens
        start = cue.last + 2
        k = start
        while k < stop and k - start < MAX_SUBJECT:
            text = tokens[k].text
            lower = text.lower()
            if lower in AGENT_ENDS or not (text[0].isalnum() or text in ("-", "&")):
                break
            if lower in self.clause_words or lower in self.auxiliaries or is_cue_form(lower):
                return None  # "asked by Reuters if ...", "reports seen by Reuters suggest ..."
            k += 1
        if k == start or k >= stop or tokens[k].text.lower() not in AGENT_ENDS:
            return None
        before = self.before_adverbs(cue.first)
        if before >= 0 and tokens[before].text == ",":  # "Mr Lee, seen by many as a hero, is ..."
            stop = next((j for j in range(k + 1, stop) if tokens[j].text == ","), stop)
        opener = tokens[k].text.lower()
        content = self.span_of(k if opener == "to" else k + 1, stop)
        if content is None:
            return None
        return RawAttribution(cue, (tokens[start].start, tokens[k - 1].end), content, False)

    def opens_clause(self, start: int) -> bool:
        """Whether a content starting at ``start`` is a clause, not an object.

        A clause follows "that" or a colon, is a quotation, or has a finite
        auxiliary within its first words before any punctuation ("found the
        car was stolen"). Misses: clauses with a plain past verb ("found the
        drug worked").
        """
        i = self.index_at(start)
        k = i - 1
        while k >= 0 and self.tokens[k].text in OPENING_MARKS:
            k -= 1
        if k >= 0 and (self.tokens[k].text.lower() == "that" or self.tokens[k].text in ":,"):
            return True
        if self.doc.quote_at(start) is not None:
            return True
        for token in self.tokens[i + 1 : i + 1 + MAX_CLAUSE_REACH]:
            if not token.text[0].isalnum():
                return False
            if token.text.lower() in self.finite:
                return True
        return False

    def earlier_subject(self, cue: Cue, first: int, earlier: list[RawAttribution]) -> tuple[int, int] | None:
        """The source of a clause joined to an earlier one: that one's source, else the sentence's subject."""
        sentence_start = self.tokens[first].start
        for attribution in reversed(earlier):
            if attribution.cue.start < sentence_start:
                break
            if attribution.mention is not None:
                return attribution.mention
        return self.subject_at_start(first, cue.first)

    def ends_paragraph_with_colon(self, cue: Cue) -> bool:
        """ "Mr Obama also said:" closing its paragraph: the statements follow as a list."""
        i = cue.last + 1
        if i >= len(self.tokens) or self.tokens[i].text != ":":
            return False
        paragraph = self.doc.paragraph_index(cue.start)
        return self.doc.paragraphs[paragraph][1] == self.tokens[i].end

    def read_list(self, cue: Cue, mention: tuple[int, int], found: list[RawAttribution]) -> None:
        """Each item of a list after "said:" is a claim of the same source (items end with no stop).

        A quotation opening the next paragraph is instead the one statement
        that follows ("He said:" then a quoted paragraph).
        """
        paragraphs = self.doc.paragraphs
        index = self.doc.paragraph_index(cue.start) + 1
        if index < len(paragraphs) and self.text[paragraphs[index][0]] in OPENING_MARKS:
            start, end = paragraphs[index]
            content = self.span_of(self.index_at(start), self.index_at(end), quote_whole=True)
            if content is not None:
                found.append(RawAttribution(cue, mention, content, False))
            return None
        while index < len(paragraphs) and index - self.doc.paragraph_index(cue.start) <= MAX_LIST_ITEMS:
            start, end = paragraphs[index]
            item = self.text[start:end]
            if item.rstrip().endswith((".", "!", "?", "”", '"')) and not item.lstrip().startswith(
                LIST_BULLETS
            ):
                break
            if start < end:
                found.append(RawAttribution(cue, mention, (start, end), False))
            index += 1
        return None

    def read_headline(self, cue: Cue) -> RawAttribution | None:
        """ "Mayor Reyes: Bridge will reopen": the label is the source, the rest of the headline the claim."""
        mention = self.noun_phrase_back(cue.first - 1, 0)
        end = self.doc.paragraphs[self.doc.paragraph_index(cue.start)][1]
        content = self.span_of(cue.last + 1, self.index_at(end), quote_whole=True)
        return None if mention is None or content is None else RawAttribution(cue, mention, content, False)

    def read_label(self, cue: Cue, stop: int) -> RawAttribution | None:
        """ "pollster Dana Ruiz: “Turnout will be low.”": the capitalised words before a colon, the quote."""
        k = cue.first - 1
        while k > cue.first - 1 - MAX_LABEL and (
            self.tokens[k - 1].text[0].isupper() or self.tokens[k - 1].text in (".", "-", "&", "and")
        ):
            k -= 1
        while self.tokens[k].text in (".", "-", "&", "and"):
            k += 1
        mention = (self.tokens[k].start, self.tokens[cue.first - 1].end)
        content = self.span_of(cue.last + 1, stop, quote_whole=True)
        return None if content is None else RawAttribution(cue, mention, content, False)

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
        return cue.first > 0 and self.tokens[cue.first - 1].text.lower() in (
            "is",
            "are",
            "was",
            "were",
            "been",
        )

    def may_invert(self, cue: Cue, first: int) -> bool:
        """Whether the source may follow the cue: "X," said Y. — content and a comma or quote before it."""
        if cue.lemma in OBJECT_CUES:
            return False  # "..., told NBC News": what follows is whom she told
        j = cue.first - 1
        if j == first - 1:
            return self.quote_before_sentence(first) is not None  # “...” Said Mr Lee.
        return j > first and (self.tokens[j].text in (",", "—") or self.tokens[j].text in CLOSING_MARKS)

    def quote_before_sentence(self, first: int) -> QuoteRegion | None:
        """The quotation closing the sentence before token ``first`` in the same paragraph."""
        if first == 0 or self.tokens[first - 1].text not in CLOSING_MARKS:
            return None
        mark = self.tokens[first - 1].start
        if self.doc.paragraph_index(mark) != self.doc.paragraph_index(self.tokens[first].start):
            return None
        return self.quote_closed_at(mark)

    # ------------------------------------------------------------ content
    def content_after(self, cue: Cue, i: int, stop: int) -> tuple[int, int] | None:
        """The content following a cue: after "that", a colon, or the cue's object."""
        tokens = self.tokens
        if i >= stop:
            return None
        if tokens[i].text == ":":
            return self.span_of(i + 1, stop, quote_whole=True)
        stop = self.tail_stop(i, stop)
        reach = MAX_OBJECT if cue.lemma in OBJECT_CUES or tokens[i].text.lower() in ("in", "on") else 6
        that = self.find_that(i, stop, reach)
        if that is not None:
            return self.span_of(that + 1, stop)
        if tokens[i].text == ",":
            return self.content_after_comma(i, stop)
        if tokens[i].text in (".", ";", "?", "!") or tokens[i].text in CLOSING_MARKS:
            return None
        if tokens[i].text.lower() in ADJUNCT_OPENERS:
            return None  # "..., Cook said while visiting ...": the content came before
        if cue.lemma in ("tell", "inform", "assure", "brief", "remind"):
            i = self.skip_object(i, stop)
        elif (
            tokens[i].text.lower() in ("in", "on")
            and i + 1 < stop
            and tokens[i + 1].text.lower() in self.determiners
        ):
            i = self.skip_phrase(i + 2, stop)  # "said in the release this case ..."
            if i is None:
                return None
        elif tokens[i].text.lower() in ADJUNCT_AFTER:
            return None  # "said in a statement." / "said on Monday." with no content after
        return self.span_of(i, stop)

    def tail_stop(self, i: int, stop: int) -> int:
        """The comma before a concession that the writer adds ("..., though polls disagree"); else ``stop``.

        Commas inside a quotation do not count. Misses: concessions without a
        comma and ones opened by "but" or "while", which are as often said.
        """
        tokens = self.tokens
        for k in range(i + 1, stop - 1):
            if (
                tokens[k].text == ","
                and tokens[k + 1].text.lower() in CONCESSIONS
                and self.doc.quote_at(tokens[k].start) is None
            ):
                return k
        return stop

    def content_after_comma(self, comma: int, stop: int) -> tuple[int, int] | None:
        """A quotation or "that" after a comma: ``she added, “We must ...”``, ``he said, however, that``.

        A short parenthesis between commas may come first; one holding a
        participle (", adding, ...") opens a clause of its own and is not skipped.
        """
        tokens = self.tokens
        k = comma + 1
        if k < stop and tokens[k].text in OPENING_MARKS:
            return self.span_of(k, stop, quote_whole=True)
        for j in range(k + 1, min(stop - 1, k + 5)):
            text = tokens[j].text
            if text != ",":
                if not text[0].isalnum() or text.lower().endswith("ing"):
                    return None
                continue
            following = tokens[j + 1].text
            if following.lower() == "that":
                return self.span_of(j + 2, stop)
            if following in OPENING_MARKS:
                return self.span_of(j + 1, stop, quote_whole=True)
            return None
        return None

    def skip_phrase(self, i: int, stop: int) -> int | None:
        """The token after the noun of "in the release", if a clause follows it; else None.

        The clause must open with a determiner, a pronoun or a capital and
        hold a finite auxiliary ("said in the release this case shows ...").
        """
        for k in range(i, min(stop, i + 3)):
            word = self.tokens[k].text
            if not word[0].isalnum():
                return None
            if k > i and (
                word.lower() in self.determiners or word.lower() in self.pronouns or word[0].isupper()
            ):
                return k if self.opens_clause(self.tokens[k].start) else None
        return None

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
        if j < first and edge == first:  # “X.” She said.  (a quotation ends the sentence before)
            region = self.quote_before_sentence(first)
            return (region.start, region.end) if region is not None else None
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
        i = self.skip_adjunct(i, stop)  # "she told reporters outside the town hall, ..."
        while i < stop and tokens[i].text in (",", ":", "—", "–"):
            i += 1
        if i < stop and tokens[i].text in OPENING_MARKS:
            region = self.quote_opened_at(tokens[i].start)
            if region is not None:
                return max(end, region.end)
        if 0 < i < stop and tokens[i - 1].text == "," and not inverted:
            word = tokens[i].text.lower()
            if word in ("and", "but") or (
                word not in self.clause_words | self.determiners | {"adding", "saying"}
                and not word[0].isdigit()
            ):
                tail = self.span_of(i, stop)
                if tail is not None:
                    return max(end, tail[1])
        rest = tokens[i:stop]
        if not any(t.text in OPENING_MARKS for t in rest):
            return self.next_quote_sentence(after, end)
        return end

    def skip_adjunct(self, i: int, stop: int) -> int:
        """The comma ending a short object or adjunct after a cue ("told reporters on Monday,"), else ``i``.

        Only plain words may stand between: a clause word, a finite verb or
        a quotation mark means the sentence goes on with something else.
        """
        for k in range(i, min(stop, i + MAX_ADJUNCT)):
            text = self.tokens[k].text
            if text == ",":
                return k
            lower = text.lower()
            if not text[0].isalnum() or lower in self.clause_words or lower in self.finite:
                return i
        return i

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
        """The quotation whose closing mark stands at offset ``mark``.

        Spaces and a doubled mark (’’) may stand between the words and ``mark``.
        """
        region = self.doc.quote_at(max(mark - 1, 0))
        if region is None:
            inner = mark
            while inner > 0 and (self.text[inner - 1] == " " or self.text[inner - 1] in CLOSING_MARKS):
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
        """Tokens ``[i, stop)`` as offsets, less closing punctuation, extended over a quote going on."""
        tokens = self.tokens
        while stop > i and tokens[stop - 1].text in (".", ",", ";", ":", "!", "?", "…") + tuple(
            CLOSING_MARKS
        ):
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
