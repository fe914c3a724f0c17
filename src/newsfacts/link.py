"""Linking. (stub)"""
from __future__ import annotations
from .models import Facts
def link(doc, roster, *, attributions, quotes, figures, dates) -> Facts:
    return Facts(actors=tuple(roster.actors()), figures=tuple(figures), dates=tuple(dates))
