"""Clause reading for attributions: sentence bounds and the source named around a cue.

The source is found by walking back from the cue to the start of its clause
(skipping auxiliaries and adverbs, a parenthesis between commas or dashes, a
party tag in brackets), forward from the cue when the clause is inverted
("said Mr Blinken"), or at the start of the sentence when the cue's verb is
joined to an earlier one ("Rubio thanked Miami and said ...").

An inverted source holds no finite verb ("..., said the door remained
open" has its source before the cue).

A setting opening the sentence ("During the call, he ...") is passed over
and is never a source.

Misses: subjects after a leading adverbial without a comma in a coordinated
sentence ("On Monday the mayor toured ... and said"); sources more than
twelve tokens long.
"""

from __future__ import annotations

from bisect import bisect_left

from .. import lexicons
from ..document import Document, Token
from .cues import Cue, is_present_cue
from .cues import ly_adverb as adverb

__all__ = ["CLOSING_MARKS", "DASHES", "OBJECT_PRONOUNS", "OPENING_MARKS", "ClauseReader", "adverb"]

MAX_SUBJECT = 12  # tokens: a longer run before a cue is not its subject
MAX_SETTING = 7  # tokens of a setting opening a sentence before its subject ("During the call,")
MAX_DATELINE = 8  # tokens of a wire dateline before its dash ("WASHINGTON, D.C. (AP) —")
SENTENCE_REACH = 150  # tokens read on either side of a cue, however long its sentence
CLOSING_MARKS = "”’\"'»"
OPENING_MARKS = "“‘\"'«"
DASHES = ("—", "–", "--")
# Prepositions that end a source named after its cue ("said the ministry on Monday").
SOURCE_TAIL_STOPS = frozenset("on at during after before last yesterday today earlier adding citing".split())
# Prepositions that may lead a clause before its subject ("In Paris officials said").
LEADING_PREPOSITIONS = frozenset("in at by with from for of".split())
# Prepositions opening a setting before a clause, never a source ("During the call, ...").
SETTING_PREPOSITIONS = frozenset("after amid before despite during since throughout".split())
# Time words that may lead a clause before its subject ("Last week the ministry said").
LEADING_TIME = frozenset(
    """last this next on earlier later week month year yesterday today tonight monday tuesday
    wednesday thursday friday saturday sunday morning night evening""".split()
)


# Words after "called" that make it a demand, not a name: "called for", "called on the council to".
CALL_PARTICLES = frozenset("for on upon".split())
# Object pronouns after "called" that a complement follows: "called it a disgrace".
OBJECT_PRONOUNS = frozenset("it him her them himself herself themselves itself this".split())
# Adverbs without "-ly" that stand before a participle ("still seen by", "sometimes called").
FREQUENCY_ADVERBS = frozenset("still often sometimes also".split())
MAX_CALL_OBJECT = 10  # tokens of the object judged after "called"
# Nouns after which "that" points to a time, not a clause: "posted on Twitter that evening".
TIME_NOUNS = frozenset("afternoon day evening month morning night time week weekend year".split())
# Adverbs without "-ly" that stand between a subject and its verb ("He has long said", "Thomas both
# denied", "will doubtless argue"): skipped when the subject is sought, never a subject themselves.
MIDDLE_ADVERBS = frozenset(
    """all already also always both doubtless even ever flat-out just long never often once
    repeatedly still twice""".split()
)


