"""Actors: named people, organisations and places, and the unnamed sources cited.

Scope: :func:`find_actors` turns the names of :func:`~.names.find_names` into
one actor each, merging the ways an article names it: a full name, a surname
and "Mr" + surname ("Antony Blinken", "Blinken", "Mr Blinken"); a country's
names, its capital used as its government and its demonym before an authority
noun ("US", "U.S.", "Washington has called", "Israeli figures"); an
organisation's short forms and acronym ("Amnesty" for Amnesty International,
"DHS" for the Department of Homeland Security). The :class:`Roster` it returns
resolves the words naming a source at a place (:meth:`Roster.resolve`), adds
the unnamed sources the attribution step finds (:meth:`Roster.add_source`:
"a US official", "health officials in Gaza") and gives the last actor named
before an offset, for pronouns (:meth:`Roster.last_before`).

A definite description refers back by its head noun (:meth:`Roster._by_head`):
"the ministry" to the Ministry of Housing, "the official" to "a senior
official at the water authority" described before, "the chief executive" to
the actor given that title; indefinite ones ("a senior official") are new.

Deliberate misses: a surname shared by two people goes to the nearest one
named before it; a description whose head is another word for a title ("the
US diplomat" for a secretary of state) and descriptions before the name they
describe ("a career Army officer ... Lt. Col. Alexander Vindman") stay apart;
nicknames and spelling variants ("Zelensky"/"Zelenskiy") do too, unless long.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice

import regex

from .. import lexicons
from ..document import Document
from ..models import Actor, ActorKind, Span
from .names import AUTHORITY_NOUNS, ORDINARY_ENDINGS, Name, find_names, lookup_key

__all__ = ["Roster", "find_actors"]

# Leading words dropped from a description, besides determiners: "including a career Army officer".
LEADING_WORDS = frozenset({"including", "among", "like", "especially", "notably"})
# Heads of definite descriptions that refer back to the organisation named last: "the agency".
GENERIC_ORG_HEADS = frozenset({"agency", "company", "firm", "group", "organisation", "organization", "team"})
# Words that make a description refer back to an actor already named: "the ministry", "this official".
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
# Heads of "a group of physicians": the noun after "of" heads the description too ("the physicians").
GROUP_HEADS = frozenset({"band", "coalition", "group", "number", "panel", "team"})
# Words around a name that make it a team: "beat Rovers", "away to Chelsea", "Rovers beat".
TEAM_VERBS = frozenset({"beat", "defeated", "edged", "routed", "thrashed", "hosted", "hosts", "outlasted"})
TEAM_BEFORE = TEAM_VERBS
TEAM_BEFORE_PAIRS = (["away", "to"], ["home", "to"], ["coach", "of"], ["manager", "of"], ["signed", "for"])
TEAM_AFTER = TEAM_VERBS | {"rallied", "routs", "beats", "tops", "topped"}
TEAM_MENTIONS = 12  # how many mentions of an actor are looked at for a team's context
SLUG_RE = regex.compile(r"[^a-z0-9]+")
MENTIONS_BACK = 200  # how many mentions a pronoun looks back over for its actor


@dataclass
class _Entry:
    """An actor being built."""

    order: int
    kind: str
    key: str
    names: list[str] = field(default_factory=list)
    mentions: dict[tuple[int, int], Span] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)  # mention starts, sorted
    titles: dict[tuple[int, int], Span] = field(default_factory=dict)
    surname: str = ""
    first: str = ""
    words: frozenset[str] = frozenset()
    described: bool = False  # an unnamed source ("a US official")
    id: str = ""

    @property
    def name(self) -> str:
        if self.described:
            return self.names[0]
        return max(self.names, key=lambda n: (len(n.split()), len(n), not n.isupper()))

    @property
    def first_offset(self) -> int:
        return min(self.mentions)[0] if self.mentions else 1 << 60


class Roster:
    """The actors of one document, built from its named mentions, growing as sources are linked.

    >>> roster = find_actors(Document.parse("Antony Blinken landed in Israel. Mr Blinken met officials."))
    >>> [a.id for a in roster.actors()]
    ['antony-blinken', 'israel']
    >>> roster.resolve(33, 43)
    'antony-blinken'
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._entries: list[_Entry] = []
        self._by_key: dict[str, _Entry] = {}
        self._index: dict[str, list[_Entry]] = {}  # lookup key -> entries it may name
        self._by_span: dict[tuple[int, int], _Entry] = {}
        self._starts: list[tuple[int, int, int]] = []  # (start, end, entry order), sorted
        self._ids: dict[str, _Entry] = {}
        # head noun -> actors whose name, title or description has it ("ministry", "official")
        self._heads: dict[str, list[_Entry]] = {}
        self._firsts: dict[str, _Entry] = {}  # first word -> organisation it may name alone ("Tyvak")

    # ------------------------------------------------------------ public
    def resolve(self, start: int, end: int) -> str | None:
        """The id of the actor that the words ``text[start:end]`` name at that place, or None.

        Names, surnames, "Mr X", a country's other names, a demonym before an
        authority noun ("Israeli figures") and descriptions matching a role the
        article gave an actor ("the secretary of state") resolve; pronouns and
        unknown words give None.
        """
        entry = self._resolve(*self._trim(start, end))
        return entry.id if entry is not None else None

    def add_source(self, start: int, end: int) -> str | None:
        """Record ``text[start:end]`` as naming a source; return its actor id, creating the actor if needed.

        Pronouns give None (the linker resolves them). A description no actor
        matches becomes an actor of its own: ``person`` for "a US official",
        ``group`` for "officials", ``organization`` for "the ministry"; its
        name is the description without a leading article.
        """
        start, end = self._trim(start, end)
        raw = self.doc.text[start:end]
        if not raw or _is_pronoun(raw):
            return None
        entry = self._resolve(start, end)
        if entry is None:
            entry = self._describe(start, end)
            if entry is None:
                return None
        self._mention(entry, start, end)
        return entry.id

    def kind_of(self, actor_id: str) -> str:
        """The kind of an actor ("person", "organization", ...); "unknown" for an id it does not hold."""
        entry = self._ids.get(actor_id)
        return entry.kind if entry is not None else "unknown"

    def last_before(self, offset: int, kinds: Sequence[str] = ("person",), *, since: int = 0) -> str | None:
        """The actor whose mention most recently ends at or before ``offset``, among ``kinds``.

        Only mentions starting at or after ``since`` count (a sentence's start,
        say). Looks back over at most ``MENTIONS_BACK`` mentions, so a pronoun
        far from any fitting actor stays unresolved instead of costing a scan.
        """
        i = bisect_left(self._starts, (offset, -1, -1))
        floor = max(i - MENTIONS_BACK, 0)
        while i > floor:
            i -= 1
            s, e, order = self._starts[i]
            if s < since:
                return None
            entry = self._entries[order]
            if e <= offset and entry.kind in kinds:
                return entry.id
        return None

    def actors(self) -> list[Actor]:
        """The actors, in order of first mention, mentions and titles sorted."""
        entries = sorted((e for e in self._entries if e.mentions), key=lambda e: (e.first_offset, e.order))
        return [
            Actor(
                id=e.id,
                name=e.name,
                kind=_kind(e.kind),
                titles=_unique_titles(e.titles.values()),
                mentions=tuple(sorted(e.mentions.values(), key=lambda s: (s.start, s.end))),
            )
            for e in entries
        ]

    # ------------------------------------------------------------ building
    def _build(self, names: list[Name]) -> None:
        people: dict[str, list[_Entry]] = {}  # surname -> people
        singles: list[Name] = []
        # the fullest names first, so that short forms find them wherever they occur
        for name in sorted(names, key=lambda n: (-len(n.words), n.start)):
            if name.kind == "demonym" or (len(name.words) == 1 and name.kind in ("person", "unknown")):
                singles.append(name)
                continue
            entry = self._by_key.get(name.key)
            if entry is None and name.kind == "person":
                entry = _same_person(name, people.get(_surname(name.words), ()))
            if entry is None and name.kind in ("organization", "unknown"):
                shorts = self._index.get(name.key)
                entry = _nearest(shorts, name.start) if shorts else self._party(name.key)
            if entry is None:
                entry = self._new(name.kind if name.kind != "authority" else "place", name.key, name.display)
                if entry.kind == "person":
                    entry.surname = _surname(name.words)
                    entry.first = name.words[0]
                    people.setdefault(entry.surname, []).append(entry)
                    if len(entry.surname) >= 6 and entry.surname.isalpha():
                        people.setdefault(_skeleton(entry.surname), []).append(entry)
            self._record(entry, name)
        for name in sorted(singles, key=lambda n: (n.weak, n.start)):  # weak words join names found
            entry = self._single(name, people)
            if entry is None and name.key in GENERIC_ORG_HEADS and self._after_the(name.start):
                found = self._last_named_organization(name.start)
                if found is not None:  # "the Agency": the organisation named last, not a name of its own
                    self._mention(found, name.start, name.end)
                    continue
            if entry is None:
                if name.kind == "demonym" or name.weak or _family(name.key, people):
                    continue  # "the Bidens", "Trumpers": a person's family or followers, not an actor
                kind = "person" if name.kind == "person" else "unknown"
                entry = self._new(kind, name.key, self.doc.text[name.core_start : name.end])
                if kind == "person":
                    entry.surname = name.key
                    people.setdefault(entry.surname, []).append(entry)
            elif name.kind == "person" and entry.kind == "unknown":
                entry.kind = "person"
            self._record(entry, name)
        for entry in self._entries:
            if entry.kind == "unknown" and entry.titles:
                entry.kind = "person"
            elif entry.kind in ("unknown", "person") and not entry.titles and self._team(entry):
                entry.kind = "organization"
        self._assign_ids()

    def _team(self, entry: _Entry) -> bool:
        """Whether an actor taken for a person or unknown is a team or group by its name or context.

        "the Bruins", "Blue Jackets" (a capitalised plural never named by its
        last word alone), "away to Chelsea", "Rovers beat Wanderers".
        """
        words = entry.key.split()
        if entry.kind == "person" and (entry.first in _first_names() or words[0] in _first_names()):
            return False
        text = self.doc.text
        plural = _plural(words[-1]) and not (
            len(words) > 1 and any(text[s:e].lower() == words[-1] for s, e in entry.mentions)
        )
        for start, end in islice(entry.mentions, TEAM_MENTIONS):
            before = text[max(start - 12, 0) : start].lower().split()
            after = text[end : end + 12].lower().split()
            if (
                before
                and "-" in before[-1][1:-1]
                and text[max(start - 30, 0) : start].lower().split()[-2:-1] == ["the"]
            ):
                before = ["the"]  # "the league-leading Hornets"
            if plural and before[-1:] == ["the"]:
                return True
            if before[-1:] and before[-1] in TEAM_BEFORE or before[-2:] in TEAM_BEFORE_PAIRS:
                return True
            if after[:1] and after[0].strip(",") in TEAM_AFTER:
                return True
        return False

    def _single(self, name: Name, people: dict[str, list[_Entry]]) -> _Entry | None:
        """The actor a one-word name refers to: a known key, a surname, a first name, a short form."""
        key = name.key
        if name.kind == "demonym":
            return self._by_key.get(key)
        entry = self._by_key.get(key) or self._by_key.get(
            key.rsplit(".", 1)[0] if key.endswith((".com", ".org")) else ""
        )
        if entry is not None:
            return entry
        candidates = people.get(key)
        if candidates:
            return _nearest(candidates, name.start)
        party = self._party(key)
        if party is not None:
            return party
        if len(key) >= 6 and key.isalpha():
            variant = people.get(_skeleton(key))
            if variant:  # "Zelensky" for "Zelenskiy"
                return _nearest(variant, name.start)
        firsts = [e for e in self._entries if e.kind == "person" and e.first == key]
        if len(firsts) == 1 and name.kind != "person":
            return firsts[0]
        shorts = self._index.get(key)
        if shorts:
            return _nearest(shorts, name.start)
        if name.kind != "person" and key in self._firsts:
            return self._firsts[key]
        return None

    def _after_the(self, offset: int) -> bool:
        """Whether "the " stands right before ``offset``."""
        return self.doc.text[max(offset - 4, 0) : offset].lower() == "the "

    def _party(self, key: str) -> _Entry | None:
        """The party its members name: "Conservatives" for the Conservative Party."""
        return self._by_key.get(key[:-1] + " party") if key.endswith("s") else None

    def _new(self, kind: str, key: str, display: str) -> _Entry:
        entry = _Entry(order=len(self._entries), kind=kind, key=key, names=[display])
        self._entries.append(entry)
        self._by_key.setdefault(key, entry)
        self._add_index(key, entry)
        if kind in ("organization", "unknown", "place"):
            for short in _short_forms(display):
                self._add_index(short, entry)
        if kind == "organization":
            first = _first_word_form(display)
            if first:
                self._firsts.setdefault(first, entry)
        return entry

    def _add_index(self, key: str, entry: _Entry) -> None:
        bucket = self._index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    def _record(self, entry: _Entry, name: Name) -> None:
        text = self.doc.text
        if name.display not in entry.names and name.kind != "demonym" and name.kind != "authority":
            entry.names.append(name.display)
        self._mention(entry, name.start, name.end)
        if name.title is not None:
            self._add_title(entry, *name.title)
        core = lookup_key(text[name.core_start : name.end])
        self._add_index(core, entry)
        if name.kind == "organization":
            head = _organization_head(core.split())
            if head:
                self._add_head(head, entry)

    def _add_title(self, entry: _Entry, start: int, end: int) -> None:
        """Record a role given to an actor, indexed by its role words ("US secretary of state": secretary)."""
        span = Span.of(self.doc.text, start, end)
        entry.titles[(start, end)] = span
        words = [w.removesuffix("'s") for w in lookup_key(span.text).split()]
        titles = lexicons.words("titles")
        heads = {words[_head_at(words)]} | {w for w in words if w in titles}
        for head in sorted(heads):
            self._add_head(head, entry)

    def _add_head(self, head: str, entry: _Entry) -> None:
        bucket = self._heads.setdefault(head, [])
        if entry not in bucket:
            bucket.append(entry)

    def _mention(self, entry: _Entry, start: int, end: int) -> None:
        if (start, end) in entry.mentions:
            return
        entry.mentions[(start, end)] = Span.of(self.doc.text, start, end)
        insort(entry.starts, start)
        self._by_span[(start, end)] = entry
        insort(self._starts, (start, end, entry.order))

    def _assign_ids(self) -> None:
        for entry in sorted(self._entries, key=lambda e: (e.first_offset, e.order)):
            if not entry.id:
                self._give_id(entry)

    def _give_id(self, entry: _Entry) -> None:
        base = _slug(entry.name) or "actor"
        candidate, n = base, 2
        while candidate in self._ids:
            candidate = f"{base}-{n}"
            n += 1
        entry.id = candidate
        self._ids[candidate] = entry

    # ------------------------------------------------------------ resolving
    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.doc.text
        start, end = max(start, 0), min(end, len(text))
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".+"):
            end -= 1
        return start, end

    def _resolve(self, start: int, end: int) -> _Entry | None:
        text = self.doc.text[start:end]
        if not text or _is_pronoun(text):
            return None
        entry = self._by_span.get((start, end))
        if entry is not None:
            return entry
        inner = self._named_at_end(start, end) or self._inside_name(start, end)
        if inner is not None:
            return inner
        words = text.split()
        lowered = [lookup_key(w) for w in words]
        while lowered and (
            lowered[0] in _determiners()
            or lowered[0] in lexicons.words("honorifics")
            or lowered[0].rstrip(".") in lexicons.words("honorifics")
        ):
            lowered, words = lowered[1:], words[1:]
        if not lowered:
            return None
        key = " ".join(lowered)
        if key.endswith("'s"):
            key = key[:-2]
        found = self._lookup(key, start)
        if found is not None:
            return found
        # a country's name or demonym before an authority noun: "Israeli figures", "US officials"
        if len(lowered) == 2 and lowered[1] in AUTHORITY_NOUNS:
            country = lexicons.table("demonyms").get(lowered[0]) or lexicons.table("countries").get(
                lowered[0]
            )
            if country is not None and words[0][:1].isupper():
                return self._by_key.get(country.lower())
        if self._refers_back(start, words, lowered):
            return self._by_head(lowered, start)
        return None

    def _refers_back(self, start: int, words: list[str], lowered: list[str]) -> bool:
        """Whether a description (its determiners dropped) names an actor met before.

        Definite descriptions do ("the ministry", "this official", "the US
        diplomat"), and bare collective or institution nouns ("police");
        indefinite ones introduce someone new ("a senior official").
        """
        if not all(w[:1].islower() or lookup_key(w) in _country_words() for w in words):
            return False
        first = lookup_key(self.doc.text[start : start + 12].split(maxsplit=1)[0])
        if first in DEFINITE_WORDS or first.endswith("'s"):
            return True
        head = lowered[_head_at(lowered)]
        return first == lowered[0] and (
            head in lexicons.words("collective_nouns") or head in lexicons.words("institution_nouns")
        )

    def _inside_name(self, start: int, end: int) -> _Entry | None:
        """The organisation or person whose name holds capitalised words cut from it.

        "Robert M" of "Robert M. Danin", "Immigration Services" of "U.S.
        Citizenship and Immigration Services".
        """
        words = self.doc.text[start:end].split()
        if not all(w[:1].isupper() for w in words) or lookup_key(words[0]) in _country_words():
            return None
        i = bisect_right(self._starts, (start, 1 << 60, 1 << 60))
        for s, e, order in self._starts[max(i - 3, 0) : i]:
            entry = self._entries[order]
            if s <= start and end <= e and (s, e) != (start, end) and not entry.described:
                if entry.kind in ("organization", "person"):
                    return entry
        return None

    def _named_at_end(self, start: int, end: int) -> _Entry | None:
        """The actor named at the end of a longer phrase: "US secretary of state [Antony Blinken]"."""
        i = bisect_left(self._starts, (start, -1, -1))
        found = None
        while i < len(self._starts) and self._starts[i][0] < end:
            s, e, order = self._starts[i]
            if e == end and s > start:
                found = self._entries[order]
                before = self.doc.text[start:s].split()
                if not (all(map(_title_word, before)) or all(map(_modifier_word, before))):
                    return None  # "health officials in [Gaza]": the name is not the head
            i += 1
        return found

    def _lookup(self, key: str, offset: int) -> _Entry | None:
        entry = self._by_key.get(key)
        if entry is not None:
            return entry
        for table in ("countries", "capitals"):
            canon = lexicons.table(table).get(key)
            if canon is not None and (table == "countries" or canon.lower() in self._by_key):
                entry = self._by_key.get(canon.lower())
                if entry is not None:
                    return entry
        candidates = self._index.get(key)
        if candidates:
            return _nearest(candidates, offset)
        return None

    def _by_head(self, words: list[str], offset: int) -> _Entry | None:
        """The actor last named before ``offset`` whose name, title or description has the description's head.

        "the ministry" finds the Ministry of Housing, "the official" a senior
        official described before, "the secretary of state" the actor given
        that title. A country word in the description must agree with the
        actor's ("the Chinese envoy" is not the US envoy).
        """
        at = _head_at(words)
        bucket = self._heads.get(words[at].removesuffix("'s"))
        if not bucket:
            return None
        countries = {c for c in map(_country_of, words[:at]) if c}
        best: tuple[int, _Entry] | None = None
        for entry in bucket:
            last = _last_start_before(entry, offset)
            if last < 0 or (best is not None and last <= best[0]):
                continue
            if countries and not countries <= self._countries_of(entry):
                continue
            best = (last, entry)
        return best[1] if best else None

    def _countries_of(self, entry: _Entry) -> set[str]:
        """The countries an actor's names, titles and description words name."""
        words = {w for n in entry.names for w in lookup_key(n).split()} | set(entry.words)
        words |= {w for span in entry.titles.values() for w in lookup_key(span.text).split()}
        return {c for c in map(_country_of, words) if c} | {entry.key}

    def _last_named_organization(self, offset: int) -> _Entry | None:
        """The organisation last named (not described: "the union" is no name) before ``offset``."""
        i = bisect_left(self._starts, (offset, -1, -1))
        for _, e, order in reversed(self._starts[max(i - MENTIONS_BACK, 0) : i]):
            entry = self._entries[order]
            if e <= offset and entry.kind == "organization" and not entry.described:
                return entry
        return None

    def _could_name(self, word: str) -> bool:
        """Whether one capitalised word could be a name: no contraction, not an ordinary word of the text."""
        key = lookup_key(word)
        if "'" in key or key in lexicons.words("sentence_starters") or key.endswith(ORDINARY_ENDINGS):
            return False  # "That's", "Verified", "Speaking"
        return re.search(r"(?<![\w'’-])" + re.escape(key) + r"(?![\w'’-])", self.doc.text) is None

    def _describe(self, start: int, end: int) -> _Entry | None:
        """A new actor for an unnamed source (or a name the article did not otherwise give)."""
        text = self.doc.text[start:end]
        words = text.split()
        lowered = [lookup_key(w) for w in words]
        i = 0
        while i < len(words) - 1 and (lowered[i] in _determiners() or lowered[i] in LEADING_WORDS):
            i += 1
        definite = i > 0 and lowered[i - 1] == "the" or lowered[0].endswith("'s")
        if lowered[i : i + 2] == ["number", "of"] and len(words) > i + 2:
            i += 2
        words, lowered = words[i:], lowered[i:]
        name = " ".join(words)
        key = " ".join(lowered)
        existing = self._by_key.get(key)
        if existing is not None:
            return existing
        head_at = _head_at(lowered)
        head = lowered[head_at].removesuffix("'s")
        named = all(w[:1].isupper() for w in words if w.isalpha() and w not in ("of", "and", "for", "the"))
        if named and len(words) == 1 and key in lexicons.words("source_nouns"):
            named = False  # "Officials", "Analysts" opening a sentence
        if not named and head not in lexicons.words("source_nouns") and head not in lexicons.words("titles"):
            return None  # not a description of a source: "sought help on launch day"
        if named and len(words) == 1 and not self._could_name(words[0]):
            return None  # "Last week", "That’s": a capitalised ordinary word
        if definite and not named and head in GENERIC_ORG_HEADS:
            found = self._last_named_organization(start)
            if found is not None:  # "the agency", "Gaza’s ruling group": the organisation named last
                return found
        if named:
            kind = "organization" if len(words) > 1 or words[0].isupper() else "unknown"
        elif head in lexicons.words("institution_nouns") or head in lexicons.words("organization_words"):
            kind = "organization"
        elif head in lexicons.words("collective_nouns") or (
            head.endswith("s") and not head.endswith(("ss", "us", "is"))
        ):
            kind = "group"
        else:
            kind = "person"
        content = frozenset(lowered)
        if len(content) >= 2:
            for entry in self._heads.get(head, ()):
                if entry.described and entry.kind == kind and content <= entry.words and head in entry.words:
                    return entry
        entry = self._new(kind, key, name)
        entry.described = True
        entry.words = content
        self._add_head(head, entry)
        if (
            head in GROUP_HEADS
            and lowered[head_at + 1 : head_at + 2] == ["of"]
            and len(lowered) > head_at + 2
        ):
            self._add_head(lowered[head_at + 2], entry)  # "a group of physicians": "the physicians"
        self._give_id(entry)
        return entry


