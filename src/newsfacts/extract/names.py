"""Proper names in an article, found and classified without a model.

Scope: one pass over :attr:`Document.tokens` joins runs of capitalised words
(with inner connectors such as "of", "for", "and", "&", "de", "van", "bin")
into candidate names, drops ordinary words capitalised only because they start
a sentence, strips honorifics ("Mr", "Dr") and capitalised titles ("Prime
Minister", "Zimbabwe President") into separate spans, and guesses each name's
kind from lexicons (countries, capitals, demonyms, places, organisations,
organisation words, first names). Every lookup is a set or dict lookup per
token, so the pass is linear in the text.

Deliberate misses: names written in lower case ("eBay" is found, "iPhone"
too, but "the fed" is not); names made only of ordinary words at the start of a
sentence ("Wild" as a team name opening a sentence); nested names are one name
("Bank of England" is not also England); bylines, photo credits and
"Support independent journalism" boilerplate are skipped, so the journalists
and outlets of the article are never names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

import regex

from .. import lexicons
from ..document import Document, Token

__all__ = ["Name", "find_names", "lookup_key"]

# Venue words that are also surnames: after a first name they end a person's name ("Anna Hall").
SURNAME_VENUES = frozenset({"bridge", "center", "centre", "field", "garden", "hall", "park"})
# Plurals for the members of a body, which end no name of it: "MCC Members", "Labour MPs".
MEMBER_NOUNS = frozenset(
    {"members", "fans", "supporters", "voters", "players", "workers", "residents", "lawmakers", "mps"}
)
# Lower-case words that may sit inside a name, between capitalised words.
PARTY_TAG_RE = regex.compile(r"[DRI]-\p{Lu}")
# Weekdays and months (but not those that are also names: May, June, August, March) end no name.
NAME_MONTHS = frozenset({"may", "june", "august", "march"})
PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "dos",
        "das",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
    }
)
OF_WORDS = frozenset({"of", "for", "on"})
CONNECTORS = PARTICLES | OF_WORDS | {"and", "&"}
COMPOUND_TAILS = frozenset(
    {
        "based",
        "backed",
        "led",
        "born",
        "area",
        "style",
        "era",
        "owned",
        "run",
        "made",
        "funded",
        "linked",
        "allied",
        "bound",
        "wide",
        "friendly",
        "specific",
        "related",
        "controlled",
        "affiliated",
        "aligned",
        "sponsored",
        "supported",
        "focused",
        "centric",
        "registered",
        "listed",
        "headquartered",
        "educated",
        "raised",
        "level",
        "class",
        "type",
        "like",
        "region",
        "bred",
        "grown",
        "ranked",
        "speaking",
        "leaning",
        "inspired",
        "themed",
        "sized",
        "weary",
        "free",
        "proof",
        "hit",
        "torn",
        "stricken",
        "hungry",
    }
)
ORDINARY_ENDINGS = ("ing", "ly", "ed", "ible", "able", "ness", "ment", "tion", "ful", "ous", "ive")
TRIM_WORDS = frozenset({"of", "and", "&", "for", "on", "the"}) | PARTICLES
# Nouns that turn a country, capital or demonym into its government: "Israeli authorities".
AUTHORITY_NOUNS = frozenset(
    {
        "authorities",
        "officials",
        "figures",
        "government",
        "forces",
        "military",
        "troops",
        "army",
        "media",
        "state",
        "ministry",
        "police",
        "leaders",
        "leadership",
        "negotiators",
        "diplomats",
        "data",
        "statistics",
    }
)
# Words after a capital that show it acts: "Washington has called", "Tehran's proposal".
ACTOR_VERBS = frozenset(
    {
        "said",
        "says",
        "say",
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "wants",
        "wanted",
        "accused",
        "accuses",
        "warned",
        "warns",
        "insists",
        "insisted",
        "announced",
        "announces",
        "told",
        "tells",
        "believes",
        "believed",
        "denied",
        "denies",
        "rejected",
        "rejects",
        "called",
        "calls",
        "urged",
        "urges",
        "demanded",
        "demands",
        "backed",
        "backs",
        "agreed",
        "claimed",
        "claims",
        "responded",
        "refused",
        "hopes",
        "hoped",
        "fears",
        "feared",
        "sees",
        "saw",
        "imposed",
        "threatened",
        "threatens",
        "blamed",
        "blames",
        "sent",
        "must",
        "should",
        "could",
        "may",
        "might",
        "did",
        "does",
        "also",
        "and",
    }
)
# Words between a noun and the name it is given: "a milestone called Key Decision Point C".
CALLING_WORDS = frozenset({"called", "dubbed", "named", "titled", "so-called"})
# Words after a noun for works that open a list of titles: "movies from 2001: A Space Odyssey to Alien".
WORK_LIST_OPENERS = frozenset({"from", "like", "including", "as"})
# Tokens that continue such a list between its capitalised titles.
WORK_LIST_GLUE = frozenset({",", ":", "to", "and", "or", "the", "of", "a", "an", "-", "–"})
# Prepositions before a capital that make it its government: "under Beijing", "ties with Washington".
CAPITAL_GOVERNS = frozenset({"under", "against", "with"})
LEGAL_ABBREVIATIONS = frozenset({"inc", "co", "corp", "ltd", "jr", "sr", "st", "bros", "no"})
# After these a word opens a sentence wherever they stand (a lone "-" is a spaced dash).
OPENER_MARKS = frozenset({"“", ":", "—", "–", "-"})
OPENING_MARKS = frozenset({"“", '"', "‘", "'", "(", "[", "«", "—", "–", "-", ":", "•", "*"})

# Capitalised words that start with a lower-case letter: "eBay", "al-Assad".
LOWER_CAP_RE = re.compile(r"\b(?:e[A-Z]|[ae]l-[A-Z])")
BOILERPLATE_RE = regex.compile(
    r"""
    ^\W*(?:
        support\s+(?:truly\s+)?independent       # donation appeals
      | photograph: | photo: | picture: | image:   # picture credits
      | (?:additional\s+)?reporting\s+by         # agency credits
      | editing\s+by | writing\s+by | compiled\s+by
      | sign\s+up | subscribe | read\s+more | related: | advertisement
      | by\s+\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*$   # a byline paragraph
      | follow\s+(?:\p{Lu}\S*\s+){1,4}on\s+(?:twitter|facebook|instagram)   # an author's account
    )
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE,  # "^": at any paragraph start
)
# A closing credit, the whole of a short paragraph: "Jane Doe contributed to this report."
CLOSING_CREDIT_RE = regex.compile(r"contributed\s+(?:to\s+this\s+report|reporting)\W*$", regex.MULTILINE)
INLINE_CREDIT_RE = regex.compile(
    r"(?:Photograph|Photo|Picture|Image|Illustration):[^\n]*|\((?:Reuters|AP|AFP|CNN|Bloomberg)\)"
)


