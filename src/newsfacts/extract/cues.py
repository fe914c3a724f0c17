"""Reporting cues: the words that attribute a statement ("said", "told", "according to", "believes").

A cue is a reporting or belief verb form from the ``cues`` lexicon, or a
phrase from ``cue_phrases``, standing outside any quotation. Verb forms that
follow a determiner or a possessive are nouns ("the report", "his claims")
and are not cues; a passive participle with no agent ("are believed to be")
is not a cue either, since it names no source.

A headline that names its source before a colon ("Mayor Reyes: Bridge
will reopen in May") has the colon as its cue, lemma ``:``.

Misses: cues inside quotations (a quoted speaker quoting someone else: link
reads only the speaker of a quote nested there);
nominal cues ("in a statement", "his claim that"); speaker labels of
transcripts in the body ("REYES: Well, ..."), which look like section
labels ("Lakers: Visit the Thunder on Friday.").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicons
from ..document import Document, Token

__all__ = ["Cue", "find_cues", "is_cue_form", "is_present_cue"]

# Adverbs without "-ly" that may stand before a verb ("is still believed", "have long said").
VERB_ADVERBS = frozenset({"still", "also", "not", "now", "long", "often", "sometimes", "widely", "generally"})
BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being", "am"})
# Prepositions before a verb form make it a noun ("in hopes of", "signs of hope"); "-ing" forms
# after them are gerunds that still report ("by saying", "without mentioning").
PREPOSITIONS = frozenset("in of with for from without into".split())
MAX_LABEL = 6  # tokens of a source named before a headline's colon
MAX_HEADLINE = 40  # tokens: a longer first paragraph is no headline
LABEL_MARKS = (".", "-", "&")
OPENING_MARKS = "“‘\"'«"  # marks inside a label ("Dr. Ben Carson", "Fact-Check")


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting cue: its token range ``[first, last]`` and what kind of attribution it makes.

    ``kind`` is ``speech`` (said, told), ``believe`` (believes, expects) or
    ``according`` (according to).
    """

    first: int
    last: int
    start: int
    end: int
    lemma: str
    kind: str
    form: str

    @property
    def participle(self) -> bool:
        """An ``-ing`` form ("adding that", "saying"): its source is the subject of the clause."""
        return self.kind != "according" and self.form.endswith("ing")


@cache
def _verb_forms() -> dict[str, tuple[str, str]]:
    forms = {}
    for entry in lexicons.entries("cues"):
        form, lemma, kind = (part.strip() for part in entry.split("\t"))
        forms[form.lower()] = (lemma, kind)
    return forms


def is_cue_form(word: str) -> bool:
    """Whether a lower-cased word is a reporting verb form of the ``cues`` lexicon ("said", "suggest")."""
    return word in _verb_forms()


def is_present_cue(word: str) -> bool:
    """Whether a lower-cased word is a present-tense reporting verb ("show", "shows", "says")."""
    entry = _verb_forms().get(word)
    return entry is not None and word in (entry[0], entry[0] + "s", entry[0] + "es")


