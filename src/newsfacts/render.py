"""Facts as readable text lines, for people reading the output in a terminal.

One job: turn a :class:`~newsfacts.models.Facts` into lines of text, a
section per fact family, sources shown by name (never by actor id). Machine
output is pydantic's own JSON (``Facts.model_dump_json``), not this.
"""

from __future__ import annotations

from .models import Attribution, Facts, Figure, TimeExpression

__all__ = ["render"]

WIDTH = 100  # longest quote or claim shown before it is cut with an ellipsis


def render(facts: Facts) -> list[str]:
    """The facts as text lines: actors, quotes, claims, figures and dates, each under a heading.

    Args:
        facts: what :func:`~newsfacts.extract_facts` returned.

    Returns:
        The lines, without line ends; an empty family shows ``(none)``.

    >>> from newsfacts import Facts
    >>> render(Facts())[:2]
    ['Actors (0)', '  (none)']
    """
    names = {actor.id: actor.name for actor in facts.actors}

    def source(attribution: Attribution | None) -> str:
        if attribution is None:
            return "unattributed"
        if attribution.source is not None:
            who = names.get(attribution.source) or (attribution.mention.text if attribution.mention else "?")
        else:
            who = f"unresolved {attribution.mention.text!r}" if attribution.mention else "unattributed"
        return f"{who} ({attribution.cue.text})" if attribution.cue else who

    sections = [
        ("Actors", [f"{a.name} [{a.kind}]{_titles(a.titles)}" for a in facts.actors]),
        ("Quotes", [f"{_short(q.span.text)!r} ({q.kind}) — {source(q.attribution)}" for q in facts.quotes]),
        ("Claims", [f"{_short(c.span.text)!r} — {source(c.attribution)}" for c in facts.claims]),
        ("Figures", [f"{_figure(f)} — {source(f.attribution)}" for f in facts.figures]),
        ("Dates", [_date(t) for t in facts.dates]),
    ]
    lines: list[str] = []
    for heading, rows in sections:
        lines.append(f"{heading} ({len(rows)})")
        lines.extend(f"  {row}" for row in rows or ["(none)"])
    return lines


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= WIDTH else flat[: WIDTH - 1] + "…"


def _titles(titles: tuple) -> str:
    return f", {'; '.join(t.text for t in titles)}" if titles else ""


def _number(value: float) -> str:
    """A value as written in news: 1,200 and 185.25, not 1200.0 or 185.2 (up to four decimals kept)."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _figure(figure: Figure) -> str:
    if figure.low is not None and figure.high is not None:
        value = f"{_number(figure.low)}–{_number(figure.high)}"
    else:
        value = _number(figure.value)
    unit = f" {figure.unit}" if figure.unit else ""
    counts = f" of {figure.counts.text!r}" if figure.counts else ""
    return f"{figure.span.text!r}: {value}{unit} [{figure.qualifier}]{counts}"


def _date(date: TimeExpression) -> str:
    if date.start is None:
        when = "unresolved"
    elif date.end is None or date.end == date.start:
        when = date.start.isoformat()
    else:
        when = f"{date.start.isoformat()} to {date.end.isoformat()}"
    return f"{date.span.text!r}: {when} [{date.grain}]"
