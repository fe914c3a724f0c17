"""Figures: numbers the article states, with qualifier, unit and what they count.

Scope: counts ("207 of its staff", "two people"), money ("$5bn", "£300,000",
"5 million euros"), percentages ("12%", "12 per cent"), fractions ("a third",
"two-thirds", "eight out of ten"), measures and durations with an explicit
number ("three-hour meeting", "40km", "six months"), ages ("48-year-old",
"Smith, 52,"), scores ("6-4", "7-6 (5)") and ranges ("between 30 and 40",
"$40-50 billion"). Each figure's span holds its qualifier and currency symbol
("more than $3 billion"); ``counts`` is the span of the counted noun after it.

Qualifiers are the words written before the number (``figure_qualifiers``):
"a maximum of" bounds from above, "a minimum of" from below. A few verbs of
crossing a threshold count as qualifiers too, although GUIDELINES attaches
qualifiers to the number and a verb is borderline: "has passed 20,000",
"surpassed", "has topped" give ``lower_bound``, "has fallen below" gives
``upper_bound``; "passed" only with an auxiliary and only when no counted
noun follows ("has passed 200 bills" is an exact count, span without the verb).
"over" with a count of time or play ("over three days", "over two spells")
means during: ``exact``. "by 30 to 126" is a change and a level: two figures.

One ``finditer`` of :func:`figure_re` over the text finds candidates; cheap
context checks then drop what is not a quantity: years, dates ("7 October",
"Nov. 18"), times of day ("7:30", "3pm"), ordinals ("21st"), labels and
identifiers ("Covid-19", "G7", "Article 5", "Boeing 737"), and "one" as a
pronoun ("one of the", "no one").

Deliberately misses: vague quantities ("dozens", "several", "a dozen",
"hundreds of"), numbers split from their qualifier by other words ("above age
6 months"), mixed fractions ("2 1/2"), roman numerals, numbers written with
spaces as thousands separators ("40 000"), and a year used as a count
("1999 people").
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

import regex

from .. import lexicons
from ..document import Document
from ..models import Figure, Qualifier, Span

__all__ = ["figure_re", "find_figures"]

# Grammar sketch (one alternation per construct; see figure_re):
#
#   figure   := lead? money_or_number range? unit? post_qualifier?
#   lead     := "between" | QUALIFIER
#   number   := CURRENCY? (digits | words | fraction) SCALE?
#   range    := ("-" | "to" | "and" after "between") CURRENCY? number SCALE? tiebreak?
#   unit     := "%" | "per cent" | UNIT | CURRENCY_WORD
#
# Everything that is not a quantity is rejected afterwards by context checks.

DIGITS_FRAG = r"""
    (?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)        # 1,200   or 1200
    (?:\.\d+)?                              # decimals: 2.3
  | \.\d+                                   # .5