def find_actors(doc: Document) -> Roster:
    """The named people, organisations and places of a document, as a :class:`Roster`.

    >>> text = "US secretary of state Antony Blinken met Mr Netanyahu. Washington has called it a bridge."
    >>> for actor in find_actors(Document.parse(text)).actors():
    ...     print(actor.id, actor.kind, [m.text for m in actor.mentions])
    united-states place ['US', 'Washington']
    antony-blinken person ['Antony Blinken']
    netanyahu person ['Mr Netanyahu']
    """
    if not isinstance(doc, Document):
        raise TypeError(f"expected a newsfacts Document, got {type(doc).__name__}")
    roster = Roster(doc)
    roster._build(find_names(doc))
    return roster


# ------------------------------------------------------------ helpers
def _is_pronoun(raw: str) -> bool:
    return raw.lower() in _pronouns() and not (raw.isupper() and len(raw) > 1)


def _title_word(word: str) -> bool:
    """Whether a word may stand before a name in a title: "US secretary of state", "CEO", "Dr."."""
    low = word.lower().rstrip(".,")
    return (
        word[:1].isupper()
        or low in lexicons.words("titles")
        or low in lexicons.words("title_modifiers")
        or low in _determiners()
        or low in lexicons.words("honorifics")
    )


def _modifier_word(word: str) -> bool:
    """A determiner or a hyphenated modifier before a name: "the 14th-ranked", "two-time", "49-year-old"."""
    low = word.lower()
    return low in _determiners() or ("-" in low[1:-1] and low[-1].isalpha())


