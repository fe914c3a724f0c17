"""Actors and the roster: table-driven cases from ``cases/actors.yaml`` plus roster behaviour.

The cases are texts written by us in news style; expectations are substrings of
the text, located here, so every check is also a check of offsets.
"""

from __future__ import annotations

import re

import pytest

from newsfacts.document import Document
from newsfacts.extract.actors import Roster, find_actors
from newsfacts.models import Actor
from tables import case_params, load_cases

CASES = load_cases("actors")


def _actors(text: str) -> list[Actor]:
    return find_actors(Document.parse(text)).actors()


def _by_name(actors: list[Actor], name: str) -> Actor:
    for actor in actors:
        if actor.name == name:
            return actor
    raise AssertionError(f"no actor named {name!r} in {[a.name for a in actors]}")


def _case_actors(case: dict) -> list[Actor]:
    """The actors of a case, after adding its ``sources`` (substrings, in order) as the linker would."""
    text = case["text"]
    roster = find_actors(Document.parse(text))
    at = 0
    for source in case.get("sources", []):
        start = text.index(source, at)
        roster.add_source(start, start + len(source))
        at = start + len(source)
    return roster.actors()


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case: dict) -> None:
    text = case["text"]
    actors = _case_actors(case)
    for expected in case.get("actors", []):
        actor = _by_name(actors, expected["name"])
        if "kind" in expected:
            assert actor.kind == expected["kind"], f"{actor.name}: kind {actor.kind}"
        mentions = [m.text for m in actor.mentions]
        for wanted in expected.get("mentions", []):
            assert any(wanted == m or m in wanted or wanted in m for m in mentions), (
                f"{wanted!r} not in {mentions}"
            )
            assert wanted.split()[0] in text
        titles = [t.text for t in actor.titles]
        for wanted in expected.get("titles", []):
            assert wanted in titles, f"title {wanted!r} not in {titles}"
        if "all_titles" in expected:
            assert titles == expected["all_titles"], f"{actor.name}: titles {titles}"
    names = {a.name for a in actors}
    for unwanted in case.get("none", []):
        assert unwanted not in names, f"{unwanted!r} should not be an actor"


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_spans_slice_back(case: dict) -> None:
    text = case["text"]
    for actor in _case_actors(case):
        for span in (*actor.mentions, *actor.titles):
            assert text[span.start : span.end] == span.text


def test_ids_are_unique_slugs() -> None:
    actors = _actors("ESPN will stream more games on ESPN+ this season, ESPN said.")
    ids = [a.id for a in actors]
    assert ids == ["espn", "espn-plus"]


def test_ids_stay_unique_on_collision() -> None:
    roster = find_actors(Document.parse("Officials met. Officials said so. A spokesperson for ESPN agreed."))
    text = roster.doc.text
    first = roster.add_source(0, 9)
    ids = [a.id for a in roster.actors()]
    assert len(ids) == len(set(ids))
    assert first is not None and text.startswith("Officials")


def test_order_of_first_mention_and_frozen() -> None:
    actors = _actors("Mr Blinken flew to Qatar. Antony Blinken then met Egypt's envoy.")
    assert [a.name for a in actors] == ["Antony Blinken", "Qatar", "Egypt"]
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error
        actors[0].name = "x"  # type: ignore[misc]


TEXT = (
    "US secretary of state Antony Blinken met Benjamin Netanyahu in Tel Aviv. "
    "Mr Netanyahu's office said the talks were good. "
    "The secretary of state said Washington has called it a last chance. "
    "A US official said Israeli figures showed progress. Health officials in Gaza disagreed. "
    "He said officials were wrong."
)


@pytest.fixture()
def roster() -> Roster:
    return find_actors(Document.parse(TEXT))


