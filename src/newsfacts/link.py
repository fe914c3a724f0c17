"""Linking: tie attributions, quotes, figures and dates to actors and to each other.

Inputs are what the extractors found as offsets; the output is the frozen
:class:`~newsfacts.models.Facts`. The rules, in order:

1. Each attribution's source mention becomes an actor id through the roster
   (a document as source stands for its producer: "data compiled by
   Bloomberg"); a pronoun ("he", "it said") takes a fitting actor named
   earlier in its sentence of narration, else the most recent source of a
   fitting kind, else the most recently mentioned actor of that kind named
   before the quotation it attributes.
2. An attribution whose cue lies inside another one's content is relayed
   ("Turkey said Hamas told it ..."): it gives quotes their speaker but is not
   a claim of its own.
3. A quote takes the innermost attribution whose content holds it; a quote
   paragraph with no cue continues the previous quote's speaker. Unattributed
   partial quotes are scare quotes or titles and are dropped. A quote nested
   in another takes the speaker of the nearest cue before it inside the outer
   quote, else the outer quote's speaker. A quote inside
   a quote takes the speaker its quoted speaker names: the nearest "<name>
   <speech verb>" before it in its sentence within the outer quote ("I heard
   the mayor ask, 'Is it done?'"), passing over a participle ("adding that")
   to its clause's subject; failing that, the outer quote's speaker.
4. A figure takes the attribution of the innermost content holding it.
5. A claim (or figure) is dated by the time expression of its sentence that
   lies outside its content ("told the cabinet on Sunday that ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from . import lexicons
from .document import Document
from .extract.actors import Roster
from .extract.claims import RawAttribution
from .extract.quotes import RawQuote
from .models import Attribution, Claim, Facts, Figure, Quote, Span, TimeExpression

__all__ = ["link"]

CONTRACTION_RE = re.compile(r"[’'](?:ll|ve|d|re|s|m)$")
PARAGRAPHS_BACK = 3  # how far back a pronoun looks for the previous speaker
SPEAKERS_BACK = 12  # and how many earlier sources it weighs at most
MAX_NAME_WORDS = 3  # an unattributed quotation this short is a name or a term ("Star Wars", "phase one")
# The actor kinds a pronoun class may name when no earlier source fits.
PRONOUN_KINDS = {
    "person": ("person",),
    "thing": ("organization", "place"),
    "plural": ("group", "organization"),
}
# Participles before "by" naming who read a document, not who produced it ("seen by Reuters").
READER_PARTICIPLES = frozenset(
    {"seen", "obtained", "reviewed", "viewed", "read", "cited", "quoted", "published"}
)
# Speech verbs a quoted speaker uses to quote someone in turn ("I heard him ask, 'Is it done?'").
NESTED_SPEECH_VERBS = frozenset(
    """say says said saying ask asks asked asking reply replies replied replying tell tells told telling
    call calls called write writes wrote add adds added adding answer answered respond responded
    shout shouted yell yelled declare declared insist insisted""".split()
)
# Words that may stand between a speaker and its verb ("Lee then said", "she would ask").
BETWEEN_SPEAKER_AND_VERB = frozenset("then also later again once had has have would will did to".split())
NESTED_LOOK_BACK = 300  # characters before a nested quote searched for its speaker (keeps linking linear)
NESTED_PRONOUNS = {"he": ("person",), "she": ("person",), "they": ("group", "organization", "person")}
# Words that tie a name to a noun before it ("authors of the study", "data by Bloomberg"): no title then.
LINKING_WORDS = frozenset({"of", "by", "for", "at", "from", "in", "with", "on", "to", "and", "or"})


def link(
    doc: Document,
    roster: Roster,
    *,
    attributions: Sequence[RawAttribution],
    quotes: Sequence[RawQuote],
    figures: Sequence[Figure],
    dates: Sequence[TimeExpression],
) -> Facts:
    """Assemble the facts of one document from its extractors' findings."""
    linker = _Linker(doc, roster)
    contents = _Contents([(raw.content[0], raw.content[1], n) for n, raw in enumerate(attributions)])
    relayed = [
        contents.innermost(raw.cue.start, raw.content[1], exclude=n) is not None
        for n, raw in enumerate(attributions)
    ]
    by_position = sorted(range(len(attributions)), key=lambda n: _where(attributions[n]))
    resolved_at: dict[int, Attribution] = {}
    for n in by_position:  # in reading order, so a pronoun finds the sources named before it
        resolved_at[n] = linker.attribution(attributions[n], remember=not relayed[n])
    resolved = [resolved_at[n] for n in range(len(attributions))]

    def holder(start: int, end: int) -> Attribution | None:
        found = contents.innermost(start, end)
        return None if found is None else resolved[found]

    quote_facts, continued = linker.quotes(quotes, holder)
    drafts = [
        _ClaimDraft(raw.content[0], raw.content[1], att)
        for raw, att, inner in zip(attributions, resolved, relayed, strict=True)
        if not inner
    ]
    drafts = _absorb_continuations(doc, drafts, continued)
    drafts.sort(key=lambda draft: (draft.start, draft.end))
    quote_starts = [q.span.start for q in quote_facts]
    date_starts = [d.span.start for d in dates]
    claims = []
    for n, draft in enumerate(drafts, 1):
        start, end, att = draft.start, draft.end, draft.attribution
        nearby = quote_facts[bisect_left(quote_starts, start) : bisect_right(quote_starts, end)]
        cue_at = att.cue.start if att and att.cue else start
        claims.append(
            Claim(
                id=f"c{n}",
                span=Span.of(doc.text, start, end),
                attribution=att,
                quotes=tuple(q.id for q in nearby if q.span.end <= end),
                date=_date_near(doc, dates, date_starts, cue_at, (start, end)),
            )
        )
    linked_figures = tuple(
        figure.model_copy(
            update={
                "attribution": holder(figure.span.start, figure.span.end),
                "date": figure.date or _date_near(doc, dates, date_starts, figure.span.start, None),
            }
        )
        for figure in figures
    )
    return Facts(
        actors=tuple(roster.actors()),
        quotes=tuple(quote_facts),
        claims=tuple(claims),
        figures=linked_figures,
        dates=tuple(dates),
    )