class Name(NamedTuple):
    """One occurrence of a proper name.

    ``start``/``end`` cover the words naming it at this place (an honorific
    included: "Mr Blinken"); ``core_start`` where the name proper starts
    ("Blinken"). ``key`` is the merge key: the canonical name lower-cased for
    countries and their aliases, else the core name lower-cased. ``display``
    is the name to show (canonical for countries). ``title`` is the span of a
    role given with the name, if any. ``kind`` is one of person,
    organization, place, unknown, or "demonym" for a bare nationality
    adjective that names its country only if the country is named elsewhere.
    ``weak`` marks a word that opens a sentence and is never capitalised
    inside one: it names an actor only if the article names that actor
    otherwise ("Amnesty said" after "Amnesty International").
    """

    start: int
    end: int
    core_start: int
    kind: str
    key: str
    display: str
    honorific: bool = False
    title: tuple[int, int] | None = None
    words: tuple[str, ...] = ()
    weak: bool = False


@lru_cache(maxsize=1 << 16)  # the same few thousand names recur in every article
def lookup_key(text: str) -> str:
    """The lexicon key of a name: lower-cased, typographic apostrophes made plain."""
    return " ".join(text.replace("’", "'").replace("\u00a0", " ").lower().split())


def find_names(doc: Document) -> list[Name]:
    """Every proper name in the document, in text order.

    >>> doc = Document.parse("US secretary of state Antony Blinken met Mr Netanyahu in Tel Aviv.")
    >>> [(n.display, n.kind) for n in find_names(doc)]
    [('United States', 'place'), ('Antony Blinken', 'person'), ('Netanyahu', 'person'), ('Tel Aviv', 'place')]
    """
    return _Scanner(doc).scan()


def _is_cap(t: str) -> bool:
    c = t[0]
    if c.isupper():
        return True
    if len(t) > 3 and t[2] == "-" and t[:2] in ("al", "el") and t[3].isupper():
        return True
    return len(t) > 1 and c == "e" and t[1].isupper()  # eBay, eToro


@cache
def _lexicon() -> dict[str, frozenset[str]]:
    """The word sets of the scanner, loaded and derived once (its tables are read where used)."""
    return {
        "honorifics": lexicons.words("honorifics"),
        "titles": lexicons.words("titles"),
        "modifiers": lexicons.words("title_modifiers"),
        "org_words": lexicons.words("organization_words"),
        "org_heads": lexicons.words("organization_heads"),
        "orgs": lexicons.words("organizations"),
        "places": lexicons.words("places"),
        "first_names": lexicons.words("first_names"),
        "starters": lexicons.words("sentence_starters"),
        "events": lexicons.words("event_words"),
        "venues": lexicons.words("venue_words"),
        "peoples": lexicons.words("peoples"),
        "works": lexicons.words("works"),
        "work_nouns": lexicons.words("work_nouns"),
        "date_words": frozenset(
            w
            for w in lexicons.table("weekdays").keys() | lexicons.table("months").keys()
            if len(w) > 3 and w not in NAME_MONTHS
        ),
        "acronyms": frozenset(e.lower() for e in lexicons.entries("organizations") if e.isupper()),
        # every key _known() accepts, in one set: one lookup instead of five
        "known": frozenset().union(
            lexicons.table("countries"),
            lexicons.words("places"),
            lexicons.words("organizations"),
            lexicons.table("demonyms"),
            lexicons.table("capitals"),
        ),
    }