"""

FRACTION_NAMES = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}

# Plurals without "-s" that head a counted noun phrase ("2,000 people").
IRREGULAR_PLURALS = frozenset({"children", "men", "people", "women"})
# Words ending in "-s" that are no plurals ("news", "bus", "analysis").
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "gas", "news", "series", "species")

# Endings of capitalised plurals ("Republicans", "Democrats", "Baptists", "Israelites").
PROPER_PLURAL_ENDINGS = ("ans", "ats", "ists", "ites")  # not "-ers": "Sanders", "Rogers"
COUNTS_MAX_WORDS = 7

DURATIONS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"}
)

EMERGENCY_NUMBERS = frozenset({"911", "999"})
EXACT_ONE = frozenset({"only"})

QUALIFIER_ORDER: dict[str, Qualifier] = {
    "approximate": "approximate",
    "exact": "exact",
    "lower_bound": "lower_bound",
    "upper_bound": "upper_bound",
    "range": "range",
}


# A figure never starts inside a word ("Covid-19", "G7") or a date/ratio ("9/11").
BOUNDARY_FRAG = r"(?<![\p{L}\p{N}_]|[\p{L}\p{N}][\-‐./:,]|[\-‐/][\p{N}])"

# Words the grammar itself starts a figure with, besides the lexicons' first words.
GRAMMAR_FIRST_WORDS = ("a", "between", "half")


# Context patterns for the checks after a candidate matched (see _re).
LETTERS_FRAG = r"\p{L}+"
PIECES_FRAG = r"[\s\-]+"  # "twenty-five", "two thirds"
# (?r): fragments that end at "$" search backwards from the end, in one attempt
WORD_BEFORE_FRAG = r"(?r)([\p{L}.’']+)\s*$"
WORD_AFTER_FRAG = r"[\s\-]*([\p{L}][\p{L}’'\-]*)"
GLUED_AFTER_FRAG = r"[:/\-–]\d|\.\d|\^|\(\p{L}\)"  # "7:30", "555-1234", "10^5", "401(k)"
CLOCK_AFTER_FRAG = r"(?i)\s?(?:[ap]\.?m\b|o[’']clock|gmt\b|bst\b|utc\b|e[sd]?t\b|p[sd]t\b)"
LABEL_AFTER_FRAG = r"[.)]\s"  # "2. Never urged ..."
COLON_AFTER_FRAG = r":\s"  # "Two: the money has run out"
NUMBER_AFTER_FRAG = r"\s\d"  # "nine 10 games"
MODEL_AFTER_FRAG = r"\s\d+((?:\s+\p{Lu}[\p{L}’']*)+)"  # "400 737 Max jets": a model after a count
COMMA_BEFORE_FRAG = r"(?r),\s*$"
SCALE_ONLY_FRAG = r"(?:hundred|thousand|million|billion|trillion|dozen)\b"
YEAR_FRAG = r"\d{4}"
NAME_COMMA_BEFORE_FRAG = r"(?r)\p{Lu}[\p{L}.’']*,\s*$"  # "Smith, " before an age
AGE_CLOSE_FRAG = r"\s*[,)]"
# up to four capitalised words after a house number: "3170 W. County Road", "86 Gansevoort St."
ADDRESS_AFTER_FRAG = r"(?:\s+\p{Lu}[\p{L}’']*\.?){1,4}"
COUNTS_LEAD_FRAG = r"\s+(?:of\s+(?:its|the|their|his|her|our|those|these)\s+)?"
# a word ending in a letter ("step" of "two-step'"), not an abbreviation ("e.v.", "cu.ft.", "U.S.")
COUNTS_WORD_FRAG = r"\G\s*((?>\p{L}(?:[\p{L}’'\-]*\p{L})?)(?!\.\p{L}))"
GLUED_WORD_FRAG = r"[\-‐]((?>[\p{Ll}](?:[\p{L}’'\-]*\p{L})?)(?!\.\p{L}))"  # "16-point lead": "point"


@cache
def _re(fragment: str) -> regex.Pattern[str]:
    """A context pattern compiled once: module-level ``regex.match(string, ...)`` recompiles every call."""
    return regex.compile(fragment)


def _spaced(raw: str) -> str:
    """Lower-cased with white-space runs as one space, the form lexicon keys have."""
    return " ".join(raw.lower().split())


def _alternation(keys: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any white space."""
    phrases = sorted(set(keys), key=lambda k: (-len(k), k))
    return "|".join(r"\s+".join(regex.escape(part) for part in p.split()) for p in phrases)


def _choice(name: str, keys: Iterable[str], lists: dict[str, list[str]]) -> str:
    """Phrases as a pattern: multi-word ones as an alternation, then one-word ones as ``\\L<name>``.

    A named list is one set lookup in the regex engine where an alternation tries
    every branch, case-folded; both try longer phrases first, so the matches are
    those of one alternation. The list is added to ``lists`` for ``regex.compile``.
    """
    phrases = set(keys)
    lists[name] = sorted(p for p in phrases if " " not in p)
    multi = [p for p in phrases if " " in p]
    return "|".join([*([_alternation(multi)] if multi else []), rf"\L<{name}>"])