class _Contents:
    """Attribution contents sorted by start, answering "which content holds this span?" locally.

    Contents are short and rarely nested, so a look back over the last
    ``LOOK_BACK`` contents starting before a span finds the innermost one
    holding it while keeping linking linear in the document.
    """

    LOOK_BACK = 32

    def __init__(self, items: list[tuple[int, int, int]]) -> None:
        self.items = sorted(items, key=lambda item: (item[0], -item[1]))
        self.starts = [item[0] for item in self.items]

    def innermost(self, start: int, end: int, *, exclude: int | None = None) -> int | None:
        """The index of the innermost content holding ``[start, end)``, other than ``exclude``."""
        i = bisect_right(self.starts, start)
        for k in range(i - 1, max(i - 1 - self.LOOK_BACK, -1), -1):
            _, content_end, index = self.items[k]
            if content_end >= end and index != exclude:
                return index
        return None


class _Linker:
    def __init__(self, doc: Document, roster: Roster) -> None:
        self.doc = doc
        self.roster = roster
        self.pronouns = lexicons.words("pronouns")
        self.determiners = lexicons.words("determiners")
        self.document_nouns = lexicons.words("document_nouns")
        self.speakers: list[tuple[int, str, str]] = []  # (offset, actor id, pronoun class) of earlier sources
        self._nested_cache: list[int] | None = None

    def attribution(self, raw: RawAttribution, *, remember: bool = True) -> Attribution:
        mention = raw.mention
        source = None
        if mention is not None:
            words = self.doc.text[mention[0] : mention[1]]
            bare = CONTRACTION_RE.sub("", words.lower())  # "They’ll" is "they"
            if bare in self.pronouns:
                said_before = (
                    raw.content[0] if raw.content_before and raw.content[0] < mention[0] else mention[0]
                )
                source = self.pronoun(bare, mention[0], said_before=said_before)
            elif self.is_document_anaphor(*mention):
                source = self.latest_source(mention[0])  # "the statement said": the last source's
            else:
                source = self.named_inside(*mention) or self.roster.add_source(*self.producer(*mention))
            if source is not None and remember:
                self.speakers.append((mention[0], source, _pronoun_class(self.roster, source)))
        return Attribution(
            source=source,
            mention=Span.of(self.doc.text, *mention) if mention else None,
            cue=Span.of(self.doc.text, raw.cue.start, raw.cue.end),
        )

    def named_inside(self, start: int, end: int) -> str | None:
        """A known person named at the end of a longer mention: "InfoNation president Dan McDowell"."""
        tokens = self.doc.tokens_in(start, end)
        if len(tokens) < 3:
            return None
        for k in range(1, len(tokens)):
            if tokens[k - 1].text.lower() in LINKING_WORDS or tokens[k - 1].text.lower().endswith("ed"):
                return None  # "data compiled by Bloomberg", "authors of the study": not a title before a name
            if all(t.text[:1].isupper() or t.text == "." for t in tokens[k:]):
                found = self.roster.resolve(tokens[k].start, end)
                if found is not None and self.roster.kind_of(found) == "person":
                    return found
        return None

    def producer(self, start: int, end: int) -> tuple[int, int]:
        """Who produced a document named as a source; other mentions stand as they are.

        "data compiled by Bloomberg" and "the Facts report from InfoNation"
        name their producer after "by" or "from"; "a Moody's report in April"
        names it before the document noun. A producer must be capitalised
        (a name): "state figures" stays as it is.
        """
        tokens = self.doc.tokens_in(start, end)
        head = next((k for k, t in enumerate(tokens) if t.text.lower() in self.document_nouns), None)
        if head is None:
            return start, end
        after = next(
            (k for k in range(head + 1, len(tokens)) if tokens[k].text.lower() in ("by", "from")), None
        )
        if after is not None and tokens[after - 1].text.lower() in READER_PARTICIPLES:
            after = None  # "reports seen by Reuters": Reuters read them, someone else wrote them
        candidates = [] if after is None else [list(tokens[after + 1 :])]
        candidates.append(list(tokens[:head]))
        for kept in candidates:
            while kept and kept[0].text.lower() in self.determiners:
                kept.pop(0)
            if kept and any(t.text[:1].isupper() for t in kept):
                return kept[0].start, kept[-1].end
        return start, end

    def is_document_anaphor(self, start: int, end: int) -> bool:
        """A document named only by a definite article: "the statement", "the report"."""
        words = [t.text.lower() for t in self.doc.tokens_in(start, end)]
        return len(words) == 2 and words[0] in ("the", "this", "that") and words[1] in self.document_nouns

    def latest_source(self, offset: int) -> str | None:
        """The most recent source named before ``offset`` within a few paragraphs, of any kind."""
        if not self.speakers:
            return None
        at, source, _ = self.speakers[-1]
        near = self.doc.paragraph_index(at) >= self.doc.paragraph_index(offset) - PARAGRAPHS_BACK
        return source if near else None

    def pronoun(self, word: str, offset: int, *, said_before: int | None = None) -> str | None:
        """The actor a pronoun names.

        A fitting actor named earlier in the same sentence comes first ("Lee
        was arrested after a call in which he said ..."), then the latest
        earlier source of its kind, then the latest such actor named before
        ``said_before`` (the start of what the pronoun's speaker said, so that
        names inside the quotation in "'... Acme ...,' they said" are passed over).
        """
        wanted = {"he": "person", "she": "person", "i": "person", "it": "thing"}.get(word, "plural")
        sentence_start = self.doc.sentence_at(offset)[0]
        if not self.doc.has_quote_between(sentence_start, offset):  # narration only: no quoted names before
            in_sentence = self.roster.last_before(offset, PRONOUN_KINDS[wanted], since=sentence_start)
            if in_sentence is not None:
                return in_sentence
        paragraph = self.doc.paragraph_index(offset)
        for at, source, kind in reversed(self.speakers[-SPEAKERS_BACK:]):
            if self.doc.paragraph_index(at) < paragraph - PARAGRAPHS_BACK:
                break
            if kind == wanted or (wanted == "plural" and kind != "person"):
                return source
        return self.roster.last_before(min(offset, said_before or offset), PRONOUN_KINDS[wanted])

    def quotes(
        self, raws: Sequence[RawQuote], holder: Callable[[int, int], Attribution | None]
    ) -> tuple[list[Quote], list[tuple[int, int, Attribution]]]:
        """Quotes with speakers, and the unattributed quote paragraphs that continue a speaker."""
        out: list[Quote] = []
        continued: list[tuple[int, int, Attribution]] = []
        previous: tuple[RawQuote, Attribution] | None = None
        outer: tuple[tuple[int, int], Attribution | None] = ((-1, -1), None)  # the last outer quote kept
        for raw in raws:
            if raw.outer is not None:
                if raw.outer != outer[0]:
                    continue  # its outer quote was dropped: no one's words
                out.append(
                    Quote(
                        id=f"q{len(out) + 1}",
                        span=Span.of(self.doc.text, raw.start, raw.end),
                        kind=raw.kind,  # type: ignore[arg-type]
                        attribution=self.nested_speaker(raw.start, raw.outer[0], outer[1]),
                    )
                )
                continue
            attribution = holder(raw.start, raw.end)
            if attribution is None and raw.kind == "direct" and raw.opens_sentence and previous is not None:
                gap = self.doc.paragraph_index(raw.start) - self.doc.paragraph_index(previous[0].start)
                if gap <= 1:
                    attribution = Attribution(source=previous[1].source)
                    continued.append((raw.start, raw.end, attribution))
            if attribution is None and (raw.kind == "partial" or self.is_name_in_prose(raw)):
                continue  # scare quotes, titles ("Star Wars,"), words discussed as words
            if attribution is not None and attribution.source is not None:
                previous = (raw, attribution)
            outer = ((raw.start, raw.end), attribution)
            out.append(
                Quote(
                    id=f"q{len(out) + 1}",
                    span=Span.of(self.doc.text, raw.start, raw.end),
                    kind=raw.kind,  # type: ignore[arg-type]
                    attribution=attribution,
                )
            )
        return out, continued

    def is_name_in_prose(self, raw: RawQuote) -> bool:
        """A short quotation inside running text: a title or a term ("“Star Wars,” Marvel and Pixar").

        A short quotation standing as a paragraph of its own is kept: it is a
        quoted heading ("“No jobs”"), someone's words.
        """
        words = sum(1 for token in self.doc.tokens_in(raw.start, raw.end) if token.text[0].isalnum())
        return words <= MAX_NAME_WORDS and not raw.opens_paragraph

    def nested_speaker(
        self, start: int, outer_start: int, fallback: Attribution | None
    ) -> Attribution | None:
        """The speaker of a quote inside a quote: who the outer speaker says spoke, else the outer speaker."""
        sentence_start = max(self.doc.sentence_at(start)[0], outer_start, start - NESTED_LOOK_BACK)
        tokens = self.doc.tokens_in(sentence_start, start)
        for k in range(len(tokens) - 1, 0, -1):
            word = tokens[k].text.lower()
            if word not in NESTED_SPEECH_VERBS or word.endswith("ing") or self.in_nested(tokens[k].start):
                continue  # a participle ("adding that") speaks for the subject of the verb before it
            j = k - 1
            while j > 0 and tokens[j].text.lower() in BETWEEN_SPEAKER_AND_VERB:
                j -= 1
            if tokens[j].text.lower() == "and":  # "Coach Lee came in and said": the clause's subject
                j = 0
                while j + 1 < k and _in_name(tokens[j + 1].text):
                    j += 1
                if not (_in_name(tokens[0].text) or tokens[0].text.lower() in NESTED_PRONOUNS):
                    continue
            first = j
            while first >= 0 and _in_name(tokens[first].text):
                first -= 1
            first = min(first + 1, j)  # no capitalised word: the word before the verb ("he said")
            source = None
            if tokens[first].text.lower() in ("i", "we"):
                return fallback  # the outer speaker quoting their own words
            if tokens[first].text.lower() in NESTED_PRONOUNS:
                word = tokens[first].text.lower()
                source = self.roster.last_before(
                    tokens[first].start, NESTED_PRONOUNS[word], since=outer_start
                )
            elif _in_name(tokens[first].text):
                known = (self.roster.resolve(tokens[i].start, tokens[j].end) for i in range(first, j + 1))
                source = next((found for found in known if found is not None), None)
                source = source or self.roster.add_source(tokens[first].start, tokens[j].end)
            if source is None:
                continue
            return Attribution(
                source=source,
                mention=Span.of(self.doc.text, tokens[first].start, tokens[j].end),
                cue=Span.of(self.doc.text, tokens[k].start, tokens[k].end),
            )
        return fallback

    def in_nested(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quote nested in another."""
        nested = self.doc.nested_quotes
        i = bisect_right(self._nested_starts, offset) - 1
        return i >= 0 and offset < nested[i].end

    @property
    def _nested_starts(self) -> list[int]:
        if self._nested_cache is None:
            self._nested_cache = [q.start for q in self.doc.nested_quotes]
        return self._nested_cache


def _in_name(word: str) -> bool:
    """Whether a token may belong to a capitalised name ("Coach (Frank) Lee", "J. Smith")."""
    return word[:1].isupper() or word in (".", "(", ")")


def _pronoun_class(roster: Roster, actor_id: str) -> str:
    kind = roster.kind_of(actor_id)
    return {"person": "person", "unknown": "person", "group": "plural"}.get(kind, "thing")


def _where(raw: RawAttribution) -> int:
    """Where an attribution names its source: the mention, else the cue."""
    return raw.mention[0] if raw.mention else raw.cue.start


@dataclass(slots=True)
class _ClaimDraft:
    """A claim's span and attribution while continuations may still extend it."""

    start: int
    end: int
    attribution: Attribution | None


def _absorb_continuations(
    doc: Document, drafts: list[_ClaimDraft], continued: list[tuple[int, int, Attribution]]
) -> list[_ClaimDraft]:
    """A continued quote joins its speaker's claim in the sentence before it, or is a claim of its own."""
    ending_in: dict[int, list[_ClaimDraft]] = {}
    for draft in drafts:
        ending_in.setdefault(doc.paragraph_index(draft.end - 1), []).append(draft)
    for start, end, attribution in continued:
        paragraph = doc.paragraph_index(start)
        joined = next(
            (
                draft
                for draft in reversed(ending_in.get(paragraph, ()))
                if draft.end <= start
                and draft.attribution is not None
                and draft.attribution.source == attribution.source
                and doc.sentence_index(start) - doc.sentence_index(draft.end - 1) <= 1  # nothing said between
            ),
            None,
        )
        if joined is not None:
            joined.end = max(joined.end, end)
        else:
            draft = _ClaimDraft(start, end, attribution)
            drafts.append(draft)
            ending_in.setdefault(paragraph, []).append(draft)
    return drafts


def _date_near(
    doc: Document,
    dates: Sequence[TimeExpression],
    date_starts: list[int],
    offset: int,
    content: tuple[int, int] | None,
) -> str | None:
    """The id of the time expression in the sentence of ``offset`` nearest to it, outside ``content``.

    For a claim (``content`` given), a date inside any quotation is passed
    over too: quoted words date what they speak of, not when they were said
    ("..., adding: '2019 is not as strong'").
    """
    start, end = doc.sentence_at(offset)
    best = None
    for date in dates[bisect_left(date_starts, start) : bisect_right(date_starts, end)]:
        if date.span.end > end:
            continue
        if content is not None and (
            content[0] <= date.span.start < content[1] or doc.quote_at(date.span.start) is not None
        ):
            continue
        distance = abs(date.span.start - offset)
        if best is None or distance < best[0]:
            best = (distance, date.id)
    return best[1] if best else None
