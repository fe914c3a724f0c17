"""The public contract of ``extract_facts`` and the models, independent of what the extractors find."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time

import pytest
from pydantic import ValidationError

from newsfacts import (
    Document,
    Facts,
    NewsfactsError,
    PublishedDateError,
    Span,
    extract_actors,
    extract_claims,
    extract_dates,
    extract_facts,
    extract_figures,
    extract_quotes,
)

TEXT = '"We will rebuild," Mayor Ana Ruiz said on Monday. More than 40 homes were lost, police said.'


@pytest.mark.parametrize(
    ("text", "expected"),
    [(None, "str"), (b"bytes", "str"), (42, "str"), (["a list"], "str")],
    ids=["none", "bytes", "int", "list"],
)
def test_wrong_text_type_raises_type_error_naming_what_was_expected(text, expected):
    with pytest.raises(TypeError, match=expected):
        extract_facts(text)


@pytest.mark.parametrize("published", [123, 2024.5, ["2024-08-19"]], ids=["int", "float", "list"])
def test_wrong_published_type_raises_type_error(published):
    with pytest.raises(TypeError, match="date"):
        extract_facts(TEXT, published=published)


@pytest.mark.parametrize("published", ["yesterday", "19/08/2024", "", "2024-13-01"])
def test_unreadable_published_raises_published_date_error(published):
    with pytest.raises(PublishedDateError, match="ISO 8601") as raised:
        extract_facts(TEXT, published=published)
    assert isinstance(raised.value, ValueError)
    assert isinstance(raised.value, NewsfactsError)


@pytest.mark.parametrize("published", ["19 August 2024", "Aug. 19, 2024", "Monday, August 19, 2024"])
def test_published_accepts_a_date_written_in_words(published):
    assert extract_facts(TEXT, published=published) == extract_facts(TEXT, published=dt.date(2024, 8, 19))


@pytest.mark.parametrize(
    "published",
    [
        dt.date(2024, 8, 19),
        dt.datetime(2024, 8, 19, 14, 30),
        "2024-08-19",
        "2024-08-19T14:30:00Z",
        " 2024-08-19 ",
    ],
    ids=["date", "datetime", "iso-day", "iso-utc", "iso-padded"],
)
def test_published_accepts_date_datetime_and_iso_string(published):
    assert extract_facts(TEXT, published=published) == extract_facts(TEXT, published=dt.date(2024, 8, 19))


def test_a_document_gives_the_same_facts_as_its_text():
    doc = Document.parse(TEXT)
    assert extract_facts(doc, published="2024-08-19") == extract_facts(TEXT, published="2024-08-19")


def test_per_kind_functions_return_lists_of_the_matching_facts():
    facts = extract_facts(TEXT, published="2024-08-19")
    assert extract_actors(TEXT, published="2024-08-19") == list(facts.actors)
    assert extract_quotes(TEXT, published="2024-08-19") == list(facts.quotes)
    assert extract_claims(TEXT, published="2024-08-19") == list(facts.claims)
    assert extract_figures(TEXT, published="2024-08-19") == list(facts.figures)
    assert extract_dates(TEXT, published="2024-08-19") == list(facts.dates)


def test_nothing_found_is_empty_collections_not_none():
    facts = extract_facts("")
    assert facts == Facts()
    assert all(value == () for value in facts.model_dump().values())


def test_actor_lookup(hand_facts):
    _, facts = hand_facts
    assert facts.actor("ana-ruiz").name == "Ana Ruiz"
    with pytest.raises(KeyError):
        facts.actor("nobody")


def test_quotes_claims_and_figures_by_actor_or_id(hand_facts):
    _, facts = hand_facts
    ruiz = facts.actor("ana-ruiz")
    assert [q.id for q in facts.quotes_by(ruiz)] == ["q1"]
    assert facts.quotes_by("ana-ruiz") == facts.quotes_by(ruiz)
    assert [c.id for c in facts.claims_by("police")] == ["c2"]
    assert [f.id for f in facts.figures_by("police")] == ["f1"]
    assert facts.quotes_by("police") == ()
    with pytest.raises(TypeError, match="Actor"):
        facts.quotes_by(7)


def test_facts_iterates_every_fact_in_document_order(hand_facts):
    _, facts = hand_facts
    assert [fact.id for fact in facts.facts()] == ["c1", "q1", "t1", "f1", "c2"]  # same start: shorter first


def test_the_span_walk_finds_every_span(hand_facts, spans):
    text, facts = hand_facts
    found = dict(spans(facts))
    assert len(found) == 17
    assert found["quotes[0].attribution.cue"].text == "said"
    assert found["figures[0].counts"].text == "homes"
    assert all(text[s.start : s.end] == s.text for s in found.values())


def test_facts_are_frozen(hand_facts):
    _, facts = hand_facts
    with pytest.raises(ValidationError):
        facts.quotes = ()
    with pytest.raises(ValidationError):
        facts.quotes[0].span.start = 3
    assert hash(facts) == hash(facts.model_copy())


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError, match="extra"):
        Span.model_validate({"start": 0, "end": 0, "text": "", "label": "x"})


def test_span_validator_checks_the_text_given_as_context(hand_facts):
    text, facts = hand_facts
    assert Facts.model_validate(facts.model_dump(), context={"text": text}) == facts
    with pytest.raises(ValidationError, match="is not text"):
        Facts.model_validate(facts.model_dump(), context={"text": "x" + text})
    with pytest.raises(ValidationError, match="is not text"):
        Span.model_validate({"start": 0, "end": 4, "text": "said"}, context={"text": "they said"})
    with pytest.raises(ValidationError, match="characters"):
        Span(start=0, end=5, text="said")
    with pytest.raises(ValidationError, match="start <= end"):
        Span(start=4, end=0, text="")


HUGE = """\
import sys
from newsfacts import Facts, extract_facts
text = sys.stdin.read()
assert isinstance(extract_facts(text, published="2024-08-19"), Facts)
"""


def test_huge_input_finishes():
    """2 MB of text finishes; the timeout only guards against a hang (linear code takes seconds)."""
    paragraph = '"We will rebuild," Mayor Ana Ruiz said. More than 40 homes were lost, police said.\n\n'
    text = paragraph * (2_000_000 // len(paragraph))
    try:
        done = subprocess.run(
            [sys.executable, "-c", HUGE], input=text, capture_output=True, encoding="utf-8", timeout=300
        )
    except subprocess.TimeoutExpired:
        pytest.fail("extract_facts on 2 MB did not finish in 5 minutes: something grows faster than linearly")
    assert done.returncode == 0, done.stderr[-2000:]


def _seconds(text: str) -> float:
    """CPU seconds of one run: steadier than wall time on a busy machine."""
    started = time.process_time()
    extract_facts(text, published="2024-08-19")
    return time.process_time() - started


@pytest.mark.parametrize(
    "paragraph",
    [
        "The council said on Tuesday that about 30% of 2,000 homes were hit, Ms Marsh said.\n\n",
        "The Big Company Of The United States Said ",  # one endless sentence full of cues
        "according to according to ",
        '"Quoted," he said, "and quoted again',  # quotes that never close, no sentence end
    ],
    ids=["news", "endless-sentence", "cue-runs", "open-quotes"],
)
def test_time_grows_about_linearly_with_length(paragraph):
    """4x the text takes well under 16x the time (quadratic); sizes kept small so a regression fails fast."""
    extract_facts(paragraph)  # compile patterns and load lexicons first
    small = _seconds(paragraph * (50_000 // len(paragraph)))
    large = _seconds(paragraph * (200_000 // len(paragraph)))
    ratio = large / max(small, 1e-3)
    assert ratio < 10, f"4x the text took {ratio:.1f}x the time (linear is 4x, quadratic 16x)"