@cache
def figure_re() -> regex.Pattern[str]:
    """The compiled candidate pattern, built from the lexicons on first use."""
    lists: dict[str, list[str]] = {}
    table = lexicons.table("number_words")
    words = _choice("words", table, lists)
    units_words = _choice("units_words", (k for k, v in table.items() if float(v) < 10), lists)
    tens = _choice("tens", (k for k, v in table.items() if 20 <= float(v) < 100), lists)
    small = _choice("small", (k for k, v in table.items() if float(v) < 100 and k != "dozen"), lists)
    big_keys = [k for k, v in table.items() if float(v) >= 100 or k == "dozen"]
    big = _choice("big", big_keys, lists)
    big_behind = _alternation(big_keys)  # in a lookbehind: a plain alternation
    scales = _choice("scales", lexicons.table("scales"), lists)
    scale_words = _choice("scale_words", (k for k in lexicons.table("scales") if len(k) > 2), lists)
    currencies = lexicons.table("currencies")
    cur_pre = _choice("cur_pre", _prefix_currencies(), lists)
    cur_words = _choice("cur_words", (k for k in currencies if k.isalpha() and len(k) > 3 or " " in k), lists)
    units = _choice("units", lexicons.table("units"), lists)
    quals = _choice("quals", lexicons.table("figure_qualifiers"), lists)
    fractions = _choice("fractions", FRACTION_NAMES, lists)
    group = rf"""(?:
            \b(?:(?:{tens})[\s\-](?:{units_words})|{small})\b(?:[\s\-](?:{big})\b)*  # "twenty five thousand"
          | \b(?:{big})\b(?:[\s\-](?:{big})\b)*                  # "hundred", "million"
        )"""
    number = rf"""
        (?:
            (?:{DIGITS_FRAG})
          | (?:\ba\s+(?=(?:{scale_words})\b))?                # "a million", not "a dozen"
            {group}                                             # "twenty-five", "three hundred"
            (?:(?<=(?:{big_behind}))(?:\s+and\s+|[\s\-])(?:{group}))*   # "... and six"
        )
    """
    fraction = rf"""
        \b(?:a|one|two|three|four|five|six|seven|eight|nine)[\s\-]+(?:{fractions})\b  # "a third"
      | \bhalf\b                                                  # "half of"
    """
    pattern = rf"""
    {BOUNDARY_FRAG}                                              # not inside a word, "Covid-19", "9/11"
    (?:
        (?P<btw>\bbetween\s+)                                    # "between 30 and 40"
      | (?P<qual>\b(?:{quals}))\s+(?:a\s+(?=\p{{Sc}}))?             # "more than", "about", "up to a $"
    )?
    (?:(?P<cur>{cur_pre})\s?)?                                   # "$", "£", "US$", "Rs "
    (?:
        (?(qual)(?P<times>\bonce\b|\btwice\b)|(?!))               # "just once"
      | (?P<ratio>(?P<rn>\d+|\b(?:{words})\b)\s+out\s+of\s+(?P<rd>\d+|\b(?:{words})\b))  # "eight out of ten"
      | (?P<frac>{fraction})(?:\s+(?:a\s+)?(?P<fscale>{scale_words})\b)?   # "half a billion"
      | (?P<num>{number})
        (?:\s?(?P<scale>{scales})\b)?                            # "2.3 million", "$5bn"
        (?P<half>[\s\-]and[\s\-]a[\s\-]half\b)?                     # "five-and-a-half"
    )
    (?:
        (?P<u1>\s?%|[\s\-]?per\s?cent\b|\s?(?:{cur_words})\b|\s?(?:{units})(?![\p{{L}}]))?  # "30% to 40%"
        (?P<sep>
            (?(btw)\s+(?:and|to)\s+|\s+to\s+)                    # "between 30 and 40", "25 to 34"
          | \s?[\-–]\s?(?:to[\-–])?                              # "30-40", "6-4", "8-to-10"
        )
        (?:(?P<cur2>{cur_pre})\s?)?
        (?P<num2>{number})
        (?:\s?(?P<scale2>{scales})\b)?
        (?P<tiebreak>\s?\(\d{{1,2}}\))?                           # "7-6 (5)"
    )?
    (?:
        (?P<pct>\s?%|[\s\-]?per\s?cent\b|\s?pc\b)               # "12%", "12 per cent", "80-percent"
      | [\s\-]?(?P<curw>(?:{cur_words}))\b                       # "5 million euros"
      | [\s\-]?(?P<unit>(?:{units}))(?![\p{{L}}])                 # "40km", "three-hour"
    )?
    (?P<post>
        \s+or\s+(?:more|above|older|over|higher|greater|less|fewer|younger|under|below)\b  # "50 or more"
      | \s+and\s+(?:above|older|over|up|younger|under|below)\b    # "45 and older", "12 and under"
      | \+                                                         # "18+"
    )?
    """
    return regex.compile(pattern, regex.VERBOSE | regex.IGNORECASE, **lists)


def find_figures(doc: Document) -> list[Figure]:
    """Every figure in document order, ids f1, f2, ...; attribution and date left null.

    Args:
        doc: the parsed article.

    Returns:
        The figures, in order of their spans.

    >>> doc = Document.parse("Around 1,200 people died.")
    >>> [(f.span.text, f.value, f.qualifier) for f in find_figures(doc)]
    [('Around 1,200', 1200.0, 'approximate')]
    """
    out: list[Figure] = []
    for start, end, fields in _candidates(doc):
        text = doc.text
        counts = fields.pop("counts", None)
        out.append(
            Figure(
                id=f"f{len(out) + 1}",
                span=Span.of(text, start, end),
                counts=Span.of(text, *counts) if counts else None,
                **fields,
            )
        )
    return out


