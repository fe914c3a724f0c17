"""Properties of ``extract_facts`` on any text, whatever the extractors find.

No exception on any string; every span slices back to its text; the same
input gives the same output; a paragraph break put in front shifts every
offset by its length and changes nothing else; ids are unique, ordered and
every reference between facts resolves; JSON round-trips to an equal object.
"""

from __future__ import annotations

from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from newsfacts import Facts, extract_facts

PUBLISHED = "2024-08-19"

# Pieces of news-like text, combined at random: quotes of every kind (balanced
# or not), attributions, numbers with qualifiers, dates, markup and odd characters.
FRAGMENTS = [
    '"We will rebuild," the mayor said.',
    "“It is over,” she said, “and we lost.”",
    "«Non», a-t-il dit.",
    "‘Partial’ words",
    '"unclosed quote',
    "closing only”",
    "' stray '",
    "He said that",
    "according to the Ministry of Health,",
    "a senior official said",
    "Mr Okafor said",
    "More than 2,000 people",
    "about 30%",
    "£4.5m",
    "$1.2bn",
    "between 10 and 20",
    "30-40",
    "on Tuesday",
    "last month",
    "on 14 July 2023",
    "U.S.",
    "Dr.",
    "<p>HTML</p>",
    "&nbsp;",
    "\u00a0",
    "\u200b",
    "\t",
    "\x00",
    "\x1b[31m",
    "\r\n",
    "\n\n",
    "\u2028",
    "—",
    "…",
    "🙂",
    "e\u0301",
    "١٢٣",
    " ",
    ".",
    ",",
]

news_like = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join)
any_text = st.one_of(st.text(), st.text(st.characters(codec="utf-8")), news_like)


def facts_of(text: str) -> Facts:
    return extract_facts(text, published=PUBLISHED)


def shifted(data: Any, by: int) -> Any:
    """A model dump with every span (a dict with exactly start, end, text) moved ``by`` characters."""
    if isinstance(data, dict):
        if set(data) == {"start", "end", "text"}:
            return {**data, "start": data["start"] + by, "end": data["end"] + by}
        return {key: shifted(value, by) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [shifted(item, by) for item in data]
    return data


@given(any_text)
@example("")
@example("\n\n\n")
@example('"' * 101)
@example("“" * 50 + "”" * 3)
@example("said " * 2000)
@example("1" * 5000)
@example("\ud800")  # a lone surrogate: a legal Python str
def test_no_exception_and_every_span_slices_back(spans, text):
    facts = facts_of(text)
    assert isinstance(facts, Facts)
    for path, span in spans(facts):
        assert text[span.start : span.end] == span.text, path
        assert 0 <= span.start <= span.end <= len(text), path


@given(news_like)
def test_same_input_same_output(text):
    assert facts_of(text) == facts_of(str(text))


@given(any_text)
def test_a_paragraph_break_in_front_shifts_every_offset(text):
    prefix = "\n\n"
    plain = facts_of(text).model_dump(mode="json")
    moved = facts_of(prefix + text).model_dump(mode="json")
    assert moved == shifted(plain, len(prefix))


@given(any_text)
def test_json_round_trip(text):
    facts = facts_of(text)
    assert Facts.model_validate_json(facts.model_dump_json()) == facts
    assert Facts.model_validate(facts.model_dump(), context={"text": text}) == facts


def check_references(facts: Facts) -> None:
    """Ids are unique and numbered in document order; every id a fact refers to exists."""
    for prefix, family in (
        ("q", facts.quotes),
        ("c", facts.claims),
        ("f", facts.figures),
        ("t", facts.dates),
    ):
        assert [fact.id for fact in family] == [f"{prefix}{n}" for n in range(1, len(family) + 1)]
        starts = [fact.span.start for fact in family]
        assert starts == sorted(starts), f"{prefix}-ids not in document order"
    actor_ids = [actor.id for actor in facts.actors]
    assert len(actor_ids) == len(set(actor_ids)), "duplicate actor ids"
    firsts = [min(m.start for m in actor.mentions) for actor in facts.actors if actor.mentions]
    assert firsts == sorted(firsts), "actors not in order of first mention"
    quote_ids = {q.id for q in facts.quotes}
    date_ids = {t.id for t in facts.dates}
    for fact in (*facts.quotes, *facts.claims, *facts.figures):
        if fact.attribution is not None and fact.attribution.source is not None:
            assert fact.attribution.source in actor_ids, f"{fact.id} names an unknown actor"
    for claim in facts.claims:
        assert set(claim.quotes) <= quote_ids, f"{claim.id} refers to an unknown quote"
    for fact in (*facts.claims, *facts.figures):
        assert fact.date is None or fact.date in date_ids, f"{fact.id} refers to an unknown date"


@given(news_like)
def test_ids_unique_ordered_and_resolvable(text):
    check_references(facts_of(text))


def test_demo_article_holds_every_property(spans, demo):
    text, published = demo
    facts = extract_facts(text, published=published)
    check_references(facts)
    for path, span in spans(facts):
        assert text[span.start : span.end] == span.text, path
    assert extract_facts("\n\n" + text, published=published).model_dump(mode="json") == shifted(
        facts.model_dump(mode="json"), 2
    )