class _Scanner:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks = doc.tokens
        self.texts = list(map(itemgetter(2), doc.tokens))
        lex = _lexicon()
        self.honorifics = lex["honorifics"]
        self.titles = lex["titles"]
        self.modifiers = lex["modifiers"]
        self.org_words = lex["org_words"]
        self.org_heads = lex["org_heads"]
        self.orgs = lex["orgs"]
        self.countries = lexicons.table("countries")  # tables: name -> canonical country
        self.demonyms = lexicons.table("demonyms")
        self.capitals = lexicons.table("capitals")
        self.places = lex["places"]
        self.first_names = lex["first_names"]
        self.starters = lex["starters"]
        self.events = lex["events"]
        self.venues = lex["venues"]
        self.peoples = lex["peoples"]
        self.works = lex["works"]
        self.work_nouns = lex["work_nouns"]
        self.date_words = lex["date_words"]
        self.acronyms = lex["acronyms"]
        self.known = lex["known"]
        self._headlines: dict[int, bool] = {}
        self._classified: dict[tuple[str, bool], tuple[str, str, str]] = {}
        self._governing: set[str] = set()  # capitals standing for their country: "under Beijing"
        self.words = frozenset(self.texts)  # "first in self.words": the word occurs in lower case
        self.skipped = self._skipped_regions()
        self.sentence_starts = frozenset(s for s, _ in doc.sentences) | frozenset(
            s for s, _ in doc.paragraphs
        )

    # ------------------------------------------------------------ regions
    def _skipped_regions(self) -> list[tuple[int, int]]:
        out = []
        for start, end in self.doc.paragraphs:
            if BOILERPLATE_RE.match(self.text, start, end) or (
                end - start < 200 and CLOSING_CREDIT_RE.search(self.text, start, end)
            ):
                out.append((start, end))
            else:
                out.extend(m.span() for m in INLINE_CREDIT_RE.finditer(self.text, start, end))
        return out

    def _in_skipped(self, offset: int, starts: list[int]) -> bool:
        i = bisect_right(starts, offset) - 1
        return i >= 0 and offset < self.skipped[i][1]

    # ------------------------------------------------------------ scanning
    def scan(self) -> list[Name]:
        toks, texts = self.toks, self.texts
        skip_starts = [s for s, _ in self.skipped]
        # only capitalised tokens can start a name: find them once, then work on those alone
        caps = self._capitalised()
        openers = self._sentence_openers()
        first = {i: i in openers for i in caps}
        # words capitalised on their own inside a sentence ("Deep Space Systems" does not make "Space" one)
        capset = frozenset(caps)
        self._mid_texts = {
            texts[i] for i in caps if i not in openers and i - 1 not in capset and i + 1 not in capset
        }
        self._mid_caps: frozenset[str] | None = None
        names: list[Name] = []
        things: set[str] = set()  # names of works and products: "the Orion spacecraft"
        j = list_end = 0
        for i in caps:
            if i < j or (self.skipped and self._in_skipped(toks[i].start, skip_starts)):
                continue
            j = self._extend(i)
            if j == i + 1 and self._plain_word(texts[i]):
                continue  # the commonest run by far: "The", "But", "In" alone
            if j == i + 1 and not first[i] and texts[i].isalpha():
                found = self._analyse_word(i)
            else:
                found = self._analyse(list(toks[i:j]), first[i], j)
            if found and i >= list_end and self._work_list(i):
                list_end = self._work_list_end(i)
            if found and (i < list_end or self._work_follows(i, j)):
                things.update(n.key for n in found if not n.honorific and n.title is None)
            names.extend(found)
        if things:
            people = {n.words[-1] for n in names if n.kind == "person" and n.words[0] in self.first_names}
            people |= {n.key for n in names if n.kind == "person" and n.words[0] in self.first_names}
            things -= {k for k in things if self._known(k) or k in people}
            # "Commercial Lunar Payload Services (CLPS) program": the full name goes with its acronym
            things |= {n.key for n in names if len(n.words) > 2 and "".join(w[0] for w in n.words) in things}
            # "Key Decision Point C (KDP-C)": the acronym goes with its full name
            initials = {"".join(w[0] for w in k.split()) for k in things if " " in k}
            things |= {n.key for n in names if len(n.words) == 1 and n.key.replace("-", "") in initials}
        if self._governing:  # "under Beijing" somewhere: its other mentions name the country too
            names = [self._as_country(n) if n.key in self._governing else n for n in names]
        return [n for n in names if n.key not in things and n.key not in self.works]

    def _as_country(self, n: Name) -> Name:
        """A capital's mention as its country ("in Beijing" where "under Beijing" names China)."""
        canon = self.capitals[n.key]
        return n._replace(kind="place", key=canon.lower(), display=canon, words=tuple(canon.lower().split()))

    def _work_list(self, i: int) -> bool:
        """Whether token ``i`` opens a list of titles after a noun for works: "movies like Alien"."""
        texts = self.texts
        while i > 2 and (texts[i - 1] == ":" or texts[i - 1].isdigit()):
            i -= 1  # "from 2001: A Space Odyssey"
        if i < 2 or texts[i - 1].lower() not in WORK_LIST_OPENERS:
            return False
        such = texts[i - 1].lower() == "as" and texts[i - 2].lower() == "such"
        if texts[i - 1].lower() == "as" and not such:
            return False  # "as" alone: "known as", "served as"
        k = i - 3 if such else i - 2
        noun = texts[k].lower() if k >= 0 else ""
        return noun in self.work_nouns or (noun.endswith("s") and noun[:-1] in self.work_nouns)

    def _work_list_end(self, i: int) -> int:
        """The end (token index) of a list of titles from token ``i``: capitalised words, numbers, glue."""
        texts, toks = self.texts, self.toks
        k = i
        while k < len(texts):
            t = texts[k]
            if not (t[:1].isupper() or t[:1].isdigit() or t.lower() in WORK_LIST_GLUE):
                break
            if k > i and toks[k].start - toks[k - 1].end > 1:
                break  # a line break or a gap: the list is over
            k += 1
        return k

    def _work_follows(self, i: int, j: int) -> bool:
        """Whether a noun naming a thing follows a name after "the": "the Orion spacecraft"."""
        texts, toks = self.texts, self.toks
        if i > 1 and texts[i - 1].lower() in CALLING_WORDS and texts[i - 2].lower() in self.work_nouns:
            return True  # "a milestone called Key Decision Point C"
        if i > 1 and texts[i - 1].lower() == "so-called":
            i -= 1  # "the so-called Excalibur portfolio"
        if (
            i == 0
            or texts[i - 1].lower() not in ("the", "a", "an", "its", "their")
            and not _possessive(texts[i - 1])
        ):
            return False
        for k in (j, j + 1):
            if k >= len(texts) or not self._joined(toks[k - 1], toks[k]) or not texts[k].islower():
                return False
            if texts[k] in self.work_nouns:
                return True
        return False

    def _capitalised(self) -> list[int]:
        """The indices of the capitalised tokens ("Trump", "eBay", "al-Assad"), by C-level passes."""
        texts = self.texts
        caps = list(compress(range(len(texts)), map(str.isupper, map(itemgetter(0), texts))))
        starts = self.doc._token_starts
        extra = []
        for m in LOWER_CAP_RE.finditer(self.text):
            i = bisect_left(starts, m.start())
            if i < len(starts) and starts[i] == m.start() and _is_cap(texts[i]):
                extra.append(i)
        return sorted(caps + extra) if extra else caps

    def _plain_word(self, t: str) -> bool:
        """Whether one capitalised word is an ordinary word that names nothing on its own ("The", "But")."""
        if not t.isalpha():
            return False
        key = t.lower()
        return key in self.starters and not self._known(key)

    def _sentence_openers(self) -> set[int]:
        """The tokens that open a sentence: its first token, any after an opening quote mark or dash
        at its start, and any after "“", ":" or "—"."""
        texts, n = self.texts, len(self.texts)
        starts = self.doc._token_starts
        out = {0} if n else set()
        for offset in self.sentence_starts:
            i = bisect_left(starts, offset)
            if i < n and starts[i] == offset:
                out.add(i)
        out.update(i + 1 for i in compress(range(n - 1), map(OPENER_MARKS.__contains__, texts)))
        for i in sorted(out):  # an opening mark at a sentence start passes it on: "“But", "(The"
            while i + 1 < n and texts[i] in OPENING_MARKS and i + 1 not in out:
                out.add(i + 1)
                i += 1
        return out

    def mid_caps(self) -> frozenset[str]:
        """The words capitalised somewhere inside a sentence, as lexicon keys."""
        if self._mid_caps is None:
            self._mid_caps = frozenset(_word_key(t) for t in self._mid_texts)
        return self._mid_caps

    def _joined(self, a: Token, b: Token) -> bool:
        """Whether b follows a after exactly one space (no line break, no punctuation)."""
        return b.start == a.end + 1 and self.text[a.end] in " \u00a0"

    def _extend(self, i: int) -> int:
        """The end (exclusive token index) of the capitalised run starting at token i."""
        toks, n = self.toks, len(self.toks)
        j = i + 1
        last = toks[i]
        if j == n or self._ends_at(last, toks[j]):
            return j
        if _compound(last.text):
            return j
        while j < n:
            tok = toks[j]
            t = tok.text
            if _possessive(last.text):
                if not (self._joined(last, tok) and _is_cap(t) and self._possessor_joins(last.text[:-2], j)):
                    break
            if tok.start == last.end:  # glued: "ESPN+", "Edmunds.com", "Mr.", "Inc."
                if t == "+" or (
                    t == "."
                    and j + 1 < n
                    and toks[j + 1].start == tok.end
                    and toks[j + 1].text in ("com", "org", "net")
                ):
                    j += 2 if t == "." else 1
                    last = toks[j - 1]
                    continue
                if (
                    t == "."
                    and (
                        len(last.text) == 1
                        or last.text.lower() in self.honorifics
                        or last.text.lower() in self.titles
                        or last.text.lower() in LEGAL_ABBREVIATIONS
                    )
                    and last.text[0].isupper()
                ):
                    # an abbreviation's stop; the run goes on only if a capital follows
                    if (
                        j + 1 < n
                        and self._joined(tok, toks[j + 1])
                        and _is_cap(toks[j + 1].text)
                        and last.text.lower() not in ("inc", "co", "corp", "ltd")
                    ):
                        j += 1
                        last = tok
                        continue
                    j += 1
                    break
                break
            if not self._joined(last, tok):
                break
            if _is_cap(t):
                if _compound(t):
                    j += 1  # "Sugar Land-based": the run ends inside this token
                    break
                j += 1
                last = tok
                continue
            # lower-case connector between capitalised words
            low = t.lower()
            if low not in CONNECTORS:
                break
            if j + 1 < n and self._joined(tok, toks[j + 1]):
                nxt = toks[j + 1]
                prev_low = last.text.lower().rstrip(".")
                if low in PARTICLES and _is_cap(nxt.text) and j - i <= 3:
                    j += 2
                    last = nxt
                    continue
                if (
                    low in ("van", "de")
                    and nxt.text.lower() in ("de", "der", "den", "la")
                    and j + 2 < n
                    and _is_cap(toks[j + 2].text)
                ):
                    j += 3
                    last = toks[j - 1]
                    continue
                if low in OF_WORDS and (
                    prev_low in self.org_heads
                    or (low != "on" and prev_low in self.titles and self._titles_only(i, j - 1))
                    or (low == "for" and _plural_name(last.text))
                    or (low != "of" and self._long_name_goes_on(i, j))
                ):
                    k = j + 1
                    if nxt.text == "the" and k + 1 < n and self._joined(nxt, toks[k + 1]):
                        k += 1
                    if (
                        _is_cap(toks[k].text)
                        and toks[k].text.lower() not in self.starters
                        and toks[k].text.lower() not in self.date_words
                    ):  # not "World Health Organization on Monday"
                        j = k + 1
                        last = toks[k]
                        continue
                if (t == "&" or (low == "and" and self._org_ahead(i, j + 1))) and _is_cap(nxt.text):
                    j += 2
                    last = nxt
                    continue
            break
        if (
            j < n
            and _base(toks[j].text) == "administration"
            and self._joined(toks[j - 1], toks[j])
            and not _possessive(toks[j - 1].text)
        ):
            j += 1  # "Trump administration"
        return j

    def _titles_only(self, i: int, j: int) -> bool:
        """Whether tokens ``i:j`` are all titles, title words or countries: "US", "Deputy" ("Minister of")."""
        for t in self.texts[i:j]:
            low = t.lower().rstrip(".")
            if low not in self.titles and low not in self.modifiers and not self._known(lookup_key(t)):
                return False
        return True

    def _long_name_goes_on(self, i: int, j: int) -> bool:
        """Whether "for"/"on" at token ``j`` joins two capitalised runs into one name.

        "Deferred Action for Childhood Arrivals", "National Survey on Drug Use":
        two capitalised words before, none a person's first name, and after it
        no date, place, country or person ("Boris Johnson on Brexit", "Lakers
        on Sunday" stay apart).
        """
        texts = self.texts
        if j - i < 2 or j + 2 >= len(texts) or not _is_cap(texts[j + 2]):
            return False
        key = lookup_key(texts[j + 1])
        before = [t.lower().rstrip(".") for t in texts[i:j]]
        if any(w in self.first_names for w in before) or any(
            w in self.titles or w in self.honorifics for w in before[:-1]
        ):
            return False  # "Vice President Pence on Trump's call" (not "UN High Commissioner for ...")
        return (
            not _possessive(texts[j + 1])
            and key not in self.date_words
            and key not in self.first_names
            and key not in self.starters
            and not self._known(key)
        )

    def _ends_at(self, tok: Token, nxt: Token) -> bool:
        """Whether a run surely ends with ``tok``: the commonest case, decided before the full rules."""
        t = nxt.text
        if nxt.start == tok.end:  # glued: only a stop or "+" may go on ("Mr.", "ESPN+")
            return t != "." and t != "+"
        if nxt.start != tok.end + 1 or self.text[tok.end] not in " \u00a0":
            return True  # not joined by one space
        return t.islower() and t not in CONNECTORS and _base(t) != "administration"

    def _possessor_joins(self, possessor: str, k: int) -> bool:
        """Whether "X's" opens a longer name: "People's Liberation Army" (not "Israel's army")."""
        key = lookup_key(possessor)
        if self._known(key) or key in self.first_names or key.rsplit(" ", 1)[-1] in self.org_words:
            return False  # "Vox Media’s Code Media": the possessor is a whole organisation
        return self._org_ahead(k, k, plain=True)

    def _org_ahead(self, i: int, k: int, *, plain: bool = False) -> bool:
        """Whether "X and Y" joins one organisation name: the run after "and" ends in an organisation word."""
        toks, n = self.toks, len(self.toks)
        if toks[i].text.lower() == "the" and i + 1 < k:
            i += 1
        first = toks[i].text.lower()
        if not plain and (
            self._known(lookup_key(toks[i].text)) or (k - i != 2 and first not in self.org_heads)
        ):
            return False  # "Health and Human Services", "Bureau of X and Y"; not "SpaceX and Tyvak"
        if (
            not plain
            and k + 1 < n
            and not _is_cap(toks[k + 1].text)
            and lookup_key(toks[k].text) in self.orgs
        ):
            return False  # "House and Senate"
        end = k
        while end + 1 < n and self._joined(toks[end], toks[end + 1]) and _is_cap(toks[end + 1].text):
            end += 1
        last = toks[end].text.lower()
        if lookup_key(toks[k].text) in self.countries or lookup_key(toks[k].text) in self.places:
            return False
        return last in self.org_words

    # ------------------------------------------------------------ analysis
    def _analyse(self, run: list[Token], initial: bool, after: int) -> list[Name]:
        """The names in one capitalised run (usually one; none for ordinary words)."""
        if len(run) > 1:
            run = _merge_stops(run)
        if any("-" in t.text and PARTY_TAG_RE.match(t.text) for t in run):
            return []  # "(D-Minn.)"
        keys = [_word_key(t.text.rstrip("."), keep=True) for t in run]
        if self._headline(run[0].start) and not self._known(" ".join(keys)):
            return self._known_parts(run, keys)
        if (
            len(run) > 1
            and all(t.text.isupper() for t in run)
            and any(len(t.text) > 4 for t in run)
            and not self._known(" ".join(keys))
        ):
            # a headline in capitals ("FRANCE WINS"): only the known names in it
            return self._known_parts(run, keys)
        cuts = (1, 2) if len(run) > 2 else ()  # a person's name needs two words after the place
        for cut in cuts:  # "ambassador to Britain Liu Xiaming": a place, then a person
            head = " ".join(keys[:cut])
            rest = keys[cut:]
            personal = (
                len(rest) > 1
                and rest[0] in self.first_names
                or (
                    len(rest) in (2, 3)
                    and all(
                        k.isalpha()
                        and k not in self.org_words
                        and k not in self.places
                        and k not in self.titles
                        for k in rest
                    )
                )
            )
            if (
                personal
                and not self._known(" ".join(keys[: cut + 1]))
                and (
                    head in self.countries
                    or head in self.places
                    or head in self.capitals
                    or (  # "ambassador to the European Union Gordon Sondland"
                        (head in self.orgs or keys[cut - 1] in self.org_words) and rest[0] in self.first_names
                    )
                )
            ):
                return self._analyse(run[:cut], False, -1) + self._analyse(run[cut:], False, after)
        text = self.text
        # possessive 's and compound adjectives ("Iran-backed") end the name inside the last token
        last = run[-1]
        last_end = last.end
        if _possessive(last.text):
            last_end = last.end - 2
        elif _compound(last.text):
            last_end = last.start + last.text.index("-")
        words = [w.text.lower().rstrip(".") for w in run]
        if last_end < last.end and len(run) > 1:
            words[-1] = _base(words[-1])  # "Trump administration’s": the name ends before 's
        lo = 0
        weak = False
        # sentence-initial ordinary words: "But Netanyahu", "Hours before"
        if initial:
            first = words[0]
            first_key = lookup_key(text[run[0].start : last_end if len(run) == 1 else run[0].end])
            if first_key in self.acronyms and not run[0].text.isupper():
                first_key = ""
            whole_key = lookup_key(text[run[0].start : last_end])
            whole = self._known(whole_key) and (
                whole_key not in self.acronyms or text[run[0].start : last_end].isupper()
            )
            if (
                not whole
                and not self._known(first_key)
                and first not in self.honorifics
                and first not in self.titles
            ):
                is_first_name = first in self.first_names and len(run) > 1
                if first in self.starters and not is_first_name:
                    lo = 1
                elif len(run) == 1 and (first in self.words or _ordinary(run[0].text)):
                    lo = 1
                elif len(run) > 1 and not is_first_name and (first in self.words or _ordinary(run[0].text)):
                    lo = 1  # "Former National Security Council", "Hosting Cook"
                elif len(run) == 1 and first in self.org_words and first.endswith("s"):
                    lo = 1  # "Organizations that fight ...": a plural common noun
                elif len(run) == 1 and first_key not in self.mid_caps():
                    weak = True  # never capitalised inside a sentence: a name only if named otherwise too
        if lo >= len(run):
            return []
        while lo < len(run) and (
            words[lo] in ("the", "of", "and", "&", "for", "on") or words[lo] in self.date_words
        ):
            lo += 1
        hi = len(run)
        while hi > lo and (
            words[hi - 1] in TRIM_WORDS or words[hi - 1] in self.date_words or words[hi - 1] == "i"
        ):
            hi -= 1
        if hi - lo >= 2 and _base(words[hi - 1]) in MEMBER_NOUNS and words[hi - 2] not in CONNECTORS:
            hi -= 1  # "MCC Members", "Labour MPs": the body named, its members a group
        if hi <= lo:
            return []
        if hi < len(run):
            last_end = run[hi - 1].end
        run, words = run[lo:hi], words[lo:hi]
        out: list[Name] = []
        start = run[0].start
        honorific = False
        k = 0
        while k < len(run) - 1 and words[k] in self.honorifics:
            honorific = True
            k += 1
        # capitalised titles: "Zimbabwe President Robert Mugabe", "Lt. Col. Alexander Vindman"
        title = None
        t_first, t_last = -1, -1
        for m in range(k, len(run) - 1):
            if words[m] in self.titles:
                rest = words[m + 1 :]
                if all(w not in self.titles and w not in self.org_words for w in rest) and _is_cap(
                    run[m + 1].text
                ):
                    t_last = m
                    if t_first < 0:
                        t_first = m
        of_title = self._of_title(run, words, k) if t_last < 0 else None
        if of_title is not None:
            t_first, t_last = of_title
        elif t_last >= 0:
            t_first = t_last
        if t_last >= 0:
            while (
                t_first > k
                and (words[t_first - 1] in self.titles or words[t_first - 1] in self.modifiers)
                and words[t_first - 1] not in ("the", "of", "and", "for")
            ):
                t_first -= 1
            title = (run[k].start, run[t_last].end)
            if t_first > k:  # a prefix before the title: "Zimbabwe" President, "Disney" Chief Executive
                out.extend(self._prefix(run[k:t_first]))
            k = t_last + 1
            honorific = True
            while k < len(run) - 1 and words[k] in self.honorifics:
                k += 1
        elif all(w in self.titles or w in self.modifiers or w in self.honorifics for w in words):
            return []  # only a title: "Prime Minister", "President"
        elif words[k] in self.titles and words[k] not in self.org_heads and words[k + 1] in OF_WORDS:
            k += 2  # a title of a place or body: "President of France", "Governor of the Bank of England"
            while k < len(run) and words[k] == "the":
                k += 1
            if k == len(run):
                return out
        core = run[k:]
        core_words = words[k:]
        core_start = core[0].start
        core_text = text[core_start:last_end]
        if not core_text or not core_text[0].isalnum():
            return out
        key = lookup_key(core_text)
        single = len(core) == 1
        if (
            single
            and (
                key in self.starters
                or key in self.honorifics
                or key in self.titles
                or (key.endswith("s") and key[:-1] in self.starters)
            )
            and not self._known(key)
        ):
            return out
        if not self._known(key) and (
            core_words[-1] in self.events  # "Davis Cup", "ATP Finals"
            or (len(core_words) == 2 and core_words[0] == "group" and len(core_words[1]) == 1)  # "Group A"
            or (
                len(core_words) == 2 and (core_words[1] in self.demonyms or core_words[1] in self.starters)
            )  # "North American"
        ):
            return out
        if single and len(key) < 2:
            return out
        if single and "'" in key and not _possessive(core[0].text):
            return out  # a contraction: "He's", "We're"
        if single and (key in self.peoples or key.endswith("s") and self._people(key[:-1])):
            return out  # a people: "Palestinians", "the Kurds"
        if single and "-" in key and all(self._known(part) for part in key.split("-")):
            return out  # "Gaza-Egypt" border
        name_start = start if honorific and title is None else core_start
        if title is not None:
            name_start = core_start
        if title is None and not honorific:
            title = self._title_before(run[0])
        personal = honorific or title is not None
        kind, display, key = self._classify(
            key, core_text, core_words, personal, after, _possessive(run[-1].text)
        )
        if kind == "authority":  # "Israeli figures": the phrase names the country
            last_end = self.toks[after].end
        out.append(
            Name(
                name_start,
                last_end,
                core_start,
                kind,
                key,
                display,
                honorific,
                title,
                tuple(key.split()),
                weak,
            )
        )
        return out

    def _of_title(self, run: list[Token], words: list[str], k: int) -> tuple[int, int] | None:
        """The first and last words of a title with "of" inside before a name, or None.

        "Secretary of State Mike Pompeo", "Minister of Finance Tito Mboweni":
        a title word, "of"/"for", then the words up to a first name, up to the
        last two words when three or more follow "of", or up to the last word
        after title words ("Secretary of State Pompeo").
        """
        n = len(words)
        for m in range(k, n - 2):
            if words[m] not in self.titles or words[m + 1] not in ("of", "for"):
                continue
            for p in range(m + 3, n - 1):
                if words[p] in self.first_names and n - p <= 3:
                    return m, p - 1
            for p in (n - 2, n - 1):
                if (
                    p - (m + 2) >= 1
                    and (p == n - 2 or all(w in self.modifiers for w in words[m + 2 : p]))
                    and all(_is_cap(t.text) for t in run[p:])
                    and not any(
                        w in self.org_words or w in self.titles or w in self.modifiers or w in CONNECTORS
                        for w in words[p:]
                    )
                    and not self._known(lookup_key(" ".join(words[p:])))
                ):
                    return m, p - 1
            return None
        return None

    def _people(self, singular: str) -> bool:
        """Whether a plural's singular names a people: a nationality ("Afghan") or a people ("Kurd")."""
        return singular in self.demonyms or singular in self.peoples

    def _personal_surname(self, first: str, after: int) -> bool:
        """Whether a name ending in a venue word that is also a surname is a person's.

        "Anna Hall" (a first name), "Ellie Hall tweeted", "Hall said" (a verb after it).
        """
        if first in self.first_names:
            return True
        nxt = self.toks[after].text.lower() if 0 <= after < len(self.toks) else ""
        return nxt in ACTOR_VERBS or (nxt.endswith("ed") and nxt.isalpha())

    def _analyse_word(self, i: int) -> list[Name]:
        """:meth:`_analyse` for the commonest run, one plain word inside a sentence ("Trump", "NASA")."""
        tok, after = self.toks[i], i + 1
        key = tok.text.lower()
        known = self._known(key)
        if not known and (
            self._headline(tok.start)
            or key in TRIM_WORDS
            or key in self.date_words
            or key == "i"
            or key in self.titles
            or key in self.modifiers
            or key in self.honorifics
            or key in self.starters
            or (key.endswith("s") and key[:-1] in self.starters)
            or key in self.events
        ):
            return []
        if len(key) < 2 or key in self.peoples or (key.endswith("s") and self._people(key[:-1])):
            return []
        title = self._title_before(tok, i)
        personal = title is not None
        if key in self.capitals or key in self.demonyms:  # these depend on the next word
            kind, display, key = self._classify(key, tok.text, [key], personal, after)
        else:
            memo = (tok.text, personal)
            if memo not in self._classified:
                self._classified[memo] = self._classify(key, tok.text, [key], personal, after)
            kind, display, key = self._classified[memo]
        end = self.toks[after].end if kind == "authority" else tok.end
        return [Name(tok.start, end, tok.start, kind, key, display, False, title, tuple(key.split()))]

    def _headline(self, offset: int) -> bool:
        """Whether ``offset`` lies in a headline: a paragraph in title case without a full stop."""
        i = self.doc.paragraph_index(offset)
        if i < 0:
            return False
        if i not in self._headlines:
            start, end = self.doc.paragraphs[i]
            if self.text.endswith((".", "”", '"', "?", "!"), start, end):
                self._headlines[i] = False
                return False
            para = self.text[start:end]
            words = [w for w in (w.lstrip("‘“\"'(") for w in para.split()) if w[:1].isalpha()]
            caps = sum(1 for w in words if w[0].isupper())
            self._headlines[i] = (
                len(words) >= 2
                and caps >= 0.7 * len(words)
                and not para.rstrip().endswith((".", "”", '"', "?", "!"))
            )
        return self._headlines[i]

    def _known_parts(self, run: list[Token], keys: list[str]) -> list[Name]:
        """The known names among the words of a run, each on its own ("FRANCE WINS" gives France)."""
        return [
            n for t, k in zip(run, keys, strict=True) if self._known(k) for n in self._analyse([t], False, -1)
        ]

    def _known(self, key: str) -> bool:
        """Whether a key names a country, place, organisation, nationality or capital."""
        return key in self.known

    def _prefix(self, run: list[Token]) -> list[Name]:
        """A country, place or organisation named before a title: "Zimbabwe" in "Zimbabwe President"."""
        text = self.text[run[0].start : run[-1].end]
        key = lookup_key(text)
        if key in self.demonyms:
            country = self.demonyms[key]
            return [
                Name(
                    run[0].start, run[-1].end, run[0].start, "demonym", country.lower(), country, words=(key,)
                )
            ]
        words = [t.text.lower().rstrip(".") for t in run]
        kind, display, key = self._classify(key, text, words, False, -1)
        if kind in ("unknown", "person"):
            kind = "organization"
        return [Name(run[0].start, run[-1].end, run[0].start, kind, key, display, words=tuple(key.split()))]

    def _title_before(self, first: Token, i: int = -1) -> tuple[int, int] | None:
        """A lower-case role right before a name (token ``i``): "prime minister" Benjamin Netanyahu."""
        doc, toks = self.doc, self.toks
        if i < 0:
            i = bisect_right(doc._token_starts, first.start) - 1
        if (
            i > 1
            and toks[i - 1].text == ","
            and toks[i - 1].start == toks[i - 2].end
            and toks[i - 2].text.lower() in self.titles
            and toks[i].text.lower() in self.first_names
        ):
            i -= 1  # in apposition: "Yahoo's chief executive, Marissa Mayer"
        j = i
        has_title = False
        while j > 0 and i - j < 7:
            prev, cur = toks[j - 1], toks[j]
            if not self._joined(prev, cur) and not (j == i and cur.text == ","):
                break
            low = prev.text.lower().rstrip(".")
            if low in self.titles or (low.endswith("s") and low[:-1] in self.titles):
                has_title = True
            elif low in self.modifiers or (
                _is_cap(prev.text)
                and (
                    (key := lookup_key(prev.text)) in self.countries
                    or key in self.demonyms
                    or low in self.orgs
                )
            ):
                pass
            else:
                break
            j -= 1
        if not has_title:
            return None  # the commonest case: no role word before the name
        while j < i and toks[j].text.lower() in ("the", "of", "and", "for", "a", "an"):
            j += 1
        if toks[i - 1].text.lower() in TRIM_WORDS:
            return (
                None  # "spokesman for the NYAG", "chairman of the Joint Chiefs": a role at it, not its title
            )
        if not has_title or j >= i:
            return None
        return (toks[j].start, toks[i - 1].end)

    def _classify(
        self, key: str, core: str, words: list[str], personal: bool, after: int, possessive: bool = False
    ) -> tuple[str, str, str]:
        """(kind, display name, merge key) of a core name."""
        if key in self.countries:
            canon = self.countries[key]
            return "place", canon, canon.lower()
        if key in self.capitals:
            nxt = self.toks[after].text.lower() if 0 <= after < len(self.toks) else ""
            canon = self.capitals[key]
            if nxt in ACTOR_VERBS or possessive:
                return "place", canon, canon.lower()
            before = after - len(words) - 1
            if before >= 0 and self.texts[before].lower() in CAPITAL_GOVERNS and canon in self.text:
                self._governing.add(key)  # "autonomy under Beijing" where China is named
                return "place", canon, canon.lower()
            return "place", core, key
        if key in self.demonyms:
            country = self.demonyms[key]
            nxt = self.toks[after].text.lower() if 0 <= after < len(self.toks) else ""
            if nxt in AUTHORITY_NOUNS:
                return "authority", country, country.lower()
            return "demonym", country, country.lower()
        if key in self.places:
            return "place", core, key
        if key in self.orgs and (key not in self.acronyms or core.isupper()):
            return "organization", core, key
        if key.endswith((".com", ".org", ".net")):
            return "organization", core, key
        last = words[-1]
        if (
            last in self.venues
            and len(words) > 1
            and not personal
            and "-" not in words[0]  # "Chan-wook Park": a given name
            and not any(w in CONNECTORS for w in words[:-1])
        ):
            if last in ("center", "centre") and (
                len(words) > 2 or any(w in self.org_words for w in words[:-1])
            ):
                return "organization", core, key  # "Tax Policy Center", "Pew Research Center"
            if last not in SURNAME_VENUES or not self._personal_surname(words[0], after):  # "Anna Hall"
                return "place", core, key  # "Wembley Stadium", "Villa Park", "Staples Center"
        if len(words) > 1 and (
            last in self.org_words
            or words[0] in self.org_heads
            and words[0] not in self.titles
            and "of" in words
        ):
            return "organization", core, key
        if personal:
            return "person", core, key
        if len(words) > 2 and ("of" in words[1:-1] or "for" in words[1:-1]):
            return "organization", core, key  # "Doctors for Camp Closure", "Friends of the Earth"
        if any(w in self.org_words for w in words) and not (words[0] in self.first_names and len(words) <= 3):
            return "organization", core, key
        if len(words) > 1 and (
            lookup_key(" ".join(words[:2])) in self.places
            or words[0] in self.places
            or words[0] in self.countries
        ):
            return "organization", core, key  # "Los Angeles Lakers", "Houston Rockets"
        if core.isupper() and 2 <= len(core.replace(".", "")) <= 6 and len(words) == 1:
            return "organization", core, key
        if words[0] in self.first_names or (len(words) > 1 and words[0].split("-")[0] in self.first_names):
            return ("person" if len(words) > 1 else "unknown"), core, key
        if 2 <= len(words) <= 4 and all(
            w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words
        ):
            return "person", core, key
        return "unknown", core, key