def _prefix_currencies() -> Iterator[str]:
    """Currency keys written before the number: symbols ("$", "US$") and codes ("EUR", "Rs")."""
    return (
        k
        for k in lexicons.table("currencies")
        if " " not in k and (not k.isalpha() or k.isupper() or len(k) <= 3)  # not "hong kong dollars"
    )


@cache
def _first_words() -> frozenset[str]:
    """The lower-cased letter runs a figure can start with ("more", "two", "us" of "US$")."""
    phrases = [
        *lexicons.table("number_words"),
        *lexicons.table("figure_qualifiers"),
        *_prefix_currencies(),
        *GRAMMAR_FIRST_WORDS,
    ]
    return frozenset(m.group() for p in phrases if (m := _re(LETTERS_FRAG).match(p)))


@cache
def _first_symbols() -> frozenset[str]:
    """The characters other than digits a figure can start with ("$", "£", "." of ".5")."""
    phrases = [*lexicons.table("figure_qualifiers"), *_prefix_currencies()]
    return frozenset({p[0] for p in phrases if not p[0].isalpha()} | {"."})


def _starts(doc: Document) -> Iterator[int]:
    """Offsets where a figure may start: tokens that begin with a digit, a symbol or a first word.

    A set lookup per token instead of trying the whole alternation at every
    character is what keeps the scan fast; the answer for a word is remembered.
    """
    may_start = _may_start
    return (token.start for token in doc.tokens if may_start(token.text))


@lru_cache(maxsize=1 << 16)
def _may_start(word: str) -> bool:
    """True for a token a figure can start with: "1,200", "$5bn", "twenty-five", "More"."""
    head = word[0]
    if head.isdigit() or head in _first_symbols():
        return True
    if not head.isalpha():
        return False
    lead = word if word.isalpha() else _re(LETTERS_FRAG).match(word).group()  # "twenty" of "twenty-five"
    return lead.lower() in _first_words()


def _candidates(doc: Document) -> Iterator[tuple[int, int, dict]]:
    """Matches of :func:`figure_re` at :func:`_starts`, judged, left to right without overlaps."""
    text = doc.text
    pattern = figure_re()
    done = 0
    for at in _starts(doc):
        if at < done:
            continue
        match = pattern.match(text, at)
        if match is not None:
            done = match.end()
            yield from _judge(doc, match)


def _number(raw: str) -> float | None:
    """The value of a numeral or of number words; None when it cannot be represented."""
    raw = raw.strip()
    if not raw:
        return None
    if raw[0].isdigit() or raw[0] == ".":
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            return None
        return value if math.isfinite(value) else None
    table = lexicons.table("number_words")
    total, current = 0.0, 0.0
    for word in _re(PIECES_FRAG).split(raw.lower()):
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1.0
            continue
        value = float(table[word])
        if word == "hundred" or word == "dozen":
            current = (current or 1.0) * value
        elif value >= 1000:
            total += (current or 1.0) * value
            current = 0.0
        else:
            current += value
    return total + current


def _scale(raw: str | None, *, money: bool) -> float | None:
    """The multiplier of a scale word; None when "m"/"b" follow a non-money number (metres)."""
    if not raw:
        return 1.0
    key = raw.lower()
    if key in ("m", "b") and not money:
        return None
    return float(lexicons.table("scales")[key])


def _word_before(text: str, start: int) -> str:
    match = _re(WORD_BEFORE_FRAG).search(text[max(0, start - 25) : start])
    return match.group(1) if match else ""


def _word_after(text: str, end: int) -> str:
    match = _re(WORD_AFTER_FRAG).match(text[end : end + 40])
    return match.group(1) if match else ""


