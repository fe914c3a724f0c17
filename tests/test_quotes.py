"""Quotes inside quotes: each is a quote of its own, spoken by whoever the outer speaker says spoke it."""

from __future__ import annotations

import time

import pytest

from newsfacts import Facts, extract_facts


def _speakers(facts: Facts) -> list[tuple[str, str | None]]:
    out = []
    for quote in facts.quotes:
        source = quote.attribution.source if quote.attribution else None
        out.append((quote.span.text, facts.actor(source).name if source else None))
    return out


def test_a_nested_quote_takes_the_speaker_named_before_it() -> None:
    facts = extract_facts(
        "Harbour master Ines Duarte spoke to reporters on Friday.\n\n"
        "“I heard Captain Tomas Ferreira ask, ‘Is the channel clear?’” Duarte said."
    )
    assert _speakers(facts) == [
        ("I heard Captain Tomas Ferreira ask, ‘Is the channel clear?’", "Ines Duarte"),
        ("Is the channel clear?", "Tomas Ferreira"),
    ]


def test_a_participle_speaks_for_the_subject_of_the_verb_before_it() -> None:
    facts = extract_facts(
        "Auditor Priya Nair testified before the committee on Tuesday.\n\n"
        "“Treasurer Paul Okafor replied that ‘the money is safe,’ adding that the bank would "
        "‘cover any loss.’” Nair said."
    )
    speakers = dict(_speakers(facts))
    assert speakers["the money is safe,"] == "Paul Okafor"
    assert speakers["cover any loss."] == "Paul Okafor"
    assert len(facts.claims) == 1  # the outer statement stays one claim


def test_a_subject_before_and_speaks_for_the_later_verb() -> None:
    facts = extract_facts(
        "Coach Maria Lindqvist praised the squad on Sunday.\n\n"
        "“Coach Lindqvist came over and said, 'Well played,' and I could not stop smiling,” "
        "goalkeeper Anna Berg said."
    )
    assert dict(_speakers(facts))["Well played,"] == "Maria Lindqvist"


def test_a_nested_quote_with_no_speaker_named_takes_the_outer_speaker() -> None:
    facts = extract_facts(
        "“We were told to call it ‘routine maintenance’ and nothing more,” engineer Lars Holm said."
    )
    speakers = dict(_speakers(facts))
    assert speakers["routine maintenance"] == "Lars Holm"


def test_a_nested_quote_in_a_dropped_quote_is_dropped_too() -> None:
    facts = extract_facts("The novel “Night of ‘Glass’ Houses” sold well this year.")
    assert facts.quotes == ()


@pytest.mark.parametrize(
    "paragraph",
    ["“He said ‘no ", "“They said ‘one’ and ‘two’ and ", '‘A ‘b ‘c "d '],
    ids=["unclosed-nested", "many-nested", "singles-and-doubles"],
)
def test_nested_quotes_keep_time_linear(paragraph: str) -> None:
    def seconds(text: str) -> float:
        started = time.process_time()
        extract_facts(text)
        return time.process_time() - started

    extract_facts(paragraph)
    small = seconds(paragraph * (20_000 // len(paragraph)) + "” he said.")
    large = seconds(paragraph * (80_000 // len(paragraph)) + "” he said.")
    assert large / max(small, 1e-3) < 10


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "“Minister Ada Quist met the strikers, and then she said ‘no deal’ to them,” union leader "
            "Sam Reid said.",
            "Ada Quist",
            id="pronoun-names-the-person-named-before-it-in-the-quote",
        ),
        pytest.param(
            "“Minister Ada Quist met us, and I said ‘no deal’ to her,” union leader Sam Reid said.",
            "Sam Reid",
            id="i-is-the-outer-speaker",
        ),
    ],
)
def test_a_pronoun_before_the_verb(text: str, speaker: str) -> None:
    facts = extract_facts(text)
    assert dict(_speakers(facts))["no deal"] == speaker
    for quote in facts.quotes:
        if quote.attribution is not None and quote.attribution.mention is not None:
            mention = quote.attribution.mention
            assert text[mention.start : mention.end] == mention.text
