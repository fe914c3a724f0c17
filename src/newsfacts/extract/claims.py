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

from ..document import Document
from .clauses import CLOSING_MARKS, MAX_SUBJECT, OPENING_MARKS
from .contents import OBJECT_CUES, ContentReader
from .cues import Cue, find_cues, is_cue_form

__all__ = ["RawAttribution", "find_attributions"]

MAX_LABEL = 6  # capitalised words of a speaker named before a colon
MAX_LIST_ITEMS = 12  # statements listed after "said:"
LIST_BULLETS = ("-", "•", "*", "–", "—", "·")
# Marks before a participle that joins its clause to the one before ("..., adding that").
JOINING_MARKS = (",", "—", "–")
# Saying participles that report right after a noun naming their source ("a statement saying").
NOUN_PARTICIPLES = frozenset("say suggest tell".split())
# Words before a participle that make it no report of theirs ("by saying", "without telling").
PARTICIPLE_BLOCKERS = frozenset(
    "by of for in without about on to from with after before while when than not like".split()
)
# Words opening a relative clause about the source before its cue: "Ana Ruiz, who represents Lee, said".
RELATIVE_WORDS = frozenset("who whose which".split())
# Words opening a clause of place or time after a comma: its own subject follows ("..., where lawmakers").
SETTING_WORDS = frozenset("where when".split())
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
        if isinstance(attribution, list):  # the items of a list after "said:"
            found.extend(attribution)
        elif attribution is not None:
            found.append(attribution)
    found = _cut_at_next_clauses(doc.text, found)
    return sorted(found, key=lambda a: (a.content[0], a.content[1]))


# The end of a content where a coordinated clause with a source of its own begins:
# "accused him of X, and Turkey said ...", "X; officials said ...".
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


class _Reader(ContentReader):
    """Reads the content around each cue of one document; the source readers are inherited."""

    # ------------------------------------------------------------ the reading
    def read(self, cue: Cue, earlier: list[RawAttribution]) -> RawAttribution | list[RawAttribution] | None:
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
            joined_at: int | None = self.tokens[cue.first - 1].start
            return RawAttribution(cue, mention, content, False, inherits=True, joined_at=joined_at)
        if cue.participle and not self.progressive(cue):
            if cue.lemma in NOUN_PARTICIPLES:
                return self.read_noun_participle(cue, first, stop)
            return None  # "threatening a wider war", "such as maintaining": not a report
        if cue.last + 1 < stop and self.tokens[cue.last + 1].text.lower() == "by":
            passive = self.read_agent(cue, stop)
            if passive is not None:
                return passive
            if cue.form.endswith("ed"):
                return None  # "the breakdown revealed by his death": a participle after its noun
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
            return self.read_list(cue, mention)
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

    def earlier_subject(self, cue: Cue, first: int, earlier: list[RawAttribution]) -> tuple[int, int] | None:
        """The source of a clause joined to an earlier one: that one's source, else the sentence's subject."""
        sentence_start = self.tokens[first].start
        for attribution in reversed(earlier):
            if attribution.cue.start < sentence_start:
                break
            if attribution.mention is not None:
                return attribution.mention
        for k in range(cue.first - 1, first, -1):  # "..., where lawmakers spoke and said": their clause
            if self.tokens[k].text.lower() in SETTING_WORDS and self.tokens[k - 1].text == ",":
                own = self.subject_at_start(k + 1, cue.first) or self.plain_subject(k + 1, cue.first)
                if own is not None:  # ", when questioned, asserting": no subject of its own
                    return own
                break
        return self.subject_at_start(first, cue.first)

    def plain_subject(self, k: int, limit: int) -> tuple[int, int] | None:
        """A one-word lowercase plural subject ("lawmakers", "officials") followed by its verb."""
        tokens = self.tokens
        if k + 1 >= limit or not tokens[k].text.isalpha() or not tokens[k + 1].text.isalpha():
            return None
        word = tokens[k].text
        if (
            not word.islower()
            or not word.endswith("s")
            or word in self.clause_words
            or word in self.determiners
        ):
            return None
        return tokens[k].start, tokens[k].end

    def ends_paragraph_with_colon(self, cue: Cue) -> bool:
        """ "Mr Obama also said:" closing its paragraph: the statements follow as a list."""
        i = cue.last + 1
        if i >= len(self.tokens) or self.tokens[i].text != ":":
            return False
        paragraph = self.doc.paragraph_index(cue.start)
        return self.doc.paragraphs[paragraph][1] == self.tokens[i].end

    def read_list(self, cue: Cue, mention: tuple[int, int]) -> list[RawAttribution]:
        """Each item of a list after "said:" is a claim of the same source (items end with no stop).

        A quotation opening the next paragraph is instead the one statement
        that follows ("He said:" then a quoted paragraph).
        """
        paragraphs = self.doc.paragraphs
        index = self.doc.paragraph_index(cue.start) + 1
        found: list[RawAttribution] = []
        if index < len(paragraphs) and self.text[paragraphs[index][0]] in OPENING_MARKS:
            start, end = paragraphs[index]
            content = self.span_of(self.index_at(start), self.index_at(end), quote_whole=True)
            if content is not None:
                found.append(RawAttribution(cue, mention, content, False))
            return found
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
        return found

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
        if j > first and self.tokens[j].text == "," and self.relative_before(j, first):
            return False  # "Ana Ruiz, who represents Lee, said his client ...": the source came first
        return j > first and (self.tokens[j].text in (",", "—") or self.tokens[j].text in CLOSING_MARKS)

    def relative_before(self, comma: int, first: int) -> bool:
        """Whether the words before ``comma`` are a relative clause opened after a comma (", who ...")."""
        k = comma - 1
        while k > first and self.tokens[k].text not in (",", ";", ":", "—", "–"):
            k -= 1
        return (
            k > first
            and self.tokens[k].text == ","
            and self.tokens[k + 1].text.lower() in RELATIVE_WORDS
            and self.doc.quote_at(self.tokens[k].start) is None
        )