def _judge(doc: Document, m: regex.Match[str]) -> Iterator[tuple[int, int, dict]]:
    """Turn one candidate into zero, one or two figures (a "from X to Y" pair)."""
    text = doc.text
    start, end = m.span()
    if _counting_off(text, m):
        return
    cur = m.group("cur") or m.group("cur2")
    currencies = lexicons.table("currencies")
    units = lexicons.table("units")
    unit: str | None = None
    if cur:
        unit = currencies.get(cur.strip().lower())
    if m.group("curw"):
        unit = currencies.get(_spaced(m.group("curw")))
    if m.group("u1"):
        unit = _first_unit(m)
    if m.group("pct"):
        unit = "percent"
    if m.group("unit"):
        unit = units.get(_spaced(m.group("unit")))
    money = bool(cur or m.group("curw"))

    qual_word = (m.group("qual") or "").lower()
    qualifier: Qualifier = "exact"
    if qual_word:
        qualifier = QUALIFIER_ORDER[lexicons.table("figure_qualifiers")[_spaced(qual_word)]]
    if qual_word == "over" and (unit in DURATIONS or _period_after(text, end)):
        qualifier = "exact"  # "over three days", "over two spells": during, not more than
    post = (m.group("post") or "").strip().lower()
    if post:
        qualifier = (
            "upper_bound"
            if post.split()[-1] in ("less", "fewer", "younger", "under", "below")
            else "lower_bound"
        )

    # the main value
    if m.group("times"):
        value: float | None = 1.0 if m.group("times").lower() == "once" else 2.0
    elif m.group("ratio"):
        num, den = _number(m.group("rn")), _number(m.group("rd"))
        if not num or not den or num > den:
            return
        value = round(num / den, 4)
    elif m.group("frac"):
        value = _fraction(m.group("frac"))
        if value is None or not _fraction_ok(doc, m, qual_word, unit):
            return
        if m.group("fscale"):
            value *= float(lexicons.table("scales")[m.group("fscale").lower()])
    else:
        raw = m.group("num")
        value = _number(raw)
        scale = _scale(m.group("scale"), money=money)
        if value is None:
            return
        if m.group("scale") == "K" and not money and len(raw) == 1 and m.start("scale") == m.end("num"):
            return  # "4K", "8K": a screen resolution
        if scale is None:  # "40m" without money: metres; "5b" is a label
            if m.group("scale").lower() != "m":
                return
            scale, unit = 1.0, "m"
        value *= scale
        if m.group("half"):
            value += 0.5 * scale
        if not _number_ok(doc, m, raw, value, unit, qual_word):
            return

    # a letter glued after the match ("21st", "3pm", "1e400") or a time/decimal after it
    if end < len(text) and (text[end].isalpha() or _re(GLUED_AFTER_FRAG).match(text, end, end + 3)):
        return  # "21st", "7:30", "555-1234", "10^5", "401(k)"
    if value is None or not math.isfinite(value):
        return

    fields: dict = {"value": value, "qualifier": qualifier, "unit": unit}
    if m.group("num2"):
        yield from _pair(doc, m, fields, money)
        return
    if unit is None and _is_age(doc, m):
        fields["unit"] = "year"
    if fields["unit"] is None:
        fields["counts"] = _counts(text, _model_after(text, end) or end, value)  # "400 737 Max jets": "jets"
        if fields["counts"] and qual_word.split()[-1:] == ["passed"] and not money:
            # "has passed 200 bills": the verb's object, a count; "has passed 20,000": a threshold
            start, fields["qualifier"] = m.start("num"), "exact"
    yield start, end, fields


def _pair(doc: Document, m: regex.Match[str], fields: dict, money: bool) -> Iterator[tuple[int, int, dict]]:
    """A match with two numbers: a score, a range, or two figures ("from 3 to 5")."""
    text = doc.text
    start, end = m.span()
    low = fields["value"]
    high = _number(m.group("num2"))
    if high is None or m.group("num") is None:
        return  # "more than half-dozen": a fraction joined to a number word is no pair
    scale2 = _scale(m.group("scale2"), money=money)
    if scale2 is None:
        scale2 = 1.0
    high *= scale2
    if not m.group("scale") and scale2 != 1.0 and low * scale2 <= high:
        low *= scale2  # "$40-50 billion"
        fields["value"] = low
    sep = m.group("sep").strip().lower()
    before = _word_before(text, start).lower()
    is_hyphen = sep in ("-", "–")
    plain = not (
        m.group("cur") or m.group("scale") or m.group("scale2") or fields["unit"]
    ) and "." not in m.group(0)
    short = len(m.group("num").strip()) <= 3 and len(m.group("num2")) <= 3
    if (
        is_hyphen
        and plain
        and not m.group("btw")
        and short
        and len(m.group("num").strip()) - len(m.group("num2")) <= 1
    ):
        after = _word_after(text, end).lower()
        score = (
            m.group("tiebreak")
            or low >= high
            or after in lexicons.words("score_words")
            or (
                before not in ("aged", "ages", "age", "from", "between")
                and (not after or after in lexicons.words("figure_stopwords"))
            )
        )
        if m.group("num")[0].isdigit() and m.group("num2")[0].isdigit() and score:
            yield start, end, {"value": low, "qualifier": "exact", "unit": None}
            return
    if m.group("tiebreak"):
        return
    if is_hyphen and plain and _digits(m.group("num")) - _digits(m.group("num2")) >= 2 and low > high:
        return  # "a 787-9", "the 747-8": a type with a variant suffix, no quantity
    first_unit = _first_unit(m) if m.group("u1") else fields["unit"]
    if before in ("from", "by") and sep == "to" or low >= high or first_unit != fields["unit"]:
        # two figures: "from 3 to 5 percent", "down by 30 to 126" (a change, then a level),
        # "three weeks to five years"
        first_end = m.end("u1") if m.group("u1") else m.end("scale") if m.group("scale") else m.end("num")
        first_start = m.end("btw") if m.group("btw") else start  # "between two weeks and three months"
        yield first_start, first_end, {**fields, "value": low, "unit": first_unit}
        yield (
            m.start("cur2") if m.group("cur2") else m.start("num2"),
            end,
            {**fields, "value": high, "qualifier": "exact"},
        )
        return
    unit = fields["unit"]
    if unit is None and before in ("aged", "ages", "age"):
        unit = "year"
    yield start, end, {"value": low, "low": low, "high": high, "qualifier": "range", "unit": unit}