@cache
def _pronouns() -> frozenset[str]:
    """Words that refer to an actor without naming it: "he", "its", "who", "these"."""
    return lexicons.words("pronouns") | lexicons.words("anaphors")


@cache
def _determiners() -> frozenset[str]:
    """Leading words dropped from a description to name it: "a US official", "some consumers"."""
    return lexicons.words("determiners") | lexicons.words("quantifiers")


@cache
def _country_words() -> frozenset[str]:
    """Country names and demonyms, which open descriptions ("US officials") rather than cut names."""
    return frozenset(lexicons.table("countries")) | frozenset(lexicons.table("demonyms"))


def _head_at(words: Sequence[str]) -> int:
    """The index of a description's head noun: the last word before "of", "at", "in", "who" ...

    "officials in Gaza" is headed by "officials", "council leader" by "leader".
    """
    followers = lexicons.words("head_followers")
    for k in range(1, len(words)):
        if words[k] in followers:
            return k - 1
    return len(words) - 1


def _organization_head(words: Sequence[str]) -> str:
    """The noun an organisation's name is headed by: "ministry" for the Ministry of Housing, "bank"."""
    if len(words) > 2 and words[1] in ("of", "for", "on"):
        if words[0] in lexicons.words("organization_heads") or (words[1] == "for" and words[0].endswith("s")):
            return words[0]  # "the ministry", "the doctors" (Doctors for Camp Closure)
    last = words[-1] if words else ""
    if len(words) > 1 and (
        last in lexicons.words("organization_words") or last in lexicons.words("institution_nouns")
    ):
        return last
    return ""