def _merge_stops(run: list[Token]) -> list[Token]:
    """Glue touching pieces into one word: "Lt", "." is "Lt."; "Edmunds", ".", "com" is "Edmunds.com"."""
    out: list[Token] = []
    for tok in run:
        if (
            out
            and out[-1].end == tok.start
            and (tok.text == "." or out[-1].text.endswith(".") or tok.text == "+")
        ):
            out[-1] = Token(out[-1].start, tok.end, out[-1].text + ".")
        else:
            out.append(tok)
    return out


def _word_key(t: str, *, keep: bool = False) -> str:
    """The lexicon key of one token (a token holds no spaces), without its possessive 's unless ``keep``."""
    return (t if keep else _base(t)).replace("’", "'").lower()


def _base(t: str) -> str:
    """A word without its possessive 's."""
    return t[:-2] if _possessive(t) else t


def _compound(t: str) -> bool:
    """A compound adjective made from a name: "Iran-backed", "Houston-area"."""
    head, _, tail = t.partition("-")
    return (
        bool(tail)
        and tail[0].islower()
        and head not in ("al", "el")
        and (tail in COMPOUND_TAILS or tail.endswith(("ed", "ing")))
    )


def _ordinary(t: str) -> bool:
    """A capitalised ordinary word: a contraction ("We're") or a common ending ("Speaking", "Possible")."""
    low = t.lower().replace("’", "'")
    if "'" in low and not _possessive(t):
        return True
    return low.endswith(ORDINARY_ENDINGS)


def _plural_name(t: str) -> bool:
    """A capitalised plural that may open an organisation's name with "for": "Doctors", "Citizens"."""
    return len(t) > 3 and t[0].isupper() and t.endswith("s") and not t.endswith(("ss", "us", "'s", "’s"))


def _possessive(t: str) -> bool:
    return len(t) > 2 and t[-2] in "’'" and t[-1] in "sS"