def _span(needle: str, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of ``needle`` as a whole word (or phrase)."""
    found = [m.start() for m in re.finditer(rf"\b{re.escape(needle)}\b", TEXT)]
    start = found[nth]
    return start, start + len(needle)


def test_resolve_names(roster: Roster) -> None:
    assert roster.resolve(*_span("Antony Blinken")) == "antony-blinken"
    assert roster.resolve(*_span("Mr Netanyahu")) == "benjamin-netanyahu"
    assert roster.resolve(*_span("Washington")) == "united-states"
    assert roster.resolve(*_span("Israeli figures")) == "israel"


def test_resolve_description_by_title(roster: Roster) -> None:
    assert roster.resolve(*_span("The secretary of state")) == "antony-blinken"


def test_resolve_name_at_end_of_longer_phrase(roster: Roster) -> None:
    assert roster.resolve(*_span("US secretary of state Antony Blinken")) == "antony-blinken"


def test_resolve_pronoun_and_unknown(roster: Roster) -> None:
    assert roster.resolve(*_span("He")) is None
    assert roster.resolve(*_span("talks")) is None


def test_possessive_office_is_its_own_actor(roster: Roster) -> None:
    office = roster.add_source(*_span("Mr Netanyahu's office"))
    assert office not in (None, "benjamin-netanyahu")
    actor = next(a for a in roster.actors() if a.id == office)
    assert actor.kind == "organization"


def test_add_source_unnamed_person_and_group(roster: Roster) -> None:
    official = roster.add_source(*_span("A US official"))
    health = roster.add_source(*_span("Health officials in Gaza"))
    group = roster.add_source(*_span("officials", 1))
    actors = {a.id: a for a in roster.actors()}
    assert (actors[official].name, actors[official].kind) == ("US official", "person")
    assert (actors[health].name, actors[health].kind) == ("Health officials in Gaza", "group")
    assert (actors[group].name, actors[group].kind) == ("officials", "group")
    assert len({official, health, group}) == 3


def test_add_source_reuses_known_actor_and_records_mention(roster: Roster) -> None:
    assert roster.add_source(*_span("Israeli figures")) == "israel"
    israel = next(a for a in roster.actors() if a.id == "israel")
    assert "Israeli figures" in [m.text for m in israel.mentions]


def test_add_source_same_description_twice(roster: Roster) -> None:
    first = roster.add_source(*_span("A US official"))
    again = roster.add_source(*_span("A US official"))
    assert first == again


def test_add_source_pronoun_and_non_source(roster: Roster) -> None:
    assert roster.add_source(*_span("He")) is None
    assert roster.add_source(*_span("the talks")) is None


def test_last_before(roster: Roster) -> None:
    he = _span("He")[0]
    assert roster.last_before(he) == "benjamin-netanyahu"
    assert roster.last_before(he, kinds=("place",)) == "gaza"
    assert roster.last_before(_span("Benjamin Netanyahu")[0]) == "antony-blinken"
    assert roster.last_before(0) is None


def test_empty_text() -> None:
    roster = find_actors(Document.parse(""))
    assert roster.actors() == []
    assert roster.resolve(0, 0) is None
    assert roster.last_before(0) is None


def test_find_actors_rejects_text() -> None:
    with pytest.raises(TypeError, match="Document"):
        find_actors("plain text")  # type: ignore[arg-type]


def _source(text: str, needle: str) -> tuple[Roster, str | None]:
    roster = find_actors(Document.parse(text))
    start = text.index(needle)
    return roster, roster.add_source(start, start + len(needle))


def test_add_source_cut_from_a_name_goes_to_that_name() -> None:
    _, found = _source("“We will wait,” said Daniel K. Moreau, a fellow at the institute.", "Daniel K")
    assert found == "daniel-k-moreau"


def test_add_source_definite_generic_organisation_is_the_last_named() -> None:
    text = "Lumen Systems cut 200 jobs on Monday. The company said demand had fallen."
    _, found = _source(text, "The company")
    assert found == "lumen-systems"


def test_add_source_ordinary_capitalised_word_is_no_actor() -> None:
    roster, found = _source("Last year the plant closed. Last week the last workers left.", "Last")
    assert found is None and roster.actors() == []