@cache
def _phrases() -> dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """Multi-word cues keyed by their first word, longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for entry in lexicons.entries("cue_phrases"):
        phrase, lemma, kind = (part.strip() for part in entry.split("\t"))
        words = tuple(phrase.lower().split())
        by_first.setdefault(words[0], []).append((words, lemma, kind))
    return {first: tuple(sorted(items, key=lambda item: -len(item[0]))) for first, items in by_first.items()}


def find_cues(doc: Document) -> list[Cue]:
    """Every reporting cue outside quotations, in document order."""
    tokens = doc.tokens
    forms, phrases = _verb_forms(), _phrases()
    determiners = lexicons.words("determiners")
    quotes = doc.quotes
    q = 0
    cues: list[Cue] = []
    label = _headline_label(doc)
    if label is not None:
        cues.append(label)
    i = 0 if label is None else label.last + 1
    while i < len(tokens):
        token = tokens[i]
        while q < len(quotes) and quotes[q].end <= token.start:
            q += 1
        if q < len(quotes) and quotes[q].start <= token.start:
            i += 1
            continue
        word = token.text.lower()
        if word == ":" and _names_speaker(doc, i, cues):
            cues.append(Cue(i, i, token.start, token.end, ":", "speech", ":"))
            i += 1
            continue
        phrase = _match_phrase(tokens, i, phrases.get(word, ()))
        if phrase is not None:
            length, lemma, kind = phrase
            last = i + length - 1
            cues.append(Cue(i, last, token.start, tokens[last].end, lemma, kind, tokens[last].text.lower()))
            i = last + 1
            continue
        if word in forms and _is_verb_use(tokens, i, determiners):
            lemma, kind = forms[word]
            cues.append(Cue(i, i, token.start, token.end, lemma, kind, word))
        i += 1
    return cues


def _headline_label(doc: Document) -> Cue | None:
    """The colon of a headline naming its source first: "Mayor Reyes: Bridge will reopen in May".

    The first paragraph must be short, open with a capitalised word and reach
    the colon within ``MAX_LABEL`` tokens of words or name marks, none of them a
    reporting verb ("Ms Okafor said: ..." is read as a plain cue), and at
    least three words must follow the colon.
    """
    if not doc.paragraphs or not doc.tokens:
        return None
    tokens = doc.tokens
    paragraph_end = doc.paragraphs[0][1]
    if not tokens[0].text[0].isupper():
        return None
    colon = next(
        (
            k
            for k, token in enumerate(tokens[: MAX_LABEL + 1])
            if not (token.text[0].isalnum() or token.text in LABEL_MARKS) or token.text in _verb_forms()
        ),
        None,
    )
    if colon is None or colon == 0 or tokens[colon].text != ":":
        return None
    words = 0
    for k, token in enumerate(tokens[colon + 1 :], colon + 1):
        if token.start >= paragraph_end:
            break
        if k > MAX_HEADLINE:
            return None
        words += token.text[0].isalnum()
    if words < 3:
        return None
    return Cue(colon, colon, tokens[colon].start, tokens[colon].end, ":", "speech", ":")


def _names_speaker(doc: Document, colon: int, cues: list[Cue]) -> bool:
    """A colon between a name and a quotation: ``pollster Dana Ruiz: “Turnout will be low.”``.

    The name is a run of up to ``MAX_LABEL`` capitalised words ending at the
    colon, the quotation opens right after it, and no cue stands earlier in
    the sentence ("told CNN: “...”" is read from "told"). Misses: labels of
    transcripts without quotation marks ("REYES: Well, ..."), and names
    followed by a date or place ("Ruiz in 2019: “...”").
    """
    tokens = doc.tokens
    if colon == 0 or colon + 1 >= len(tokens) or tokens[colon + 1].text not in OPENING_MARKS:
        return False
    opened = doc.quote_at(tokens[colon + 1].end)
    if opened is None or opened.start > tokens[colon + 1].end + 1:
        return False
    last = tokens[colon - 1].text
    if not last[0].isupper() or last.lower() in _label_stops():
        return False
    sentence_start = doc.sentence_at(tokens[colon].start)[0]
    return not (cues and cues[-1].start >= sentence_start)


@cache
def _label_stops() -> frozenset[str]:
    """Capitalised words that end no speaker's name: months, weekdays, pronouns."""
    return (
        frozenset(lexicons.table("months"))
        | frozenset(lexicons.table("weekdays"))
        | lexicons.words("pronouns")
    )


def _match_phrase(tokens: tuple[Token, ...], i: int, candidates) -> tuple[int, str, str] | None:
    for words, lemma, kind in candidates:
        window = tokens[i : i + len(words)]
        if len(window) == len(words) and all(t.text.lower() == w for t, w in zip(window, words, strict=True)):
            return len(words), lemma, kind
    return None


def _is_verb_use(tokens: tuple[Token, ...], i: int, determiners: frozenset[str]) -> bool:
    """False for noun uses ("the report", "in hopes of") and agentless passives ("is believed")."""
    if i == 0:
        return True
    before = tokens[i - 1].text
    lower = before.lower()
    form = tokens[i].text.lower()
    if (
        lower in determiners
        or lower.endswith(("’s", "'s"))
        or lower in ("’", "'", "most", "more", "less", "least")
        or (lower in PREPOSITIONS and not form.endswith("ing"))
    ):
        return False
    following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if form.endswith("s") and following == "of" and lower.endswith("ing") and before.islower():
        return False  # "raising hopes of", "fuelling fears of": a noun, the object of the participle
    if form.startswith("ask") and [t.text.lower() for t in tokens[i + 1 : i + 3]] == ["not", "to"]:
        return False  # "who asked not to be named": a condition of anonymity, not a report
    k = i - 1
    while k > 0 and _adverb(tokens[k].text):
        k -= 1
    if tokens[k].text.lower() in BE_FORMS and not form.endswith("ing"):
        following = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        return following == "by"
    return not before[:1].isdigit()


def ly_adverb(word: str) -> bool:
    """A lowercase "-ly" word that may stand between a subject and its verb ("widely", "repeatedly")."""
    return word.islower() and len(word) > 4 and word.endswith("ly")


def _adverb(word: str) -> bool:
    """An adverb that may stand before a verb: "still", "also", "widely"."""
    return word in VERB_ADVERBS or ly_adverb(word)
