"""Content reading for attributions: where what is said begins and ends around a cue.

A content follows its cue after "that", a colon or the cue's object; stands
before its source ("X," she said); or is a quotation broken by its
attribution, which goes on after it (``"A," she said, "B."``). Quotations
are taken whole, and a concession the writer adds after a comma ("...,
though polls disagree") ends a content.

Misses: contents spanning several sentences without quotation marks;
objects longer than a few words before "that".
"""

from __future__ import annotations

from ..document import QuoteRegion
from .clauses import CLOSING_MARKS, OBJECT_PRONOUNS, OPENING_MARKS, ClauseReader
from .cues import Cue

__all__ = ["OBJECT_CUES", "ContentReader"]

MAX_OBJECT = 10  # tokens between a cue and the "that" opening its content
MAX_CLAUSE_REACH = 8  # tokens after a cue within which a finite auxiliary shows a clause
# Words that open a clause of their own, so no colon after them belongs to the cue.
CLAUSE_OPENERS = frozenset("that which who whom whose what whether if and but or".split())
MAX_ADJUNCT = 8  # tokens of an object or adjunct between a cue and the rest of a broken quote
# Words opening an adjunct, not content, right after a cue ("said while visiting", "cited by its author").
ADJUNCT_OPENERS = frozenset("while when as after before because since during at with by".split())
# Words after a cue that open an adjunct ending the sentence ("said in a statement.", "said on Monday.").
ADJUNCT_AFTER = frozenset("in on at last this earlier yesterday today late".split())
# Prepositions opening a setting before a clause's subject ("During the call, he asked ...").
MAX_ADVERBIAL = 6  # tokens of such a setting
ADVERBIAL_OPENERS = frozenset("after at before despite during in on since throughout with".split())
# Words after a comma that end a content: a concession added by the writer.
CONCESSIONS = frozenset("although though whereas".split())
# Verbs whose object comes before the content: "told reporters that", "warned the council that".
OBJECT_CUES = frozenset("tell inform assure warn remind advise urge brief accuse describe call".split())
# Cues whose object and "about" name a question's topic, not what is said: "questioned the chief about ...".
# ("asked X about Y" is kept: PolNeAR counts a question's topic as its content, and our gold is silent.)
TOPIC_CUES = frozenset({"question"})


class ContentReader(ClauseReader):
    """Finds the content of each cue of one document; the source readers are inherited."""

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
        colon = self.colon_after_adjunct(
            cue, i, stop
        )  # "said:", "said in a statement:", "said after the vote:"
        if colon is not None:
            return self.span_of(colon + 1, stop, quote_whole=True)
        stop = self.tail_stop(i, stop)
        reach = MAX_OBJECT if cue.lemma in OBJECT_CUES or tokens[i].text.lower() in ("in", "on") else 6
        that = self.find_that(i, stop, reach)
        if that is not None:
            return self.span_of(that + 1, stop)
        if tokens[i].text == ",":
            return self.content_after_comma(i, stop)
        if tokens[i].text in (".", ";", "?", "!"):
            return None
        if tokens[i].text in CLOSING_MARKS and self.quote_opened_at(tokens[i].start) is None:
            return None  # a quotation closing after its cue; but a straight mark may open one: admitted "...
        at_least = (
            tokens[i].text.lower() == "at"
            and i + 1 < stop
            and tokens[i + 1].text.lower() in ("least", "most")
        )
        if tokens[i].text.lower() in ADJUNCT_OPENERS and not at_least:
            return None  # "..., Cook said while visiting ...": the content came before
        if tokens[i].text == "to" and i + 1 < stop and not self.infinitive(i + 1):
            return None  # "reported to him every morning", "spoke to reporters": whom, not what
        if cue.lemma in TOPIC_CUES and self.topic_only(i, stop):
            return None  # "questioned the chief about the funds": a question, no content
        if cue.lemma in ("tell", "inform", "assure", "brief", "remind"):
            i = self.skip_object(i, stop)
        elif (
            tokens[i].text.lower() in ("in", "on")
            and i + 1 < stop
            and tokens[i + 1].text.lower() in self.determiners
        ):
            after_phrase = self.skip_phrase(i + 2, stop)  # "said in the release this case ..."
            if after_phrase is None:
                return None
            i = after_phrase
        elif tokens[i].text.lower() in ADJUNCT_AFTER and not at_least:
            return None  # "said in a statement." / "said on Monday." with no content after
        return self.span_of(i, stop)

    def infinitive(self, i: int) -> bool:
        """Whether the word after a "to" may be a verb: no capitalised name, pronoun, determiner or number.

        A headline in capitals ("WANT TO ASSOCIATE") keeps its verbs.
        """
        word = self.tokens[i].text
        lower = word.lower()
        return (
            word.isalpha()
            and (word.islower() or word.isupper())
            and lower not in self.pronouns
            and lower not in OBJECT_PRONOUNS
            and lower not in self.determiners
        )

    def topic_only(self, i: int, stop: int) -> bool:
        """Whether an object and "about" open what follows a cue, before any finite verb or punctuation."""
        for token in self.tokens[i : min(stop, i + MAX_OBJECT)]:
            lower = token.text.lower()
            if lower == "about":
                return True
            if not token.text[0].isalnum() or lower in self.finite or lower in CLAUSE_OPENERS:
                return False
        return False

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

    def colon_after_adjunct(self, cue: Cue, i: int, stop: int) -> int | None:
        """The colon opening a content right after a cue or after a short adjunct of plain words.

        Verbs with other senses ("found a source: the bedding") take only a colon right after them.
        """
        reach = 1 if cue.lemma in self.clausal else MAX_ADJUNCT
        for k in range(i, min(stop, i + reach)):
            text = self.tokens[k].text
            if text == ":":
                return k
            lower = text.lower()
            if not text[0].isalnum() or lower in self.finite or lower in CLAUSE_OPENERS:
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
        if not inverted:
            edge = self.before_titles(edge, first)
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
        if self.adverbial(first, j + 1):
            return None  # "During the call, he asked ...": a setting, not what was said
        return self.span_of(first, j + 1)

    def adverbial(self, i: int, stop: int) -> bool:
        """Whether tokens ``[i, stop)`` are a short phrase opened by a preposition: no verb, no comma."""
        if i >= stop or stop - i > MAX_ADVERBIAL or self.tokens[i].text.lower() not in ADVERBIAL_OPENERS:
            return False
        return not any(t.text.lower() in self.finite or t.text == "," for t in self.tokens[i:stop])

    def before_titles(self, edge: int, first: int) -> int:
        """Where a first title joined to a source begins ("lead author and" ESA scientist Lopez) or ``edge``.

        Only lowercase words may stand before the "and", the last of them a role.
        """
        tokens = self.tokens
        k = edge - 1
        if k - 1 < first or tokens[k].text != "and" or tokens[k - 1].text.lower() not in self.source_heads:
            return edge
        k -= 1
        while (
            k - 1 >= first
            and k > edge - 1 - MAX_ADJUNCT
            and tokens[k - 1].text.isalpha()
            and tokens[k - 1].text.islower()
        ):
            k -= 1
        return k

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