def _country_of(word: str) -> str:
    """The country a country name or demonym names, lower-cased, else ""."""
    country = lexicons.table("countries").get(word) or lexicons.table("demonyms").get(word)
    return country.lower() if country else ""


def _last_start_before(entry: _Entry, offset: int) -> int:
    """Where an actor was last mentioned before ``offset``, or -1."""
    i = bisect_left(entry.starts, offset)
    return entry.starts[i - 1] if i else -1


def _kind(kind: str) -> ActorKind:
    if kind in ("person", "organization", "place", "group"):
        return kind  # type: ignore[return-value]
    return "unknown"


def _slug(name: str) -> str:
    """A lower-case ASCII slug: "ESPN+" is "espn-plus", "AT&T" is "at-and-t"."""
    name = name.replace("+", " plus ").replace("&", " and ")
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = name.replace("'s ", "s ").replace("'", "")
    return SLUG_RE.sub("-", name.lower()).strip("-")


def _surname(words: Sequence[str]) -> str:
    ws = [w for w in words if w.rstrip(".") not in ("jr", "sr", "ii", "iii", "iv")]
    return (ws or list(words))[-1]


def _same_person(name: Name, candidates: Iterable[_Entry]) -> _Entry | None:
    """A person already named with the same surname and a compatible first name ("Pat"/"Patrick")."""
    first = name.words[0]
    for entry in candidates:
        if (
            entry.first.startswith(first)
            or first.startswith(entry.first)
            or entry.key.endswith(" " + name.key)
        ):
            return entry
    return None