def _digits(raw: str) -> int:
    """The number of digits in a numeral ("1,200" has 4); 0 for number words."""
    return sum(ch.isdigit() for ch in raw)


def _first_unit(m: regex.Match[str]) -> str | None:
    """The unit written after the first number of a pair: "weeks" of "three weeks to five years"."""
    first = _spaced(m.group("u1").strip(" -"))
    if first in ("%", "percent", "per cent"):
        return "percent"
    return lexicons.table("currencies").get(first) or lexicons.table("units").get(first)


def _fraction(raw: str) -> float | None:
    parts = _re(PIECES_FRAG).split(raw.strip().lower())
    if parts == ["half"]:
        return 0.5
    numerator = 1.0 if parts[0] == "a" else _number(parts[0])
    denominator = FRACTION_NAMES.get(parts[-1])
    if numerator is None or denominator is None:
        return None
    return round(numerator / denominator, 4)


def _fraction_ok(doc: Document, m: regex.Match[str], qual_word: str, unit: str | None) -> bool:
    """A fraction word is a quantity, not an ordinal ("a third term") or "second half"."""
    text = doc.text
    raw = m.group("frac").lower()
    before = _word_before(text, m.start()).lower()
    after = _word_after(text, m.end())
    if before in ("first", "second", "the", "last", "final", "other", "opening", "and"):
        return False  # "second half", "a year and a half"
    if m.group("fscale") or unit or qual_word or m.group("pct"):
        return True
    nxt = text[m.end() : m.end() + 1]
    if nxt == "-" and raw.endswith(("half", "quarter")):
        return after.lower().startswith("point")  # "a quarter-point", not "half-time"
    if raw.split()[-1].endswith("s") and raw.split()[0] != "a":
        return True  # "two-thirds"
    return not after or after.lower() in lexicons.words("figure_stopwords")


