"""Notebook-style use of newsfacts: facts as a table of plain dicts (no pandas needed).

Run from the project root: python examples/notebook.py
Each row is one quote, claim, figure or date in document order, with its
source named; ``pandas.DataFrame(rows)`` would turn it into a data frame.
"""

from __future__ import annotations

from newsfacts import Attribution, Facts, Figure, Quote, TimeExpression, extract_facts
from newsfacts.cli import DEMO_PUBLISHED, demo_text


def source_name(facts: Facts, attribution: Attribution | None) -> str | None:
    """The name of whoever a fact is attributed to, or None."""
    if attribution is None or attribution.source is None:
        return None
    return facts.actor(attribution.source).name


def rows(facts: Facts) -> list[dict]:
    """One dict a fact: id, kind, text, offsets, source and the fields of its kind."""
    table = []
    for fact in facts.facts():
        row = {"id": fact.id, "kind": type(fact).__name__, "text": fact.span.text, "start": fact.span.start}
        if isinstance(fact, TimeExpression):
            row.update(resolved=fact.start.isoformat() if fact.start else None, grain=fact.grain)
        else:
            row["source"] = source_name(facts, fact.attribution)
        if isinstance(fact, Figure):
            row.update(value=fact.value, qualifier=fact.qualifier, unit=fact.unit)
        if isinstance(fact, Quote):
            row["quote"] = fact.kind
        table.append(row)
    return table


def show(table: list[dict], width: int = 60) -> None:
    """Print the rows as a fixed-width table."""
    columns = list(dict.fromkeys(key for row in table for key in row))
    print(" | ".join(columns))
    for row in table:
        cells = (str(row.get(column, "")) for column in columns)
        print(" | ".join(cell if len(cell) <= width else cell[: width - 1] + "…" for cell in cells))


if __name__ == "__main__":
    facts = extract_facts(demo_text(), published=DEMO_PUBLISHED)
    print(f"{len(facts.actors)} actors: {', '.join(actor.name for actor in facts.actors)}\n")
    show(rows(facts))