def _nearest(entries: Sequence[_Entry], offset: int) -> _Entry:
    """Of several actors a word may name, the one named last before ``offset`` (else the first named)."""
    if len(entries) == 1:
        return entries[0]
    best, best_at = None, -1
    for entry in entries:
        before = [s for s, _ in entry.mentions if s < offset]
        if before and max(before) > best_at:
            best, best_at = entry, max(before)
    return best if best is not None else min(entries, key=lambda e: e.first_offset)


def _short_forms(display: str) -> list[str]:
    """Other keys an organisation may go by: "Amnesty" (Amnesty International), "DHS", "Homeland Security"."""
    words = display.replace("’", "'").split()
    if len(words) == 1 and "." in words[0][1:]:
        return [words[0].lower().rsplit(".", 1)[0]]  # "Edmunds.com" is "Edmunds"
    if len(words) < 2:
        return []
    lowered = [w.lower().rstrip(".,") for w in words]
    out = []
    suffixes = lexicons.words("organization_suffixes")
    cut = len(lowered)
    while cut > 1 and lowered[cut - 1] in suffixes:
        cut -= 1
        out.append(" ".join(lowered[:cut]))
    if len(lowered) > 2 and lowered[-1] in lexicons.words("organization_words"):
        out.append(" ".join(lowered[:-1]))  # "Homeland Security Department"
    heads = lexicons.words("organization_heads")
    if lowered[0] in heads and len(lowered) > 2 and lowered[1] in ("of", "for", "on"):
        out.append(" ".join(lowered[2:]))
        if lowered[1] == "of":  # "Homeland Security Department" for the Department of Homeland Security
            out.append(" ".join([*lowered[2:], lowered[0]]))
    elif lowered[-1] in heads and "of" not in lowered:
        out.append(" ".join([lowered[-1], "of", *lowered[:-1]]))
    places, countries = lexicons.words("places"), lexicons.table("countries")
    for k in (1, 2):
        head = " ".join(lowered[:k])
        if len(lowered) > k and (head in places or head in countries):
            out.append(" ".join(lowered[k:]))  # "Congress" for "US Congress"
    if lowered[-1] == "administration":
        out.append("administration")  # "the administration" for the Trump administration
    if lowered[0].endswith("'s"):
        out.append(lowered[0][:-2])  # "Moody's" for Moody's Analytics
    core = lowered[:cut]
    if len(core) == 2 and core[0] in lexicons.words("first_names"):
        out.append(core[1])  # "Walt Disney Co." is "Disney"
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(initials) >= 2:
        out.append(initials.lower())
    return out