def _number_ok(
    doc: Document, m: regex.Match[str], raw: str, value: float, unit: str | None, qual_word: str
) -> bool:
    """Context checks that reject years, dates, times, labels and pronoun "one"."""
    text = doc.text
    start, end = m.start("num"), m.end()
    before = _word_before(text, m.start())
    low_before = before.lower()
    after = _word_after(text, end)
    low_after = after.lower().rstrip(".")
    digits = raw[0].isdigit() or raw[0] == "."
    measured = bool(unit or m.group("cur") or m.group("scale") or m.group("pct"))
    if not (measured or qual_word or m.group("num2")) and _re(COLON_AFTER_FRAG).match(text, end, end + 2):
        return False  # a list label: "Two: the money has run out"
    if not (measured or qual_word) and low_after in lexicons.words("figure_names"):
        return False  # "the 777 program", "the three amigos": part of a name
    months = lexicons.table("months")  # shared with dates.py
    if digits:
        if low_before.rstrip(".") in months and not measured:
            return False  # "October 7", "Nov. 18"
        if low_after in months and not measured and not m.group("num2"):
            return False  # "7 October"
        if _re(CLOCK_AFTER_FRAG).match(text[end : end + 9]):
            return False  # "3pm", "2 a.m.", "0100 GMT"
        if _re(LABEL_AFTER_FRAG).match(text, end, end + 2) and _paragraph_initial(doc, start):
            return False  # a list label: "2. Never urged ..."
        if raw in EMERGENCY_NUMBERS and not measured and not qual_word:
            return False  # "phoned 911"
        if text[max(0, start - 1) : start] in ("’", "'") and len(raw) == 2:
            return False  # "in ’91"
        if _re(NUMBER_AFTER_FRAG).match(text, end, end + 2) and not _model_after(text, end):
            return False  # "nine 10 games": a slip or a list of labels, not "400 737 Max jets"
        if not measured and after[:1].isupper() and _model_word(low_after):
            return False  # "the 787 Dreamliner", "737 Max jets": a model name
        if not measured and not qual_word and after[:1].isupper() and _street_after(text, end):
            return False  # "2134 Caldwell Place": a house number
        if _is_year(raw) and not measured and not qual_word:
            return False  # a year ("2023", "2019-20")
        if m.group("num2") and _is_year(m.group("num2")) and not measured:
            return False  # "from 2002 to 2005"
        if low_before in lexicons.words("figure_blockers") or text[max(0, m.start() - 1) : m.start()] == "#":
            return False
        if (
            before[:1].isupper()
            and not measured
            and not m.group("num2")
            and low_before not in lexicons.words("figure_stopwords")
            and low_before not in lexicons.table("figure_qualifiers")
            and not _sentence_initial(doc, text.rfind(before, 0, m.start()))
            and not _re(COMMA_BEFORE_FRAG).search(text[max(0, m.start() - 3) : m.start()])
            and not (before.endswith(("’s", "'s")) and not after[:1].isupper())  # "Ohio's 66 delegates"
        ):
            return False  # "Windows 11", "Fortune 500", "New York's 54 Below"
        return _compound_ok(text, end, after)
    # number words
    lowered = raw.strip().lower()
    if raw[:1].isupper() and not _sentence_initial(doc, start) and not qual_word:
        return False  # "the Big Ten", "the Three Amigos"
    if low_before in lexicons.words("figure_blockers") and (
        not after or low_after in lexicons.words("figure_stopwords")
    ):
        return False  # "the number eight is", "season two": a label, not "number nine times"
    if _re(SCALE_ONLY_FRAG).match(lowered):
        return False  # "several million", "a dozen": no number of them
    if lowered == "one":
        # "one" is a pronoun or determiner more often than a count: keep it
        # only with a qualifier ("only one") or a unit ("one night")
        return bool((qual_word or measured) and low_after != "of" or qual_word in EXACT_ONE)
    if _re(NUMBER_AFTER_FRAG).match(text, end, end + 2) and not _model_after(text, end):
        return False  # "nine 10 games", not "five 787 Dreamliner sales"
    return _compound_ok(text, end, after)


def _counting_off(text: str, m: regex.Match[str]) -> bool:
    """True for a number word followed by another it does not combine with: "one two three", "nine ten".

    The pattern has already joined the words that make one number ("twenty
    five", "two hundred"), so a number word left after it makes this one a
    count-off or a slip (the later word is kept, as with "nine 10 games"). A
    compound after it is fine: "two three-year-olds". Checked first, so that
    long runs of number words stay cheap.
    """
    raw = m.group("num")
    if not raw or not raw[0].isalpha():
        return False
    end = m.end()
    return text[end : end + 1].isspace() and _word_after(text, end).lower() in lexicons.table("number_words")


def _period_after(text: str, end: int) -> bool:
    """True when a stretch of time or play follows the number: "two spells", "three seasons"."""
    word = _word_after(text, end).lower()
    periods = lexicons.words("figure_periods")
    return word in periods or word.endswith("s") and word[:-1] in periods


def _model_after(text: str, end: int) -> int:
    """The end of a model name that follows a count ("400| 737 Max| jets"), or 0 when none does."""
    match = _re(MODEL_AFTER_FRAG).match(text, end, end + 60)
    if match is None or not _model_word(match.group(1).split()[0].lower()):
        return 0
    return match.end()


def _model_word(word: str) -> bool:
    """True for a word that names a model after its number ("Max", "Dreamliners")."""
    models = lexicons.words("figure_models")
    return word in models or word.endswith("s") and word[:-1] in models


def _street_after(text: str, end: int) -> bool:
    """True when a street word closes the capitalised words after a number ("2134 Caldwell Place")."""
    match = _re(ADDRESS_AFTER_FRAG).match(text, end, end + 60)
    if match is None:
        return False
    streets = lexicons.words("figure_streets")
    return any(word.strip(".").lower() in streets for word in match.group().split()[1:])


def _compound_ok(text: str, end: int, after: str) -> bool:
    """False for a compound name such as "a 3-pointer" or "a two-state solution"."""
    if text[end : end + 1] not in ("-", "‐"):
        return True
    return after.lower().split("-")[0] not in lexicons.words("figure_suffixes")


