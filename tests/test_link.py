"""Linking: sources resolved across sentences, figures and dates tied to claims."""

from __future__ import annotations

import pytest

from newsfacts import Facts, extract_facts


def _source(facts: Facts, fact) -> str | None:
    if fact.attribution is None or fact.attribution.source is None:
        return None
    return facts.actor(fact.attribution.source).name


def test_pronoun_takes_the_source_named_before_it() -> None:
    facts = extract_facts(
        "Mayor Daniel Reyes said the bridge would reopen in May.\n\n"
        "“We owe it to the people who cross it every day,” he said."
    )
    (quote,) = facts.quotes
    assert _source(facts, quote) == "Daniel Reyes"


def test_the_statement_stands_for_the_last_source() -> None:
    facts = extract_facts(
        "The ministry said in a statement that two boats had capsized.\n\n"
        "“The search will continue overnight,” the statement said."
    )
    sources = {_source(facts, claim) for claim in facts.claims}
    assert sources == {"ministry"}


def test_figure_in_a_claim_takes_its_source() -> None:
    facts = extract_facts("Police said more than 300 people had been evacuated from the valley.")
    (figure,) = facts.figures
    assert figure.value == 300
    assert figure.qualifier == "lower_bound"
    assert _source(facts, figure) == "Police"


def test_figure_outside_any_claim_is_unattributed() -> None:
    facts = extract_facts("The bridge was built in 1932 and carries 40,000 cars a day.")
    (figure,) = facts.figures
    assert figure.attribution is None


def test_claim_is_dated_by_the_time_of_its_cue() -> None:
    facts = extract_facts(
        "Prime minister Ana Lopes told the cabinet on Sunday that the budget would be cut.",
        published="2024-05-08",
    )
    (claim,) = facts.claims
    assert claim.date is not None
    date = next(d for d in facts.dates if d.id == claim.date)
    assert date.span.text.endswith("Sunday")
    assert str(date.start) == "2024-05-05"


def test_relayed_statement_is_one_claim_and_the_quote_keeps_its_speaker() -> None:
    facts = extract_facts(
        "Norway said Hamas had told it that the talks were “going nowhere” without new guarantees."
    )
    assert [_source(facts, claim) for claim in facts.claims] == ["Norway"]
    (quote,) = facts.quotes
    assert _source(facts, quote) == "Hamas"


def test_quote_paragraph_continues_its_speaker() -> None:
    facts = extract_facts(
        "“We lost everything in an hour,” said farmer Ruth Mbeki.\n\n"
        "“The water came from both sides of the field.”"
    )
    assert [_source(facts, quote) for quote in facts.quotes] == ["Ruth Mbeki", "Ruth Mbeki"]
    assert len(facts.claims) == 2


def test_every_source_is_an_actor() -> None:
    facts = extract_facts(
        "A senior official said the plan was dead. Officials in Lagos said it was alive. "
        "According to the ministry, 12 people were hurt."
    )
    ids = {actor.id for actor in facts.actors}
    for fact in (*facts.quotes, *facts.claims, *facts.figures):
        if fact.attribution and fact.attribution.source:
            assert fact.attribution.source in ids


def test_capitalised_modal_is_a_name_and_doubled_closing_marks_close() -> None:
    facts = extract_facts("“The figures were wrong,’’ Will Hart, the council’s auditor, told the inquiry.")
    (quote,) = facts.quotes
    assert _source(facts, quote) == "Will Hart"


def test_a_quote_after_narration_is_a_claim_of_its_own() -> None:
    facts = extract_facts(
        "“We sold everything,” said grower Tom Ade, who farms near the river. "
        "He has worked the land since he was a boy. “Eventually it has to get better.”"
    )
    assert [claim.span.text.rstrip(",.") for claim in facts.claims] == [
        "We sold everything",
        "Eventually it has to get better",
    ]
    assert {_source(facts, claim) for claim in facts.claims} == {"Tom Ade"}


def test_a_participle_after_with_makes_no_claim() -> None:
    facts = extract_facts(
        "The fund will pay each family £500, with the first payments expected within three weeks, "
        "Ms Hale said."
    )
    assert [
        claim.attribution.cue.text for claim in facts.claims if claim.attribution and claim.attribution.cue
    ] == ["said"]


def test_a_plural_possessive_in_an_apposition_keeps_the_source() -> None:
    facts = extract_facts(
        "“Prices will fall,” Jane Reid, the Growers' chief economist, said in a statement. "
        "“Not soon, though.”"
    )
    assert [_source(facts, quote) for quote in facts.quotes] == ["Jane Reid", "Jane Reid"]


def test_an_abbreviation_possessive_in_an_apposition_keeps_the_source() -> None:
    facts = extract_facts(
        "Ian Moss, a researcher at the U.K.'s University of Leeds, told reporters: “The rise is small.”"
    )
    assert [_source(facts, quote) for quote in facts.quotes] == ["Ian Moss"]


def test_a_pronoun_after_narration_takes_the_person_named_in_its_sentence() -> None:
    facts = extract_facts(
        "“He was a danger to the public,” prosecutor Ann Lowe said.\n\n"
        "Carl Dunn was arrested after a call in which he said he would “burn the place down.”"
    )
    quote = next(q for q in facts.quotes if q.span.text.startswith("burn"))
    assert _source(facts, quote) == "Carl Dunn"


def test_a_pronoun_with_a_contraction_is_a_pronoun() -> None:
    facts = extract_facts(
        "Mayor Daniel Reyes met the families on Friday.\n\n"
        "“We’ll rebuild every house,” he’d told them a week before."
    )
    assert [_source(facts, quote) for quote in facts.quotes] == ["Daniel Reyes"]


@pytest.mark.parametrize(
    ("sentence", "producer"),
    [
        ("Sales fell 4%, according to data compiled by Bloomberg.", "Bloomberg"),
        ("Sales fell 4%, according to the Auto Trends report from CarStats.", "CarStats"),
        ("Sales fell 4%, according to a Gallup report in April.", "Gallup"),
    ],
    ids=["compiled-by", "report-from", "before-the-noun"],
)
def test_a_document_as_source_stands_for_its_producer(sentence: str, producer: str) -> None:
    facts = extract_facts(sentence)
    (figure,) = facts.figures
    assert _source(facts, figure) == producer


def test_a_pronoun_after_a_quote_passes_over_names_inside_the_quote() -> None:
    facts = extract_facts(
        "Northwind Foods has pulled its advertising from the show.\n\n"
        "“We will not work with Acme Media again,” they said."
    )
    assert [_source(facts, quote) for quote in facts.quotes] == ["Northwind Foods"]


def test_a_claim_is_not_dated_by_a_date_inside_another_quotation() -> None:
    facts = extract_facts(
        "Sales fell in October, analyst Dan Moe said, adding: “2019 was weaker than 2018.”",
        published="2019-11-20",
    )
    said = next(
        c for c in facts.claims if c.attribution and c.attribution.cue and c.attribution.cue.text == "said"
    )
    assert said.date is None


def test_an_unattributed_title_in_prose_is_no_quote_but_a_quoted_heading_is() -> None:
    facts = extract_facts(
        "The service streams films from Pixar, “Star Wars,” and Marvel Studios.\n\n“No more delays”\n\n"
        "The campaign began on Monday."
    )
    assert [quote.span.text for quote in facts.quotes] == ["No more delays"]