def _common_word(word: str) -> bool:
    """Whether a word is known as something other than a name on its own: "National", "Health", "Bank"."""
    return (
        word in lexicons.words("sentence_starters")
        or word in lexicons.words("organization_heads")
        or word in lexicons.words("organization_words")
        or word in lexicons.words("title_modifiers")
        or word in lexicons.words("titles")
        or word in lexicons.words("places")
        or word in lexicons.words("first_names")
        or word in _country_words()
    )


def _first_word_form(display: str) -> str:
    """The first word an organisation may go by alone: "Tyvak" for Tyvak Nano-Satellite Systems, else ""."""
    words = display.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return ""
    first, last = lookup_key(words[0]), lookup_key(words[-1])
    if last == "administration" or (
        last not in lexicons.words("organization_words") and last not in lexicons.words("institution_nouns")
    ):
        return ""  # "Obama" is not the Obama administration
    if len(first) < 4 or not first.isalpha() or _common_word(first):
        return ""
    if len(words) > 2 and (words[1] in ("and", "&") or _common_word(lookup_key(words[1]))):
        return ""  # "Obama National Security Council", "Gannett and GateHouse Media": not theirs
    return first


def _unique_titles(spans: Iterable[Span]) -> tuple[Span, ...]:
    """The titles of an actor in text order, each text once ("Vice President" given three times)."""
    out: dict[str, Span] = {}
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        out.setdefault(span.text.lower(), span)
    return tuple(out.values())


def _plural(word: str) -> bool:
    """A plural-looking word that names a team or a group: "bruins", "jackets" (not "ross", "davis")."""
    return len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ics", "'s"))


@cache
def _first_names() -> frozenset[str]:
    return lexicons.words("first_names")


def _skeleton(surname: str) -> str:
    """A spelling-blind key for long surnames: consonants only, so "Zelensky" meets "Zelenskiy"."""
    return "~" + "".join(c for c in surname if c not in "aeiouy")


def _family(key: str, people: dict[str, list[_Entry]]) -> bool:
    """Whether a one-word plural names the family or followers of a person: "Bidens", "Trumpers"."""
    return any(key.endswith(end) and key[: -len(end)] in people for end in ("s", "es", "ers"))
