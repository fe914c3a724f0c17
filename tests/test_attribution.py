"""Quotes and claims with their sources, table-driven from ``cases/attribution.yaml``."""

from __future__ import annotations

import pytest

from newsfacts import Facts, extract_facts
from tables import case_params, load_cases

CASES = load_cases("attribution")


def _source_name(facts: Facts, attribution) -> str | None:
    if attribution is None or attribution.source is None:
        return None
    return facts.actor(attribution.source).name


def _check_source(facts: Facts, attribution, expected: str | None, what: str) -> None:
    name = _source_name(facts, attribution)
    if expected is None:
        return
    assert name is not None, f"{what}: no source, expected {expected!r}"
    assert expected.lower() in name.lower(), f"{what}: source {name!r}, expected {expected!r}"


@pytest.mark.parametrize("case", case_params(CASES))
def test_attribution_case(case: dict) -> None:
    text = case["text"]
    facts = extract_facts(text)
    for expected in case.get("quotes", []):
        found = [q for q in facts.quotes if expected["text"] in q.span.text]
        assert found, f"quote {expected['text']!r} not found in {[q.span.text for q in facts.quotes]}"
        quote = found[0]
        assert text[quote.span.start : quote.span.end] == quote.span.text
        if "kind" in expected:
            assert quote.kind == expected["kind"]
        _check_source(facts, quote.attribution, expected.get("speaker"), f"quote {expected['text']!r}")
    for expected in case.get("claims", []):
        found = [c for c in facts.claims if expected["text"] in c.span.text]
        assert found, f"claim {expected['text']!r} not found in {[c.span.text for c in facts.claims]}"
        claim = found[0]
        if "cue" in expected:
            assert claim.attribution is not None and claim.attribution.cue is not None
            assert claim.attribution.cue.text.lower() == expected["cue"]
        _check_source(facts, claim.attribution, expected.get("source"), f"claim {expected['text']!r}")
    for unwanted in case.get("no_claims", []):
        assert not [c for c in facts.claims if unwanted in c.span.text], f"a claim holds {unwanted!r}"
    for unwanted in case.get("no_quotes", []):
        assert not [q for q in facts.quotes if unwanted in q.span.text], f"a quote holds {unwanted!r}"


def test_claim_span_leaves_out_its_source_and_cue() -> None:
    facts = extract_facts("Officials said the road would reopen by the weekend.")
    (claim,) = facts.claims
    assert claim.span.text == "the road would reopen by the weekend"
    assert claim.attribution is not None
    assert claim.attribution.mention is not None and claim.attribution.mention.text == "Officials"


def test_quotes_in_a_claim_are_listed_by_id() -> None:
    facts = extract_facts("The mayor said the flood was “the worst in living memory” and thanked volunteers.")
    (claim,) = facts.claims
    assert claim.quotes == tuple(q.id for q in facts.quotes)
    assert claim.quotes