class ClauseReader:
    """Finds the sentence and the source mention of each cue of one document."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens: tuple[Token, ...] = doc.tokens
        self.clause_words = lexicons.words("clause_words")
        self.auxiliaries = lexicons.words("auxiliaries")
        self.pronouns = lexicons.words("pronouns")
        self.determiners = lexicons.words("determiners")
        self.clausal = lexicons.table("clausal_cues")
        self.finite = lexicons.words("finite_verbs")
        self.sentence_adverbs = lexicons.words("sentence_adverbs")
        self.months = frozenset(lexicons.table("months"))
        self.source_heads = lexicons.words("source_nouns") | lexicons.words("titles")
        self.document_nouns = lexicons.words("document_nouns")
        self._starts = [t.start for t in self.tokens]

    def sentence_tokens(self, cue: Cue) -> tuple[int, int]:
        """The token range ``[first, stop)`` of the sentence holding the cue.

        At most ``SENTENCE_REACH`` tokens on either side of the cue: text with
        no sentence ends (a page without stops) must not make every cue read
        the whole document.
        """
        start, end = self.doc.sentence_at(cue.start)
        first, stop = self.index_at(start), self.index_at(end)
        first = self.after_dateline(first, min(stop, cue.first))
        return max(first, cue.first - SENTENCE_REACH), min(stop, cue.last + 1 + SENTENCE_REACH)

    def after_dateline(self, first: int, limit: int) -> int:
        """The token after a wire dateline opening a paragraph ("LONDON (Reuters) -"), else ``first``.

        The dateline is a run of capitalised words, commas and an agency in
        brackets, closed by a dash, within ``MAX_DATELINE`` tokens of the paragraph start.
        """
        tokens = self.tokens
        if (
            first >= limit
            or self.doc.paragraphs[self.doc.paragraph_index(tokens[first].start)][0] != tokens[first].start
        ):
            return first
        k = first
        while k < min(limit, first + MAX_DATELINE):
            text = tokens[k].text
            if text in DASHES or text == "-":
                upper = any(t.text.isupper() and len(t.text) > 1 for t in tokens[first:k])
                return k + 1 if k > first and upper else first
            if not (text[0].isupper() or text in (",", "(", ")", ".")):
                return first
            k += 1
        return first

    def index_at(self, offset: int) -> int:
        return bisect_left(self._starts, offset)

    def is_punct(self, i: int) -> bool:
        return not self.tokens[i].text[0].isalnum()

    def subject_before(self, cue: Cue, first: int) -> tuple[int, int] | None:
        """The source named before the cue, walking back to the start of its clause."""
        tokens = self.tokens
        i = cue.first - 1
        while i >= first and (
            tokens[i].text in self.auxiliaries
            or adverb(tokens[i].text)
            or tokens[i].text.lower() in MIDDLE_ADVERBS
        ):
            if tokens[i].text.lower() in ("that", "since"):
                break
            i -= 1
        if i < first:
            return None
        if tokens[i].text.lower() in self.pronouns:
            return tokens[i].start, tokens[i].end
        if tokens[i].text.lower() == "who" and i > first:  # "voters, who said ...": the voters
            i -= 1 if tokens[i - 1].text != "," else 2
            return self.noun_phrase_back(i, first) if i >= first else None
        if tokens[i].text == ",":
            return self.subject_before_parenthesis(i, first)
        if tokens[i].text in DASHES:  # "Joyce — who is listed as a lawyer — told ..."
            opening = next((j for j in range(i - 1, first - 1, -1) if tokens[j].text in DASHES), None)
            return (
                self.noun_phrase_back(opening - 1, first) if opening is not None and opening > first else None
            )
        mention = self.noun_phrase_back(i, first)
        if mention is not None and cue.form.endswith("ed") and self.after_with(mention, first):
            return None  # "with the first payments expected within weeks": a participle, not a report
        return mention

    def after_with(self, mention: tuple[int, int], first: int) -> bool:
        """Whether "with" or "without" stands a few words before a noun phrase ("with the first payments")."""
        start = self.index_at(mention[0])
        for k in range(start - 1, max(first, start - 4) - 1, -1):
            text = self.tokens[k].text
            if text.lower() in ("with", "without"):
                return True
            if not text[0].isalnum():
                return False
        return False

    def subject_before_parenthesis(self, comma: int, first: int) -> tuple[int, int] | None:
        """``S, (apposition or clause), C``: the subject before the parenthesis, or a name inside it."""
        tokens = self.tokens
        j = comma - 1
        while (
            j >= first
            and tokens[j].text not in (",", ";", ":")
            and (tokens[j].text not in CLOSING_MARKS + OPENING_MARKS or self.possessive_mark(j))
        ):
            j -= 1
        if j < first or tokens[j].text != ",":
            return None
        inner = self.noun_phrase_back(comma - 1, j + 1)
        outer = self.noun_phrase_back(j - 1, first)
        inner_is_phrase = inner is not None and self.index_at(inner[0]) == j + 1
        if outer is None or self.tokens[self.index_at(outer[0])].text.lower() in SETTING_PREPOSITIONS:
            return None  # "During the call, he asked ..., called": a setting, not the subject
        if inner is not None and inner_is_phrase and self.is_name(inner) and not self.is_name(outer):
            return inner
        return outer

    def possessive_mark(self, i: int) -> bool:
        """A possessive's apostrophe ("Edmunds' director", "the U.K.'s"), not a quotation mark."""
        tokens = self.tokens
        if tokens[i].text not in ("'", "’") or not 0 < i < len(tokens) - 1:
            return False
        glued = tokens[i - 1].end == tokens[i].start
        after = tokens[i + 1]
        if after.text == "s" and after.start == tokens[i].end:
            return glued
        return glued and tokens[i - 1].text.endswith(("s", ".")) and after.text[0].isalnum()

    def leads_clause(self, word: str) -> bool:
        """A word that may open a clause before its subject: "On March 6", "However", "Last week"."""
        lower = word.lower()
        return (
            lower in LEADING_PREPOSITIONS
            or lower in LEADING_TIME
            or lower in self.sentence_adverbs
            or lower in self.months
            or word[0].isdigit()
        )

    def noun_phrase_back(self, last: int, first: int) -> tuple[int, int] | None:
        """The noun phrase ending at token ``last``, reaching back no further than ``first``."""
        tokens = self.tokens
        if last > first and tokens[last].text == ")":  # "Sen. Jane Doe (D-Ore.)"
            opening = next(
                (j for j in range(last - 1, max(first, last - 8) - 1, -1) if tokens[j].text == "("), None
            )
            inner = self.noun_phrase_back(opening - 1, first) if opening is not None else None
            return (inner[0], tokens[last].end) if inner is not None else None
        k = last
        while k >= first and last - k < MAX_SUBJECT:
            text = tokens[k].text
            lower = text.lower()
            if not text[0].isalnum() and text not in ("-", "&", ".") and not self.possessive_mark(k):
                break
            if lower == "who" and k < last and k - 1 >= first and tokens[k - 1].text[0].isalnum():
                return self.noun_phrase_back(k - 1, first)  # "consumers who sought help said": the consumers
            if (
                lower in self.clause_words
                or text in self.auxiliaries  # case-sensitive: "Will Moy" is a name
                or lower in ("not", "to", "says", "said")
            ):
                break
            if lower in self.pronouns and k != last:
                break
            if k != last and text.islower() and is_present_cue(lower) and tokens[k + 1].text[0].isupper():
                break  # "files show Ms Lee asked": a report's own verb ends the phrase before its subject
            k -= 1
        if last - k >= MAX_SUBJECT:
            return None
        start = k + 1
        while start < last and self.leads_clause(tokens[start].text):
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
            if lower in self.clause_words or lower in SOURCE_TAIL_STOPS or text in self.auxiliaries:
                break
            if lower == "in" and (
                not allow_in or (i + 1 < stop and tokens[i + 1].text.lower() in ("a", "an"))
            ):
                break
            if i > start and lower in self.pronouns:
                break
            if i > start and text.islower() and (lower in self.finite or self.past_after_noun(start, i)):
                return None  # "..., said the door remained open": a clause, not an inverted source
            i += 1
        if i == start:
            return None
        first_word = tokens[start].text.lower()
        if first_word in ("to", "that", "it", "of", "as", "for", "by", "about") and not (
            first_word == "it" and i == start + 1
        ):
            return None
        if first_word in LEADING_TIME:
            return None  # "..., Mayer said Tuesday."
        if not allow_in and i < stop and tokens[i].text[0].isalnum():
            return None  # "said Tyvak would ...": a subject of the content, not an inverted source
        if not allow_in and not self.names_someone(start, i):
            return None  # "..., claimed responsibility for the attack": an object, not a source
        return tokens[start].start, tokens[i - 1].end

    def names_someone(self, start: int, stop: int) -> bool:
        """Whether tokens ``[start, stop)`` can name a source: a name, a role or a source noun."""
        for token in self.tokens[start:stop]:
            lower = token.text.lower()
            if token.text[:1].isupper() or lower in self.pronouns:
                return True
            if lower in self.source_heads or lower in self.document_nouns:
                return True
        return False

    def past_after_noun(self, start: int, i: int) -> bool:
        """Whether token ``i`` is an "-ed" verb after a determiner and a noun: "the door remained".

        A participle before "by" still names the source ("the letter signed by ...").
        """
        return (
            i >= start + 2
            and self.tokens[i].text.endswith("ed")
            and self.tokens[start].text.lower() in self.determiners
            and (i + 1 >= len(self.tokens) or self.tokens[i + 1].text.lower() != "by")
        )

    def calls_something(self, cue: Cue) -> bool:
        """Whether "called" judges (an object, then what it is called) rather than names.

        ``called for``/``called on`` and ``called it a disgrace``,
        ``called the plan “reckless”``, ``called Lee a liar`` judge, and so
        does a quotation right after the verb (``called a “bridging
        proposal”``: the words are the source's); a name or an unquoted
        complement right after the verb (``a group called Safe Streets``,
        ``called a nasty hoax``) names, as does a quoted complement after a
        comma (``the bill, sometimes called a “cromnibus”``). Misses: a bare adjective as the
        complement ("called the plan reckless").
        """
        tokens = self.tokens
        i = cue.last + 1
        if i >= len(tokens):
            return False
        word = tokens[i].text.lower()
        if word in CALL_PARTICLES or word == "that":
            return True
        k = self.before_adverbs(cue.first)
        after_comma = k >= 0 and tokens[k].text == ","  # "the bill, sometimes called a “cromnibus”"
        if word in OBJECT_PRONOUNS:
            following = tokens[i + 1].text if i + 1 < len(tokens) else "."
            return following[0].isalnum() or following in OPENING_MARKS
        if tokens[i].text in OPENING_MARKS:
            return not after_comma  # what Washington has called “a bridging proposal”: its words
        if word in ("a", "an"):
            return not after_comma and i + 1 < len(tokens) and tokens[i + 1].text in OPENING_MARKS
        for k in range(i + 1, min(len(tokens), i + MAX_CALL_OBJECT)):
            text = tokens[k].text
            if text in OPENING_MARKS or text.lower() in ("a", "an", "the"):
                return True
            if text.lower() in self.finite or (text.islower() and text.endswith("ed")):
                return False  # "a charity called Safe Streets patrolled the park"
            if not text[0].isalnum() and text not in ("’s", "'s", "-", "."):
                return False
        return False

    def find_that(self, i: int, stop: int, reach: int) -> int | None:
        """A "that" opening the content within ``reach`` tokens, crossing no punctuation and no verb.

        "said Hamas had told it that ...": the "that" belongs to "told", whose
        clause is the content of "said", so an auxiliary stops the search.
        """
        for k in range(i, min(stop, i + reach)):
            text = self.tokens[k].text
            if text.lower() == "that":
                following = self.tokens[k + 1].text.lower() if k + 1 < len(self.tokens) else ""
                return None if following in TIME_NOUNS else k
            if not text[0].isalnum() and text not in ("’", "'", "-"):
                return None
            if text.lower() in self.finite:
                return None
        return None

    def skip_object(self, i: int, stop: int) -> int:
        """Skip the person told: "told reporters he ...", "told the BBC: ...", "told The Daily Post he ...".

        The object is a determiner, a run of capitalised words, and one
        lowercase noun when nothing capitalised came and the next word is not
        lowercase. Misses: longer objects ("told a crowd of supporters he ...").
        """
        tokens = self.tokens
        k = i
        if k < stop and tokens[k].text.lower() in self.determiners:
            k += 1
        named = k
        while (
            k < stop
            and k - i < 6
            and tokens[k].text[0].isupper()
            and tokens[k].text.lower() not in self.pronouns
        ):
            k += 1
        if (
            k == named
            and k < stop
            and tokens[k].text.isalpha()
            and tokens[k].text.lower() not in self.pronouns
        ):
            if tokens[k].text.lower() not in self.clause_words:
                k += 1
        if k < stop and tokens[k].text in (":", ","):
            k += 1
        return k

    def before_adverbs(self, i: int) -> int:
        """The token before ``i`` once adverbs are skipped ("the bill, sometimes called"): its index or -1."""
        k = i - 1
        while k > 0 and (adverb(self.tokens[k].text) or self.tokens[k].text.lower() in FREQUENCY_ADVERBS):
            k -= 1
        return k

    def is_name(self, span: tuple[int, int]) -> bool:
        words = [t.text for t in self.doc.tokens_in(*span) if t.text[0].isalnum()]
        return bool(words) and all(w[0].isupper() or w in ("of", "for", "and", "the") for w in words)

    def coordinated(self, cue: Cue, first: int) -> int | None:
        """The token of "and"/"but" joining the cue's verb to an earlier one ("... and later said")."""
        i = cue.first - 1
        while i > first and (
            self.tokens[i].text in self.auxiliaries
            or adverb(self.tokens[i].text)
            or self.tokens[i].text.lower() in MIDDLE_ADVERBS
        ):
            i -= 1
        if i <= first or self.tokens[i].text.lower() not in ("and", "but"):
            return None
        if self.tokens[i - 1].text == ",":
            i -= 1
        return i

    def subject_at_start(self, first: int, limit: int) -> tuple[int, int] | None:
        """The subject opening a sentence: a pronoun, a capitalised name, or "the spokesman".

        A short setting before a comma ("On Monday, ...") is passed over.
        Misses: lowercase noun phrases longer than a determiner and one noun.
        """
        tokens = self.tokens
        k = first
        while k < limit and (
            tokens[k].text in OPENING_MARKS or tokens[k].text.lower() in ("but", "and", "so", "yet")
        ):
            k += 1
        if k < limit and tokens[k].text.lower() in SETTING_PREPOSITIONS | LEADING_PREPOSITIONS | {"on"}:
            comma = next(
                (j for j in range(k + 1, min(limit, k + MAX_SETTING)) if tokens[j].text == ","), None
            )
            k = k if comma is None else comma + 1  # "During the call, he ...": the subject after the setting
        if k >= limit:
            return None
        if tokens[k].text.lower() in self.pronouns:
            return tokens[k].start, tokens[k].end
        j = k
        while j < limit and j - k < MAX_SUBJECT:
            text = tokens[j].text
            if text == "(":
                close = self.closing_bracket(j, limit)
                if close is None:
                    break
                j = close + 1
                continue
            if text[0].isupper() or text in (".", "-", "&") or text.lower() in ("of", "the"):
                j += 1
                continue
            if j > k and tokens[j - 1].text.lower() in self.determiners and text.isalpha():
                j += 1  # "the spokesman", "The senator"
                continue
            if (
                j > k
                and text.lower() in self.source_heads
                and j + 1 < limit
                and tokens[j + 1].text[0].isupper()
            ):
                j += 1  # "Former governor Ana Reyes"
                continue
            if j > k and text.lower() in self.source_heads and tokens[j - 1].text[0].isupper():
                j += 1  # "Opposition councillors", "Labour MPs": a source noun after the capitalised words
                break
            break
        if j == k or j >= limit or not tokens[j].text.isalpha() or not tokens[j].text.islower():
            return None  # the subject must be followed by its verb
        if tokens[j - 1].text.lower() in self.determiners:
            return None
        return tokens[k].start, tokens[j - 1].end

    def closing_bracket(self, opening: int, limit: int) -> int | None:
        """The ")" closing the bracket at token ``opening`` within a few tokens."""
        for j in range(opening + 1, min(limit, opening + 8)):
            if self.tokens[j].text == ")":
                return j
        return None