def _sentence_initial(doc: Document, offset: int) -> bool:
    """True when the word at ``offset`` starts its sentence (so it is capitalised by position)."""
    index = doc.sentence_index(offset)
    if offset < 0 or index < 0:
        return True
    start = doc.sentences[index][0]
    return not doc.text[start:offset].strip(" \"“‘'(")


def _is_year(raw: str) -> bool:
    """A four-digit numeral between 1000 and 2100: read as a year."""
    return bool(_re(YEAR_FRAG).fullmatch(raw.strip())) and 1000 <= int(raw) <= 2100


def _paragraph_initial(doc: Document, offset: int) -> bool:
    """True when ``offset`` starts its paragraph."""
    index = doc.paragraph_index(offset)
    return index >= 0 and doc.paragraphs[index][0] == offset


def _is_age(doc: Document, m: regex.Match[str]) -> bool:
    """ "Smith, 52, said" or "aged 26": an age in years."""
    text = doc.text
    raw = m.group("num") or ""
    if not raw.isdigit():
        return False
    before = _word_before(text, m.start()).lower()
    if before in ("aged", "age"):
        return True
    return bool(
        int(raw) < 120
        and _re(NAME_COMMA_BEFORE_FRAG).search(text[max(0, m.start() - 30) : m.start()])
        and _re(AGE_CLOSE_FRAG).match(text[m.end() : m.end() + 3])
    )


def _counts(text: str, end: int, value: float) -> tuple[int, int] | None:
    """The counted noun after a number: "people" in "40,000 people", "staff" in "207 of its staff".

    The phrase ends at a function word or adverb ("scripts still"), at a
    participle after its noun ("people killed"), and, for more than one, at its
    first plural ("sides continue", "studies show"). A word glued by a hyphen
    is the whole phrase ("16-point lead": "point"); a lone participle is a verb
    ("only two committed"), no noun.
    """
    glued = _re(GLUED_WORD_FRAG).match(text, end, end + 40)
    if glued is not None:
        return glued.span(1)
    stop = lexicons.words("figure_stopwords")
    window = text[end : end + 80]
    lead = _re(COUNTS_LEAD_FRAG).match(window)
    if lead is None:
        return None
    words = [  # a phrase is a few words (at most 25 characters) and one after it
        (w.start(1), w.end(1), w.group(1).lower())
        for w in itertools.islice(_re(COUNTS_WORD_FRAG).finditer(window, pos=lead.end()), COUNTS_MAX_WORDS)
    ]
    phrase: list[tuple[int, int, str]] = []
    headed = False
    for index, (first, last, low) in enumerate(words):
        if low in stop or phrase and _verb_after_noun(low, words[index + 1 : index + 2], stop):
            break  # "people killed": the noun, not the verb after it
        phrase.append((first, last, low))
        proper = window[first].isupper()
        if value != 1 and (_proper_plural(window[first:last]) if proper else _plural(low)):
            headed = True
            break  # "sides continue": the plural is the head
        if last - phrase[0][0] > 25:
            break
    if not headed:  # a capitalised word heads no phrase of its own: "12 Monday", "one Republican chamber"
        phrase = list(itertools.takewhile(lambda word: not window[word[0]].isupper(), phrase))
    if not phrase or len(phrase) == 1 and phrase[0][2].endswith(("ed", "ing")):
        return None
    return end + phrase[0][0], end + phrase[-1][1]


def _verb_after_noun(word: str, following: list[tuple[int, int, str]], stop: frozenset[str]) -> bool:
    """True for a participle that ends the phrase ("people killed"), not one before its noun
    ("randomly selected sites", "anti-doping organizations")."""
    if not word.endswith(("ed", "ing")):
        return False
    return not following or following[0][2] in stop or following[0][2].endswith(("ed", "ing"))


def _proper_plural(word: str) -> bool:
    """True for a capitalised plural: "Israelis", "Democrats", "MPs" (not "Texas", "Sanders")."""
    if not word.endswith("s") or word.endswith(("'s", "’s")):
        return False
    singular = word[:-1]
    return (
        singular.lower() in lexicons.table("demonyms")
        or singular.isupper()
        or word.endswith(PROPER_PLURAL_ENDINGS)
    )


def _plural(word: str) -> bool:
    """True for a plural noun: "sides", "studies", "people" (not "news" or "bus")."""
    if word.endswith(("'s", "’s")):
        return False  # "the state's delegates": a possessive before the head
    return word in IRREGULAR_PLURALS or word.endswith("s") and not word.endswith(NOT_PLURAL_ENDINGS)
