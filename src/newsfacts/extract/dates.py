"""Time expressions resolved against the publication date.

Scope: the dates and periods a news article mentions, each resolved to an
inclusive ``start``/``end`` and a grain (day, week, month, quarter, year):

* full and partial dates: "Monday, 7 October 2023", "7 October", "Sept. 11",
  "March 2", "the first of March", "2024-08-19", "08/19/2024" (month first
  unless the first number is above 12);
* months and years: "March 2020", "in November", "May last year", "early
  2020", "mid-March", "in 2019", "fiscal 2024", "2019-20", "the 1990s";
* quarters: "the first quarter", "third-quarter profit", "Q3 2024", "2018Q4";
* weekdays and relative days: "on Sunday", "Monday morning", "next Tuesday",
  "Wednesday of next week", "yesterday", "tonight", "last night";
* relative periods: "last week", "this month", "late last month", "earlier
  this year", "the past two years", "over the weekend", "the end of the year",
  "three weeks ago".

News conventions: a bare weekday is the latest such day on or before
publication unless the clause speaks of the future ("will meet on Friday",
"is due to visit Egypt on Tuesday"), then the first on or after it. A day or
month without a year is the latest one on or before publication, or with future
context the first one ending on or after it; with no cue either way a day and
month within two months ahead wins over one most of a year ago ("on 12
December" in a late November article). Present-tense schedule verbs are future
cues ("the Gophers play Saturday"); a plan in the past tense ("had planned to",
"was slated to", "as planned") takes the nearest occurrence either way. A month
or day without a year takes the year named in an earlier sentence of its
paragraph when that is before publication ("The mill closed in 1986. In May,
..."), and in one sentence a day runs on from the one before it. "the third
quarter ended Nov. 3" is the 13 weeks to that day; "today (Oct. 28)" is the
bracketed day. With no publication date, relative expressions keep null
``start``/``end`` and absolute ones still resolve.

Deliberate misses: times of day on their own ("at 3pm"), durations ("for six
months", "three-hour"; those are figures), seasons ("last summer"), holidays
("Christmas"), periods anchored on another date ("the following week", "the
previous year", "a year earlier"), "the 15th" without a month, halves of the
year, day ranges ("5-7 October" gives its last day only).

Candidates come from one compiled pattern (built from the lexicons on first
use); resolution is plain :mod:`datetime` arithmetic, so this module never
imports dateparser.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import compress, count
from operator import itemgetter

import regex

from .. import lexicons
from ..document import Document, Token
from ..models import Grain, Span, TimeExpression

__all__ = ["find_dates"]

Period = tuple[dt.date, dt.date]
Resolved = tuple[dt.date | None, dt.date | None, Grain]
Resolver = Callable[[regex.Match[str], Document, dt.date | None], Resolved | None]

POSSESSIVE_RE = regex.compile(r"['’]s$")
LETTERS_RE = regex.compile(r"\p{L}+")
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
DAY_PARTS = r"morning|afternoon|evening|night"
PERIOD_UNITS = ("day", "week", "month", "year")
# Prepositions that join a following expression's span ("on Monday"), in the cases tokens come in.
OPENING_PREPOSITIONS = frozenset({"in", "In", "IN", "on", "On", "ON"})

# Grammar (one alternation, tried at each token that can start an expression; longer forms first):
#   date     := iso | numeric | [weekday ","] day ["of"] month [year] | [weekday ","] month day [year]
#   month    := month ["of"] year | month (last|this|next) year | [modifier | relative] month
#   quarter  := [the] ordinal quarter [of year] | Q1..Q4 [year] | yearQ1..Q4
#   weekday  := [relative] weekday [part of day] [of next week | after next]
#   relative := relative day | relative period | the edge of the period | N units ago | the weekend
#   year     := decade | year-range | [modifier] [fiscal] year
PATTERN_TEMPLATE = r"""
(?<![\p{L}\p{N}])                                      # never inside a word or number
(?:(?<!-)(?P<prep>on|in)\s+)?                          # "on Monday", "in 2019"; not "Jae-in"
(?P<core>
    (?P<iso>(?P<y>YEAR)-(?P<mn>0?[1-9]|1[0-2])-(?P<d>DAYNUM)(?![\d:T]))   # 2024-08-19
  | (?P<numeric>(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/]))  # 08/19/2024, 19/08/24
  | (?P<dmy>                                           # Monday, 7 October 2023 / the first of March
        (?:(?P<wd>WEEKDAY),?\s+)?
        (?:(?:the\s+)?(?P<d>DAYNUM)(?:st|nd|rd|th)?\s+of|(?P<d>DAYNUM)(?:st|nd|rd|th)?|(?:the\s+)?(?P<dw>DAYWORD)\s+of)
        \s+(?P<m>MONTH)
        (?:,?\s+(?P<y>YEAR))?
    )
  | (?P<mdy>                                           # Monday, Feb. 18, 2013 / Sept. 11 / March 3rd
        (?:(?P<wd>WEEKDAY),?\s+)?
        (?P<m>MONTH)\s*(?:the\s+)?
        (?P<d>DAYNUM)(?:st|nd|rd|th)?(?![\d:])
        (?:,?\s+(?P<y>YEAR))?
    )
  | (?P<monthyear>                                     # March 2020 / May last year / early January 2021
        (?:(?P<mod>MODIFIER)[\s-]+)?
        (?P<m>MONTH)(?:\s+of)?,?\s+
        (?:(?P<y>YEAR)|(?P<rel>last|this|next)\s+year)
    )
  | (?P<month>                                         # in November / mid-March / last May
        (?:(?P<mod>MODIFIER)[\s-]+(?:in\s+)?|(?P<rel>last|this|next|coming)\s+)?
        (?P<m>MONTHFULL)
    )
  | (?P<quarter>                                       # the third quarter of 2019 / Q3 2024 / 2018Q4
        (?:the\s+)?(?P<q>QORDINAL)[\s-]+(?:fiscal[\s-]+)?(?:quarter|qtr)
        (?:\s+of\s+(?:the\s+)?(?:(?:fiscal\s+)?(?P<y>YEAR)|(?P<rel>last|this|next)\s+year)|,?\s+(?P<y>YEAR))?
      | Q(?P<qd>[1-4])(?:\s+|\s*['’]|\s*-\s*)?(?:(?P<y>YEAR)|(?P<yy>\d\d)(?!\d))?
      | (?:(?P<y>YEAR)|(?P<yy>\d\d))\s?Q(?P<qd>[1-4])
    )
  | (?P<weekday>                                       # on Sunday / next Tuesday / Monday morning
        (?:(?P<rel>last|next|this|coming)\s+)?
        (?P<wd>WEEKDAYFULL)
        (?:\s+(?P<part>DAYPARTS))?
        (?:\s+(?:(?:of\s+)?(?P<wk>next|last|this)\s+week|(?P<after>after\s+next)))?
    )
  | (?P<relday>                                        # yesterday / the day after tomorrow / last night
        (?:the\s+day\s+(?P<dir>before|after)\s+)?(?P<rd>RELDAY)(?:\s+(?:DAYPARTS))?
      | this\s+(?:morning|afternoon|evening)
      | (?P<lastnight>last\s+night)
    )
  | (?P<rolling>                                       # the past two years / the next three months
        (?:the\s+)?(?P<rel>past|last|next|coming)\s+(?P<n>COUNT|\d{1,2})\s+(?P<unit>day|week|month|year)s
    )
  | (?P<period>                                        # last week / earlier this year / late last month
        (?:(?P<mod>MODIFIER)\s+(?:in\s+)?)?(?P<the>the\s+)?
        (?P<rel>last|this|next|past|coming|current|upcoming)[\s-]+
        (?P<unit>weekend|week|month|year|quarter|decade)(?![\p{L}-])
    )
  | (?P<weekend>(?<=\b(?:over|at|during|on|for|by)\s+)the\s+weekend)   # over the weekend
  | (?P<edge>                                          # the end of the year
        the\s+(?:end|start|beginning|middle|turn)\s+of\s+(?P<rel>the|this|next|last)\s+(?P<unit>week|month|year)
    )
  | (?P<ago>(?P<n>COUNT|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago)   # three weeks ago
  | (?P<decade>                                        # the 1990s / the '80s / the early 2000s
        (?:the\s+)?(?:(?P<mod>MODIFIER)[\s-]+)?
        (?:(?P<cent>1[5-9]|20)(?P<dd>\d0)|['’](?P<dd>\d0))['’]?s(?![\p{L}\p{N}])
    )
  | (?P<yrange>(?P<y>YEAR)\s*[-–]\s*(?:(?P<y2>YEAR)|(?P<yy>\d\d))(?![\p{N}%]))   # 2019-20 / 2010–2015
  | (?P<year>                                          # in 2019 / mid-2020 / fiscal 2024
        (?:(?P<mod>MODIFIER)[\s-]+(?:in\s+)?)?(?:(?P<fiscal>fiscal|FY)\s?)?
        (?P<y>YEAR)(?![\p{N}]|[.,]\d|\s*(?:%|per\s?cent|percent|GMT|UTC|BST|hours|hrs|local\s+time))
    )
)
(?![\p{L}\p{N}])                                       # and never stopping inside one
"""


def _alternation(keys: Iterable[str], *, dotted: int = 0) -> str:
    """A regex alternation of literal words, longest first so that "sept" beats "sep".

    Words of at most ``dotted`` letters (abbreviations) may end in a full stop.
    """
    words = sorted({str(k) for k in keys}, key=lambda w: (-len(w), w))
    escaped = (regex.escape(w).replace(r"\-", "[-\\s]") + (r"\.?" if len(w) <= dotted else "") for w in words)
    return "|".join(escaped)


def _word_lists(name: str, keys: Iterable[str], lists: dict[str, list[str]], *, dotted: int = 0) -> str:
    """The same words as :func:`_alternation`, matched as named lists (``\\L<name>``) where it can.

    A named list is one hashed lookup per length where a long alternation tries
    its words one by one. Like the alternation, a list tries its longest word
    first and backtracks to shorter ones, so the pattern matches exactly as
    before: the words, longest first, are cut into runs of the same kind (plain,
    plain with an optional full stop, hyphenated), each plain run becomes one list
    (added to ``lists``) and a hyphenated word stays a literal with ``[-\\s]``.
    """
    words = sorted({str(k) for k in keys}, key=lambda w: (-len(w), w))
    parts: list[str] = []
    run: list[str] = []
    run_dotted = False
    for word in [*words, ""]:
        is_dotted = 0 < len(word) <= dotted
        if run and (not word or "-" in word or is_dotted != run_dotted):
            list_name = f"{name.lower()}_{len(parts)}"
            lists[list_name] = run
            parts.append(rf"\L<{list_name}>" + (r"\.?" if run_dotted else ""))
            run = []
        if not word:
            break
        if "-" in word:
            parts.append(_alternation([word], dotted=dotted))
        else:
            run.append(word)
            run_dotted = is_dotted
    return "|".join(parts)


@cache
def _pattern() -> regex.Pattern[str]:
    """The one candidate pattern, built from the lexicons on first use."""
    months = lexicons.table("months")
    weekdays = lexicons.table("weekdays")
    full_weekdays = [w for w in weekdays if len(w) > 5]
    lists: dict[str, list[str]] = {}
    fragments = {
        "MONTHFULL": _word_lists(
            "monthfull", (m for m in months if len(m) > 4 or m in {"may", "june", "july"}), lists
        ),
        "MONTH": _word_lists("month", months, lists, dotted=4),
        "WEEKDAYFULL": _word_lists("weekdayfull", full_weekdays, lists),
        "WEEKDAY": _word_lists("weekday", weekdays, lists, dotted=5),
        "DAYNUM": r"[12]\d|3[01]|0?[1-9]",
        "DAYWORD": _word_lists("dayword", lexicons.table("day_ordinals"), lists),
        "QORDINAL": _word_lists("qordinal", lexicons.table("quarter_ordinals"), lists),
        "RELDAY": _word_lists("relday", lexicons.table("relative_days"), lists),
        "MODIFIER": _word_lists("modifier", lexicons.words("period_modifiers"), lists),
        "COUNT": _word_lists("count", lexicons.table("period_counts"), lists),
        "YEAR": r"1[5-9]\d\d|20\d\d",
        "DAYPARTS": DAY_PARTS,
    }
    source = PATTERN_TEMPLATE
    for name in sorted(fragments, key=len, reverse=True):
        source = source.replace(name, f"(?:{fragments[name]})")
    return regex.compile(source, regex.VERBOSE | regex.IGNORECASE, **lists)


@cache
def _cue_pattern() -> regex.Pattern[str]:
    """Words of a clause that say whether it speaks of the past, the future or of a plan (either way).

    A multi-word cue may hold an adverb after its first word ("is now set to");
    a schedule verb counts only as a verb ("play Saturday", not "the play").
    """
    adverb = rf"(?:\p{{L}}+ly|{_alternation(lexicons.words('cue_adverbs'))})"
    cues = lexicons.words("future_cues")
    phrases = [cue.split(" ", 1) for cue in cues if " " in cue]
    first_words = _alternation(first for first, _ in phrases)
    rests = _alternation(rest for _, rest in phrases)
    future = rf"{_alternation(cues)}|(?:{first_words})\s+{adverb}\s+(?:{rests})"  # "is now set to"
    schedule = _alternation(lexicons.words("schedule_verbs"))
    plan = _alternation(lexicons.words("plan_cues"))
    past_cues = lexicons.table("past_cues")
    speech = _alternation(w for w, kind in past_cues.items() if kind == "speech")
    past = _alternation(w for w, kind in past_cues.items() if kind != "speech")
    return regex.compile(
        rf"""
        (?<![\p{{L}}\p{{N}}_])(?:                                             # at the start of a word:
            (?P<plan>(?:had|was|were)\s+(?:{adverb}\s+)?(?:been\s+)?(?:{plan})\b  # had planned to
                |as\s+(?:planned|scheduled)\b)                               # as planned
          | (?P<future>(?:{future})(?![\p{{L}}])|next\b)                      # will, is set to
          | (?P<schedule>(?:{schedule})\b)                                    # play, hosts: checked in _tense
          | (?P<speech>(?:{speech})\b)                                        # said
          | (?P<past>(?:{past})\b|\p{{L}}{{3,}}ed\b)                          # won, closed
        )
      | (?P<future>(?<=\p{{L}})['’]ll\b)                                     # they'll
      | (?P<stop>[;:—–()\[\]“”"]|\.\s)
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


def find_dates(doc: Document, *, published: dt.date | None = None) -> list[TimeExpression]:
    """Every date or period the article mentions, in document order, with ids t1, t2, ...

    Args:
        doc: the parsed article.
        published: the publication day, to resolve "on Sunday", "last week" or
            "7 October"; without it those get null ``start`` and ``end``.

    Returns:
        The time expressions; an empty list when there are none.

    >>> doc = Document.parse("Talks ended on Sunday. A vote is due on Tuesday, as in March 2020.")
    >>> for t in find_dates(doc, published=dt.date(2024, 8, 21)):
    ...     print(t.id, t.span.text, t.start, t.end, t.grain)
    t1 on Sunday 2024-08-18 2024-08-18 day
    t2 on Tuesday 2024-08-27 2024-08-27 day
    t3 in March 2020 2020-03-01 2020-03-31 month
    """
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"expected published as a datetime.date or None, got {type(published).__name__}")
    if isinstance(published, dt.datetime):
        published = published.date()
    text = doc.text
    pattern = _pattern()
    out: list[TimeExpression] = []
    done = 0
    story = _Story()
    for at in _candidates(doc):
        if at < done:
            continue
        match = pattern.match(text, at)
        if match is None:
            continue
        resolved = _resolve(match, doc, published)
        if resolved is None:
            continue
        done = match.end()
        resolved = story.place(match, doc, published, resolved)
        if resolved is None:
            continue  # "refined it over the next decade" after "in 1910": the story's decade, not ours
        start, end, grain = resolved
        span_start = match.start("core")
        if match.group("prep") and (match.group("prep").lower() == "in" or _is_day(match)):
            span_start = match.start("prep")  # "on Monday", "in 2019"; not "on last year's list"
        out.append(
            TimeExpression(
                id=f"t{len(out) + 1}",
                span=Span.of(text, span_start, match.end("core")),
                start=start,
                end=end,
                grain=grain,
            )
        )
    return out


class _Story:
    """What the expressions so far say about when the story is: its last explicit year, its last day.

    A month or day without a year takes the last year the story named in an
    earlier sentence of its paragraph ("The mill closed in 1986. In May, ...") when that
    year is before publication, nothing relative ("last week") came since, and
    the clause does not speak of the future. In one sentence a day without a
    year runs on from the day before it ("kicks off June 9 ... and concludes Oct. 10").
    """

    def __init__(self) -> None:
        self.year: int | None = None
        self.year_at = 0
        self.day: dt.date | None = None
        self.day_at = 0

    def place(
        self, m: regex.Match[str], doc: Document, published: dt.date | None, resolved: Resolved
    ) -> Resolved | None:
        """``resolved`` moved into the story where it names no year itself; the story updated.

        None for "the next decade" in a past-tense clause of a story set in an earlier
        year: a period after the story's date, which we do not resolve.
        """
        if m.group("period") and self._in_past_story(m, doc, published):
            return None
        year = m.group("y")
        yearless = not year and bool(
            m.group("dmy") or m.group("mdy") or (m.group("month") and not m.group("rel"))
        )
        if yearless and published is not None:
            resolved = self._carried(m, doc, published, resolved)
            resolved = self._run_on(m, doc, resolved)
        if year and not m.group("yrange"):
            self.year, self.year_at = int(year), m.start()
        elif not yearless and not m.group("decade") and not m.group("yrange"):
            self.year = None  # "last week": the story is back at publication
        if resolved[0] is not None and (
            m.group("dmy") or m.group("mdy") or m.group("iso") or m.group("numeric")
        ):
            self.day, self.day_at = resolved[0], m.start()
        return resolved

    def _carried(
        self, m: regex.Match[str], doc: Document, published: dt.date, resolved: Resolved
    ) -> Resolved:
        if self.year is None or self.year >= published.year:
            return resolved
        if (
            doc.sentence_index(m.start()) == doc.sentence_index(self.year_at)
            or doc.paragraph_index(m.start()) != doc.paragraph_index(self.year_at)
            or _tense(doc, m) == "future"
        ):
            return resolved  # "Acme, founded in 1995, said in March": the year of a side remark
        return _resolve(m, doc, dt.date(self.year, 12, 31)) or resolved

    def _in_past_story(self, m: regex.Match[str], doc: Document, published: dt.date | None) -> bool:
        return (
            m.group("rel").lower() == "next"
            and m.group("the") is not None
            and self.year is not None
            and published is not None
            and self.year < published.year
            and doc.paragraph_index(m.start()) == doc.paragraph_index(self.year_at)
            and _tense(doc, m, speech="speech") == "past"
        )

    def _run_on(self, m: regex.Match[str], doc: Document, resolved: Resolved) -> Resolved:
        start = resolved[0]
        if (
            self.day is None
            or start is None
            or resolved[2] != "day"
            or m.group("wd")
            or start >= self.day
            or doc.sentence_index(m.start()) != doc.sentence_index(self.day_at)
            or _tense(doc, m) == "past"
        ):
            return resolved
        for year in (self.day.year, self.day.year + 1):
            moved = _date(year, start.month, start.day)
            if moved is not None and moved >= self.day:
                return moved, moved, "day"
        return resolved


@cache
def _first_words() -> frozenset[str]:
    """The words a time expression can start with, for a set lookup per token before the pattern runs."""
    grammar = set("on in the last this next past coming current upcoming fiscal fy".split())
    tables = ("months", "weekdays", "relative_days", "day_ordinals", "quarter_ordinals", "period_counts")
    return frozenset(
        grammar.union(*(lexicons.table(name) for name in tables), lexicons.words("period_modifiers"))
    )


def _candidates(doc: Document) -> Iterator[int]:
    """Offsets where the pattern may match: tokens that are digits, quote marks, Q1-Q4 or a first word.

    Running the pattern only there is what keeps the scan fast (a set lookup per
    token instead of the whole alternation at every character). Each distinct
    token text is judged once per document, so the loop over the tokens is a
    dict lookup.
    """
    first_words = _first_words()
    tokens = doc.tokens
    words = set(map(itemgetter(2), tokens))
    # a word of letters alone starts one only as a first word: one set lookup, no call
    offsets: dict[str, tuple[int, ...]] = {
        word: (0,) for word in words if word.isalpha() and word.lower() in first_words
    }
    for word in words:
        if not word.isalpha():
            starts = _starts_in(word, first_words)
            if starts:
                offsets[word] = starts
    after_the = _words_after_the()
    counts = _count_words()
    for i in compress(count(), map(offsets.__contains__, map(itemgetter(2), tokens))):
        start, end, word = tokens[i]
        found = offsets[word]
        # the commonest first words open few expressions, and the pattern is the dearest test
        if word in ("the", "The", "THE") and not _may_follow_the(tokens, i, end, after_the):
            continue
        if word in OPENING_PREPOSITIONS and not _may_follow_preposition(tokens, i, end, offsets, after_the):
            continue
        if word in counts and not _unit_follows(tokens, i, end):
            continue
        for offset in found:
            yield start + offset


@cache
def _words_after_the() -> tuple[str, ...]:
    """How the word after a leading "the" begins in the grammar (besides a digit or a quote mark).

    "the" starts an expression only in "the 7th of", "the first of", "the third
    quarter", "the past/last/next/coming/this/current/upcoming ...", "the weekend",
    "the day before", "the end/start/beginning/middle/turn of" and "the (early)
    1990s"; a test checks that the pattern matches nowhere else the gate skips.
    """
    grammar = "past last next coming this current upcoming weekend day end start beginning middle turn"
    words = {*grammar.split(), *lexicons.table("quarter_ordinals"), *lexicons.words("period_modifiers")}
    words.update(word.split("-")[0] for word in lexicons.table("day_ordinals"))  # "twenty[-\\s]first"
    return tuple(sorted(words))


def _may_follow_the(tokens: tuple[Token, ...], i: int, end: int, after_the: tuple[str, ...]) -> bool:
    """Whether the token after "the" (``tokens[i]``), past white space, can go on a time expression."""
    if i + 1 == len(tokens) or tokens[i + 1].start == end:
        return False  # "the" must be followed by white space
    following = tokens[i + 1].text
    return following[0].isdigit() or following[0] in "'’" or following.casefold().startswith(after_the)


@cache
def _count_words() -> frozenset[str]:
    """The count words that open nothing but "N units ago" ("a", "two"), in the cases tokens come in."""
    others = _first_words() - lexicons.table("period_counts").keys()
    counts = (w for w in lexicons.table("period_counts") if w not in others)
    return frozenset(form for w in counts for form in (w, w.capitalize(), w.upper()))


def _unit_follows(tokens: tuple[Token, ...], i: int, end: int) -> bool:
    """Whether a unit ("days", "weeks", "months", "years") follows the count word ``tokens[i]``."""
    if i + 1 == len(tokens) or tokens[i + 1].start == end:
        return False
    return tokens[i + 1].text.lower().startswith(PERIOD_UNITS)


def _may_follow_preposition(
    tokens: tuple[Token, ...],
    i: int,
    end: int,
    offsets: dict[str, tuple[int, ...]],
    after_the: tuple[str, ...],
) -> bool:
    """Whether "in"/"on" (``tokens[i]``) may open an expression: the next token may start one itself.

    "in the past week", "on Monday", "in 2019", "on July20", "on twenty-first of May" go on;
    "in Gaza", "on the ground" do not.
    """
    if i + 1 == len(tokens) or tokens[i + 1].start == end:
        return False  # "in" must be followed by white space
    following = tokens[i + 1].text
    if following in ("the", "The", "THE"):
        return _may_follow_the(tokens, i + 1, tokens[i + 1].end, after_the)
    if offsets.get(following, (-1,))[0] == 0:
        return True
    head = LETTERS_RE.match(following)  # "July20": a month glued to its day
    return head is not None and (
        head.group().casefold() in _first_words() or head.group().casefold().startswith(_hyphen_heads())
    )


@cache
def _hyphen_heads() -> tuple[str, ...]:
    """The first pieces of hyphenated first words, which open no candidate on their own: "twenty"."""
    return tuple(sorted({w.split("-")[0] for w in _first_words() if "-" in w}))


def _starts_in(word: str, first_words: frozenset[str]) -> tuple[int, ...]:
    """The offsets within one token where a time expression may start."""
    head = word[0]
    if head.isdigit() or head in "'’" or (head in "QqFf" and _quarter_code_pattern().match(word)):
        return (0,)
    if "-" not in word and "'" not in word and "’" not in word:
        return (0,) if word.lower() in first_words else ()
    parts = word.split("-")
    found = [0] if POSSESSIVE_RE.sub("", parts[0].lower()) in first_words else []  # "Tuesday’s"
    offset = len(parts[0]) + 1
    for part in parts[1:]:  # "pre-2020": a piece after a hyphen may start one too, but not "in" ("Jae-in")
        if part and (part[0].isdigit() or (part.lower() in first_words and part not in OPENING_PREPOSITIONS)):
            found.append(offset)
        offset += len(part) + 1
    return tuple(found)


@cache
def _quarter_code_pattern() -> regex.Pattern[str]:
    """A token that is a quarter or fiscal year code: Q3, q4, FY2024."""
    return regex.compile(r"q\d|fy\d", regex.IGNORECASE)


# --- resolution -------------------------------------------------------------------------------


def _resolve(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    """The period a candidate names, or None when the candidate is not a date after all."""
    for kind, resolver in _RESOLVERS:
        if m.group(kind) is not None:
            return resolver(m, doc, published)
    return None


def _iso(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    day = _date(int(m.group("y")), int(m.group("mn")), int(m.group("d")))
    return (day, day, "day") if day else None


def _numeric(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    a, b, year = int(m.group("a")), int(m.group("b")), _full_year(m.group("y"))
    month, day = (b, a) if a > 12 else (a, b)
    found = _date(year, month, day)
    return (found, found, "day") if found else None


def _day_month(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    month_word = m.group("m")
    if not _month_ok(month_word, with_day=True):
        return None
    month = _month_number(month_word)
    day = int(m.group("d")) if m.group("d") else int(lexicons.table("day_ordinals")[_norm(m.group("dw"))])
    if m.group("y"):
        found = _date(int(m.group("y")), month, day)
        return (found, found, "day") if found else None
    if day > _days_in(2024, month):
        return None
    if published is None:
        return None, None, "day"

    weekday = int(lexicons.table("weekdays")[_norm(m.group("wd"))]) if m.group("wd") else None

    def occurrence(year: int) -> Period | None:
        found = _date(year, month, day)
        if found is None or (weekday is not None and found.weekday() != weekday):
            return None  # "Tuesday, Nov. 5" names the year whose 5 November is a Tuesday
        return found, found

    tense = _tense(doc, m)
    if weekday is not None and tense is None:
        behind = _latest(occurrence, published, published.year, future=False)
        ahead = _latest(occurrence, published, published.year, future=True)
        if behind[0] is None or (ahead[0] is not None and ahead[0] - published < published - behind[0]):
            return (*ahead, "day")
        return (*behind, "day")
    return (*_nearest(occurrence, published, published.year, tense), "day")


def _month_year(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    month_word = m.group("m")
    if not _month_ok(month_word, with_day=True):
        return None
    month = _month_number(month_word)
    if m.group("y"):
        return (*_month_span(int(m.group("y")), month), "month")
    if published is None:
        return None, None, "month"
    year = published.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
    return (*_month_span(year, month), "month")


def _month(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    month_word = m.group("m")
    month = _month_number(month_word)
    if _norm(month_word) in AMBIGUOUS_MONTHS:
        if not month_word[0].isupper():
            return None
        if not (
            m.group("mod")
            or m.group("rel")
            or m.group("prep")
            or _after_preposition(doc.text, m.start())
            or (
                _after_the(doc.text, m.start())
                and _next_word(doc.text, m.end()) in lexicons.words("month_nouns")
            )
        ):
            return None  # "Theresa May", "March organisers"; not "the March high"
    if published is None:
        return None, None, "month"
    rel = (m.group("rel") or "").lower()
    if rel == "last":
        year = published.year - (1 if month >= published.month else 0)
        return (*_month_span(year, month), "month")
    if rel in ("next", "coming"):
        year = published.year + (1 if month <= published.month else 0)
        return (*_month_span(year, month), "month")
    if rel == "this":
        return (*_month_span(published.year, month), "month")
    tense = _tense(doc, m)
    return (*_nearest(lambda y: _month_span(y, month), published, published.year, tense, soon=False), "month")


def _quarter(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    quarter = (
        int(m.group("qd")) if m.group("qd") else int(lexicons.table("quarter_ordinals")[_norm(m.group("q"))])
    )
    year = int(m.group("y")) if m.group("y") else _full_year(m.group("yy")) if m.group("yy") else None
    if year is None and m.group("q") and not m.group("rel") and _in_game(doc, m):
        return None  # "scored in the fourth quarter"
    ended = _day_after(doc, m.end(), r"\s+(?:ended|ending)\s+", published)
    if ended is not None and m.group("q"):
        return ended - dt.timedelta(weeks=13) + dt.timedelta(days=1), ended, "quarter"  # a fiscal quarter
    if year is not None:
        return (*_quarter_span(year, quarter), "quarter")
    if published is None:
        return None, None, "quarter"
    if m.group("rel"):
        year = published.year + {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
        return (*_quarter_span(year, quarter), "quarter")
    future = _tense(doc, m) == "future"
    return (*_latest(lambda y: _quarter_span(y, quarter), published, published.year, future), "quarter")


def _weekday(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    if published is None:
        return None, None, "day"
    if not (m.group("rel") or m.group("part") or m.group("wk") or m.group("after")) and _next_word(
        doc.text, m.end()
    ) in lexicons.words("weekday_nouns"):
        return None  # "Saturday publication": a weekday of every week
    weekday = int(lexicons.table("weekdays")[_norm(m.group("wd"))])
    monday = published - dt.timedelta(days=published.weekday())
    rel = (m.group("rel") or "").lower()
    week = (m.group("wk") or "").lower()
    if week:
        offset = {"last": -7, "this": 0, "next": 7}[week]
        day = monday + dt.timedelta(days=offset + weekday)
    elif rel == "this":
        day = monday + dt.timedelta(days=weekday)
    elif rel == "last":
        day = monday + dt.timedelta(days=weekday - 7)  # "last Tuesday": the previous week's
    elif rel == "next" or m.group("after"):
        day = monday + dt.timedelta(days=weekday + (14 if m.group("after") else 7))
    elif rel == "coming":
        day = published + dt.timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    elif (tense := _tense(doc, m)) == "future" or (
        tense == "plan" and (weekday - published.weekday()) % 7 < (published.weekday() - weekday) % 7
    ):
        day = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    else:
        day = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    return day, day, "day"


def _relative_day(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    if published is None:
        return None, None, "day"
    if m.group("lastnight"):
        offset = -1
    elif m.group("rd"):
        if m.group("rd")[0] == "T" and (
            _after_name(doc, m.start("rd")) or _in_title(doc.text, m.start("rd"))
        ):
            return None  # "USA Today", "the Today programme", "the World of Tomorrow"
        offset = int(lexicons.table("relative_days")[_norm(m.group("rd"))])
        offset += {"before": -1, "after": 1, None: 0}[(m.group("dir") or "").lower() or None]
    else:
        offset = 0  # this morning
    day = published + dt.timedelta(days=offset)
    bracketed = _day_after(doc, m.end(), r"\s*[(\[]", published)
    if bracketed is not None and abs((bracketed - day).days) <= 2:
        day = bracketed  # "today (Oct. 28)": the date the writer gave wins over the publication day
    return day, day, "day"


def _rolling(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    unit = m.group("unit").lower()
    grain: Grain = "day" if unit == "day" else unit  # type: ignore[assignment]
    if published is None:
        return None, None, grain
    count = _count(m.group("n"))
    if m.group("rel").lower() in ("next", "coming"):
        return published, _shift(published, unit, count), grain
    return _shift(published, unit, -count), published, grain


def _period(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    unit = m.group("unit").lower()
    rel = m.group("rel").lower()
    grain: Grain = {"weekend": "day", "decade": "year"}.get(unit, unit)  # type: ignore[assignment]
    if published is None:
        return None, None, grain
    if unit in ("week", "month", "year") and (rel == "past" or (rel == "last" and m.group("the"))):
        return _shift(published, unit, -1), published, grain  # "the past week": up to publication
    step = {"last": -1, "past": -1, "this": 0, "current": 0}.get(rel, 1)
    if unit == "weekend":
        saturday = published + dt.timedelta(days=5 - published.weekday() + 7 * step)  # of this week, moved
        return saturday, saturday + dt.timedelta(days=1), "day"
    return (*_unit_span(published, unit, step), grain)


def _weekend(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    if published is None:
        return None, None, "day"
    if _tense(doc, m) == "future":
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)
        if published.weekday() == 6:
            saturday = published - dt.timedelta(days=1)
    else:
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    return saturday, saturday + dt.timedelta(days=1), "day"


def _edge(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    unit = m.group("unit").lower()
    if published is None:
        return None, None, unit  # type: ignore[return-value]
    step = {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
    return (*_unit_span(published, unit, step), unit)  # type: ignore[return-value]


def _ago(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    unit = m.group("unit").lower()
    if published is None:
        return None, None, "day" if unit in ("day", "week") else unit  # type: ignore[return-value]
    point = _shift(published, unit, -_count(m.group("n")))
    if unit in ("day", "week"):
        return point, point, "day"
    if unit == "year" and _count(m.group("n")) == 1:
        return (*_unit_span(point, "month", 0), "month")  # "a year ago": the month one year back
    return (*_unit_span(point, unit, 0), unit)  # type: ignore[return-value]


def _decade(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    tens = int(m.group("dd"))
    if m.group("cent"):
        first = int(m.group("cent")) * 100 + tens
        if tens == 0 and first < 2000:
            return dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "year"  # the 1800s: a century
    else:
        first = (1900 if tens >= 30 or published is None or published.year < 2000 + tens else 2000) + tens
    return dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "year"


def _year_range(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    first = int(m.group("y"))
    last = int(m.group("y2")) if m.group("y2") else first // 100 * 100 + int(m.group("yy"))
    if not first < last <= first + 50:
        return None
    return dt.date(first, 1, 1), dt.date(last, 12, 31), "year"


def _year(m: regex.Match[str], doc: Document, published: dt.date | None) -> Resolved | None:
    year = int(m.group("y"))
    if _before_street(doc.text, m.end()):
        return None  # "1907 Oakmere Drive": a house number
    if not (m.group("mod") or m.group("fiscal") or m.group("prep")) and (
        (year < 1900 and not _after_of(doc.text, m)) or _looks_like_count(doc.text, m)
    ):
        return None  # "1500 troops"; not "the summer of 1898"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


_RESOLVERS: tuple[tuple[str, Resolver], ...] = (
    ("iso", _iso),
    ("numeric", _numeric),
    ("dmy", _day_month),
    ("mdy", _day_month),
    ("monthyear", _month_year),
    ("month", _month),
    ("quarter", _quarter),
    ("weekday", _weekday),
    ("relday", _relative_day),
    ("rolling", _rolling),
    ("period", _period),
    ("weekend", _weekend),
    ("edge", _edge),
    ("ago", _ago),
    ("decade", _decade),
    ("yrange", _year_range),
    ("year", _year),
)


def _day_after(doc: Document, at: int, lead: str, published: dt.date | None) -> dt.date | None:
    """The day a day-and-month after ``at`` and ``lead`` names ("ended Nov. 3", "(Oct. 28)"), if any."""
    opening = _re(lead).match(doc.text, at, at + 12)
    if opening is None:
        return None
    found = _pattern().match(doc.text, opening.end())
    if found is None or not (found.group("mdy") or found.group("dmy")):
        return None
    resolved = _day_month(found, doc, published)
    return resolved[0] if resolved else None


def _is_day(m: regex.Match[str]) -> bool:
    return any(m.group(kind) is not None for kind in ("iso", "numeric", "dmy", "mdy", "weekday", "relday"))


# --- context ----------------------------------------------------------------------------------

PREPOSITIONS = frozenset(
    "in on since until till by from during before after through throughout between and or to of "
    "last this next early mid late".split()
)
QUANTITY_WORDS = frozenset("about around nearly almost some roughly approximately over than least".split())


@cache
def _re(source: str) -> regex.Pattern[str]:
    """A small pattern compiled once, on first use (``regex.search(source, ...)`` looks it up every call)."""
    return regex.compile(source)


def _after_preposition(text: str, at: int) -> bool:
    """Whether the word before ``at`` is a preposition ("since March"), which makes a bare month a date."""
    before = _re(r"(\p{L}+)[\s-]+$").search(text[max(0, at - 20) : at])
    return bool(before) and before.group(1).lower() in PREPOSITIONS


def _after_the(text: str, at: int) -> bool:
    """Whether "the" comes just before ``at``, mid-sentence ("from the March high")."""
    return bool(_re(r"(?<!\p{L})the\s+$").search(text, max(0, at - 5), at))


def _after_of(text: str, m: regex.Match[str]) -> bool:
    """Whether a year follows "of" and no lower-case word follows it ("the summer of 1898,")."""
    return bool(_re(r"(?<!\p{L})of\s+$").search(text, max(0, m.start() - 4), m.start())) and not _re(
        r"\s+\p{Ll}"
    ).match(text, m.end(), m.end() + 3)


def _next_word(text: str, at: int) -> str:
    """The lower-cased word just after ``at`` past white space ("" when none)."""
    found = _re(r"\s+(\p{L}+)").match(text, at, at + 40)
    return found.group(1).lower() if found else ""


def _before_street(text: str, at: int) -> bool:
    """Whether capitalised words ending in a street word follow ``at`` ("1907 Oakmere Drive")."""
    found = _re(r"(?:\s+(?:[NSEW]\.|\p{Lu}\p{L}*)){1,3}").match(text, at, at + 60)
    if found is None:
        return False
    words = LETTERS_RE.findall(found.group())
    return len(words) > 1 and words[-1].lower() in lexicons.words("figure_streets")


def _in_title(text: str, at: int) -> bool:
    """Whether ``at`` follows a capitalised word and "of" ("the World of Tomorrow"): a title."""
    return bool(_re(r"\p{Lu}\p{L}*\s+of\s+(?:the\s+)?$").search(text, max(0, at - 40), at))


def _after_name(doc: Document, at: int) -> bool:
    """Whether a capitalised word inside the sentence comes just before ``at`` (a name goes on)."""
    sentence_start, _ = doc.sentence_at(at)
    before = _re(r"(\p{Lu}[\p{L}.]*)\s+$").search(doc.text[max(sentence_start, at - 30) : at])
    return bool(before) and before.start(1) + max(sentence_start, at - 30) > sentence_start


def _looks_like_count(text: str, m: regex.Match[str]) -> bool:
    """A year-shaped number used as a count: "about 2000 people"."""
    before = _re(r"(\p{L}+)\s+$").search(text[max(0, m.start() - 20) : m.start()])
    after = _re(r"\s+\p{Ll}").match(text[m.end() : m.end() + 3])
    if _re(r"\s*(?:[-–]|to|through|and)\s*(?:1[5-9]|20)\d\d(?!\d)").match(text, m.end(), m.end() + 12):
        return False  # "at least 2002 to 2005": a range of years
    if text[max(0, m.start() - 1) : m.start()] in ("$", "£", "€", "#"):
        return True
    return bool(before and after and before.group(1).lower() in QUANTITY_WORDS)


def _tense(doc: Document, m: regex.Match[str], *, speech: str = "past") -> str | None:
    """Whether the clause speaks of the "future", the "past" or a "plan" (None when it does not say).

    A plan ("had planned to", "was slated to", "as planned") may lie either way:
    its date is the nearest occurrence. A speech verb ("said") counts as ``speech``,
    "past" unless told otherwise.

    The words just before it count first ("will meet on Friday", "said on
    Monday"); then the words just after it when it opens a clause ("On Friday,
    the council will vote").
    """
    text = doc.text
    start, end = m.start(), m.end()
    sentence_start, sentence_end = doc.sentence_at(start)
    cues = _cue_pattern()
    before = None
    for cue in cues.finditer(text, max(sentence_start, start - 60), start):
        kind = cue.lastgroup
        if kind == "stop":
            before = None
        elif kind == "schedule" and _after_determiner(text, cue.start()):
            continue  # "the play", "Trump's visits"
        elif kind == "past" and _re(r"\bbe\s+$").search(text[max(0, cue.start() - 4) : cue.start()]):
            continue  # "will be made Thursday": a passive keeps the future
        else:
            before = {"future": "future", "schedule": "future", "plan": "plan", "speech": speech}.get(
                kind or "", "past"
            )
    if before:
        return before
    for cue in cues.finditer(text, end, min(max(sentence_end, end), end + 50)):
        if cue.lastgroup == "schedule" and _after_determiner(text, cue.start()):
            continue
        return {"stop": None, "future": "future", "schedule": "future", "plan": "plan", "speech": speech}.get(
            cue.lastgroup or "stop", "past"
        )
    return None


def _after_determiner(text: str, at: int) -> bool:
    """Whether a determiner, a possessive or "to" comes just before ``at`` ("the play", "to host")."""
    before = r"(?:(?<!\p{L})(?:a|an|the|to|into|of|this|that|its|their|his|her)|\p{L}['’]s)\s+$"
    return bool(_re(before).search(text, max(0, at - 8), at))


def _in_game(doc: Document, m: regex.Match[str]) -> bool:
    """Whether the sentence speaks of a game, where quarters are periods of play."""
    sentence_start, sentence_end = doc.sentence_at(m.start())
    words = _re(r"\p{L}+").findall(doc.text[sentence_start:sentence_end].lower())
    return not lexicons.words("game_words").isdisjoint(words)


# --- calendar arithmetic ----------------------------------------------------------------------


def _nearest(
    occurrence: Callable[[int], Period | None],
    published: dt.date,
    year: int,
    tense: str | None,
    *,
    soon: bool = True,
) -> Period | tuple[None, None]:
    """The occurrence a reader means: past by default, ahead with future context.

    With ``soon`` (a day and month: "the election on 12 December") also ahead when
    that is within two months and the one behind most of a year ago.
    """
    behind = _latest(occurrence, published, year, future=False)
    ahead = _latest(occurrence, published, year, future=True)
    if tense == "future" or behind == (None, None):
        return ahead
    if tense == "plan" and ahead[0] is not None and behind[0] is not None:
        return ahead if ahead[0] - published < published - behind[1] else behind
    if tense == "past" or ahead == (None, None) or ahead[0] is None or behind[0] is None:
        return behind
    if soon and (ahead[0] - published).days <= 62 and (published - behind[0]).days > 270:
        return ahead  # "the election on 12 December" in late November
    return behind


def _latest(
    occurrence: Callable[[int], Period | None], published: dt.date, year: int, future: bool
) -> Period | tuple[None, None]:
    """The latest occurrence starting on or before ``published``.

    With ``future``, the first occurrence ending on or after it instead.
    """
    years = range(year - 1, year + 6) if future else range(year + 1, year - 6, -1)
    for candidate in years:
        found = occurrence(candidate)
        if found is None:
            continue
        if (found[1] >= published) if future else (found[0] <= published):
            return found
    return None, None


def _unit_span(day: dt.date, unit: str, step: int) -> Period:
    """The week, month, quarter, year or decade holding ``day``, moved by ``step`` units."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=7 * step)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        index = day.year * 12 + day.month - 1 + step
        return _month_span(index // 12, index % 12 + 1)
    if unit == "quarter":
        index = day.year * 4 + (day.month - 1) // 3 + step
        return _quarter_span(index // 4, index % 4 + 1)
    if unit == "decade":
        first = day.year // 10 * 10 + 10 * step
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    return dt.date(day.year + step, 1, 1), dt.date(day.year + step, 12, 31)


def _shift(day: dt.date, unit: str, count: int) -> dt.date:
    """``day`` moved by ``count`` days, weeks, months or years (month ends clamp)."""
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    months = count * (12 if unit == "year" else 1)
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, _days_in(year, month)))


def _month_span(year: int, month: int) -> Period:
    return dt.date(year, month, 1), dt.date(year, month, _days_in(year, month))


def _quarter_span(year: int, quarter: int) -> Period:
    first = 3 * quarter - 2
    return dt.date(year, first, 1), _month_span(year, first + 2)[1]


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _date(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and 1 <= day <= _days_in(year, month) and 1 <= year <= 9999:
        return dt.date(year, month, day)
    return None


def _full_year(digits: str) -> int:
    """A year from four digits, or from two (00-49 are 2000s, 50-99 are 1900s)."""
    value = int(digits)
    if len(digits) > 2:
        return value
    return 2000 + value if value < 50 else 1900 + value


def _count(word: str) -> int:
    return int(word) if word.isdigit() else int(lexicons.table("period_counts")[_norm(word)])


def _norm(word: str) -> str:
    return _re(r"[\s-]+").sub("-", word.lower()).rstrip(".")


def _month_number(word: str) -> int:
    return int(lexicons.table("months")[_norm(word)])


def _month_ok(word: str, *, with_day: bool) -> bool:
    """Whether a month word is one: "May" and "March" only with a capital (not "may", "the march")."""
    return _norm(word) not in AMBIGUOUS_MONTHS or word[0].isupper()
